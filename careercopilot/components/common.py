"""The design system's building blocks (pure: values, Vars and handlers in, components out).

Use these instead of raw Radix components so pages look and behave alike (README "How to
add a page"):

* layout: :func:`card`, :func:`section` (a card with an ``<h2>`` and a description),
  :func:`responsive_grid` (1 column on phones, N from 768 px);
* content: :func:`section_title`, :func:`empty_state`, :func:`stat`, :func:`link_button`;
* data: :func:`stack_table` with :func:`stack_row` / :func:`stack_cell` — every table (one card
  per row on phones);
* forms: :func:`field` (label + input + hint, labelled by ``for``/``id``), :func:`native_form`
  (plain POST to a backend route), :func:`busy_button` (disabled + spinner while working);
* messages: :func:`notice` (inline, next to the form it is about) and :func:`toast`
  (page-level, fixed bottom corner, ``role=status``) — one or the other for a message, never both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import reflex as rx

from careercopilot import styles


def card(*children, **props) -> rx.Component:
    """A bordered panel."""
    return rx.box(*children, **{**styles.CARD, **props})


def section_title(text, **props) -> rx.Component:
    """A section heading: ``<h2>`` at the section size (pages have one ``<h1>``, the layout's)."""
    return rx.heading(text, as_="h2", size=styles.TYPE["section_title"], **props)


def section(title, *children, description=None, actions: rx.Component | None = None, **props) -> rx.Component:
    """A card with an ``<h2>`` title, an optional one-line description and optional header
    ``actions`` (buttons on the right, wrapping under the title on phones)."""
    head = rx.flex(
        rx.vstack(
            section_title(title),
            rx.text(description, size=styles.TYPE["small"], color_scheme="gray") if description is not None
            else rx.fragment(),
            spacing="1", min_width="0",
        ),
        actions if actions is not None else rx.fragment(),
        justify="between", align="start", wrap="wrap", gap=styles.GAP_STACK, width="100%",
    )
    return card(rx.vstack(head, *children, spacing=styles.GAP_STACK, width="100%"), width="100%", **props)


def responsive_grid(*children, columns: int = 2, **props) -> rx.Component:
    """Children side by side from 768 px (``columns``), stacked on phones."""
    return rx.grid(*children, columns=rx.breakpoints(initial="1", sm=str(columns)), spacing=styles.GAP_STACK,
                   width="100%", **props)


def quoted(value) -> rx.Component:
    """User-entered (or posting) text quoted inside UI copy: “value” with the value in a ``<bdi>``, so a
    right-to-left query (Hebrew, Arabic) keeps its closing quote on the right side of the sentence
    (Unicode bidi isolation, HTML ``<bdi>``; issue 10 trial: "Results for “…”" with a Hebrew query put
    the quote on the wrong side). ``tests/unit/ui/test_quoted_text.py`` fails on a quote mark next to a
    Var anywhere else."""
    return rx.fragment("“", rx.el.bdi(value), "”")


def link_button(label, href: str, *, variant: str = "solid", **props) -> rx.Component:
    """A link styled as a button (one element, one Tab stop — never a button inside a link)."""
    return rx.button(rx.link(label, href=href, underline="none"), as_child=True, variant=variant, **props)


def empty_state(title: str, hint: str, action_label: str | None = None, action_href: str | None = None,
                **props) -> rx.Component:
    """A friendly empty state: what is missing and the one next step."""
    return card(
        rx.vstack(
            section_title(title),
            rx.text(hint, color_scheme="gray"),
            link_button(action_label or "Go", action_href) if action_href else rx.fragment(),
            spacing="2",
        ),
        **props,
    )


def stat(label: str, value, *, loaded: rx.Var, **props) -> rx.Component:
    """A labeled number. Until ``loaded`` (the page's on_load has set ``value``) the number is a
    skeleton with ``aria-busy``: the state's default (0, "never") is never shown as if it were the
    figure (issue 10 trial: "Open postings 0 / last synced never" before 909 right after sign-up)."""
    return card(
        rx.vstack(rx.text(label, size="2", color_scheme="gray"),
                  rx.skeleton(rx.text(value, size="6", weight="bold"), loading=~loaded), spacing="1"),
        aria_busy=rx.cond(loaded, "false", "true"),
        **props,
    )


def notice(message, color: str = "red", **props) -> rx.Component:
    """An inline callout shown only when ``message`` is non-empty (``role=alert`` for errors)."""
    return rx.cond(
        message != "",
        rx.callout(message, color_scheme=color, role="alert" if color == "red" else "status", **props),
        rx.fragment(),
    )


def field_error(errors, key: str, **props) -> rx.Component:
    """The message of one form field (``errors``: a state dict var, field → message) shown
    right under it, only when that field has one. The form's summary :func:`notice` carries
    ``role=alert``; this one is plain text so a reader does not hear it twice. Give it the id
    ``<field id>-error``: it is hidden while the field holds other text than the one it was about
    (``components.stale_hints``)."""
    return rx.cond(errors.contains(key), rx.text(errors[key], color="var(--red-11)", size="2",
                                                  class_name="cc-field-error", **props), rx.fragment())


def upload_notice(message, upload_id: str, **props) -> rx.Component:
    """The error of an upload zone (``rx.upload`` with id ``upload_id``): a :func:`notice`
    that goes away as soon as a new file is chosen or dropped — the choice starts the retry
    (issue 10 trial finding: the previous file's error stayed under the new one). Client-side:
    Reflex's ``on_drop`` either stores the selection or calls a handler, not both; the
    handler of the upload itself clears the error again when the attempt starts."""
    return rx.cond(rx.selected_files(upload_id).length() > 0, rx.fragment(), notice(message, **props))


def toast(message, color: str = "green", **props) -> rx.Component:
    """A page-level message pinned to the bottom corner (shown while ``message`` is non-empty).

    Fixed-position, so it never pushes content; full width minus margins on phones. Use it
    for the outcome of an action that changed what is on screen (a card moved); use
    :func:`notice` for a form's own errors.
    """
    return rx.cond(
        message != "",
        rx.callout(message, color_scheme=color, role="alert" if color == "red" else "status", position="fixed",
                   bottom="var(--space-4)", right="var(--space-4)", left=rx.breakpoints(initial="var(--space-4)",
                                                                                           sm="auto"),
                   max_width="28em", z_index="50", box_shadow="var(--shadow-4)",
                   class_name="cc-toast", **props),
        rx.fragment(),
    )


def busy_button(label, *, busy, busy_label=None, **props) -> rx.Component:
    """A button that shows a spinner, is disabled and says ``busy_label`` while ``busy`` (a bool
    Var) is true — for actions that take seconds (a test fetch, an import)."""
    text = label if busy_label is None else rx.cond(busy, busy_label, label)
    return rx.button(text, loading=busy, disabled=busy, aria_busy=busy, **props)


def native_form(*children, action: str, **props) -> rx.Component:
    """A plain HTML POST form to a backend route (no websocket, so cookies can be set).

    The action is a same-origin path: the production build serves pages and backend
    routes on one port (and nginx proxies both), so the browser posts to this app.
    (An absolute backend URL would be baked in at prerender time with the build
    host's name and break form-action 'self'.)
    """
    return rx.el.form(*children, action=action, method="post", on_submit=None, **props)


def field(label: str, name: str, *, type_: str = "text", max_length: int = 254, id_: str | None = None,
          hint: str | None = None, **props) -> rx.Component:
    """A labeled input (``<label for>`` → input ``id``) with a length cap and an optional hint
    line (``aria-describedby``). Full width of its container."""
    element_id = id_ or name
    extra = {"aria-describedby": f"{element_id}-hint"} if hint else {}
    custom = {**extra, **props.pop("custom_attrs", {})}
    return rx.vstack(
        rx.el.label(label, html_for=element_id, style={"font_size": "var(--font-size-2)", "font_weight": "500"}),
        rx.input(id=element_id, name=name, type=type_, max_length=max_length, width="100%", custom_attrs=custom,
                 **props),
        rx.text(hint, size="1", color_scheme="gray", id=f"{element_id}-hint") if hint else rx.fragment(),
        spacing="1",
        width="100%",
    )


def labelled_select(items, *, label, name: str, default_value=None, id: str | None = None, **props) -> rx.Component:
    """A Radix select whose trigger (the focusable button) carries ``aria-label=label`` and ``id``.

    ``rx.select(...)`` puts ``aria-label`` on the non-DOM Root, leaving the trigger button
    without a name (axe ``button-name``, critical). ``items`` is a list of strings or a list Var,
    or a list of ``(value, label)`` pairs: the menu and the trigger show the label, the form
    posts the value (no raw ``in_app`` on screen).
    """
    item = lambda v: rx.select.item(v, value=v)  # noqa: E731
    if isinstance(items, rx.Var):
        options = rx.foreach(items, item)
    else:
        options = rx.fragment(*[rx.select.item(v[1], value=v[0]) if isinstance(v, tuple) else item(v) for v in items])
    return rx.select.root(
        rx.select.trigger(aria_label=label, id=id),
        rx.select.content(rx.select.group(options)),
        name=name, default_value=default_value, **props,
    )


#: A column of :func:`stack_table`: its name, or ``(name, condition)`` for a column shown only
#: while the boolean Var holds (e.g. admins' actions).
Column = str | tuple[str, rx.Var]


def stack_table(columns: Sequence[Column], rows: rx.Var, row: Callable[[rx.Var], rx.Component],
                **props) -> rx.Component:
    """The app's one data table: a table from 768 px, one card per row below (``.cc-stack-table``
    in ``assets/app.css``: the header row is hidden and each value shows its column name).

    ``columns``: the column names in order; ``rows``: a list Var; ``row(item)``: an
    :func:`stack_row` whose cells are :func:`stack_cell` with the same names in the same order
    (``tests/unit/ui/test_stack_tables.py`` checks every page). ``props`` go to ``rx.table.root``;
    a ``class_name`` is added to ``cc-stack-table``. Every table of the app is built here (the same
    test fails on any other ``rx.table`` use): below 768 px a plain table scrolls sideways (issue 10).
    """
    def header(column: Column) -> rx.Component:
        if isinstance(column, tuple):
            name, shown = column
            return rx.cond(shown, rx.table.column_header_cell(name), rx.fragment())
        return rx.table.column_header_cell(column)

    props["class_name"] = " ".join(["cc-stack-table", props.get("class_name", "")]).strip()
    props.setdefault("width", "100%")
    return rx.table.root(
        rx.table.header(rx.table.row(*[header(c) for c in columns])),
        rx.table.body(rx.foreach(rows, row)),
        **props,
    )


def stack_row(*cells, **props) -> rx.Component:
    """A row of :func:`stack_table` (one card on a phone); ``cells`` are :func:`stack_cell`."""
    return rx.table.row(*cells, **props)


def stack_cell(label: str, *children, **props) -> rx.Component:
    """A cell of :func:`stack_table`: ``label`` (its column's name) comes first, shown only when the
    table stacks into one card per row on a phone (the header row is hidden there)."""
    if not label.strip():
        raise ValueError("a stacking table's cell needs its column name (the card shows it on a phone)")
    return rx.table.cell(rx.el.span(label, class_name="cc-cell-label"), *children, **props)


#: Lines a long user text block shows before "Show more" (issue 10 trial finding: a 6,000-character
#: note pushed Details, Contacts and History 10,000 px down). Mirrors ``services.application_rows.COLLAPSE_LINES``.
COLLAPSED_LINES = 12


def show_more(content: rx.Component, *, block_id: str, is_long, expanded, on_toggle, **props) -> rx.Component:
    """A long user text block cut after :data:`COLLAPSED_LINES` lines (1.5 line height) with a
    "Show more" / "Show less" button: a real ``<button type="button">`` (Tab reaches it, Enter and
    Space press it) with ``aria-expanded`` and ``aria-controls`` naming the block. ``is_long`` and
    ``expanded`` are bool Vars; short blocks get no button and no cut."""
    collapsed = is_long & ~expanded
    return rx.box(
        rx.box(content, id=block_id, line_height="1.5",
               max_height=rx.cond(collapsed, f"{COLLAPSED_LINES * 1.5}em", "none"),
               overflow=rx.cond(collapsed, "hidden", "visible"),
               style={"mask_image": rx.cond(collapsed, "linear-gradient(to bottom, black 80%, transparent)", "none")}),
        rx.cond(is_long,
                rx.button(rx.cond(expanded, "Show less", "Show more"), type="button", variant="ghost", size="1",
                          on_click=on_toggle, aria_expanded=rx.cond(expanded, "true", "false"),
                          aria_controls=block_id, id=f"{block_id}-more", margin_top="var(--space-1)"),
                rx.fragment()),
        width="100%", **props,
    )
