// Escaping text for markup: HTML pages and WebVTT cue payloads.
#pragma once

#include <string>
#include <string_view>

namespace narra {

enum class Quotes { keep, escape };

// "&", "<" and ">" as entities; with Quotes::escape also '"' and '\'' (for
// attribute values). The result is safe as text in HTML and in WebVTT cues.
std::string escape_markup(std::string_view text, Quotes quotes = Quotes::escape);

}  // namespace narra
