#include "synthesis/synthesiser.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "core/utf8.h"
#include "synthesis/espeak_session.h"

namespace narra {
namespace {

// Below this a sample counts as silence: -50 dBFS.
constexpr int kSilenceThreshold = 104;

// Speech of one sentence with the surrounding silence trimmed, and its words
// with their starts counted from the first kept sample.
struct SpokenSentence {
  std::vector<float> samples;
  std::vector<WordTiming> words;
};

// eSpeak NG counts text positions in characters from 1; narra works in bytes.
std::size_t byte_offset(const std::string& text, int character_position) {
  std::size_t pos = 0;
  for (int c = 1; c < character_position && pos < text.size(); ++c) decode_utf8(text, pos);
  return pos;
}

SpokenSentence synthesise_sentence(EspeakSession& session, const std::string& text) {
  std::vector<std::int16_t> raw;
  const auto words = session.synthesise(
      text, [&](std::span<const std::int16_t> block) { raw.insert(raw.end(), block.begin(), block.end()); });
  // The first word event marks where speech starts; the amplitude confirms it,
  // since eSpeak NG reports a word slightly before its first sound.
  std::size_t begin = words.empty() ? 0
                                    : static_cast<std::size_t>(std::clamp<std::int64_t>(
                                          words.front().sample, 0, static_cast<std::int64_t>(raw.size())));
  while (begin < raw.size() && std::abs(raw[begin]) < kSilenceThreshold) ++begin;
  std::size_t end = raw.size();
  while (end > begin && std::abs(raw[end - 1]) < kSilenceThreshold) --end;
  SpokenSentence sentence;
  for (const WordEvent& word : words) {
    const auto start = std::max<std::int64_t>(0, word.sample - static_cast<std::int64_t>(begin));
    sentence.words.push_back({byte_offset(text, word.text_position), start});
  }
  sentence.samples.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i) sentence.samples.push_back(raw[i] / 32768.0f);
  return sentence;
}

// Writes `count` samples of silence to `sink`.
void write_silence(AudioSink& sink, std::int64_t count) {
  static const std::vector<float> zeros(4096, 0.0f);
  while (count > 0) {
    const auto block = std::min<std::int64_t>(count, static_cast<std::int64_t>(zeros.size()));
    sink.write(std::span<const float>(zeros.data(), static_cast<std::size_t>(block)));
    count -= block;
  }
}

// Speaks a sentence whose segments change voice: each segment trimmed on its
// own, joined by a short pause; the narrator's voice is selected again after.
SpokenSentence synthesise_segments(EspeakSession& session, const std::vector<Segment>& segments,
                                   const Voice& narrator, const Voice& quote, std::int64_t pause) {
  SpokenSentence sentence;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    session.use_voice(segments[i].role == VoiceRole::quote ? quote : narrator);
    const SpokenSentence part = synthesise_sentence(session, segments[i].spoken);
    if (part.samples.empty()) continue;
    if (!sentence.samples.empty())
      sentence.samples.insert(sentence.samples.end(), static_cast<std::size_t>(pause), 0.0f);
    sentence.samples.insert(sentence.samples.end(), part.samples.begin(), part.samples.end());
  }
  session.use_voice(narrator);
  return sentence;
}

}  // namespace

Synthesiser::Synthesiser(const Voice& voice, std::optional<Voice> quote_voice)
    : voice_(voice), quote_voice_(std::move(quote_voice)) {
  // Selecting the quote voice once here refuses one eSpeak NG lacks before any audio is written.
  if (quote_voice_) EspeakSession::instance().use_voice(*quote_voice_);
  EspeakSession::instance().use_voice(voice_);
}

int Synthesiser::sample_rate() const { return EspeakSession::instance().sample_rate(); }

Timeline Synthesiser::speak(const Script& script, AudioSink& sink, const ChapterProgress& progress) {
  return speak_chapters(script, 0, script.chapters.size(), sink, progress);
}

Timeline Synthesiser::speak_chapters(const Script& script, std::size_t first, std::size_t end,
                                     AudioSink& sink, const ChapterProgress& progress) {
  EspeakSession& session = EspeakSession::instance();
  session.use_voice(voice_);
  const int rate = session.sample_rate();
  const auto ms = [rate](int milliseconds) { return static_cast<std::int64_t>(milliseconds) * rate / 1000; };

  Timeline timeline;
  timeline.sample_rate = rate;
  std::int64_t position = 0;
  // The sentence spoken last before this part, if any.
  const Sentence* previous = nullptr;
  for (std::size_t c = 0; c < first; ++c) {
    for (const auto& paragraph : script.chapters[c].paragraphs) {
      if (!paragraph.sentences.empty()) previous = &paragraph.sentences.back();
    }
  }
  const auto speak_sentence = [&](const Sentence& sentence) {
    return quote_voice_ && !sentence.segments.empty()
               ? synthesise_segments(session, sentence.segments, voice_, *quote_voice_, ms(kSegmentPauseMs))
               : synthesise_sentence(session, sentence.spoken);
  };
  // eSpeak NG carries state from one call to the next, which shapes the
  // start of a sentence: speaking the previous sentence again (unheard) puts
  // it where it was when the whole script is spoken in one go.
  if (previous) speak_sentence(*previous);
  // After a sentence of an earlier chapter, a chapter starts after the chapter pause.
  const bool spoken_before =
      std::any_of(script.chapters.begin(), script.chapters.begin() + static_cast<std::ptrdiff_t>(first),
                  [](const ScriptChapter& chapter) {
                    return std::any_of(chapter.paragraphs.begin(), chapter.paragraphs.end(),
                                       [](const auto& paragraph) { return !paragraph.sentences.empty(); });
                  });
  std::int64_t pending_pause = ms(spoken_before ? voice_.chapter_pause_ms : kOpeningSilenceMs);

  for (std::size_t c = first; c < end; ++c) {
    const ScriptChapter& chapter = script.chapters[c];
    bool first_sentence = true;
    for (std::size_t p = 0; p < chapter.paragraphs.size(); ++p) {
      const auto& sentences = chapter.paragraphs[p].sentences;
      for (std::size_t s = 0; s < sentences.size(); ++s) {
        const Sentence& sentence = sentences[s];
        SpokenSentence spoken = speak_sentence(sentence);
        write_silence(sink, pending_pause);
        position += pending_pause;
        if (first_sentence) {
          const std::int64_t lead = std::min(ms(kChapterMarkLeadMs), pending_pause / 2);
          const std::int64_t start = c == 0 ? 0 : position - lead;
          if (!timeline.chapters.empty()) timeline.chapters.back().end = start;
          timeline.chapters.push_back({chapter.title, start, 0, chapter.level});
          first_sentence = false;
        }
        const auto length = static_cast<std::int64_t>(spoken.samples.size());
        sink.write(spoken.samples);
        for (WordTiming& word : spoken.words) word.start = std::min(position + word.start, position + length);
        timeline.sentences.push_back({timeline.chapters.size() - 1, sentences[s].written, sentences[s].spoken,
                                      position, position + length, std::move(spoken.words)});
        position += length;
        const bool last_in_paragraph = s + 1 == sentences.size();
        const bool last_in_chapter = last_in_paragraph && p + 1 == chapter.paragraphs.size();
        pending_pause = ms(last_in_chapter     ? voice_.chapter_pause_ms
                           : last_in_paragraph ? voice_.paragraph_pause_ms
                                               : voice_.sentence_pause_ms);
      }
    }
    if (progress) progress(c + 1, script.chapters.size());
  }
  if (end == script.chapters.size()) {
    write_silence(sink, ms(kTailMs));
    position += ms(kTailMs);
  }
  if (!timeline.chapters.empty()) timeline.chapters.back().end = position;
  timeline.total_samples = position;
  return timeline;
}

}  // namespace narra
