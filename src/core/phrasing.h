// Where written text may be cut into shorter pieces (a chapter title, the
// lines and cues of a transcript) without leaving a dangling word or cutting
// a name in two. The words that decide are language data:
// voices/<language>/phrasing.tsv.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace narra {

struct PhraseWords {
  // Words a piece never ends on; a cut just before one is a phrase boundary.
  // Lower-case; elided forms keep their apostrophe ("dell'").
  std::unordered_set<std::string> openers;
  // Words that join two capitalised words into one name ("del" in Corea del Nord).
  std::unordered_set<std::string> name_links;
};

// Reads phrasing.tsv from `language_dir`: rows `kind<TAB>word`, kinds
// article, preposition, auxiliary, conjunction (all openers) and name-link.
// Throws Error naming the file and line of an unknown kind.
PhraseWords load_phrase_words(const std::filesystem::path& language_dir);

// How good a place the space after a word is to cut the text, weakest first.
enum class Cut {
  never,     // after an opener, inside a name ("Vladimir | Putin", "IV | Novembre")
  word,      // between two words
  phrase,    // before an opener or an opening quotation, after a name
  clause,    // after , ; : or a closing bracket, before an opening bracket or a dash
  sentence,  // after . ! ? or …, and after the last word
};

struct TextWord {
  std::size_t begin = 0;  // byte offsets of the word in the text
  std::size_t end = 0;
  Cut after = Cut::sentence;  // the cut after this word
};

// The words of `text` (separated by spaces), each with the cut after it.
std::vector<TextWord> split_words(std::string_view text, const PhraseWords& words);

// `word` without its surrounding punctuation and quotes, lower-cased: the
// form phrasing.tsv lists ("«Dell'Europa," → "dell'europa").
std::string bare_word(std::string_view word);

}  // namespace narra
