// read_article: picks the reader, then typography, cleanup and assembly into
// chapters, the same for every format.
#include <algorithm>
#include <iostream>
#include <iterator>

#include "article/document.h"
#include "article/typography.h"
#include "core/error.h"
#include "core/file_bytes.h"
#include "core/text_file.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

std::string read_stdin() {
  std::string text = read_stream_bytes(std::cin, "<stdin>", kMaxArticleBytes, {{}, "split the article into smaller pieces"});
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  check_text(text, "<stdin>");
  return text;
}

InputFormat format_for(const fs::path& path, InputFormat forced) {
  if (forced != InputFormat::automatic) return forced;
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".md" || extension == ".markdown") return InputFormat::markdown;
  if (extension == ".html" || extension == ".htm") return InputFormat::html;
  return InputFormat::text;
}

// "putin-in-corea_del_nord" → "putin in corea del nord"; empty when the name
// is an identifier rather than words ("000_2d27bacb0e17f998").
std::string title_from_file_name(std::string_view stem) {
  std::string title;
  bool has_word = false;
  std::size_t pos = 0;
  while (pos < stem.size()) {
    while (pos < stem.size() && (stem[pos] == '_' || stem[pos] == '-' || stem[pos] == ' ')) ++pos;
    std::size_t end = pos;
    while (end < stem.size() && stem[end] != '_' && stem[end] != '-' && stem[end] != ' ') ++end;
    if (end == pos) break;
    const std::string_view word = stem.substr(pos, end - pos);
    const bool letters_only =
        std::none_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (letters_only && word.size() >= 3) has_word = true;
    if (!title.empty()) title += ' ';
    title += word;
    pos = end;
  }
  return has_word ? title : std::string();
}

void normalise_document_typography(Document& document) {
  for (std::string* field : {&document.title, &document.author, &document.date, &document.language,
                             &document.cover}) {
    *field = normalise_typography(*field);
  }
  for (auto& block : document.blocks) {
    std::vector<std::string> lines;
    for (const auto& line : block.lines) {
      std::string clean = normalise_typography(line);
      if (!clean.empty()) lines.push_back(std::move(clean));
    }
    block.lines = std::move(lines);
  }
  std::erase_if(document.blocks, [](const Block& block) { return block.lines.empty(); });
}

// Blocks into chapters. A caption met before a chapter's body becomes a
// chapter before it; one met inside a body waits until that chapter ends, so
// no chapter is cut in two.
std::vector<Chapter> assemble_chapters(const Document& document) {
  std::vector<Chapter> chapters;
  std::vector<Chapter> waiting;  // captions to place after the open chapter
  bool open_has_body = false;
  const auto close = [&] {
    for (auto& caption : waiting) chapters.push_back(std::move(caption));
    waiting.clear();
    open_has_body = false;
  };
  for (const auto& block : document.blocks) {
    const std::string text = block_text(block);
    switch (block.kind) {
      case BlockKind::heading:
        close();
        chapters.push_back(Chapter{bounded_title(text), {text}, block.level, ChapterKind::text});
        break;
      case BlockKind::paragraph:
        if (!document.chapters_from_headings || chapters.empty() ||
            chapters.back().kind == ChapterKind::caption) {
          close();
          chapters.push_back(Chapter{first_words(text), {}, 0, ChapterKind::text});
        }
        chapters.back().paragraphs.push_back(text);
        open_has_body = true;
        break;
      case BlockKind::caption: {
        const int level = chapters.empty() ? 0 : chapters.back().level;
        Chapter caption{first_words(text), {text}, level, ChapterKind::caption};
        if (open_has_body) {
          waiting.push_back(std::move(caption));
        } else if (!chapters.empty() && chapters.back().kind == ChapterKind::text) {
          chapters.insert(chapters.end() - 1, std::move(caption));
        } else {
          chapters.push_back(std::move(caption));
        }
        break;
      }
    }
  }
  close();
  return chapters;
}

Article assemble_article(Document document, const fs::path& origin, const std::string& file_stem,
                         const ReadOptions& options) {
  normalise_document_typography(document);
  CleanupReport report;
  clean_document(document, options, report);
  if (options.report != nullptr) {
    options.report->insert(options.report->end(), report.begin(), report.end());
  }

  Article article;
  article.title = normalise_typography(options.title);
  if (article.title.empty()) article.title = document.title;
  if (article.title.empty()) article.title = title_from_file_name(file_stem);
  // Else the first words of the body: a caption is not what the article is about.
  const auto body = std::find_if(document.blocks.begin(), document.blocks.end(),
                                 [](const Block& block) { return block.kind != BlockKind::caption; });
  if (article.title.empty() && body != document.blocks.end()) {
    article.title = first_words(block_text(*body), 10);
  }
  article.author = options.author.empty() ? document.author : normalise_typography(options.author);
  article.title = bounded_title(article.title);
  article.author = bounded_title(article.author);
  article.date = document.date;
  article.language = document.language;
  article.cover = document.cover;
  article.chapters = assemble_chapters(document);
  if (article.chapters.empty()) {
    throw cannot_read(origin,
                      options.keep_all ? "it holds no text to read"
                                       : "no text is left to read once the page furniture is left out",
                      options.keep_all ? "pass the article itself"
                                       : "see what was left out with narra text --trace, or pass --keep-all");
  }
  return article;
}

}  // namespace

InputFormat parse_input_format(const std::string& name) {
  if (name == "txt") return InputFormat::text;
  if (name == "md") return InputFormat::markdown;
  if (name == "html") return InputFormat::html;
  throw Error("unknown input format '" + name + "'", "use --input-format txt, md or html");
}

Article read_text_article(std::string_view text, const std::string& file_stem, const ReadOptions& options) {
  return assemble_article(read_text_document(text), file_stem, file_stem, options);
}

Article read_article(const fs::path& path, const ReadOptions& options) {
  const bool from_stdin = path == kStdinPath;
  const std::string text = from_stdin ? read_stdin() : read_text_file(path);
  const std::string stem = from_stdin ? std::string() : path.stem().string();
  const fs::path origin = from_stdin ? fs::path("<stdin>") : path;
  switch (format_for(from_stdin ? fs::path() : path, options.format)) {
    case InputFormat::markdown:
      return assemble_article(read_markdown_document(text), origin, stem, options);
    case InputFormat::html:
      return assemble_article(read_html_document(text, options.rules, options.keep_all, origin),
                              origin, stem, options);
    case InputFormat::automatic:
    case InputFormat::text:
      break;
  }
  return assemble_article(read_text_document(text), origin, stem, options);
}

}  // namespace narra
