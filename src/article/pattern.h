// A regular expression compiled once and matched in time linear in the text,
// whatever the pattern: cleanup rules come from data files and from users, so
// no rule may recurse per character or backtrack without bound. RE2 syntax
// (no backreferences, no lookaround); text and pattern are UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace re2 {
class RE2;
}

namespace narra {

enum class PatternCase { sensitive, insensitive };

// The bytes a match covers in the text searched.
struct PatternMatch {
  std::size_t position = 0;
  std::size_t length = 0;
};

// Immutable once built; copies share the compiled program, and matching is
// safe from several threads at once.
class Pattern {
 public:
  // Each pattern's compiled program and matching caches stay under this many
  // bytes; a pattern that needs more is refused.
  static constexpr std::int64_t kMaxMemoryBytes = 1 << 20;

  // Throws std::invalid_argument carrying RE2's reason ("invalid escape
  // sequence: \1") when the pattern is not valid RE2 syntax or too large.
  Pattern(std::string_view source, PatternCase letter_case);

  // The whole text matches.
  bool matches_whole(std::string_view text) const;
  // Some part of the text matches.
  bool occurs_in(std::string_view text) const;
  // The leftmost match, when there is one.
  std::optional<PatternMatch> find_in(std::string_view text) const;

 private:
  std::shared_ptr<const re2::RE2> compiled_;
};

}  // namespace narra
