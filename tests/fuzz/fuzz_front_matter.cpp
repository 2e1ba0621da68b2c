// Fuzz target: the front-matter parser, on a block that is always opened.
#include <cstddef>
#include <cstdint>
#include <string>

#include "article/front_matter.h"
#include "core/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = "---\n" + std::string(reinterpret_cast<const char*>(data), size);
  try {
    narra::read_front_matter(text, "fuzz.md");
  } catch (const narra::Error&) {
  }
  return 0;
}
