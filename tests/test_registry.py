import pytest

from rashomon.errors import MissingExtra, UnknownBackend
from rashomon.registry import Registry


def test_unknown_name_lists_the_valid_ones():
    registry: Registry[object] = Registry("widget")
    registry.register("b")(object)
    registry.register("a")(object)
    with pytest.raises(UnknownBackend) as info:
        registry.create("c")
    assert str(info.value) == "unknown widget 'c'; valid: a, b"


def test_missing_extra_message_is_the_pip_line():
    assert str(MissingExtra("semantic", "torch", "the minilm embedder")).endswith("pip install 'rashomon[semantic]'")
