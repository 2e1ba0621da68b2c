#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// "S. Giovanni" → "San Giovanni", "S. Maria" → "Santa Maria", "S. Anna" →
// "Sant'Anna", "S. Stefano" → "Santo Stefano"; only before a saint's name
// (cues.tsv), so "S. Rossi" stays an initial. Returns the end of the name, or 0.
std::size_t expand_saint(std::string_view text, std::size_t pos, std::string& out, const LanguageData& data) {
  // "S. Giovanni", or typed without the space, "S.Giovanni".
  const bool saint_mark =
      starts_with_at(text, pos, "S. ") ||
      (starts_with_at(text, pos, "S.") && pos + 2 < text.size() && is_ascii_upper(text[pos + 2]));
  if (!saint_mark || (pos > 0 && is_word_byte(text[pos - 1]))) return 0;
  const std::string_view name = word_after(text, pos + 2);
  const std::string lower = to_lower(name);
  if (name.empty() || !data.is_cue("saint-name", lower)) return 0;
  const std::size_t name_start = skip_spaces(text, pos + 2);
  std::string key = "saint_m";
  if (std::string_view("aeiou").find(lower[0]) != std::string_view::npos) {
    key = "saint_vowel";
  } else if (lower.back() == 'a' && !data.is_cue("masculine-name", lower)) {
    key = "saint_f";
  } else if (lower[0] == 's' && lower.size() > 1 &&
             std::string_view("aeiou").find(lower[1]) == std::string_view::npos) {
    key = "saint_impure";
  }
  const std::string form = data.phrase(key);
  out += form;
  if (form.empty() || form.back() != '\'') out += ' ';
  out.append(name);
  return name_start + name.size();
}

// "D. Lgs. 267/2000": an abbreviation written with a space after its first
// letter (`token`, ending at `end`). Returns where it ends, or 0.
std::size_t expand_spaced(std::string_view text, std::string_view token, std::size_t end, std::string& out,
                          const LanguageData& data) {
  if (token.size() != 2 || token[1] != '.' || !starts_with_at(text, end, " ")) return 0;
  std::size_t next_end = end + 1;
  while (next_end < text.size() && (is_word_byte(text[next_end]) || text[next_end] == '.')) ++next_end;
  const std::string joined =
      to_lower(std::string(token) + std::string(text.substr(end + 1, next_end - end - 1)));
  const auto found = data.abbreviations.find(joined);
  if (found == data.abbreviations.end() || joined.back() != '.') return 0;
  out += found->second;
  return next_end;
}

// "str. prov. 45": an abbreviation of two words written with a space between
// them (`token`, ending at `end`, and the word after). Returns where it ends, or 0.
std::size_t expand_two_words(std::string_view text, std::string_view token, std::size_t end, std::string& out,
                             const LanguageData& data) {
  if (token.empty() || token.back() != '.' || !starts_with_at(text, end, " ")) return 0;
  std::size_t next_end = end + 1;
  while (next_end < text.size() && (is_word_byte(text[next_end]) || text[next_end] == '.')) ++next_end;
  const auto found =
      data.abbreviations.find(to_lower(text.substr(end - token.size(), next_end - end + token.size())));
  if (found == data.abbreviations.end()) return 0;
  out += found->second;
  return next_end;
}

// "SS 106", "Sp34": letters written without a dot that abbreviate only before
// a number (a "number" abbreviation such as a road's kind). Returns where the
// letters end, or 0.
std::size_t expand_undotted(std::string_view text, std::size_t pos, std::string& out,
                            const LanguageData& data) {
  std::size_t letters_end = pos;
  while (letters_end < text.size() && is_ascii_letter(text[letters_end])) ++letters_end;
  const std::size_t after = skip_spaces(text, letters_end);
  if (letters_end == pos || after >= text.size() || !is_digit(text[after])) return 0;
  const std::string key = to_lower(text.substr(pos, letters_end - pos));
  const auto found = data.abbreviations.find(key);
  if (found == data.abbreviations.end() || !data.number_abbreviations.contains(key)) return 0;
  out += found->second;
  if (after == letters_end) out += ' ';
  return letters_end;
}

// "lun-ven", "lun.-sab.": two short days of the week joined by a dash (opening
// hours), "da lunedì a venerdì". Returns where the second ends, or 0.
std::size_t expand_day_span(std::string_view text, std::size_t pos, std::string& out,
                            const LanguageData& data) {
  const auto day_at = [&](std::size_t at, std::size_t& end) -> const std::string* {
    end = word_end(text, at);
    const auto found = data.abbreviations.find(to_lower(text.substr(at, end - at)) + ".");
    if (end == at || found == data.abbreviations.end() ||
        !data.is_cue("weekday", to_lower(text.substr(at, end - at)))) {
      return nullptr;
    }
    if (end < text.size() && text[end] == '.') ++end;
    return &found->second;
  };
  std::size_t first_end = 0;
  std::size_t second_end = 0;
  const std::string* from = day_at(pos, first_end);
  if (from == nullptr || first_end >= text.size() || text[first_end] != '-') return 0;
  const std::string* to = day_at(first_end + 1, second_end);
  if (to == nullptr || (second_end < text.size() && is_word_byte(text[second_end]))) return 0;
  out += data.phrase("range", {{"from", *from}, {"to", *to}});
  return second_end;
}

// The token at `pos` or its longest prefix that is a listed abbreviation
// ("sig.ra", "n°88" → "n°", "art.5" → "art."), written to `out` in full.
// Returns where it ends, or 0.
std::size_t expand_listed(std::string_view text, std::size_t pos, std::string_view token, std::string& out,
                          const LanguageData& data) {
  for (std::size_t length = token.size(); length > 0; --length) {
    // Abbreviations end in a dot ("sig.") or hold one inside ("sig.na", "p.za"); "n°", "nº"
    // end in a degree sign or ordinal mark instead.
    const std::string_view prefix = token.substr(0, length);
    const bool marked = prefix.back() == '.' || prefix.ends_with("°") || prefix.ends_with("º");
    // A token holding a slash ("t/t", "c/o") is one even before the stop that ends the sentence.
    const bool whole = length == token.size() || (length + 1 == token.size() && token.back() == '.');
    if (!marked && (!whole || token.find_first_of("./") == std::string_view::npos)) continue;
    // "N.A.S.": a prefix of initials is no abbreviation of its own.
    if (length + 1 < token.size() && is_ascii_upper(token[length]) && token[length + 1] == '.') continue;
    const std::string candidate(prefix);
    auto found = data.abbreviations.find(candidate);
    if (found == data.abbreviations.end()) found = data.abbreviations.find(to_lower(candidate));
    if (found == data.abbreviations.end()) continue;
    const std::size_t after = skip_spaces(text, pos + length);
    if (data.number_abbreviations.contains(found->first) && (after >= text.size() || !is_digit(text[after])))
      continue;
    out += found->second;
    // "Tel. 06 …" opening the sentence: the word keeps the capital.
    if (pos == 0 && is_ascii_upper(text[0]) && !out.empty() && out[0] >= 'a' && out[0] <= 'z') {
      out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    const std::size_t end = pos + length;
    if (end < text.size() && is_word_byte(text[end])) out += ' ';  // "n°88", "art.5"
    // The abbreviation's dot also ended the sentence: keep a full stop.
    const std::size_t next = skip_spaces(text, end);
    if (next == text.size() || (next > end && is_ascii_upper(text[next]) &&
                                data.sentence_final_abbreviations.count(found->first) > 0)) {
      out += '.';
    }
    return end;
  }
  return 0;
}

}  // namespace

std::string expand_abbreviations(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_word_byte(text[pos]) || !at_word_start(text, pos)) {
      out += text[pos++];
      continue;
    }
    if (const std::size_t saint_end = expand_saint(text, pos, out, data)) {
      pos = saint_end;
      continue;
    }
    if (const std::size_t letters_end = expand_undotted(text, pos, out, data)) {
      pos = letters_end;
      continue;
    }
    if (const std::size_t days_end = expand_day_span(text, pos, out, data)) {
      pos = days_end;
      continue;
    }
    // The longest run of word bytes and inner dots or slashes ("sig.ra", "a.C.", "p.es.", "c/da").
    std::size_t end = pos;
    while (end < text.size() &&
           (is_word_byte(text[end]) || text[end] == '.' ||
            (text[end] == '/' && end + 1 < text.size() && is_ascii_letter(text[end + 1])))) {
      ++end;
    }
    const std::string_view token = text.substr(pos, end - pos);
    std::size_t expanded_end = expand_two_words(text, token, end, out, data);
    if (expanded_end == 0) expanded_end = expand_listed(text, pos, token, out, data);
    if (expanded_end == 0) expanded_end = expand_spaced(text, token, end, out, data);
    if (expanded_end == 0) {
      expanded_end = word_end(text, pos);
      out.append(text.substr(pos, expanded_end - pos));
    }
    pos = expanded_end;
  }
  return out;
}

}  // namespace narra
