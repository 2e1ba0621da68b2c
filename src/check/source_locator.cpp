#include "check/source_locator.h"

#include "core/utf8.h"

namespace narra {
namespace {

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

bool SourceLocator::matches_at(std::string_view needle, std::size_t at, std::size_t& end) const {
  std::size_t n = 0;
  std::size_t s = at;
  while (n < needle.size()) {
    if (s >= source_.size()) return false;
    std::size_t next_n = n;
    const char32_t want = fold(decode_utf8(needle, next_n));
    std::size_t next_s = s;
    const char32_t have = fold(decode_utf8(source_, next_s));
    if (is_space(want)) {
      if (!is_space(have)) return false;
      while (s < source_.size()) {
        std::size_t probe = s;
        if (!is_space(decode_utf8(source_, probe))) break;
        s = probe;
      }
      n = next_n;
      continue;
    }
    if (want != have) return false;
    n = next_n;
    s = next_s;
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
