"""The parser as a spaCy component: `shobun.load()`, `doc._.notice`, `doc.spans["shobun"]`,
displaCy, the entry points, serialisation and `nlp.pipe(n_process=2)`."""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc
from test_properties import TEXT

import shobun
from shobun import parser
from shobun.core.errors import ShobunError
from shobun.parser.component import FACTORY, NoticeComponent
from shobun.parser.model import Notice, Span
from shobun.parser.read import read_path
from shobun.parser.serialize import from_dict, to_dict
from shobun.parser.tokenize import FugashiTokenizer, japanese

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "ppc-2024-01-ntt-procx-overview.md"
CORPUS = sorted(
    p
    for folder in (ROOT / "corpus", ROOT / "tests" / "data" / "styles")
    for p in folder.glob("*.*")
    if p.suffix in (".md", ".txt", ".html") and p.stem != "README"
)

Spans = Callable[[Notice], list[Span]]
# (label, a notice that has such mentions, where the typed model keeps them)
LABELS: list[tuple[str, str, Spans]] = [
    ("COMPANY", SEED.name, lambda n: [s for o in n.organizations if o.kind == "Company" for s in o.mentions]),
    ("AUTHORITY", SEED.name, lambda n: [s for o in n.organizations if o.kind == "Authority" for s in o.mentions]),
    ("ALIAS", SEED.name, lambda n: [a.span for a in n.aliases]),
    ("STATUTE", SEED.name, lambda n: [s for st in n.statutes for s in st.mentions]),
    ("PROVISION", SEED.name, lambda n: [c.span for c in n.citations]),
    ("SANCTION", SEED.name, lambda n: [a.span for a in n.actions]),
    ("DATE", SEED.name, lambda n: [d.span for d in n.dates]),
    ("QUANTITY", SEED.name, lambda n: [q.span for q in n.quantities]),
    ("SECTION_REF", SEED.name, lambda n: [r.span for r in n.section_refs]),
    ("VIOLATION", SEED.name, lambda n: [v.span for v in n.violations]),
    ("INCIDENT", SEED.name, lambda n: [i.span for i in n.incidents]),
    ("ENTRUSTMENT", SEED.name, lambda n: [e.span for e in n.entrustments]),
    ("AMOUNT", "caa-2025-10-kirari-measures-order.txt", lambda n: [a.amount_span for a in n.actions if a.amount_span]),
]  # fmt: skip


@pytest.fixture(scope="module")
def nlp() -> Language:
    return shobun.load()


def _text(name: str) -> str:
    return read_path(ROOT / "corpus" / name).text


def _by_label(doc: Doc, label: str) -> set[tuple[int, int]]:
    return {(s.start_char, s.end_char) for s in doc.spans["shobun"] if s.label_ == label}


def test_load_gives_the_fugashi_tokenizer_and_the_component(nlp: Language) -> None:
    assert isinstance(nlp.tokenizer, FugashiTokenizer)
    assert nlp.pipe_names == [FACTORY]
    meta = nlp.get_pipe_meta(FACTORY)
    assert set(meta.assigns) == {"doc._.notice", "doc.spans"}


def test_the_seed_notice_is_the_one_parse_gives(nlp: Language) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    assert doc.text == text == doc._.notice.text
    assert doc._.notice == parser.parse(text, doc._.notice.name)
    assert japanese().pipe_names == []  # the parser's own pipeline stays the tokenizer alone


@pytest.mark.parametrize(("label", "name", "spans"), LABELS, ids=[row[0] for row in LABELS])
def test_each_label_spans_exactly_the_models_mentions(
    nlp: Language, label: str, name: str, spans: Spans
) -> None:
    doc = nlp(_text(name))
    want = {(s.start, s.end) for s in spans(doc._.notice)}
    assert want  # the row's notice has such mentions
    assert _by_label(doc, label) == want  # these notices' mentions fall on token boundaries


def test_every_span_is_labelled_from_the_table(nlp: Language) -> None:
    doc = nlp(SEED.read_text(encoding="utf-8"))
    assert {s.label_ for s in doc.spans["shobun"]} <= {row[0] for row in LABELS}


def _covers(doc: Doc, spans: Iterator[tuple[str, Span]]) -> list[str]:
    """Mentions no span of their label covers (start and end inside the span)."""
    return [
        f"{label} {s.surface!r}"
        for label, s in spans
        if s.end > s.start
        and not any(
            d.label_ == label and d.start_char <= s.start and s.end <= d.end_char
            for d in doc.spans["shobun"]
        )
    ]


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_every_mention_has_a_span_over_it(nlp: Language, path: Path) -> None:
    doc = nlp(read_path(path).text)
    found = ((label, s) for label, _, spans in LABELS for s in spans(doc._.notice))
    assert _covers(doc, found) == []


def test_a_mention_inside_a_token_widens_to_the_token(nlp: Language) -> None:
    # 報告するよう求め is what the sanction says; fugashi's token is 求める
    doc = nlp(_text("ppc-2025-11-midoridai-order.txt"))
    (start,) = {a.span.start for a in doc._.notice.actions if a.span.surface == "報告するよう求め"}
    (span,) = [s for s in doc.spans["shobun"] if s.start_char == start]
    assert (span.label_, span.text) == ("SANCTION", "報告するよう求める")


def test_displacy_renders_the_notice(nlp: Language) -> None:
    doc = nlp(SEED.read_text(encoding="utf-8"))
    html = displacy.render(doc, style="span", options={"spans_key": "shobun"})
    shown = re.findall(r">\s*([A-Z_]+)\s*</span>", html)  # each span's label, at its start
    assert sorted(shown) == sorted(s.label_ for s in doc.spans["shobun"])
    assert "勧告" in html


def test_the_component_and_the_notice_pickle(nlp: Language) -> None:
    doc = nlp(SEED.read_text(encoding="utf-8"))
    assert pickle.loads(pickle.dumps(doc._.notice)) == doc._.notice
    component = pickle.loads(pickle.dumps(nlp.get_pipe(FACTORY)))
    assert isinstance(component, NoticeComponent)
    again = pickle.loads(pickle.dumps(nlp))(doc.text)
    assert again._.notice == doc._.notice


def test_doc_bytes_keep_the_notice_and_spans(nlp: Language) -> None:
    doc = nlp(SEED.read_text(encoding="utf-8"))
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.notice == doc._.notice
    assert _by_label(back, "PROVISION") == _by_label(doc, "PROVISION")


def test_pipe_with_two_processes_gives_the_notices_parse_gives(nlp: Language) -> None:
    texts = [read_path(p).text for p in CORPUS[:6]]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [d.text for d in docs] == texts
    assert [d._.notice for d in docs] == [
        parser.parse(t, d._.notice.name) for d, t in zip(docs, texts, strict=True)
    ]
    assert all(d.spans["shobun"] for d in docs)


FRESH = """
import json, multiprocessing, sys, tempfile
import spacy
from spacy.tokens import DocBin
from spacy.util import registry

out = {"imported_before": "parser" in sys.modules}
tokenizer = {"nlp": {"tokenizer": {"@tokenizers": "shobun.FugashiTokenizer.v1"}}}
nlp = spacy.blank("ja", config=tokenizer)  # SudachiPy is not needed, nor installed
out["factory_registered"] = "shobun_notice" in registry.factories.get_all()
nlp.add_pipe("shobun_notice")
doc = nlp(sys.stdin.read())
out["labels"] = sorted({s.label_ for s in doc.spans["shobun"]})
with tempfile.TemporaryDirectory() as folder:
    nlp.to_disk(folder)
    out["loaded_pipes"] = spacy.load(folder).pipe_names
out["docbin"] = DocBin(docs=[doc], store_user_data=True).to_bytes().hex()
print(json.dumps(out))
"""

READ_BACK = """
import sys
import spacy
from spacy.tokens import DocBin

(doc,) = DocBin().from_bytes(bytes.fromhex(sys.stdin.read())).get_docs(spacy.blank("xx").vocab)
print(type(doc._.notice).__name__, doc._.notice.actions[0].kind)
"""


def _fresh(code: str, stdin: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        input=stdin, capture_output=True, text=True, cwd=ROOT / "tests" / "data",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_spacy_finds_the_component_through_its_entry_points() -> None:
    out = json.loads(_fresh(FRESH, SEED.read_text(encoding="utf-8")))
    assert out["imported_before"] is False
    assert out["factory_registered"] is True
    assert {"COMPANY", "PROVISION", "SANCTION", "VIOLATION"} <= set(out["labels"])
    assert out["loaded_pipes"] == [FACTORY]
    # a process that only imports spaCy reads the notice back from a DocBin
    assert _fresh(READ_BACK, out["docbin"]).split() == ["Notice", "Recommendation"]


SPAWN = """
import multiprocessing, sys
if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    import shobun
    texts = sys.stdin.read().split("\\f")
    docs = list(shobun.load().pipe(texts, n_process=2, batch_size=1))
    print(" ".join(type(d._.notice).__name__ + str(len(d.spans["shobun"])) for d in docs))
"""


def test_pipe_works_when_workers_are_spawned(nlp: Language) -> None:
    texts = [read_path(p).text for p in CORPUS[:2]]
    want = [f"Notice{len(nlp(t).spans['shobun'])}" for t in texts]
    assert _fresh(SPAWN, "\f".join(texts)).split() == want


def test_import_shobun_does_not_import_spacy() -> None:
    code = "import sys, shobun; print('spacy' in sys.modules, 'parser' in sys.modules)"
    assert _fresh(code, "").split() == ["False", "False"]


@settings(max_examples=40, deadline=None)
@given(TEXT)
def test_any_text_gives_spans_inside_the_doc_and_a_notice_that_round_trips(text: str) -> None:
    try:
        doc = _pipeline()(text)
    except ShobunError:
        return
    notice = doc._.notice
    assert from_dict(to_dict(notice)) == notice
    for span in doc.spans["shobun"]:
        assert 0 <= span.start_char < span.end_char <= len(text)
    found = ((label, s) for label, _, spans in LABELS for s in spans(notice))
    assert _covers(doc, found) == []


_NLP: list[Language] = []


def _pipeline() -> Language:
    """One pipeline for the property test (hypothesis does not take fixtures per example)."""
    if not _NLP:
        _NLP.append(shobun.load())
    return _NLP[0]


def test_the_readme_spacy_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(import shobun\nfrom spacy.+?)```", readme, re.S)
    assert code, "the README's spaCy example is missing"
    done = subprocess.run(
        [sys.executable, "-c", code.group(1)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "SANCTION" in done.stdout and "Recommendation" in done.stdout
