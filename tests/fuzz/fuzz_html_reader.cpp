// Fuzz target: the HTML reader (libgumbo and narra's walk over its tree).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "article/cleanup.h"
#include "article/document.h"
#include "core/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const narra::CleanupRules rules = narra::load_cleanup_rules(NARRA_VOICES_DIR "/it", {});
  try {
    narra::read_html_document(std::string_view(reinterpret_cast<const char*>(data), size), &rules, false,
                              "fuzz.html");
  } catch (const narra::Error&) {
  }
  return 0;
}
