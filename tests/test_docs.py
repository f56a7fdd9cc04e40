"""Docs that cannot drift: the README's commands, links and length, the guides' links and the
schema in the curators' guide match the code and the files."""

from __future__ import annotations

import importlib.util
import re

from generator.cli import parser
from generator.schema_docs import schema_markdown

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDES = sorted((ROOT / "docs" / "guides").glob("*.md"))
CURATORS = (ROOT / "docs" / "guides" / "curators.md").read_text(encoding="utf-8")


def test_the_schema_in_the_curators_guide_matches_the_code():
    found = re.search(r"<!-- schema:start -->\n(.*?)<!-- schema:end -->", CURATORS, re.DOTALL)
    assert found, "the curators' guide must keep the schema between the schema markers"
    assert found.group(1) == schema_markdown(), (
        "the curators' guide's schema tables are out of date: paste the output of "
        "`python -m generator schema` between the markers")


def test_every_command_is_documented():
    commands = parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    for name in commands:
        assert f"| `{name}" in README, f"command {name} is not in README's table"


def test_the_readme_is_read_in_five_minutes():
    assert len(README.splitlines()) <= 200


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    setup, tests = blocks[0], blocks[1]
    assert setup.endswith(".venv/bin/mkdocs serve")
    # the preview installs what the archive needs, not the test tools
    assert "-c constraints.txt -e . " in setup and "[test]" not in setup
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()
    assert "-c constraints.txt -e '.[test]'" in tests


def _links(text: str) -> list[str]:
    return re.findall(r"\]\(([^)\s]+)\)", text)


def _anchors(text: str) -> set[str]:
    from pymdownx.slugs import slugify

    make = slugify(case="lower")
    return {make(heading.strip(), "-") for heading in re.findall(r"(?m)^#+ (.+)$", text)}


def test_every_link_of_the_readme_and_the_guides_leads_somewhere():
    for path in [ROOT / "README.md", *GUIDES]:
        text = path.read_text(encoding="utf-8")
        for link in _links(text):
            if link.startswith(("http://", "https://", "mailto:")):
                continue
            target, _, anchor = link.partition("#")
            file = (path.parent / target).resolve() if target else path
            assert file.exists(), f"{path.name}: {link} leads nowhere"
            if anchor and file.suffix == ".md":
                assert anchor in _anchors(file.read_text(encoding="utf-8")), \
                    f"{path.name}: no heading for #{anchor} in {file.name}"


def test_the_commands_the_docs_name_exist():
    commands = parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    for path in [ROOT / "README.md", *GUIDES]:
        text = path.read_text(encoding="utf-8")
        for name in re.findall(r"python -m generator ([a-z]+)", text):
            assert name in commands, f"{path.name}: no command {name}"
        for module in set(re.findall(r"python -m (tests\.[\w.]+|generator\.[\w.]+)", text)):
            assert importlib.util.find_spec(module) is not None, f"{path.name}: no {module}"
