#include "normaliser/script.h"

namespace narra {

std::vector<std::pair<std::string, VoiceRole>> split_quotations(std::string_view written, bool& in_quote) {
  std::vector<std::pair<std::string, VoiceRole>> parts;
  std::string current;
  const auto finish = [&] {
    const auto begin = current.find_first_not_of(' ');
    if (begin != std::string::npos) {
      const auto end = current.find_last_not_of(' ');
      parts.emplace_back(current.substr(begin, end - begin + 1),
                         in_quote ? VoiceRole::quote : VoiceRole::narrator);
    }
    current.clear();
  };
  // Typography has made every curly double quote a plain one, so " both opens
  // and closes; guillemets say which they do.
  static constexpr std::string_view kOpen = "\u00AB", kClose = "\u00BB";
  std::size_t pos = 0;
  while (pos < written.size()) {
    if (written[pos] == '"') {
      finish();
      in_quote = !in_quote;
      ++pos;
    } else if (written.compare(pos, kOpen.size(), kOpen) == 0) {
      finish();
      in_quote = true;
      pos += kOpen.size();
    } else if (written.compare(pos, kClose.size(), kClose) == 0) {
      finish();
      in_quote = false;
      pos += kClose.size();
    } else {
      current += written[pos++];
    }
  }
  finish();
  return parts;
}

}  // namespace narra
