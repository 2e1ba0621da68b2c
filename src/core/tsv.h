// Tab-separated data files, the format of narra's language data under voices/.
// Lines starting with '#' and blank lines are comments.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace narra {

struct TsvRow {
  std::size_t line = 0;  // 1-based line number in the file, for messages
  std::vector<std::string> fields;
};

// Reads every data row of a TSV file. Throws Error when the file cannot be
// read, is not UTF-8, or a row has fewer than `min_fields` or more than
// `max_fields` fields (the message names the line).
std::vector<TsvRow> read_tsv(const std::filesystem::path& path, std::size_t min_fields,
                             std::size_t max_fields);

// The same for TSV text already in memory; `origin` names it in messages.
std::vector<TsvRow> parse_tsv(std::string_view text, const std::filesystem::path& origin,
                              std::size_t min_fields, std::size_t max_fields);

}  // namespace narra
