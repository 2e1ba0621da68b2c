#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/spelling.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

enum class Shape { other, upper, capitalised };

// "NATO" → upper, "Kcna" → capitalised (one capital, then lower-case ASCII).
Shape shape_of(std::string_view word) {
  if (word.size() < 2) return Shape::other;
  bool all_upper = true;
  bool rest_lower = is_ascii_upper(word[0]);
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (!is_ascii_letter(c)) return Shape::other;
    all_upper = all_upper && is_ascii_upper(c);
    if (i > 0) rest_lower = rest_lower && !is_ascii_upper(c);
  }
  if (all_upper) return Shape::upper;
  return rest_lower ? Shape::capitalised : Shape::other;
}

// True when a word next to [start, end) is also written in capitals of two or
// more letters: a headline in capitals, where "LA" and "DI" are words.
bool in_capitals(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t before_end = start;
  while (before_end > 0 && text[before_end - 1] == ' ') --before_end;
  std::size_t before_start = before_end;
  while (before_start > 0 && is_word_byte(text[before_start - 1])) --before_start;
  const std::size_t after_start = skip_spaces(text, end);
  const std::size_t after_end = word_end(text, after_start);
  return shape_of(text.substr(before_start, before_end - before_start)) == Shape::upper ||
         shape_of(text.substr(after_start, after_end - after_start)) == Shape::upper;
}

// Longest capitalised word the unknown-acronym rule looks at: longer ones are
// names ("Schmidt", "Strasburgo") and stay as they are.
constexpr std::size_t kMaxCapitalisedAcronym = 4;

}  // namespace

std::string expand_acronyms(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (copy_phonemes(text, pos, out)) continue;
    if (!is_word_byte(text[pos]) || !at_word_start(text, pos)) {
      out += text[pos++];
      continue;
    }
    const std::size_t end = word_end(text, pos);
    const std::string_view word = text.substr(pos, end - pos);
    pos = end;
    const Shape shape = shape_of(word);
    // A word cut by an apostrophe ("Anch'io", "Dell'Onu") is elided, not an acronym.
    const bool elided = pos < text.size() && (text[pos] == '\'' || starts_with_at(text, pos, "’"));
    if (shape == Shape::other || (elided && shape == Shape::capitalised)) {
      out.append(word);
      continue;
    }
    const std::string lower = to_lower(word);
    const auto known = data.acronyms.find(lower);
    if (known != data.acronyms.end()) {
      out += known->second;
    } else if (shape == Shape::upper) {
      if ((word.size() > 2 || in_capitals(text, pos - word.size(), pos)) && is_pronounceable(lower)) {
        out += static_cast<char>(word[0]);
        out += lower.substr(1);
      } else {
        out += spell_letters(word, data);
      }
    } else if (word.size() <= kMaxCapitalisedAcronym && !is_pronounceable(lower)) {
      out += spell_letters(word, data);
    } else {
      out.append(word);
    }
  }
  return out;
}

}  // namespace narra
