"""Backends chosen by name: a tiny registry per kind (splitter, embedder, tagger, store, executor)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from .errors import UnknownBackend

T = TypeVar("T")


class Registry(Generic[T]):
    """Maps names to factories; an unknown name raises and lists the valid ones."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._factories: dict[str, Callable[..., T]] = {}

    def register(self, name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        def add(factory: Callable[..., T]) -> Callable[..., T]:
            self._factories[name] = factory
            return factory

        return add

    def names(self) -> list[str]:
        return sorted(self._factories)

    def create(self, name: str, **options: Any) -> T:
        try:
            factory = self._factories[name]
        except KeyError:
            raise UnknownBackend(self.kind, name, self._factories) from None
        return factory(**options)
