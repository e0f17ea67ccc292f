"""A loopback HTTP server that replays scripted LLM responses (recorded or edge cases).

``LLMServer`` answers every POST with the next :class:`Reply` of its script (the last one
repeats). A reply is a status, headers and body chunks written one by one with a flush
(so the client really receives a stream), optionally a pause before a chunk, and
optionally a cut connection instead of a clean end. Requests are recorded
(path, headers, parsed JSON body) in ``server.requests``.

``reply_from_cassette(path)`` turns a VCR cassette (``tests/fixtures/llm/recorded``) into a
:class:`Reply` with the recorded status, content type and body, SSE split per event.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "llm" / "recorded"


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    chunks: list[bytes] = field(default_factory=list)
    #: seconds to sleep before writing chunk i (index → seconds)
    pauses: dict[int, float] = field(default_factory=dict)
    #: close the socket abruptly after the chunks instead of ending cleanly
    cut: bool = False
    #: build the chunks from the request's JSON body (a model that echoes its prompt)
    dynamic: object = None


def sse(*events: str) -> list[bytes]:
    """Chunks of an SSE body, one per event text (a blank line is appended to each)."""
    return [(e if e.endswith("\n\n") else e.rstrip("\n") + "\n\n").encode() for e in events]


def sse_reply(*events: str, **kw) -> Reply:
    return Reply(headers={"Content-Type": "text/event-stream"}, chunks=sse(*events), **kw)


def json_reply(payload: object, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status=status, headers={"Content-Type": "application/json", **(headers or {})},
                 chunks=[json.dumps(payload).encode()])


def openai_chunk(content: str | None = None, finish: str | None = None, **extra) -> str:
    """``data: {chat.completion.chunk}`` with one choice (test helper)."""
    delta = {} if content is None else {"content": content}
    payload = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1, "model": "m",
               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
    return "data: " + json.dumps(payload)


def reply_from_cassette(name: str, *, interaction: int = 0) -> Reply:
    """The recorded response of ``tests/fixtures/llm/recorded/<name>`` as a Reply."""
    path = RECORDED / name
    if path.suffix == ".sse":
        text = path.read_text("utf-8")
        parts = [p + "\n\n" for p in text.split("\n\n") if p.strip()] if "\n\n" in text else [
            line + "\n" for line in text.split("\n") if line]
        return Reply(headers={"Content-Type": "text/event-stream"}, chunks=[p.encode() for p in parts])
    data = yaml.safe_load(path.read_text("utf-8"))
    response = data["interactions"][interaction]["response"]
    if "parsed_body" in response:
        body = json.dumps(response["parsed_body"])
    else:
        raw = response.get("body", response.get("content"))
        body = raw["string"] if isinstance(raw, dict) else raw
    headers = {k.lower(): (v[0] if isinstance(v, list) else v) for k, v in (response.get("headers") or {}).items()}
    keep = {k: v for k, v in headers.items() if k in ("content-type", "retry-after", "retry-after-ms")}
    status = int(response["status"]["code"] if "status" in response else response["status_code"])
    if "event-stream" in keep.get("content-type", ""):
        chunks = [(p + "\n\n").encode() for p in body.split("\n\n") if p.strip()]
    else:
        chunks = [body.encode()]
    return Reply(status=status, headers=keep, chunks=chunks)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        owner = self.server.owner
        with owner.lock:
            owner.requests.append({"path": self.path, "headers": dict(self.headers), "json": body})
            reply = owner.script[min(owner.index, len(owner.script) - 1)]
            owner.index += 1
        if reply.dynamic is not None:
            reply = Reply(reply.status, reply.headers, list(reply.dynamic(body)), reply.pauses, reply.cut)
        self.send_response(reply.status)
        for k, v in reply.headers.items():
            self.send_header(k, v)
        self.send_header("Connection", "close")
        if not reply.cut:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(sum(len(c) for c in reply.chunks) + 1000))
        self.end_headers()
        try:
            for i, chunk in enumerate(reply.chunks):
                if i in reply.pauses:
                    time.sleep(reply.pauses[i])
                if reply.cut:
                    self.wfile.write(chunk)
                else:
                    self.wfile.write(f"{len(chunk):X}\r\n".encode() + chunk + b"\r\n")
                self.wfile.flush()
            if reply.cut:
                self.connection.shutdown(socket.SHUT_RDWR)
            else:
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "LLMServer"


class LLMServer:
    """``with LLMServer([Reply, …]) as srv:`` → ``srv.url`` (``http://127.0.0.1:<port>``)."""

    def __init__(self, script: list[Reply]) -> None:
        self.script = list(script)
        self.index = 0
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> "LLMServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
