// Fuzz target: the voice profile parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.h"
#include "synthesis/voice.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    narra::parse_voice(std::string_view(reinterpret_cast<const char*>(data), size), "voices/fuzz.toml");
  } catch (const narra::Error&) {
  }
  return 0;
}
