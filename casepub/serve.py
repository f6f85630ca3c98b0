"""`casepub preview`: serve the draft on loopback, rebuild on save, push changes to the browser."""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import unquote, urlsplit

from casepub.preview import Session

logger = logging.getLogger(__name__)

PREFIX = "/_casepub/"
KEEPALIVE = 15.0  # seconds between comments on an idle event stream, so proxies keep it open
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript",
         ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml",
         ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf",
         ".pdf": "application/pdf"}


def static(name: str) -> bytes:
    return resources.files("casepub").joinpath("static", name).read_bytes()


def inject(html: bytes, state: dict) -> bytes:
    """The preview script goes into the draft as it is served; the file on disk stays the build's."""
    tag = (f'<script src="{PREFIX}preview.js" data-html="{state["html"]}" data-assets="{state["assets"]}" '
           f'defer></script>').encode()
    head = html.find(b"</head>")
    return html[:head] + tag + html[head:] if head >= 0 else tag + html


PLACEHOLDER = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>casepub preview</title>
</head><body><main style="font:16px system-ui;margin:3em">No draft yet: the case has errors.</main></body></html>"""


class Handler(BaseHTTPRequestHandler):
    """Routes: the draft at /, its files below it, and the preview's own endpoints under /_casepub/."""

    server: "PreviewServer"
    server_version = "casepub-preview"

    def log_message(self, format: str, *args) -> None:  # the terminal shows rebuilds, not requests
        logger.debug("%s %s", self.address_string(), format % args)

    # -- helpers --------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, kind: str = "text/plain; charset=utf-8",
              headers: Optional[dict] = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        # No other site may frame the draft and click its buttons.
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Content-Security-Policy", "frame-ancestors 'none'")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _host_ok(self) -> bool:
        """Refuse other host names (DNS rebinding: a web page must not reach the draft)."""
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
        if host in ("127.0.0.1", "localhost", "::1"):
            return True
        self._send(HTTPStatus.FORBIDDEN, b"casepub preview answers only on 127.0.0.1\n")
        return False

    def _json(self, data: object, status: int = 200) -> None:
        self._send(status, json.dumps(data).encode(), "application/json")

    # -- routes ---------------------------------------------------------------------------

    def do_HEAD(self) -> None:
        if unquote(urlsplit(self.path).path) == PREFIX + "events":
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"")
            return
        self.do_GET()

    def do_GET(self) -> None:
        if not self._host_ok():
            return
        path = unquote(urlsplit(self.path).path)
        session = self.server.session
        if path in ("/", "/index.html", f"/{session.html_path.name}"):
            state = session.state.as_dict()
            html = session.html_path.read_bytes() if state["html"] and session.html_path.is_file() else PLACEHOLDER
            self._send(200, inject(html, state), TYPES[".html"])
        elif path in (PREFIX + "preview.js", PREFIX + "preview.css"):
            self._send(200, static(path[len(PREFIX):]), TYPES[Path(path).suffix])
        elif path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"")
        elif path == PREFIX + "state":
            self._json(session.state.as_dict())
        elif path == PREFIX + "events":
            self._events()
        elif path == PREFIX + "pdf":
            self._pdf()
        elif path == PREFIX + "care":
            self._care()
        else:
            self._file(path)

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        # A custom header makes a browser ask first (CORS), which other origins never get past.
        if urlsplit(self.path).path != PREFIX + "style" or self.headers.get("X-Casepub") != "1":
            self._send(HTTPStatus.NOT_FOUND, b"not found\n")
            return
        try:
            length = max(0, min(int(self.headers.get("Content-Length") or 0), 200))
        except ValueError:
            length = 0
        style_id = self.rfile.read(length).decode("utf-8", "replace").strip()
        try:
            state = self.server.session.switch_style(style_id)
        except ValueError as exc:
            self._json({"error": str(exc)}, HTTPStatus.BAD_REQUEST)
            return
        self.server.report(state)
        self._json(state.as_dict())

    def _file(self, path: str) -> None:
        """Only files below the preview folder; `..` and anything resolving elsewhere get 404."""
        root = self.server.session.folder
        parts = path.split("/")
        target = (root / "/".join(p for p in parts if p)).resolve()
        if ".." in parts or "\\" in path or root not in target.parents or not target.is_file():
            self._send(HTTPStatus.NOT_FOUND, b"not found\n")
            return
        self._send(200, target.read_bytes(), TYPES.get(target.suffix.lower(), "application/octet-stream"))

    def _events(self) -> None:
        session = self.server.session
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = -1
        try:
            while not session.closed and not self.server.stopping.is_set():
                with session.changed:
                    if session.state.version == seen:
                        session.changed.wait(KEEPALIVE)
                    state = session.state
                if session.closed:
                    break
                if state.version != seen:
                    seen = state.version
                    self.wfile.write(f"event: state\ndata: {json.dumps(state.as_dict())}\n\n".encode())
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the tab was closed or reloaded

    def _problems_page(self, title: str, problems: Iterable) -> None:
        from html import escape

        items = "".join(f"<li><code>{escape(p.format())}</code></li>" for p in problems) or "<li>no draft yet</li>"
        body = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
                f'<body style="font:15px system-ui;margin:2em"><h1>{escape(title)}</h1><ul>{items}</ul>'
                f"<p>Fix these, save, and press the button again.</p></body></html>").encode()
        self._send(HTTPStatus.CONFLICT, body, TYPES[".html"])

    def _pdf(self) -> None:
        started = time.perf_counter()
        pdf, problems, rebuilt = self.server.session.pdf()
        if pdf is None:
            self._problems_page("The PDF could not be made", problems)
            return
        if rebuilt:
            self.server.say(f"PDF laid out in {time.perf_counter() - started:.2f} s")
        self._send(200, pdf.read_bytes(), TYPES[".pdf"],
                   {"Content-Disposition": f'inline; filename="{pdf.name}"'})

    def _care(self) -> None:
        html, problems = self.server.session.care()
        if html is None:
            self._problems_page("The CARE checklist could not be made", problems)
            return
        self._send(200, html.encode("utf-8"), TYPES[".html"])


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True  # open event streams must not keep the process alive after Ctrl-C

    def __init__(self, session: Session, port: int, say: Callable[[str], None],
                 report: Callable[[object], None]) -> None:
        self.session = session
        self.say, self.report = say, report
        self.stopping = threading.Event()
        super().__init__(("127.0.0.1", port), Handler)

    def handle_error(self, request, client_address) -> None:
        """A tab closed or reloaded mid-answer is normal; anything else is one line, no traceback."""
        exc = sys.exc_info()[1]
        if isinstance(exc, (BrokenPipeError, ConnectionResetError, TimeoutError)):
            return
        logger.error("preview: a request failed: %s: %s", type(exc).__name__, exc)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


def watched(session: Session) -> list[Path]:
    """The case folder and every styles/ and templates/ folder the lookup chain reads."""
    from casepub.resources import search_roots

    paths = [session.case_dir]
    for root in search_roots(session.case_dir):
        paths += [root / sub for sub in ("styles", "templates") if (root / sub).is_dir()]
    return paths


def watch(session: Session, stop: threading.Event, on_rebuild: Callable[[object], None],
          say: Callable[[str], None]) -> None:
    """Rebuild after each burst of saves; editors write several events per save."""
    from watchfiles import DefaultFilter, watch as watch_files

    output = session.folder.parent

    class Filter(DefaultFilter):
        def __call__(self, change, path: str) -> bool:
            return super().__call__(change, path) and output not in Path(path).parents

    for _changes in watch_files(*watched(session), watch_filter=Filter(), debounce=60, step=20,
                                stop_event=stop, yield_on_timeout=False, raise_interrupt=False):
        on_rebuild(session.rebuild())
        if not session.case_dir.is_dir():  # its watch went with it: a restored folder is not seen
            say(f"the case folder {session.case_dir} is gone: restore it, then stop (Ctrl-C) and "
                "start casepub preview again")
            return
