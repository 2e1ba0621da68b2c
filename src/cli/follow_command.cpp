// `narra follow`: a news site's RSS or Atom feed in; each article not done
// before fetched, read and rendered through render's chain (or all of them
// as one digest), and added to a podcast feed. What is done is remembered in
// OUTPUT-DIR/.narra/follow/, one small file per entry, written only once the
// entry's episode is in the feed: a failed or interrupted entry is simply
// tried again by the next run.
#include <iostream>
#include <set>
#include <sstream>

#include "article/article.h"
#include "cli/commands.h"
#include "cli/render_run.h"
#include "core/atomic_file.h"
#include "core/episode_files.h"
#include "core/error.h"
#include "core/file_bytes.h"
#include "core/sha256.h"
#include "core/text_file.h"
#include "core/url.h"
#include "fetch/news_feed.h"
#include "fetch/web_page.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

struct FollowOptions {
  std::string source;         // the news feed: a web address or a file
  std::string since;          // --since: entries dated before it are left for good
  std::size_t max = 0;        // --max: at most this many entries per run; 0: all
  std::size_t min_words = 0;  // --min-words: shorter articles are skipped with a warning
};

fs::path entry_state(const RenderOptions& render, const NewsEntry& entry) {
  return render.output_dir / ".narra" / "follow" / sha256_hex(entry.key).substr(0, 32);
}

// Which entry's episode a stem's files are: OUTPUT-DIR/.narra/follow/stems/STEM holds its link.
fs::path stem_claim(const RenderOptions& render, const std::string& stem) {
  return render.output_dir / ".narra" / "follow" / "stems" / stem;
}

// The stem of an entry's episode: its address's slug, unless an episode of
// another entry already has that name ("…/index.html" twice); then the slug
// with a short hash of the entry's link, so no episode replaces another.
std::string entry_stem(const RenderOptions& render, const NewsEntry& entry) {
  const std::string stem = source_stem(entry.link);
  const fs::path claim = stem_claim(render, stem);
  std::error_code ec;
  if (!fs::is_regular_file(claim, ec)) return stem;
  const std::string owner = read_file_bytes(claim, kMaxArticleBytes);
  if (owner == entry.link + "\n") return stem;
  return bounded_stem(stem + "-" + sha256_hex(entry.link).substr(0, 8));
}

void mark_done(const RenderOptions& render, const NewsEntry& entry, std::string_view how) {
  fs::create_directories(entry_state(render, entry).parent_path());
  if (how == "done") {
    const fs::path claim = stem_claim(render, entry_stem(render, entry));
    fs::create_directories(claim.parent_path());
    write_file_atomically(claim, entry.link + "\n");
  }
  write_file_atomically(entry_state(render, entry),
                        std::string(how) + "\t" + entry.key + "\t" + entry.link + "\n");
}

std::vector<NewsEntry> read_source(const FollowOptions& follow, const RenderContext& context) {
  if (is_web_url(follow.source)) {
    const WebPage page = fetch_web_page(follow.source, context.read.fetch);
    std::vector<NewsEntry> entries = read_news_feed(page.bytes, follow.source);
    remember_web_page(follow.source, page, context.read.fetch);
    return entries;
  }
  return read_news_feed(read_file_bytes(follow.source, kMaxArticleBytes), follow.source);
}

// The entries this run does: not done before, not older than --since, at
// most --max, and never two that would write the same files (the second
// waits for the next run).
std::vector<NewsEntry> new_entries(const std::vector<NewsEntry>& entries, const FollowOptions& follow,
                                   const RenderOptions& render) {
  const std::optional<Seconds> since = parse_date_option(follow.since);
  std::vector<NewsEntry> chosen;
  std::set<std::string> stems;
  for (const auto& entry : entries) {
    if (follow.max > 0 && chosen.size() == follow.max) break;
    if (fs::exists(entry_state(render, entry))) continue;
    const std::optional<Seconds> date = parse_date(entry.date);
    if (since && date && *date < *since) continue;
    // One entry per address ending a run: the batch refuses two articles of one name.
    if (!is_web_url(entry.link) || !stems.insert(source_stem(entry.link)).second) continue;
    chosen.push_back(entry);
  }
  return chosen;
}

std::size_t word_count(const Article& article) {
  std::size_t words = 0;
  for (const auto& chapter : article.chapters) {
    for (const auto& paragraph : chapter.paragraphs) {
      std::istringstream in(paragraph);
      for (std::string word; in >> word;) ++words;
    }
  }
  return words;
}

// Reads an entry's article; nullopt when it is too short to publish, which
// is said in one warning line and remembered, so later runs leave it.
std::optional<Article> read_entry(const NewsEntry& entry, const ArticleSource& source,
                                  const FollowOptions& follow, const RenderOptions& render,
                                  const RenderContext& context) {
  Article article = read_article(source, context.read);
  if (article.date.empty()) article.date = entry.date;
  const std::size_t words = word_count(article);
  if (words >= follow.min_words) return article;
  std::cerr << "warning: " << narra::quoted(fs::path(entry.link)) << ": " << words
            << " words, fewer than --min-words " << follow.min_words << "; skipped\n";
  mark_done(render, entry, "skipped");
  return std::nullopt;
}

void follow_each(const std::vector<NewsEntry>& entries, const FollowOptions& follow, RenderOptions& render,
                 RenderContext& context) {
  render.articles.assign(entries.size(), {});
  for (std::size_t i = 0; i < entries.size(); ++i) render.articles[i] = entries[i].link;
  const auto reports = run_render_jobs(render, context, [&](std::size_t index, const JobChannel& channel) {
    const NewsEntry& entry = entries[index];
    ArticleSource source = read_article_source(entry.link, context.read.fetch);
    source.stem = entry_stem(render, entry);
    const std::optional<Article> article = read_entry(entry, source, follow, render, context);
    if (!article) return entry.link + "  skipped (--min-words)\n";
    std::string summary = render_episode(source, *article, render, context, channel);
    mark_done(render, entry, "done");
    return summary;
  });
  const auto failures =
      std::count_if(reports.begin(), reports.end(), [](const JobReport& r) { return !r.ok; });
  if (failures > 0) {
    throw Error(std::to_string(failures) + " of " + std::to_string(entries.size()) + " entries failed",
                "the errors above say what went wrong; the next run tries them again");
  }
}

// One episode of every new article; an entry that cannot be read is
// reported and left for the next run, the others make the digest.
void follow_digest(const std::vector<NewsEntry>& entries, const FollowOptions& follow,
                   const RenderOptions& render, RenderContext& context) {
  context.read.title.clear();  // the digest has its own title
  std::vector<ArticleSource> sources;
  std::vector<Article> articles;
  std::vector<const NewsEntry*> included;
  std::size_t failures = 0;
  for (const auto& entry : entries) {
    try {
      const ArticleSource source = read_article_source(entry.link, context.read.fetch);
      if (auto article = read_entry(entry, source, follow, render, context)) {
        sources.push_back(source);
        articles.push_back(std::move(*article));
        included.push_back(&entry);
      }
    } catch (const Error& error) {
      ++failures;
      std::cerr << "error: " << error.what() << '\n';
    }
  }
  if (!articles.empty()) {
    const std::string summary = render_digest(sources, articles, render, context);
    for (const NewsEntry* entry : included) mark_done(render, *entry, "done");
    if (!render.quiet) std::cout << summary;
  }
  if (failures > 0) {
    throw Error(std::to_string(failures) + " of " + std::to_string(entries.size()) + " entries failed",
                "the errors above say what went wrong; the next run tries them again");
  }
}

void run_follow(const FollowOptions& follow, RenderOptions& render, const GlobalOptions& global) {
  RenderContext context = make_render_context(render, global);
  const std::vector<NewsEntry> all = read_source(follow, context);
  const std::vector<NewsEntry> entries = new_entries(all, follow, render);
  if (entries.empty()) {
    if (!render.quiet) std::cout << follow.source << ": nothing new (" << all.size() << " entries)\n";
    return;
  }
  if (!render.quiet) {
    // Flushed before the workers start, which would print it again.
    std::cout << follow.source << ": " << entries.size() << " new of " << all.size() << " entries"
              << std::endl;
  }
  if (render.digest.empty()) return follow_each(entries, follow, render, context);
  follow_digest(entries, follow, render, context);
}

}  // namespace

void add_follow_command(CLI::App& app, GlobalOptions& global) {
  auto follow = std::make_shared<FollowOptions>();
  auto render = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand(
      "follow", "render each new article of a news site's RSS or Atom feed and add it to a podcast feed");
  command->add_option("SOURCE", follow->source, "the site's RSS or Atom feed: a web address or a file")
      ->required();
  add_render_options(*command, *render);
  command->get_option("--feed")->required();
  add_voice_options(*command, global, render->voice);
  command->add_option("--since", follow->since, "leave out entries dated before this, ISO 8601 or RFC 2822");
  command->add_option("--max", follow->max, "at most this many new entries per run (default: all)");
  command->add_option("--min-words", follow->min_words,
                      "skip articles of fewer words (teasers, paywalled stubs), each with a warning");
  command->callback([follow, render, &global] { run_follow(*follow, *render, global); });
}

}  // namespace narra
