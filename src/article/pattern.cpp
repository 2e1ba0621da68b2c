#include "article/pattern.h"

#include <re2/re2.h>

#include <stdexcept>

namespace narra {

Pattern::Pattern(std::string_view source, PatternCase letter_case) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(letter_case == PatternCase::sensitive);
  options.set_max_mem(kMaxMemoryBytes);
  // The reason goes into narra's own error; RE2 must not print it as well.
  options.set_log_errors(false);
  auto compiled = std::make_shared<const RE2>(re2::StringPiece(source.data(), source.size()), options);
  if (!compiled->ok()) throw std::invalid_argument(compiled->error());
  compiled_ = std::move(compiled);
}

bool Pattern::matches_whole(std::string_view text) const {
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *compiled_);
}

bool Pattern::occurs_in(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *compiled_);
}

std::optional<PatternMatch> Pattern::find_in(std::string_view text) const {
  const re2::StringPiece subject(text.data(), text.size());
  re2::StringPiece match;
  if (!compiled_->Match(subject, 0, subject.size(), RE2::UNANCHORED, &match, 1)) return std::nullopt;
  return PatternMatch{static_cast<std::size_t>(match.data() - subject.data()), match.size()};
}

}  // namespace narra
