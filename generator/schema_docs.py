"""The content schema as Markdown tables, from the schemas' own field docstrings."""

from __future__ import annotations

import typing

from pydantic import BaseModel

from .schema import Annotation, Article, CrawlRecord, Entity, Event, Outlet, PrimarySource

DOCUMENTED: list[tuple[str, type[BaseModel]]] = [
    ("Article (`content/articles/<name>.md`)", Article),
    ("Annotation (items of an article's `annotations`)", Annotation),
    ("Crawl record (an article's `crawl_record`)", CrawlRecord),
    ("Event (`content/events/<id>.md`, body: the summary)", Event),
    ("Primary source (items of an event's `primary_sources`)", PrimarySource),
    ("Outlet (`content/outlets/<id>.yml`)", Outlet),
    ("Entity (`content/entities/<id>.yml`)", Entity),
]


def _type_name(annotation: object) -> str:
    text = str(annotation)
    if isinstance(annotation, type):
        text = annotation.__name__
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _type_name(typing.get_args(annotation)[0])
    if origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return " or ".join(_type_name(a) for a in args)
    if origin is list:
        return f"list of {_type_name(typing.get_args(annotation)[0])}"
    if origin is dict:
        return "mapping"
    return {"str": "text", "bool": "true/false", "MachineRecord": "mapping (ingest's record)",
            "OutletKind": "kind", "EntityKind": "kind", "PrimarySource": "primary source",
            "Annotation": "annotation", "CrawlRecord": "crawl record", "int": "number"}.get(text, text)


def schema_markdown() -> str:
    """Every documented field of every content kind, one table per kind."""
    out: list[str] = []
    for heading, model in DOCUMENTED:
        out += [f"### {heading}", "", "| field | type | required | written by | meaning |",
                "| --- | --- | --- | --- | --- |"]
        for name, info in model.model_fields.items():
            description = " ".join((info.description or "").split())
            required = "yes" if info.is_required() else "no"
            owner = "ingest" if (info.json_schema_extra or {}).get("owner") == "machine" \
                else "ingest" if name in ("raw_sha256", "raw_file", "machine") else "curator"
            out.append(f"| `{name}` | {_type_name(info.annotation)} | {required} | {owner} | "
                       f"{description} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
