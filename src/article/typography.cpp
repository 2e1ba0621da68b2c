#include "article/typography.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "core/utf8.h"
#include "core/xml_text.h"

namespace narra {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};
using Utf8procString = std::unique_ptr<utf8proc_uint8_t, FreeDeleter>;

std::string to_nfc(std::string_view text) {
  const std::string terminated(text);
  Utf8procString nfc(utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(terminated.c_str())));
  // utf8proc refuses only invalid UTF-8, which readers have already rejected.
  if (!nfc) return terminated;
  return reinterpret_cast<const char*>(nfc.get());
}

// What one code point becomes: kKeep leaves it, anything else replaces it ("" drops it).
constexpr std::string_view kKeep = "\x01";

std::string_view replacement(char32_t cp) {
  switch (cp) {
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
    case U'\u2033': return "\"";
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
    case U'\u2032': return "'";
    case U'\u2039': return "\u00AB";
    case U'\u203A': return "\u00BB";
    case U'\u2012':
    case U'\u2015': return "\u2014";
    case U'\u2010':
    case U'\u2011':
    case U'\u2212': return "-";
    case U'\u00AD':
    case U'\u200B':
    case U'\u200C':
    case U'\u200D':
    case U'\u2060':
    case U'\uFEFF': return "";
    case U'\t':
    case U'\n':
    case U'\r':
    case U'\f':
    case U'\v':
    case U'\u00A0':
    case U'\u1680':
    case U'\u2028':
    case U'\u2029':
    case U'\u202F':
    case U'\u205F':
    case U'\u3000': return " ";
    default: break;
  }
  if (cp >= U'\u2000' && cp <= U'\u200A') return " ";
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return "";
  return kKeep;
}

}  // namespace

std::string normalise_typography(std::string_view text) {
  // Characters no document can hold go first (core/xml_text.h): a title or
  // a chapter holding one would make the feed and the tags unreadable.
  const std::string nfc = to_nfc(document_text(text));
  std::string mapped;
  mapped.reserve(nfc.size());
  std::size_t pos = 0;
  while (pos < nfc.size()) {
    const std::size_t start = pos;
    const char32_t cp = decode_utf8(nfc, pos);
    const std::string_view out = replacement(cp);
    if (out == kKeep) {
      mapped.append(nfc, start, pos - start);
    } else {
      mapped += out;
    }
  }
  std::string out;
  out.reserve(mapped.size());
  for (std::size_t i = 0; i < mapped.size(); ++i) {
    if (mapped.compare(i, 3, "...") == 0) {
      out += "\u2026";
      i += 2;
      while (i + 1 < mapped.size() && mapped[i + 1] == '.') ++i;
    } else if (mapped[i] == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += mapped[i];
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string bounded_title(std::string_view text, std::size_t max_characters) {
  static constexpr std::string_view kEllipsis = "\u2026";
  std::size_t characters = 0;
  std::size_t cut = 0;  // the byte where the character after the first max_characters - 1 starts
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (characters == max_characters - 1) cut = i;
    if (++characters > max_characters) break;
  }
  if (characters <= max_characters) return std::string(text);
  std::string_view kept = text.substr(0, cut);
  if (const auto space = kept.rfind(' '); space != std::string_view::npos && space > cut / 2) {
    kept = kept.substr(0, space);
  }
  while (!kept.empty() &&
         (kept.back() == ' ' || kept.back() == ',' || kept.back() == ';' || kept.back() == ':')) {
    kept.remove_suffix(1);
  }
  return std::string(kept) + std::string(kEllipsis);
}

std::string file_stem_for(std::string_view title, std::string_view fallback) {
  const std::string terminated(title);
  utf8proc_uint8_t* folded = nullptr;
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(terminated.c_str()), 0, &folded,
                                   static_cast<utf8proc_option_t>(UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE |
                                                                  UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  const Utf8procString owned(folded);
  std::string stem;
  if (length >= 0) {
    for (const char* c = reinterpret_cast<const char*>(folded); *c != '\0'; ++c) {
      if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9')) {
        stem += *c;
      } else if (!stem.empty() && stem.back() != '-') {
        stem += '-';
      }
    }
  }
  // Bounded, so the name with its longest suffix stays well inside 255 bytes.
  constexpr std::size_t kMaxStem = 80;
  if (stem.size() > kMaxStem) {
    const auto cut = stem.rfind('-', kMaxStem);
    stem.resize(cut != std::string::npos && cut > kMaxStem / 2 ? cut : kMaxStem);
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  if (stem.empty()) return std::string(fallback);
  // Names some systems keep for devices are not used alone.
  static constexpr std::string_view kDevices[] = {
      "con",  "prn",  "aux",  "nul",  "com1", "com2", "com3", "com4", "com5", "com6", "com7",
      "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"};
  for (std::string_view device : kDevices) {
    if (stem == device) return stem + "-" + std::string(fallback);
  }
  return stem;
}

}  // namespace narra
