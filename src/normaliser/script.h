// The script: what will be spoken, chapter by chapter, sentence by sentence.
// Each sentence keeps the text as written (for transcripts) beside the text
// as it is to be spoken (for the synthesiser).
#pragma once

#include <string>
#include <vector>

#include "article/article.h"
#include "normaliser/normaliser.h"

namespace narra {

// Who speaks a segment: the narrator's voice, or the second voice for quotations.
enum class VoiceRole { narrator, quote };

struct Segment {
  std::string spoken;
  VoiceRole role = VoiceRole::narrator;
};

struct Sentence {
  std::string written;
  std::string spoken;
  // The spoken text split where quotations start and end; empty when the
  // whole sentence is the narrator's (always, unless ScriptOptions::quote_segments).
  std::vector<Segment> segments;
};

struct ScriptParagraph {
  std::vector<Sentence> sentences;
};

struct ScriptChapter {
  std::string title;  // as written; used for chapter markers
  std::vector<ScriptParagraph> paragraphs;
  // Depth in the chapter tree: 0 at the top; a chapter's children are the
  // chapters after it one level deeper, up to the next chapter at its level or above.
  int level = 0;
};

struct Script {
  std::string title;
  std::string author;
  std::vector<ScriptChapter> chapters;
};

// The longest sentence spoken in one piece: about 150 words, a minute of
// speech. Longer ones (text without full stops) are read in pieces, so the
// memory a sentence takes stays small.
constexpr std::size_t kMaxSentenceBytes = 1000;

// Splits a paragraph into sentences at . ! ? and … followed by a space and an
// upper-case letter, digit or quote, never after a known abbreviation or an
// initial. A sentence over kMaxSentenceBytes is broken after its last ; : or
// , within the limit, else between words.
std::vector<std::string> split_sentences(std::string_view paragraph, const LanguageData& data);

struct ScriptOptions {
  // Split sentences at quotation marks (" « ») into Segments with VoiceRole::quote inside.
  bool quote_segments = false;
};

// Builds the script of an article: an opening chapter that speaks the title
// (and the byline when the author is known), then one chapter per article
// chapter, at the article chapter's level. A caption chapter is titled with
// the phrase `caption_title` and opens with `caption_intro`. Sentences with
// nothing left to say are dropped. When `trace` is given, every pass's
// changes are appended to it.
Script build_script(const Article& article, const Normaliser& normaliser, Trace* trace = nullptr,
                    const ScriptOptions& options = {});

// Builds one script for several articles: an opening chapter speaking `title`,
// the phrase `digest_intro` and each article's title; then per article a
// level-0 chapter titled with the article's title (speaking its title and
// byline), its own chapters nested one level below it.
Script build_digest_script(const std::string& title, const std::vector<Article>& articles,
                           const Normaliser& normaliser, Trace* trace = nullptr,
                           const ScriptOptions& options = {});

// The parts of `written` inside and outside quotation marks, in order, with
// the marks themselves left out. `in_quote` carries an open quotation from
// one sentence to the next; it is updated.
std::vector<std::pair<std::string, VoiceRole>> split_quotations(std::string_view written, bool& in_quote);

// The script as text: each chapter under a `## title` line, then its
// paragraphs as spoken, separated by blank lines. This is what `narra text`
// prints and what `render` saves beside the audio.
std::string format_script(const Script& script);

}  // namespace narra
