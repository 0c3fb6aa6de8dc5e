"""What the notice page highlights: every evidence span of every fact, and the names,
references and dates the graph knows, found again in the text."""

from __future__ import annotations

from urllib.parse import quote

from api.highlight import Mark, find_name
from api.models import Fact, NoticeDetail
from api.vocab import ja

KINDS = {
    "action": "sanction",
    "organization": "org",
    "provision": "provision",
    "violation": "violation",
    "incident": "incident",
    "quantity": "quantity",
}
LEGEND = {
    "sanction": "処分・措置",
    "addressee": "名宛人",
    "org": "組織",
    "provision": "条項",
    "violation": "違反",
    "reference": "参照資料",
    "date": "日付",
    "incident": "事案",
    "quantity": "数量",
}


def anchor(index: int) -> str:
    return f"fact-{index}"


def _kind(fact: Fact, addressees: set[str]) -> str:
    if fact.category == "organization" and fact.iri in addressees:
        return "addressee"
    return KINDS.get(fact.category, fact.category)


def _href(fact: Fact, index: int, org_keys: dict[str, str]) -> str:
    if fact.iri in org_keys:
        return f"/organizations/{quote(org_keys[fact.iri], safe='')}"
    return f"#{anchor(index)}"


def notice_marks(d: NoticeDetail, org_keys: dict[str, str]) -> list[Mark]:
    """Evidence spans (`sbo:evidence`), then names found again where no evidence is."""
    addressees = {a.iri for a in d.addressees}
    marks: list[Mark] = []
    for i, f in enumerate(d.facts):
        kind, href = _kind(f, addressees), _href(f, i, org_keys)
        title = f"{ja(f.kind)}: {f.label}"
        marks += [Mark(s.start, s.end, kind, (f.iri,), title, href) for s in f.spans]
    for i, f in enumerate(d.facts):
        if f.category == "organization":
            kind, href = _kind(f, addressees), _href(f, i, org_keys)
            names = {
                p.value for p in f.properties if p.predicate in ("rdfs:label", "skos:altLabel")
            }
            marks += _found(d.text, names, kind, f.iri, f"{ja(f.kind)}: {f.label}", href, marks)
    for k, doc in enumerate(d.references):
        if doc.alias:
            title = f"参照資料: {doc.title or doc.alias}"
            marks += _found(d.text, {doc.alias}, "reference", doc.iri, title, f"#doc-{k}", marks)
    return marks + _dates(d, marks)


def _found(
    text: str, names: set[str], kind: str, iri: str, title: str, href: str, taken: list[Mark]
) -> list[Mark]:
    out: list[Mark] = []
    for name in sorted(names, key=len, reverse=True):
        for a, b in find_name(text, name):
            if not any(m.start < b and a < m.end and m.kind in (kind, "org") for m in taken + out):
                out.append(Mark(a, b, kind, (iri,), title, href, "label"))
    return out


def _dates(d: NoticeDetail, taken: list[Mark]) -> list[Mark]:
    """The date of issue as written, and each deadline written as 2024年2月29日 (its
    first occurrence after the action's own span)."""
    found: list[Mark] = []
    if d.issued_text:
        found += _found(d.text, {d.issued_text}, "date", d.iri, "発出日", "#meta", taken)
    for i, f in enumerate(d.facts):
        after = f.spans[0].start if f.spans else 0
        for p in f.properties:
            if p.predicate != "sbo:deadline" or len(p.value) != 10:
                continue
            y, m, day = p.value.split("-")
            where = [
                s for s in find_name(d.text, f"{int(y)}年{int(m)}月{int(day)}日") if s[0] >= after
            ]
            if where:
                a, b = where[0]
                title = f"期限 {p.value}: {f.label}"
                found.append(Mark(a, b, "date", (f.iri,), title, f"#{anchor(i)}", "label"))
    return found
