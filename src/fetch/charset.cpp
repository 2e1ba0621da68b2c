#include "fetch/charset.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <memory>

#include "core/error.h"
#include "core/utf8.h"

namespace narra {
namespace {

struct IconvClose {
  void operator()(iconv_t cd) const noexcept { iconv_close(cd); }
};
using IconvPtr = std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvClose>;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The value of `charset=` at `pos` in `text`, without quotes; empty when none.
std::string charset_value(std::string_view text, std::size_t pos) {
  pos += 8;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '"' || text[pos] == '\'')) ++pos;
  std::size_t end = pos;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' ||
                               text[end] == '_' || text[end] == ':' || text[end] == '.')) {
    ++end;
  }
  return lower(text.substr(pos, end - pos));
}

// The character set named in a <meta> tag near the start of the page.
std::string meta_charset(std::string_view page) {
  const std::string head = lower(page.substr(0, 4096));
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const std::size_t end = head.find('>', meta);
    const std::string_view tag =
        std::string_view(head).substr(meta, end == std::string::npos ? end : end - meta);
    if (const std::size_t at = tag.find("charset="); at != std::string_view::npos) {
      if (std::string value = charset_value(tag, at); !value.empty()) return value;
    }
  }
  return {};
}

std::string iconv_to_utf8(std::string_view page, const std::string& charset, const std::string& origin) {
  const IconvPtr cd(iconv_open("UTF-8", charset.c_str()));
  if (cd.get() == reinterpret_cast<iconv_t>(-1)) {
    throw cannot_read(origin, "unknown character set '" + charset + "'",
                      "save the page as UTF-8 and render the file");
  }
  std::string out(page.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(page.data());
  std::size_t in_left = page.size();
  char* to = out.data();
  std::size_t to_left = out.size();
  if (iconv(cd.get(), &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1)) {
    throw cannot_read(origin, "not valid " + charset + " at byte " + std::to_string(page.size() - in_left),
                      "save the page as UTF-8 and render the file");
  }
  out.resize(out.size() - to_left);
  return out;
}

}  // namespace

std::string declared_charset(std::string_view content_type, std::string_view page) {
  const std::string type = lower(content_type);
  if (const std::size_t at = type.find("charset="); at != std::string::npos) {
    if (std::string value = charset_value(type, at); !value.empty()) return value;
  }
  return meta_charset(page);
}

std::string page_to_utf8(std::string_view page, const std::string& charset, const std::string& origin) {
  std::string set = charset;
  if (set.empty()) set = !find_invalid_utf8(page) ? "utf-8" : "windows-1252";
  if (set == "utf8") set = "utf-8";
  // Browsers read pages labelled Latin-1 or ASCII as Windows-1252, its superset.
  if (set == "iso-8859-1" || set == "iso8859-1" || set == "latin1" || set == "us-ascii" || set == "ascii") {
    set = "windows-1252";
  }
  if (set != "utf-8") return iconv_to_utf8(page, set, origin);
  if (!!find_invalid_utf8(page)) {
    throw cannot_read(origin, "the page says it is UTF-8 but is not",
                      "save the page as UTF-8 and render the file");
  }
  return std::string(page);
}

}  // namespace narra
