#include "fetch/web_page.h"

#include <nlohmann/json.hpp>
#include <optional>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/file_bytes.h"
#include "core/module.h"
#include "core/sha256.h"
#include "core/text_file.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

fs::path cache_stem(const fs::path& dir, const std::string& url) {
  return dir / sha256_hex(url).substr(0, 32);
}

// What an earlier fetch of the same URL left: its validators and its body.
std::optional<WebPage> recall(const FetchOptions& options, const std::string& url) {
  if (options.cache_dir.empty()) return std::nullopt;
  const fs::path stem = cache_stem(options.cache_dir, url);
  std::error_code error;
  if (!fs::is_regular_file(fs::path(stem).concat(".json"), error) ||
      !fs::is_regular_file(fs::path(stem).concat(".body"), error)) {
    return std::nullopt;
  }
  try {
    const auto meta = nlohmann::json::parse(read_file_bytes(fs::path(stem).concat(".json"), 1 << 16));
    if (meta.at("url").get<std::string>() != url) return std::nullopt;
    WebPage page;
    page.etag = meta.at("etag").get<std::string>();
    page.last_modified = meta.at("last_modified").get<std::string>();
    page.url = meta.at("final_url").get<std::string>();
    page.content_type = meta.at("content_type").get<std::string>();
    page.bytes = read_file_bytes(fs::path(stem).concat(".body"), kMaxArticleBytes);
    return page;
  } catch (const std::exception&) {
    return std::nullopt;  // a damaged entry is fetched again
  }
}

}  // namespace

std::string user_agent() { return std::string("narra/") + NARRA_VERSION; }

WebPage fetch_web_page(const std::string& url, const FetchOptions& options) {
  static auto& fetch = module_function<decltype(narra_fetch_web_page)>("web", "narra_fetch_web_page");
  const std::optional<WebPage> remembered = recall(options, url);
  return fetch(url, options, remembered ? &*remembered : nullptr);
}

void remember_web_page(const std::string& url, const WebPage& page, const FetchOptions& options) {
  if (options.cache_dir.empty() || page.unchanged || (page.etag.empty() && page.last_modified.empty()))
    return;
  std::error_code error;
  fs::create_directories(options.cache_dir, error);
  if (error) throw cannot_write(options.cache_dir, error.message());
  const fs::path stem = cache_stem(options.cache_dir, url);
  const nlohmann::json meta = {{"url", url},
                               {"final_url", page.url},
                               {"etag", page.etag},
                               {"last_modified", page.last_modified},
                               {"content_type", page.content_type}};
  write_file_atomically(fs::path(stem).concat(".body"), page.bytes);
  write_file_atomically(fs::path(stem).concat(".json"), meta.dump(2) + "\n");
}

}  // namespace narra
