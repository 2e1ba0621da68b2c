// The normaliser's passes, in the order they run (see language.cpp). Each
// lives in its own file, reads its word lists from LanguageData and leaves
// text it does not understand as it is.
#pragma once

#include <string>
#include <string_view>

#include "normaliser/language_data.h"

namespace narra {

// "dell’11" → "dell'11", "’68" → "'68": one apostrophe for the passes after.
std::string straighten_apostrophes(std::string_view text, const LanguageData& data);
// An accent typed as an apostrophe: "cosi'" → "così", "E'" → "È", "perche'" → "perché";
// "un po'" stays; quotation marks typed as apostrophes ('basta') are dropped.
std::string restore_accents(std::string_view text, const LanguageData& data);
// Web and e-mail addresses, @handles: "www.comune.roma.it" → "vu vu vu punto comune punto roma punto i ti".
std::string expand_addresses(std::string_view text, const LanguageData& data);
// Match minutes, race times and durations: "al 38'" → "al trentottesimo minuto",
// "45'+3", "(24' st)", "1:18.345", "1'16''74", "1h27'" → "un'ora e ventisette minuti".
std::string expand_sport(std::string_view text, const LanguageData& data);
// Numbers with a suffix: ages "45enne" → "quarantacinquenne", ordinals "31esimo",
// "15ma", "60.mo", "72/a", "13^ giornata" → "tredicesima giornata".
std::string expand_number_suffixes(std::string_view text, const LanguageData& data);
// "19 giugno 2024" → "diciannove giugno 2024", "1° maggio" → "primo maggio",
// "19/6/2024", "2024-06-19" → "diciannove giugno 2024".
std::string expand_dates(std::string_view text, const LanguageData& data);
// "16:00" → "sedici", "ore 9.15" → "ore nove e un quarto".
std::string expand_times(std::string_view text, const LanguageData& data);
// A decimal point becomes the decimal comma: "magnitudo 4.2" → "magnitudo 4,2"; a
// version keeps it as a word: "versione 2.1" → "versione 2 punto 1".
std::string mark_decimal_points(std::string_view text, const LanguageData& data);
// "sig." → "signor", "art. 5" → "articolo 5" (abbreviations.tsv).
std::string expand_abbreviations(std::string_view text, const LanguageData& data);
// "piogge.Domani" → "piogge. Domani": a full stop typed without its space
// between a word and a capitalised word.
std::string split_joined_sentences(std::string_view text, const LanguageData& data);
// "(1950-1953)" → "(dal millenovecentocinquanta al millenovecentocinquantatré)",
// "2023/24", "'68", "anni '80".
std::string expand_years(std::string_view text, const LanguageData& data);
// "€ 2,50" → "due euro e cinquanta centesimi", "$ 1,2 miliardi" → "… miliardi di dollari".
std::string expand_money(std::string_view text, const LanguageData& data);
// "1 km" → "un chilometro", "18%" → "diciotto per cento", "10-15%" → "da dieci a quindici per cento".
std::string expand_measures(std::string_view text, const LanguageData& data);
// "2ª" → "seconda", "XXI secolo" → "ventunesimo secolo", "Elisabetta II" → "Elisabetta seconda".
std::string expand_ordinals(std::string_view text, const LanguageData& data);
// Scores "2-1" → "due a uno", ranges "3-4" → "da tre a quattro", fractions "3/4" → "tre quarti",
// numbers of a year "104/1992" → "centoquattro del millenovecentonovantadue",
// phone numbers read in groups.
std::string expand_number_groups(std::string_view text, const LanguageData& data);
// Remaining numbers: "1.234" → "milleduecentotrentaquattro", "3,5" → "tre virgola cinque", "G7" → "gi sette".
std::string expand_numbers(std::string_view text, const LanguageData& data);
// "&" → "e", "+" → "più" (symbols.tsv).
std::string expand_symbols(std::string_view text, const LanguageData& data);
// Names from the pronunciation lexicon (names.tsv and --lexicon files).
std::string apply_lexicon(std::string_view text, const LanguageData& data);
// "Fbi" → "effe bi i", "NATO" → "Nato" (acronyms.tsv, then a pronounceability rule).
std::string expand_acronyms(std::string_view text, const LanguageData& data);
// Quotes, brackets, dashes and ellipses become pauses, not words.
std::string punctuate_for_speech(std::string_view text, const LanguageData& data);

// Shared by the passes that read spans of days: the length of the article
// ("il ", a span-article cue) that ends what was written, which "dal … al"
// replaces; 0 when there is none.
std::size_t span_article_length(std::string_view written, const LanguageData& data);

}  // namespace narra
