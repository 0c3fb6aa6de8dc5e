"""docs/api.md cannot drift: its example outputs are what the server answers over the
shipped corpus, and it names every API path, setting and media type the code has.

After a deliberate change, regenerate the outputs and read the diff:

    .venv/bin/python tests/test_api_docs.py --regenerate
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
DOCS = Path(__file__).resolve().parents[1] / "docs" / "api.md"
README = Path(__file__).resolve().parents[1] / "README.md"
SHOWN_HOST = "http://127.0.0.1:8000"
BLOCK = re.compile(r"(<!-- output: ([a-z0-9-]+) -->\n)(```[a-z]*\n.*?```\n)?", re.DOTALL)
CALLS = [
    ("/api/v1/notices?action_type=Recommendation&per_page=1", "json"),
    ("/api/v1/statutes/415AC0000000057/articles/23", "json"),
    ("/api/v1/notices?per_page=0", "json"),
]


def sparql_csv(server: Server, key: str) -> str:
    from shobun.api.examples import BY_KEY

    params = {"query": BY_KEY[key].query}
    r = server.client.get("/sparql", params=params, headers={"Accept": "text/csv"})
    return r.text.replace("\r\n", "\n")


def api_calls(server: Server) -> str:
    out = []
    for path, _ in CALLS:
        r = server.client.get(path)
        body = json.dumps(r.json(), ensure_ascii=False, indent=1).replace(server.url, SHOWN_HOST)
        out.append(f"$ curl -s '{SHOWN_HOST}{path}'   # HTTP {r.status_code}\n{body}\n")
    return "```console\n" + "\n".join(out) + "```\n"


TURTLE_IRI = "/id/notice/ppc-2024-01-ntt-procx-overview/action/a1"


def iri_turtle(server: Server) -> str:
    r = server.client.get(TURTLE_IRI, headers={"Accept": "text/turtle"})
    head = f"$ curl -H 'Accept: text/turtle' {SHOWN_HOST}{TURTLE_IRI}"
    return f"```console\n{head}\n{r.text.replace(server.url, SHOWN_HOST)}```\n"


def outputs(server: Server) -> dict[str, str]:
    found = {
        key: f"```csv\n{sparql_csv(server, key)}```\n"
        for key in (
            "appi-recommendations",
            "sanctioned-twice",
            "cite-article-23",
            "safety-measures-across-versions",
        )
    }
    found["api-calls"] = api_calls(server)
    found["iri-turtle"] = iri_turtle(server)
    return found


def shown(text: str) -> dict[str, str]:
    return {m.group(2): m.group(3) or "" for m in BLOCK.finditer(text)}


@pytest.mark.parametrize("doc", [DOCS, README], ids=["docs-api-md", "readme"])
def test_docs_outputs_are_the_servers(server: Server, doc: Path) -> None:
    expected = outputs(server)
    docs = shown(doc.read_text(encoding="utf-8"))
    assert docs, f"{doc.name} shows no output"
    for key, block in docs.items():
        assert block == expected[key], f"{doc.name} output {key!r} drifted: regenerate"


def test_docs_name_every_api_path(server: Server) -> None:
    text = DOCS.read_text(encoding="utf-8")
    paths = server.client.get("/openapi.json").json()["paths"]
    missing = [p for p in paths if p.startswith("/api/") and f"`GET {p}`" not in text]
    assert not missing


def test_docs_name_every_setting_and_media_type() -> None:
    from shobun.api.negotiate import GRAPHS, SOLUTIONS
    from shobun.api.settings import ApiSettings

    text = DOCS.read_text(encoding="utf-8")
    names = [f"SHOBUN_{f.upper()}" for f in ApiSettings.model_fields if f != "max_bytes"]
    assert [n for n in names if f"`{n}`" not in text] == []
    assert [m for m in {*SOLUTIONS, *GRAPHS} if f"`{m}`" not in text] == []


def regenerate() -> None:
    from conftest_api import Server, fill_store

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        fill_store(store)
        server = Server(store, Path(tmp) / "server.log")
        try:
            found = outputs(server)
        finally:
            server.stop()
    for doc in (DOCS, README):
        text = doc.read_text(encoding="utf-8")
        text = BLOCK.sub(lambda m: m.group(1) + found.get(m.group(2), m.group(3) or ""), text)
        doc.write_text(text, encoding="utf-8")


if __name__ == "__main__" and "--regenerate" in sys.argv:
    sys.path.insert(0, str(Path(__file__).parent))
    regenerate()
