#include <algorithm>
#include <vector>

#include "article/document.h"

namespace narra {
namespace {

constexpr std::size_t kMaxTitleWords = 20;
constexpr std::size_t kMaxTitleBytes = 160;

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n\f\v");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n\f\v");
  return std::string(text.substr(begin, end - begin + 1));
}

// Splits text into blank-line-separated blocks; each block keeps its lines.
std::vector<std::vector<std::string>> split_blocks(std::string_view text) {
  std::vector<std::vector<std::string>> blocks;
  std::vector<std::string> current;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = trim(text.substr(start, end - start));
    if (line.empty()) {
      if (!current.empty()) blocks.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(std::move(line));
    }
    start = end + 1;
  }
  if (!current.empty()) blocks.push_back(std::move(current));
  return blocks;
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool looks_like_title(const std::vector<std::string>& block) {
  if (block.size() != 1) return false;
  const std::string& line = block.front();
  if (line.size() > kMaxTitleBytes || count_words(line) > kMaxTitleWords) return false;
  const char last = line.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

}  // namespace

Document read_text_document(std::string_view raw, const std::filesystem::path& origin) {
  const FrontMatter matter = read_front_matter(raw, origin);
  Document document = document_from(matter);
  std::string text(raw.substr(matter.body_start));
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  auto blocks = split_blocks(text);

  // A first line that looks like a title is the title; after a title in the
  // front matter, only a repeat of it is not read.
  if (!blocks.empty() && looks_like_title(blocks.front()) &&
      (document.title.empty() || document.title == blocks.front().front())) {
    document.title = blocks.front().front();
    blocks.erase(blocks.begin());
  }
  for (auto& lines : blocks) document.blocks.push_back(Block{BlockKind::paragraph, 0, std::move(lines)});
  return document;
}

}  // namespace narra
