"""Import spaCy without its command line.

``spacy/__init__.py`` runs ``from .cli.info import info`` (for ``spacy.info``). Importing a
submodule runs its package first, and ``spacy/cli/__init__.py`` imports every spaCy command:
typer, weasel, requests, httpx, rich, jinja2... about 0.15-0.2 s of the 0.4 s that ``import
spacy`` costs, in every ``extractor`` process, for a command line the extractor never runs.

While spaCy is imported here, ``sys.modules`` holds two placeholders: a ``spacy.cli`` package
(with the real folder as its path, so any real submodule still imports) whose
``spacy/cli/__init__.py`` is not run, and a ``spacy.cli.info`` whose ``info`` imports the real
one when called. Both are removed as soon as the import ends, so a later ``import spacy.cli``
(``spacy.cli.download``, tests) imports the real package as usual. The one difference a
caller can see: until something imports ``spacy.cli``, the ``spacy`` module has no ``cli``
attribute (code that reaches it as ``spacy.cli.x`` after a bare ``import spacy`` would need an
``import spacy.cli``; nothing in the extractor or spaCy's own modules does).

Why this cannot break spaCy: the placeholders only stand in for ``sys.modules`` entries, and any
name asked of them other than ``info`` (should a later spaCy import more from its CLI while it
is imported) imports the real module and returns its attribute: the cost comes back, nothing
else changes. If spaCy is already imported, or cannot be found, this does nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types
from typing import Any


def _import_spacy_without_cli() -> None:
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return  # (the import in the next module says why)
    placeholders: dict[str, types.ModuleType] = {}

    def real(name: str) -> types.ModuleType:
        """The real module ``name``: the placeholders go first, so this imports it."""
        for key, module in placeholders.items():
            if sys.modules.get(key) is module:
                del sys.modules[key]
        return importlib.import_module(name)

    def placeholder(name: str) -> types.ModuleType:
        module = types.ModuleType(name)

        def forward(attr: str) -> Any:
            # Any name but ``info``: the real module's. (The import system asks a module for
            # dunder names, "__path__" first, to learn what it is: those stay missing, as on
            # any module that lacks them.)
            if attr.startswith("__"):
                raise AttributeError(attr)
            return getattr(real(name), attr)

        module.__getattr__ = forward  # type: ignore[method-assign]
        placeholders[name] = module
        return module

    cli = placeholder("spacy.cli")
    cli.__path__ = [os.path.join(os.path.dirname(spec.origin), "cli")]

    def spacy_info(*args: Any, **kwargs: Any) -> Any:
        """``spacy.info``, imported when first called."""
        return real("spacy.cli.info").info(*args, **kwargs)

    placeholder("spacy.cli.info").info = spacy_info  # type: ignore[attr-defined]
    sys.modules.update(placeholders)
    try:
        import spacy  # noqa: F401
    finally:
        for key, module in placeholders.items():
            if sys.modules.get(key) is module:
                del sys.modules[key]


_import_spacy_without_cli()
