"""The text layer: what the archive knows about text, with no imports from the rest of it.

Folding for search and matching (``fold``), dates in many calendars and digits (``dates``),
moments with their time zones (``moments``) and how they are shown (``display``), language tags
(``languages``), bytes of unknown encoding (``decoding``), and the article body format with the
passages annotations point at (``body``, ``passages``).
"""
