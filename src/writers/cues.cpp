#include "writers/cues.h"

#include <string_view>

#include "writers/timestamps.h"

namespace narra {
namespace {

// Byte offsets where clauses start: after ", ", "; " or ": ".
std::vector<std::size_t> clause_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if ((text[i] == ',' || text[i] == ';' || text[i] == ':') && text[i + 1] == ' ') starts.push_back(i + 2);
  }
  return starts;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// The sentence's cues in samples: (start, written text) per part.
std::vector<std::pair<std::int64_t, std::string>> split_sentence(const SentenceTiming& sentence,
                                                                 std::size_t max_chars) {
  const std::string& written = sentence.written;
  if (written.size() <= max_chars) return {{sentence.start, written}};
  const auto written_starts = clause_starts(written);
  const auto spoken_starts = clause_starts(sentence.spoken);
  if (written_starts.size() != spoken_starts.size()) return {{sentence.start, written}};

  // When each clause starts speaking: the first word at or after its spoken start.
  std::vector<std::int64_t> times{sentence.start};
  for (std::size_t k = 1; k < spoken_starts.size(); ++k) {
    std::int64_t time = -1;
    for (const WordTiming& word : sentence.words) {
      if (word.spoken_offset >= spoken_starts[k]) {
        time = word.start;
        break;
      }
    }
    times.push_back(time);
  }

  const auto text = [&](std::size_t from, std::size_t to) {
    const std::size_t end = to < written_starts.size() ? written_starts[to] : written.size();
    return std::string(trimmed(std::string_view(written).substr(written_starts[from],
                                                                end - written_starts[from])));
  };
  // Greedy: a part grows clause by clause; it is cut before clause k when
  // taking k in would make it too long and k starts speaking later.
  std::vector<std::pair<std::int64_t, std::string>> parts;
  std::size_t first = 0;
  for (std::size_t k = 1; k < written_starts.size(); ++k) {
    const std::size_t end = k + 1 < written_starts.size() ? written_starts[k + 1] : written.size();
    if (end - written_starts[first] > max_chars && times[k] > times[first]) {
      parts.emplace_back(times[first], text(first, k));
      first = k;
    }
  }
  parts.emplace_back(times[first], text(first, written_starts.size()));
  return parts;
}

}  // namespace

std::vector<Cue> make_cues(const Timeline& timeline, std::size_t max_chars) {
  std::vector<Cue> cues;
  for (const auto& sentence : timeline.sentences) {
    if (sentence.end <= sentence.start) continue;
    const auto parts = split_sentence(sentence, max_chars);
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const std::int64_t end = i + 1 < parts.size() ? parts[i + 1].first : sentence.end;
      cues.push_back({samples_to_ms(parts[i].first, timeline.sample_rate),
                      samples_to_ms(end, timeline.sample_rate), parts[i].second});
    }
  }
  return cues;
}

}  // namespace narra
