"""Messages carried in a URL are one-shot (issue 10 trial finding: ``/login/?step=two-factor&error=
totp_invalid`` opened directly showed "That code is not valid", and the error came back on every
reload because it lived in the address).

The backend's form posts redirect with ``?error=<code>`` / ``?notice=<code>`` (plus ``retry`` for
rate limits, ``delete_error`` for the account deletion step); a page's ``on_load`` handlers read
them into state. :class:`UrlMessageStrip` — in every layout (``templates.py``) — then removes those
parameters from the address bar with ``history.replaceState`` (no navigation, no new history
entry; other parameters such as ``next``, a reset ``token`` or the login's ``step`` are
kept). It acts when Reflex's ``is_hydrated`` turns true after having been false on this page:
Reflex sets it false when a page load or navigation starts and true only after the page's last
``on_load`` handler ran (``reflex.state.on_load_internal``), so every reader has read the message
before it goes — the event's ``router_data`` is taken from the live ``window.location`` when an
event is sent (Reflex ``state.js`` ``withRouterData``), so an earlier strip would hide it from
them. The code is compiled into the page bundle as a React effect: ``rx.call_script`` would
``eval`` it, which the app's CSP (no ``unsafe-eval``) blocks. A reload or a shared link then
shows no stale message.
"""
from __future__ import annotations

import json

import reflex as rx
from reflex.vars.base import Var, VarData

#: Query parameters that carry a one-shot message (never data the page needs again), and
#: ``email``: personal data never belongs in an address (trial 17 finding 3: the backend now hands
#: the typed address back in a cookie, ``services.form_return``; a link or bookmark from before
#: still carrying it loses it at once — no page reads it).
MESSAGE_PARAMS = ("error", "notice", "retry", "delete_error", "email")


def strip_script(params: tuple[str, ...] = MESSAGE_PARAMS) -> str:
    """JavaScript statements removing ``params`` from ``window.location`` in place (replaceState;
    the history entry's state object is kept, so the client router is undisturbed)."""
    return (
        "const u = new URL(window.location.href); let changed = false;"
        f" for (const k of {json.dumps(list(params))}) {{ if (u.searchParams.has(k)) {{ u.searchParams.delete(k); changed = true; }} }}"
        " if (changed) window.history.replaceState(window.history.state, '', u.pathname + u.search + u.hash);"
    )


class UrlMessageStrip(rx.Fragment):
    """Renders nothing; its effect strips the message parameters once the page's ``on_load``
    handlers have run (module doc)."""

    def add_hooks(self) -> list[str | Var]:
        hydrated = rx.State.is_hydrated
        data = VarData.merge(hydrated._get_all_var_data(), VarData(imports={"react": ["useEffect", "useRef"]}))
        return [
            Var(_js_expr="const ccMessagesAwaitLoad = useRef(false);", _var_data=data),
            Var(_js_expr=(
                f"useEffect(() => {{ if (!{hydrated!s}) {{ ccMessagesAwaitLoad.current = true; return; }}"
                " if (!ccMessagesAwaitLoad.current) return; ccMessagesAwaitLoad.current = false; "
                + strip_script() + f" }}, [{hydrated!s}]);"
            ), _var_data=data),
        ]


def url_message_strip() -> rx.Component:
    """Put once in every layout."""
    return UrlMessageStrip.create()
