#include "check/article_check.h"

#include <algorithm>
#include <array>

namespace narra {

ArticleCheck check_script(const Script& script, const LanguageData& data, const CheckRules& rules,
                          const std::filesystem::path& file, std::string source) {
  ArticleCheck check{file, 0, 0, {}};
  SourceLocator locator(std::move(source));
  const std::vector<const Sentence*> sentences = script_sentences(script);
  check.sentences = sentences.size();
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    std::vector<Leftover> found = find_sentence_leftovers(*sentences[i], data, rules);
    locator.enter_sentence(sentences[i]->written);
    if (found.empty()) continue;
    ++check.sentences_with_leftovers;
    std::vector<PlacedLeftover> placed;
    for (Leftover& leftover : found) {
      leftover.sentence = i;
      placed.push_back({leftover, {}});
    }
    // Spoken and written leftovers are found in two sweeps: place them in the
    // order they are written so each is looked for after the one before.
    std::stable_sort(placed.begin(), placed.end(), [&](const PlacedLeftover& a, const PlacedLeftover& b) {
      return sentences[i]->written.find(a.leftover.written) < sentences[i]->written.find(b.leftover.written);
    });
    for (auto& place : placed) {
      place.position = locator.locate(place.leftover.written);
      check.places.push_back(std::move(place));
    }
  }
  return check;
}

std::string format_check_report(const std::vector<ArticleCheck>& checks) {
  std::array<std::string, kLeftoverKinds> lines;
  std::array<std::size_t, kLeftoverKinds> counts{};
  for (const auto& check : checks) {
    for (const auto& place : check.places) {
      const auto k = static_cast<std::size_t>(place.leftover.kind);
      ++counts[k];
      lines[k] += check.file.string() + ":" + std::to_string(place.position.line) + ":" +
                  std::to_string(place.position.column) + ": " + place.leftover.written + " → " +
                  place.leftover.spoken + "\n";
    }
  }
  std::string report;
  for (std::size_t k = 0; k < kLeftoverKinds; ++k) {
    if (counts[k] == 0) continue;
    report += "## " + std::string(leftover_kind_name(static_cast<LeftoverKind>(k))) + " (" +
              std::to_string(counts[k]) + ")\n" + lines[k];
  }
  return report;
}

}  // namespace narra
