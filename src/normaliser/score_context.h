// What tells a pair of numbers joined by a dash ("2-1") apart as a result:
// the words of its sentence, teams named around it, a run of tennis sets,
// or the place or verb of a result written beside it. The sentence's words
// (sentence_has_cue) also tell the sport pass a length of time in minutes.
#pragma once

#include <string>
#include <string_view>

#include "normaliser/language_data.h"

namespace narra {

// True when some word of the sentence is a cue of `kind` (e.g. "score": vince, pareggio).
bool sentence_has_cue(std::string_view text, const std::string& kind, const LanguageData& data);

// The next `count` words after `pos`, lower-cased and joined by single spaces
// (an elided article's apostrophe ends a word: "all'Olimpico" → "all olimpico").
std::string words_after(std::string_view text, std::size_t pos, std::size_t count);

// Teams named around the numbers at `pos` (up to `end`): "Italia-Francia 3-2",
// "Roma - Milan 1-1", "Sassuolo-Napoli (3-3)", "Monza 1-0 Empoli".
bool teams_around(std::string_view text, std::size_t pos, std::size_t end);

// Another pair of small numbers (a tennis set, "6-4 7-6", "7-6 (5), 6-2")
// starting after separators at `pos`.
bool set_follows(std::string_view text, std::size_t pos);

// A result of single digits (ending at `end`) told by what is beside it
// when no word of its sentence names a match: the place it was played
// ("…, 2-1 a Brescia", "3-0 al Bentegodi", "1-3 in casa") or the verb of a
// result before it ("finisce 2-2.", "perde 1-0 contro il Pisa"). `before`
// is the word before the pair. Never in a sentence of measures (weather:
// "minime di 2-3 a Milano") nor after a word that opens a range ("per 2-3").
bool score_by_place(std::string_view text, std::size_t end, const std::string& before,
                    const LanguageData& data);

}  // namespace narra
