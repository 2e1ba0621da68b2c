// The article model: what an article says, independent of the format it came
// in. Text is UTF-8 with its typography normalised for speech (see
// typography.h) but not yet normalised by the normaliser.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "article/article_source.h"
#include "article/cleanup.h"
#include "core/phrasing.h"

namespace narra {

enum class ChapterKind {
  text,     // the article's own words
  caption,  // a photo caption, read as its own short chapter introduced as a photo description
};

struct Chapter {
  std::string title;
  std::vector<std::string> paragraphs;  // each a run of sentences, single-spaced
  int level = 0;  // 0 for a chapter (## / h2), 1 for a sub-chapter (### / h3 and deeper)
  ChapterKind kind = ChapterKind::text;
};

struct Article {
  std::string title;
  std::string author;    // empty when unknown
  std::string date;      // as found (front matter, <meta>), empty when unknown
  std::string language;  // e.g. "it", empty when unknown
  std::string cover;     // image path or URL from front matter or og:image, empty when none
  std::vector<Chapter> chapters;
  std::string description = {};  // the article's own description/summary, empty when none
  std::string source_url = {};   // canonical URL of the article, empty when unknown
};

struct ReadOptions {
  std::string title;   // overrides the title found in the article when not empty
  std::string author;  // overrides the author found in the article when not empty
  std::string format;  // an input format's name (input_format.h); empty: by extension, stdin is text
  CaptionMode captions = CaptionMode::read_as_chapter;
  bool keep_all = false;                // no cleanup: every block is read as it stands
  const CleanupRules* rules = nullptr;  // boilerplate and credit patterns; none when null
  CleanupReport* report = nullptr;      // receives every cleanup decision when not null
  PhraseWords phrasing;                 // where untitled chapters' titles may be cut
  FetchOptions fetch;                   // how a web address is fetched
};

// Reads an article file ("-" reads standard input, a web address fetches
// the page) in the format the options
// force, else by extension: .md/.markdown Markdown, .html/.htm HTML, anything
// else plain text. Then normalises its typography and cleans it up (unless
// keep_all). Throws Error on unreadable, empty, binary, non-UTF-8 or
// pathologically nested input, and when no text is left to read, naming the file.
Article read_article(const std::filesystem::path& path, const ReadOptions& options);
// The same for a source already read (read_article_source): a web page is
// read as HTML unless the options force a format, and its address after
// redirects becomes the article's source_url.
Article read_article(const ArticleSource& source, const ReadOptions& options);

// Builds an article from plain text already in memory. The title comes from
// the options, else from a first line that looks like a title (short, no
// final period), else from `file_stem` read as words ("putin-in-corea" →
// "putin in corea"), else, when the stem is an identifier rather than words,
// from the first words of the text. Each paragraph is a chapter. Throws Error
// (naming `file_stem`) when no text is left to read.
Article read_text_article(std::string_view text, const std::string& file_stem, const ReadOptions& options);

// The article as it is written, before normalisation: the title, a blank
// line, then each paragraph (headings included) followed by a blank line.
std::string plain_text(const Article& article);

// The title of an untitled chapter: the first sentence of `text` when it
// fits in `max_words` words and `max_characters` characters, else a shorter
// piece cut where `phrasing` allows (the first clause, else a phrase
// boundary, else between words), never ending on an article, preposition,
// auxiliary or conjunction nor inside a name, and then ended with "…". An
// aside in brackets and quotation marks are left out.
std::string first_words(std::string_view text, const PhraseWords& phrasing, std::size_t max_words = 8,
                        std::size_t max_characters = 56);

}  // namespace narra
