// read_article: picks the reader, then typography, cleanup and assembly into
// chapters, the same for every format.
#include <algorithm>

#include "article/document.h"
#include "article/input_format.h"
#include "article/typography.h"
#include "core/error.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

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
                             &document.cover, &document.description, &document.source_url}) {
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
std::vector<Chapter> assemble_chapters(const Document& document, const PhraseWords& phrasing) {
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
          chapters.push_back(Chapter{first_words(text, phrasing), {}, 0, ChapterKind::text});
        }
        chapters.back().paragraphs.push_back(text);
        open_has_body = true;
        break;
      case BlockKind::caption: {
        const int level = chapters.empty() ? 0 : chapters.back().level;
        Chapter caption{first_words(text, phrasing), {text}, level, ChapterKind::caption};
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
    article.title = first_words(block_text(*body), options.phrasing, 12, 90);
  }
  article.author = options.author.empty() ? document.author : normalise_typography(options.author);
  article.title = bounded_title(article.title);
  article.author = bounded_title(article.author);
  article.date = document.date;
  article.language = document.language;
  article.cover = document.cover;
  article.description = document.description;
  article.source_url = document.source_url;
  article.chapters = assemble_chapters(document, options.phrasing);
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

std::string plain_text(const Article& article) {
  std::string out = article.title + "\n\n";
  for (const auto& chapter : article.chapters) {
    for (const auto& paragraph : chapter.paragraphs) out += paragraph + "\n\n";
  }
  return out;
}

Article read_text_article(std::string_view text, const std::string& file_stem, const ReadOptions& options) {
  return assemble_article(read_text_document(text, file_stem), file_stem, file_stem, options);
}

Article read_article(const fs::path& path, const ReadOptions& options) {
  return read_article(read_article_source(path, options.fetch), options);
}

Article read_article(const ArticleSource& source, const ReadOptions& options) {
  const InputFormat& format = !options.format.empty() ? input_format_named(options.format)
                              : source.url.empty()    ? input_format_for(source.origin)
                                                      : input_format_named("html");
  Article article = assemble_article(format.read(source, options), source.origin, source.stem, options);
  if (article.source_url.empty())
    article.source_url = source.url;  // the page names itself better (canonical)
  return article;
}

}  // namespace narra
