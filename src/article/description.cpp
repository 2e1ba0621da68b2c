#include "article/description.h"

#include <string_view>

#include "article/typography.h"
#include "core/utf8.h"

namespace narra {
namespace {

constexpr std::size_t kLedeMinWords = 8;

// Closing quotes and brackets that may follow a sentence's final mark.
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

bool ends_sentence(std::string_view text) {
  while (!text.empty() && is_closer(text.back())) text.remove_suffix(1);
  for (const std::string_view closer : {"»", "”"}) {
    if (text.ends_with(closer)) return ends_sentence(text.substr(0, text.size() - closer.size()));
  }
  return text.ends_with('.') || text.ends_with('!') || text.ends_with('?') || text.ends_with("…");
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Where each sentence of `text` ends (the byte after its final mark and closers).
std::vector<std::size_t> sentence_ends(std::string_view text) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != ' ' || !ends_sentence(text.substr(0, i))) continue;
    const unsigned char next = static_cast<unsigned char>(text[i + 1]);
    // A lower-case letter after the mark continues the sentence ("ecc. e poi").
    if (next >= 'a' && next <= 'z') continue;
    ends.push_back(i);
  }
  ends.push_back(text.size());
  return ends;
}

// `text` cut to kDescriptionCharacters: after its last whole sentence within
// them, else between words, ending in "…".
std::string cut_description(std::string_view text) {
  if (utf8_length(text) <= kDescriptionCharacters) return std::string(text);
  std::size_t cut = 0;
  for (const std::size_t end : sentence_ends(text)) {
    if (utf8_length(text.substr(0, end)) <= kDescriptionCharacters) cut = end;
  }
  if (cut > 0) return std::string(text.substr(0, cut));
  return bounded_title(text, kDescriptionCharacters);
}

}  // namespace

std::string episode_description(const Article& article) {
  if (!article.description.empty()) return cut_description(article.description);
  for (const auto& chapter : article.chapters) {
    if (chapter.kind != ChapterKind::text) continue;
    for (const auto& paragraph : chapter.paragraphs) {
      if (paragraph == article.title || word_count(paragraph) < kLedeMinWords || !ends_sentence(paragraph)) {
        continue;
      }
      return cut_description(paragraph);
    }
  }
  return {};
}

std::string digest_description(const std::vector<Article>& articles) {
  std::string out;
  for (const auto& article : articles) {
    if (!out.empty()) out += ' ';
    out += article.title;
    if (!ends_sentence(article.title)) out += '.';
  }
  return out;
}

}  // namespace narra
