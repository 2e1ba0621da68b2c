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

std::string first_words(std::string_view text, std::size_t max_words) {
  // A bracket opens an aside: the title stops before it.
  if (const auto bracket = text.find('('); bracket != std::string_view::npos && bracket > 0) {
    text = text.substr(0, bracket);
  }
  // Opening quotes are not part of the title.
  for (std::string_view quote : {"\"", "\xE2\x80\x9C", "\xC2\xAB", "'"}) {
    if (text.substr(0, quote.size()) == quote) text.remove_prefix(quote.size());
  }
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < text.size() && words.size() < max_words + 1;) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const auto end = std::min(text.find(' ', pos), text.size());
    if (pos >= end) break;
    words.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  // Stop at the end of the first clause when it ends within the limit, else
  // at the limit without the short linking words a phrase cannot end on
  // ("arrivato in", "la Corea del").
  std::size_t count = std::min(words.size(), max_words);
  for (std::size_t i = 2; i < count; ++i) {
    if (std::string_view(".,;:!?").find(words[i].back()) != std::string_view::npos) {
      count = i + 1;
      break;
    }
  }
  const auto is_linking = [](std::string_view word) {
    return word.size() <= 3 && word.front() >= 'a' && word.front() <= 'z';
  };
  while (count > 3 && count < words.size() && is_linking(words[count - 1])) --count;
  // Quotation marks would be left open by the cut: a title goes without them.
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (!out.empty()) out += ' ';
    for (char c : words[i]) {
      if (c != '"') out += c;
    }
  }
  // A title does not end on punctuation or an opening bracket or quote.
  static constexpr std::string_view kTrailing = ".,;:!?-([\"'\xE2\x80\x9C\xC2\xAB";
  while (!out.empty()) {
    const std::size_t back = out.size() - 1;
    if (kTrailing.find(out[back]) != std::string_view::npos) {
      out.pop_back();
    } else if (out.size() >= 2 && (out.compare(back - 1, 2, "\xC2\xAB") == 0)) {
      out.erase(back - 1);
    } else if (out.size() >= 3 && out.compare(back - 2, 3, "\xE2\x80\x9C") == 0) {
      out.erase(back - 2);
    } else if (out.back() == ' ') {
      out.pop_back();
    } else {
      break;
    }
  }
  return out;
}

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
