#include "core/tsv.h"

#include "core/error.h"
#include "core/text_file.h"

namespace narra {

std::vector<TsvRow> read_tsv(const std::filesystem::path& path, std::size_t min_fields,
                             std::size_t max_fields) {
  return parse_tsv(read_text_file(path), path, min_fields, max_fields);
}

std::vector<TsvRow> parse_tsv(std::string_view text, const std::filesystem::path& path,
                              std::size_t min_fields, std::size_t max_fields) {
  std::vector<TsvRow> rows;
  std::size_t start = 0;
  std::size_t line_number = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    TsvRow row{line_number, {}};
    std::size_t field_start = 0;
    while (true) {
      const auto tab = line.find('\t', field_start);
      row.fields.push_back(line.substr(field_start, tab - field_start));
      if (tab == std::string::npos) break;
      field_start = tab + 1;
    }
    if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
      throw bad_data_line(path, line_number,
                          "expected " + std::to_string(min_fields) +
                              (min_fields == max_fields ? "" : " to " + std::to_string(max_fields)) +
                              " tab-separated fields, found " + std::to_string(row.fields.size()),
                          "separate the fields with a single tab character");
    }
    for (const auto& field : row.fields) {
      if (field.empty()) {
        throw bad_data_line(path, line_number, "empty field", "remove the doubled tab or fill in the field");
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace narra
