"""Serve the test's own database over real HTTP, for a tool in another process (Lighthouse).

``in_process.py`` answers Playwright's requests inside the browser's own routing; a program we
do not drive (Lighthouse starts its own Chromium) needs a socket. Here threads accept the
connections and read the requests, and the test's thread answers each one through Django's
test client — so the answer comes from the test's transaction (the demo world built once,
uncommitted), which a live-server thread with a connection of its own would not see.
"""

import queue
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client

from .in_process import _static

# Headers the test client sets itself, or that make no sense to it.
_SKIPPED_HEADERS = {"content-length", "cookie", "connection", "accept-encoding", "host"}
# Headers of Django's response the handler writes itself.
_OWN_HEADERS = {"content-length", "connection", "transfer-encoding"}


class _Exchange:
    """One request, parsed by a connection's thread, answered by the test's thread."""

    def __init__(self, method, path, headers, body):
        self.method, self.path, self.headers, self.body = method, path, headers, body
        self.answered = threading.Event()
        self.answer = (500, {}, b"")


def _handler_class(exchanges):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # one request per connection: nothing left idle

        def _forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            exchange = _Exchange(
                self.command, self.path, dict(self.headers), self.rfile.read(length)
            )
            exchanges.put(exchange)
            if not exchange.answered.wait(60):
                exchange.answer = (504, {}, b"")
            status, headers, body = exchange.answer
            self.send_response(status)
            for key, value in headers.items():
                if key.lower() not in _OWN_HEADERS:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_HEAD = do_POST = _forward

        def log_message(self, *args):
            pass

    return Handler


def _answer(client, exchange, host):
    path = urlsplit(exchange.path).path
    if path.startswith(settings.STATIC_URL):
        return _static(path)
    headers = {
        key: value for key, value in exchange.headers.items() if key.lower() not in _SKIPPED_HEADERS
    }
    response = client.generic(
        exchange.method,
        exchange.path,
        data=exchange.body,
        content_type=exchange.headers.get("Content-Type", "application/octet-stream"),
        headers=headers,
        HTTP_HOST=host,
    )
    body = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    return response.status_code, dict(response.items()), body


def serve_while(process, client=None, timeout=300):
    """Answer HTTP requests on 127.0.0.1 until ``process(base_url)`` (a started subprocess,
    from a function given the base URL) exits; returns that process (finished). A process
    still running after ``timeout`` seconds is killed and the test fails."""
    client = client or Client()
    exchanges = queue.Queue()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(exchanges))
    server.daemon_threads = True
    host = f"127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        running = process(f"http://{host}")
        deadline = time.monotonic() + timeout
        while running.poll() is None:
            if time.monotonic() > deadline:
                running.kill()
                running.wait()
                raise AssertionError(f"{running.args[:2]} still running after {timeout}s")
            try:
                exchange = exchanges.get(timeout=0.1)
            except queue.Empty:
                continue
            try:
                exchange.answer = _answer(client, exchange, host)
            finally:
                exchange.answered.set()
        return running
    finally:
        server.shutdown()
        server.server_close()
