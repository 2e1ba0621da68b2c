// Web pages in any of the character sets news sites still use, as UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace narra {

// The character set a page declares: the charset parameter of its
// Content-Type header, else a <meta charset> or <meta http-equiv> within its
// first 4 KiB; lower case, empty when neither names one.
std::string declared_charset(std::string_view content_type, std::string_view page);

// `page` as UTF-8. `charset` is what the page declares (declared_charset);
// when empty, a page that is valid UTF-8 is UTF-8 and any other is read as
// Windows-1252. ISO-8859-1 and US-ASCII are read as Windows-1252, as browsers
// do; other sets are converted with iconv. Throws Error naming `origin` when
// the set is unknown or the bytes are not valid in it.
std::string page_to_utf8(std::string_view page, const std::string& charset, const std::string& origin);

}  // namespace narra
