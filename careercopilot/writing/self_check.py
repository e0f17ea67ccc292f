"""What the offline writer's self-check hid: sentences it left out or reworded because the grounding
checker flagged them (issue 12: the sweep's "0 flags" must not hide the checker's false flags).

The offline writer only restates the resume, so a flag on its own sentence is either the writer's
wording or the checker misreading a quotation. Three places react to such a flag:

* the cover letter (:func:`careercopilot.writing.offline.cover_letter`) leaves the flagged bullet
  out (``dropped``) or names the role by its title alone when the checker did not read the employer
  as one (``reworded``);
* an interview STAR draft (:func:`careercopilot.writing.interview._grounded`) names the role by its
  title alone (``reworded``) or is withheld (``dropped``);
* a tailoring term rename the checker cannot ground (:func:`careercopilot.writing.tailor.propose`)
  is not proposed (``dropped``).

Each reaction is one :class:`Hidden` record: the document kind, the action, the flag's kind
(:attr:`careercopilot.writing.grounding.Flag.kind`; ``"unsupported"`` for a tailoring edit, whose
check returns texts only), the flagged text and the sentence. Records are kept only inside
:func:`recording` (a context variable, so concurrent generations never mix); outside it
:func:`note` does nothing. The sweep (``benchmarks/_writing_sweep.py``) counts them per kind.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    """One sentence the self-check hid: ``document`` (cover_letter | interview | tailoring), ``action``
    (dropped | reworded), the flag's ``kind`` and ``text``, and the ``sentence`` as it was."""

    document: str
    action: str
    kind: str
    text: str
    sentence: str


_LOG: contextvars.ContextVar[list[Hidden] | None] = contextvars.ContextVar("self_check_log", default=None)


@contextlib.contextmanager
def recording() -> Iterator[list[Hidden]]:
    """Collect the :class:`Hidden` records of the generations run inside the block (a fresh list)."""
    log: list[Hidden] = []
    token = _LOG.set(log)
    try:
        yield log
    finally:
        _LOG.reset(token)


def note(document: str, action: str, kind: str, text: str, sentence: str) -> None:
    """Record one hidden sentence (nothing outside :func:`recording`)."""
    log = _LOG.get()
    if log is not None:
        log.append(Hidden(document, action, kind, text, sentence))
