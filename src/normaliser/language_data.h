// The language knowledge the normaliser reads from voices/<language>/: every
// word list is a TSV file there, so a rule for a new word is a new line of
// data, not code.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace narra {

struct Month {
  std::string name;  // "novembre"
  int number = 0;    // 11
};

struct LanguageData {
  // "sig." → "signor", "art." → "articolo" (abbreviations.tsv)
  std::unordered_map<std::string, std::string> abbreviations;
  // "giugno" → {giugno, 6}, "nov." → {novembre, 11} (months.tsv)
  std::unordered_map<std::string, Month> months;
  // "Stoltenberg" → how a newsreader says it: a respelling or [[phonemes]] (names.tsv, --lexicon)
  std::unordered_map<std::string, std::string> lexicon;
  // fixed phrases the script uses: "byline" → "di {author}" (phrases.tsv)
  std::unordered_map<std::string, std::string> phrases;

  // The phrase for `key` with "{name}" placeholders filled from `values`.
  std::string phrase(const std::string& key,
                     const std::vector<std::pair<std::string, std::string>>& values = {}) const;
};

// Loads voices/<language>/ and then each extra lexicon in order (later
// entries win). Throws Error naming the file and line of any bad row.
LanguageData load_language_data(const std::filesystem::path& language_dir,
                                const std::vector<std::filesystem::path>& extra_lexicons = {});

}  // namespace narra
