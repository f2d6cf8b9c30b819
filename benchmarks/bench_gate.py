"""Throughput of `oneos.gate.score` on ~40 KB packs, on one core.

Run: python benchmarks/bench_gate.py [--rounds 3] [--seconds 2]

Two packs are scored repeatedly in this one process (one core, no threads):
- "complete": the hand-written complete fixture expanded to ~40 KB with per-person copies
  of its sections (the case the target is about: a long, good pack);
- "mixed": every fixture, good and bad, concatenated to ~40 KB (more words, more fails).
It prints packs per second and milliseconds per pack (CPU time, best round) and exits 1 when
the complete pack runs below the target of 200 packs per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from oneos.gate import score

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "gate"
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


def measure(text: str, seconds: float, rounds: int) -> tuple[float, float]:
    """Best round's (packs per second, ms per pack), by CPU time."""
    score(text)  # warm caches and compiled patterns
    best = float("inf")
    for _ in range(rounds):
        count, start = 0, time.process_time()
        while time.process_time() - start < seconds:
            score(text)
            count += 1
        best = min(best, (time.process_time() - start) / count)
    return 1 / best, best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    ok = True
    for label, text in (("complete", complete_pack()), ("mixed", mixed_pack())):
        report = score(text)
        rate, ms = measure(text, args.seconds, args.rounds)
        size = len(text.encode()) / 1000
        verdict = f"{report.total}/30 {'pass' if report.passed else 'fail'}"
        print(f"{label:9s} {size:5.1f} KB  {rate:7.1f} packs/s  {ms:6.2f} ms/pack  ({verdict})")
        if label == "complete" and rate < TARGET_RATE:
            ok = False
    print(f"target: {TARGET_RATE:.0f} packs/s on the complete pack — {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
