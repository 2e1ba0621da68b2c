// The cover module: the default cover drawn with cairo and pango.
#include "feed/default_cover.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <array>
#include <cmath>
#include <memory>

#include "core/error.h"
#include "core/sha256.h"

namespace narra {
namespace {

struct SurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDestroy {
  void operator()(cairo_t* context) const { cairo_destroy(context); }
};
struct ObjectUnref {
  void operator()(void* object) const { g_object_unref(object); }
};
struct FontDescriptionFree {
  void operator()(PangoFontDescription* description) const { pango_font_description_free(description); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDestroy>;
using CairoPtr = std::unique_ptr<cairo_t, ContextDestroy>;
using LayoutPtr = std::unique_ptr<PangoLayout, ObjectUnref>;
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;

// A dark, saturated colour whose hue comes from the title's hash, so white
// text on it always reads well and each show keeps its own colour.
std::array<double, 3> title_colour(std::string_view title) {
  const std::string digest = sha256_hex(title);
  const double hue = static_cast<double>(std::stoul(digest.substr(0, 4), nullptr, 16) % 360);
  constexpr double kSaturation = 0.55;
  constexpr double kLightness = 0.32;
  const double chroma = (1 - std::abs(2 * kLightness - 1)) * kSaturation;
  const double x = chroma * (1 - std::abs(std::fmod(hue / 60.0, 2.0) - 1));
  const double m = kLightness - chroma / 2;
  const int sector = static_cast<int>(hue / 60.0);
  const std::array<std::array<double, 3>, 6> by_sector{
      {{chroma, x, 0}, {x, chroma, 0}, {0, chroma, x}, {0, x, chroma}, {x, 0, chroma}, {chroma, 0, x}}};
  const auto& rgb = by_sector[static_cast<std::size_t>(sector)];
  return {rgb[0] + m, rgb[1] + m, rgb[2] + m};
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The title, centred in a column of 80 % of the width, at most four lines.
void set_title(cairo_t* cairo, std::string_view title, int pixels) {
  const LayoutPtr layout(pango_cairo_create_layout(cairo));
  const FontDescriptionPtr font(pango_font_description_from_string("DejaVu Sans Bold"));
  pango_font_description_set_absolute_size(font.get(), pixels / 11.0 * PANGO_SCALE);
  pango_layout_set_font_description(layout.get(), font.get());
  pango_layout_set_width(layout.get(), pixels * 8 / 10 * PANGO_SCALE);
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
  pango_layout_set_height(layout.get(), -4);
  pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
  pango_layout_set_text(layout.get(), title.data(), static_cast<int>(title.size()));
  int width = 0;
  int height = 0;
  pango_layout_get_pixel_size(layout.get(), &width, &height);
  cairo_set_source_rgb(cairo, 1, 1, 1);
  cairo_move_to(cairo, pixels / 10.0, (pixels - height) / 2.0);
  pango_cairo_show_layout(cairo, layout.get());
}

}  // namespace

std::string narra_draw_default_cover(std::string_view title, int pixels) {
  const SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixels, pixels));
  const CairoPtr cairo(cairo_create(surface.get()));
  const auto [red, green, blue] = title_colour(title);
  cairo_set_source_rgb(cairo.get(), red, green, blue);
  cairo_paint(cairo.get());
  set_title(cairo.get(), title, pixels);
  cairo_surface_flush(surface.get());
  std::string png;
  if (cairo_status(cairo.get()) != CAIRO_STATUS_SUCCESS ||
      cairo_surface_write_to_png_stream(surface.get(), append_bytes, &png) != CAIRO_STATUS_SUCCESS) {
    throw Error(
        "cannot draw the default cover: " + std::string(cairo_status_to_string(cairo_status(cairo.get()))),
        "give the artwork with --cover");
  }
  return png;
}

}  // namespace narra
