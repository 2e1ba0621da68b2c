#include "check/source_locator.h"

#include <gumbo.h>

#include <memory>

#include "core/utf8.h"

namespace narra {
namespace {

struct GumboOutputFree {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputFree>;

// Longest tag skipped inside a word, and longest character reference read.
constexpr std::size_t kMaxMarkup = 512;
constexpr std::size_t kMaxReference = 32;

// How far ahead a sentence or a word is looked for: a page of markup between
// two sentences is far less; a word not found within it is taken as hidden.
constexpr std::size_t kSearchWindow = 256 * 1024;

// The words a sentence is found by.
constexpr std::size_t kSentenceWords = 4;

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0' || c == U'\u202F' ||
         c == U'\u2009';
}

// One spelling per mark, as typography normalisation writes it.
char32_t fold(char32_t c) {
  switch (c) {
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F': return U'"';
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
    case U'\u2032': return U'\'';
    case U'\u2010':
    case U'\u2011':
    case U'\u2212': return U'-';
    default: return c;
  }
}

// The first text under `node`, depth first.
const char* first_text(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT) return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (const char* text = first_text(static_cast<const GumboNode*>(children.data[i]))) return text;
  }
  return nullptr;
}

// What an HTML character reference ("&egrave;", "&#39;", "&#x2019;") stands
// for, as the HTML parser reads it; empty when it stands for nothing else.
std::string decode_reference(std::string_view reference) {
  const std::string terminated(reference);
  const GumboOutputPtr output(gumbo_parse(terminated.c_str()));
  const char* text = first_text(output->root);
  if (text == nullptr || reference == text) return {};
  return text;
}

// Length of a tag ("<b>", "</i>", "<!-- … -->") or a Markdown emphasis or
// code mark ("*", "_", "`") at `at`: markup a word may hold; 0 when none.
std::size_t markup_at(std::string_view source, std::size_t at) {
  const char c = source[at];
  if (c == '*' || c == '_' || c == '`') return 1;
  if (c != '<' || at + 1 >= source.size()) return 0;
  const char next = source[at + 1];
  const bool letter = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
  if (!letter && next != '/' && next != '!') return 0;
  const std::size_t close = source.find('>', at);
  if (close == std::string_view::npos || close - at > kMaxMarkup) return 0;
  return close + 1 - at;
}

std::string_view first_words(std::string_view text, std::size_t count) {
  std::size_t end = 0;
  for (std::size_t words = 0; words < count && end < text.size(); ++words) {
    const std::size_t space = text.find(' ', end + 1);
    end = space == std::string_view::npos ? text.size() : space;
  }
  return text.substr(0, end);
}

}  // namespace

SourceLocator::SourceLocator(std::string source) : source_(std::move(source)) {}

std::size_t SourceLocator::reference_at(std::size_t at, char32_t& stands_for) const {
  if (source_[at] != '&') return 0;
  const std::size_t semicolon = source_.find(';', at);
  if (semicolon == std::string::npos || semicolon - at > kMaxReference) return 0;
  const std::string reference = source_.substr(at, semicolon + 1 - at);
  auto known = references_.find(reference);
  if (known == references_.end()) {
    const std::string text = decode_reference(reference);
    std::size_t pos = 0;
    const char32_t c = text.empty() ? U'\0' : decode_utf8(text, pos);
    known = references_.emplace(reference, pos == text.size() ? c : U'\0').first;
  }
  if (known->second == U'\0') return 0;
  stands_for = known->second;
  return reference.size();
}

bool SourceLocator::matches_at(std::string_view needle, std::size_t at, std::size_t& end) const {
  std::size_t n = 0;
  std::size_t s = at;
  bool after_markup = false;
  while (n < needle.size()) {
    if (s >= source_.size()) return false;
    std::size_t next_n = n;
    const char32_t want = fold(decode_utf8(needle, next_n));
    std::size_t next_s = s;
    char32_t have = fold(decode_utf8(source_, next_s));
    if (const std::size_t reference = reference_at(s, have)) {
      have = fold(have);
      next_s = s + reference;
    }
    if (is_space(want) && is_space(have)) {
      s = next_s;
      while (s < source_.size()) {
        std::size_t probe = s;
        char32_t c = decode_utf8(source_, probe);
        if (const std::size_t reference = reference_at(s, c)) probe = s + reference;
        if (!is_space(c)) break;
        s = probe;
      }
    } else if (want == have) {
      s = next_s;
    } else if (const std::size_t markup = n > 0 ? markup_at(source_, s) : 0) {
      // Markup inside the words ("<b>12</b>%"), though never before the first character.
      s += markup;
      after_markup = true;
      continue;
    } else if (!is_space(want) || !after_markup) {  // a tag may stand for a space ("uno<br>due")
      return false;
    }
    after_markup = false;
    n = next_n;
  }
  end = s;
  return true;
}

std::size_t SourceLocator::find(std::string_view needle, std::size_t from) const {
  if (needle.empty()) return std::string::npos;
  const std::size_t limit = std::min(source_.size(), from + kSearchWindow);
  std::size_t end = 0;
  for (std::size_t at = from; at < limit; ++at) {
    // Compare from character starts only (not inside a UTF-8 sequence).
    if ((static_cast<unsigned char>(source_[at]) & 0xC0) == 0x80) continue;
    if (matches_at(needle, at, end)) return at;
  }
  return std::string::npos;
}

void SourceLocator::enter_sentence(std::string_view written) {
  // Markup inside the first words hides them: try fewer, down to the first word alone.
  for (std::size_t words = kSentenceWords; words > 0; --words) {
    const std::size_t at = find(first_words(written, words), word_);
    if (at != std::string::npos) {
      sentence_ = at;
      break;
    }
  }
  word_ = sentence_;
}

SourcePosition SourceLocator::locate(std::string_view word) {
  const std::size_t at = find(word, word_);
  if (at == std::string::npos) return position_of(sentence_);
  word_ = at + word.size();
  return position_of(at);
}

SourcePosition SourceLocator::position_of(std::size_t offset) const {
  SourcePosition position;
  std::size_t pos = 0;
  while (pos < offset && pos < source_.size()) {
    if (source_[pos] == '\n') {
      ++position.line;
      position.column = 1;
      ++pos;
      continue;
    }
    decode_utf8(source_, pos);
    ++position.column;
  }
  return position;
}

}  // namespace narra
