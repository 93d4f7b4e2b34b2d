import rashomon


def test_public_api_is_exactly_this():
    assert sorted(rashomon.__all__) == sorted([
        "__version__", "compare", "evaluate", "render", "Settings", "Report", "Article", "Document", "SCHEMA",
        "RashomonError", "InputError", "NotEnoughArticles", "MissingExtra", "UnknownBackend",
    ])
    for name in rashomon.__all__:
        assert getattr(rashomon, name) is not None


def test_compare_is_the_function_not_the_module():
    import rashomon.compare  # noqa: F401  (importing the module must not shadow the function)

    assert callable(rashomon.compare)
