// The temporary files this process has open, so that an interrupted run
// (SIGINT, SIGTERM) can remove them before it exits. Thread-safe.
#pragma once

#include <filesystem>

namespace narra {

void register_temp_file(const std::filesystem::path& path);
void unregister_temp_file(const std::filesystem::path& path);

// Removes every registered file. Async-signal-safe: only unlink(2) on paths
// copied into a fixed table at registration time.
void remove_temp_files_now() noexcept;

}  // namespace narra
