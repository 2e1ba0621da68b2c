#include "normaliser/script.h"

namespace narra {
namespace {

// Normalises one written sentence; nullopt-like empty result when nothing speakable is left.
Sentence make_sentence(const std::string& written, const Normaliser& normaliser, Trace* trace) {
  return Sentence{written, normaliser.normalise(written, trace)};
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

}  // namespace

Script build_script(const Article& article, const Normaliser& normaliser, Trace* trace) {
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
    ScriptChapter spoken{chapter.title, {}};
    for (const auto& paragraph : chapter.paragraphs) {
      ScriptParagraph sentences;
      for (const auto& written : split_sentences(paragraph, data)) {
        Sentence sentence = make_sentence(written, normaliser, trace);
        if (has_speech(sentence.spoken)) sentences.sentences.push_back(std::move(sentence));
      }
      if (!sentences.sentences.empty()) spoken.paragraphs.push_back(std::move(sentences));
    }
    if (!spoken.paragraphs.empty()) script.chapters.push_back(std::move(spoken));
  }
  return script;
}

}  // namespace narra
