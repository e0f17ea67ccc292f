"""Accessibility helpers: skip link and focus management after client-side navigation.

Reflex pages change without a full reload (react-router), so the browser keeps focus on
the link that was clicked and screen readers announce nothing. :func:`route_focus` puts
a React effect on the page that runs whenever the path changes:

* an element marked ``data-autofocus`` (the first field of a form page: login, sign-up)
  gets focus — on the first load too;
* otherwise, after a navigation to another path (not on the first load, so the skip link stays
  the first Tab stop; not when only the query changed — a search, a filter, a tab), the page
  heading ``#page-title`` (``tabindex=-1``) gets focus;
* a disclosure button (``aria-expanded`` + ``aria-controls``) that opens a form moves focus to
  the form's first field once it is shown (:data:`_DISCLOSURE_FOCUS`);
* an element marked ``data-focus-on-show="<id>"`` (a form's error) moves focus to the element with
  that id each time it is inserted (:data:`_FOCUS_ON_SHOW`): the way a handler's outcome moves focus.
  Reflex's ``rx.set_focus`` is not used: it runs as its event arrives, before React has rendered
  what the same update shows, and logs "No element found for ref …" when the target is not on the
  page yet (a panel or dialog that mounts after the event); ``tests/unit/ui/test_focus_calls.py``.

The code is compiled into the page bundle (no ``eval``), so it passes the app's CSP.
Pattern: GOV.UK / Gatsby route announcer — move focus to the new page's ``h1``.
"""

from __future__ import annotations

import reflex as rx
from reflex_components_core.el.elements.inline import A as PlainAnchor

#: id of the element the skip link jumps to (the ``<main>`` of every layout).
MAIN_ID = "main"
#: id of the page heading focused after navigation.
TITLE_ID = "page-title"

_FOCUS_EFFECT = """
const ccLocation = useLocation();
useEffect(() => {
  const firstLoad = !window.__ccNavigated;
  window.__ccNavigated = true;
  // a search/filter submit or a tab change only changes the query (or re-mounts the same page): the
  // user stays where they were — focus goes to the heading on a real page change only (issue 10
  // trial: Enter in the Jobs search moved focus to the "Jobs" heading)
  // "/jobs" and "/jobs/" are one page (a search's URL came back as "/jobs/?q=…")
  const path = ccLocation.pathname.replace(/\/+$/, '') || '/';
  const samePage = window.__ccPath === path;
  window.__ccPath = path;
  const timer = setTimeout(() => {
    const field = document.querySelector('[data-autofocus]');
    if (field && !samePage) { field.focus(); return; }
    if (!firstLoad && !samePage) {
      const heading = document.getElementById('%s');
      if (heading) heading.focus({preventScroll: true});
    }
  }, 30);
  return () => clearTimeout(timer);
}, [ccLocation.pathname]);
""" % TITLE_ID


#: Names the hidden file inputs of ``rx.upload`` drop zones: react-dropzone renders a bare
#: ``<input type=file>`` that props cannot reach (axe ``label``, critical). The zone's
#: ``data-input-label`` attribute (see :data:`UPLOAD_LABEL`) becomes the input's ``aria-label``;
#: a MutationObserver covers zones rendered after data loads.
_UPLOAD_LABEL_EFFECT = """
useEffect(() => {
  const label = () => document.querySelectorAll('[data-input-label]').forEach((zone) => {
    const input = zone.querySelector('input[type=file]');
    if (input && !input.getAttribute('aria-label')) input.setAttribute('aria-label', zone.getAttribute('data-input-label'));
  });
  // Radix tables scroll inside a ScrollArea viewport: when it overflows, keyboard users must
  // be able to focus it to scroll (axe scrollable-region-focusable).
  const scrollables = () => document.querySelectorAll('.rt-TableRoot .rt-ScrollAreaViewport').forEach((vp) => {
    const overflowing = vp.scrollWidth > vp.clientWidth + 1;
    if (overflowing && !vp.hasAttribute('tabindex')) {
      vp.setAttribute('tabindex', '0');
      vp.setAttribute('role', 'region');
      vp.setAttribute('aria-label', 'Table (scrolls sideways)');
    } else if (!overflowing && vp.getAttribute('role') === 'region') {
      vp.removeAttribute('tabindex'); vp.removeAttribute('role'); vp.removeAttribute('aria-label');
    }
  });
  // Focus is never dropped to <body> by our own re-render (keyboard users lost their place after
  // "Save", a board move, an upload): when the focused control is removed or disabled, focus
  // goes to the control with the same id once it is back (a card re-mounted in its new column,
  // a button enabled again) or to the one its data-refocus names ("Save" → "Open in Applications").
  let current = null, last = null, lastAt = 0, lost = false;
  const onFocusIn = (e) => { current = e.target; last = null; lost = false; };
  const onFocusOut = (e) => {
    // a busy button is disabled first, then blurs: lost at once, refocused once it is enabled
    if (!e.relatedTarget && e.target !== document.body) { last = e.target; lastAt = Date.now(); lost = !!last.disabled; }
  };
  const recover = () => {
    const now = document.activeElement;
    if (now && now !== document.body) return;
    // removing the focused element fires no focusout: the element that had focus is the lost one
    if (!last && current && !current.isConnected) { last = current; lastAt = Date.now(); }
    if (!last || Date.now() - lastAt > 60000) return;
    if (!last.isConnected || last.disabled) lost = true;
    if (!lost) return;  // the user clicked elsewhere: leave focus alone
    const ids = [last.id, last.getAttribute && last.getAttribute('data-refocus')].filter(Boolean);
    for (const el of [...ids.map((id) => document.getElementById(id)), last]) {
      if (el && el.isConnected && !el.disabled && el.getClientRects().length) {
        el.focus();
        // a card moved to a column off screen on a phone: show that column (the board snaps to
        // column starts, so "nearest" would snap straight back)
        const board = el.closest('.cc-board'), col = el.closest('.cc-board-column');
        if (board && col) {
          const r = col.getBoundingClientRect(), b = board.getBoundingClientRect();
          if (r.left < b.left - 1 || r.right > b.right + 1) board.scrollTo({left: col.offsetLeft - board.firstElementChild.offsetLeft});
        }
        return;
      }
    }
  };
  // A "Move to…" choice re-renders its card in another column, and Radix returns focus to the
  // trigger node the menu opened from, which React may by then have reused for ANOTHER card (focus
  // is not on <body>, so recover() cannot see it: session-24 trial, focus jumped to another card's
  // "Move to…"). The chosen item's data-refocus names the control that should have focus; it gets
  // it back once present, for 5 s after the choice unless the user Tabs or points elsewhere.
  let wanted = null, wantedAt = 0;
  const chose = (e) => {
    if (e.type === 'keydown' && e.key === 'Tab') { wanted = null; return; }
    if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
    const item = e.target && e.target.closest && e.target.closest('[role=menuitem][data-refocus]');
    if (item && !item.hasAttribute('data-disabled')) { wanted = item.getAttribute('data-refocus'); wantedAt = Date.now(); }
  };
  const pointed = (e) => { if (!(e.target && e.target.closest && e.target.closest('[role=menuitem]'))) wanted = null; };
  const follow = () => {
    if (!wanted) return;
    if (Date.now() - wantedAt > 5000) { wanted = null; return; }
    const now = document.activeElement;
    if (now && now.id === wanted) return;
    if (now && now !== document.body && !(now.getAttribute && now.getAttribute('aria-haspopup') === 'menu')) return;
    const el = document.getElementById(wanted);
    if (el && el.isConnected && !el.disabled && el.getClientRects().length) el.focus();
  };
  document.addEventListener('keydown', chose, true);
  document.addEventListener('click', chose, true);
  document.addEventListener('pointerdown', pointed, true);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  // a field's "limit reached" note whose field left the page goes with it (see _LIMIT_NOTES)
  const orphans = () => document.querySelectorAll('.cc-limit-note').forEach((n) => { if (!n.__ccOwner || !n.__ccOwner.isConnected) n.remove(); });
  const run = () => { label(); scrollables(); recover(); follow(); orphans(); };
  run();
  window.addEventListener('resize', run);
  const observer = new MutationObserver(run);
  observer.observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['disabled']});
  return () => { observer.disconnect(); window.removeEventListener('resize', run); document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('focusout', onFocusOut); document.removeEventListener('keydown', chose, true);
    document.removeEventListener('click', chose, true); document.removeEventListener('pointerdown', pointed, true); };
}, []);
"""


#: Fields never cut text silently at their ``maxlength``: from 90 % of the limit a note under the
#: field (``role=status``, named by the field's ``aria-describedby``) counts the characters, and at
#: the limit says that anything longer is not added (typing stops, a paste is cut). One listener for
#: every ``<input>``/``<textarea>`` of every page, so no field can forget it.
_LIMIT_NOTES = """
useEffect(() => {
  const fmt = (n) => n.toLocaleString('en-US');
  const onInput = (e) => {
    const el = e.target;
    if (!el || !(el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') || !(el.maxLength > 0)) return;
    const n = el.value.length, max = el.maxLength, near = n >= Math.floor(max * 0.9);
    let note = el.__ccLimit;
    if (!note || !note.isConnected) {
      if (!near) return;
      note = document.createElement('span');
      window.__ccLimitSeq = (window.__ccLimitSeq || 0) + 1;
      note.id = 'cc-limit-' + window.__ccLimitSeq;
      note.className = 'cc-limit-note';
      note.setAttribute('role', 'status');
      note.__ccOwner = el;
      el.__ccLimit = note;
      (el.closest('.rt-TextFieldRoot, .rt-TextAreaRoot') || el).insertAdjacentElement('afterend', note);
      el.setAttribute('aria-describedby', ((el.getAttribute('aria-describedby') || '') + ' ' + note.id).trim());
    }
    note.hidden = !near;
    note.textContent = n >= max
      ? fmt(max) + ' of ' + fmt(max) + ' characters: the limit. Anything longer is not added.'
      : fmt(n) + ' of ' + fmt(max) + ' characters';
  };
  document.addEventListener('input', onInput, true);
  return () => document.removeEventListener('input', onInput, true);
}, []);
"""

#: A disclosure that opens a form focuses its first field: after a click on a button with
#: ``aria-controls``, once it says ``aria-expanded="true"`` and the element it controls is on the
#: page (Reflex renders it after the state update), that element's first visible enabled field gets
#: focus (issue 10 trial: "Save this search" left focus on the button). Waits at most 2 s.
_DISCLOSURE_FOCUS = """
useEffect(() => {
  const onClick = (e) => {
    const button = e.target.closest && e.target.closest('[aria-controls][aria-expanded]');
    if (!button || button.getAttribute('aria-expanded') === 'true') return;  // closing it
    const started = Date.now();
    const look = () => {
      const panel = document.getElementById(button.getAttribute('aria-controls'));
      if (button.getAttribute('aria-expanded') === 'true' && panel) {
        const field = [...panel.querySelectorAll('input:not([type=hidden]), select, textarea')]
          .find((f) => !f.disabled && f.getClientRects().length);
        if (field) { field.focus(); return; }
      }
      if (Date.now() - started < 2000) setTimeout(look, 50);
    };
    setTimeout(look, 0);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}, []);
"""

#: Focus that follows a state update: an element with ``data-focus-on-show="<id>"`` (e.g. a form's error
#: callout, rendered when the handler sets the error) focuses the element with id ``<id>`` once that is
#: on the page and visible — checked as nodes are inserted (MutationObserver), at most 2 s — each time
#: a new such element appears. An empty value does nothing.
_FOCUS_ON_SHOW = """
useEffect(() => {
  const seen = new WeakSet();
  const focusWhenShown = (id, started) => {
    const target = document.getElementById(id);
    if (target && target.getClientRects().length && !target.disabled) { target.focus(); return; }
    if (Date.now() - started < 2000) setTimeout(() => focusWhenShown(id, started), 50);
  };
  const run = () => {
    for (const el of document.querySelectorAll('[data-focus-on-show]')) {
      if (seen.has(el)) continue;
      seen.add(el);
      const id = el.getAttribute('data-focus-on-show');
      if (id) focusWhenShown(id, Date.now());
    }
  };
  const observer = new MutationObserver(run);
  observer.observe(document.body, {childList: true, subtree: true});
  run();
  return () => observer.disconnect();
}, []);
"""

#: In-page links marked ``data-scroll-to`` (the board's stage links) bring their target into view
#: inside its scroll container and move focus to it (the target has ``tabindex=-1``), without
#: touching the URL (react-router owns it).
_IN_PAGE_LINKS = """
useEffect(() => {
  const onClick = (e) => {
    const link = e.target.closest && e.target.closest('a[data-scroll-to]');
    if (!link) return;
    const target = document.getElementById(link.getAttribute('data-scroll-to'));
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({block: 'nearest', inline: 'start'});
    target.focus({preventScroll: true});
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}, []);
"""


#: Keyboard for a text box with a list of suggestion buttons (the Preferences place picker):
#: Enter in the box picks the first suggestion — or, when the typed text names several places and
#: their "Add all" button is shown (``__ALL__``), adds them all: a keyboard user typing "Mesa,
#: Chandler, Gilbert or remote" + Enter kept only Mesa (trial81, session 26) —, ArrowDown goes to it, arrows move between suggestions
#: (ArrowUp from the first returns to the box), Escape in the list returns to the box; after a
#: suggestion or a chip's remove button is used, focus returns to the box (the used button is
#: removed from the page, which would drop focus to <body>). Suggestion ids are dynamic, so
#: Reflex refs (``rx.set_focus``) cannot reach them: this runs in the browser.
_SUGGESTION_KEYS = """
useEffect(() => {
  const box = () => document.getElementById('__BOX__');
  const items = () => [...document.querySelectorAll('#__LIST__ button')];
  const all = () => (__HAS_ALL__ ? document.getElementById('__ALL__') : null);
  const onKey = (e) => {
    const list = items(), i = list.indexOf(document.activeElement);
    if (e.target === box() && e.key === 'Enter' && all()) { e.preventDefault(); all().click(); return; }
    if (e.target === box() && list.length && (e.key === 'ArrowDown' || e.key === 'Enter')) {
      e.preventDefault();
      if (e.key === 'Enter') list[0].click(); else list[0].focus();
      return;
    }
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') { e.preventDefault(); (list[i + 1] || list[i]).focus(); }
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') { e.preventDefault(); (i > 0 ? list[i - 1] : box()).focus(); }
    else if (e.key === 'Escape') { e.preventDefault(); box().focus(); }
  };
  const onUse = (e) => {
    const used = e.target.closest && e.target.closest('#__LIST__ button, #__CHIPS__ button' + (__HAS_ALL__ ? ', #__ALL__' : ''));
    if (used && box()) setTimeout(() => box().focus(), 0);
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('click', onUse);
  return () => { document.removeEventListener('keydown', onKey); document.removeEventListener('click', onUse); };
}, []);
"""


class SuggestionKeys(rx.Fragment):
    """Renders nothing; its hook gives a box + suggestion list their keyboard (see above)."""

    box_id: str = ""
    list_id: str = ""
    chips_id: str = ""
    all_id: str = ""

    def add_imports(self) -> dict:
        return {"react": ["useEffect"]}

    def add_hooks(self) -> list[str]:
        return [_SUGGESTION_KEYS.replace("__BOX__", self.box_id).replace("__LIST__", self.list_id)
                .replace("__CHIPS__", self.chips_id).replace("__HAS_ALL__", "true" if self.all_id else "false")
                .replace("__ALL__", self.all_id)]


def suggestion_keys(*, box_id: str, list_id: str, chips_id: str, all_id: str = "") -> rx.Component:
    """The keyboard of a suggestion picker: ids of its text box, suggestion list, chosen chips and
    (optional) the "Add all" button Enter uses while it is shown."""
    return SuggestionKeys.create(box_id=box_id, list_id=list_id, chips_id=chips_id, all_id=all_id)


def upload_label(text: str) -> dict:
    """``custom_attrs`` for ``rx.upload``: the accessible name of its file input."""
    return {"data-input-label": text}


class RouteFocus(rx.Fragment):
    """Renders nothing; its hooks move focus after navigation, name upload inputs, announce field
    limits and run in-page links (module doc, :data:`_LIMIT_NOTES`, :data:`_IN_PAGE_LINKS`), and
    hide hints and errors that no longer describe their field (``stale_hints``)."""

    def add_imports(self) -> dict:
        return {"react-router": ["useLocation"], "react": ["useEffect"]}

    def add_hooks(self) -> list[str]:
        from careercopilot.components.stale_hints import STALE_HINTS

        return [_FOCUS_EFFECT, _UPLOAD_LABEL_EFFECT, _LIMIT_NOTES, _IN_PAGE_LINKS, _DISCLOSURE_FOCUS, _FOCUS_ON_SHOW,
                STALE_HINTS]


def route_focus() -> rx.Component:
    """The focus manager (put it once in every layout)."""
    return RouteFocus.create()


def skip_link() -> rx.Component:
    """"Skip to content": the first Tab stop, visible only when focused (``assets/app.css``)."""
    # a plain <a> (rx.el.a is a react-router Link, which would not move focus to the target)
    return PlainAnchor.create("Skip to content", href=f"#{MAIN_ID}", class_name="cc-skip-link", id="skip-link")


AUTOFOCUS = {"data-autofocus": "true"}
"""``custom_attrs`` that mark the field :func:`route_focus` focuses on load."""
