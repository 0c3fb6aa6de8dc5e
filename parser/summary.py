"""A readable one-screen summary of what the parser found in a notice."""

from __future__ import annotations

from shobun.core.numbering import item_label
from shobun.parser.model import Citation, Notice


def _cite(c: Citation | None) -> str:
    if c is None:
        return "—"
    out = f"{c.statute or '?'} 第{c.article}条"
    out += f"第{c.paragraph}項" if c.paragraph is not None else ""
    out += item_label(c.item) if c.item is not None else ""
    return out


def summarise(n: Notice) -> str:
    lines = [
        f"■ {n.title_text or n.name}",
        f"  {n.issued_by or '?'}  {n.issued.iso() if n.issued else '?'}",
    ]
    for o in n.organizations:
        extra = f" ({'、'.join(o.aliases)})" if o.aliases else ""
        num = f" 法人番号 {o.corporate_number}" if o.corporate_number else ""
        lines.append(f"  組織 {o.kind}: {o.label}{extra}{num}")
    for a in n.actions:
        when = f" {a.date.iso()}" if a.date else ""
        due = f" 期限 {a.deadline.iso()}" if a.deadline else ""
        amount = f" {a.amount:,}円" if a.amount is not None else ""
        lines.append(
            f"  処分 {a.kind} → {a.addressee or '?'} 根拠 {_cite(a.legal_basis)}{when}{due}{amount}"
        )
    for v in n.violations:
        provs = "、".join(_cite(c) for c in v.provisions)
        lines.append(f"  違反 {v.committed_by or '?'}: {provs} {v.description or ''}".rstrip())
    for w in n.warnings:
        lines.append(f"  警告 {w.code} {w.message}")
    return "\n".join(lines)
