#include "core/installed_path.h"

namespace narra {
namespace fs = std::filesystem;

fs::path installed_or_built(const fs::path& relative, const fs::path& built) {
  std::error_code error;
  const fs::path binary = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    const fs::path installed = (binary.parent_path() / relative).lexically_normal();
    if (fs::is_directory(installed, error)) return installed;
  }
  return built;
}

}  // namespace narra
