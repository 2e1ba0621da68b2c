#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {

std::string expand_abbreviations(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_word_byte(text[pos]) || !at_word_start(text, pos)) {
      out += text[pos++];
      continue;
    }
    // The longest run of word bytes and inner dots ("sig.ra", "a.C.", "p.es.").
    std::size_t end = pos;
    while (end < text.size() && (is_word_byte(text[end]) || text[end] == '.')) ++end;
    std::string_view token = text.substr(pos, end - pos);
    // Try the token, then shorter prefixes ending in a dot, as written and lower-cased.
    bool replaced = false;
    for (std::size_t length = token.size(); length > 0 && !replaced; --length) {
      // Abbreviations end in a dot ("sig.") or hold one inside ("sig.na", "p.za").
      if (token[length - 1] != '.' && (length != token.size() || token.find('.') == std::string_view::npos)) {
        continue;
      }
      const std::string candidate(token.substr(0, length));
      auto found = data.abbreviations.find(candidate);
      if (found == data.abbreviations.end()) found = data.abbreviations.find(to_lower(candidate));
      if (found == data.abbreviations.end()) continue;
      out += found->second;
      pos += length;
      // The abbreviation's dot also ended the sentence: keep a full stop.
      const std::size_t next = skip_spaces(text, pos);
      if (next == text.size() || (next > pos && is_ascii_upper(text[next]) &&
                                  data.sentence_final_abbreviations.count(found->first) > 0)) {
        out += '.';
      }
      replaced = true;
    }
    if (!replaced) {
      std::size_t word_end = pos;
      while (word_end < text.size() && is_word_byte(text[word_end])) ++word_end;
      out.append(text.substr(pos, word_end - pos));
      pos = word_end;
    }
  }
  return out;
}

}  // namespace narra
