// The preview module: the listening site served with cpp-httplib.
#include "site/preview_server.h"

#include <httplib.h>

#include <string>

#include "core/error.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

// Types the browser and podcast apps need to see right; cpp-httplib knows
// the common ones (html, css, js, json, mp3, png, jpg) itself.
void add_site_types(httplib::Server& server) {
  server.set_file_extension_and_mimetype_mapping("html", "text/html; charset=utf-8")
      .set_file_extension_and_mimetype_mapping("css", "text/css; charset=utf-8")
      .set_file_extension_and_mimetype_mapping("js", "text/javascript; charset=utf-8")
      .set_file_extension_and_mimetype_mapping("vtt", "text/vtt; charset=utf-8")
      .set_file_extension_and_mimetype_mapping("srt", "application/x-subrip; charset=utf-8")
      .set_file_extension_and_mimetype_mapping("xml", "application/rss+xml; charset=utf-8")
      .set_file_extension_and_mimetype_mapping("json", "application/json")
      .set_file_extension_and_mimetype_mapping("mp3", "audio/mpeg")
      .set_file_extension_and_mimetype_mapping("opus", "audio/ogg")
      .set_file_extension_and_mimetype_mapping("wav", "audio/wav");
}

// A path with a segment starting with '.' names a hidden file, which the
// preview does not serve (cpp-httplib already refuses "..").
bool names_hidden_file(const std::string& path) {
  for (std::size_t at = path.find('/'); at != std::string::npos; at = path.find('/', at + 1)) {
    if (at + 1 < path.size() && path[at + 1] == '.') return true;
  }
  return false;
}

}  // namespace

void narra_serve_site(const fs::path& folder, const PreviewOptions& options,
                      const std::function<void(int port)>& listening) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    throw Error("cannot serve " + quoted(folder) + ": not a folder",
                "give the folder narra feed site wrote the pages into (the feed's folder)");
  }
  httplib::Server server;
  if (!server.set_mount_point("/", folder.string())) {
    throw Error("cannot serve " + quoted(folder) + ": the folder cannot be read", "check its permissions");
  }
  add_site_types(server);
  server.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!names_hidden_file(request.path)) return httplib::Server::HandlerResponse::Unhandled;
    response.status = 404;
    return httplib::Server::HandlerResponse::Handled;
  });
  const std::string host = "127.0.0.1";
  const int port = options.port == 0 ? server.bind_to_any_port(host)
                                     : (server.bind_to_port(host, options.port) ? options.port : -1);
  if (port <= 0) {
    throw Error("cannot listen on " + host + ":" + std::to_string(options.port) +
                    ": the port is in use or not allowed",
                "pick another port with --port N (1024 or above), or --port 0 for any free one");
  }
  listening(port);
  if (!server.listen_after_bind()) throw Error("the preview server on " + host + " stopped unexpectedly");
}

}  // namespace narra
