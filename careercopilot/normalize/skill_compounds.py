"""A business function's name inside a compound that names its records, not the function (issue 11 trial 41
finding 6: a bookkeeper's "sales-and-use and payroll tax filings" read as Sales).

Bookkeepers, accounting clerks, analysts and order-entry clerks keep the records *of* sales and marketing
— "sales tax", "sales receipts", "sales orders", "the sales journal", "sales data", "marketing invoices",
"reconciled the marketing budget" — without selling or marketing. :func:`record_compound` reads a
mention of a field in :data:`RECORD_FIELDS` as a modifier of a record noun when, after it,

* optionally the second member of a tax's name ("sales-and-use", "sales & use", "sales/use"),
* optionally one coordinated modifier ("sales-and-use **and payroll** tax filings", "sales and marketing
  data"),
* comes a head of :data:`RECORD_HEADS` (tax, receipts, invoices, orders, journal, ledger, entries,
  transactions, deposits, tickets, data, figures, accruals, commissions, expenses …), or of
  :data:`SPENDING_HEADS` (budget, spend, costs) when a bookkeeping verb (:data:`BOOKKEEPING_VERB`:
  reconcile, post, record, code, enter, accrue, audit, book) is in the clause — "managed a $2M marketing
  budget" stays Marketing, "reconciled the marketing budget to the GL" does not.

The compound then names the skill of the field word and the head when the taxonomy has one ("sales …
tax" → Sales Tax), else no skill. Heads of selling itself (quota, targets, goals, revenue, pipeline,
experience, presentations) are not record heads: "exceeded sales quota" is Sales; nor are reports (a
sales analyst's "weekly sales reports" and a marketing analyst's "digital advertising reports" are the
function's own work: in the issue-11 postings a first version with "reports" dropped Advertising from an
advertising analyst's duties, so reports and the Advertising field were left out).

Payroll is left out of :data:`RECORD_FIELDS`: a payroll clerk's "payroll reports" are the payroll work.
Sources: the chart-of-accounts and tax vocabulary of bookkeeping (sales journal, sales receipts, sales and
use tax returns, accruals; AIPB and QuickBooks terms) and the duty lines of the issue-11 bookkeeper,
accounting-clerk and order-entry postings.
"""

from __future__ import annotations

import re

__all__ = ["BOOKKEEPING_VERB", "RECORD_FIELDS", "RECORD_HEADS", "SPENDING_HEADS", "record_compound"]

#: Canonical skills that are business functions whose name also labels their records.
RECORD_FIELDS = frozenset({"Sales", "Marketing"})
#: Record nouns a field word modifies ("sales receipts", "marketing invoices"); plural forms included.
RECORD_HEADS = re.compile(
    r"(?:tax|taxes|receipts?|invoices?|orders?|journals?|ledgers?|entries|transactions?|deposits?|tickets?|"
    r"slips?|data|figures|numbers|records|accruals?|commissions?|expenses?|allowances|returns|"
    r"reimbursements?|postings?|vouchers?|statements?|filings?)\b",
    re.IGNORECASE)
#: Spending nouns that are records only to a bookkeeper ("reconciled the marketing budget").
SPENDING_HEADS = re.compile(r"(?:budgets?|spend|spending|costs?)\b", re.IGNORECASE)
#: Verbs of keeping the books, in the mention's clause.
BOOKKEEPING_VERB = re.compile(r"\b(?:reconcil\w*|post(?:s|ed|ing)?|record(?:s|ed|ing)?|cod(?:e|es|ed|ing)|"
                              r"enter(?:s|ed|ing)?|accru\w*|audit\w*|book(?:s|ed)?|allocat\w*)\b", re.IGNORECASE)
#: After the field word: the second member of a tax's name, one coordinated modifier, then the head.
_COMPOUND_AFTER = re.compile(
    r"^(?:\s*(?:-|\s)\s*and\s*(?:-|\s)\s*use|\s*[&/]\s*use)?(?:\s*,?\s+(?:and|or|&)\s+[A-Za-z][\w-]*)?\s+(?P<head>\w+)",
    re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;!?•▪●◦‣\n]|:\s")


def _singular(word: str) -> str:
    w = word.lower()
    if w in ("taxes",):
        return "tax"
    if w.endswith("ies"):
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def record_compound(text: str, start: int, end: int) -> str | None:
    """The reading of the field mention ``text[start:end]`` inside a record compound: None when it is no
    such compound (the field word names the skill), else the lower-case term the compound names (field
    word + singular head, "sales tax"; the caller looks it up in the taxonomy and drops the mention when
    the taxonomy has no such term)."""
    m = _COMPOUND_AFTER.match(text[end:end + 80])
    if not m:
        return None
    head = m.group("head")
    if not RECORD_HEADS.fullmatch(head):
        if not SPENDING_HEADS.fullmatch(head):
            return None
        left = text[max(0, start - 160):start]
        cut = list(_CLAUSE_BREAK.finditer(left))
        if not BOOKKEEPING_VERB.search(left[cut[-1].end():] if cut else left):
            return None
    return f"{text[start:end].lower()} {_singular(head)}"
