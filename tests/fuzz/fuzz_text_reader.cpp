// Fuzz target: the plain-text article reader and the text checks before it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "article/article.h"
#include "core/error.h"
#include "core/text_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    narra::check_text(text, "fuzz.txt");
    narra::read_text_article(text, "fuzz", {});
  } catch (const narra::Error&) {
  }
  return 0;
}
