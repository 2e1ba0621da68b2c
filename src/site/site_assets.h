// The listening site's shared stylesheet and script, built into narra.
#pragma once

#include <string_view>

namespace narra {

std::string_view site_stylesheet();
std::string_view site_script();

}  // namespace narra
