// Letter sequences: whether Italian can say them as a word, and how to spell
// them out with Italian letter names.
#pragma once

#include <string>
#include <string_view>

#include "normaliser/language_data.h"

namespace narra {

// True when lower-case ASCII `letters` can be read as a word: it has a vowel,
// starts with a consonant cluster Italian (or a common foreign name) starts
// words with, has no run of more than three consonants inside and ends in at
// most two consonants that can close a syllable. "nato", "istat", "kim",
// "jong" are; "kcna", "fbi", "pd", "bbc" are not.
bool is_pronounceable(std::string_view letters);

// True when lower-case ASCII `letters` starts the way a word or a name can:
// it has a vowel, its first consonants are a cluster words start with, and no
// run of consonants is longer than three. Looser than is_pronounceable (any
// ending is allowed): "wolf", "graf", "olaf", "dahl" do; "kcna", "pd",
// "cgil", "cnn" do not.
bool starts_like_word(std::string_view letters);

// "fbi" → "effe bi i" with the names from letters.tsv; digits are read one by one.
std::string spell_letters(std::string_view letters, const LanguageData& data);

}  // namespace narra
