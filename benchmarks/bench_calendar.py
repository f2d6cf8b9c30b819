"""Benchmark: 15 people across 5 zones, a busy calendar of 200 events; slot search + .ics.

Run: .venv/bin/python benchmarks/bench_calendar.py [--repeat N]
Target: under 1 s for reading the busy file, the whole design (slot search included) and
writing calendar.ics.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

import oneos
from oneos.model.validation import parse_context

START = date(2026, 3, 2)  # the plan crosses the US and the UK DST changes
MANAGER_ZONE = "Europe/London"
ZONES = ["Europe/London", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "America/Chicago"]
FLAGS = [[], [], ["new-hire"], ["senior"], ["strained"], ["struggling"], [], ["passed-over"]]
TARGET_SECONDS = 1.0


def team() -> dict[str, object]:
    people = [
        {
            "alias": f"Person {i + 1}",
            "role": "Engineer",
            "timezone": ZONES[i % len(ZONES)],
            "flags": FLAGS[i % len(FLAGS)],
            **({"working_hours": "08:00-16:00"} if i % 3 == 0 else {}),
        }
        for i in range(15)
    ]
    return {
        "manager": {
            "timezone": MANAGER_ZONE,
            "working_hours": "08:30-18:00",
            "country": "GB",
            "max_one_on_ones_per_day": 4,
        },
        "people": people,
        "skip_level": {"population": 30},
    }


def busy_calendar(events: int = 200, seed: int = 7) -> bytes:
    """A realistic export: weekly and daily repeats (some with exceptions), and one-offs."""
    rng = random.Random(seed)
    tz = ZoneInfo(MANAGER_ZONE)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bench//busy//EN")
    calendar.add("version", "2.0")
    for n in range(events):
        day = START + timedelta(days=rng.randrange(0, 84))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        begin = datetime.combine(day, datetime.min.time(), tzinfo=tz) + timedelta(
            minutes=rng.choice(range(8 * 60, 17 * 60, 15))
        )
        event = icalendar.Event()
        event.add("uid", f"busy-{n}@bench")
        event.add("dtstamp", datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")))
        event.add("summary", f"Busy {n}")
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(minutes=rng.choice([15, 30, 45, 60])))
        if n % 10 == 0:
            event.add("rrule", {"freq": "weekly", "count": 12})
            event.add("exdate", begin + timedelta(weeks=2))
        elif n % 25 == 1:
            event.add("rrule", {"freq": "daily", "byday": ["MO", "TU", "WE", "TH", "FR"]})
        if n % 17 == 0:
            event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def run_once(ics: bytes) -> tuple[float, int, int]:
    from oneos.calendar.busy import busy_intervals

    context = parse_context(team())
    began = time.perf_counter()
    busy = busy_intervals(ics, start=START, default_zone=MANAGER_ZONE)
    pack = oneos.build_pack(context, START, busy=busy)
    out = oneos.calendar_ics(pack)
    elapsed = time.perf_counter() - began
    fits = sum(1 for p in pack.people if p.slot is not None and p.slot.fits)
    return elapsed, len(busy), fits + 0 * len(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    ics = busy_calendar()
    run_once(ics)  # warm caches: zone database, content files, imports
    timings = []
    for _ in range(args.repeat):
        elapsed, intervals, fits = run_once(ics)
        timings.append(elapsed)
    median = statistics.median(timings)
    print(
        f"15 people, 5 zones, 200 busy events ({intervals} busy intervals expanded): "
        f"{fits}/15 slots inside both working days; "
        f"median {median:.3f} s, best {min(timings):.3f} s over {args.repeat} runs "
        f"(target < {TARGET_SECONDS:.1f} s)"
    )
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
