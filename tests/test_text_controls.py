"""Direction controls in untrusted text are named, not obeyed, wherever text is shown to a person."""

from __future__ import annotations

import pytest

from rashomon.renderers.markdown import code, escape
from rashomon.text.controls import show_direction_controls


@pytest.mark.parametrize("control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"])
def test_each_direction_control_is_named(control):
    shown = show_direction_controls(f"Mayor{control} resigns")
    assert control not in shown
    assert shown == f"Mayor\u27e8U+{ord(control):04X}\u27e9 resigns"


def test_text_without_controls_is_unchanged_including_right_to_left_letters():
    text = "Talks in \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd and \u0637\u0647\u0631\u0627\u0646 ended \u200fquietly"
    assert show_direction_controls(text) == text


def test_markdown_shows_an_override_in_a_title_and_in_a_code_span():
    assert "\u202e" not in escape("Minister \u202edenies\u202c the deal")
    assert "U+202E" in escape("Minister \u202edenies\u202c the deal")
    assert "\u202e" not in code("evil\u202etxt.exe", table=True)


def test_a_value_sent_back_keeps_its_direction_controls_as_character_references() -> None:
    from rashomon.text.controls import finalize_shown, sent_back

    value = sent_back('<b>"Omega"</b> \u202eRTL')
    assert str(value) == "&lt;b&gt;&#34;Omega&#34;&lt;/b&gt; &#x202E;RTL"
    assert finalize_shown(value) == value, "nothing left for the page's finalize to name"
