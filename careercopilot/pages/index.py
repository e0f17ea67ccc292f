"""``/``: the landing page for signed-out visitors (what the product does, with screenshots of
the real app); signed-in users go straight to their dashboard.

The screenshots in ``assets/landing/`` are captured from the production build by the e2e
accessibility run (``tests/e2e/test_a11y_routes.py`` writes every route to
``test-results/e2e/screens/``) and converted to WebP by ``scripts/landing_screenshots.py``.
"""

from __future__ import annotations

import reflex as rx

from careercopilot import routes, styles
from careercopilot.components.common import link_button, section_title
from careercopilot.state.auth import AuthState
from careercopilot.templates import page_title, public_page

#: (heading, text, image path under assets/, alt text). Images are 1280 × 800 crops shown scaled.
FEATURES = (
    ("Every job board, one ranked list",
     "Postings from Greenhouse, Lever, Ashby, Workable, RSS feeds and more are gathered, cleaned and "
     "de-duplicated, then ranked against your resume and preferences.",
     "/landing/jobs.webp", "The Jobs page: postings ranked by match score with matched and missing skills"),
    ("A match score you can read",
     "Each score is explained: the skills you have and miss, salary, location, work mode and visa checks, "
     "and the passage of the posting that fits you best.",
     "/landing/job-detail.webp", "A job page with its match score explained skill by skill"),
    ("Track every application",
     "Drag cards across the board from saved to offer, with follow-up reminders, notes, contacts and a "
     "stage history you can export.",
     "/landing/board.webp", "The application board with one column per stage"),
)
SHOT_WIDTH, SHOT_HEIGHT = 1280, 800


def _feature(i: int, heading: str, text: str, src: str, alt: str) -> rx.Component:
    return rx.grid(
        rx.vstack(section_title(heading), rx.text(text, size="3", color_scheme="gray"), spacing="2",
                  justify="center"),
        rx.image(src=src, alt=alt, width=str(SHOT_WIDTH), height=str(SHOT_HEIGHT),
                 loading="eager" if i == 0 else "lazy", decoding="async",
                 style={"width": "100%", "height": "auto", "border_radius": "var(--radius-4)",
                        "border": "1px solid var(--gray-a5)", "box_shadow": "var(--shadow-3)"}),
        columns=rx.breakpoints(initial="1", md="2"), gap=styles.GAP_SECTION, align="center", width="100%",
        class_name="cc-landing-feature", id=f"feature-{i}",
    )


@public_page(route=routes.INDEX, title="Your job search, organised", on_load=AuthState.redirect_if_signed_in,
             wide=True)
def index() -> rx.Component:
    """Hero with sign-up/log-in, three features with screenshots, a closing call to action."""
    actions = rx.flex(
        link_button("Create your account", routes.SIGNUP, size="3", id="landing-signup"),
        link_button("Log in", routes.LOGIN, size="3", variant="soft", id="landing-login"),
        wrap="wrap", spacing="3",
    )
    return rx.vstack(
        rx.vstack(
            rx.text("Career Copilot", size="3", weight="bold", color="var(--accent-11)"),
            page_title("Find the jobs that fit you, and keep every application on track", size="8"),
            rx.text("A self-hostable job-search copilot: upload your resume, say what you want, and get postings "
                    "from many job boards ranked by a match score that explains itself.",
                    size="4", color_scheme="gray"),
            actions,
            spacing="4", max_width="44rem", padding_y=rx.breakpoints(initial="var(--space-6)", md="var(--space-9)"),
        ),
        *[_feature(i, *f) for i, f in enumerate(FEATURES)],
        rx.vstack(section_title("Ready when you are"),
                  rx.text("Your data stays on your server. Sign up in a minute; your time zone is taken from your "
                          "browser.", color_scheme="gray"),
                  actions, spacing="3", padding_y="var(--space-7)"),
        spacing="8", width="100%", max_width=styles.CONTENT_MAX_WIDTH, margin_x="auto",
        padding_x=rx.breakpoints(initial="var(--space-4)", md="var(--space-6)"), id="landing",
    )
