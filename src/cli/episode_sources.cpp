#include "cli/episode_sources.h"

#include <algorithm>

#include "article/description.h"
#include "core/error.h"
#include "core/url.h"
#include "core/xml_text.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

// An article's language as a feed names it: its primary subtag ("it" for
// "it_IT" or "it-IT"); empty when it does not look like one.
std::string primary_language(const std::string& language) {
  std::string primary = language.substr(0, language.find_first_of("-_"));
  std::transform(primary.begin(), primary.end(), primary.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const bool letters =
      std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return letters && primary.size() >= 2 && primary.size() <= 3 ? primary : std::string();
}

}  // namespace

ArticleImage article_image(const fs::path& article_path, const Article& article) {
  if (article.cover.empty()) return {};
  if (is_web_url(article.cover)) return {article.cover, {}, {}};
  const fs::path file = fs::path(article.cover).is_absolute() || article_path == kStdinPath
                            ? fs::path(article.cover)
                            : article_path.parent_path() / article.cover;
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) return {{}, file, {}};
  return {{},
          {},
          quoted(article_path) + " names the image '" + article.cover +
              "', which is neither a URL nor a file beside it; the episode uses --cover"};
}

EpisodeDetails article_details(const Article& article, const ArticleImage& image,
                               const std::optional<Seconds>& date, const RenderOptions& options,
                               const RenderContext& context) {
  EpisodeDetails details;
  details.date = date;
  details.description = options.description.empty() ? episode_description(article) : options.description;
  details.cover = image.file.empty() ? context.cover : read_cover_image(image.file);
  return details;
}

EpisodeOptions article_feed_entry(const Article& article, const ArticleImage& image,
                                  const EpisodeDetails& details, const RenderOptions& options) {
  EpisodeOptions entry;
  entry.date = details.date;
  entry.description = document_text(details.description);
  entry.source_url = is_web_url(article.source_url) ? article.source_url : std::string();
  entry.image = !image.url.empty()    ? image.url
                : !image.file.empty() ? image.file.string()
                                      : options.cover.string();
  entry.author = document_text(article.author);
  entry.language = primary_language(article.language);
  return entry;
}

EpisodeDetails digest_details(const std::vector<Article>& articles, const RenderOptions& options,
                              const RenderContext& context) {
  EpisodeDetails details;
  details.date = context.date;
  for (const auto& article : articles) {
    const std::optional<Seconds> date = context.date ? std::nullopt : parse_date(article.date);
    if (date && (!details.date || *date > *details.date)) details.date = date;
  }
  details.description = options.description.empty() ? digest_description(articles) : options.description;
  details.cover = context.cover;
  return details;
}

std::string digest_author(const std::vector<Article>& articles, const RenderOptions& options) {
  if (!options.author.empty()) return options.author;
  std::vector<std::string> authors;
  for (const auto& article : articles) {
    if (!article.author.empty() &&
        std::find(authors.begin(), authors.end(), article.author) == authors.end()) {
      authors.push_back(article.author);
    }
  }
  std::string joined;
  for (const auto& author : authors) joined += (joined.empty() ? "" : ", ") + author;
  return joined;
}

}  // namespace narra
