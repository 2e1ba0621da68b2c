// What cleanup knows and what it decided. The rules are data in
// voices/<language>/boilerplate.tsv, so a new call to action or a new kind of
// page furniture is a new line there, not code.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "article/pattern.h"

namespace narra {

// How photo captions are read.
enum class CaptionMode {
  read_as_chapter,  // its own short chapter, introduced as a photo description (default)
  read,             // as an ordinary paragraph where it stands
  skip,             // not read
};

// Parses "read-as-chapter", "read" or "skip"; throws Error otherwise.
CaptionMode parse_caption_mode(const std::string& name);

struct CleanupPattern {
  Pattern pattern;     // RE2 syntax; any case, except for `credit` rules
  std::string reason;  // why a match is not read, as the trace shows it
};

struct CleanupRules {
  std::vector<CleanupPattern> lines;               // `line`: a whole line that is a call to action
  std::vector<CleanupPattern> credits;             // `credit`: a photo credit at the end of a paragraph
  std::vector<CleanupPattern> html_furniture;      // `html`: class or id of page furniture
  std::vector<CleanupPattern> html_credits;        // `html-credit`: class or id of a credit inside a caption
  std::vector<CleanupPattern> html_content_hints;  // `html-content`: class or id of a story's container
  std::vector<CleanupPattern> html_furniture_hints;  // `html-hint`: class or id that is likely furniture
};

// Reads boilerplate.tsv from `language_dir`, then each extra file in order.
// Rows are `kind<TAB>pattern<TAB>reason`. Throws Error naming the file and
// line of an unknown kind or a pattern RE2 refuses (with RE2's reason).
CleanupRules load_cleanup_rules(const std::filesystem::path& language_dir,
                                const std::vector<std::filesystem::path>& extra_files = {});

// One decision, for `narra text --trace`.
struct CleanupDecision {
  std::string action;  // "dropped", "caption" or "credit"
  std::string reason;  // e.g. "repeated 2 times", "<nav>", "call to action"
  std::string text;    // what it concerned, as written
};
using CleanupReport = std::vector<CleanupDecision>;

}  // namespace narra
