"""The package's import graph has no circles: each module can be read, and changed, after the
modules it builds on."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "generator"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports: at the top, inside functions, or for type
    checking only (a circle through any of them still ties two modules together)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    target = node.module or ""
                found = [target, *(f"{target}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                found = [alias.name for alias in node.names]
            else:
                continue
            graph[name] |= {m for m in found if m in modules and m != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_has_no_import_circles():
    graph = import_graph()
    assert "generator.site.model" in graph and "generator.content" in graph["generator.site.model"]
    assert circles(graph) == []


STORE = {"generator.content", "generator.schema", "generator.frontmatter", "generator.entities",
         "generator.similarity", "generator.unregistered", "generator.problems",
         "generator.fsutil", "generator.store", "generator.occasions"}
"""The article store: reads, checks and writes content/, on the text layer alone (with the
utilities of the standard library's kind: atomic writes, and the reuse package)."""


def reuse_modules(graph: dict[str, set[str]]) -> set[str]:
    return {name for name in graph if name.startswith("generator.reuse")}


def reaches_out(graph: dict[str, set[str]], modules: set[str], allowed) -> dict[str, set[str]]:
    return {name: {m for m in graph[name] if not allowed(m)} for name in sorted(modules)
            if any(not allowed(m) for m in graph[name])}


def test_the_text_layer_imports_nothing_else_of_the_project():
    graph = import_graph()
    text = {name for name in graph if name.startswith("generator.text.")}
    assert {"generator.text.fold", "generator.text.dates", "generator.text.languages",
            "generator.text.decoding", "generator.text.body"} <= text
    assert reaches_out(graph, text, lambda m: m.startswith("generator.text")) == {}


def test_the_store_builds_on_the_text_layer_alone():
    graph = import_graph()
    lower = STORE | reuse_modules(graph)
    assert reaches_out(graph, STORE, lambda m: m in lower or m.startswith("generator.text")) == {}


def test_the_reuse_package_builds_on_the_atomic_writer_alone():
    """Everything that saves work lives in ``generator/reuse``, below the store and the site:
    producers hand their own types in, it never reaches up for them."""
    graph = import_graph()
    reuse = reuse_modules(graph)
    assert {"generator.reuse.memo", "generator.reuse.cache", "generator.reuse.keys",
            "generator.reuse.forked", "generator.reuse.renders"} <= reuse
    assert reaches_out(graph, reuse, lambda m: m in reuse or m == "generator.fsutil") == {}


def _uses(tree: ast.AST) -> set[str]:
    """The standard library's means of keeping and forking a module uses: ``pickle``,
    ``sqlite3``, ``multiprocessing`` imported, ``os.fork`` called."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Attribute) and node.attr in ("fork", "forkpty") \
                and isinstance(node.value, ast.Name) and node.value.id == "os":
            found.add("os.fork")
    return found & {"pickle", "sqlite3", "multiprocessing", "os.fork"}


def test_only_the_reuse_package_pickles_keeps_databases_or_forks():
    outside = {module_name(path): sorted(used) for path in PACKAGE.rglob("*.py")
               if "reuse" not in path.relative_to(PACKAGE).parts
               and (used := _uses(ast.parse(path.read_text(encoding="utf-8"))))}
    assert outside == {}
    inside = set().union(*(_uses(ast.parse(path.read_text(encoding="utf-8")))
                           for path in (PACKAGE / "reuse").glob("*.py")))
    assert inside == {"pickle", "sqlite3", "multiprocessing", "os.fork"}  # the rule can fail


def test_the_site_layer_never_reaches_into_ingest_or_the_commands():
    graph = import_graph()
    site = {name for name in graph if name.startswith("generator.site")}
    assert "generator.site.pages" in site
    assert reaches_out(graph, site, lambda m: m in STORE or m.startswith(
        ("generator.text", "generator.site", "generator.reuse"))) == {}


def test_the_circle_finder_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_plugin_is_mkdocs_hooks_only():
    """plugin.py turns each of MkDocs' events into a call; a preview's state lives in
    preview.PreviewSession, the renders in reuse.renders.Renders."""
    source = (PACKAGE / "plugin.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) < 250
    tree = ast.parse(source)
    plugin = next(node for node in tree.body
                  if isinstance(node, ast.ClassDef) and node.name == "ArchivePlugin")
    methods = [node.name for node in plugin.body if isinstance(node, ast.FunctionDef)]
    others = [name for name in methods if not name.startswith("on_")]
    assert set(others) <= {"__init__", "memo", "_report", "_cache_folder"}, others
    state = [node for node in ast.walk(next(n for n in plugin.body if isinstance(
        n, ast.FunctionDef) and n.name == "__init__")) if isinstance(node, ast.Attribute)
             and isinstance(node.ctx, ast.Store)]
    assert len(state) <= 6, [node.attr for node in state]
