"""Benchmark `oneos pack`: in-process build per roster size, and whole-process CLI start-up.

Run: .venv/bin/python benchmarks/bench_pack.py   (prints a Markdown table for docs/performance.md)
Ratios are measured in the same run, so they hold up on a noisy machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import date
from typing import Any

START = date(2026, 11, 30)
SIZES = (5, 10, 50, 200)
FLAG_CYCLE: tuple[list[str], ...] = ([], ["new-hire"], [], ["senior"], ["strained"], [])


def roster(size: int) -> dict[str, Any]:
    return {
        "manager": {"timezone": "Europe/London", "budget_hours_per_week": 40},
        "people": [
            {"alias": f"P{i:03d}", "flags": FLAG_CYCLE[i % len(FLAG_CYCLE)], "tenure_weeks": 30}
            for i in range(size)
        ],
        "skip_level": {"population": 40},
    }


def median_ms(run: Any, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def compile_package() -> None:
    """Write bytecode for oneos as `pip install` does, even under PYTHONDONTWRITEBYTECODE."""
    import os

    import oneos

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    package = os.path.dirname(oneos.__file__)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True, env=env)


def processes_ms(commands: dict[str, list[str]], rounds: int = 15) -> dict[str, float]:
    """Median wall time of each command, run in interleaved rounds so noise hits all alike."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for args in commands.values():
        subprocess.run(args, check=True, capture_output=True)  # warm the file cache
    for _ in range(rounds):
        for name, args in commands.items():
            t0 = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True)
            samples[name].append((time.perf_counter() - t0) * 1000)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    import oneos
    from oneos.model.validation import parse_context
    from oneos.render.markdown import render_markdown

    print("| people | build (ms) | build + Markdown (ms) | ms per person |")
    print("|---:|---:|---:|---:|")
    per_person = {}
    for size in SIZES:
        ctx = parse_context(roster(size))
        oneos.build_pack(ctx, START)  # load the content library once, as a server would
        repeat = 30 if size <= 50 else 10
        build = median_ms(lambda ctx=ctx: oneos.build_pack(ctx, START), repeat)
        both = median_ms(lambda ctx=ctx: render_markdown(oneos.build_pack(ctx, START)), repeat)
        per_person[size] = build / size
        print(f"| {size} | {build:.1f} | {both:.1f} | {build / size:.2f} |")
    growth = per_person[200] / per_person[50]
    print(f"\nPer-person cost at 200 vs 50 people: {growth:.2f}x (1.0 = linear)")

    compile_package()
    python = [sys.executable]
    medians = processes_ms(
        {
            "python -c pass": [*python, "-c", "pass"],
            "oneos --help": [*python, "-m", "oneos", "--help"],
            "oneos pack (default)": [*python, "-m", "oneos", "pack", "--start", "2026-11-30"],
            "oneos pack example --format json": [
                *python,
                "-m",
                "oneos",
                "pack",
                "examples/meeting-bloat.yaml",
                "--start",
                "2026-11-30",
                "--format",
                "json",
            ],
        }
    )
    bare = medians["python -c pass"]
    print("\n| process | median (ms) | × bare python |")
    print("|---|---:|---:|")
    for name, value in medians.items():
        print(f"| {name} | {value:.0f} | {value / bare:.1f} |")


if __name__ == "__main__":
    main()
