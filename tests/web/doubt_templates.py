"""The doubt templates of the claims checker, read from its source (test support).

A claim read with low confidence in a field gets a doubt, "<field>: <why>"
(chinalac.claims.models.Claim.doubts); claims/check.py puts the doubts in its reason
"not called contradicted because the reading is uncertain (…)". The whys are written by
chinalac.claims (mostly claims/extract.py) from fixed sentences with parts filled in: a
phrase of the article, a year, a state's code, or another why (a period's text is the why its
relative date was read with, "'last year' read against the article date 2025-01 (dateline)").

`templates()` finds every such sentence in the source (no checker run), with a hole (`HOLE`)
for each part it fills in, so a new doubt shows up here as soon as it is written:

- the why of every `_level(level, why)` whose level is not "high" or "medium" as written;
- every string assigned to a `why` or to a `…_doubt` name, attribute or keyword (the
  number's own doubts of claims/mentions.py and claims/extract.py);
- every f-string a `Period(...)` gets as its text (a "that year" or "since then" reading);
- the why of every `RelativeDate(...)` and every f-string returned beside a reading
  (`return period, f"…"`, claims/article_date.py);
- every `str.format` template with a `{phrase}` (claims/that_year.py's unclear readings).

Names are resolved where the source makes that possible: a module constant of chinalac.claims,
a local name assigned strings (each of them); anything else is a hole.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import chinalac.claims

HOLE = "\x00"
CLAIMS = Path(chinalac.claims.__file__).resolve().parent
FORMAT_FIELD = re.compile(r"\{[a-z_]+\}")


def _modules() -> list[tuple[Path, ast.Module]]:
    # The rules (claims/rules/) judge claims already read; they write reasons, not doubts.
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(CLAIMS.rglob("*.py"))
        if "rules" not in path.relative_to(CLAIMS).parts
    ]


def _constants(modules) -> dict[str, str]:
    found: dict[str, str] = {}
    for _path, tree in modules:
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                found[node.targets[0].id] = node.value.value
    return found


def _assigned(scope: ast.AST) -> dict[str, list[ast.expr]]:
    """Each local name of a function → the expressions assigned to it."""
    names: dict[str, list[ast.expr]] = {}
    for node in ast.walk(scope):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    names.setdefault(target.id, []).append(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for name, value in zip(target.elts, node.value.elts, strict=False):
                        if isinstance(name, ast.Name):
                            names.setdefault(name.id, []).append(value)
    return names


class _Reader:
    def __init__(self, constants: dict[str, str]):
        self.constants = constants

    def strings(self, node, local, depth: int = 0) -> list[str]:
        """The strings an expression can be, `HOLE` for each part filled in."""
        if depth > 4:
            return [HOLE]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            outs = [""]
            for value in node.values:
                if isinstance(value, ast.Constant):
                    pieces = [value.value]
                else:
                    pieces = self.strings(value.value, local, depth + 1)
                outs = [out + piece for out in outs for piece in pieces]
            return outs
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.strings(node.left, local, depth + 1)
            right = self.strings(node.right, local, depth + 1)
            return [a + b for a in left for b in right]
        if isinstance(node, ast.IfExp):
            return self.strings(node.body, local, depth + 1) + self.strings(
                node.orelse, local, depth + 1
            )
        if isinstance(node, ast.Name):
            if node.id in self.constants:
                return [self.constants[node.id]]
            values = local.get(node.id, [])
            if values and all(_stringy(v) for v in values):
                return [s for v in values for s in self.strings(v, local, depth + 1)]
        return [HOLE]


def _stringy(node) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.IfExp):
        return _stringy(node.body) and _stringy(node.orelse)
    return isinstance(node, (ast.JoinedStr, ast.BinOp))


def _doubt_name(target) -> bool:
    name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
    return name == "why" or name.endswith("_doubt")


def _local_names(node, owner: dict[int, ast.AST], cache: dict[int, dict]) -> dict:
    """The local names of the function that holds `node` (computed once per function)."""
    scope = owner[id(node)]
    if id(scope) not in cache:
        cache[id(scope)] = _assigned(scope)
    return cache[id(scope)]


def templates() -> dict[str, str]:
    """Each doubt template (holes for its parts) → where it is written ("extract.py:1234")."""
    modules = _modules()
    reader = _Reader(_constants(modules))
    found: dict[str, str] = {}

    def add(strings, path, node):
        for text in strings:
            # A template is words around its holes ("'…' stands in another clause"); a bare
            # hole passes a why written elsewhere (found here where it is written).
            if re.search(r"[a-z]", text.replace(HOLE, "")):
                found.setdefault(text, f"{path.name}:{node.lineno}")

    for path, tree in modules:
        scopes = [tree] + [
            n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Lambda))
        ]
        owner: dict[int, ast.AST] = {}
        for scope in scopes:  # the innermost function that holds a node (walk order: outer first)
            for node in ast.walk(scope):
                owner[id(node)] = scope
        cache: dict[int, dict] = {}
        local = functools.partial(_local_names, owner=owner, cache=cache)

        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name == "_level" and len(node.args) == 2:
                    level = node.args[0]
                    if not (isinstance(level, ast.Constant) and level.value in ("high", "medium")):
                        add(reader.strings(node.args[1], local(node)), path, node)
                if name == "Period":
                    texts = [k.value for k in node.keywords if k.arg == "text"] + node.args[5:6]
                    for text in texts:
                        if isinstance(text, ast.JoinedStr):
                            add(reader.strings(text, local(node)), path, node)
                if name == "RelativeDate":  # a relative date's why, its period's text
                    for why in node.args[4:5] + [k.value for k in node.keywords if k.arg == "why"]:
                        add(reader.strings(why, local(node)), path, node)
                for keyword in node.keywords:
                    if keyword.arg and keyword.arg.endswith("_doubt"):
                        add(reader.strings(keyword.value, local(node)), path, node)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if _doubt_name(target) and _stringy(node.value):
                        add(reader.strings(node.value, local(node)), path, node)
                    elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                        for name, value in zip(target.elts, node.value.elts, strict=False):
                            if _doubt_name(name) and _stringy(value):
                                add(reader.strings(value, local(node)), path, node)
            elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
                # "return None, f\"'{text}' could not be read\"": a reading and its why
                for value in node.value.elts:
                    if isinstance(value, ast.JoinedStr):
                        add(reader.strings(value, local(node)), path, node)
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "{phrase}" in node.value
                and "\n" not in node.value  # a docstring that names the field
            ):
                add([FORMAT_FIELD.sub(HOLE, node.value)], path, node)
    return found


def fields() -> set[str]:
    """The fields a claim's confidence names (claims/models.py Claim.confidence): the keys of a
    dict given as `confidence=` or assigned to `confidence`, and every `confidence["…"]` set."""
    found: set[str] = set()
    for _path, tree in _modules():
        for node in ast.walk(tree):
            values = []
            if isinstance(node, ast.keyword) and node.arg == "confidence":
                values.append(node.value)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    name = (
                        target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
                    )
                    if name == "confidence":
                        values.append(node.value)
                    elif (
                        isinstance(target, ast.Subscript)
                        and getattr(target.value, "attr", getattr(target.value, "id", ""))
                        == "confidence"
                        and isinstance(target.slice, ast.Constant)
                    ):
                        found.add(target.slice.value)
            for value in values:
                if isinstance(value, ast.Dict):
                    found |= {key.value for key in value.keys if isinstance(key, ast.Constant)}
    return found
