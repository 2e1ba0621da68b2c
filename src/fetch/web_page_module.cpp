// The web module: one page fetched over HTTP(S) with libcurl.
#include <curl/curl.h>

#include <memory>
#include <mutex>

#include "core/error.h"
#include "core/text_file.h"
#include "fetch/web_page.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

struct CurlCleanup {
  void operator()(CURL* curl) const noexcept { curl_easy_cleanup(curl); }
};
using CurlPtr = std::unique_ptr<CURL, CurlCleanup>;
struct SlistFree {
  void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};
using SlistPtr = std::unique_ptr<curl_slist, SlistFree>;

constexpr long kMaxRedirects = 5;

struct Transfer {
  std::string body;
  bool too_large = false;
};

std::size_t collect_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (transfer->body.size() + bytes > kMaxArticleBytes) {
    transfer->too_large = true;
    return 0;  // stops the transfer
  }
  transfer->body.append(data, bytes);
  return bytes;
}

std::string header_value(CURL* curl, const char* name) {
  curl_header* header = nullptr;
  if (curl_easy_header(curl, name, 0, CURLH_HEADER, -1, &header) != CURLHE_OK) return {};
  return header->value;
}

std::string seconds_text(long ms) {
  return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

Error fetch_error(const std::string& url, const std::string& reason, std::string hint) {
  return Error("cannot fetch " + narra::quoted(fs::path(url)) + ": " + reason, std::move(hint));
}

// The failure of a transfer that did not complete, in the user's words.
Error transfer_error(const std::string& url, CURLcode code, const Transfer& transfer,
                     const FetchOptions& options, const char* detail) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
      return fetch_error(url, "host name not found (DNS)", "check the address and the network connection");
    case CURLE_COULDNT_CONNECT:
      return fetch_error(url, "connection refused", "check the address, or try again later");
    case CURLE_OPERATION_TIMEDOUT:
      return fetch_error(url,
                         "timed out (" + seconds_text(options.connect_timeout_ms) + " to connect, " +
                             seconds_text(options.timeout_ms) + " in all)",
                         "try again later, or allow more time with --timeout");
    case CURLE_TOO_MANY_REDIRECTS:
      return fetch_error(url, "more than " + std::to_string(kMaxRedirects) + " redirects",
                         "open the address in a browser and pass the one it ends at");
    case CURLE_FILESIZE_EXCEEDED:
      return fetch_error(url, "larger than 20 MiB", "save the article itself and render the file");
    case CURLE_UNSUPPORTED_PROTOCOL:
      return fetch_error(url, "not an http or https address", "pass an http:// or https:// address");
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
      return fetch_error(url, std::string("TLS failed: ") + detail,
                         "the site's certificate could not be trusted; check the address");
    default:
      if (transfer.too_large) {
        return fetch_error(url, "larger than 20 MiB", "save the article itself and render the file");
      }
      return fetch_error(url, *detail != '\0' ? detail : curl_easy_strerror(code), "try again later");
  }
}

void configure(CURL* curl, const std::string& url, const FetchOptions& options, Transfer& transfer,
               char* error_buffer) {
  const std::string agent = user_agent();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, kMaxRedirects);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, options.timeout_ms);
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(kMaxArticleBytes));
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");       // every encoding libcurl can decode
  curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.c_str());  // copied by libcurl
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
}

}  // namespace

WebPage narra_fetch_web_page(const std::string& url, const FetchOptions& options, const WebPage* remembered) {
  static std::once_flag init;
  std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  const CurlPtr curl(curl_easy_init());
  if (!curl) throw fetch_error(url, "libcurl could not start", {});
  Transfer transfer;
  char error_buffer[CURL_ERROR_SIZE] = "";
  configure(curl.get(), url, options, transfer, error_buffer);

  SlistPtr headers;
  if (remembered) {
    for (const auto& [name, value] : {std::pair{"If-None-Match: ", remembered->etag},
                                      std::pair{"If-Modified-Since: ", remembered->last_modified}}) {
      if (value.empty()) continue;
      curl_slist* grown = curl_slist_append(headers.get(), (name + value).c_str());
      if (grown == nullptr) throw fetch_error(url, "out of memory", {});
      static_cast<void>(headers.release());
      headers.reset(grown);
    }
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers.get());
  }
  const CURLcode code = curl_easy_perform(curl.get());
  if (code != CURLE_OK) throw transfer_error(url, code, transfer, options, error_buffer);

  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  if (status == 304 && remembered) {
    WebPage page = *remembered;
    page.unchanged = true;
    return page;
  }
  if (status < 200 || status > 299) {
    throw fetch_error(url, "HTTP status " + std::to_string(status),
                      status >= 500 ? "the site failed; try again later" : "check the address");
  }
  WebPage fetched;
  fetched.etag = header_value(curl.get(), "ETag");
  fetched.last_modified = header_value(curl.get(), "Last-Modified");
  char* final_url = nullptr;
  curl_easy_getinfo(curl.get(), CURLINFO_EFFECTIVE_URL, &final_url);
  char* content_type = nullptr;
  curl_easy_getinfo(curl.get(), CURLINFO_CONTENT_TYPE, &content_type);
  fetched.url = final_url != nullptr ? final_url : url;
  fetched.content_type = content_type != nullptr ? content_type : "";
  fetched.bytes = std::move(transfer.body);
  return fetched;
}

}  // namespace narra
