// Where narra finds what it ships beside the binary (voices, modules): the
// installed copy relative to the running binary when there is one, so an
// installed tree can be moved as a whole, else the build tree's own.
#pragma once

#include <filesystem>

namespace narra {

// `relative` taken from the running binary's folder when that names an
// existing folder, else `built`.
std::filesystem::path installed_or_built(const std::filesystem::path& relative,
                                         const std::filesystem::path& built);

}  // namespace narra
