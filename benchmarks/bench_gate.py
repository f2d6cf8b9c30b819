"""Throughput of `oneos.gate.score` on ~40 KB packs, on one core.

Run: python benchmarks/bench_gate.py [--rounds 5] [--seconds 1]

Packs are scored repeatedly in this one process, on one core (one thread, CPU time):
- "complete": the hand-written complete fixture expanded to ~40 KB with per-person copies
  of its sections (the case the target is about: a long, good pack);
- "mixed": every fixture, good and bad, concatenated to ~40 KB (more words, more fails);
- "golden": the first ~40 KB of a pack oneos renders (shown for information: its lines
  repeat less than the expanded fixture's).
It prints packs per second and milliseconds per pack by CPU time, for the best round and the
median one, and exits 1 when the complete pack's best round is below 200 packs per second.
The machine is shared, so the best round is the measure: other work only slows a round.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from oneos.gate import score

TESTS = Path(__file__).resolve().parents[1] / "tests"
DATA = TESTS / "data" / "gate"
GOLDEN = TESTS / "golden" / "default" / "pack.md"
TARGET_BYTES = 40_000
TARGET_RATE = 200.0
NAMES = ["Amara", "Jonas", "Priya", "Tomás", "Wen", "Lea", "Sam", "Ravi", "Olu", "Mei"]


def complete_pack() -> str:
    """The complete fixture, then copies of its sections written for one person each."""
    base = (DATA / "complete.md").read_text(encoding="utf-8")
    sections = base.split("\n**")[1:]
    parts, n = [base], 0
    while sum(len(p.encode()) for p in parts) < TARGET_BYTES:
        name = NAMES[n % len(NAMES)]
        section = sections[n % len(sections)]
        title, _, body = section.partition("**")
        parts.append(f"\n**{title} — notes for {name} ({n // len(NAMES) + 1})**{body}")
        n += 1
    return "".join(parts)


def mixed_pack() -> str:
    """Every fixture in turn, until the pack reaches the target size."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.md"))]
    parts, size, n = [], 0, 0
    while size < TARGET_BYTES:
        text = texts[n % len(texts)][: TARGET_BYTES - size + 200]
        parts.append(text)
        size += len(text.encode())
        n += 1
    return "\n\n".join(parts)


def golden_pack() -> str:
    """The first ~40 KB of a rendered pack, cut at a line break."""
    text = GOLDEN.read_text(encoding="utf-8")
    return text[: text.rfind("\n", 0, TARGET_BYTES)]


def measure(text: str, seconds: float, rounds: int) -> list[float]:
    """Seconds of CPU time per pack, one figure per round."""
    score(text)  # warm caches and compiled patterns
    per_pack = []
    for _ in range(rounds):
        count, start = 0, time.process_time()
        while time.process_time() - start < seconds:
            score(text)
            count += 1
        per_pack.append((time.process_time() - start) / count)
    return per_pack


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()
    ok = True
    packs = [("complete", complete_pack()), ("mixed", mixed_pack())]
    if GOLDEN.exists():
        packs.append(("golden", golden_pack()))
    for label, text in packs:
        report = score(text)
        per_pack = measure(text, args.seconds, args.rounds)
        best, median = min(per_pack), statistics.median(per_pack)
        size = len(text.encode()) / 1000
        verdict = f"{report.total}/30 {'pass' if report.passed else 'fail'}"
        print(
            f"{label:9s} {size:5.1f} KB  {1 / best:7.1f} packs/s  {best * 1000:6.2f} ms/pack  "
            f"(median {1 / median:6.1f} packs/s)  ({verdict})"
        )
        if label == "complete" and 1 / best < TARGET_RATE:
            ok = False
    print(f"target: {TARGET_RATE:.0f} packs/s on the complete pack — {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
