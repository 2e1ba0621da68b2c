#include "core/xml_text.h"

#include "core/utf8.h"

namespace narra {
namespace {

// The length of the well-formed UTF-8 sequence at `pos`, 0 when ill-formed.
std::size_t sequence_length(std::string_view text, std::size_t pos) {
  const auto invalid = find_invalid_utf8(text.substr(pos, 4));
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
  return invalid && *invalid < length ? 0 : length;
}

}  // namespace

bool is_document_character(char32_t cp) {
  if (cp < 0x20) return cp == U'\t' || cp == U'\n' || cp == U'\r';
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
  if ((cp & 0xFFFE) == 0xFFFE) return false;
  return cp <= 0x10FFFF;
}

std::string document_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_bad_run = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t length = sequence_length(text, pos);
    if (length == 0) {
      if (!in_bad_run) out += "\xEF\xBF\xBD";
      in_bad_run = true;
      ++pos;
      continue;
    }
    in_bad_run = false;
    std::size_t next = pos;
    if (is_document_character(decode_utf8(text, next))) out.append(text.substr(pos, length));
    pos += length;
  }
  return out;
}

std::optional<std::size_t> find_non_document_character(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t length = sequence_length(text, pos);
    if (length == 0) return pos;
    std::size_t next = pos;
    if (!is_document_character(decode_utf8(text, next))) return pos;
    pos += length;
  }
  return std::nullopt;
}

}  // namespace narra
