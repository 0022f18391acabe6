"""Every string the ui package marks for translation, found by reading its source (ast).

A second opinion beside ``pyside6-lupdate``: it needs no binary, and it sees calls that
lupdate's Python parser skips (``QCoreApplication.translate`` with a count, for one).
"""

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TRANSLATING_FUNCTIONS = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True, slots=True)
class MarkedString:
    path: Path
    line: int
    context: str
    source: str
    disambiguation: str
    numerus: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.disambiguation)

    def __str__(self) -> str:
        return f"{self.path}:{self.line} [{self.context}] {self.source!r}"


def _text(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _function_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path, constants: dict[str, str]) -> None:
        self.path = path
        self.constants = constants
        self.classes: list[str] = []
        self.found: list[MarkedString] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name, args = _function_name(node), node.args
        if name == "tr" and self.classes and args:
            self._add(node, self.classes[-1], args[0], args[1:2], len(args) >= 3)
        elif name in TRANSLATING_FUNCTIONS and len(args) >= 2:
            context = _text(args[0], self.constants)
            if context is not None:
                self._add(node, context, args[1], args[2:3], len(args) >= 4)
        self.generic_visit(node)

    def _add(
        self,
        node: ast.Call,
        context: str,
        source: ast.expr,
        disambiguation: list[ast.expr],
        numerus: bool,
    ) -> None:
        text = _text(source, {})  # a variable source was marked where it was declared
        if text is None:
            return
        comment = _text(disambiguation[0], self.constants) if disambiguation else ""
        self.found.append(
            MarkedString(self.path, node.lineno, context, text, comment or "", numerus)
        )


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
            if isinstance(target, ast.Name):
                text = _text(value, {})
                if text is not None:
                    constants[target.id] = text
    return constants


def marked_strings(package: Path) -> Iterator[MarkedString]:
    """Every literal passed to ``tr``, ``translate`` or ``QT_TRANSLATE_NOOP`` under ``package``."""
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        finder = _Finder(path, _module_constants(tree))
        finder.visit(tree)
        yield from finder.found
