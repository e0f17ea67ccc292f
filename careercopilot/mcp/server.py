"""The Career Copilot MCP server (issue 14): the REST API's operations as MCP tools, for desktop
assistants, with the same personal access tokens and scopes.

Transports:

* **stdio** — ``python -m careercopilot mcp --token-env CC_TOKEN`` (:func:`run_stdio`): the
  token is read from that environment variable; every tool call re-checks it (a revoked or
  expired token stops working at once).
* **streamable HTTP** — ``/mcp`` on the app's backend (:mod:`careercopilot.mcp.http`):
  ``Authorization: Bearer cc_pat_…`` on every request, no cookies, ``Origin`` validated.

Every tool is a plain ``def`` (the SDK runs it on a worker thread, off the event loop) that
first calls :func:`principal` with the scope it needs — ``<resource>:<read|write>`` as in
``services.api_tokens`` — and then the same code as the REST route (``careercopilot.apiv1``:
the route functions themselves, so ownership, validation, ETag checks and shapes are the
API's). A missing scope, an unknown id (another user's included), invalid input or a failed
``If-Match`` comes back as a tool error (``isError``) whose text names the HTTP-like status and
reason, e.g. ``404: application 7 not found``.

Tools are registered from ``tools_*.py`` (:data:`TOOL_MODULES`); :func:`tool_scopes` lists each
tool's scope (the cross-user test enumerates the tools from the server itself).
"""

import functools
from collections.abc import Callable
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response

from careercopilot.apiv1.problems import Problem
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import api_tokens, ratelimit
from careercopilot.services.api_tokens import TokenPrincipal

NAME = "careercopilot"
INSTRUCTIONS = """\
Career Copilot: the user's job search. Postings are ranked for their active resume with the
reasons (matched and missing skills, preference checks); applications move through stages
saved → applied → interviewing → offer → accepted/rejected/withdrawn. Use search_postings to
find jobs, get_posting for why one scored as it did, create_application to track one,
move_stage/add_note/set_follow_up to keep the tracker current, list_reminders for what is due,
draft_document for a cover letter or follow-up note (written in the background; poll
get_document). Ids are the user's own; an id of anything else is "not found"."""

#: Modules whose ``register(server)`` adds tools.
TOOL_MODULES = ("careercopilot.mcp.tools_postings", "careercopilot.mcp.tools_tracker",
                "careercopilot.mcp.tools_more")

#: The token secret of a stdio server (one process = one token); unused over HTTP.
_STDIO: dict[str, str | None] = {"secret": None}
#: tool name → "resource:mode" (filled by :func:`tool`).
_SCOPES: dict[str, str] = {}


class ToolRefused(ToolError):
    """A refused call: ``status`` (401/403/404/412/422/428/429…) and the reason."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status


def _request(ctx: Context | None):
    request = None
    if ctx is not None:
        try:
            request = ctx.request_context.request
        except ValueError:
            request = None
    return request if request is not None and hasattr(request, "headers") else None


def _secret(request) -> str | None:
    if request is not None:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        return value.strip() if scheme.lower() == "bearer" else None
    return _STDIO["secret"]


def authenticate(secret: str | None) -> TokenPrincipal | None:
    """The principal of a valid token secret, else None (``api_tokens.authenticate``)."""
    if not secret:
        return None
    with session_scope() as s:
        return api_tokens.authenticate(session=s, secret=secret)


def principal(ctx: Context | None, resource: str, mode: str) -> TokenPrincipal:
    """The token's principal when it holds ``resource:mode``; raises :class:`ToolRefused`
    (401 unknown/revoked/expired, 429 over the token's rate limit, 403 scope missing). Over HTTP
    the request was counted against the rate limit already (:mod:`careercopilot.mcp.http`)."""
    request = _request(ctx)
    who = authenticate(_secret(request))
    if who is None:
        raise ToolRefused(401, "The token is unknown, revoked or expired.")
    try:
        if request is None:
                ratelimit.hit("api-token", str(who.token_id), limit=settings.api_rate_limit,
                          window_seconds=settings.api_rate_window_seconds)
    except ratelimit.RateLimited as exc:
        raise ToolRefused(429, f"Too many requests with this token; retry in {exc.retry_after} s.") from None
    if not who.allows(resource, mode):
        raise ToolRefused(403, f"This token lacks the {resource}:{mode} scope.")
    return who


def fake_request(path: str) -> Request:
    """A request object for calling a REST route function directly (it only reads the path and
    query for ``Link`` headers)."""
    return Request({"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": []})


def call_route(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a REST route function, turning its problems and service errors into tool errors."""
    try:
        return fn(*args, **kwargs)
    except ToolError:
        raise
    except Problem as exc:
        raise ToolRefused(exc.status, exc.detail or "refused") from None
    except LookupError as exc:
        raise ToolRefused(404, str(exc).strip("'\"") or "not found") from None
    except ValidationError as exc:
        raise ToolRefused(422, "; ".join(e["msg"] for e in exc.errors())) from None
    except ValueError as exc:
        raise ToolRefused(422, str(exc) or "invalid input") from None


def dump(value: Any) -> Any:
    """Route results (pydantic models, lists of them) → JSON-ready data."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [dump(v) for v in value]
    return value


def tool(server: MCPServer, resource: str, mode: str, *, title: str, read_only: bool | None = None,
         destructive: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``fn`` as a tool needing ``resource:mode``; its docstring is the description and
    its annotated parameters (``Annotated[..., Field(description=…)]``) the input schema."""

    def decorator(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            return call_route(fn, *args, **kwargs)

        ro = (mode == "read") if read_only is None else read_only
        server.add_tool(wrapped, name=fn.__name__, title=title, description=(fn.__doc__ or "").strip(),
                        annotations=ToolAnnotations(title=title, read_only_hint=ro, destructive_hint=destructive,
                                                    open_world_hint=False))
        _SCOPES[fn.__name__] = f"{resource}:{mode}"
        return fn

    return decorator


def tool_scopes() -> dict[str, str]:
    """``{tool name: "resource:mode"}`` of every registered tool (builds the server once)."""
    build_server()
    return dict(_SCOPES)


@functools.lru_cache(maxsize=1)
def build_server() -> MCPServer:
    """The MCP server with every tool of :data:`TOOL_MODULES` (one instance per process)."""
    import importlib

    server = MCPServer(NAME, title="Career Copilot", instructions=INSTRUCTIONS, version="1.0.0",
                       log_level="WARNING")
    for name in TOOL_MODULES:
        importlib.import_module(name).register(server)
    return server


def run_stdio(secret: str) -> None:
    """Serve MCP over stdin/stdout acting with the token ``secret`` (checked on every call)."""
    _STDIO["secret"] = secret
    build_server().run("stdio")


# Re-exported for tools modules.
__all__ = ["Context", "Response", "ToolRefused", "build_server", "call_route", "dump", "fake_request", "principal",
           "run_stdio", "tool", "tool_scopes"]


def current_etag(read) -> str:
    """The resource's ETag now: ``read(response)`` is the REST API's GET of it. A tool called without
    an ``etag`` means "the last write wins"; the REST updates it calls require a version
    (``If-Match: *`` → 428, RFC 9110 §13.1.1 as the API applies it), so the tool names the
    current one."""
    response = Response()
    read(response)
    return response.headers["etag"]
