// The title of a chapter that has no heading: a short phrase from its start.
#include <algorithm>

#include "article/article.h"
#include "core/utf8.h"

namespace narra {
namespace {

// How many of `words` the title keeps, when `fit` of them fit the limits:
// a whole sentence, else the first clause of three words or more, else the
// longest piece ending at a phrase boundary, then at any boundary a phrase
// may end on; a name the limits would cut in two is kept whole.
std::size_t title_word_count(const std::vector<TextWord>& words, std::size_t fit, std::size_t max_words) {
  const auto last_cut = [&](Cut weakest, std::size_t min_words) -> std::size_t {
    for (std::size_t count = fit; count >= std::max<std::size_t>(min_words, 1); --count) {
      if (words[count - 1].after >= weakest) return count;
    }
    return 0;
  };
  for (std::size_t count = 1; count <= fit; ++count) {
    const Cut cut = words[count - 1].after;
    if (cut == Cut::sentence || (cut == Cut::clause && count >= 3)) return count;
  }
  for (const auto& [weakest, min_words] : {std::pair{Cut::phrase, 3}, {Cut::phrase, 2}, {Cut::word, 1}}) {
    if (const std::size_t count = last_cut(weakest, min_words); count > 0) return count;
  }
  for (std::size_t count = fit + 1; count <= std::min(words.size(), 2 * max_words); ++count) {
    if (words[count - 1].after != Cut::never) return count;
  }
  return std::max<std::size_t>(fit, 1);
}

// `title` without trailing punctuation, spaces, or an opening bracket or quote.
void trim_title_end(std::string& out) {
  static constexpr std::string_view kTrailing = ".,;:!?-([\"'";
  while (!out.empty()) {
    if (kTrailing.find(out.back()) != std::string_view::npos || out.back() == ' ') {
      out.pop_back();
    } else if (out.size() >= 2 && out.compare(out.size() - 2, 2, "\u00AB") == 0) {
      out.erase(out.size() - 2);
    } else if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\u201C") == 0) {
      out.erase(out.size() - 3);
    } else {
      break;
    }
  }
}

}  // namespace

std::string first_words(std::string_view text, const PhraseWords& phrase_words, std::size_t max_words,
                        std::size_t max_characters) {
  // A bracket opens an aside: the title stops before it.
  bool aside = false;
  if (const auto bracket = text.find('('); bracket != std::string_view::npos && bracket > 0) {
    text = text.substr(0, bracket);
    aside = true;
  }
  // Opening quotes are not part of the title.
  for (std::string_view quote : {"\"", "\u201C", "\u00AB", "'"}) {
    if (text.substr(0, quote.size()) == quote) text.remove_prefix(quote.size());
  }
  const std::vector<TextWord> words = split_words(text, phrase_words);
  if (words.empty()) return {};
  std::size_t fit = 0;
  while (fit < words.size() && fit < max_words &&
         utf8_length(text.substr(words[0].begin, words[fit].end - words[0].begin)) <= max_characters) {
    ++fit;
  }
  const std::size_t count = title_word_count(words, fit, max_words);
  const bool cut = aside || (count < words.size() && words[count - 1].after != Cut::sentence);
  // Quotation marks would be left open by the cut: a title goes without them.
  std::string out;
  for (char c : text.substr(words[0].begin, words[count - 1].end - words[0].begin)) {
    if (c != '"') out += c;
  }
  trim_title_end(out);
  return cut && !out.empty() ? out + "\u2026" : out;
}

}  // namespace narra
