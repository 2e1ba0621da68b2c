// The listening site's shared stylesheet and script, built into narra.
#pragma once

#include <string_view>

namespace narra {

std::string_view site_stylesheet();
// The script every page loads: player, chapters, transcript, remembered
// positions, and the whole-file fallback for servers without byte ranges.
std::string_view site_script();

}  // namespace narra
