"""YAML front matter: read it keeping line numbers, write it back in a stable form.

Dates are read as plain strings (the schemas parse them), so that ``2026-01-24`` and
``2026-01-24T19:49`` survive a read/write round trip exactly as the curator wrote them.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DELIMITER = "---"


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings."""


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same on libyaml when installed (ten times faster); errors are reported by the
    pure-Python loader, whose messages are the ones documented."""


_Loader.yaml_implicit_resolvers = _FastLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Dumper(yaml.SafeDumper):
    """Dumper that indents lists under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):  # noqa: ARG002
        return super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:  # noqa: ARG002
        # a value written twice (a field and its record in `machine`) is written out twice:
        # YAML anchors and aliases would puzzle a curator editing the file
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


class FrontMatterError(Exception):
    """The file's header cannot be read; ``line`` is 1-based in the whole file when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class Document:
    """A parsed file: its metadata, its body, and where each field stands in the file."""

    meta: dict[str, Any]
    body: str
    node: yaml.Node | None = None
    first_line: int = 1
    """File line on which the YAML text starts (the line after the opening ``---``)."""

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        """The file line of the value at ``loc`` (a path of keys and list indexes)."""
        node = self.node
        best: int | None = None
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                found = None
                for key_node, value_node in node.value:
                    if key_node.value == part:
                        best = key_node.start_mark.line
                        found = value_node
                        break
                node = found
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if 0 <= part < len(node.value):
                    node = node.value[part]
                    best = node.start_mark.line
                else:
                    node = None
            else:
                node = None
            if node is None:
                break
        if best is None:
            return None
        return self.first_line + best


MAX_DEPTH = 32
"""Deepest nesting of lists and mappings a header may have (the schema needs four)."""


def _check_node(root: yaml.Node, first_line: int) -> None:
    """Refuse what a curator never means and a hostile file uses to hang or crash a reader:
    aliases (``*name``: an "anchors bomb" expands to billions of values), nesting deeper than
    ``MAX_DEPTH``, and a key given twice in one mapping (YAML keeps the last silently)."""
    seen: set[int] = set()
    # (node, depth, line of what holds it: where an alias is written, not its anchor)
    # in document order, so that the second use of a value is the one reported
    stack: deque[tuple[yaml.Node, int, int]] = deque([(root, 1, first_line + root.start_mark.line)])
    while stack:
        node, depth, holder = stack.popleft()
        line = first_line + node.start_mark.line
        if not isinstance(node, yaml.CollectionNode):
            continue
        if id(node) in seen:
            raise FrontMatterError(
                "the header repeats a value by a YAML alias (*name); write the value out "
                "instead of using anchors (&name) and aliases", holder)
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise FrontMatterError(
                f"the header is nested more than {MAX_DEPTH} levels deep; no field needs "
                "that: check the brackets and indentation", line)
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            for key, value in node.value:
                key_line = first_line + key.start_mark.line
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        raise FrontMatterError(
                            f"the field '{key.value}' is given twice (lines {keys[key.value]} "
                            f"and {key_line}); keep one of them", key_line)
                    keys[key.value] = key_line
                stack.append((key, depth + 1, key_line))
                stack.append((value, depth + 1, key_line))
        else:
            stack.extend((item, depth + 1, line) for item in node.value)


def _unreadable_character(exc: yaml.reader.ReaderError, text: str, first_line: int
                          ) -> FrontMatterError:
    line = first_line + text.count("\n", 0, max(exc.position, 0))
    return FrontMatterError(
        f"the header holds a control character (U+{exc.character:04X}), which YAML does not "
        "allow; delete it (it is invisible in most editors: retype the line)", line)


def _load_yaml(text: str, first_line: int) -> tuple[Any, yaml.Node | None]:
    fast = _FastLoader(text)
    try:
        node = fast.get_single_node()
        if node is not None:
            _check_node(node, first_line)
        return (fast.construct_document(node) if node is not None else None), node
    except yaml.reader.ReaderError as exc:
        raise _unreadable_character(exc, text, first_line) from None
    except (yaml.YAMLError, RecursionError):
        pass  # read it again below, for the documented message
    finally:
        fast.dispose()
    loader = _Loader(text)
    try:  # parsed once: the node keeps the line numbers, the data is constructed from it
        node = loader.get_single_node()
        if node is not None:
            _check_node(node, first_line)
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:
        raise _unreadable_character(exc, text, first_line) from None
    except RecursionError:
        raise FrontMatterError(
            f"the header is nested more than {MAX_DEPTH} levels deep; no field needs that: "
            "check the brackets and indentation", first_line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark is not None else None
        problem = exc.problem or str(exc)
        raise FrontMatterError(
            f"the YAML cannot be read ({problem}); check the indentation, and put a value "
            "that contains ': ' or starts with a quote in quotes",
            line,
        ) from exc
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"the YAML cannot be read ({exc})") from exc
    finally:
        loader.dispose()
    return data, node


def parse_markdown(text: str) -> Document:
    """Split a Markdown file with YAML front matter into metadata and body."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != DELIMITER:
        raise FrontMatterError(
            "the file does not start with a YAML header; put '---' on the first line, "
            "the fields, then '---'",
            1,
        )
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (DELIMITER, "..."):
            end = index
            break
    else:
        raise FrontMatterError(
            "the YAML header is never closed; add a line '---' after the last field", 1
        )
    yaml_text = "\n".join(lines[1:end])
    data, node = _load_yaml(yaml_text, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("the YAML header must be a mapping of 'field: value' lines", 2)
    body = "\n".join(lines[end + 1 :])
    return Document(meta=data, body=body, node=node, first_line=2)


def parse_yaml(text: str) -> Document:
    """Parse a plain YAML file (no body) into a Document."""
    if text.startswith("\ufeff"):
        text = text[1:]
    data, node = _load_yaml(text, first_line=1)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("the file must be a mapping of 'field: value' lines", 1)
    return Document(meta=data, body="", node=node, first_line=1)


class _FastDumper(yaml.CSafeDumper):
    """libyaml's emitter, for the front matter of generated pages: several times faster
    than the pure-Python one; lists come out unindented under their key (no one edits them)."""

    def ignore_aliases(self, data: Any) -> bool:  # noqa: ARG002
        return True


_FastDumper.add_representer(str, _str_representer)


def dump_yaml(data: dict[str, Any], *, generated: bool = False) -> str:
    """``data`` as YAML, as a person writes it (content files), or with libyaml's emitter when
    ``generated`` (the pages the archive makes)."""
    return yaml.dump(
        data, Dumper=_FastDumper if generated else _Dumper, allow_unicode=True,
        sort_keys=False, width=100_000, default_flow_style=False,
    )


def render_markdown(meta: dict[str, Any], body: str) -> str:
    """A Markdown file with front matter, ending in exactly one newline."""
    return f"{DELIMITER}\n{dump_yaml(meta)}{DELIMITER}\n\n{body.strip()}\n"


def read_document(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yml", ".yaml"):
        return parse_yaml(text)
    return parse_markdown(text)
