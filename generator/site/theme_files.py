"""Where the archive's theme overrides are: inside the package once installed
(``generator/theme``), beside it in a checkout of the repository (``theme/``)."""

from __future__ import annotations

from pathlib import Path


def theme_dir() -> Path:
    """The folder of the archive's template overrides (``main.html`` and the rest)."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "theme", package.parent / "theme"):
        if (candidate / "main.html").is_file():
            return candidate
    raise FileNotFoundError("the archive's theme folder is missing from the installation")
