"""What to ingest: files, directory trees and manifests, split into shards.

A task's `name` is its notice's identity (the parser turns it into the notice IRI): the
file's stem, or a manifest's `name` column. Shards are chosen by a hash of the name,
so every machine that lists the same corpus, wherever it is mounted, picks the same
notices for shard i of n, and a notice always lands in the same shard.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from shobun.core.errors import ShobunError
from shobun.core.names import NOTICE_SUFFIXES, slug

MANIFEST_SUFFIXES = frozenset({".csv", ".jsonl"})


@dataclass(frozen=True)
class Task:
    """One input file to ingest, with the metadata that lands on its notice."""

    path: Path
    name: str
    metadata: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Duplicate:
    """A task whose name another task already took: reported, not ingested."""

    task: Task
    first: Task


def name_of(relative: str) -> str:
    """The notice name `shobun parse` gives a file: `parser.notice_name`'s rule (its stem as
    a slug), restated here so the writer process need not import the parser (0.6 s, 60 MB);
    a test keeps the two equal. Where the slug is empty, a hash of the relative path, which
    stays put while the file changes (the parser uses the content hash there)."""
    return slug(relative) or hashlib.sha256(relative.encode("utf-8")).hexdigest()[:16]


def parse_shard(text: str) -> tuple[int, int]:
    """`"2/4"` → (2, 4): shard 2 of 4, counted from 1."""
    index, sep, count = text.partition("/")
    if sep and index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count):
        return int(index), int(count)
    raise ShobunError("SHOBUN-E040", "--shard", f"expected i/n with 1 ≤ i ≤ n, got {text!r}")


def in_shard(name: str, shard: tuple[int, int] | None) -> bool:
    if shard is None:
        return True
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % shard[1] == shard[0] - 1


def discover(
    paths: Sequence[Path], shard: tuple[int, int] | None = None, *, anywhere: bool = False
) -> tuple[list[Task], list[Duplicate]]:
    """Every task under `paths` in this shard, sorted by name; names used twice are set aside.
    A manifest's paths must stay inside its folder unless `anywhere`."""
    seen: dict[str, Task] = {}
    duplicates: list[Duplicate] = []
    for task in _expand(paths, anywhere):
        if not in_shard(task.name, shard):
            continue
        if task.name in seen:
            duplicates.append(Duplicate(task, seen[task.name]))
        else:
            seen[task.name] = task
    return sorted(seen.values(), key=lambda t: t.name), duplicates


def _expand(paths: Sequence[Path], anywhere: bool = False) -> Iterator[Task]:
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        elif path.suffix.lower() in MANIFEST_SUFFIXES:
            yield from read_manifest(path, anywhere=anywhere)
        else:  # a missing file is reported by its worker, like any other bad input
            yield Task(path, name_of(path.name), (("path", path.name),))


def is_readme(path: Path) -> bool:
    """A folder's README (README.md, readme.txt) describes the corpus; it is no notice.
    Named on the command line, it is read like any file."""
    return path.stem.upper() == "README"


def notice_files(root: Path) -> Iterator[Path]:
    """The notice files under a folder, sorted: by suffix (`NOTICE_SUFFIXES`), never hidden
    (a dot in any part of the path) nor a README. `shobun ingest` and `shobun summary`
    pick the same files."""
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or is_readme(path):
            continue
        if path.is_file() and path.suffix.lower() in NOTICE_SUFFIXES:
            yield path


def _walk(root: Path) -> Iterator[Task]:
    for path in notice_files(root):
        relative = path.relative_to(root).as_posix()
        yield Task(path, name_of(relative), (("path", relative),))


def read_manifest(manifest: Path, *, anywhere: bool = False) -> list[Task]:
    """Rows of a CSV (header row) or JSONL manifest: `path`, optional `name`, any metadata.
    Paths are relative to the manifest's folder and must stay inside it (`../../etc/passwd`
    is refused, E053) unless `anywhere` (`shobun ingest --paths-anywhere`)."""
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise ShobunError("SHOBUN-E053", str(manifest), str(err)) from err
    rows = _csv_rows(text) if manifest.suffix.lower() == ".csv" else _jsonl_rows(manifest, text)
    tasks = [_task(manifest, number, row) for number, row in rows]
    if not anywhere:
        folder = manifest.parent.resolve()
        for task in tasks:
            if not task.path.resolve().is_relative_to(folder):
                raise ShobunError(
                    "SHOBUN-E053", str(manifest), f"{task.path} is outside the manifest's folder "
                    "(shobun ingest --paths-anywhere allows it)",
                )  # fmt: skip
    return tasks


def _csv_rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(text.splitlines())
    for number, row in enumerate(reader, start=2):
        yield number, {k.strip(): (v or "").strip() for k, v in row.items() if k}


def _jsonl_rows(manifest: Path, text: str) -> Iterable[tuple[int, dict[str, str]]]:
    rows: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            raise ShobunError("SHOBUN-E053", f"{manifest}:{number}", str(err)) from err
        if not isinstance(value, dict):
            raise ShobunError("SHOBUN-E053", f"{manifest}:{number}", "not a JSON object")
        rows.append((number, {str(k): "" if v is None else str(v) for k, v in value.items()}))
    return rows


def _task(manifest: Path, number: int, row: dict[str, str]) -> Task:
    where = f"{manifest}:{number}"
    written = row.pop("path", "")
    if not written:
        raise ShobunError("SHOBUN-E053", where, "no path")
    path = manifest.parent / written
    name = row.pop("name", "") or name_of(written)
    metadata = {k: v for k, v in row.items() if v}
    metadata["path"] = written
    return Task(path, name, tuple(sorted(metadata.items())))
