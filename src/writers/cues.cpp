#include "writers/cues.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/utf8.h"
#include "writers/timestamps.h"

namespace narra {
namespace {

// What cutting costs: a cut at a weaker place, each cue (as few as read
// well), a very short cue, and a cue whose start is not a word eSpeak NG
// reported as written.
double cut_cost(Cut cut) {
  switch (cut) {
    case Cut::sentence: return 0;
    case Cut::clause: return 1;
    case Cut::phrase: return 6;
    case Cut::word: return 15;
    case Cut::never: break;
  }
  return 50;
}
constexpr double kCueCost = 1;
constexpr double kShortCueCost = 8;
constexpr std::size_t kShortCueCharacters = 16;
constexpr double kGuessedStartCost = 15;
// Two lines of unequal length: this much per character of difference.
constexpr double kUnevenLinesCost = 0.1;
// A line break matters less than a cut between cues.
constexpr double kLineBreakWeight = 0.5;
constexpr double kCueCutWeight = 2;
// The cost of what cannot be: lines that do not fit, a cue of no length.
constexpr double kImpossible = 1e9;

// A sentence's written words, their lengths and when each is heard.
struct TimedWords {
  std::string_view text;
  std::vector<TextWord> words;
  std::vector<std::size_t> before;   // characters of text before each word
  std::vector<std::size_t> through;  // characters of text up to each word's end
  std::vector<std::int64_t> starts;  // samples
  std::vector<bool> heard;           // start reported by eSpeak NG for this very word
  std::int64_t end = 0;              // samples: where the speech ends

  std::size_t size() const { return words.size(); }
  // Characters of words [a, b), with the spaces between them.
  std::size_t characters(std::size_t a, std::size_t b) const { return through[b - 1] - before[a]; }
  std::int64_t start_of(std::size_t b) const { return b < size() ? starts[b] : end; }
  std::string_view piece(std::size_t a, std::size_t b) const {
    return text.substr(words[a].begin, words[b - 1].end - words[a].begin);
  }
};

// Each spoken word's bare form and the start eSpeak NG reported for it: the
// first word event whose text position falls in it or the space after it.
std::vector<std::pair<std::string, std::optional<std::int64_t>>> spoken_words(const SentenceTiming& sentence,
                                                                              const PhraseWords& phrasing) {
  const auto words = split_words(sentence.spoken, phrasing);
  std::vector<std::pair<std::string, std::optional<std::int64_t>>> spoken;
  for (const TextWord& word : words) {
    spoken.emplace_back(
        bare_word(std::string_view(sentence.spoken).substr(word.begin, word.end - word.begin)), std::nullopt);
  }
  for (const WordTiming& event : sentence.words) {
    std::size_t k = 0;
    while (k + 1 < words.size() && words[k + 1].begin <= event.spoken_offset) ++k;
    if (k < spoken.size() && !spoken[k].second) spoken[k].second = event.start;
  }
  return spoken;
}

// The longest run of written words found, in order, among the spoken ones
// with a start: pairs (written index, spoken index).
std::vector<std::pair<std::size_t, std::size_t>> matching_words(
    const std::vector<std::string>& written,
    const std::vector<std::pair<std::string, std::optional<std::int64_t>>>& spoken) {
  const std::size_t n = written.size();
  const std::size_t m = spoken.size();
  std::vector<std::uint16_t> longest((n + 1) * (m + 1), 0);
  const auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
  const auto same = [&](std::size_t i, std::size_t j) {
    return !written[i].empty() && spoken[j].second && written[i] == spoken[j].first;
  };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      longest[at(i, j)] =
          same(i, j) ? longest[at(i + 1, j + 1)] + 1 : std::max(longest[at(i + 1, j)], longest[at(i, j + 1)]);
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0, j = 0; i < n && j < m;) {
    if (same(i, j) && longest[at(i, j)] == longest[at(i + 1, j + 1)] + 1) {
      pairs.emplace_back(i++, j++);
    } else if (longest[at(i + 1, j)] >= longest[at(i, j + 1)]) {
      ++i;
    } else {
      ++j;
    }
  }
  return pairs;
}

// Starts each written word where eSpeak NG started the same spoken word; a
// word the normaliser rewrote starts between its neighbours, by characters.
TimedWords time_words(const SentenceTiming& sentence, const PhraseWords& phrasing) {
  TimedWords timed;
  timed.text = sentence.written;
  timed.words = split_words(sentence.written, phrasing);
  timed.end = sentence.end;
  const std::size_t n = timed.size();
  std::vector<std::string> bare;
  std::size_t characters = 0;
  std::size_t offset = 0;
  for (const TextWord& word : timed.words) {
    characters += utf8_length(timed.text.substr(offset, word.begin - offset));
    timed.before.push_back(characters);
    characters += utf8_length(timed.text.substr(word.begin, word.end - word.begin));
    timed.through.push_back(characters);
    offset = word.end;
    bare.push_back(bare_word(timed.text.substr(word.begin, word.end - word.begin)));
  }
  timed.starts.assign(n, -1);
  timed.heard.assign(n, false);
  const auto spoken = spoken_words(sentence, phrasing);
  for (const auto& [i, j] : matching_words(bare, spoken)) {
    timed.starts[i] = std::clamp(*spoken[j].second, sentence.start, sentence.end);
    timed.heard[i] = true;
  }
  if (n > 0) timed.starts[0] = sentence.start, timed.heard[0] = true;
  for (std::size_t i = 1, last = 0; i < n; ++i) {
    if (timed.heard[i]) {
      last = i;
      continue;
    }
    std::size_t next = i;
    while (next < n && !timed.heard[next]) ++next;
    const std::int64_t from = timed.starts[last];
    const std::int64_t to = timed.start_of(next);
    const std::size_t span = (next < n ? timed.before[next] : characters) - timed.before[last];
    timed.starts[i] = from + (to - from) * static_cast<std::int64_t>(timed.before[i] - timed.before[last]) /
                                 static_cast<std::int64_t>(std::max<std::size_t>(span, 1));
  }
  for (std::size_t i = 1; i < n; ++i) timed.starts[i] = std::max(timed.starts[i], timed.starts[i - 1]);
  return timed;
}

// Where words [a, b) break into two lines, and what that costs; nullopt when
// they fit on one line, a very large cost when no break fits.
std::pair<std::optional<std::size_t>, double> line_break(const TimedWords& timed, std::size_t a,
                                                         std::size_t b, std::size_t line_characters) {
  if (timed.characters(a, b) <= line_characters) return {std::nullopt, 0};
  std::optional<std::size_t> best;
  double best_cost = kImpossible;
  for (std::size_t k = a + 1; k < b; ++k) {
    const std::size_t first = timed.characters(a, k);
    const std::size_t second = timed.characters(k, b);
    if (first > line_characters || second > line_characters) continue;
    const double cost =
        cut_cost(timed.words[k - 1].after) +
        kUnevenLinesCost * static_cast<double>(first > second ? first - second : second - first);
    if (cost < best_cost) best = k, best_cost = cost;
  }
  return {best, best_cost};
}

// Where a sentence's cues start: word indices, from 0, ending with the word
// count. The cheapest cutting (dynamic programming over the words) among
// those whose every cue fits the limits; a single word always fits.
std::vector<std::size_t> cue_starts(const TimedWords& timed, int sample_rate, const CueLimits& limits) {
  const std::size_t n = timed.size();
  std::vector<double> best(n + 1, kImpossible * kImpossible);
  std::vector<std::size_t> previous(n + 1, 0);
  best[0] = 0;
  for (std::size_t b = 1; b <= n; ++b) {
    for (std::size_t a = b; a-- > 0;) {
      const bool one_word = a + 1 == b;
      const std::int64_t ms = samples_to_ms(timed.start_of(b) - timed.starts[a], sample_rate);
      // A cue only grows longer as it starts earlier.
      if (!one_word && (timed.characters(a, b) > 2 * limits.line_characters || ms > limits.max_ms)) break;
      const double lines = line_break(timed, a, b, limits.line_characters).second;
      if (!one_word && lines >= kImpossible) continue;
      double cost = best[a] + kCueCost + (lines >= kImpossible ? 0 : lines * kLineBreakWeight);
      if (timed.characters(a, b) < kShortCueCharacters) cost += kShortCueCost;
      if (ms <= 0) cost += kImpossible;
      if (a > 0)
        cost += kCueCutWeight * cut_cost(timed.words[a - 1].after) + (timed.heard[a] ? 0 : kGuessedStartCost);
      if (cost < best[b]) best[b] = cost, previous[b] = a;
    }
  }
  std::vector<std::size_t> starts{n};
  for (std::size_t b = n; b > 0; b = previous[b]) starts.push_back(previous[b]);
  std::reverse(starts.begin(), starts.end());
  return starts;
}

}  // namespace

std::vector<Cue> make_cues(const Timeline& timeline, const PhraseWords& phrasing, const CueLimits& limits) {
  std::vector<Cue> cues;
  const int rate = timeline.sample_rate;
  for (const auto& sentence : timeline.sentences) {
    if (sentence.end <= sentence.start) continue;
    const TimedWords timed = time_words(sentence, phrasing);
    if (timed.size() == 0) continue;
    const std::vector<std::size_t> starts = cue_starts(timed, rate, limits);
    for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
      const std::size_t a = starts[k];
      const std::size_t b = starts[k + 1];
      std::string text(timed.piece(a, b));
      if (const auto line = line_break(timed, a, b, limits.line_characters).first) {
        text = std::string(timed.piece(a, *line)) + "\n" + std::string(timed.piece(*line, b));
      }
      cues.push_back(
          {samples_to_ms(timed.starts[a], rate), samples_to_ms(timed.start_of(b), rate), std::move(text)});
    }
  }
  return cues;
}

}  // namespace narra
