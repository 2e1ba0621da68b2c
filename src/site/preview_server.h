// A preview of the listening site on this machine: a small HTTP server on
// 127.0.0.1 (cpp-httplib) that serves a folder's files with GET and HEAD,
// byte ranges (so the browser can seek in the audio) and MIME types by
// extension. Hidden files and folders (the .narra/ state, temporaries) are
// not served. Not meant for the public: it listens on loopback only.
// The server is the preview module (preview_server_module.cpp, see core/module.h).
#pragma once

#include <filesystem>
#include <functional>

namespace narra {

struct PreviewOptions {
  int port = 8000;  // 0: any free port
};

// Serves `folder` until the process is stopped (SIGINT, SIGTERM).
// `listening` is called once with the port, when requests can be made.
// Throws Error when the folder is not a readable folder or the port cannot
// be bound (in use, or not allowed).
void serve_site(const std::filesystem::path& folder, const PreviewOptions& options,
                const std::function<void(int port)>& listening);

// The preview module's server, which serve_site calls.
extern "C" void narra_serve_site(const std::filesystem::path& folder, const PreviewOptions& options,
                                 const std::function<void(int port)>& listening);

}  // namespace narra
