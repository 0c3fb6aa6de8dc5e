"""The point-in-time stage: after resolution, each cited provision is placed in the
version of its law in force when the notice was issued (or on an earlier day an action
is dated), and linked to the same provision in today's numbering.

- The notice's date picks the version; an action dated earlier in the text picks the
  version for the provisions that action rests on or remedies.
- 旧法第20条 / 改正前の…第20条 name the version before the one in force.
- No date at all: the citation is read in today's numbering, with a warning.
- A statute the notice names only by a short name takes the title in force on its date
  (下請法 in 2025 is 下請代金支払遅延等防止法); a title the notice writes stays as written.

The tables and the moves between numberings are `parser.concordance`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

from shobun.core.numbering import provision_label
from shobun.parser import concordance, tables
from shobun.parser.model import (
    Action,
    Citation,
    DateValue,
    Notice,
    Numbering,
    ProvisionTime,
    Statute,
    StatuteTitles,
    Violation,
    Warning,
)

# 旧法第20条, 旧個人情報保護法第20条, 改正前の法第20条, 改正前の個人情報保護法第20条 — but
# not 現行法第23条 in 「旧法第20条(現行法第23条)」
_OLD = re.compile(r"(?:旧|改正前の)(?:(?!現行|改正後)[^。、\n]){0,24}$")
_LOOKBACK = 30


def as_date(value: DateValue | None) -> date | None:
    """A notice or action date as a day; a month or a year alone counts from its start."""
    if value is None:
        return None
    return date(value.year, value.month or 1, value.day or 1)


def _first_day(notice: Notice) -> date | None:
    """A notice with no date of its own (a news item whose time stamp the header did not
    read) is of the first full date it gives, for the titles its laws had then."""
    days = (m.value for m in notice.dates if m.value.day is not None)
    return next((as_date(d) for d in days), None)


def annotate(notice: Notice) -> Notice:
    """The notice with its statutes' titles in time and its provisions placed in time."""
    when = as_date(notice.issued)
    relabel = _relabel(notice, when or _first_day(notice))
    if relabel:
        notice = _relabelled(notice, relabel)
    provisions, warnings = _provisions(notice, when)
    return replace(
        notice,
        statute_titles=tuple(t for s in notice.statutes if (t := _titles(s)) is not None),
        provisions_in_time=tuple(provisions),
        warnings=(*notice.warnings, *warnings),
    )


# --- titles ----------------------------------------------------------------------------


def _row(egov: str | None) -> tables.StatuteRow | None:
    return next((r for r in tables.statutes() if egov and r.egov_id == egov), None)


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _relabel(notice: Notice, when: date | None) -> dict[str, str]:
    """Statute label → the title in force on the notice's date, for statutes the notice
    names by a short name only (a title written out is kept as written)."""
    out: dict[str, str] = {}
    for s in notice.statutes:
        row = _row(s.egov_id)
        if when is None or row is None or s.label != row.title or s.egov_id is None:
            continue
        if any(row.title in _squash(m.surface) for m in s.mentions):
            continue
        in_force = concordance.title_on(s.egov_id, when)
        if in_force and in_force != s.label:
            out[s.label] = in_force
    return out


def _cite(c: Citation, relabel: dict[str, str]) -> Citation:
    return replace(c, statute=relabel.get(c.statute, c.statute)) if c.statute else c


def _relabelled(n: Notice, relabel: dict[str, str]) -> Notice:
    def action(a: Action) -> Action:
        basis = _cite(a.legal_basis, relabel) if a.legal_basis else None
        return replace(a, legal_basis=basis)

    def violation(v: Violation) -> Violation:
        return replace(v, provisions=tuple(_cite(c, relabel) for c in v.provisions))

    def statute(s: Statute) -> Statute:
        return replace(s, label=relabel.get(s.label, s.label))

    aliases = tuple(
        replace(d, target=relabel.get(d.target, d.target))
        if d.target_kind == "Statute" and d.target
        else d
        for d in n.aliases
    )
    return replace(
        n,
        statutes=tuple(statute(s) for s in n.statutes),
        citations=tuple(_cite(c, relabel) for c in n.citations),
        actions=tuple(action(a) for a in n.actions),
        violations=tuple(violation(v) for v in n.violations),
        aliases=aliases,
    )


def _titles(s: Statute) -> StatuteTitles | None:
    row = _row(s.egov_id)
    if row is None or s.egov_id is None:
        return None
    formers = tuple(t for t in concordance.former_titles(s.egov_id) if t != s.label)
    return StatuteTitles(s.label, row.title, formers)


# --- provisions ------------------------------------------------------------------------


def _action_days(notice: Notice, when: date | None) -> dict[Citation, date]:
    """Citations an action rests on or remedies, with that action's day where the text
    dates the action before the notice."""
    violations = {v.key: v for v in notice.violations}
    out: dict[Citation, date] = {}
    for a in notice.actions:
        day = as_date(a.date)
        if day is None or (when is not None and day >= when):
            continue
        cited = [a.legal_basis] if a.legal_basis else []
        cited += [c for k in a.violations if k in violations for c in violations[k].provisions]
        for c in cited:
            out[c] = min(day, out.get(c, day))
    return out


def _marked_old(text: str, c: Citation) -> bool:
    return bool(_OLD.search(text, max(0, c.span.start - _LOOKBACK), c.span.start + 1))


def _provisions(notice: Notice, when: date | None) -> tuple[list[ProvisionTime], list[Warning]]:
    egov = {s.label: s.egov_id for s in notice.statutes if s.egov_id}
    days = _action_days(notice, when)
    cited = [*notice.citations, *(a.legal_basis for a in notice.actions if a.legal_basis)]
    cited += [c for v in notice.violations for c in v.provisions]
    out: dict[Citation, ProvisionTime] = {}
    warnings: list[Warning] = []
    undated: set[str] = set()
    for c in cited:
        law = egov.get(c.statute or "")
        if c in out or law is None or not concordance.has_versions(law):
            continue
        day = days.get(c, when)
        version = concordance.version_on(law, day)
        if _marked_old(notice.text, c) and version is not None:
            version = concordance.previous(law, version)
        elif day is None and c.statute not in undated:
            undated.add(c.statute or "")
            warnings.append(Warning("SHOBUN-W109", _undated(c), c.span))
        placed = _place(law, version, c)
        if placed.current is None:
            warnings.append(Warning("SHOBUN-W110", _unknown(c, version), c.span))
        out[c] = placed
    return list(out.values()), warnings


def _place(law: str, version: str | None, c: Citation) -> ProvisionTime:
    n = Numbering(c.article, c.paragraph, c.item)
    current_version = concordance.current_version(law)
    if version is None:
        return ProvisionTime(c, None, None, None, None)
    if version == current_version:
        cap = concordance.caption(law, version, c.article)
        return ProvisionTime(c, None, cap, n, cap)
    now = concordance.to_current(law, version, n)
    cap = concordance.caption(law, version, c.article)
    if now == n:  # the same number today: today's provision, no versioned IRI
        return ProvisionTime(c, None, cap, n, concordance.caption(law, current_version, n.article))
    now_cap = concordance.caption(law, current_version, now.article) if now else None
    return ProvisionTime(c, version, cap, now, now_cap)


def _label(c: Citation) -> str:
    return provision_label(c.statute, c.article, c.paragraph, c.item)


def _undated(c: Citation) -> str:
    return f"{c.statute}: the notice gives no date, its provisions are read in today's numbering"


def _unknown(c: Citation, version: str | None) -> str:
    where = f"the numbering of {version}" if version else "a numbering older than the tables"
    return f"{_label(c)} (cited in {where}): its number today is not known"
