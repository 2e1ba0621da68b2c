#include "feed/default_cover.h"

#include "core/module.h"

namespace narra {

std::string draw_default_cover(std::string_view title, int pixels) {
  static auto& draw =
      module_function<decltype(narra_draw_default_cover)>("cover", "narra_draw_default_cover");
  return draw(title, pixels);
}

}  // namespace narra
