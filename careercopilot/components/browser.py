"""Values only the browser knows, written into form fields on page load (compiled into the
page bundle as a React effect — no ``eval``, so it passes the app's CSP).

:func:`browser_time_zone` fills every ``<input data-browser-timezone>`` that is still empty
with the browser's IANA time zone (``Intl.DateTimeFormat().resolvedOptions().timeZone``,
ECMA-402), so sign-up takes the visitor's zone without asking for an IANA name. The user can
still type another zone; an empty field falls back to UTC on the server.
"""

from __future__ import annotations

import reflex as rx

#: ``custom_attrs`` marking a time-zone input :func:`browser_time_zone` fills.
TIME_ZONE_INPUT = {"data-browser-timezone": "true"}

_TZ_EFFECT = """
useEffect(() => {
  let zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
  if (!zone) return;
  document.querySelectorAll('input[data-browser-timezone]').forEach((el) => {
    if (!el.value) {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(el, zone);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
}, []);
"""


class BrowserTimeZone(rx.Fragment):
    """Renders nothing; its effect fills the marked time-zone inputs (module doc)."""

    def add_imports(self) -> dict:
        return {"react": ["useEffect"]}

    def add_hooks(self) -> list[str]:
        return [_TZ_EFFECT]


def browser_time_zone() -> rx.Component:
    """Put once on a page with a time-zone field."""
    return BrowserTimeZone.create()
