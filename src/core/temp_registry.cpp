#include "core/temp_registry.h"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cstring>
#include <mutex>

namespace narra {
namespace {

constexpr std::size_t kSlots = 256;
constexpr std::size_t kPathMax = 4096;

// A fixed table: a signal handler can walk it without allocating.
struct Slot {
  std::atomic<bool> used{false};
  char path[kPathMax];
};
std::array<Slot, kSlots> slots;
std::mutex slots_mutex;

}  // namespace

void register_temp_file(const std::filesystem::path& path) {
  const std::string text = path.string();
  if (text.size() >= kPathMax) return;
  std::lock_guard lock(slots_mutex);
  for (auto& slot : slots) {
    if (!slot.used.load()) {
      std::memcpy(slot.path, text.c_str(), text.size() + 1);
      slot.used.store(true);
      return;
    }
  }
}

void unregister_temp_file(const std::filesystem::path& path) {
  const std::string text = path.string();
  std::lock_guard lock(slots_mutex);
  for (auto& slot : slots) {
    if (slot.used.load() && text == slot.path) {
      slot.used.store(false);
      return;
    }
  }
}

void remove_temp_files_now() noexcept {
  for (auto& slot : slots) {
    if (slot.used.load()) ::unlink(slot.path);
  }
}

}  // namespace narra
