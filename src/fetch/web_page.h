// Fetching one web page (or feed) over HTTP(S) with libcurl: at most 5
// redirects, connect and total timeouts, at most kMaxArticleBytes once
// decompressed, and a conditional request when an earlier copy is
// remembered, so an unchanged page is not transferred again. The transfer
// is the web module's (web_page_module.cpp, see core/module.h).
#pragma once

#include <filesystem>
#include <string>

namespace narra {

struct FetchOptions {
  // Where validators (ETag, Last-Modified) and bodies are remembered, one
  // pair of files per URL; empty: nothing is remembered.
  std::filesystem::path cache_dir;
  long connect_timeout_ms = 10'000;  // to open the connection
  long timeout_ms = 60'000;          // for the whole transfer, redirects included
};

struct WebPage {
  std::string url;           // where the page was found, after redirects
  std::string bytes;         // the body, decompressed, as the server sent it
  std::string content_type;  // the Content-Type header; empty when none
  bool unchanged = false;    // the server said the remembered copy is current (304)
  std::string etag;          // validators for the next request; empty when the server sent none
  std::string last_modified;
};

// The page at `url` (http or https only). Throws Error "cannot fetch 'URL':
// ..." naming what happened: host not found, connection refused, TLS
// failure, timeout, too many redirects, an HTTP error status, a body over
// the limit. Writes nothing.
WebPage fetch_web_page(const std::string& url, const FetchOptions& options);

// Remembers `page`, fetched from `url`, in options.cache_dir (when set and
// the server sent validators), for the next fetch's conditional request.
// Call it once the page is found usable. Throws Error when it cannot write.
void remember_web_page(const std::string& url, const WebPage& page, const FetchOptions& options);

// "narra/0.1.0": the User-Agent narra sends.
std::string user_agent();

// The web module's transfer, which fetch_web_page calls with the copy
// remembered from an earlier fetch (nullptr when none).
extern "C" WebPage narra_fetch_web_page(const std::string& url, const FetchOptions& options,
                                        const WebPage* remembered);

}  // namespace narra
