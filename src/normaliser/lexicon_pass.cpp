#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {

std::string apply_lexicon(std::string_view text, const LanguageData& data) {
  if (data.lexicon.empty()) return std::string(text);
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    bool replaced = false;
    if (is_word_byte(text[pos]) && at_word_start(text, pos)) {
      // Longest entries first, so "Kim Jong-un" wins over "Kim".
      for (const auto& written : data.lexicon_by_length) {
        if (text.compare(pos, written.size(), written) == 0 && at_word_end(text, pos + written.size())) {
          out += data.lexicon.at(written);
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
