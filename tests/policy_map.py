"""Which service functions read personal models and which go through app/policy.py.

A static reading (``ast``) of ``app/services``, ``app/ai/tasks.py`` and
``app/ai/saved_conversations.py``, so it covers every
function, executed by a test or not:

- a function *queries* a personal model when a model of ``policy.PERSONAL_TABLES`` appears
  inside a query (``select``, ``get``, ``update``, ``delete``, ``join``, ``where``, ...);
- it is *checked* when it calls the policy (``policy.require``, ``policy.allows``, a query
  helper such as ``policy.situations_visible``), or calls a checked function of its own
  module or of another service module (``groups.require_participant``);
- a private function that queries without a check is fine only when every caller in its
  module is checked (or fine itself): it is a helper of a checked service.

``kinds_of`` says which kinds of record each public function asks the policy about,
directly or through the functions it calls: the policy table test lists them all.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERY_CALLS = {"select", "get", "delete", "update", "join", "outerjoin", "selectinload",
               "where", "filter", "order_by", "group_by", "exists", "scalar", "scalars",
               "execute", "with_only_columns"}


@dataclass
class Function:
    module: str
    name: str
    queries: set[str] = field(default_factory=set)  # personal tables queried
    calls_policy: bool = False
    kinds: set[str] = field(default_factory=set)  # Kind.X named in its policy calls
    calls: set[tuple[str, str]] = field(default_factory=set)  # (module, function)

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.name}"

    @property
    def public(self) -> bool:
        return not self.name.startswith("_")


@cache
def personal_classes() -> dict[str, str]:
    """Model class name -> table name, for the personal tables."""
    import models
    from app import policy

    models.load_all()
    return {m.class_.__name__: m.local_table.name for m in models.Base.registry.mappers
            if m.local_table.name in policy.PERSONAL_TABLES}


def _modules() -> list[tuple[str, Path]]:
    paths = sorted((ROOT / "app" / "services").glob("*.py")) + [
        ROOT / "app" / "ai" / "tasks.py", ROOT / "app" / "ai" / "saved_conversations.py"]
    return [(".".join(p.relative_to(ROOT).with_suffix("").parts), p) for p in paths
            if p.name != "__init__.py"]


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


class _Reader(ast.NodeVisitor):
    def __init__(self, fn: Function, aliases: dict[str, str], modules: dict[str, str],
                 functions: dict[str, str], classes: dict[str, str]) -> None:
        self.fn, self.aliases, self.modules, self.classes = fn, aliases, modules, classes
        self.functions = functions
        self.in_query = 0

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        f = node.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
            if f.value.id == "policy":
                from app import policy

                self.fn.calls_policy = True
                if f.attr in policy.QUERY_HELPER_KINDS:
                    self.fn.kinds.add(policy.QUERY_HELPER_KINDS[f.attr].name)
            elif f.value.id in self.modules:
                self.fn.calls.add((self.modules[f.value.id], f.attr))
        elif isinstance(f, ast.Name):
            self.fn.calls.add((self.functions.get(f.id, self.fn.module), f.id))
        query = _call_name(node) in QUERY_CALLS
        self.in_query += query
        self.generic_visit(node)
        self.in_query -= query

    def visit_Attribute(self, node: ast.Attribute) -> None:  # noqa: N802 - ast API
        # Any kind named in the function: asked of the policy here or by a helper it calls.
        if isinstance(node.value, ast.Name) and node.value.id == "Kind":
            self.fn.kinds.add(node.attr)
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:  # noqa: N802 - ast API
        name = self.aliases.get(node.id, node.id)
        if self.in_query and name in self.classes:
            self.fn.queries.add(self.classes[name])


@cache
def functions() -> dict[str, Function]:
    classes = personal_classes()
    found: dict[str, Function] = {}
    for module, path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases: dict[str, str] = {}
        modules: dict[str, str] = {}
        imported: dict[str, str] = {}  # a function imported by name -> its module
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    aliases[a.asname or a.name] = a.name
                    if node.module in ("app.services", "app"):
                        modules[a.asname or a.name] = f"{node.module}.{a.name}"
                    elif node.module.startswith("app."):
                        imported[a.asname or a.name] = node.module
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                fn = Function(module, node.name)
                reader = _Reader(fn, aliases, modules, imported, classes)
                for default in node.args.defaults + node.args.kw_defaults:
                    if default is not None:
                        reader.visit_Attribute(default) if isinstance(
                            default, ast.Attribute) else None
                reader.in_query = 0
                for statement in node.body:  # not the annotations
                    reader.visit(statement)
                found[fn.qualname] = fn
    return found


@cache
def checked() -> frozenset[str]:
    """Functions that go through the policy, directly or through a checked function."""
    fns = functions()
    done = {q for q, f in fns.items() if f.calls_policy}
    grew = True
    while grew:
        grew = False
        for q, f in fns.items():
            if q not in done and any(f"{m}.{n}" in done for m, n in f.calls):
                done.add(q)
                grew = True
    return frozenset(done)


def _exempt(fn: Function) -> bool:
    from app import policy

    return fn.module in policy.AGGREGATES_ONLY or fn.qualname in policy.AGGREGATES_ONLY


def unchecked_queries() -> list[str]:
    """Functions that read a personal model without going through the policy."""
    fns, ok = functions(), set(checked())
    ok |= {q for q, f in fns.items() if _exempt(f)}
    callers: dict[str, set[str]] = {}
    for q, f in fns.items():
        for m, n in f.calls:
            callers.setdefault(f"{m}.{n}", set()).add(q)
    grew = True
    while grew:
        grew = False
        for q, f in fns.items():
            if q in ok or f.public:
                continue
            mine = callers.get(q, set())
            if mine and mine <= ok:
                ok.add(q)
                grew = True
    return sorted(q for q, f in fns.items() if f.queries and q not in ok)


def kinds_of() -> dict[str, set[str]]:
    """Public function -> the kinds it asks the policy about (through what it calls)."""
    fns = functions()
    memo: dict[str, set[str]] = {}

    def kinds(q: str, seen: frozenset[str]) -> set[str]:
        if q in memo:
            return memo[q]
        f = fns.get(q)
        if f is None or q in seen:
            return set()
        result = set(f.kinds)
        for m, n in f.calls:
            callee = f"{m}.{n}"
            callee_fn = fns.get(callee)
            # Another public service is asked on its own; its kinds are its own.
            if callee_fn is not None and (callee_fn.module == f.module or not callee_fn.public):
                result |= kinds(callee, seen | {q})
        memo[q] = result
        return result

    return {q: k for q, f in fns.items() if f.public and (k := kinds(q, frozenset()))}
