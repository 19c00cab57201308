"""Switching pages in the main window for a youth with five years of history.

Target (issue 3): switching to the plan page and to the week page stays under 16 ms (one
frame at 60 Hz); the pages added since are held to the same. Each switch is timed
from ``select_page(name)`` through the posted events
(layout requests and anything deferred) to a synchronous ``repaint()``, so painting counts.
"Cold" is the first switch right after the youth was chosen, before the window has had a
moment of idle time (it builds the page and reads the youth); "first" is the first switch
after the window has been idle for a second, as when a user looks at the overview before
clicking a tab (the window builds and reads the other pages while idle); "warm" is the
median of the later switches, going round every page.

Run by hand: ``python bench/page_switch.py [--years N] [--warm N]``. It builds the database
in a temporary folder and shows the real window offscreen at 1280×800. A page the window
does not have yet is reported as not available instead of stopping the run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.district import _youth_document  # noqa: E402
from lagmote.db.engine import open_database  # noqa: E402
from lagmote.db.store import Actor, Store  # noqa: E402
from lagmote.db.transfer import import_document  # noqa: E402
from lagmote.demo import build_demo  # noqa: E402

if TYPE_CHECKING:
    from lagmote.ui.main_window import MainWindow

PASSPHRASE = "benkmerke-passord"
TARGET_MS = 16.0
ORDER = ("plan", "week", "kartlegging", "team", "lagmote", "evaluations", "overview")
SIZE = (1280, 800)


class PageNotAvailable(Exception):
    """The window has no such page yet, or building it failed inside a Qt slot."""


def _build_store(folder: Path, years: int) -> tuple[Store, int, dict[str, int]]:
    """One youth, the demo case with ``years`` of lagmøter, ratings and kartlegginger."""
    os.environ["LAGMOTE_PASSPHRASE"] = PASSPHRASE
    os.environ["LAGMOTE_DATA_DIR"] = str(folder / "data")  # keep the user's own folders out
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    database = open_database(str(folder / "page_switch.db"))
    store = Store(database.engine, Actor("benchmark"))
    today = date.today()
    document = _youth_document(build_demo(today), 0, years, today)
    youth_id = import_document(store, document)
    counts = {
        "lagmøter": len(document["lagmoter"]),
        "målvurderinger": sum(len(goal["ratings"]) for goal in document["goals"]),
        "kartlegginger": len(document["kartlegginger"]),
    }
    return store, youth_id, counts


@contextmanager
def _slot_errors() -> Iterator[list[BaseException]]:
    """Collect exceptions raised in Qt slots: PySide prints them instead of raising."""
    caught: list[BaseException] = []
    previous = sys.excepthook

    def hook(
        kind: type[BaseException], error: BaseException, tb: types.TracebackType | None
    ) -> None:
        caught.append(error)

    sys.excepthook = hook
    try:
        yield caught
    finally:
        sys.excepthook = previous


def _switch(app: QApplication, window: MainWindow, page: str) -> float:
    """Seconds for one switch to ``page``, painted; PageNotAvailable if it cannot be shown."""
    with _slot_errors() as caught:
        start = time.perf_counter()
        try:
            window.select_page(page)
        except (ValueError, ImportError) as error:
            raise PageNotAvailable(str(error)) from error
        app.processEvents()
        window.repaint()
        elapsed = time.perf_counter() - start
    if caught:
        raise PageNotAvailable(f"{type(caught[0]).__name__}: {caught[0]}")
    return elapsed


def _idle(seconds: float) -> None:
    """Run the event loop for ``seconds``, as a user pausing before the next click.

    (Not ``processEvents(flags, maxtime)``: in PySide6 6.12 that overload corrupts the
    reference count of None and aborts the interpreter after a few hundred calls.)
    """
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def _open_window(app: QApplication, store: Store, youth_id: int) -> MainWindow:
    from lagmote.ui.main_window import MainWindow

    window = MainWindow(store, "bench")
    window.reload()
    window.select_youth(youth_id)
    window.resize(*SIZE)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.repaint()
    return window


def _measure(
    app: QApplication, store: Store, youth_id: int, warm: int
) -> dict[str, list[float] | str]:
    """Per page: the cold switch, the first switch after idle time, then the warm ones."""
    cold = _first_switches(app, store, youth_id, idle_seconds=0.0)
    results = _first_switches(app, store, youth_id, idle_seconds=1.0, keep=warm)
    for page, times in results.items():
        if isinstance(times, list) and isinstance(cold[page], list):
            times.insert(0, cold[page][0])  # type: ignore[index]
    return results


def _first_switches(
    app: QApplication, store: Store, youth_id: int, idle_seconds: float, keep: int = 0
) -> dict[str, list[float] | str]:
    window = _open_window(app, store, youth_id)
    _idle(idle_seconds)
    results: dict[str, list[float] | str] = {}
    for page in ORDER:
        try:
            results[page] = [_switch(app, window, page)]
        except PageNotAvailable as reason:
            results[page] = str(reason)
    available = [page for page in ORDER if isinstance(results[page], list)]
    for _ in range(keep):
        for page in available:
            times = results[page]
            assert isinstance(times, list)
            times.append(_switch(app, window, page))
    _close(app, window)
    return results


def _verdict(ms: float) -> str:
    return "ok" if ms < TARGET_MS else "OVER MÅLET"


def _report(results: dict[str, list[float] | str], warm: int) -> None:
    print(f"{'side':9s} {'kald':>10s} {'første':>10s} {f'median av {warm} varme':>22s}"
          "   mål < 16 ms (første og varm)")
    for page, times in results.items():
        if isinstance(times, str):
            print(f"{page:9s} ikke tilgjengelig (page not available): {times}")
            continue
        cold, first = times[0] * 1000, times[1] * 1000
        median = statistics.median(times[2:]) * 1000
        print(f"{page:9s} {cold:7.1f} ms {first:7.1f} ms {median:19.2f} ms   "
              f"første: {_verdict(first)}, varm: {_verdict(median)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--warm", type=int, default=50)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="lagmote-bench-") as tmp:
        store, youth_id, counts = _build_store(Path(tmp), args.years)
        print(f"Én ungdom med {args.years} års historikk: "
              + ", ".join(f"{name}: {n}" for name, n in counts.items()))
        results = _measure(app, store, youth_id, args.warm)
        store.engine.dispose()
    _report(results, args.warm)


def _close(app: QApplication, window: MainWindow) -> None:
    """Close and delete the window while Qt still runs: left to interpreter shutdown,
    PySide may tear it down in the wrong order and abort."""
    window.close()  # disposes the engine before the folder goes
    window.deleteLater()
    app.sendPostedEvents(None, 0)  # 0: QEvent.DeferredDelete is delivered here
    app.processEvents()


if __name__ == "__main__":
    main()
