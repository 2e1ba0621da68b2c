// Fuzz target: the Markdown reader and the cleanup after it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "article/cleanup.h"
#include "article/document.h"
#include "core/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const narra::CleanupRules rules = narra::load_cleanup_rules(NARRA_VOICES_DIR "/it", {});
  try {
    narra::Document document =
        narra::read_markdown_document(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.md");
    narra::ReadOptions options;
    options.rules = &rules;
    narra::CleanupReport report;
    narra::clean_document(document, options, report);
  } catch (const narra::Error&) {
  }
  return 0;
}
