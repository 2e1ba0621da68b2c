// Fuzz target: the Italian normaliser on any UTF-8 sentence, and the sentence splitter.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/utf8.h"
#include "normaliser/normaliser.h"
#include "normaliser/script.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const narra::Normaliser normaliser(
      narra::find_language("it"), narra::load_language_data(narra::find_language("it"), NARRA_VOICES_DIR));
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (narra::find_invalid_utf8(text)) return 0;
  for (const auto& sentence : narra::split_sentences(text, normaliser.data())) {
    normaliser.normalise(sentence);
  }
  return 0;
}
