#include "cli/progress_bar.h"

#include <unistd.h>

#include <string>

namespace narra {

ProgressBar::ProgressBar(std::size_t articles, std::FILE* stream)
    : articles_(articles), stream_(stream), enabled_(::isatty(::fileno(stream)) == 1) {}

void ProgressBar::chapter_progress(std::size_t article, std::size_t done, std::size_t total) {
  articles_.at(article).done = done;
  articles_.at(article).total = total;
  draw();
}

void ProgressBar::article_done(std::size_t article) {
  articles_.at(article).finished = true;
  draw();
}

void ProgressBar::clear() {
  if (enabled_) std::fprintf(stream_, "\r\033[K");
}

void ProgressBar::draw() {
  if (!enabled_) return;
  std::size_t finished = 0, chapters_done = 0, chapters_total = 0;
  double fraction = 0;
  for (const auto& article : articles_) {
    finished += article.finished;
    chapters_done += article.done;
    chapters_total += article.total;
    if (article.finished) {
      fraction += 1;
    } else if (article.total > 0) {
      fraction += static_cast<double>(article.done) / static_cast<double>(article.total);
    }
  }
  fraction /= static_cast<double>(articles_.empty() ? 1 : articles_.size());
  constexpr int kWidth = 24;
  const int filled = static_cast<int>(fraction * kWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(kWidth - filled), '.');
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::string eta = "--:--";
  if (fraction > 0.02) {
    const auto left = static_cast<long>(elapsed * (1 - fraction) / fraction + 0.5);
    eta = std::to_string(left / 60) + ":" + (left % 60 < 10 ? "0" : "") + std::to_string(left % 60);
  }
  std::fprintf(stream_, "\r\033[K[%s] %zu/%zu articles  %zu/%zu chapters  ETA %s", bar.c_str(), finished,
               articles_.size(), chapters_done, chapters_total, eta.c_str());
  std::fflush(stream_);
}

}  // namespace narra
