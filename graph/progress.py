"""Progress of a bulk run: a tqdm bar on a terminal, a quiet line now and then in CI."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

from tqdm import tqdm


class Progress(Protocol):
    def advance(self, status: str) -> None:
        """One more input done; `status` is ingested, replaced, unchanged or failed."""
        ...

    def close(self) -> None: ...


class NoProgress:
    def advance(self, status: str) -> None:
        del status

    def close(self) -> None:
        pass


class BarProgress:
    """tqdm with notices/s and ETA, and the failure count beside the bar."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self._bar = tqdm(total=total, unit="notice", file=stream, dynamic_ncols=True)
        self._failed = 0

    def advance(self, status: str) -> None:
        if status == "failed":
            self._failed += 1
            self._bar.set_postfix(failed=self._failed, refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        self._bar.close()


class LineProgress:
    """A line every `every_s` seconds: what a CI log can hold."""

    def __init__(self, total: int, stream: TextIO, every_s: float = 10.0) -> None:
        self._total, self._stream, self._every = total, stream, every_s
        self._done = 0
        self._start = self._last = time.monotonic()

    def advance(self, status: str) -> None:
        del status
        self._done += 1
        now = time.monotonic()
        if now - self._last >= self._every:
            self._last = now
            self._line(now)

    def _line(self, now: float) -> None:
        rate = self._done / max(now - self._start, 1e-9)
        eta = (self._total - self._done) / rate if rate else 0.0
        share = 100 * self._done / max(self._total, 1)
        print(
            f"ingest: {self._done}/{self._total} ({share:.0f}%) {rate:.1f} notices/s, "
            f"ETA {eta:.0f} s",
            file=self._stream,
            flush=True,
        )

    def close(self) -> None:
        pass


def progress_for(total: int, stream: TextIO | None = None) -> Progress:
    """The bar on a terminal, quiet lines otherwise."""
    stream = stream or sys.stderr
    if stream.isatty():
        return BarProgress(total, stream)
    return LineProgress(total, stream)
