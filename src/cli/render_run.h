// The steps of `narra render` that `narra follow` shares: the same options,
// the same context, the same chain per episode and the same batch of worker
// processes.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "article/article.h"
#include "cli/render_options.h"
#include "core/process_pool.h"

namespace narra {

// Every render option but the articles themselves: output, audio, reading,
// publishing and batch options.
void add_render_options(CLI::App& command, RenderOptions& options);

// Reads what every episode of the run shares, refusing what cannot work
// before anything is spoken. Web pages are remembered in
// OUTPUT-DIR/.narra/fetch/. Throws Error.
RenderContext make_render_context(const RenderOptions& options, const GlobalOptions& global);

// Renders one article read from `source` into its episode (skipped when its
// render state says it is up to date), adds it to --feed when asked, and
// returns the lines that say so. Throws Error.
std::string render_episode(const ArticleSource& source, const Article& article, const RenderOptions& options,
                           const RenderContext& context, const JobChannel& channel);

// One episode of all the articles, titled --digest: an introduction listing
// them, then each article as a chapter with its own chapters nested below.
// Like an article's episode it has a render state (made from its `sources`),
// tags and a description.
std::string render_digest(const std::vector<ArticleSource>& sources, const std::vector<Article>& articles,
                          const RenderOptions& options, const RenderContext& context);

// Runs job(i) for every one of options.articles, several at once in worker
// processes sharing the cores, with the progress bar, each summary on stdout
// and each failure as an `error:` line; first refuses two articles that
// would write the same files. Returns the reports in order.
std::vector<JobReport> run_render_jobs(const RenderOptions& options, RenderContext& context, const Job& job);

}  // namespace narra
