"""A failed event handler reaches the user as a toast, under the app's CSP (session 12 trial).

Reflex's default backend exception handler (``reflex.app.default_backend_exception_handler``)
answers a handler's exception with ``rx.toast(...)``, a ``run_script`` event that the browser
runs with ``eval`` (Reflex ``state.js``: ``eval(event.payload.javascript_code)``). The app's
Content-Security-Policy has no ``'unsafe-eval'`` (``careercopilot.api.CSP``), so the browser
refuses it, Reflex reports "[Reflex Frontend Exception] EvalError" to the server, and the user
sees nothing: a resume upload whose handler had hit ``LockExpiredError`` still read "Resume
uploaded".

:func:`backend_exception_handler` (``CareerApp(backend_exception_handler=...)``) logs the
exception as Reflex does and returns a **state event** instead: :meth:`EventErrorState.show`
sets :attr:`~EventErrorState.message` and bumps :attr:`~EventErrorState.shown`.
:class:`EventErrorToast` — in every layout (``templates.py``) — is a React effect compiled into
the page bundle (allowed by the CSP, like ``url_messages.UrlMessageStrip``) that calls sonner's
``toast.error`` (the toaster Reflex already mounts) each time ``shown`` changes. The message
never carries the exception's text (it can name internals); the log line does.
"""

from __future__ import annotations

import traceback

import reflex as rx
import structlog
from reflex.utils.imports import ImportVar
from reflex.vars.base import Var, VarData

log = structlog.get_logger(__name__)

#: What the user reads when one of their actions failed on the server.
EVENT_ERROR_MESSAGE = "Something went wrong on our side, so that last action may not have been saved. Please try again."
#: The toast's id: a second failure replaces the first toast instead of stacking.
TOAST_ID = "backend_error"


class EventErrorState(rx.State):
    """The last server-side failure of this tab's events, for :class:`EventErrorToast`."""

    message: str = ""
    #: How many failures this tab has been told about (the toast effect fires on each change).
    shown: int = 0

    @rx.event
    def show(self, message: str):
        """Queue ``message`` as an error toast."""
        self.message, self.shown = str(message)[:300], self.shown + 1


def backend_exception_handler(exception: Exception):
    """Log ``exception`` with its traceback and toast :data:`EVENT_ERROR_MESSAGE` (module doc)."""
    log.error("event.failed", error=f"{type(exception).__name__}: {exception}",
              traceback="".join(traceback.format_exception(type(exception), exception, exception.__traceback__)))
    return EventErrorState.show(EVENT_ERROR_MESSAGE)


def toast_effect(shown: Var, message: Var) -> str:
    """The effect's JavaScript: an error toast of ``message`` when ``shown`` grows past 0."""
    return (f"useEffect(() => {{ if ({shown!s} > 0) {{ toast.error({message!s}, "
            f"{{ id: \"{TOAST_ID}\", duration: 10000, closeButton: true }}); }} }}, [{shown!s}]);")


class EventErrorToast(rx.Fragment):
    """Renders nothing; its compiled effect shows :class:`EventErrorState`'s message as a toast."""

    def add_hooks(self) -> list[str | Var]:
        from reflex_components_sonner.toast import Toaster

        shown, message = EventErrorState.shown, EventErrorState.message
        data = VarData.merge(shown._get_all_var_data(), message._get_all_var_data(),
                             VarData(imports={"react": ["useEffect"],
                                               Toaster.library: [ImportVar(tag="toast", install=False)]}))
        return [Var(_js_expr=toast_effect(shown, message), _var_data=data)]


def event_error_toast() -> rx.Component:
    """Put once in every layout."""
    return EventErrorToast.create()
