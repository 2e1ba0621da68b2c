// The parts of narra that need a large library (the web's libcurl, the
// preview server's cpp-httplib, the default cover's cairo and pango) are
// modules, loaded the first time they are used: a command that never fetches,
// serves or draws does not load those libraries and their dependencies.
//
// A module is libnarra-NAME.so in lib/narra/ of an installed tree, or in the
// build tree's modules/ folder. It exports functions with C linkage and C++
// types, declared once in the header of the stage they belong to; it calls
// back into the binary, which exports its symbols for that.
#pragma once

#include <string>

namespace narra {

// The address of `symbol` in module `name`, loaded once per process and kept
// loaded. Throws Error naming the module's file when it cannot be loaded or
// lacks the symbol.
void* module_symbol(const std::string& name, const std::string& symbol);

// module_symbol, typed as the function it names: `Function` is the type of
// the function's declaration (decltype(narra_...)).
template <typename Function>
Function& module_function(const std::string& name, const std::string& symbol) {
  return *reinterpret_cast<Function*>(module_symbol(name, symbol));
}

}  // namespace narra
