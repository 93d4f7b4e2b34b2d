"""The one exception tree: every exception class rashomon defines is in ``rashomon.errors`` and
derives from ``RashomonError``; the classes moved there stay importable from their old homes."""

from __future__ import annotations

import ast
import builtins
import importlib
import importlib.util
import inspect
import pkgutil
from pathlib import Path

import pytest

import rashomon
from rashomon import errors
from rashomon.errors import MissingExtra, RashomonError

_BUILTIN_EXCEPTIONS = {name for name, obj in vars(builtins).items() if inspect.isclass(obj) and issubclass(obj, BaseException)}


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(rashomon.__path__, "rashomon.") if not m.name.endswith("__main__"))


def _exception_classes() -> tuple[list[type[BaseException]], list[str]]:
    """Exception classes defined in importable modules, and the modules an optional extra keeps out."""
    found, unimportable = [], []
    for name in _modules():
        try:
            module = importlib.import_module(name)
        except (ImportError, MissingExtra):  # a module of a missing extra: checked from its source below
            unimportable.append(name)
            continue
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == name:
                found.append(obj)
    return found, unimportable


def test_every_exception_class_derives_from_rashomon_error_and_lives_in_errors():
    found, _ = _exception_classes()
    assert RashomonError in found and len(found) > 10  # the walk did reach the package
    outside = [f"{c.__module__}.{c.__qualname__}" for c in found if c.__module__ != errors.__name__]
    assert not outside, f"define exceptions in rashomon/errors.py: {outside}"
    stray = [c.__qualname__ for c in found if c is not RashomonError and not issubclass(c, RashomonError)]
    assert not stray, f"not under RashomonError: {stray}"


def _source_offenders(path: Path) -> list[str]:
    """Classes in a source file whose base is a builtin exception or looks like an exception."""
    offenders = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef):
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            if bases & _BUILTIN_EXCEPTIONS or any(b.endswith(("Error", "Exception", "Input")) for b in bases):
                offenders.append(node.name)
    return offenders


def test_modules_that_cannot_import_here_define_no_exception_of_their_own():
    """A module whose optional extra is missing here is read instead of imported."""
    _, unimportable = _exception_classes()
    offenders = {name: _source_offenders(Path(importlib.util.find_spec(name).origin)) for name in unimportable}
    assert not {k: v for k, v in offenders.items() if v}, "define exceptions in rashomon/errors.py"


def test_the_source_check_sees_exception_classes(tmp_path):
    source = tmp_path / "module.py"
    source.write_text("class A(ValueError): ...\nclass B(errors.InputError): ...\nclass C(Thing): ...\n", encoding="utf-8")
    assert _source_offenders(source) == ["A", "B"]


def test_the_tree_in_the_docstring_names_every_class():
    classes = [c for c in vars(errors).values() if inspect.isclass(c) and issubclass(c, BaseException) and c.__module__ == errors.__name__]
    for cls in classes:
        assert cls.__name__ in errors.__doc__, cls.__name__
        for base in cls.__bases__:
            if base is not Exception:
                assert issubclass(base, RashomonError)


@pytest.mark.parametrize(
    "module, name",
    [
        ("rashomon.sources.records", "MalformedInput"),
        ("rashomon.sources", "MalformedInput"),
        ("rashomon.comparison.framing", "LexiconError"),
        ("rashomon.backends.embedders", "EmbedderLoadError"),
        ("rashomon.backends.embedders._base", "EmbedderLoadError"),
    ],
)
def test_moved_classes_stay_importable_from_their_old_homes(module, name):
    assert getattr(importlib.import_module(module), name) is getattr(errors, name)


def test_moved_classes_keep_their_place_and_context():
    assert issubclass(errors.MalformedInput, errors.InputError)
    error = errors.MalformedInput("feed.xml", "record 3 has no text")
    assert (error.source, error.reason, str(error)) == ("feed.xml", "record 3 has no text", "feed.xml: record 3 has no text")
    error = errors.EmbedderLoadError("static", "/tables/x", "no embeddings.npy")
    assert (error.backend, error.model, error.reason) == ("static", "/tables/x", "no embeddings.npy")
    error = errors.LexiconError("lexicon.json", "entry 4: bad pattern")
    assert (error.path, error.reason, str(error)) == ("lexicon.json", "entry 4: bad pattern", "lexicon.json: entry 4: bad pattern")
