#include "normaliser/script.h"

namespace narra {

std::string format_script(const Script& script) {
  std::string out;
  for (const auto& chapter : script.chapters) {
    if (!out.empty()) out += '\n';
    out += "## " + chapter.title + "\n";
    for (const auto& paragraph : chapter.paragraphs) {
      out += '\n';
      std::string line;
      for (const auto& sentence : paragraph.sentences) {
        if (!line.empty()) line += ' ';
        line += sentence.spoken;
      }
      out += line + '\n';
    }
  }
  return out;
}

}  // namespace narra
