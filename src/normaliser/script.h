// The script: what will be spoken, chapter by chapter, sentence by sentence.
// Each sentence keeps the text as written (for transcripts) beside the text
// as it is to be spoken (for the synthesiser).
#pragma once

#include <string>
#include <vector>

#include "article/article.h"
#include "normaliser/normaliser.h"

namespace narra {

struct Sentence {
  std::string written;
  std::string spoken;
};

struct ScriptParagraph {
  std::vector<Sentence> sentences;
};

struct ScriptChapter {
  std::string title;  // as written; used for chapter markers
  std::vector<ScriptParagraph> paragraphs;
};

struct Script {
  std::string title;
  std::string author;
  std::vector<ScriptChapter> chapters;
};

// Splits a paragraph into sentences at . ! ? and … followed by a space and an
// upper-case letter, digit or quote, never after a known abbreviation or an initial.
std::vector<std::string> split_sentences(std::string_view paragraph, const LanguageData& data);

// Builds the script of an article: an opening chapter that speaks the title
// (and the byline when the author is known), then one chapter per article
// chapter. Sentences with nothing left to say are dropped. When `trace` is
// given, every pass's changes are appended to it.
Script build_script(const Article& article, const Normaliser& normaliser, Trace* trace = nullptr);

// The script as text: each chapter under a `## title` line, then its
// paragraphs as spoken, separated by blank lines. This is what `narra text`
// prints and what `render` saves beside the audio.
std::string format_script(const Script& script);

}  // namespace narra
