// The article model: what an article says, independent of the format it came
// in. Text is UTF-8 as written (not yet normalised for speech).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace narra {

struct Chapter {
  std::string title;
  std::vector<std::string> paragraphs;  // each a run of sentences, single-spaced
};

struct Article {
  std::string title;
  std::string author;  // empty when unknown
  std::vector<Chapter> chapters;
};

struct ReadOptions {
  std::string title;   // overrides the title found in the article when not empty
  std::string author;  // overrides the author found in the article when not empty
};

// Reads an article file (UTF-8 plain text). Throws Error on unreadable,
// empty, binary or non-UTF-8 input, naming the file.
Article read_article(const std::filesystem::path& path, const ReadOptions& options);

// Builds an article from plain text already in memory. The title comes from
// the options, else from a first line that looks like a title (short, no
// final period), else from `file_stem` read as words ("putin-in-corea" →
// "putin in corea"), else, when the stem is an identifier rather than words,
// from the first words of the text.
Article read_text_article(std::string_view text, const std::string& file_stem,
                          const ReadOptions& options);

// The first words of `text`, at most `max_words` of them and cut at a word
// boundary, without trailing punctuation: the title of an untitled chapter.
std::string first_words(std::string_view text, std::size_t max_words = 6);

}  // namespace narra
