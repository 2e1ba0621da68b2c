#include "normaliser/language_data.h"

#include "normaliser/language.h"

#include <algorithm>

#include "core/error.h"
#include "core/tsv.h"
#include "core/utf8.h"

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

bool LanguageData::is_cue(const std::string& kind, const std::string& word) const {
  const auto found = cues.find(kind);
  return found != cues.end() && found->second.count(word) > 0;
}

void LanguageData::index_lexicon() {
  lexicon_by_length.clear();
  lexicon_by_length.reserve(lexicon.size());
  for (const auto& entry : lexicon) lexicon_by_length.push_back(entry.first);
  std::sort(lexicon_by_length.begin(), lexicon_by_length.end(),
            [](const auto& a, const auto& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
}

namespace {

void load_pairs(const fs::path& file, std::unordered_map<std::string, std::string>& into,
                bool lower_keys = false) {
  for (const auto& row : read_tsv(file, 2, 2)) {
    into[lower_keys ? to_lower(row.fields[0]) : row.fields[0]] = row.fields[1];
  }
}

// "m", "f", or (when `plain` is given) "n" for a unit said after the plain number.
bool read_gender(const fs::path& file, const TsvRow& row, const std::string& field, bool* plain = nullptr) {
  if (plain != nullptr && field == "n") {
    *plain = true;
    return false;
  }
  if (field != "m" && field != "f") {
    throw bad_data_line(file, row.line,
                        plain != nullptr ? "gender must be m, f or n" : "gender must be m or f");
  }
  return field == "f";
}

void load_scales(const fs::path& file, std::unordered_map<std::string, Scale>& into) {
  for (const auto& row : read_tsv(file, 4, 4)) {
    if (row.fields[3] != "word" && row.fields[3] != "joined") {
      throw bad_data_line(file, row.line, "the fourth field can only be word or joined");
    }
    into[row.fields[0]] = Scale{row.fields[1], row.fields[2], row.fields[3] == "joined"};
  }
}

}  // namespace

LanguageData load_language_data(const Language& language, const fs::path& voices_dir,
                                const std::vector<fs::path>& extra_lexicons) {
  const fs::path language_dir = voices_dir / language.code;
  if (!fs::is_directory(language_dir)) {
    throw Error("language data folder " + quoted(language_dir) + " is missing",
                "pass --voices-dir with the folder that holds narra's voices");
  }
  LanguageData data;
  data.folder = language_dir;
  data.numbers = language.numbers;
  const fs::path abbreviations_file = language_dir / "abbreviations.tsv";
  for (const auto& row : read_tsv(abbreviations_file, 2, 3)) {
    data.abbreviations[row.fields[0]] = row.fields[1];
    if (row.fields.size() == 3) {
      if (row.fields[2] == "end") {
        data.sentence_final_abbreviations.insert(row.fields[0]);
      } else if (row.fields[2] == "number") {
        data.number_abbreviations.insert(row.fields[0]);
      } else {
        throw bad_data_line(abbreviations_file, row.line, "the third field can only be end or number");
      }
    }
  }
  load_pairs(language_dir / "names.tsv", data.lexicon);
  load_pairs(language_dir / "phrases.tsv", data.phrases);
  load_pairs(language_dir / "accents.tsv", data.accents);
  load_pairs(language_dir / "acronyms.tsv", data.acronyms, true);
  load_pairs(language_dir / "letters.tsv", data.letters, true);
  load_pairs(language_dir / "symbols.tsv", data.symbols);
  load_pairs(language_dir / "electronic.tsv", data.electronic, true);
  const fs::path months_file = language_dir / "months.tsv";
  for (const auto& row : read_tsv(months_file, 3, 3)) {
    const int number = std::atoi(row.fields[2].c_str());
    if (number < 1 || number > 12) {
      throw bad_data_line(months_file, row.line, "month number must be 1 to 12");
    }
    data.months[row.fields[0]] = Month{row.fields[1], number};
  }
  const fs::path units_file = language_dir / "units.tsv";
  for (const auto& row : read_tsv(units_file, 4, 4)) {
    Unit unit{row.fields[1], row.fields[2], false, false, {}, {}};
    unit.feminine = read_gender(units_file, row, row.fields[3], &unit.plain_number);
    data.units[row.fields[0]] = std::move(unit);
  }
  const fs::path currencies_file = language_dir / "currencies.tsv";
  for (const auto& row : read_tsv(currencies_file, 6, 6)) {
    data.currencies[row.fields[0]] =
        Unit{row.fields[1], row.fields[2], read_gender(currencies_file, row, row.fields[3]),
             false,         row.fields[4], row.fields[5]};
  }
  load_scales(language_dir / "scales.tsv", data.scales);
  for (const auto& row : read_tsv(language_dir / "cues.tsv", 2, 2)) {
    data.cues[row.fields[0]].insert(to_lower(row.fields[1]));
  }
  for (const auto& lexicon : extra_lexicons) load_pairs(lexicon, data.lexicon);
  data.index_lexicon();
  return data;
}

}  // namespace narra
