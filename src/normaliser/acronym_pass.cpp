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

// A word of two or more bytes with capitals and no lower-case ASCII letter:
// "LA", "PERCHÉ" (accented capitals count).
bool is_written_in_capitals(std::string_view word) {
  bool capital = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    capital = capital || is_ascii_upper(c);
  }
  return word.size() >= 2 && capital;
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
  return is_written_in_capitals(text.substr(before_start, before_end - before_start)) ||
         is_written_in_capitals(text.substr(after_start, after_end - after_start));
}

// Longest capitalised word the unknown-acronym rule looks at: longer ones are
// names ("Schmidt", "Strasburgo") and stay as they are.
constexpr std::size_t kMaxCapitalisedAcronym = 4;

// Shortest word in capitals read as a name whatever its letters: agency copy
// sets surnames in capitals ("SCHMITT", "STRNAD"), and initialisms that long
// are rare enough to list in acronyms.tsv.
constexpr std::size_t kMinCapitalsName = 6;

// How an unlisted word in capitals is said: as a capitalised word when it can
// be one ("NATO" → "Nato", "SCHMITT" → "Schmitt"), else letter by letter.
std::string say_capitals(std::string_view word, const std::string& lower, bool in_headline,
                         const LanguageData& data) {
  const bool as_word = word.size() >= kMinCapitalsName
                           ? lower.find_first_of("aeiouy") != std::string::npos
                           : (word.size() > 2 || in_headline) && is_pronounceable(lower);
  if (!as_word) return spell_letters(word, data);
  return std::string(1, word[0]) + lower.substr(1);
}

// Initials written with dots that no earlier pass read ("F.I.G.C.", "S.S. Lazio"):
// the capitals, each followed by its dot. Returns the letters and sets `end`
// past the last dot, or returns nothing.
std::string dotted_initials(std::string_view text, std::size_t pos, std::size_t& end) {
  std::string letters;
  std::size_t at = pos;
  while (at + 1 < text.size() && is_ascii_upper(text[at]) && text[at + 1] == '.') {
    letters += text[at];
    at += 2;
  }
  if (letters.size() < 2 || (at < text.size() && is_word_byte(text[at]))) return {};
  end = at;
  return letters;
}

// A point of the compass in capitals: "N", "NE", "ENE", "NNO" (not "ESO").
bool is_compass(std::string_view word) {
  const auto in = [](char c, std::string_view letters) { return letters.find(c) != std::string_view::npos; };
  if (word.size() == 1) return in(word[0], "NSEOW");
  if (word.size() == 2) return in(word[0], "NS") && in(word[1], "EOW");
  if (word.size() != 3) return false;
  return (word[0] == word[1] && in(word[0], "NS") && in(word[2], "EOW")) ||
         (word[0] == word[2] && in(word[0], "EOW") && in(word[1], "NS"));
}

// The compass word joined to the one at [start, end) by "/" or "-": "NE/ENE", "SE-SSE", "N-W".
bool compass_joined(std::string_view text, std::size_t start, std::size_t end) {
  if (end + 1 < text.size() && (text[end] == '/' || text[end] == '-')) {
    if (is_compass(text.substr(end + 1, word_end(text, end + 1) - end - 1))) return true;
  }
  if (start < 2 || (text[start - 1] != '/' && text[start - 1] != '-')) return false;
  std::size_t before = start - 1;
  while (before > 0 && is_word_byte(text[before - 1])) --before;
  return is_compass(text.substr(before, start - 1 - before));
}

// A point of the compass of weather and sea bulletins, said in words
// ("NNE" → "nord-nord-est"): three letters anywhere, two after a word such as
// "da" (da NE: "ne", "se", "no" are words too), one only joined to another.
std::string say_compass(std::string_view text, std::size_t start, std::size_t end, const LanguageData& data) {
  const std::string_view word = text.substr(start, end - start);
  if (!is_compass(word)) return {};
  const bool joined = compass_joined(text, start, end);
  if (!joined &&
      (word.size() == 1 || (word.size() == 2 && !data.is_cue("compass-before", word_before(text, start)))))
    return {};
  std::string spoken;
  for (char letter : word)
    spoken += (spoken.empty() ? "" : "-") + data.phrase("compass_" + std::string(1, letter));
  return spoken;
}

// "SE-SSE": two points joined by a dash are one or the other ("N-W" stays one point).
bool compass_pair_follows(std::string_view text, std::size_t start, std::size_t end) {
  if (end + 1 >= text.size() || text[end] != '-') return false;
  const std::size_t next_end = word_end(text, end + 1);
  return is_compass(text.substr(end + 1, next_end - end - 1)) && (end - start > 1 || next_end - end - 1 > 1);
}

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
    std::size_t initials_end = 0;
    if (const std::string letters = dotted_initials(text, pos, initials_end); !letters.empty()) {
      const auto known = data.acronyms.find(to_lower(letters));
      out += known != data.acronyms.end() ? known->second
                                          : say_capitals(letters, to_lower(letters), false, data);
      // The last dot also ended the sentence.
      if (initials_end == text.size()) out += '.';
      pos = initials_end;
      continue;
    }
    const std::size_t end = word_end(text, pos);
    const std::string_view word = text.substr(pos, end - pos);
    if (const std::string compass = say_compass(text, pos, end, data); !compass.empty()) {
      out += compass;
      pos = end;
      if (compass_pair_follows(text, pos - word.size(), pos)) {
        out += " " + data.phrase("compass_or") + " ";
        ++pos;
      }
      continue;
    }
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
    // A name of the lexicon set in capitals ("PUTIN") is said as the lexicon says it.
    const auto name = shape == Shape::upper
                          ? data.lexicon.find(std::string(word.substr(0, 1)) + lower.substr(1))
                          : data.lexicon.end();
    if (known != data.acronyms.end()) {
      out += known->second;
    } else if (name != data.lexicon.end()) {
      out += name->second;
    } else if (shape == Shape::upper) {
      out += say_capitals(word, lower, in_capitals(text, pos - word.size(), pos), data);
    } else if (word.size() <= kMaxCapitalisedAcronym && !starts_like_word(lower)) {
      // A capitalised word is a name unless it cannot even start like one ("Kcna", "Pd").
      out += spell_letters(word, data);
    } else {
      out.append(word);
    }
  }
  return out;
}

}  // namespace narra
