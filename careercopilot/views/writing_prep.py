"""Tailoring and interview-prep bodies of the writing page (state-bound)."""

from __future__ import annotations

import reflex as rx

from careercopilot.state.writing import WritingState as W
from careercopilot.state.writing_prep import PrepState as P
from careercopilot.state.writing_tailored import TailoredState as T
from careercopilot.writing.tailor import NOTHING_TO_CHANGE

#: under a disabled save button: why it is disabled
SAVE_HINT = "Accept or edit a change first: saving now would copy your resume unchanged."


def _change(c: rx.Var) -> rx.Component:
    idx = c["index"].to(int)
    return rx.vstack(
        rx.hstack(rx.badge(c["kind"]), rx.badge(c["status"], color_scheme="gray"), rx.text(c["role"], size="1")),
        rx.text(rx.el.strong("Before: "), c["before"], size="2"),
        rx.cond((c["kind"] == "term") | (c["kind"] == "rewrite") | (c["kind"] == "order"),
                rx.text(rx.el.strong("After: "), c["after"], size="2")),
        rx.text(rx.el.em(c["reason"]), size="2", color_scheme="gray"),
        rx.cond(c["kind"] == "rewrite", rx.text("Serves: ", c["requirement"], size="1", class_name="change-serves")),
        rx.hstack(
            rx.button("Accept", size="1", on_click=P.decide(idx, "accepted"), class_name="change-accept"),
            rx.button("Reject", size="1", variant="soft", on_click=P.decide(idx, "rejected"), class_name="change-reject"),
            rx.input(default_value=c["after"].to(str), on_change=lambda v: P.set_edit(idx, v), size="1", width="24em",
                     class_name="change-edit-input", aria_label="Edited bullet"),
            rx.button("Save edit", size="1", variant="outline", on_click=P.decide(idx, "edited"),
                      class_name="change-edit-save"),
            wrap="wrap", spacing="2",
        ),
        class_name="tailor-change", padding="var(--space-3)", border="1px solid var(--gray-6)", border_radius="var(--radius-3)",
        width="100%", align="start",
    )


def tailoring_body() -> rx.Component:
    """Per-bullet changes with reasons; accept/reject/edit; save as a new resume version. With no change
    proposed it says so and offers no save (a copy of the master resume is not a tailored version)."""
    return rx.vstack(
        rx.text("Each change keeps your facts: it reorders bullets or uses the posting's name for a skill you have.",
                size="2"),
        rx.vstack(rx.foreach(P.changes, _change), width="100%", id="tailor-changes"),
        rx.cond(P.unmet.length() > 0, rx.text("Not shown on your resume (not added): ", P.unmet.join(", "), size="2",
                                              id="tailor-unmet")),
        rx.cond(
            P.changes.length() > 0,
            rx.vstack(
                rx.button("Save as a new resume version", on_click=P.finish, disabled=~P.can_save, id="tailor-finish",
                          custom_attrs={"aria-describedby": "tailor-save-hint"}),
                rx.cond(~P.can_save, rx.text(SAVE_HINT, size="1", color_scheme="gray", id="tailor-save-hint")),
                align="start", spacing="1",
            ),
            rx.cond(W.doc["status"] != "streaming",
                    rx.callout(NOTHING_TO_CHANGE, icon="circle-check", size="1", id="tailor-nothing")),
        ),
        _tailored_resume(),
        rx.cond(P.message != "", rx.text(P.message, color_scheme="green", id="prep-message")),
        rx.cond(P.error != "", rx.text(P.error, color_scheme="red", id="prep-error")),
        width="100%", spacing="3",
    )


def _tailored_resume() -> rx.Component:
    """The tailored resume as it stands, editable as a whole and exportable, whether or not a change was proposed
    (trial126 finding 2: "Nothing to change" left no way to finish the step)."""
    export = "/api/writing/" + P.doc_id.to_string() + "/export."
    return rx.cond(
        W.doc["status"] != "streaming",
        rx.vstack(
            rx.text(rx.el.strong("Your tailored resume"), size="2"),
            rx.text_area(value=T.text, on_change=T.set_text, rows="14", width="100%", id="tailored-editor",
                         aria_label="Tailored resume text"),
            rx.hstack(
                rx.button("Save edit", size="1", on_click=T.submit_text, id="tailored-save"),
                rx.link("Export DOCX", href=export + "docx", id="tailored-export-docx", is_external=True),
                rx.link("Export PDF", href=export + "pdf", id="tailored-export-pdf", is_external=True),
                spacing="3", align="center", wrap="wrap",
            ),
            rx.cond(T.error != "", rx.text(T.error, color_scheme="red", size="2", id="tailored-error")),
            width="100%", align="start", spacing="2",
        ),
    )


def _question(q: rx.Var) -> rx.Component:
    i = q["i"].to(int)
    return rx.vstack(
        rx.text(rx.el.strong(q["text"]), size="3"),
        rx.text(q["why"], size="1", color_scheme="gray"),
        rx.cond(q["star"] != "", rx.text(q["star"], white_space="pre-wrap", size="2", class_name="star-draft")),
        rx.text_area(default_value=q["answer"].to(str), on_change=lambda v: P.set_edit(i, v), rows="3", width="100%",
                     aria_label="Your answer", class_name="answer-input"),
        rx.button("Save answer", size="1", on_click=P.save_answer(i), class_name="answer-save"),
        class_name="prep-question", width="100%", align="start", padding="var(--space-3)",
        border="1px solid var(--gray-6)", border_radius="var(--radius-3)",
    )


def interview_body() -> rx.Component:
    """Questions with STAR drafts and saved answers, or practice mode (one at a time)."""
    current = P.questions[P.current]
    return rx.vstack(
        rx.button(rx.cond(P.practice, "Leave practice mode", "Practice mode"), variant="outline",
                  on_click=P.toggle_practice, id="practice-toggle"),
        rx.cond(
            P.practice,
            rx.vstack(
                rx.text(rx.el.strong(current["text"]), size="4", id="practice-question"),
                rx.cond(P.revealed,
                        rx.vstack(rx.text(current["answer"], white_space="pre-wrap", id="practice-answer"),
                                  rx.text(current["star"], white_space="pre-wrap", size="2", color_scheme="gray")),
                        rx.button("Reveal my answer", on_click=P.reveal, id="practice-reveal")),
                rx.button("Next question", variant="soft", on_click=P.next_question, id="practice-next"),
                width="100%",
            ),
            rx.vstack(rx.foreach(P.questions, _question), width="100%", id="prep-questions"),
        ),
        rx.cond(P.message != "", rx.text(P.message, color_scheme="green", id="prep-message")),
        rx.cond(P.error != "", rx.text(P.error, color_scheme="red", id="prep-error")),
        width="100%", spacing="3",
    )
