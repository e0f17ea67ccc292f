"""Browser-side measurements of the design checks (``test_design_checks.py``), as JS functions for
``page.evaluate``. Each returns plain JSON; the rules they apply and their sources:

* :data:`FOCUS_RING` — the focus indicator of ``document.activeElement``: the outline of the
  element, of its ``::before``/``::after`` (Radix checkbox/switch draw it there) or of the nearest
  ``:focus-within`` ancestor (Radix text fields). Its colour's contrast against what the ring is
  drawn on: the backdrop behind the element when the ring sits outside it (``outline-offset`` > 0),
  else the element's own (composited) background. WCAG 2.2 SC 1.4.11 / 2.4.13: ≥ 3:1.
* :data:`SMALL_TARGETS` — interactive elements under 24 × 24 CSS px that fail WCAG 2.2 SC 2.5.8
  (Target Size, Minimum): not inline in a sentence (a link whose block holds other text, outside
  table cells) and not saved by the spacing exception (a 24 px circle centred on the target meets
  no other target and no other undersized target's circle; not for native selects, checkboxes, radios and
  stand-alone links, which the app's CSS sizes). A control inside a ``<label>`` counts with its label.
* :data:`SILENT_CUTS` — text cut by ``text-overflow: ellipsis`` or ``line-clamp`` whose full text
  is not in a ``title`` on it or an ancestor.
* :data:`LIMIT_MESSAGE` — for an input at its ``maxlength``: the text of the visible elements its
  ``aria-describedby`` names.
* :data:`TABLE_CARDS` — the page's width against the viewport and, for every data table (a
  posting's own markup excluded), what keeps it from being one card per row on a phone: a shown
  header row, a cell without its visible column name (or another column's), a sideways scroll
  inside the table, a control outside the viewport (``components.common.stack_table``), and a row that
  does not grow with its content: a cell's content past the cell's bottom, two cells' content boxes
  overlapping, a cell below its row's card.

Colours are read through a 1 × 1 canvas, so any CSS colour syntax (rgb, display-p3, oklch) works;
contrast is the WCAG 2 relative-luminance ratio.
"""

_COLOUR = """
const __cv = document.createElement('canvas'); __cv.width = __cv.height = 1;
const __cx = __cv.getContext('2d', {willReadFrequently: true});
const rgba = (c) => { __cx.clearRect(0, 0, 1, 1); __cx.fillStyle = 'rgba(0,0,0,0)'; __cx.fillStyle = c;
  __cx.fillRect(0, 0, 1, 1); const d = __cx.getImageData(0, 0, 1, 1).data; return [d[0], d[1], d[2], d[3] / 255]; };
const backdrop = (start) => {  // composited background colour at start (its own included), white under all
  const layers = [];
  for (let n = start; n && n.nodeType === 1; n = n.parentElement) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) { layers.push(c); if (c[3] > 0.99) break; }
  }
  let out = [255, 255, 255];
  for (let i = layers.length - 1; i >= 0; i--) { const [r, g, b, a] = layers[i];
    out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)]; }
  return out;
};
const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
const mix = (fg, bg) => [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
  (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).slice(0, 2).join('.') : '') +
  ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
"""

FOCUS_RING = "() => {" + _COLOUR + """
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const ringOf = (node, pseudo) => { const s = getComputedStyle(node, pseudo);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 ? s : null; };
  let carrier = null, style = null, pseudo = null;
  for (const p of [null, '::before', '::after']) { style = ringOf(el, p); if (style) { carrier = el; pseudo = p; break; } }
  for (let n = el.parentElement, i = 0; !style && n && i < 4; n = n.parentElement, i++) {
    if (n.matches(':focus-within')) { style = ringOf(n, null); if (style) carrier = n; }
  }
  if (!style && el.classList.contains('rt-ScrollAreaViewport')) {  // Radix draws it on a sibling
    const ring = el.parentElement && el.parentElement.querySelector(':scope > .rt-ScrollAreaViewportFocusRing');
    if (ring) { style = ringOf(ring, null); if (style) carrier = ring; }
  }
  if (!style) return {el: name(el), ring: false};
  const offset = parseFloat(style.outlineOffset) || 0;
  // outside the element: drawn on what is behind it; on/inside its edge: on its own background
  const under = offset > 0 && !pseudo ? backdrop(carrier.parentElement) : backdrop(carrier);
  const colour = mix(rgba(style.outlineColor), under);
  return {el: name(el), ring: true, colour: style.outlineColor, width: parseFloat(style.outlineWidth), offset,
          background: 'rgb(' + under.map(Math.round).join(',') + ')', ratio: Math.round(ratio(colour, under) * 100) / 100};
}"""

SMALL_TARGETS = "() => {" + _COLOUR + """
  const SEL = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], ' +
    '[role=checkbox], [role=switch], [role=tab], [role=radio], [role=combobox], [role=menuitem], [tabindex="0"]';
  const shown = (el) => { const s = getComputedStyle(el); const r = el.getBoundingClientRect();
    return s.visibility !== 'hidden' && s.pointerEvents !== 'none' && r.width > 2 && r.height > 2 &&
      r.bottom + window.scrollY > 0 && !el.closest('[aria-hidden=true], [inert], .cc-sr-only') && !el.disabled; };
  const inline = (el) => {  // a link inside running text (WCAG 2.5.8 "Inline" exception)
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block || block.closest('td, th')) return false;
    return (block.innerText || '').trim().length > (el.innerText || '').trim().length + 2;
  };
  const targets = [];
  for (const el of document.querySelectorAll(SEL)) {
    if (!shown(el)) continue;
    const label = el.closest('label');
    const box = (label || el).getBoundingClientRect();
    const small = (box.width < 23.5 || box.height < 23.5) && !inline(el);
    // native selects, checkboxes and radios get no spacing exception: the app's CSS sizes them to 24 px; nor does
    // a stand-alone link (not inside running text): the CSS gives every link a 24 px box ("← Back to jobs" was
    // 20 px and passed on spacing alone — issue 10 trial)
    targets.push({el, box, small, strict: small && el.matches('select, input[type=checkbox], input[type=radio], a[href]')});
  }
  const inside = (a, b) => a.el.contains(b.el) || b.el.contains(a.el) || (a.box.left === b.box.left &&
    a.box.top === b.box.top && a.box.width === b.box.width && a.box.height === b.box.height);
  const centre = (b) => [b.left + b.width / 2, b.top + b.height / 2];
  const out = [];
  for (const t of targets) {
    if (!t.small) continue;
    if (t.strict) { out.push(name(t.el) + ' ' + Math.round(t.box.width) + 'x' + Math.round(t.box.height) +
                             (t.el.tagName === 'A' ? ' (stand-alone link under 24 px)' : ' (native control under 24 px)'));
                    continue; }
    const [cx, cy] = centre(t.box);
    const clash = targets.find((o) => {
      if (o === t || inside(o, t)) return false;
      const nx = Math.max(o.box.left, Math.min(cx, o.box.right)), ny = Math.max(o.box.top, Math.min(cy, o.box.bottom));
      if (Math.hypot(cx - nx, cy - ny) < 12) return true;  // the 24 px circle meets the other target
      if (o.small) { const [ox, oy] = centre(o.box); return Math.hypot(cx - ox, cy - oy) < 24; }
      return false;
    });
    if (clash) out.push(name(t.el) + ' ' + Math.round(t.box.width) + 'x' + Math.round(t.box.height) +
                        ' (too close to ' + name(clash.el) + ')');
  }
  return out;
}"""

SILENT_CUTS = "() => {" + _COLOUR + """
  const out = [];
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  for (const el of document.querySelectorAll('body *')) {
    if (['SELECT', 'INPUT', 'TEXTAREA', 'OPTION'].includes(el.tagName)) continue;
    const s = getComputedStyle(el);
    const clamp = s.webkitLineClamp && s.webkitLineClamp !== 'none';
    const cut = (s.textOverflow === 'ellipsis' && s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) ||
                (clamp && el.scrollHeight > el.clientHeight + 1);
    if (!cut) continue;
    const full = norm(el.textContent);
    if (!full) continue;
    const titled = el.closest('[title]');
    if (titled && norm(titled.getAttribute('title')).includes(full)) continue;
    out.push(name(el) + ' cuts "' + full.slice(0, 60) + '"');
  }
  return out;
}"""

#: ``(element) => {value_length, max, message}`` for an ``<input>``/``<textarea>`` with ``maxlength``.
LIMIT_MESSAGE = """(el) => {
  const ids = (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
  const shown = ids.map((id) => document.getElementById(id))
    .filter((n) => n && n.getClientRects().length && getComputedStyle(n).visibility !== 'hidden');
  return {value_length: el.value.length, max: el.maxLength, message: shown.map((n) => n.innerText).join(' ')};
}"""

#: Visible ``<input>``/``<textarea>`` elements with a ``maxlength`` a person can type into.
LIMITED_FIELDS = ("input[maxlength]:not([type=hidden]):not([type=number]):not([type=file]):not([readonly]):not([disabled]),"
                  " textarea[maxlength]:not([readonly]):not([disabled])")

#: ``() => {page: {scroll, width, wide: [element]}, tables: [{id, rows, problems: [str]}]}`` (see the
#: module doc; ``wide``: the outermost elements reaching past the viewport).
TABLE_CARDS = "() => {" + _COLOUR + """
  const W = window.innerWidth;
  const CONTROLS = 'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=checkbox], ' +
    '[role=combobox], [role=switch], [tabindex="0"]';
  const roots = new Set();
  for (const t of document.querySelectorAll('table')) {
    if (!t.closest('.job-description')) roots.add(t.closest('.rt-TableRoot') || t);
  }
  const tables = [];
  for (const root of roots) {
    const problems = [];
    const table = root.tagName === 'TABLE' ? root : root.querySelector('table');
    if (!root.classList.contains('cc-stack-table')) problems.push('not a stacking table');
    if (table.tHead && getComputedStyle(table.tHead).display !== 'none') problems.push('its header row is shown');
    const heads = table.tHead ? [...table.tHead.querySelectorAll('th')].map((th) => th.textContent.trim()) : [];
    const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
    rows.forEach((tr, r) => [...tr.cells].forEach((td, i) => {
      const label = td.querySelector(':scope > .cc-cell-label');
      const shown = label && getComputedStyle(label).display !== 'none' && label.getBoundingClientRect().height > 0;
      if (!shown) problems.push('row ' + (r + 1) + ' cell ' + (i + 1) + ': no visible column name');
      else if (label.textContent.trim() !== heads[i])
        problems.push('row ' + (r + 1) + ' cell ' + (i + 1) + ': says "' + label.textContent.trim() + '", column is "' + heads[i] + '"');
    }));
    // every card is painted: not cut away by an ancestor that clips (a 0 px high table inside a ScrollArea
    // root with overflow: hidden hid every card while each row still had a box — session 9 trial)
    rows.forEach((tr, r) => {
      const b = tr.getBoundingClientRect();
      if (b.height === 0) { problems.push('row ' + (r + 1) + ' has no height'); return; }
      for (let a = tr.parentElement; a && a !== document.body; a = a.parentElement) {
        const st = getComputedStyle(a);
        if (st.overflowX === 'visible' && st.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        const shown = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
        if (st.overflowY !== 'visible' && (st.overflowY === 'hidden' || st.overflowY === 'clip') && shown < b.height - 1) {
          problems.push('row ' + (r + 1) + ' is cut away by ' + name(a) + ' (' + Math.max(0, Math.round(shown)) + ' of ' +
            Math.round(b.height) + ' px shown)');
          break;
        }
      }
    });
    // rows grow with their content (a cell of fixed height drew a long title over the next field and the last
    // field below the card — issue 10 trial): each cell's content stays inside its cell, no two cells' content
    // boxes overlap, and every cell stays inside its row's card
    const contentBox = (td) => { const rg = document.createRange(); rg.selectNodeContents(td);
      const rs = [...rg.getClientRects()].filter((q) => q.width > 0 && q.height > 0);
      if (!rs.length) return null;
      return {top: Math.min(...rs.map((q) => q.top)), bottom: Math.max(...rs.map((q) => q.bottom)),
              left: Math.min(...rs.map((q) => q.left)), right: Math.max(...rs.map((q) => q.right))}; };
    const meet = (a, b) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 &&
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1;
    rows.forEach((tr, r) => {
      const rb = tr.getBoundingClientRect();
      const cells = [...tr.cells].map((td) => ({td, box: td.getBoundingClientRect(), content: contentBox(td)}));
      cells.forEach((c, i) => {
        const label = (c.td.querySelector(':scope > .cc-cell-label') || c.td).textContent.trim() || ('cell ' + (i + 1));
        if (c.content && c.content.bottom > c.box.bottom + 1)
          problems.push('row ' + (r + 1) + ' "' + label + '": content overflows its cell (' +
            Math.round(c.content.bottom - c.box.bottom) + ' px below)');
        if (c.box.bottom > rb.bottom + 1 || (c.content && c.content.bottom > rb.bottom + 1))
          problems.push('row ' + (r + 1) + ' "' + label + '": spills below its row');
        cells.slice(i + 1).forEach((o) => {
          if (c.content && o.content && meet(c.content, o.content))
            problems.push('row ' + (r + 1) + ' "' + label + '" overlaps "' +
              ((o.td.querySelector(':scope > .cc-cell-label') || o.td).textContent.trim()) + '"');
        });
      });
    });
    const viewport = root.querySelector('.rt-ScrollAreaViewport') || root;
    if (viewport.scrollWidth > viewport.clientWidth + 1)
      problems.push('scrolls sideways (' + viewport.scrollWidth + ' > ' + viewport.clientWidth + ' px)');
    for (const el of root.querySelectorAll(CONTROLS)) {
      if (el.closest('[aria-hidden=true]')) continue;  // Radix's hidden native checkbox input
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;  // not rendered
      if (b.left < -0.5 || b.right > W + 0.5)
        problems.push(name(el) + ' off screen (' + Math.round(b.left) + '..' + Math.round(b.right) + ' of ' + W + ' px)');
    }
    tables.push({id: root.id || '(no id)', rows: rows.length, problems});
  }
  // what sticks out past the viewport: the outermost such elements, by name
  const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > W + 0.5 &&
    !(el.parentElement && el.parentElement.getBoundingClientRect().right > W + 0.5)).slice(0, 5).map(name);
  return {page: {scroll: document.scrollingElement.scrollWidth, width: W, wide}, tables};
}"""

#: ``() => [problem]``: the page's headings — exactly one ``<h1>`` (the page's title; sections are
#: h2/h3, a posting's or notes' headings demoted below them; issue 10 trial: three on the job page,
#: eight on the application page).
ONE_H1 = """() => {
  const h1 = [...document.querySelectorAll('h1')];  // a description's or notes' own headings included
  return h1.length === 1 ? [] : ['has ' + h1.length + ' <h1>: ' + h1.map((h) => JSON.stringify(h.innerText.trim().slice(0, 40))).join(', ')];
}"""

#: ``() => [problem]``: every visible form field has a name of its own — a ``<label>``, ``aria-label``,
#: ``aria-labelledby`` or ``title`` — that is not an example value (a URL, an e-mail, "e.g. …") put in
#: as a placeholder (issue 10 trial: "Add from URL" was named "https://company.example/jobs/123").
FIELD_NAMES = "() => {" + _COLOUR + """
  const out = [];
  const example = (s) => /:\\/\\/|@|^e\\.g\\.|^\\d[\\d\\s,.]*$/i.test((s || '').trim());
  for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
    if (el.closest('[aria-hidden=true]') || !el.getClientRects().length) continue;
    const by = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
      .map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
    const label = [...(el.labels || [])].map((l) => l.textContent).join(' ').trim();
    const nameText = by || (el.getAttribute('aria-label') || '').trim() || label || (el.getAttribute('title') || '').trim();
    if (!nameText) out.push(name(el) + ': no name (placeholder ' + JSON.stringify(el.getAttribute('placeholder') || '') + ')');
    else if (example(nameText)) out.push(name(el) + ': named by an example value ' + JSON.stringify(nameText));
  }
  return out;
}"""
