// What happens when narra is told to stop (SIGINT, SIGTERM): its temporary
// files are removed, its worker processes are stopped, and the process ends
// by the same signal, so the caller sees how it ended. Final paths are never
// half-written, since outputs only reach them by rename.
//
// The signals are taken by a dedicated thread (sigwait), not a handler, so
// cleanup may lock and allocate; every other thread keeps them blocked.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <utility>

namespace narra {

// Blocks SIGINT and SIGTERM in the calling thread and starts the thread that
// waits for them. Call first thing in main(), before any other thread starts
// (threads inherit the blocked mask), and again in a child right after fork().
void watch_termination_signals();

// Creates an empty file from a mkstemp(3) pattern ("dir/.name.XXXXXX") and
// registers it for removal on termination, with no moment in between.
// The file is locked (flock) for as long as the descriptor, or a copy of it,
// stays open. Returns its path and its open descriptor (read-write); throws
// Error naming `final_path`.
std::pair<std::filesystem::path, int> create_temp_file(const std::string& pattern,
                                                       const std::filesystem::path& final_path);

void register_temp_file(const std::filesystem::path& path);
void unregister_temp_file(const std::filesystem::path& path);

// Worker processes that termination passes the signal on to.
void register_child(pid_t pid);
void unregister_child(pid_t pid);

}  // namespace narra
