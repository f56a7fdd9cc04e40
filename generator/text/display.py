"""How values read to a person on the site: dates in words (shared by pages and search)."""

from __future__ import annotations

from datetime import date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def human_date(iso: str) -> str:
    """``2025-10-09`` -> ``9 October 2025`` (time kept when given)."""
    day = date.fromisoformat(iso[:10])
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if len(iso) > 10:
        text += f", {iso[11:16]}"
    return text
