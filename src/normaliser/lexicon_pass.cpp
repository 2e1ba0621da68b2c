#include <algorithm>
#include <vector>

#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {

std::string apply_lexicon(std::string_view text, const LanguageData& data) {
  if (data.lexicon.empty()) return std::string(text);
  // Longest entries first, so "Kim Jong-un" wins over "Kim".
  std::vector<const std::pair<const std::string, std::string>*> entries;
  entries.reserve(data.lexicon.size());
  for (const auto& entry : data.lexicon) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) {
    return a->first.size() != b->first.size() ? a->first.size() > b->first.size() : a->first < b->first;
  });
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    bool replaced = false;
    if (is_word_byte(text[pos]) && at_word_start(text, pos)) {
      for (const auto* entry : entries) {
        const std::string& written = entry->first;
        if (text.compare(pos, written.size(), written) == 0 &&
            at_word_end(text, pos + written.size())) {
          out += entry->second;
          pos += written.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[pos++];
  }
  return out;
}

}  // namespace narra
