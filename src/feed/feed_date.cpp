#include "feed/feed_date.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "core/error.h"

namespace narra {
namespace {
using namespace std::chrono;

constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A cursor over the text with the few readers both formats need.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  void skip_spaces() {
    while (!at_end() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  bool take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  // Reads between `min` and `max` digits.
  std::optional<int> number(std::size_t min, std::size_t max) {
    std::size_t n = 0;
    int value = 0;
    while (n < max && !at_end() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
      value = value * 10 + (text_[pos_++] - '0');
      ++n;
    }
    if (n < min) return std::nullopt;
    return value;
  }
  std::string word() {
    std::string out;
    while (!at_end() && std::isalpha(static_cast<unsigned char>(text_[pos_]))) {
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(text_[pos_++])));
    }
    return out;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::optional<Seconds> make_time(int y, int mo, int d, int h, int mi, int s, int offset_minutes) {
  const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!date.ok() || h > 23 || mi > 59 || s > 59) return std::nullopt;
  return sys_days{date} + hours{h} + minutes{mi} + seconds{s} - minutes{offset_minutes};
}

// "+HHMM", "-HH:MM" (colon allowed when `colon_allowed`): minutes east of UTC.
std::optional<int> numeric_zone(Scanner& in, bool colon_allowed) {
  int sign = 1;
  if (in.take('-')) {
    sign = -1;
  } else {
    in.take('+');
  }
  const auto hh = in.number(2, 2);
  if (!hh) return std::nullopt;
  if (colon_allowed) in.take(':');
  const auto mm = in.number(2, 2);
  if (!mm || *hh > 23 || *mm > 59) return std::nullopt;
  return sign * (*hh * 60 + *mm);
}

}  // namespace

std::string format_rfc2822(Seconds time) {
  const sys_days day_point = floor<days>(time);
  const year_month_day date{day_point};
  const hh_mm_ss clock{time - day_point};
  const weekday wd{day_point};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%s, %02u %s %04d %02d:%02d:%02d +0000", kWeekdays[wd.c_encoding()],
                static_cast<unsigned>(date.day()), kMonths[static_cast<unsigned>(date.month()) - 1],
                static_cast<int>(date.year()), static_cast<int>(clock.hours().count()),
                static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
  return buffer;
}

std::string format_short_date(Seconds time) {
  const sys_days day_point = floor<days>(time);
  const year_month_day date{day_point};
  const hh_mm_ss clock{time - day_point};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02d:%02d", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()));
  return buffer;
}

std::optional<Seconds> parse_rfc2822(std::string_view text) {
  Scanner in(text);
  in.skip_spaces();
  if (std::isalpha(static_cast<unsigned char>(in.peek()))) {
    in.word();
    if (!in.take(',')) return std::nullopt;
    in.skip_spaces();
  }
  const auto d = in.number(1, 2);
  in.skip_spaces();
  const std::string month_name = in.word();
  in.skip_spaces();
  auto y = in.number(2, 4);
  in.skip_spaces();
  if (!d || !y) return std::nullopt;
  int mo = 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    std::string upper = kMonths[i];
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (month_name == upper) mo = static_cast<int>(i) + 1;
  }
  if (mo == 0) return std::nullopt;
  if (*y < 100) *y += *y < 50 ? 2000 : 1900;  // RFC 2822 §4.3, obsolete 2-digit years
  const auto h = in.number(2, 2);
  if (!h || !in.take(':')) return std::nullopt;
  const auto mi = in.number(2, 2);
  if (!mi) return std::nullopt;
  int s = 0;
  if (in.take(':')) {
    const auto sec = in.number(2, 2);
    if (!sec) return std::nullopt;
    s = *sec;
  }
  in.skip_spaces();
  int offset = 0;
  if (in.peek() == '+' || in.peek() == '-') {
    const auto zone = numeric_zone(in, false);
    if (!zone) return std::nullopt;
    offset = *zone;
  } else {
    // RFC 2822 §4.3: the obsolete zone names, in hours east of UTC.
    const std::string zone = in.word();
    static constexpr std::array<std::pair<const char*, int>, 8> kNamed = {{
        {"EST", -5},
        {"EDT", -4},
        {"CST", -6},
        {"CDT", -5},
        {"MST", -7},
        {"MDT", -6},
        {"PST", -8},
        {"PDT", -7},
    }};
    for (const auto& [name, hours_east] : kNamed) {
      if (zone == name) offset = hours_east * 60;
    }
  }
  return make_time(*y, mo, *d, *h, *mi, s, offset);
}

std::optional<Seconds> parse_iso8601(std::string_view text) {
  Scanner in(text);
  const auto y = in.number(4, 4);
  if (!y || !in.take('-')) return std::nullopt;
  const auto mo = in.number(2, 2);
  if (!mo || !in.take('-')) return std::nullopt;
  const auto d = in.number(2, 2);
  if (!d) return std::nullopt;
  int h = 0, mi = 0, s = 0, offset = 0;
  if (in.take('T') || in.take(' ')) {
    const auto hh = in.number(2, 2);
    if (!hh || !in.take(':')) return std::nullopt;
    const auto mm = in.number(2, 2);
    if (!mm) return std::nullopt;
    h = *hh;
    mi = *mm;
    if (in.take(':')) {
      const auto ss = in.number(2, 2);
      if (!ss) return std::nullopt;
      s = *ss;
    }
    if (in.peek() == '+' || in.peek() == '-') {
      const auto zone = numeric_zone(in, true);
      if (!zone) return std::nullopt;
      offset = *zone;
    } else {
      in.take('Z');
    }
  }
  if (!in.at_end()) return std::nullopt;
  return make_time(*y, *mo, *d, h, mi, s, offset);
}

std::optional<Seconds> parse_date(std::string_view text) {
  if (auto iso = parse_iso8601(text)) return iso;
  return parse_rfc2822(text);
}

std::optional<Seconds> parse_date_option(const std::string& text) {
  if (text.empty()) return std::nullopt;
  if (auto time = parse_date(text)) return time;
  throw Error("--date '" + text + "' is neither an ISO 8601 nor an RFC 2822 date",
              "write e.g. 2026-11-28, 2026-11-28T07:30:00+01:00 or 'Sat, 28 Nov 2026 07:30:00 +0100'");
}

}  // namespace narra
