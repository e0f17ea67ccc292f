"""A handler's exception reaches the user as a toast without ``eval`` (session 12 trial: Reflex's
default handler answers with ``rx.toast``, a ``run_script`` event the browser ``eval``\\ s, which
the app's CSP blocks — "[Reflex Frontend Exception] EvalError" — so the user saw nothing)."""

from __future__ import annotations

from types import SimpleNamespace

from careercopilot.state import event_errors
from careercopilot.state.event_errors import EVENT_ERROR_MESSAGE, EventErrorState

#: Reflex's client-side script events: their payload is run with eval (reflex state.js).
EVAL_EVENTS = ("_call_script", "_call_function")


def test_the_app_answers_a_failed_handler_with_a_state_event():
    from careercopilot.careercopilot import app

    spec = app.backend_exception_handler(RuntimeError("database is locked"))
    specs = spec if isinstance(spec, list) else [spec]
    assert specs and all(not s.handler.fn.__name__.startswith(EVAL_EVENTS) for s in specs)
    assert [s.handler.fn.__name__ for s in specs] == ["show"]
    assert specs[0].handler.state_full_name == EventErrorState.get_full_name()
    args = {a[0]._js_expr: a[1]._var_value for a in specs[0].args}
    assert args == {"message": EVENT_ERROR_MESSAGE}  # the exception's own text stays in the log


def test_show_counts_each_failure():
    probe = SimpleNamespace(message="", shown=0)
    EventErrorState.show.fn(probe, "first")
    EventErrorState.show.fn(probe, "second")
    assert (probe.message, probe.shown) == ("second", 2)


def test_the_toast_is_a_compiled_effect_not_eval():
    hooks = event_errors.EventErrorToast.create().add_hooks()
    js = " ".join(str(h) for h in hooks)
    assert "toast.error(" in js and "useEffect" in js and "eval" not in js
    data = hooks[0]._get_all_var_data()
    libraries = {lib for lib, _ in data.imports}
    assert "react" in libraries and any(lib.startswith("sonner") for lib in libraries)


def test_every_layout_has_the_toast():
    import inspect

    from careercopilot import templates

    src = inspect.getsource(templates)
    assert src.count("event_error_toast()") == src.count("url_message_strip()") >= 2
