#include "site/site_writer.h"

#include <algorithm>
#include <map>

#include "core/atomic_file.h"
#include "core/episode_files.h"
#include "core/error.h"
#include "core/markup_escape.h"
#include "core/url.h"
#include "feed/feed_document.h"
#include "site/page_text.h"
#include "site/site_assets.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

// A link to a file in the site's folder: "./" and the name percent-encoded,
// so no file name can turn into a scheme ("javascript:") or leave the folder.
std::string local_link(std::string_view file_name) { return "./" + percent_encode(file_name); }

// The folder the episode is published in ("https://x/pod/"), from its
// enclosure URL; empty when the feed gives no http(s) URL.
std::string published_folder(const PageEpisode& episode) {
  const auto slash = episode.audio_url.find_last_of('/');
  return episode.audio_url.empty() || slash == std::string::npos ? std::string()
                                                                 : episode.audio_url.substr(0, slash + 1);
}

std::string meta(std::string_view attribute, std::string_view name, const std::string& content) {
  if (content.empty()) return {};
  return "<meta " + std::string(attribute) + "=\"" + std::string(name) + "\" content=\"" +
         escape_html(content) + "\">\n";
}

std::string page_head(const std::string& title, const std::string& description) {
  return "<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"color-scheme\" content=\"light dark\">\n"
         "<link rel=\"icon\" href=\"data:,\">\n"
         "<title>" +
         escape_html(title) + "</title>\n" + meta("name", "description", description) +
         "<link rel=\"stylesheet\" href=\"./narra-site.css\">\n";
}

// Open Graph and Twitter card tags, so a shared link shows the episode, its
// cover and, where the platform plays one, the embedded player. Their URLs
// are the published ones: the platform reading them is elsewhere.
std::string share_tags(const Show& show, const PageEpisode& episode) {
  const std::string folder = published_folder(episode);
  const std::string image =
      !episode.image.empty() && !folder.empty() ? folder + percent_encode(episode.image) : show.image_url;
  std::string tags = meta("property", "og:type", "website") + meta("property", "og:site_name", show.title) +
                     meta("property", "og:locale", "it_IT") + meta("property", "og:title", episode.title) +
                     meta("property", "og:description", episode.description) +
                     meta("property", "og:image", image);
  if (!folder.empty()) {
    tags += meta("property", "og:url", folder + percent_encode(episode.stem + ".html")) +
            meta("property", "og:audio", episode.audio_url) +
            meta("property", "og:audio:type", episode.audio_type);
  }
  tags += meta("name", "twitter:card", folder.empty() ? "summary" : "player") +
          meta("name", "twitter:title", episode.title) +
          meta("name", "twitter:description", episode.description) + meta("name", "twitter:image", image);
  if (!folder.empty()) {
    tags += meta("name", "twitter:player", folder + percent_encode(episode.stem + ".embed.html")) +
            meta("name", "twitter:player:width", "480") + meta("name", "twitter:player:height", "340") +
            meta("name", "twitter:player:stream", episode.audio_url) +
            meta("name", "twitter:player:stream:content_type", episode.audio_type);
  }
  return tags;
}

// "<time datetime=…>28 novembre 2026</time> · 2:29", the parts the feed has.
std::string episode_meta(const PageEpisode& episode) {
  std::vector<std::string> parts;
  if (const PageDate date = page_date(episode.date); !date.text.empty()) {
    parts.push_back("<time datetime=\"" + date.datetime + "\">" + date.text + "</time>");
  }
  if (const std::string length = duration_text(episode.duration); !length.empty()) {
    parts.push_back("<span>durata " + escape_html(length) + "</span>");
  }
  std::string html;
  for (const auto& part : parts) html += (html.empty() ? "" : " · ") + part;
  return html.empty() ? html : "<p class=\"meta\">" + html + "</p>\n";
}

// The sticky player: the browser's own controls (enough without script) and
// the buttons the script brings to life.
std::string player(const PageEpisode& episode, std::string_view tag) {
  return "<" + std::string(tag) + " class=\"player\" aria-label=\"Lettore\" data-episode=\"" +
         escape_html(episode.stem) +
         "\">\n"
         "<audio id=\"player\" controls preload=\"metadata\" src=\"" +
         local_link(episode.audio_file) +
         "\"></audio>\n<div class=\"controls\" hidden>\n"
         "<button type=\"button\" class=\"back15\" aria-label=\"Indietro di 15 secondi\">−15</button>\n"
         "<button type=\"button\" class=\"play\" aria-label=\"Riproduci\">▶</button>\n"
         "<button type=\"button\" class=\"ahead15\" aria-label=\"Avanti di 15 secondi\">+15</button>\n"
         "<label class=\"speed\">Velocità <select>"
         "<option value=\"0.8\">0,8×</option><option value=\"1\" selected>1×</option>"
         "<option value=\"1.25\">1,25×</option><option value=\"1.5\">1,5×</option>"
         "<option value=\"1.75\">1,75×</option><option value=\"2\">2×</option></select></label>\n"
         "<span class=\"now\"></span>\n</div>\n</" +
         std::string(tag) + ">\n";
}

// The chapters as nested lists: a chapter of level n+1 sits inside the one
// of level n before it. Each links to its heading in the transcript (so the
// link works without script) and carries its start for the player.
std::string chapter_list(const PageEpisode& episode, const std::string& page) {
  std::string html = "<ol class=\"chapters\">\n";
  int depth = 0;
  bool item_open = false;
  for (std::size_t i = 0; i < episode.chapters.size(); ++i) {
    const PageChapter& chapter = episode.chapters[i];
    const int level = std::clamp(chapter.level, 0, item_open ? depth + 1 : depth);
    if (level > depth) {
      html += "\n<ol>\n";
      depth = level;
    } else {
      if (item_open) html += "</li>\n";
      for (; depth > level; --depth) html += "</ol>\n</li>\n";
    }
    html += "<li><a href=\"" + page + "#c" + std::to_string(i) + "\" data-start=\"" +
            seconds_text(chapter.start_seconds) + "\"><span class=\"at\">" +
            clock_time(chapter.start_seconds) + "</span> " + escape_html(chapter.title) + "</a>";
    item_open = true;
  }
  if (item_open) html += "</li>\n";
  for (; depth > 0; --depth) html += "</ol>\n</li>\n";
  return html + "</ol>\n";
}

// The transcript under a heading per chapter (h3, deeper chapters h4…h6),
// each sentence focusable so it can be reached and played from the keyboard.
std::string transcript(const PageEpisode& episode) {
  std::string html =
      "<section class=\"reading\" aria-labelledby=\"trascrizione\">\n<h2 "
      "id=\"trascrizione\">Trascrizione</h2>\n"
      "<div class=\"search\" hidden><label for=\"cerca\">Cerca nel testo</label> "
      "<input type=\"search\" id=\"cerca\" autocomplete=\"off\"> <span class=\"found\" "
      "aria-live=\"polite\"></span>"
      "</div>\n<div class=\"transcript\">\n";
  std::size_t next = 0;
  bool paragraph_open = false;
  const auto open_chapters_until = [&](double time) {
    while (next < episode.chapters.size() && episode.chapters[next].start_seconds <= time + 0.0005) {
      if (paragraph_open) html += "</p>\n";
      paragraph_open = false;
      const std::string level = std::to_string(3 + std::clamp(episode.chapters[next].level, 0, 3));
      html += "<h" + level + " id=\"c" + std::to_string(next) + "\">" +
              escape_html(episode.chapters[next].title) + "</h" + level + ">\n";
      ++next;
    }
  };
  for (const auto& cue : episode.transcript) {
    open_chapters_until(cue.start_seconds);
    if (!paragraph_open) html += "<p>";
    paragraph_open = true;
    html += "<span class=\"cue\" tabindex=\"0\" data-start=\"" + seconds_text(cue.start_seconds) +
            "\" data-end=\"" + seconds_text(cue.end_seconds) + "\">" + escape_html(cue.text) + "</span>\n";
  }
  if (paragraph_open) html += "</p>\n";
  open_chapters_until(kMaxSidecarSeconds);
  return html + "</div>\n</section>\n";
}

// The <iframe> a newspaper puts on its own article page.
std::string embed_snippet(const PageEpisode& episode) {
  const std::string folder = published_folder(episode);
  const std::string source = (folder.empty() ? "./" : folder) + percent_encode(episode.stem + ".embed.html");
  const std::string code = "<iframe src=\"" + source + "\" title=\"" + escape_html(episode.title) +
                           "\" width=\"100%\" height=\"340\" style=\"border:0\" loading=\"lazy\"></iframe>";
  return "<section class=\"embed-code\" aria-labelledby=\"incorpora\">\n<h2 id=\"incorpora\">Incorpora</h2>\n"
         "<p><label for=\"codice\">Il lettore compatto, da mettere nella pagina dell'articolo:</label></p>\n"
         "<textarea id=\"codice\" readonly rows=\"3\">" +
         escape_html(code) + "</textarea>\n</section>\n";
}

}  // namespace

std::string escape_html(std::string_view text) { return escape_markup(text, Quotes::escape); }

std::string render_index_page(const Show& show) {
  std::string html =
      page_head(show.title, show.description) + "</head>\n<body class=\"index\">\n<header class=\"show\">\n";
  if (!show.image.empty()) {
    html += "<img class=\"cover\" src=\"" + local_link(show.image) +
            "\" alt=\"\" width=\"160\" height=\"160\">\n";
  }
  html += "<div>\n<h1>" + escape_html(show.title) + "</h1>\n";
  if (!show.author.empty()) html += "<p class=\"author\">" + escape_html(show.author) + "</p>\n";
  html += "<p>" + escape_html(show.description) + "</p>\n";
  html += "<p><a class=\"feed\" href=\"" + local_link(show.feed_file) +
          "\">Feed RSS per le app di podcast</a></p>\n</div>\n</header>\n<main>\n"
          "<section class=\"continue\" aria-labelledby=\"continua\" hidden>\n"
          "<h2 id=\"continua\">Continua ad ascoltare</h2>\n<ul></ul>\n</section>\n"
          "<h2>Episodi</h2>\n<ol class=\"episodes\">\n";
  for (const auto& episode : show.episodes) {
    html += "<li data-episode=\"" + escape_html(episode.stem) + "\">\n<h3><a href=\"" +
            local_link(episode.stem + ".html") + "\">" + escape_html(episode.title) + "</a></h3>\n" +
            episode_meta(episode);
    if (!episode.description.empty()) html += "<p>" + escape_html(episode.description) + "</p>\n";
    html += "</li>\n";
  }
  html += "</ol>\n</main>\n<script src=\"./narra-site.js\"></script>\n</body>\n</html>\n";
  return html;
}

std::string render_episode_page(const Show& show, const PageEpisode& episode) {
  std::string html = page_head(episode.title + " · " + show.title, episode.description) +
                     share_tags(show, episode) + "</head>\n<body class=\"episode\">\n";
  html += "<header class=\"site\"><nav aria-label=\"Sito\"><a href=\"./index.html\">" +
          escape_html(show.title) + "</a></nav></header>\n" + player(episode, "section");
  html += "<main>\n<header class=\"intro\">\n";
  const std::string cover = episode.image.empty() ? show.image : episode.image;
  if (!cover.empty()) {
    html += "<img class=\"cover\" src=\"" + local_link(cover) + "\" alt=\"\" width=\"120\" height=\"120\">\n";
  }
  html += "<div>\n<h1>" + escape_html(episode.title) + "</h1>\n" + episode_meta(episode);
  if (!episode.description.empty())
    html += "<p class=\"description\">" + escape_html(episode.description) + "</p>\n";
  html +=
      "<p class=\"links\"><a href=\"" + local_link(episode.audio_file) + "\" download>Scarica l'audio</a>";
  if (!episode.link.empty())
    html += " · <a href=\"" + escape_html(episode.link) + "\">Articolo originale</a>";
  html += "</p>\n</div>\n</header>\n";
  if (!episode.chapters.empty()) {
    html += "<nav class=\"toc\" aria-labelledby=\"capitoli\">\n<h2 id=\"capitoli\">Capitoli</h2>\n" +
            chapter_list(episode, "") + "</nav>\n";
  }
  if (!episode.transcript.empty() || !episode.chapters.empty()) html += transcript(episode);
  html += embed_snippet(episode) + "</main>\n<script src=\"./narra-site.js\"></script>\n</body>\n</html>\n";
  return html;
}

std::string render_embed_page(const Show& show, const PageEpisode& episode) {
  std::string html =
      page_head(episode.title + " · " + show.title, episode.description) +
      "<base target=\"_blank\">\n</head>\n<body class=\"embed\">\n<main>\n<header class=\"intro\">\n";
  const std::string cover = episode.image.empty() ? show.image : episode.image;
  if (!cover.empty()) {
    html += "<img class=\"cover\" src=\"" + local_link(cover) + "\" alt=\"\" width=\"64\" height=\"64\">\n";
  }
  html += "<div>\n<h1><a href=\"" + local_link(episode.stem + ".html") + "\">" + escape_html(episode.title) +
          "</a></h1>\n<p class=\"meta\">" + escape_html(show.title) + "</p>\n</div>\n</header>\n" +
          player(episode, "section");
  if (!episode.chapters.empty()) {
    html += "<nav class=\"toc\" aria-label=\"Capitoli\">\n" +
            chapter_list(episode, local_link(episode.stem + ".html")) + "</nav>\n";
  }
  html += "</main>\n<script src=\"./narra-site.js\"></script>\n</body>\n</html>\n";
  return html;
}

namespace {

// The site's files and what goes in each, refused before any is written when
// two episodes would share a page, or a page would replace the feed or an episode.
std::vector<std::pair<fs::path, std::string>> site_pages(const Show& show, const fs::path& published) {
  const fs::path folder = published.parent_path();
  std::vector<std::pair<fs::path, std::string>> pages{{folder / "index.html", render_index_page(show)}};
  std::map<std::string, const PageEpisode*> by_page;
  std::vector<fs::path> inputs{published};
  for (const auto& episode : show.episodes) {
    for (const std::string& page : {episode.stem + ".html", episode.stem + ".embed.html"}) {
      const auto [at, fresh] = by_page.emplace(page, &episode);
      if (!fresh) {
        throw Error("the episodes " + narra::quoted(at->second->audio_file) + " and " +
                        narra::quoted(episode.audio_file) + " of " + narra::quoted(published) +
                        " would share the page " + narra::quoted(page),
                    "remove one of them from the feed (narra feed remove), or rename one of the files");
      }
    }
    pages.emplace_back(folder / (episode.stem + ".html"), render_episode_page(show, episode));
    pages.emplace_back(folder / (episode.stem + ".embed.html"), render_embed_page(show, episode));
    inputs.push_back(folder / episode.audio_file);
  }
  pages.emplace_back(folder / "narra-site.css", std::string(site_stylesheet()));
  pages.emplace_back(folder / "narra-site.js", std::string(site_script()));
  std::vector<fs::path> paths;
  for (const auto& page : pages) paths.push_back(page.first);
  require_not_inputs(paths, inputs);
  return pages;
}

}  // namespace

std::vector<fs::path> write_site(const fs::path& feed) {
  const fs::path published = feed_file_target(feed);
  std::vector<fs::path> written;
  for (const auto& [path, content] : site_pages(read_show(feed), published)) {
    write_file_atomically(path, content);
    written.push_back(path);
  }
  return written;
}

}  // namespace narra
