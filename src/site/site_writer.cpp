#include "site/site_writer.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "core/atomic_file.h"
#include "core/episode_files.h"
#include "core/error.h"
#include "core/markup_escape.h"
#include "core/url.h"
#include "feed/feed_document.h"
#include "site/site_assets.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

// "125.5" seconds → "2:05".
std::string clock_time(double seconds) {
  const auto whole = static_cast<long>(std::floor(seconds));
  char buffer[32];
  if (whole >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", whole / 3600, whole / 60 % 60, whole % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", whole / 60, whole % 60);
  }
  return buffer;
}

// Seconds with millisecond precision, for attributes and media fragments.
std::string seconds_text(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
  return buffer;
}

// itunes:duration in seconds ("226") or [hh:]mm:ss → "3:46".
std::string duration_text(const std::string& duration) {
  if (duration.empty()) return {};
  if (duration.find(':') != std::string::npos) return duration;
  return clock_time(std::atof(duration.c_str()));
}

// A link to a file in the site's folder: "./" and the name percent-encoded,
// so no file name can turn into a scheme ("javascript:") or leave the folder.
std::string local_link(std::string_view file_name) { return "./" + percent_encode(file_name); }

std::string page_head(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<link rel=\"icon\" href=\"data:,\">\n"
         "<title>" + escape_html(title) + "</title>\n"
         "<link rel=\"stylesheet\" href=\"./narra-site.css\">\n</head>\n";
}

}  // namespace

std::string escape_html(std::string_view text) { return escape_markup(text, Quotes::escape); }

std::string render_index_page(const Show& show) {
  std::string html = page_head(show.title);
  html += "<body>\n<header class=\"show\">\n";
  if (!show.image.empty()) {
    html += "<img class=\"cover\" src=\"" + escape_html(show.image) + "\" alt=\"\" width=\"160\" height=\"160\">\n";
  }
  html += "<div>\n<h1>" + escape_html(show.title) + "</h1>\n";
  if (!show.author.empty()) html += "<p class=\"author\">" + escape_html(show.author) + "</p>\n";
  html += "<p>" + escape_html(show.description) + "</p>\n";
  html += "<p><a class=\"feed\" href=\"" + local_link(show.feed_file) +
          "\">Feed RSS per le app di podcast</a></p>\n</div>\n</header>\n<main>\n<ol class=\"episodes\">\n";
  for (const auto& episode : show.episodes) {
    html += "<li><a href=\"" + local_link(episode.stem + ".html") + "\">" + escape_html(episode.title) +
            "</a> <span class=\"meta\"><time>" + escape_html(episode.date) + "</time> · " +
            escape_html(duration_text(episode.duration)) + "</span></li>\n";
  }
  html += "</ol>\n</main>\n</body>\n</html>\n";
  return html;
}

std::string render_episode_page(const Show& show, const PageEpisode& episode) {
  std::string html = page_head(episode.title + " · " + show.title);
  html += "<body>\n<p class=\"back\"><a href=\"./index.html\">" + escape_html(show.title) + "</a></p>\n";
  html += "<main>\n<h1>" + escape_html(episode.title) + "</h1>\n";
  html += "<p class=\"meta\"><time>" + escape_html(episode.date) + "</time> · " +
          escape_html(duration_text(episode.duration)) + "</p>\n";
  html += "<audio id=\"player\" controls preload=\"metadata\" src=\"" + local_link(episode.audio_file) +
          "\"></audio>\n";
  if (!episode.chapters.empty()) {
    html += "<nav aria-label=\"Capitoli\">\n<h2>Capitoli</h2>\n<ol class=\"chapters\">\n";
    for (const auto& chapter : episode.chapters) {
      // Without JavaScript the link opens the audio at the chapter (a media fragment).
      html += "<li><a href=\"" + local_link(episode.audio_file) + "#t=" + seconds_text(chapter.start_seconds) +
              "\" data-start=\"" + seconds_text(chapter.start_seconds) + "\"><span class=\"at\">" +
              clock_time(chapter.start_seconds) + "</span> " + escape_html(chapter.title) + "</a></li>\n";
    }
    html += "</ol>\n</nav>\n";
  }
  if (!episode.transcript.empty()) {
    // One paragraph per chapter, so the transcript reads like the article.
    html += "<section aria-label=\"Trascrizione\">\n<h2>Trascrizione</h2>\n<div class=\"transcript\">\n<p>";
    std::size_t next_chapter = 1;
    for (const auto& cue : episode.transcript) {
      bool new_paragraph = false;
      while (next_chapter < episode.chapters.size() &&
             cue.start_seconds >= episode.chapters[next_chapter].start_seconds) {
        ++next_chapter;
        new_paragraph = true;
      }
      if (new_paragraph) html += "</p>\n<p>";
      html += "<span class=\"cue\" data-start=\"" + seconds_text(cue.start_seconds) + "\" data-end=\"" +
              seconds_text(cue.end_seconds) + "\">" + escape_html(cue.text) + "</span>\n";
    }
    html += "</p>\n</div>\n</section>\n";
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
  std::map<std::string, const PageEpisode*> by_stem;
  std::vector<fs::path> inputs{published};
  for (const auto& episode : show.episodes) {
    const auto [at, fresh] = by_stem.emplace(episode.stem, &episode);
    if (!fresh) {
      throw Error("the episodes " + narra::quoted(at->second->audio_file) + " and " +
                      narra::quoted(episode.audio_file) + " of " + narra::quoted(published) +
                      " would share the page " + narra::quoted(episode.stem + ".html"),
                  "remove one of them from the feed (narra feed remove), or rename one of the files");
    }
    pages.emplace_back(folder / (episode.stem + ".html"), render_episode_page(show, episode));
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
