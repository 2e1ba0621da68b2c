#include "article/article_source.h"

#include <iostream>

#include "article/typography.h"
#include "core/error.h"
#include "core/file_bytes.h"
#include "core/text_file.h"
#include "core/url.h"
#include "fetch/charset.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

std::string url_stem(std::string_view url) {
  url.remove_prefix(url.find("://") + 3);
  url = url.substr(0, url.find_first_of("?#"));
  const std::string_view host = url.substr(0, url.find('/'));
  std::string_view path = url.substr(host.size());
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  std::string segment = percent_decode(path.substr(path.rfind('/') + 1));
  for (std::string_view extension : {".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".jsp"}) {
    if (segment.size() > extension.size() && segment.ends_with(extension)) {
      segment.resize(segment.size() - extension.size());
    }
  }
  return file_stem_for(segment, file_stem_for(host.substr(0, host.find(':')), "page"));
}

bool is_html(std::string_view content_type) {
  return content_type.empty() || content_type.find("text/html") != std::string_view::npos ||
         content_type.find("application/xhtml+xml") != std::string_view::npos;
}

ArticleSource read_web_source(const std::string& url, const FetchOptions& fetch) {
  WebPage page = fetch_web_page(url, fetch);
  if (!is_html(page.content_type)) {
    throw Error("cannot fetch " + narra::quoted(fs::path(url)) +
                    ": not HTML (Content-Type: " + page.content_type + ")",
                "pass the address of an article's web page");
  }
  std::string text = page_to_utf8(page.bytes, declared_charset(page.content_type, page.bytes), url);
  remember_web_page(url, page, fetch);
  return {url, url_stem(url), std::move(text), std::move(page.url)};
}

}  // namespace

std::string source_stem(const fs::path& path) {
  if (path == kStdinPath) return {};
  if (is_web_url(path.string())) return url_stem(path.string());
  return path.stem().string();
}

ArticleSource read_article_source(const fs::path& path, const FetchOptions& fetch) {
  if (is_web_url(path.string())) return read_web_source(path.string(), fetch);
  if (path == kStdinPath) {
    return {"<stdin>",
            {},
            read_stream_bytes(std::cin, "<stdin>", kMaxArticleBytes,
                              {{}, "split the article into smaller pieces"}),
            {}};
  }
  return {path,
          path.stem().string(),
          read_file_bytes(path, kMaxArticleBytes, {"check the path", "split the article into smaller files"}),
          {}};
}

std::string_view source_text(const ArticleSource& source) {
  std::string_view text = source.bytes;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  check_text(text, source.origin);
  return text;
}

}  // namespace narra
