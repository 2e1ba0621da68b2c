#include "core/module.h"

#include <dlfcn.h>

#include <filesystem>
#include <map>
#include <mutex>

#include "core/error.h"
#include "core/installed_path.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

struct LoadedModule {
  fs::path file;
  void* handle = nullptr;
};

Error cannot_load(const fs::path& file, const std::string& reason) {
  return Error("cannot load narra's module " + quoted(file) + ": " + reason,
               "install narra again (cmake --install puts its modules in lib/narra/), or build it again");
}

// Loaded modules by name. They are never unloaded: their libraries keep
// process-wide state (libcurl's global init, fontconfig's cache).
const LoadedModule& load(const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, LoadedModule> loaded;
  const std::lock_guard lock(mutex);
  if (const auto found = loaded.find(name); found != loaded.end()) return found->second;
  LoadedModule module;
  module.file =
      installed_or_built(NARRA_INSTALLED_MODULES_DIR, NARRA_MODULES_DIR) / ("libnarra-" + name + ".so");
  module.handle = dlopen(module.file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (module.handle == nullptr) {
    std::error_code error;
    throw cannot_load(module.file, fs::exists(module.file, error) ? dlerror() : "no such file");
  }
  return loaded.emplace(name, std::move(module)).first->second;
}

}  // namespace

void* module_symbol(const std::string& name, const std::string& symbol) {
  const LoadedModule& module = load(name);
  void* address = dlsym(module.handle, symbol.c_str());
  if (address == nullptr) throw cannot_load(module.file, "it has no function " + symbol);
  return address;
}

}  // namespace narra
