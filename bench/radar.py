"""Painting the kartlegging radar at 1920×1080, as ratios against a plain widget.

Target (the radar issue): a redraw of the radar with three overlays at 1920×1080 stays under
8 ms. A redraw is timed as ``widget.render(image)`` into one reused 1920×1080 image, which
runs the widget's ``paintEvent`` as a repaint would; the baseline is a plain ``QWidget`` of
the same size rendered the same way (it only fills its background), in the same run.
"Warm" is the median of many redraws with nothing changed (layout cached); "after change"
is the median redraw right after new data (layout and paint objects made again, as after a
resize or a new kartlegging). Both themes: NORMAL and MEETING (bigger type, thicker lines).

Run by hand: ``QT_QPA_PLATFORM=offscreen python -m bench.radar [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from lagmote.ui.theme import MEETING, NORMAL, Theme, apply_theme  # noqa: E402
from lagmote.widgets.radar import RadarChart  # noqa: E402
from lagmote.widgets.radar_geometry import RadarSeries  # noqa: E402

TARGET_MS = 8.0
SIZE = (1920, 1080)
# Three overlays, oldest first, with gaps (None) in each, as a page passes first, previous
# and latest; one set and a slightly different one to alternate "after change".
SERIES = (
    RadarSeries("12. januar 2026", (2, 1, 2, 1, 2, 3, None, 2, 3, 2, 2, 1)),
    RadarSeries("12. mars 2026", (3, 2, 2, None, 3, 3, 2, 2, 4, 3, 2, 2)),
    RadarSeries("10. juni 2026", (4, 3, 3, None, 3, 4, 2, 3, 5, 3, None, 3)),
)
OTHER = (*SERIES[:2], RadarSeries("11. juni 2026", (4, 4, 3, 2, 3, 4, 2, 3, 5, 3, None, 3)))


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _radar(theme: Theme) -> RadarChart:
    chart = RadarChart()
    chart.set_theme(theme)
    chart.set_series(SERIES, frozenset({2, 9}))
    chart.resize(*SIZE)
    return chart


def _after_change(chart: RadarChart, image: QImage) -> Callable[[], None]:
    flip = [False]

    def action() -> None:
        flip[0] = not flip[0]
        chart.set_series(OTHER if flip[0] else SERIES, frozenset({2, 9}))
        chart.render(image)

    return action


def _measure(runs: int) -> list[tuple[str, float, float, float]]:
    """Per theme: the baseline, the warm redraw and the redraw after a change, in ms."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    rows = []
    for theme in (NORMAL, MEETING):
        apply_theme(app, theme)
        plain = QWidget()
        plain.resize(*SIZE)
        chart = _radar(theme)
        for widget in (plain, chart):
            widget.render(image)  # first paint: fonts, glyph caches
        baseline = _median_ms(partial(plain.render, image), runs)
        warm = _median_ms(partial(chart.render, image), runs)
        changed = _median_ms(_after_change(chart, image), max(10, runs // 4))
        rows.append((theme.name, baseline, warm, changed))
    return rows


def _report(rows: list[tuple[str, float, float, float]], runs: int) -> None:
    print(f"Radar {SIZE[0]}×{SIZE[1]}, tre overlegg med hull, median av {runs} tegninger")
    print(
        f"{'tema':8s} {'tom QWidget':>12s} {'radar varm':>12s} {'forhold':>8s} "
        f"{'etter endring':>14s}   mål: varm < {TARGET_MS:.0f} ms"
    )
    for name, baseline, warm, changed in rows:
        verdict = "ok" if warm < TARGET_MS else "OVER MÅLET"
        print(
            f"{name:8s} {baseline:9.2f} ms {warm:9.2f} ms {warm / baseline:7.1f}× "
            f"{changed:11.2f} ms   {verdict}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    QApplication(sys.argv[:1])
    _report(_measure(args.runs), args.runs)


if __name__ == "__main__":
    main()
