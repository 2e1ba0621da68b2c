// A time as a clock shows it, for lists of chapters.
#pragma once

#include <string>

namespace narra {

// Whole seconds as "2:05" ("02:05" when `minute_digits` is 2); an hour or
// more as "1:02:05".
std::string clock_time(double seconds, int minute_digits = 1);

}  // namespace narra
