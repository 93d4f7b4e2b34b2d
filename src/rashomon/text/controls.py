"""Invisible direction controls in untrusted text, made visible for display.

An article's title or text may hold Unicode bidirectional embedding, override and isolate
characters (U+202A-U+202E, U+2066-U+2069). A terminal or a Markdown viewer obeys them, so a
title can show its words in another order than they are stored ("Trojan Source"). The report
keeps the text as written (offsets point into it); what is shown to a person names each such
character instead, as ``⟨U+202E⟩``, which is also what an analyst wants to see.
"""

from __future__ import annotations

import re

_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")


def show_direction_controls(text: str) -> str:
    """``text`` with each bidirectional embedding, override or isolate character written as ``⟨U+XXXX⟩``."""
    return _DIRECTION.sub(lambda m: f"\u27e8U+{ord(m.group()):04X}\u27e9", text)


def finalize_shown(value: object) -> object:
    """A Jinja ``finalize``: every string a template writes (escaped text or built markup, which
    never needs the controls) with its direction controls named, so no HTML page obeys them."""
    if isinstance(value, str) and _DIRECTION.search(value):
        named = show_direction_controls(str(value))
        from markupsafe import Markup

        return Markup(named) if isinstance(value, Markup) else named
    return value
