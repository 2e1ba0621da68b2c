// What a listener would hear wrongly: the places in a script where the
// normaliser left something eSpeak NG reads badly (digits, symbols, stray
// apostrophes, words joined by a dot, capitals no list knows, letters mixed
// with digits). The characters of each kind are data (voices/<language>/check.tsv).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "normaliser/language_data.h"
#include "normaliser/script.h"

namespace narra {

// The kinds, in the order a report lists them.
enum class LeftoverKind { digits, symbols, apostrophe, dotted, capitals, mixed };
inline constexpr std::size_t kLeftoverKinds = 6;

// "digits", "symbols", "apostrophe", "dotted", "capitals", "mixed".
std::string_view leftover_kind_name(LeftoverKind kind);

// What counts as a leftover (check.tsv).
struct CheckRules {
  std::u32string ordinary;     // punctuation that is fine
  std::u32string apostrophes;  // characters that are apostrophes
  std::u32string digits;       // characters that are digits
};

// Reads check.tsv from the folder `data` was loaded from. Throws Error naming
// the file and line of a bad row.
CheckRules load_check_rules(const LanguageData& data);

struct Leftover {
  LeftoverKind kind = LeftoverKind::symbols;
  std::string written;       // the word as the article writes it
  std::string spoken;        // what will be said in its place
  std::size_t sentence = 0;  // index of the sentence in script order (see script_sentences)
};

// Every sentence of `script` in the order it is spoken.
std::vector<const Sentence*> script_sentences(const Script& script);

// The leftovers of one sentence, in the order they appear. Capitals are
// looked for in the written text (a word of two or more capitals that neither
// acronyms.tsv nor the lexicon lists, outside a line set in capitals); the
// other kinds in the spoken text, outside [[phonemes]].
std::vector<Leftover> find_sentence_leftovers(const Sentence& sentence, const LanguageData& data,
                                              const CheckRules& rules);

// The leftovers of a whole script, sentence by sentence.
std::vector<Leftover> find_leftovers(const Script& script, const LanguageData& data, const CheckRules& rules);

// "3 places narra may read wrongly (digits 2, symbols 1)"; empty when there are none.
std::string summarise_leftovers(const std::vector<Leftover>& leftovers);

}  // namespace narra
