#include "core/markup_escape.h"

namespace narra {

std::string escape_markup(std::string_view text, Quotes quotes) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += quotes == Quotes::escape ? "&quot;" : "\""; break;
      case '\'': out += quotes == Quotes::escape ? "&#39;" : "'"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace narra
