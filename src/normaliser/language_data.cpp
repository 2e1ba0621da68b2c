#include "normaliser/language_data.h"

#include "core/error.h"
#include "core/tsv.h"

namespace narra {
namespace fs = std::filesystem;

std::string LanguageData::phrase(const std::string& key,
                                 const std::vector<std::pair<std::string, std::string>>& values) const {
  const auto found = phrases.find(key);
  if (found == phrases.end()) return {};
  std::string text = found->second;
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (auto pos = text.find(placeholder); pos != std::string::npos;
         pos = text.find(placeholder, pos + value.size())) {
      text.replace(pos, placeholder.size(), value);
    }
  }
  return text;
}

namespace {

void load_pairs(const fs::path& file, std::unordered_map<std::string, std::string>& into) {
  for (const auto& row : read_tsv(file, 2, 2)) into[row.fields[0]] = row.fields[1];
}

}  // namespace

LanguageData load_language_data(const fs::path& language_dir,
                                const std::vector<fs::path>& extra_lexicons) {
  if (!fs::is_directory(language_dir)) {
    throw Error("language data folder " + quoted(language_dir) + " is missing",
                "pass --voices-dir with the folder that holds narra's voices");
  }
  LanguageData data;
  load_pairs(language_dir / "abbreviations.tsv", data.abbreviations);
  load_pairs(language_dir / "names.tsv", data.lexicon);
  load_pairs(language_dir / "phrases.tsv", data.phrases);
  const fs::path months_file = language_dir / "months.tsv";
  for (const auto& row : read_tsv(months_file, 3, 3)) {
    const int number = std::atoi(row.fields[2].c_str());
    if (number < 1 || number > 12) {
      throw bad_data_line(months_file, row.line, "month number must be 1 to 12");
    }
    data.months[row.fields[0]] = Month{row.fields[1], number};
  }
  for (const auto& lexicon : extra_lexicons) load_pairs(lexicon, data.lexicon);
  return data;
}

}  // namespace narra
