"""The parser as a spaCy component: `shobun_notice` sets `doc._.notice` (the typed
`Notice`) and `doc.spans["shobun"]`, one labelled span per extracted mention.

A thin layer: the Doc's text goes through the same stages as `parser.parse` (the CLI,
ingest and the API call those directly and never build a Doc of their own), and each
mention's span, which points into that text, becomes a span of the Doc. A Doc carries
its notice through spaCy's serialisation (`Doc.to_bytes`, `DocBin`, `nlp.pipe(…,
n_process=2)`) as the model's JSON form, registered with srsly's msgpack.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan
from srsly import msgpack_decoders, msgpack_encoders

from shobun.core.spacy_msgpack import decode_notice, encode_notice
from shobun.parser import notice_name, parse
from shobun.parser.model import Notice, Span
from shobun.parser.tokenize import blank

FACTORY = "shobun_notice"
SPANS_KEY = "shobun"

_ORG_LABELS = {"Company": "COMPANY", "Authority": "AUTHORITY", "PublicBody": "PUBLIC_BODY"}
Mentions = Callable[[Notice], Iterable[tuple[str, Span]]]

# label → where the typed model keeps that kind of mention, in the order spans are made
MENTIONS: tuple[Mentions, ...] = (
    lambda n: ((_ORG_LABELS[o.kind], s) for o in n.organizations for s in o.mentions),
    lambda n: (("ALIAS", a.span) for a in n.aliases),
    lambda n: (("STATUTE", s) for st in n.statutes for s in st.mentions),
    lambda n: (("PROVISION", c.span) for c in n.citations),
    lambda n: (("SANCTION", a.span) for a in n.actions),
    lambda n: (("DATE", d.span) for d in n.dates),
    lambda n: (("AMOUNT", a.amount_span) for a in n.actions if a.amount_span),
    lambda n: (("QUANTITY", q.span) for q in n.quantities),
    lambda n: (("SECTION_REF", r.span) for r in n.section_refs),
    lambda n: (("VIOLATION", v.span) for v in n.violations),
    lambda n: (("INCIDENT", i.span) for i in n.incidents),
    lambda n: (("ENTRUSTMENT", e.span) for e in n.entrustments),
)


def mentions(notice: Notice) -> list[tuple[str, int, int]]:
    """Each labelled mention once, as (label, start, end) in the notice's text."""
    found = (
        (label, s.start, s.end) for each in MENTIONS for label, s in each(notice) if s.end > s.start
    )
    return list(dict.fromkeys(found))


class NoticeComponent:
    """Parses the Doc's text into a `Notice`; its mentions become `doc.spans[spans_key]`
    (widened to whole tokens where a mention starts or ends inside one)."""

    def __init__(self, name: str = FACTORY, spans_key: str = SPANS_KEY) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy joins it from the tokens each time it is asked
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        notice = parse(text, notice_name(None, digest))
        doc._.notice = notice
        doc.spans[self.spans_key] = list(_doc_spans(doc, notice))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1) -> Iterator[Doc]:
        return (self(doc) for doc in docs)


def _doc_spans(doc: Doc, notice: Notice) -> Iterator[DocSpan]:
    seen: set[tuple[str, int, int]] = set()
    for label, start, end in mentions(notice):
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and (label, span.start, span.end) not in seen:
            seen.add((label, span.start, span.end))
            yield span


@Language.factory(
    FACTORY,
    default_config={"spans_key": SPANS_KEY},
    assigns=["doc._.notice", "doc.spans"],
)
def make_notice_component(nlp: Language, name: str, spans_key: str) -> NoticeComponent:
    return NoticeComponent(name, spans_key)


def load() -> Language:
    """shobun's fugashi tokenizer and the `shobun_notice` component, as one pipeline."""
    nlp = blank()
    nlp.add_pipe(FACTORY)
    return nlp


msgpack_encoders.register("shobun_notice", func=encode_notice)
msgpack_decoders.register("shobun_notice", func=decode_notice)
if not Doc.has_extension("notice"):
    Doc.set_extension("notice", default=None)
