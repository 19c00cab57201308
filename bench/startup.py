"""Cold start to the first painted main window, as ratios against a bare PySide6 window.

"window" is the main window's first paint (it says it is opening the database); "demo" and
"district" are the first paint with the youth's data on screen.

Run by hand: ``python bench/startup.py [--runs N] [--youths N] [--years N]``. It builds a
demo database and a district-sized one (many youths, years of ratings) in a temporary
folder, then starts each program as a fresh process, alternating, and prints medians and
ratios. Targets (issue 2): demo ≤ 1.5 × bare; district ≤ 1.3 × demo.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.district import build_district  # noqa: E402

PASSPHRASE = "benkmerke-passord"


def _env(quit_on: str = "") -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["LAGMOTE_PASSPHRASE"] = PASSPHRASE
    env["LAGMOTE_QUIT_ON_FIRST_PAINT"] = quit_on
    return env


def _time(program: tuple[list[str], str]) -> float:
    command, quit_on = program
    start = time.perf_counter()
    subprocess.run(command, env=_env(quit_on), check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _programs(folder: Path, youths: int, years: int) -> dict[str, tuple[list[str], str]]:
    demo = folder / "demo.db"
    subprocess.run([sys.executable, "-m", "lagmote", "demo", "--db", str(demo)], env=_env(),
                   check=True, stdout=subprocess.DEVNULL)
    district = folder / "district.db"
    print(f"Lager distriktsdatabase: {youths} ungdommer, {years} år med vurderinger …")
    counts = build_district(district, youths, years, PASSPHRASE)
    print("  " + ", ".join(f"{name}: {n}" for name, n in counts.items()))
    app = [sys.executable, "-m", "lagmote", "--db"]
    return {
        "bare": ([sys.executable, str(HERE / "bare_window.py")], ""),
        "window": ([*app, str(demo)], "window"),
        "demo": ([*app, str(demo)], "data"),
        "district": ([*app, str(district)], "data"),
    }


def _compile_package() -> None:
    """Byte-compile lagmote, as an installed package is: this checkout may run without .pyc."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "lagmote")],
                   check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""})


def main() -> None:
    _compile_package()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--youths", type=int, default=500)
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lagmote-bench-") as tmp:
        programs = _programs(Path(tmp), args.youths, args.years)
        times: dict[str, list[float]] = {name: [] for name in programs}
        for command in programs.values():
            _time(command)  # warm the OS file cache once, as a user's second start would
        for _ in range(args.runs):
            for name, command in programs.items():
                times[name].append(_time(command))
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"{name:9s} median {value * 1000:7.1f} ms  (min {min(times[name]) * 1000:.1f})")
    print(f"window / bare    = {median['window'] / median['bare']:.2f}  (vindu tegnet; mål ≤ 1.5)")
    print(f"demo / bare      = {median['demo'] / median['bare']:.2f}  (data tegnet)")
    print(f"district / demo  = {median['district'] / median['demo']:.2f}  (mål ≤ 1.3)")


if __name__ == "__main__":
    main()
