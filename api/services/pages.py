"""What the notice page highlights: every evidence span of every fact, and the names,
references and dates the graph knows, found again in the text."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path
from urllib.parse import quote

from shobun.api.highlight import Mark, find_name
from shobun.api.models import Fact, NoticeDetail
from shobun.api.vocab import ja

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
    "deadline": "期限",
    "amount": "金額",
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
    """The date of issue as written, each deadline written as 2024年2月29日 and each
    amount written as 23,450,000円 (the first occurrence after the action's own span)."""
    found: list[Mark] = []
    if d.issued_text:
        found += _found(d.text, {d.issued_text}, "date", d.iri, "発出日", "#meta", taken)
    for i, f in enumerate(d.facts):
        after = f.spans[0].start if f.spans else 0
        for p in f.properties:
            if p.predicate == "sbo:deadline" and len(p.value) == 10:
                written = date_forms(p.value)
                kind, title = "deadline", f"期限 {p.value}: {f.label}"
            elif p.predicate == "sbo:amount" and p.value.isdigit():
                written = amount_forms(int(p.value))
                kind, title = "amount", f"金額 {int(p.value):,}円: {f.label}"
            else:
                continue
            found += _first_after(
                d.text, written, after, Mark(0, 0, kind, (f.iri,), title, f"#{anchor(i)}", "label")
            )
    return found


def _first_after(text: str, written: list[str], after: int, template: Mark) -> list[Mark]:
    """The first place after `after` where the value is written (in any of its forms)."""
    for form in written:
        where = [s for s in find_name(text, form) if s[0] >= after]
        if where:
            a, b = where[0]
            return [replace(template, start=a, end=b)]
    return []


def amount_forms(yen: int) -> list[str]:
    """How a notice may write an amount: 23,450,000円, 23450000円, 2,345万円, 2345万円."""
    forms = [f"{yen:,}円", f"{yen}円"]
    if yen % 10_000 == 0:
        forms += [f"{yen // 10_000:,}万円", f"{yen // 10_000}万円"]
    return forms


PROPERTY_NAMES = {
    "rdfs:label": "名称",
    "skos:altLabel": "略称",
    "dcterms:title": "題名",
    "dcterms:date": "日付",
    "dcterms:identifier": "資料番号",
}


def property_name(predicate: str) -> str:
    """A property's Japanese name (the ontology's @ja label), else its CURIE."""
    if predicate.startswith("sbo:"):
        return ja(predicate[4:])
    return PROPERTY_NAMES.get(predicate, predicate)


@cache
def fictional() -> frozenset[str]:
    """Ids of the shipped notices written for the project (fictional companies)."""
    path = Path(__file__).resolve().parents[1] / "data" / "fictional.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def date_forms(iso: str) -> list[str]:
    """How a notice may write a date: 2026年6月1日, 令和8年6月1日 (令和元年 for 2019)."""
    y, m, d = (int(x) for x in iso.split("-"))
    forms = [f"{y}年{m}月{d}日"]
    if (y, m) >= (2019, 5):
        era = y - 2018
        forms.append(f"令和{'元' if era == 1 else era}年{m}月{d}日")
    elif y >= 1989:
        forms.append(f"平成{'元' if y == 1989 else y - 1988}年{m}月{d}日")
    return forms
