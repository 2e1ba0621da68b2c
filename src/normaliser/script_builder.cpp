#include "normaliser/script.h"

namespace narra {
namespace {

// Normalises one written sentence; nullopt-like empty result when nothing speakable is left.
Sentence make_sentence(const std::string& written, const Normaliser& normaliser, Trace* trace) {
  return Sentence{written, normaliser.normalise(written, trace), {}};
}

bool has_speech(const std::string& spoken) {
  for (char c : spoken) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        (static_cast<unsigned char>(c) & 0x80) != 0) {
      return true;
    }
  }
  return false;
}

// Normalises a sentence part by part, each quotation its own segment.
Sentence make_segmented_sentence(const std::string& written, bool& in_quote, const Normaliser& normaliser,
                                 Trace* trace) {
  Sentence sentence{written, {}, {}};
  for (const auto& [part, role] : split_quotations(written, in_quote)) {
    std::string spoken = normaliser.normalise(part, trace);
    if (!has_speech(spoken)) continue;
    if (!sentence.spoken.empty()) sentence.spoken += ' ';
    sentence.spoken += spoken;
    sentence.segments.push_back({std::move(spoken), role});
  }
  const bool one_voice =
      sentence.segments.size() == 1 && sentence.segments.front().role == VoiceRole::narrator;
  if (one_voice) sentence.segments.clear();
  return sentence;
}

}  // namespace

Script build_script(const Article& article, const Normaliser& normaliser, Trace* trace,
                    const ScriptOptions& options) {
  const LanguageData& data = normaliser.data();
  Script script{article.title, article.author, {}};

  ScriptChapter opening{article.title, {}};
  ScriptParagraph heading;
  heading.sentences.push_back(make_sentence(article.title, normaliser, trace));
  if (!article.author.empty()) {
    const std::string byline = data.phrase("byline", {{"author", article.author}});
    heading.sentences.push_back(make_sentence(byline, normaliser, trace));
  }
  opening.paragraphs.push_back(std::move(heading));
  script.chapters.push_back(std::move(opening));

  for (const auto& chapter : article.chapters) {
    ScriptChapter spoken{chapter.title, {}, chapter.level};
    std::vector<std::string> paragraphs = chapter.paragraphs;
    if (chapter.kind == ChapterKind::caption) {
      if (const auto title = data.phrase("caption_title", {{"title", chapter.title}}); !title.empty()) {
        spoken.title = title;
      }
      if (const auto intro = data.phrase("caption_intro"); !intro.empty()) {
        paragraphs.insert(paragraphs.begin(), intro);
      }
    }
    for (const auto& paragraph : paragraphs) {
      ScriptParagraph sentences;
      bool in_quote = false;
      for (const auto& written : split_sentences(paragraph, data)) {
        Sentence sentence = options.quote_segments
                                ? make_segmented_sentence(written, in_quote, normaliser, trace)
                                : make_sentence(written, normaliser, trace);
        if (has_speech(sentence.spoken)) sentences.sentences.push_back(std::move(sentence));
      }
      if (!sentences.sentences.empty()) spoken.paragraphs.push_back(std::move(sentences));
    }
    if (!spoken.paragraphs.empty()) script.chapters.push_back(std::move(spoken));
  }
  return script;
}

}  // namespace narra
