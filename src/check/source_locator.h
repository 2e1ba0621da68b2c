// Where a written word of a script sits in the article file as written. The
// article model keeps no source offsets, so words are found again in the
// file's text: in order, each sentence after the previous one, each word after
// the previous word of its sentence, with spaces, line breaks, quotes,
// apostrophes and dashes compared the way typography normalisation folds them.
// Markup inside and between words is looked through: HTML tags ("<b>12</b>%"),
// character references ("l&#39;ente", "&egrave;") and Markdown emphasis, so a
// place is the exact line and column of its first character in the file. A
// word not found even so is given the position of its sentence, and failing
// that the last one found.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace narra {

struct SourcePosition {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in characters
};

class SourceLocator {
 public:
  explicit SourceLocator(std::string source);

  // Moves to the next sentence: finds its first words after the current one.
  void enter_sentence(std::string_view written);
  // The position of `word` in the current sentence, after the previous word found.
  SourcePosition locate(std::string_view word);

 private:
  // Byte offset of `needle` in the source at or after `from`, within a window; npos when absent.
  std::size_t find(std::string_view needle, std::size_t from) const;
  // Whether `needle` matches the source at `at`; sets `end` past the match.
  bool matches_at(std::string_view needle, std::size_t at, std::size_t& end) const;
  SourcePosition position_of(std::size_t offset) const;
  // Length of the HTML character reference at `at`, which stands for the one
  // character `stands_for`; 0 when there is none there.
  std::size_t reference_at(std::size_t at, char32_t& stands_for) const;

  std::string source_;
  std::size_t sentence_ = 0;                                      // where the current sentence starts
  std::size_t word_ = 0;                                          // where the next word may start
  mutable std::unordered_map<std::string, char32_t> references_;  // "&egrave;" → è, read once each
};

}  // namespace narra
