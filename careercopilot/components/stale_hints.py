"""Form hints and errors never outlive the text they describe (ux100, issue 12 newcomer trial:
character-limit hints lingered after the text was back under the limit; a rejected Preferences
save still showed its old error after a reload).

Three moments clear a message, for every form of every page (one hook, in the layout's
:class:`~careercopilot.components.a11y.RouteFocus`, so no form can forget it):

* **valid input** — a field's "n of max characters" note (``a11y._LIMIT_NOTES``) is recounted
  from the field's value whenever that value may have changed without an ``input`` event: a
  save or restore that sets the text (the writing editor), a form ``reset``, a ``change``, a
  re-render after a submit (any DOM change). Under 90 % of the limit it is hidden.
* **an edit** — a field's server message (``components.common.field_error``: class
  ``cc-field-error``, id ``<field id>-error``) describes the text that was submitted; it is
  hidden as soon as the field holds other text, and shown again if that same text comes back
  (the message is still true of it). A new message (new text) is tied to the value then.
* **a page view** — page-level messages are cleared on the server before the page's data
  loads (``state.page_messages``); nothing here.
"""

from __future__ import annotations

#: The client hook (a React ``useEffect`` body), added once per layout.
STALE_HINTS = """
useEffect(() => {
  const fmt = (n) => n.toLocaleString('en-US');
  const recount = () => document.querySelectorAll('.cc-limit-note').forEach((note) => {
    const el = note.__ccOwner;
    if (!el || !el.isConnected || !(el.maxLength > 0)) return;
    const n = el.value.length, max = el.maxLength, near = n >= Math.floor(max * 0.9);
    if (note.hidden !== !near) note.hidden = !near;
    const text = n >= max ? fmt(max) + ' of ' + fmt(max) + ' characters: the limit. Anything longer is not added.'
      : fmt(n) + ' of ' + fmt(max) + ' characters';
    if (near && note.textContent !== text) note.textContent = text;  // unchanged: no mutation, no loop
  });
  const errors = () => document.querySelectorAll('.cc-field-error[id$="-error"]').forEach((err) => {
    const field = document.getElementById(err.id.slice(0, -6));
    if (!field || !('value' in field)) return;
    if (err.__ccText !== err.textContent || err.__ccField !== field) {
      err.__ccText = err.textContent; err.__ccField = field; err.__ccValue = field.value;
    }
    const stale = field.value !== err.__ccValue;
    if (err.hidden !== stale) err.hidden = stale;
  });
  let pending = 0;
  const sync = () => { if (pending) return; pending = requestAnimationFrame(() => { pending = 0; recount(); errors(); }); };
  const later = () => { sync(); setTimeout(sync, 300); };
  for (const type of ['input', 'change', 'reset', 'focusout']) document.addEventListener(type, type === 'reset' ? later : sync, true);
  document.addEventListener('submit', later, true);
  const observer = new MutationObserver(sync);
  observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  sync();
  return () => { observer.disconnect();
    for (const type of ['input', 'change', 'reset', 'focusout']) document.removeEventListener(type, type === 'reset' ? later : sync, true);
    document.removeEventListener('submit', later, true); };
}, []);
"""
