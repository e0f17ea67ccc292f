"""The board's "Move to…" control names the application it moves (ux122 finding 4: a screen
reader heard only "Move to…"; a title alone is shared by one job applied for at several places).
Its name starts with the visible "Move to" (WCAG 2.5.3 Label in Name)."""

from __future__ import annotations

import pytest

from careercopilot.services import application_rows as rows_svc
from careercopilot.services import applications as svc
from tests.support.tracker_data import make_user

# (company, title) of cards on one board — the name of each must say which one it is
CARDS = [
    ("Bright Smiles Dental", "Dental Hygienist"),
    ("Easton Dental Care", "Dental Hygienist"),
    ("Easton Dental Care", "Dental Assistant"),
    ("Mercy Health", "Registered Dental Hygienist - PT - 2024-118"),
    ("A" * 150, "Staff Engineer, Payments Platform and Ledger Reliability " * 3),
    ("שיניים בע״מ", "שיננית"),
]


@pytest.fixture
def names(session):
    user = make_user(session)
    ids = [svc.add_manual(session=session, user_id=user.id, company=c, title=t).id for c, t in CARDS]
    rows = {r.id: r for r in rows_svc.card_rows(session=session, user_id=user.id)}
    return [rows[i].move_label for i in ids]


@pytest.mark.parametrize("i", range(len(CARDS)), ids=[f"{c[:12]}|{t[:20]}" for c, t in CARDS])
def test_each_name_says_which_application(names, i):
    company, title = CARDS[i]
    name = names[i]
    assert name.startswith("Move to")  # the visible label's words, first
    assert title[:40] in name and company[:40] in name
    assert len(name) < 200


def test_no_two_cards_share_a_name(names):
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("title,company,want", [
    ("Dental Hygienist", "", "Move to another stage: Dental Hygienist"),
    ("", "Bright Smiles", "Move to another stage: Bright Smiles"),
    ("  ", "", "Move to another stage: this application"),
])
def test_an_unnamed_part_is_left_out(title, company, want):
    assert rows_svc.move_label(title, company) == want


def test_the_board_names_its_menu_trigger_with_it():
    import reflex as rx

    from careercopilot.state.applications import ApplicationsState as S
    from careercopilot.views.applications import _move

    out = str(rx.foreach(S.cards, _move).render())
    assert '"aria-label":row_rx_state_?.["move_label"]' in out.replace(" ", "")
