"""When something was published, as the archive knows it: a day, and a time when the page
printed one, placed on the world's clock when its offset or its outlet's time zone is known.

Pages print local times; a Tehran outlet's "16:05" is 12:35 UTC. A report dated to the day
only is not "midnight": it sorts after the reports of that day that have times, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@lru_cache(maxsize=256)
def zone(name: str | None) -> ZoneInfo | None:
    """The IANA time zone ``name`` (``Asia/Tehran``), or None when unknown."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def day_of(value: object) -> date | None:
    """The day an ISO date or date and time names (``2025-10-09``, ``2025-10-09T16:05+03:30``);
    None when there is none. Every reader of a stored date takes its day here."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None


def iso_day(value: object) -> str | None:
    """``day_of`` as ``YYYY-MM-DD``."""
    day = day_of(value)
    return day.isoformat() if day else None


def clock_of(value: object) -> str | None:
    """The printed time of an ISO date and time as ``HH:MM`` (local, as printed); None for a
    date alone."""
    text = str(value or "")
    if "T" not in text and " " not in text.strip():
        return None
    try:
        return datetime.fromisoformat(text.strip()).strftime("%H:%M")
    except ValueError:
        return None


@dataclass(frozen=True)
class Moment:
    """A publication moment."""

    day: date
    """The day as the page printed it (its local day)."""
    clock: datetime | None = None
    """The time, when printed: aware when its offset or zone is known, else naive."""

    @classmethod
    def parse(cls, value: str, zone_name: str | None = None) -> Moment:
        """``2025-10-09``, ``2025-10-09T16:05`` (local to ``zone_name`` when given) or
        ``2025-10-09T16:05+03:30``."""
        if "T" not in value and " " not in value:
            return cls(date.fromisoformat(value[:10]))
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None and zone(zone_name) is not None:
            moment = moment.replace(tzinfo=zone(zone_name))
        return cls(moment.date(), moment)

    @property
    def has_time(self) -> bool:
        return self.clock is not None

    @property
    def known_zone(self) -> bool:
        return self.clock is not None and self.clock.tzinfo is not None

    def utc(self) -> datetime:
        """The instant in UTC: a time of unknown zone is taken as UTC, a day alone as its
        end (it was published some time that day)."""
        if self.clock is None:
            return datetime.combine(self.day, time(23, 59, 59), tzinfo=UTC)
        if self.clock.tzinfo is None:
            return self.clock.replace(tzinfo=UTC)
        return self.clock.astimezone(UTC)

    def sort_key(self) -> tuple:
        """Day first; within a day, the reports with times in order of their instants, then
        those dated to the day only."""
        return (self.day, not self.has_time, self.utc())

    def shown(self) -> str:
        """As the page shows it: ``2025-10-09 16:05`` (``+03:30`` when the zone is known),
        or the day with "(date only)"."""
        if self.clock is None:
            return f"{self.day.isoformat()} (date only)"
        text = self.clock.strftime("%Y-%m-%d %H:%M")
        offset = self.clock.strftime("%z") if self.clock.tzinfo is not None else ""
        return f"{text} {offset[:3]}:{offset[3:]}" if offset else text
