"""The quotation CheckList at the conflict finder: one speaker's words told by two outlets with a
dropped or added negation, a changed key word (a figure, an antonym, "will"/"will not", "all"/"some",
sure/likely), against a paraphrase, a translation, a shortened telling and quotes of different parts.
Rows: tests/quotes_checklist_pairs.py; bench/conflicts_checklist.py counts them per class and half."""

import pytest

from tests.conftest import checklist_params, resolved_conflicts_of
from tests.quotes_checklist_pairs import LEAD, ROWS

# Known gaps: (outlet a's sentence, outlet b's sentence) -> why the finder gets it wrong.
_TWO_SPEAKERS = ("quote checks have no speaker test: a read speaker is often the outlet relaying the words, "
                 "and requiring one speaker lost three gold conflicts")
KNOWN_GAPS = {
    ('"We evacuated 300 families during the night," Lina Sorvik said.', '"We evacuated three hundred families during the night," Lina Sorvik said.'):
        "a figure spelt in words ('three hundred') is compared as words, not as the figure 300",
    ('"We will not reopen the depot this year," Eryk Palm said.', '"We are not going to reopen the depot this year," Eryk Palm said.'):
        "'will' and 'are going to' are not read as one future",
    ('"We won\'t reopen the depot this year," Eryk Palm said.', '"We will not reopen the depot this year," Eryk Palm said.'):
        "'won't' is split as 'wo' + 'n't' and not read as 'will not'",
    ('"The water is safe to drink," Mayor Lina Sorvik said.', '"The water is not safe to drink," said Oren Vale, a chemist at Kessa University.'):
        _TWO_SPEAKERS,
    ('"The company followed every rule," depot manager Eryk Palm said.', '"The company did not follow every rule," union leader Marta Kol said.'):
        _TWO_SPEAKERS,
    ('"This was the worst fire in the town\'s history," Lina Sorvik said.', '"This was the most serious fire in the town\'s history," Lina Sorvik said.'):
        "a superlative told in two words ('most serious') is read as another word than 'worst'",
}


def test_the_checklist_is_large_and_balanced():
    assert len(ROWS) >= 60
    assert len({r[0] for r in ROWS}) >= 12
    assert sum(1 for r in ROWS if r[3]) >= 20 and sum(1 for r in ROWS if not r[3]) >= 20


@pytest.mark.parametrize("a, b, conflict", checklist_params(ROWS, KNOWN_GAPS))
def test_one_speakers_words_told_by_two_outlets(a, b, conflict):
    quotes = [c for c in resolved_conflicts_of(LEAD + a, LEAD + b) if c.kind == "quote"]
    assert bool(quotes) is conflict, [c.explanation for c in quotes]
