// `narra check` without the printing: the leftovers of an article's script
// placed in the article file as written, and the report that lists them.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "check/leftovers.h"
#include "check/source_locator.h"

namespace narra {

struct PlacedLeftover {
  Leftover leftover;
  SourcePosition position;
};

struct ArticleCheck {
  std::filesystem::path file;
  std::size_t sentences = 0;                 // sentences in the script
  std::size_t sentences_with_leftovers = 0;  // of which hold at least one leftover
  std::vector<PlacedLeftover> places;        // in script order
};

// Checks the script of the article `file`, whose text as written is `source`
// (empty when unknown, e.g. read from stdin: every place is then 1:1).
ArticleCheck check_script(const Script& script, const LanguageData& data, const CheckRules& rules,
                          const std::filesystem::path& file, std::string source);

// The report: per kind that occurs, in LeftoverKind order, a heading line
// "## digits (2)" and one line per place, "FILE:LINE:COLUMN: written → spoken",
// files in the order given. Empty when nothing was found.
std::string format_check_report(const std::vector<ArticleCheck>& checks);

}  // namespace narra
