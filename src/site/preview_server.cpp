#include "site/preview_server.h"

#include "core/module.h"

namespace narra {

void serve_site(const std::filesystem::path& folder, const PreviewOptions& options,
                const std::function<void(int port)>& listening) {
  module_function<decltype(narra_serve_site)>("preview", "narra_serve_site")(folder, options, listening);
}

}  // namespace narra
