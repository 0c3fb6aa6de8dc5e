"""How many regular-expression scans one parse makes, by call site, and how many find nothing.

    python benchmarks/scans.py [--top 40]

Parses each published-length notice of `parse.py` once (the shipped corpus and the
regulator-style test notices) to canonical N-Triples with `re.compile` and the module
functions of `re` wrapped, so that every `search`, `finditer`, `findall`, `sub`,
`match`, `fullmatch` and `split` of a pattern is counted under the line of the parser
that called it. Prints, per call site: the calls per notice, the characters scanned per
notice, the share of calls that found nothing, and the CPU share of the site (each call
timed, so the shares are of the instrumented parse, which runs slower than a plain one).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


@dataclass
class Site:
    """One call site's counts over the run."""

    calls: int = 0
    empty: int = 0
    chars: int = 0
    secs: float = 0.0
    empty_secs: float = 0.0


SITES: dict[str, Site] = {}


def _site() -> str:
    frame = sys._getframe(3)
    while frame.f_code.co_filename == __file__ or "/re/" in frame.f_code.co_filename:
        frame = frame.f_back  # type: ignore[assignment]
    name = frame.f_code.co_filename.rsplit("/shobun/", 1)[-1].rsplit("/parser/", 1)[-1]
    return f"{name}:{frame.f_lineno} {frame.f_code.co_name}"


def _found(method: str, result: Any) -> bool:
    if method in ("findall", "split"):
        return bool(result) if method == "findall" else len(result) > 1
    if method == "subn":
        return bool(result[1])
    if method == "sub":
        return True  # counted apart: a sub's result does not say whether it replaced
    return result is not None


def _add(site: Site, secs: float, empty: bool) -> None:
    site.secs += secs
    site.empty += empty
    site.empty_secs += secs if empty else 0.0


def _counted(method: str, call: Callable[..., Any], text: Any) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        site = SITES.setdefault(_site(), Site())
        site.calls += 1
        site.chars += len(text) if isinstance(text, str) else 0
        start = time.process_time()
        if method == "finditer":
            matches = list(call(*args, **kwargs))
            _add(site, time.process_time() - start, not matches)
            return iter(matches)
        result = call(*args, **kwargs)
        _add(site, time.process_time() - start, not _found(method, result))
        return result

    return run


class Counted:
    """A compiled pattern whose scanning methods count their calls by call site."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._pattern, name)
        if name not in METHODS:
            return attr

        def method(*args: Any, **kwargs: Any) -> Any:
            text = args[1] if name in ("sub", "subn") and len(args) > 1 else (args or [""])[0]
            return _counted(name, attr, text)(*args, **kwargs)

        return method

    def __iter__(self) -> Iterator[Any]:
        raise TypeError("a pattern is not iterable")


def install() -> None:
    compile_ = re.compile

    def counted_compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, Counted):
            pattern = pattern._pattern
        return Counted(compile_(pattern, flags))

    re.compile = counted_compile  # type: ignore[assignment]
    for name in METHODS:

        def module_fn(pattern: Any, *args: Any, _name: str = name, **kwargs: Any) -> Any:
            flags = kwargs.pop("flags", 0)
            return getattr(counted_compile(pattern, flags), _name)(*args, **kwargs)

        setattr(re, name, module_fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=5, help="times each notice is parsed")
    args = ap.parse_args()
    install()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from parse import real_length

    from shobun.graph import build
    from shobun.parser import parse

    texts = real_length(1) * args.rounds
    for text in texts:  # warm: tables load, caches fill
        build.notice_ntriples(parse(text))
    SITES.clear()
    start = time.process_time()
    for i, text in enumerate(texts):
        build.notice_ntriples(parse(text, f"n{i}"))
    total = time.process_time() - start
    report(SITES, len(texts), total, args.top)


def report(sites: dict[str, Site], notices: int, total: float, top: int) -> None:
    calls = sum(s.calls for s in sites.values())
    empty = sum(s.empty for s in sites.values())
    secs = sum(s.secs for s in sites.values())
    empty_secs = sum(s.empty_secs for s in sites.values())
    print(
        f"{notices} notices; {len(sites)} call sites; {calls / notices:.0f} scans a notice, "
        f"{empty / notices:.0f} of them finding nothing; regex CPU {secs / total:.1%} of the "
        f"instrumented parse ({total:.2f} s), {empty_secs / total:.1%} in scans finding nothing"
    )
    print(
        "| call site | calls/notice | chars/notice | found nothing | CPU share "
        "| of it finding nothing |"
    )
    print("|---|---|---|---|---|---|")
    for name, s in sorted(sites.items(), key=lambda kv: -kv[1].secs)[:top]:
        print(
            f"| {name} | {s.calls / notices:.1f} | {s.chars / notices:.0f} | "
            f"{s.empty / max(s.calls, 1):.0%} | {s.secs / total:.2%} | {s.empty_secs / total:.2%} |"
        )


if __name__ == "__main__":
    main()
