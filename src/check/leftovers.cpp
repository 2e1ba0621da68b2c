#include "check/leftovers.h"

#include <algorithm>
#include <array>
#include <optional>

#include "core/error.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

bool contains(const std::u32string& set, char32_t c) { return set.find(c) != std::u32string::npos; }

// A vowel of the language: a letter that takes an accent, or an accented one (accents.tsv).
bool is_vowel(char32_t c, const LanguageData& data) {
  std::string letter;
  append_utf8(letter, c);
  if (data.accents.contains(letter)) return true;
  return std::any_of(data.accents.begin(), data.accents.end(),
                     [&](const auto& accent) { return accent.second == letter; });
}

std::u32string decode_all(std::string_view text) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < text.size()) out += decode_utf8(text, pos);
  return out;
}

std::string encode(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

// An apostrophe at `i` of `token` that a listener hears as a mark: not an
// elision ("dell'Onu", "dell' Alta"), not a truncated word that keeps it ("po'",
// the keeps-apostrophe cues of cues.tsv).
bool is_stray_apostrophe(std::u32string_view token, std::size_t i, const LanguageData& data) {
  if (i == 0 || !is_letter(token[i - 1])) return true;
  if (i + 1 < token.size() && is_letter(token[i + 1])) return false;
  if (!is_vowel(token[i - 1], data)) return false;
  return !data.is_cue("keeps-apostrophe", to_lower(encode(token.substr(0, i))));
}

// The first kind of leftover in a spoken token (no spaces, no phonemes), if any.
std::optional<LeftoverKind> classify(std::u32string_view token, const CheckRules& rules,
                                     const LanguageData& data) {
  bool digit = false, letter = false, symbol = false, stray = false, dotted = false;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const char32_t c = token[i];
    if (contains(rules.digits, c)) {
      digit = true;
    } else if (is_letter(c)) {
      letter = true;
    } else if (contains(rules.apostrophes, c)) {
      stray = stray || is_stray_apostrophe(token, i, data);
    } else if (c == U'.' && i > 0 && i + 1 < token.size() && is_letter(token[i - 1]) &&
               is_letter(token[i + 1])) {
      dotted = true;
    } else if (!contains(rules.ordinary, c)) {
      symbol = true;
    }
  }
  if (digit && letter) return LeftoverKind::mixed;
  if (digit) return LeftoverKind::digits;
  if (symbol) return LeftoverKind::symbols;
  if (stray) return LeftoverKind::apostrophe;
  if (dotted) return LeftoverKind::dotted;
  return std::nullopt;
}

// The whitespace-delimited word of `written` that holds `core`, else `core` itself.
std::string written_word(std::string_view written, std::string_view core) {
  const std::size_t at = written.find(core);
  if (core.empty() || at == std::string_view::npos) return std::string(core);
  std::size_t start = at;
  while (start > 0 && written[start - 1] != ' ') --start;
  std::size_t end = at + core.size();
  while (end < written.size() && written[end] != ' ') ++end;
  return std::string(written.substr(start, end - start));
}

// `token` without the ordinary punctuation around it.
std::u32string_view trim_ordinary(std::u32string_view token, const CheckRules& rules) {
  while (!token.empty() && contains(rules.ordinary, token.front())) token.remove_prefix(1);
  while (!token.empty() && contains(rules.ordinary, token.back())) token.remove_suffix(1);
  return token;
}

void find_spoken_leftovers(const Sentence& sentence, const LanguageData& data, const CheckRules& rules,
                           std::vector<Leftover>& out) {
  const std::string& spoken = sentence.spoken;
  std::size_t pos = 0;
  while (pos < spoken.size()) {
    if (spoken[pos] == ' ') {
      ++pos;
      continue;
    }
    std::string skipped;
    if (copy_phonemes(spoken, pos, skipped)) continue;
    std::size_t end = pos;
    while (end < spoken.size() && spoken[end] != ' ' && !starts_with_at(spoken, end, "[[")) ++end;
    const std::u32string token = decode_all(spoken.substr(pos, end - pos));
    const std::u32string_view core = trim_ordinary(token, rules);
    if (const auto kind = classify(core, rules, data)) {
      const std::string core_text = encode(core);
      out.push_back({*kind, written_word(sentence.written, core_text), core_text, 0});
    }
    pos = end;
  }
}

bool is_capitals(std::string_view word, std::size_t min_size = 2) {
  if (word.size() < min_size) return false;
  for (char c : word) {
    if (!is_ascii_upper(c)) return false;
  }
  return true;
}

// The word before `start` and the word after `end` in `text`, either in
// capitals, a single capital included ("ROMA E' MORTA").
bool next_to_capitals(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t before_end = start;
  while (before_end > 0 && !is_word_byte(text[before_end - 1])) --before_end;
  std::size_t before_start = before_end;
  while (before_start > 0 && is_word_byte(text[before_start - 1])) --before_start;
  std::size_t after_start = end;
  while (after_start < text.size() && !is_word_byte(text[after_start])) ++after_start;
  return is_capitals(text.substr(before_start, before_end - before_start), 1) ||
         is_capitals(text.substr(after_start, word_end(text, after_start) - after_start), 1);
}

// True when [start, end) opens the sentence and a dash follows it: the place
// of an agency dateline ("ROMA – Il governo…"), which reads as the word it is.
bool is_dateline(std::string_view text, std::size_t start, std::size_t end) {
  if (start != 0) return false;
  const std::size_t next = skip_spaces(text, end);
  return starts_with_at(text, next, "-") || starts_with_at(text, next, "–") ||
         starts_with_at(text, next, "—");
}

// True when `phrase` occurs in `text` with word boundaries on both sides.
bool contains_word(std::string_view text, std::string_view phrase) {
  for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
    if (at_word_start(text, at) && at_word_end(text, at + phrase.size())) return true;
  }
  return false;
}

bool is_listed(std::string_view word, const LanguageData& data) {
  std::string capitalised = to_lower(word);
  if (data.acronyms.contains(capitalised) || data.lexicon.contains(std::string(word))) return true;
  capitalised[0] = word[0];
  return data.lexicon.contains(capitalised);
}

void find_written_capitals(const Sentence& sentence, const LanguageData& data, std::vector<Leftover>& out) {
  const std::string& written = sentence.written;
  std::size_t pos = 0;
  while (pos < written.size()) {
    if (!is_word_byte(written[pos])) {
      ++pos;
      continue;
    }
    const std::size_t end = word_end(written, pos);
    const std::string_view word = std::string_view(written).substr(pos, end - pos);
    if (is_capitals(word) && !is_listed(word, data) && !next_to_capitals(written, pos, end) &&
        !is_dateline(written, pos, end)) {
      // Only words the acronym rule speaks: an earlier pass may have read it
      // already ("IV Novembre" → "quattro novembre").
      std::string said = expand_acronyms(word, data);
      if (contains_word(sentence.spoken, said)) {
        out.push_back({LeftoverKind::capitals, std::string(word), std::move(said), 0});
      }
    }
    pos = end;
  }
}

}  // namespace

std::string_view leftover_kind_name(LeftoverKind kind) {
  static constexpr std::array<std::string_view, kLeftoverKinds> kNames = {"digits", "symbols",  "apostrophe",
                                                                          "dotted", "capitals", "mixed"};
  return kNames[static_cast<std::size_t>(kind)];
}

CheckRules load_check_rules(const LanguageData& data) {
  const std::filesystem::path file = data.folder / "check.tsv";
  CheckRules rules;
  for (const auto& row : read_tsv(file, 2, 2)) {
    const std::string& key = row.fields[0];
    const std::string& value = row.fields[1];
    if (key == "ordinary") {
      rules.ordinary = decode_all(value);
    } else if (key == "apostrophe") {
      rules.apostrophes = decode_all(value);
    } else if (key == "digits") {
      rules.digits = decode_all(value);
    } else {
      throw bad_data_line(file, row.line, "unknown kind '" + key + "'", "use ordinary, apostrophe or digits");
    }
  }
  return rules;
}

std::vector<const Sentence*> script_sentences(const Script& script) {
  std::vector<const Sentence*> sentences;
  for (const auto& chapter : script.chapters) {
    for (const auto& paragraph : chapter.paragraphs) {
      for (const auto& sentence : paragraph.sentences) sentences.push_back(&sentence);
    }
  }
  return sentences;
}

std::vector<Leftover> find_sentence_leftovers(const Sentence& sentence, const LanguageData& data,
                                              const CheckRules& rules) {
  std::vector<Leftover> found;
  find_spoken_leftovers(sentence, data, rules, found);
  find_written_capitals(sentence, data, found);
  return found;
}

std::vector<Leftover> find_leftovers(const Script& script, const LanguageData& data,
                                     const CheckRules& rules) {
  std::vector<Leftover> all;
  const std::vector<const Sentence*> sentences = script_sentences(script);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    for (Leftover& leftover : find_sentence_leftovers(*sentences[i], data, rules)) {
      leftover.sentence = i;
      all.push_back(std::move(leftover));
    }
  }
  return all;
}

std::string summarise_leftovers(const std::vector<Leftover>& leftovers) {
  if (leftovers.empty()) return {};
  std::array<std::size_t, kLeftoverKinds> counts{};
  for (const auto& leftover : leftovers) ++counts[static_cast<std::size_t>(leftover.kind)];
  std::string out =
      std::to_string(leftovers.size()) +
      (leftovers.size() == 1 ? " place narra may read wrongly (" : " places narra may read wrongly (");
  bool first = true;
  for (std::size_t k = 0; k < kLeftoverKinds; ++k) {
    if (counts[k] == 0) continue;
    if (!first) out += ", ";
    out += std::string(leftover_kind_name(static_cast<LeftoverKind>(k))) + " " + std::to_string(counts[k]);
    first = false;
  }
  return out + ")";
}

}  // namespace narra
