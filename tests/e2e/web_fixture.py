"""A loopback HTTP server for the tests of web input: serves pages and feeds from a table,
answers conditional requests, and logs every answer. Never leaves 127.0.0.1."""
import gzip
import hashlib
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Route:
    """What the server answers for one path."""

    def __init__(self, body=b"", status=200, content_type="text/html; charset=utf-8", headers=None,
                 delay=0.0, gzip_body=False, validators=True, length=True):
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.status = status
        self.content_type = content_type
        self.headers = headers or {}
        self.delay = delay
        self.gzip_body = gzip_body
        self.validators = validators
        self.length = length


class LoopbackServer:
    """Start with `with LoopbackServer() as server:`; add routes with server.routes[path] = Route(...)."""

    def __init__(self, tls_dir=None):
        self.routes = {}
        self.log = []  # (method, path, status) per answer
        self.asked = []  # every path asked for, when the request arrives
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    route = Route("<p>non trovata</p>", status=404)
                server.asked.append(self.path)
                if route.delay:
                    time.sleep(route.delay)
                etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
                if route.validators and route.status == 200 and self.headers.get("If-None-Match") == etag:
                    server.log.append(("GET", self.path, 304))
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                body = gzip.compress(route.body) if route.gzip_body else route.body
                server.log.append(("GET", self.path, route.status))
                try:
                    self.send_response(route.status)
                    if route.content_type:
                        self.send_header("Content-Type", route.content_type)
                    if route.gzip_body:
                        self.send_header("Content-Encoding", "gzip")
                    if route.validators and route.status == 200:
                        self.send_header("ETag", etag)
                        self.send_header("Last-Modified", "Sat, 28 Nov 2026 07:00:00 GMT")
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.length:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        scheme = "http"
        if tls_dir is not None:
            # A certificate nobody vouches for: a client that checks certificates refuses it.
            cert, key = tls_dir / "cert.pem", tls_dir / "key.pem"
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                            "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", cert],
                           check=True, capture_output=True)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.base = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path):
        return self.base + path

    def statuses(self, path):
        """The statuses the server answered `path` with, in order."""
        return [status for _, logged, status in self.log if logged == path]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def page(title, paragraphs, lang="it", charset="utf-8", article=True, meta=""):
    """An HTML news page; `paragraphs` are the story's own sentences."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    story = f"<article><h1>{title}</h1>{body}</article>" if article else \
        f"<div class=\"contenuto\"><h1>{title}</h1>{body}</div>"
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head>{meta}<title>{title}</title></head>"
            f"<body>{story}</body></html>")
