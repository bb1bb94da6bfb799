"""A loopback HTTP server for fetch tests: routes are set per test, nothing leaves the machine."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # Seconds between bytes of the body (a server that dribbles).
    byte_delay: float = 0.0
    # A callable(handler) -> Route for routes that depend on the request.
    dynamic: object = None
    # Stream this many zero bytes instead of `body` (large bodies without the memory).
    stream_zero_bytes: int = 0


class FixtureServer:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Clients keep connections alive: without this, Nagle holds each body back until
            # the client's delayed ACK of the headers (~40 ms per request).
            disable_nagle_algorithm = True

            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):
                server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    route = Route(
                        status=404, body=b"not found", headers={"Content-Type": "text/plain"}
                    )
                if route.dynamic is not None:
                    route = route.dynamic(self)
                length = route.stream_zero_bytes or len(route.body)
                try:
                    self.send_response(route.status)
                    headers = {"Content-Length": str(length), **route.headers}
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    if route.stream_zero_bytes:
                        block = b"\0" * 65536
                        sent = 0
                        while sent < route.stream_zero_bytes:
                            self.wfile.write(block)
                            sent += len(block)
                    elif route.byte_delay:
                        for byte in route.body:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(route.byte_delay)
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> FixtureServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        **kwargs,
    ) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = kwargs.pop("headers", {})
        if content_type:
            headers.setdefault("Content-Type", content_type)
        self.routes[path] = Route(status=status, body=body, headers=headers, **kwargs)
        return self.url(path)
