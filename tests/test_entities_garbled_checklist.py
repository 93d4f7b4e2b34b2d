"""A CheckList (Ribeiro et al. 2020) of how machine translation and careless copy garble names in
coverage by several outlets, against ``resolve_entities``.

Each row: a class, a title, the name as most outlets write it, the form one outlet writes, whether
that form is garbled, and optionally the third outlet's own text. Names and sentences are invented.
Two outlets write the usual form (full, then the surname); the third writes the variant. A garbled
row passes when a form only the third outlet writes is flagged; a row that is no garble passes when
nothing in the story is flagged. Rows are split FIXING / HELD-OUT by a stable hash of the variant.
Rows the resolver does not meet yet are marked ``known`` and run as expected failures.
``python tests/test_entities_garbled_checklist.py`` prints the pass rate by class and half.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import garbled_checklist  # noqa: E402
from garbled_checklist import half, params  # noqa: E402

G, OK = True, False

# class, title, usual name, variant, garbled, third outlet's text (None: the default), known gap
# (False, or why the resolver does not meet the row yet)
ROWS: list[tuple[str, str, str, str, bool, str | None, bool | str]] = [
    # transliteration back and forth: Cyrillic
    ("cyrillic", "Minister", "Dmitry Koroval", "Dmitrij Korowal", G, None, False),
    ("cyrillic", "Governor", "Sergei Tkachuk", "Sergej Tkatschuk", G, None, False),
    ("cyrillic", "General", "Yuri Zhelnov", "Juri Schelnow", G, None, False),
    ("cyrillic", "Mayor", "Oleksandr Rudenko", "Aleksandr Rudenko", G, None, False),
    ("cyrillic", "Senator", "Yevgeny Sokhin", "Evgeniy Sochin", G, None, False),
    ("cyrillic", "Minister", "Mikhail Gorbatov", "Michail Gorbatow", G, None, False),
    # Arabic
    ("arabic", "Minister", "Khaled Mansouri", "Chaled Mansuri", G, None, False),
    ("arabic", "Governor", "Youssef Benkirane", "Yusuf Benkiran", G, None, False),
    ("arabic", "General", "Hussein Qabbani", "Husain Kabbani", G, None, False),
    ("arabic", "Ambassador", "Abdelkader Zerhouni", "Abdulqadir Zarhuni", G, None, False),
    ("arabic", "Minister", "Mohammed Tarawneh", "Muhammad Tarawna", G, None, False),
    # Persian
    ("persian", "Minister", "Hossein Ghaffari", "Hosein Qaffari", G, None, False),
    ("persian", "General", "Mahmoud Rezaei", "Mahmud Rezai", G, None, False),
    ("persian", "Ambassador", "Gholamreza Tavakoli", "Qolamreza Tawakkoli", G, None, False),
    # Chinese romanisations
    ("chinese", "Minister", "Zhang Weiming", "Chang Wei-ming", G, None, False),
    ("chinese", "Governor", "Xu Jianguo", "Hsu Chien-kuo", G, None, "held out, not examined; likely wade-Giles Hs/Ch against pinyin X/J is no sound class the syllable step shares"),
    ("chinese", "Ambassador", "Qiao Dongsheng", "Chiao Tung-sheng", G, None, False),
    ("chinese-back", "Minister", "Oskar Halvorsen", "Oskar Haerwosen", G, None, "held out, not examined; likely a Chinese rendering that gives a consonant its own vowel and drops l is too loose"),
    # Japanese romanisations
    ("japanese", "Minister", "Shunichi Ohashi", "Syunichi Oohashi", G, None, False),
    ("japanese", "Governor", "Ryota Fujimura", "Ryouta Hujimura", G, None, False),
    ("japanese", "Ambassador", "Yuko Tsuchida", "Yuko Tuchida", G, None, False),
    # Korean romanisations
    ("korean", "Minister", "Park Jae-won", "Pak Chae-won", G, None, False),
    ("korean", "Governor", "Choi Min-jun", "Choe Min-joon", G, None, False),
    ("korean", "Ambassador", "Lee Seung-ho", "Yi Sung-ho", G, None, False),
    # a dropped letter
    ("dropped", "Minister", "Teodor Brannick", "Teodor Branick", G, None, False),
    ("dropped", "Senator", "Helga Strindvall", "Helga Stindvall", G, None, False),
    ("dropped", "Governor", "Ansel Kirkwater", "Ansel Kirwater", G, None, False),
    ("dropped", "Judge", "Marit Ellendorf", "Marit Elendorf", G, None, False),
    ("dropped", "Mayor", "Corvin Haldane", "Corvin Halane", G, None, False),
    # a doubled letter
    ("doubled", "Minister", "Oskar Melin", "Oskar Mellin", G, None, False),
    ("doubled", "Senator", "Dagny Torvik", "Dagny Torrvik", G, None, False),
    ("doubled", "Governor", "Lisbet Aramon", "Lisbet Arammon", G, None, False),
    ("doubled", "Judge", "Pieter Vosloo", "Pieter Vossloo", G, None, False),
    # swapped letters
    ("swapped", "Minister", "Lorenz Keitlan", "Lorenz Kietlan", G, None, False),
    ("swapped", "Senator", "Ivar Halberg", "Ivar Hablerg", G, None, False),
    ("swapped", "Governor", "Mirja Tanskel", "Mirja Tanksel", G, None, False),
    ("swapped", "Judge", "Edvin Sorvald", "Edvin Sovrald", G, None, False),
    # one letter changed (the "Blinkin" kind)
    ("substituted", "Minister", "Ansgar Blenner", "Ansgar Blinner", G, None, False),
    ("substituted", "Senator", "Tobias Wendrell", "Tobias Windrell", G, None, False),
    ("substituted", "Governor", "Kerstin Malvik", "Kerstin Melvik", G, None, False),
    ("substituted", "Judge", "Rasmus Olbrecht", "Rasmus Olbracht", G, None, False),
    ("substituted", "Mayor", "Tamsin Corrode", "Tamsin Corrade", G, None, False),
    # a wrong first name beside the right surname and post
    ("first-name", "Minister", "Harald Voskuilen", "Herman Voskuilen", G, None, False),
    ("first-name", "Senator", "Greta Lindqvast", "Gunilla Lindqvast", G, None, False),
    ("first-name", "Governor", "Pavel Drobnik", "Peter Drobnik", G, None, False),
    ("first-name", "Judge", "Agnes Holmvik", "Alice Holmvik", G, None, False),
    # a wrong initial
    ("initial", "Senator", "Daniel P. Morrowby", "Daniel T. Morrowby", G, None, False),
    ("initial", "Governor", "Walter K. Denning", "Walter R. Denning", G, None, False),
    ("initial", "Minister", "Ruth Ballantrae", "S. Ballantrae", G, None, False),
    ("initial", "Judge", "Martin Kesselring", "J. Kesselring", G, None, False),
    # a surname translated as a word
    ("surname-word", "Minister", "Gerhard Zimmerlein", "Gerhard Carpenter", G,
     "Minister Gerhard Carpenter arrived for the talks on Monday. Carpenter said the meeting went well.", False),
    ("surname-word", "Minister", "Lucien Boulangier", "Lucien Baker", G,
     "Minister Lucien Baker arrived for the talks on Monday. Baker said the meeting went well.", False),
    ("surname-word", "Governor", "Miroslav Kovacic", "Miroslav Smith", G, None, False),
    ("surname-word", "Senator", "Ingeborg Schneider", "Ingeborg Tailor", G, None, False),
    ("surname-word", "Mayor", "Anatol Mlynar", "Anatol Miller", G, None, False),
    # a title fused into the name
    ("title-fused", "Minister", "Sheikh Hamad Tamrawi", "Sheikhhamad Tamrawi", G, None, False),
    ("title-fused", "Minister", "Dr. Anselm Reitholt", "Dranselm Reitholt", G, None, False),
    ("title-fused", "Mayor", "Lord Rupert Ashgrove", "Lordrupert Ashgrove", G, None, False),
    ("title-fused", "General", "Imam Tariq Waheedi", "Imamtariq Waheedi", G, None, False),
    # a compound name translated part by part
    ("part-by-part", "Minister", "Adelheid Schwarzkoppel", "Adelheid Blackpaddock", G, None, "held out, not examined; likely a compound translated part by part into a rarer word pair (koppel -> paddock)"),
    ("part-by-part", "Governor", "Konrad Grunwalder", "Konrad Greenwooder", G, None, "a compound translated part by part with an English suffix kept on a half"),
    ("part-by-part", "Senator", "Henrike Steinbrecher", "Henrike Stonebreaker", G, None, False),
    ("part-by-part", "Judge", "Olaf Bergstrom", "Olaf Hillstream", G, None, False),
    # a wrong person's name that shares the surname (the "George W. Biden" kind)
    ("wrong-person", "Minister", "Ilse Marvane", "Tomas Marvane", G,
     "Minister Tomas Marvane arrived for the talks on Monday. Tomas Brock, her deputy, came too.", False),
    ("wrong-person", "Governor", "Klaus Reddick", "Anna Reddick", G,
     "Governor Anna Reddick arrived for the talks on Monday. Anna Selwin, the mayor, came too.", False),
    ("wrong-person", "Senator", "Rhea Dolan", "Mark W. Dolan", G,
     "Senator Mark W. Dolan arrived for the talks on Monday. Dolan said the meeting went well.", False),
    ("wrong-person", "Minister", "Piet Vandersloot", "Johan Vandersloot", G,
     "Minister Johan Vandersloot arrived for the talks. Johan Kroes, the envoy, stayed home.", False),
    # letters dropped by an abjad or vowels lost
    ("vowels-lost", "Minister", "Rashid Nabulsani", "Rashid Nblsani", G, None, False),
    ("vowels-lost", "Governor", "Farida Oumeziane", "Farida Umziane", G, None, False),
    # a name cut short or run on
    ("truncated", "Minister", "Hendrik Vandenberghe", "Hendrik Vandenber", G, None, False),
    ("truncated", "Senator", "Rosalind Tremayne", "Rosalind Tremay", G, None, False),
    # a character read as another (careless copy of a scan: rn/m, l/I, cl/d)
    ("misread", "Minister", "Delia Hearnold", "Delia Heamold", G, None, False),
    ("misread", "Governor", "Conrad Carmody", "Conrad Camody", G, None, False),

    # NOT garbled: accents dropped or added
    ("accents", "Minister", "José Ferrándiz", "Jose Ferrandiz", OK, None, False),
    ("accents", "Senator", "Zoë Brennand", "Zoe Brennand", OK, None, False),
    ("accents", "Governor", "Miloš Dvořák", "Milos Dvorak", OK, None, False),
    ("accents", "Judge", "Gülsen Yıldıran", "Gulsen Yildiran", OK, None, False),
    ("accents", "Mayor", "Søren Lykkeberg", "Soren Lykkeberg", OK, None, False),
    ("accents", "Minister", "Renee Dufresne", "Renée Dufresne", OK, None, False),
    # umlauts spelled out, ß as ss
    ("umlaut", "Minister", "Jürgen Möllner", "Juergen Moellner", OK, None, False),
    ("umlaut", "Senator", "Dieter Großmann", "Dieter Grossmann", OK, None, False),
    ("umlaut", "Governor", "Annika Sjöberg", "Annika Sjoberg", OK, None, False),
    # a legitimate short form
    ("surname-only", "Minister", "Corvin Haldane", "Haldane", OK,
     "Minister Haldane arrived for the talks on Monday. Haldane said the meeting went well.", False),
    ("surname-only", "Senator", "Ilka Sorvane", "Sorvane", OK,
     "Sorvane arrived for the talks on Monday, aides said.", False),
    ("surname-only", "Governor", "Margit Ellison", "Ellison", OK,
     "Governor Ellison arrived for the talks on Monday.", False),
    ("first-name-later", "Minister", "Ilka Sorvane", "Ilka", OK,
     "Minister Ilka Sorvane arrived for the talks on Monday. Ilka, as voters call her, waved.", False),
    ("first-name-later", "Senator", "Brendan Talloway", "Brendan", OK,
     "Senator Brendan Talloway arrived on Monday. Later Brendan told reporters the meeting went well.", False),
    # a nickname the article gives
    ("nickname", "Minister", "Robert Halloway", "Bobby", OK,
     "Minister Robert Halloway, known as Bobby, arrived on Monday. Bobby said the meeting went well.", False),
    ("nickname", "General", "Ilya Morozko", "Tank", OK,
     'General Ilya "Tank" Morozko arrived on Monday. He said the meeting went well.', False),
    ("nickname", "Senator", "Margaret Quillan", "Peggy Quillan", OK,
     "Senator Margaret Quillan, Peggy to her friends, arrived on Monday. Peggy Quillan said the meeting went well.", False),
    # a common short form of the first name
    ("diminutive", "Minister", "Alexander Vossberg", "Alex Vossberg", OK, None, False),
    ("diminutive", "Senator", "Katherine Dunmore", "Kate Dunmore", OK, None, False),
    ("diminutive", "Governor", "William Ashcombe", "Bill Ashcombe", OK, None, False),
    # possessives
    ("possessive", "Minister", "Corvin Haldane", "Haldane's", OK,
     "Minister Corvin Haldane's plan was read on Monday. Haldane's aides said the meeting went well.", False),
    ("possessive", "Senator", "Lukas Voss", "Voss'", OK,
     "Senator Lukas Voss' office confirmed the trip. Voss' aides said the meeting went well.", False),
    ("possessive", "Governor", "Ines Marrick", "Marrick’s", OK,
     "Governor Ines Marrick’s office confirmed the trip. Marrick’s aides said the meeting went well.", False),
    # East Asian name order
    ("name-order", "Minister", "Tanaka Hiroshige", "Hiroshige Tanaka", OK, None, False),
    ("name-order", "Governor", "Zhang Weiming", "Weiming Zhang", OK, None, False),
    ("name-order", "Ambassador", "Park Jae-won", "Jae-won Park", OK, None, False),
    ("name-order", "Minister", "Nguyen Van Thanh", "Thanh Nguyen Van", OK, None, False),
    # different people with similar names, both real in the story
    ("two-people", "Minister", "Tomas Brandvik", "Lukas Brandvik", OK,
     "Minister Tomas Brandvik arrived with his brother Lukas Brandvik, a banker. Lukas Brandvik said nothing.", False),
    ("two-people", "Senator", "Anna Kessler", "Martin Kessel", OK,
     "Senator Anna Kessler arrived on Monday. Martin Kessel, a union leader, met her. Kessel said the talks failed.", False),
    ("two-people", "Governor", "Ruth Ollander", "Ruth Hollander", OK,
     "Governor Ruth Ollander arrived on Monday. The lawyer Ruth Hollander, no relation, sued her. Hollander spoke.", False),
    ("two-people", "Judge", "Eva Marsh", "Eva Marshall", OK,
     "Judge Eva Marsh opened the hearing. Eva Marshall, the prosecutor, asked for a delay. Marshall spoke.", False),
    # hyphen versus space
    ("hyphen", "Minister", "Jean-Luc Morvandeau", "Jean Luc Morvandeau", OK, None, False),
    ("hyphen", "Senator", "Anne-Marie Ostrowska", "Anne Marie Ostrowska", OK, None, False),
    ("hyphen", "Governor", "Gareth Lloyd-Hughes", "Gareth Lloyd Hughes", OK, None, False),
    ("hyphen", "Ambassador", "Kim Jong-soo", "Kim Jong Soo", OK,
     "Ambassador Kim Jong Soo arrived for the talks on Monday. Ambassador Kim said the meeting went well.", False),
    ("hyphen", "Minister", "Ahmad al-Harrasi", "Ahmad Al Harrasi", OK, None, False),
    # an honorific or a courtesy title
    ("honorific", "Minister", "Corvin Haldane", "Mr Haldane", OK,
     "Mr Haldane arrived for the talks on Monday. Mr Haldane said the meeting went well.", False),
    ("honorific", "Senator", "Ilka Sorvane", "Mrs. Sorvane", OK,
     "Mrs. Sorvane arrived for the talks on Monday.", False),
    ("honorific", "Governor", "Alan Brackley", "Sir Alan Brackley", OK, None, False),
    ("honorific", "Judge", "Petra Kessling", "Dr. Petra Kessling", OK, None, False),
    # a middle name or initial added or left out
    ("middle", "Minister", "Marta Stenberg", "Marta L. Stenberg", OK, None, False),
    ("middle", "Senator", "John F. Keatley", "John Keatley", OK, None, False),
    ("middle", "Governor", "Ana Lucia Ferreira", "Ana Ferreira", OK, None, False),
    # a typographic apostrophe or a particle's capital
    ("apostrophe", "Minister", "Siobhan O'Sullivan", "Siobhan O’Sullivan", OK, None, False),
    ("apostrophe", "Governor", "Liam D'Arcy", "Liam D’Arcy", OK, None, False),
    ("particle", "Minister", "Ludo van der Meulen", "Ludo Van der Meulen", OK, None, False),
    ("particle", "Senator", "Carla de Souza", "Carla De Souza", OK, None, False),
    # the post written another way beside the same name
    ("post-word", "Minister", "Corvin Haldane", "Corvin Haldane", OK,
     "The minister of finance, Corvin Haldane, arrived for the talks on Monday.", False),
    ("post-word", "Prime Minister", "Ilka Sorvane", "Ilka Sorvane", OK,
     "Premier Ilka Sorvane arrived for the talks on Monday.", False),
    # a short surname whose silent "h" a translation drops, the first name in its Romance form
    ("silent-h", "Inspector", "Marius Kohl", "Mário Kol", G, None, False),
    ("silent-h", "Commissioner", "Julius Dahm", "Júlio Dam", G, None, False),
    ("silent-h", "Judge", "Anna Rahn", "Boris Ran", OK, None, False),
    # "-ic" and "-ical", the two adjectives of one stem, swapped inside a body's name
    ("ic-ical", "The", "Brenlow Lyric Hall", "Brenlow Lyrical Hall", G,
     "The Brenlow Lyrical Hall opened its doors for the talks on Monday.", False),
    ("ic-ical", "The", "Castmere Historic Trust", "Castmere Historical Trust", G,
     "The Castmere Historical Trust sent a delegate to the talks on Monday.", False),
    # a compound of two nouns rewritten as one noun "of" the other, every word kept: reworded
    ("of-swapped", "The", "Harbrook Freight Logistics", "Harbrook Logistics of Freight", OK,
     "The company Harbrook Logistics of Freight sent a delegate to the talks on Monday.", False),
    ("of-swapped", "The", "Tallow Grain Traders", "Tallow Traders of Grain", OK,
     "The firm Tallow Traders of Grain sent a delegate to the talks on Monday.", False),
    # a body named by its field both ways English does it, the whole name two nouns: reworded
    ("of-swapped", "The", "Fisheries Ministry", "Ministry of Fisheries", OK,
     "The Ministry of Fisheries sent a delegate to the talks on Monday.", False),
    ("of-swapped", "The", "Tourism Board", "Board of Tourism", OK,
     "The Board of Tourism sent a delegate to the talks on Monday.", False),
    # a street's name written back word by word from "Rue du ...", its word for another
    ("street-of", "The", "Harbour Road", "Road of the Port", G,
     "The march went down the Road of the Port on Monday and stopped at the town hall.", False),
    ("street-of", "The", "Wharf Street", "Street of the Pier", G,
     "The crowd gathered in the Street of the Pier on Monday before the talks.", False),
    ("street-of", "The", "Mill Road", "Road of the Bridge", OK,
     "The march went down the Road of the Bridge on Monday and stopped at the town hall.", False),
]


def story(row: tuple) -> list:
    _, title, usual, variant, _, third, _ = row
    return garbled_checklist.default_story(title, usual, variant, third)


def _written_by_others(text: str, others: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(text)}(?!\w)", others))


def outcome(row: tuple) -> tuple[bool, str]:
    """Whether the resolver meets the row, and what it flagged."""
    return garbled_checklist.outcome(story(row), row[4], _written_by_others)


@pytest.mark.parametrize("row", params(ROWS))
def test_garbled_name_checklist(row: tuple) -> None:
    ok, shown = outcome(row)
    assert ok, f"{'garbled' if row[4] else 'no garble'} {row[3]!r} for {row[2]!r}: flagged {shown}"


def test_the_checklist_has_classes_of_both_kinds_and_both_halves() -> None:
    assert len(ROWS) >= 120
    assert {half(r) for r in ROWS} == {"FIXING", "HELD-OUT"}
    assert len({r[0] for r in ROWS if r[4]}) >= 12 and len({r[0] for r in ROWS if not r[4]}) >= 12


def report(which: str = "all") -> None:
    garbled_checklist.report(ROWS, outcome, lambda row: "ALL garbled" if row[4] else "ALL no garble", 18, which)


if __name__ == "__main__":
    report(garbled_checklist.which_half())
