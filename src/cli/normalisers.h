// The normalisers of one run: one per language narra reads, each with the
// voice's lexicons and then the --lexicon files. An article is read in its
// own language (its `lang`) when narra reads that language, else in the
// voice's; text with no language of its own is read in the voice's.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "article/article.h"
#include "cli/commands.h"
#include "normaliser/normaliser.h"
#include "synthesis/voice.h"

namespace narra {

class Normalisers {
 public:
  // Throws Error when the voice's language is not one narra reads, or its data is bad.
  Normalisers(const GlobalOptions& global, const Voice& voice);

  const Normaliser& for_voice() const { return normalisers_[voice_]; }
  const Normaliser& for_article(const Article& article) const;

  // "warning: 'x.html' is marked "en", a language narra does not read; it is
  // read as "it", the voice's language" (one line), or "" when narra reads the
  // article's language or the article names none.
  std::string language_warning(const std::filesystem::path& article_path, const Article& article) const;

 private:
  std::vector<Normaliser> normalisers_;  // in registry order
  std::size_t voice_ = 0;
};

}  // namespace narra
