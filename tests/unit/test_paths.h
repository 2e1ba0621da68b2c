// Where the unit tests find the repository's data.
#pragma once

#include <filesystem>

namespace narra::test {

inline std::filesystem::path tests_dir() { return NARRA_TESTS_DIR; }
inline std::filesystem::path voices_dir() { return tests_dir().parent_path() / "voices"; }

}  // namespace narra::test
