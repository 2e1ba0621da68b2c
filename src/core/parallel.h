// Runs independent tasks on several threads of this process: the stages of
// one episode that can split its audio into parts (the MP3 segments, the
// loudness dry run). Tasks start in index order, so the earliest parts finish
// first; which thread runs a task never changes what it computes.
#pragma once

#include <cstddef>
#include <functional>

namespace narra {

// Threads worth starting here: one per core.
unsigned core_count();

// Calls task(0) .. task(count - 1), at most `threads` at a time, and returns
// when all are done. If a task throws, no further task starts and the first
// exception is rethrown once the running ones have returned.
void run_in_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task);

}  // namespace narra
