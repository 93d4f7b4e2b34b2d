import importlib
import pkgutil

import rashomon

PUBLIC = [
    "__version__", "compare", "inspect", "Inspection", "render", "evaluate", "Settings",
    "ingest", "IngestResult", "cluster_records", "ClusterRecord", "Assignment", "Store",
    "SCHEMA", "Report", "Article", "Document", "Skipped", "Entity", "Claim", "Agreement", "Conflict",
    "FramingCue", "DigestSentence",
    "RashomonError", "InputError", "NotEnoughArticles", "MissingExtra", "UnknownBackend", "StoreError", "GoldError",
]


def test_public_api_is_exactly_this():
    assert sorted(rashomon.__all__) == sorted(PUBLIC)
    for name in rashomon.__all__:
        assert getattr(rashomon, name) is not None


def test_unknown_attribute_is_an_attribute_error():
    try:
        rashomon.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_no_submodule_shares_a_name_with_an_exported_function():
    """Importing every submodule must leave each exported function in place."""
    exported = {name: getattr(rashomon, name) for name in rashomon.__all__}
    for info in pkgutil.walk_packages(rashomon.__path__, "rashomon."):
        if ".web" in info.name or info.name.endswith("__main__"):  # web needs its extra; __main__ runs the CLI
            continue
        importlib.import_module(info.name)
    top = {info.name for info in pkgutil.iter_modules(rashomon.__path__)}
    assert not top & set(PUBLIC)
    for name, value in exported.items():
        assert getattr(rashomon, name) is value, name
