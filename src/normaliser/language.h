// A language the normaliser speaks: its code, which is also its data folder
// under voices/, and the ordered passes that read that data. Adding a language
// means its folder under voices/, its number words, and one registry line in
// language.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normaliser/language_data.h"
#include "normaliser/number_words.h"

namespace narra {

// A pass rewrites a sentence. It must leave text it does not understand as it is.
struct Pass {
  std::string_view name;
  std::string (*apply)(std::string_view text, const LanguageData& data);
};

struct Language {
  std::string code;            // "it": the folder voices/it/
  std::vector<Pass> passes;    // in the order they run
  const NumberWords* numbers;  // how it says numbers
};

// The registered language with `code`; throws Error listing the known codes
// when there is none.
const Language& find_language(std::string_view code);

// The registered language a text marked `tag` is in: a language tag as HTML's
// lang and front matter give it ("it", "it-IT", "IT_it"), matched by its
// primary subtag. nullptr when the tag is empty or narra does not read it.
const Language* language_for_tag(std::string_view tag);

// Every registered language, in registry order.
const std::vector<Language>& registered_languages();

}  // namespace narra
