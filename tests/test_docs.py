"""Docs that cannot drift: the README's schema, commands and test command match the code."""

from __future__ import annotations

import re

from generator.cli import parser
from generator.schema_docs import schema_markdown

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_schema_matches_the_code():
    found = re.search(r"<!-- schema:start -->\n(.*?)<!-- schema:end -->", README, re.DOTALL)
    assert found, "README must keep the schema between the schema:start/end markers"
    assert found.group(1) == schema_markdown(), (
        "README's schema tables are out of date: paste the output of "
        "`python -m generator schema` between the markers")


def test_every_command_is_documented():
    commands = parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    for name in commands:
        assert f"| `{name}" in README, f"command {name} is not in README's table"


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    setup, tests = blocks[0], blocks[1]
    assert setup.endswith(".venv/bin/mkdocs serve")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()
    assert "-c constraints.txt -e '.[test]'" in setup and "-c constraints.txt -e '.[test]'" in ci
