// A one-line progress bar with an ETA, redrawn in place on a terminal:
//   [##########··········]  3/8 articles  41/97 chapters  ETA 0:42
// Draws nothing unless the stream is a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <vector>

namespace narra {

class ProgressBar {
 public:
  // `articles` jobs will report; draws on `stream` only if it is a terminal.
  ProgressBar(std::size_t articles, std::FILE* stream);

  void chapter_progress(std::size_t article, std::size_t done, std::size_t total);
  void article_done(std::size_t article);
  // Clears the line, so that what is printed next starts clean.
  void clear();

 private:
  void draw();

  struct Article {
    std::size_t done = 0;
    std::size_t total = 0;
    bool finished = false;
  };
  std::vector<Article> articles_;
  std::FILE* stream_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace narra
