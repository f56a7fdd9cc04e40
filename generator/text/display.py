"""How values read to a person on the site: dates in words (shared by pages and search)."""

from __future__ import annotations

from .moments import clock_of, day_of

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def human_date(iso: str) -> str:
    """``2025-10-09`` -> ``9 October 2025`` (time kept when given)."""
    day = day_of(iso)
    if day is None:
        raise ValueError(f"not an ISO date: {iso!r}")
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    clock = clock_of(iso)
    return f"{text}, {clock}" if clock else text
