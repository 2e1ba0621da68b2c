// The artwork a feed gets when none is given: the show's title set in DejaVu
// Sans on a solid colour derived from the title, drawn with cairo and pango
// by the cover module (default_cover_module.cpp, see core/module.h).
// The same title gives the same PNG bytes (on the same fonts).
#pragma once

#include <string>
#include <string_view>

namespace narra {

// Apple Podcasts asks for square artwork from 1400 to 3000 px.
inline constexpr int kDefaultCoverPixels = 3000;

// A square PNG of `pixels` a side. Throws Error when cairo cannot draw or encode it.
std::string draw_default_cover(std::string_view title, int pixels = kDefaultCoverPixels);

// The cover module's drawing, which draw_default_cover calls.
extern "C" std::string narra_draw_default_cover(std::string_view title, int pixels);

}  // namespace narra
