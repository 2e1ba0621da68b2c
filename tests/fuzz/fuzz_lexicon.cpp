// Fuzz target: the TSV reader behind every lexicon and language data file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.h"
#include "core/tsv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    narra::parse_tsv(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.tsv", 2, 3);
  } catch (const narra::Error&) {
  }
  return 0;
}
