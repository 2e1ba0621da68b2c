#include "synthesis/timeline.h"

#include <algorithm>
#include <cstring>

#include "core/error.h"

namespace narra {

std::vector<std::optional<std::size_t>> chapter_parents(const std::vector<ChapterTiming>& chapters) {
  std::vector<std::optional<std::size_t>> parents(chapters.size());
  std::vector<std::size_t> open;  // the chain of ancestors of the chapter being placed
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    while (!open.empty() && chapters[open.back()].level >= chapters[i].level) open.pop_back();
    if (!open.empty()) parents[i] = open.back();
    open.push_back(i);
  }
  return parents;
}

void append_timeline(Timeline& timeline, const Timeline& later) {
  const std::int64_t offset = timeline.total_samples;
  const std::size_t chapters_before = timeline.chapters.size();
  if (!timeline.chapters.empty()) {
    timeline.chapters.back().end =
        offset + (later.chapters.empty() ? later.total_samples : later.chapters.front().start);
  }
  for (ChapterTiming chapter : later.chapters) {
    chapter.start += offset;
    chapter.end += offset;
    timeline.chapters.push_back(std::move(chapter));
  }
  for (SentenceTiming sentence : later.sentences) {
    sentence.chapter += chapters_before;
    sentence.start += offset;
    sentence.end += offset;
    for (WordTiming& word : sentence.words) word.start += offset;
    timeline.sentences.push_back(std::move(sentence));
  }
  timeline.total_samples += later.total_samples;
}

namespace {

void put_number(std::string& out, std::int64_t value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_text(std::string& out, const std::string& text) {
  put_number(out, static_cast<std::int64_t>(text.size()));
  out += text;
}

// Reads what put_number and put_text wrote, in order.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  std::int64_t number() {
    std::int64_t value = 0;
    std::memcpy(&value, take(sizeof value).data(), sizeof value);
    return value;
  }
  std::size_t count() {
    const std::int64_t value = number();
    if (value < 0 || static_cast<std::uint64_t>(value) > bytes_.size())
      throw Error("a timeline passed between processes is damaged");
    return static_cast<std::size_t>(value);
  }
  std::string text() { return std::string(take(count())); }
  bool done() const { return bytes_.empty(); }

 private:
  std::string_view take(std::size_t size) {
    if (size > bytes_.size()) throw Error("a timeline passed between processes is cut short");
    const std::string_view part = bytes_.substr(0, size);
    bytes_.remove_prefix(size);
    return part;
  }
  std::string_view bytes_;
};

}  // namespace

std::string serialise_timeline(const Timeline& timeline) {
  std::string out;
  put_number(out, timeline.sample_rate);
  put_number(out, timeline.total_samples);
  put_number(out, static_cast<std::int64_t>(timeline.chapters.size()));
  for (const ChapterTiming& chapter : timeline.chapters) {
    put_text(out, chapter.title);
    put_number(out, chapter.start);
    put_number(out, chapter.end);
    put_number(out, chapter.level);
  }
  put_number(out, static_cast<std::int64_t>(timeline.sentences.size()));
  for (const SentenceTiming& sentence : timeline.sentences) {
    put_number(out, static_cast<std::int64_t>(sentence.chapter));
    put_text(out, sentence.written);
    put_text(out, sentence.spoken);
    put_number(out, sentence.start);
    put_number(out, sentence.end);
    put_number(out, static_cast<std::int64_t>(sentence.words.size()));
    for (const WordTiming& word : sentence.words) {
      put_number(out, static_cast<std::int64_t>(word.spoken_offset));
      put_number(out, word.start);
    }
  }
  return out;
}

Timeline parse_timeline(std::string_view bytes) {
  Reader in(bytes);
  Timeline timeline;
  timeline.sample_rate = static_cast<int>(in.number());
  timeline.total_samples = in.number();
  for (std::size_t c = in.count(); c > 0; --c) {
    ChapterTiming chapter;
    chapter.title = in.text();
    chapter.start = in.number();
    chapter.end = in.number();
    chapter.level = static_cast<int>(in.number());
    timeline.chapters.push_back(std::move(chapter));
  }
  for (std::size_t s = in.count(); s > 0; --s) {
    SentenceTiming sentence;
    sentence.chapter = static_cast<std::size_t>(in.number());
    sentence.written = in.text();
    sentence.spoken = in.text();
    sentence.start = in.number();
    sentence.end = in.number();
    for (std::size_t w = in.count(); w > 0; --w) {
      WordTiming word;
      word.spoken_offset = static_cast<std::size_t>(in.number());
      word.start = in.number();
      sentence.words.push_back(word);
    }
    timeline.sentences.push_back(std::move(sentence));
  }
  if (!in.done()) throw Error("a timeline passed between processes has bytes left over");
  return timeline;
}

std::vector<SampleRange> silent_pauses(const Timeline& timeline) {
  std::vector<SampleRange> pauses;
  std::int64_t silent_from = 0;
  for (const SentenceTiming& sentence : timeline.sentences) {
    if (sentence.start > silent_from) pauses.push_back({silent_from, sentence.start - silent_from});
    silent_from = std::max(silent_from, sentence.end);
  }
  if (timeline.total_samples > silent_from)
    pauses.push_back({silent_from, timeline.total_samples - silent_from});
  return pauses;
}

}  // namespace narra
