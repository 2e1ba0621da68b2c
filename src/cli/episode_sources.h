// What an episode says about itself besides its audio, taken from its
// article (or a digest's articles) and the render options: description,
// artwork, date, author, source link. Render writes it into the tags and
// hands it to the feed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/episode_render.h"
#include "cli/render_options.h"

namespace narra {

// The artwork an article names (front matter cover/image, og:image).
struct ArticleImage {
  std::string url;             // an http(s) URL: linked from the feed, not embedded
  std::filesystem::path file;  // a JPEG/PNG file beside the article: embedded and linked
  std::string warning;         // a named image that is neither, for the user; empty when none
};

// Reads the image `article` names, relative to the article's folder.
ArticleImage article_image(const std::filesystem::path& article_path, const Article& article);

// The tags of an article's episode: --description, else the article's own
// description or lede; the article's image, else --cover; `date`.
EpisodeDetails article_details(const Article& article, const ArticleImage& image,
                               const std::optional<Seconds>& date, const RenderOptions& options,
                               const RenderContext& context);

// What --feed says of an article's episode: its description, source page,
// artwork (the article's, else --cover), author and language.
EpisodeOptions article_feed_entry(const Article& article, const ArticleImage& image,
                                  const EpisodeDetails& details, const RenderOptions& options);

// The tags of a digest: --description, else its articles' titles; --cover;
// --date, else its newest article's date.
EpisodeDetails digest_details(const std::vector<Article>& articles, const RenderOptions& options,
                              const RenderContext& context);

// The artist of a digest: --author, else its articles' authors, each once, in order.
std::string digest_author(const std::vector<Article>& articles, const RenderOptions& options);

}  // namespace narra
