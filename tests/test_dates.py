"""Dates wherever pages print them: every month name the archive knows, in any case, and the
compact forms addresses carry; no spelling of a date raises."""

from __future__ import annotations

import pytest

from generator.text import dates


@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_every_month_name_is_read_in_any_case(case):
    for name, (calendar, number) in dates._MONTHS.items():
        if calendar != dates.GREGORIAN or len(name) < 3 or len(case(name)) != len(name):
            continue  # (Python spells ΐ in capitals with a combining accent: not a page's way)
        line = case(f"27 {name} 2022")
        found = dates.find_dates(line)
        assert found and (found[0].value.month, found[0].value.day) == (number, 27), line
        days, _ = dates.find_partial_dates(case(f"on 27 {name}, the talks"))
        assert (number, 27) in days, line
