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


def sent_back(value: object) -> object:
    """A Jinja filter for a value a form sends back as it is (an input's or an option's value, a
    textarea's text): escaped, with each direction control written as a character reference,
    which the browser reads back as the character itself. Named by :func:`finalize_shown`, the
    outlet filter's menu sent "⟨U+202E⟩" for the outlet's U+202E and matched no story, and a
    pasted text shown again after an error was compared with the names in place of its characters."""
    from markupsafe import Markup, escape

    escaped = str(escape(value))
    return Markup(_DIRECTION.sub(lambda m: f"&#x{ord(m.group()):X};", escaped))
