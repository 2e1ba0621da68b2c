#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/spelling.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

bool ends_with_punctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"';
}

// The domain's last label ("it" in "comune.roma.it") when it is a known top-level domain.
bool has_known_domain(std::string_view token, const LanguageData& data) {
  const auto dot = token.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= token.size()) return false;
  return data.is_cue("domain", to_lower(token.substr(dot + 1)));
}

bool is_address(std::string_view token, const LanguageData& data) {
  if (token.size() < 2) return false;
  if (starts_with_at(token, 0, "http://") || starts_with_at(token, 0, "https://") ||
      starts_with_at(token, 0, "www.")) {
    return true;
  }
  for (char c : token) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  const auto at = token.find('@');
  if (at == 0) return token.size() > 1 && is_word_byte(token[1]);  // @handle
  if (at != std::string_view::npos) return at > 0 && token.find('.', at) != std::string_view::npos;
  // A bare domain: labels of two or more letters, digits or hyphens, joined by
  // dots and ending in a known domain ("mail.nasa.gov", not "p.es").
  std::size_t label = 0;
  for (char c : token) {
    if (c == '.') {
      if (label < 2) return false;
      label = 0;
    } else if (is_word_byte(c) || c == '-') {
      ++label;
    } else {
      return false;
    }
  }
  return label >= 2 && has_known_domain(token, data);
}

// How one run of letters of an address is said: a listed reading, a word, or spelled.
std::string say_part(std::string_view part, const LanguageData& data) {
  const std::string lower = to_lower(part);
  const auto found = data.electronic.find(lower);
  if (found != data.electronic.end()) return found->second;
  if (is_pronounceable(lower)) return lower;
  return spell_letters(lower, data);
}

std::string say_address(std::string_view token, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < token.size()) {
    std::size_t end = pos;
    std::string spoken;
    if (is_ascii_letter(token[pos])) {
      while (end < token.size() && is_ascii_letter(token[end])) ++end;
      spoken = say_part(token.substr(pos, end - pos), data);
    } else if (is_digit(token[pos])) {
      end = digits_end(token, pos);
      spoken = spell_letters(token.substr(pos, end - pos), data);
    } else {
      std::size_t next = pos;
      decode_utf8(token, next);
      end = next;
      const auto found = data.electronic.find(std::string(token.substr(pos, end - pos)));
      spoken = found != data.electronic.end() ? found->second : std::string();
    }
    if (!spoken.empty()) {
      if (!out.empty()) out += ' ';
      out += spoken;
    }
    pos = end;
  }
  return out;
}

}  // namespace

std::string expand_addresses(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == ' ' || (pos > 0 && text[pos - 1] != ' ' && text[pos - 1] != '(')) {
      out += text[pos++];
      continue;
    }
    std::size_t end = pos;
    while (end < text.size() && text[end] != ' ') ++end;
    std::size_t token_end = end;
    while (token_end > pos && ends_with_punctuation(text[token_end - 1])) --token_end;
    const std::string_view token = text.substr(pos, token_end - pos);
    if (is_address(token, data)) {
      out += say_address(token, data);
      out.append(text.substr(token_end, end - token_end));
    } else {
      out.append(text.substr(pos, end - pos));
    }
    pos = end;
  }
  return out;
}

}  // namespace narra
