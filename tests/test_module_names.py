"""A module-level name bound twice silently replaces the first binding everywhere in the module
(the rule regexes are looked up when they run), so a new regex that reuses an old name changes
rules far from it. Each module binds each top-level name once."""

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parents[1] / "extractor").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_each_top_level_name_is_bound_once(path):
    names = _top_level_names(ast.parse(path.read_text()))
    assert {n: c for n, c in names.items() if c > 1} == {}
