"""Problems found in content: one shape for every error and warning a user sees.

Every message follows one template: *where* (file, and line or field when known), *what* is
wrong, and *what to do*. Loaders collect problems instead of stopping at the first one, so a
curator sees everything that needs fixing in one run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    TODO = "to do"  # what is left for the curator to do; fails a check only when asked


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file."""

    path: str
    """The file, relative to the working directory where possible."""
    message: str
    """What is wrong and what to do about it."""
    line: int | None = None
    """1-based line in the file, when known."""
    field: str | None = None
    """The front-matter field concerned (dotted for nested fields), when known."""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        subject = f"field '{self.field}': " if self.field else ""
        return f"{where}: {self.severity.value}: {subject}{self.message}"


@dataclass
class Problems:
    """An ordered collection of problems, reported together."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: Path | str, message: str, *, line: int | None = None,
              field: str | None = None) -> None:
        self.items.append(Problem(display_path(path), message, line, field, Severity.ERROR))

    def warning(self, path: Path | str, message: str, *, line: int | None = None,
                field: str | None = None) -> None:
        self.items.append(Problem(display_path(path), message, line, field, Severity.WARNING))

    def todo(self, path: Path | str, message: str, *, field: str | None = None) -> None:
        self.items.append(Problem(display_path(path), message, None, field, Severity.TODO))

    @property
    def todos(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.TODO]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]

    def __bool__(self) -> bool:
        return bool(self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class ContentError(Exception):
    """Raised when content cannot be used; carries every problem found."""

    def __init__(self, problems: Problems):
        self.problems = problems
        lines = [str(p) for p in problems]
        count = len(lines)
        super().__init__(
            f"{count} problem{'s' if count != 1 else ''} in the archive's content:\n"
            + "\n".join(lines)
        )


def display_path(path: Path | str) -> str:
    """A path as the user should see it: relative to the current directory when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)
