#include "cli/normalisers.h"

#include "core/error.h"
#include "normaliser/language.h"

namespace narra {

Normalisers::Normalisers(const GlobalOptions& global, const Voice& voice) {
  std::vector<std::filesystem::path> lexicons = voice.lexicons;
  lexicons.insert(lexicons.end(), global.lexicons.begin(), global.lexicons.end());
  const Language& voice_language = find_language(voice.language);
  for (const auto& language : registered_languages()) {
    if (&language == &voice_language) voice_ = normalisers_.size();
    normalisers_.emplace_back(language, load_language_data(language, global.voices_dir, lexicons));
  }
}

const Normaliser& Normalisers::for_article(const Article& article) const {
  const Language* language = language_for_tag(article.language);
  for (const auto& normaliser : normalisers_) {
    if (&normaliser.language() == language) return normaliser;
  }
  return for_voice();
}

std::string Normalisers::language_warning(const std::filesystem::path& article_path,
                                          const Article& article) const {
  if (article.language.empty() || language_for_tag(article.language) != nullptr) return {};
  return "warning: " + quoted(article_path) + " is marked \"" + article.language +
         "\", a language narra does not read; it is read as \"" + for_voice().language().code +
         "\", the voice's language\n";
}

}  // namespace narra
