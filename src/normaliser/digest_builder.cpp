#include "normaliser/script.h"

namespace narra {

Script build_digest_script(const std::string& title, const std::vector<Article>& articles,
                           const Normaliser& normaliser, Trace* trace, const ScriptOptions& options) {
  Script digest{title, {}, {}};
  // The introduction is itself an article: its title, then one paragraph listing the titles.
  Article introduction{title, {}, {}, {}, {}, {}};
  std::string listing = normaliser.data().phrase("digest_intro");
  for (const auto& article : articles) {
    if (!listing.empty()) listing += ' ';
    listing += article.title;
    // Each title is its own sentence, so the list is read with a pause after each.
    if (listing.back() != '.' && listing.back() != '?' && listing.back() != '!') listing += '.';
  }
  introduction.chapters.push_back(Chapter{title, {listing}, 0, ChapterKind::text});
  Script opening = build_script(introduction, normaliser, trace, options);
  // build_script opens with a chapter speaking the title; the listing joins it.
  ScriptChapter first = std::move(opening.chapters.front());
  for (std::size_t c = 1; c < opening.chapters.size(); ++c) {
    for (auto& paragraph : opening.chapters[c].paragraphs) first.paragraphs.push_back(std::move(paragraph));
  }
  digest.chapters.push_back(std::move(first));

  for (const auto& article : articles) {
    Script script = build_script(article, normaliser, trace, options);
    for (std::size_t c = 0; c < script.chapters.size(); ++c) {
      // Chapter 0 speaks the article's title and byline: it heads the article's subtree.
      if (c > 0) script.chapters[c].level += 1;
      digest.chapters.push_back(std::move(script.chapters[c]));
    }
  }
  return digest;
}

}  // namespace narra
