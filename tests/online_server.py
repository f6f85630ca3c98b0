"""A local stand-in for Crossref and E-utilities on 127.0.0.1, serving tests/fixtures/online."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "online"


class FakeRegistries(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests: list[str] = []
        self.fail_with: int | None = None  # answer every request with this status
        self.rate_limit_first = 0  # answer this many requests with 429 first
        self.delay = 0.0
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: FakeRegistries

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def send(self, status: int, body: object, headers: dict | None = None) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        server = self.server
        with server.lock:
            server.requests.append(self.path)
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
            limited = server.rate_limit_first > 0
            if limited:
                server.rate_limit_first -= 1
        try:
            time.sleep(server.delay)
            if server.fail_with:
                return self.send(server.fail_with, b"Service Unavailable")
            if limited:
                return self.send(429, b"Too Many Requests", {"Retry-After": "0"})
            url = urlsplit(self.path)
            if url.path.startswith("/crossref/works/"):
                doi = unquote(url.path[len("/crossref/works/"):])
                fixture = FIXTURES / "crossref" / (doi.replace("/", "_") + ".json")
                if fixture.is_file():
                    return self.send(200, json.loads(fixture.read_text()))
                return self.send(404, b"Resource not found.")
            if url.path == "/eutils/esummary.fcgi":
                ids = parse_qs(url.query).get("id", [""])[0].split(",")
                result: dict = {"uids": []}
                for pmid in ids:
                    fixture = FIXTURES / "pubmed" / f"{pmid}.json"
                    if fixture.is_file():
                        result["uids"].append(pmid)
                        result[pmid] = json.loads(fixture.read_text())
                    else:
                        result[pmid] = {"uid": pmid, "error": "cannot get document summary"}
                return self.send(200, {"header": {"type": "esummary", "version": "0.3"}, "result": result})
            return self.send(404, b"not found")
        finally:
            with server.lock:
                server.in_flight -= 1


def start() -> FakeRegistries:
    server = FakeRegistries()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
