"""Drag and drop for the board, wrapping ``@dnd-kit/core`` (a kept React library, not
hand-rolled pointer code) as Reflex components.

dnd-kit exposes hooks (``useDraggable``/``useDroppable``) rather than components, so this
module defines three small React function components in the page's JS (custom code) and
wraps each as a Reflex component:

* :func:`dnd_board` — ``<DndContext>`` with a mouse sensor (drag starts after 6 px, so a
  click on the card's link still navigates) and a touch sensor (press 250 ms, so a swipe
  still scrolls the board sideways on phones). ``on_move(card_id: str, stage: str)`` fires
  when a card is dropped on a column other than its own.
* :func:`dnd_column` — a drop target; ``data-drop-over="true"`` while a card hovers it.
* :func:`dnd_card` — a draggable wrapper. It spreads only the pointer listeners, never
  dnd-kit's keyboard ``attributes``: keyboard users move cards with the card's "Move to…"
  menu, and no arrow key changes a stage (issue 10 trial finding).

The npm package is pinned in the import key (``@dnd-kit/core@6.3.1``) and in
``reflex.lock/package.json`` + ``bun.lock`` so ``make run`` leaves the tree clean.
Source of the API: https://docs.dndkit.com/api-documentation (DndContext, sensors,
useDraggable, useDroppable).
"""

from __future__ import annotations

import reflex as rx
from reflex.event import passthrough_event_spec

DND_KIT = "@dnd-kit/core@6.3.1"

_JS = """
function CcDndBoard({ onMove, children, ...rest }) {
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const onDragEnd = (event) => {
    const { active, over } = event;
    if (!active || !over || !onMove) return;
    const from = active.data && active.data.current ? active.data.current.stage : undefined;
    if (String(over.id) !== String(from)) onMove(String(active.id), String(over.id));
  };
  const announcements = {
    onDragStart: () => "Picked up a card.",
    onDragOver: ({ over }) => (over ? "Over the " + over.id + " column." : "Not over a column."),
    // a drop on a column is said once, by the page's own notice ("Moved to applied."); the live
    // region is emptied so it does not keep saying "Dropped in …" after later keyboard moves
    onDragEnd: ({ over }) => (over ? "" : "Dropped outside the board."),
    onDragCancel: () => "Move cancelled.",
  };
  return React.createElement(DndContext, { sensors, onDragEnd, accessibility: { announcements } },
    React.createElement("div", rest, children));
}

function CcDndColumn({ stage, children, ...rest }) {
  const { isOver, setNodeRef } = useDroppable({ id: stage });
  return React.createElement("div", { ...rest, ref: setNodeRef, "data-drop-over": isOver ? "true" : "false" },
    children);
}

function CcDndCard({ cardId, stage, children, ...rest }) {
  const { listeners, setNodeRef, transform, isDragging } = useDraggable({ id: String(cardId), data: { stage } });
  // The click that ends a drag must not follow the card's title link.
  const droppedAt = React.useRef(0);
  const wasDragging = React.useRef(false);
  if (wasDragging.current && !isDragging) droppedAt.current = Date.now();  // noted during render: the
  wasDragging.current = isDragging;                                         // click may precede effects
  const onClickCapture = (event) => {
    if (isDragging || Date.now() - droppedAt.current < 400) { event.preventDefault(); event.stopPropagation(); }
  };
  const style = transform
    ? { transform: "translate3d(" + transform.x + "px, " + transform.y + "px, 0)", zIndex: 30, position: "relative" }
    : undefined;
  return React.createElement("div", { ...rest, ...listeners, ref: setNodeRef, style, onClickCapture,
    "data-dragging": isDragging ? "true" : "false" }, children);
}
"""


class _DndBase(rx.Component):
    """Shared imports and custom code of the three wrappers."""

    library = None

    def add_imports(self) -> dict:
        return {
            DND_KIT: ["DndContext", "MouseSensor", "TouchSensor", "useSensor", "useSensors", "useDraggable",
                      "useDroppable"],
            "react": [rx.ImportVar(tag="React", is_default=True)],
        }

    def add_custom_code(self) -> list[str]:
        return [_JS]


class DndBoard(_DndBase):
    """``<DndContext>`` around the board (see module doc)."""

    tag = "CcDndBoard"
    on_move: rx.EventHandler[passthrough_event_spec(str, str)]


class DndColumn(_DndBase):
    """A drop target whose id is the pipeline ``stage``."""

    tag = "CcDndColumn"
    stage: rx.Var[str]


class DndCard(_DndBase):
    """A draggable card: ``card_id`` (the application id) and its current ``stage``."""

    tag = "CcDndCard"
    card_id: rx.Var[str]
    stage: rx.Var[str]


dnd_board = DndBoard.create
dnd_column = DndColumn.create
dnd_card = DndCard.create
