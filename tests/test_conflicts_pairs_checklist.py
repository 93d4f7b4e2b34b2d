"""A CheckList of two outlets telling one event's figure or day in different structures (issue 12
item 3): whether the finder judges the two tellings one quantity or one day of one event.

Every sentence is invented from general knowledge of news style (no text of any set). Each row is a
class, outlet A's article, outlet B's article, the kind compared ("number" or "date") and whether the
two disagree: a conflict (two values of one thing), or no conflict (the same or compatible values, or
two different things told in like frames: the killed / the injured, the day of a fire / the day of an
arrest, a forecast / an outcome). Articles are dated Wednesday 12 March 2025.

The rows are split into a fixing half and a held-out half by a stable hash of their text
(:func:`half`): readings are mended on the fixing half's failures only, and the held-out half measures
how far the mending carries. ``python tests/test_conflicts_pairs_checklist.py`` prints the pass rate
per class and half.
"""

from __future__ import annotations

import hashlib

import pytest

from rashomon.model import Article
from rashomon.comparison.segment import segment

DATE = "2025-03-12"  # a Wednesday: "Tuesday" is 11 March, "Monday" 10 March, "Sunday" 9 March

C, A = True, False  # conflict, agree (or nothing to compare)

ROWS: list[tuple[str, str, str, str, bool]] = [
    # --- one act told with two verbs: killed / died --------------------------------------------
    ("kill-die", "A gas explosion killed 12 people at the Varn chemical plant.", "Fifteen people died in a gas explosion at the Varn chemical plant.", "number", C),
    ("kill-die", "The bus crash near Ostrel killed 23 passengers.", "Nineteen passengers died when a bus crashed near Ostrel.", "number", C),
    ("kill-die", "Flooding in the Kalden valley has killed 31 people.", "At least 40 people have died in flooding in the Kalden valley.", "number", C),
    ("kill-die", "The avalanche above Drummore killed four skiers.", "Six skiers died in the avalanche above Drummore.", "number", C),
    ("kill-die agree", "A gas explosion killed 12 people at the Varn chemical plant.", "Twelve people died in a gas explosion at the Varn chemical plant.", "number", A),
    ("kill-die agree", "The bus crash near Ostrel killed 23 passengers.", "23 passengers died when a bus crashed near Ostrel.", "number", A),
    ("kill-die agree", "Flooding in the Kalden valley has killed at least 31 people.", "Some 33 people have died in flooding in the Kalden valley.", "number", A),
    ("kill-die agree", "The avalanche above Drummore killed four skiers.", "Four skiers lost their lives in the avalanche above Drummore.", "number", A),
    # --- one act told with two verbs: evacuated / moved out, freed / released ------------------
    ("verb synonyms", "Authorities evacuated 3,000 residents from the Belvik floodplain.", "About 5,000 residents were moved out of the Belvik floodplain.", "number", C),
    ("verb synonyms", "Rebels freed 18 hostages in the town of Sarvo.", "Rebels released 25 hostages in the town of Sarvo.", "number", C),
    ("verb synonyms", "The Tarn steelworks dismissed 300 workers.", "The Tarn steelworks fired 450 workers.", "number", C),
    ("verb synonyms", "Police cleared 200 people from Marlow station after a bomb threat.", "Some 450 people were ordered out of Marlow station after a bomb threat.", "number", C),
    ("verb synonyms", "Lifeboat crews rescued 40 migrants off the coast of Pella.", "Lifeboat crews saved 65 migrants off the coast of Pella.", "number", C),
    ("verb synonyms agree", "Authorities evacuated 3,000 residents from the Belvik floodplain.", "About 3,000 residents were moved out of the Belvik floodplain.", "number", A),
    ("verb synonyms agree", "Rebels freed 18 hostages in the town of Sarvo.", "Rebels released 18 hostages in the town of Sarvo.", "number", A),
    ("verb synonyms agree", "The Tarn steelworks dismissed 300 workers.", "The Tarn steelworks fired 300 workers.", "number", A),
    ("verb synonyms agree", "Lifeboat crews rescued 40 migrants off the coast of Pella.", "Lifeboat crews saved 40 migrants off the coast of Pella.", "number", A),
    # --- a verb against its noun ------------------------------------------------------------------
    ("verb-noun number", "Police arrested 14 protesters outside the Halden parliament.", "The 17 arrests outside the Halden parliament drew criticism from rights groups.", "number", C),
    ("verb-noun number", "The ministry deported 120 migrants to Corvia last month.", "The deportation of 150 migrants to Corvia last month angered charities.", "number", C),
    ("verb-noun number", "Riot police detained 60 fans after the Corvel derby.", "The detention of 85 fans after the Corvel derby was condemned by the club.", "number", C),
    ("verb-noun number", "Forty people died in the Selm ferry sinking.", "The 52 deaths in the Selm ferry sinking shocked the country.", "number", C),
    ("verb-noun number agree", "Police arrested 14 protesters outside the Halden parliament.", "The 14 arrests outside the Halden parliament drew criticism from rights groups.", "number", A),
    ("verb-noun number agree", "The ministry deported 120 migrants to Corvia last month.", "The deportation of 120 migrants to Corvia last month angered charities.", "number", A),
    ("verb-noun number agree", "Forty people died in the Selm ferry sinking.", "The 40 deaths in the Selm ferry sinking shocked the country.", "number", A),
    # --- a long multi-claim lead against a short sentence -----------------------------------------
    ("lead-short number", "A fire that tore through a crowded market in the port city of Selm late on Tuesday killed 27 people, injured dozens more and left hundreds of traders without a livelihood, officials said.", "Thirty-one people were killed in the Selm market fire.", "number", C),
    ("lead-short number", "Heavy rain that lashed the northern province of Ardel for three days has flooded thousands of homes, cut power to entire districts and forced 8,000 people to leave their villages, the governor said.", "Some 12,000 people have left their villages in Ardel because of the rain.", "number", C),
    ("lead-short number", "A strike by air traffic controllers that began at dawn grounded flights across Vessen, stranded tourists at every airport and forced the national carrier to cancel 340 flights, the airline said.", "The Vessen national carrier cancelled 410 flights.", "number", C),
    ("lead-short number agree", "A fire that tore through a crowded market in the port city of Selm late on Tuesday killed 27 people, injured dozens more and left hundreds of traders without a livelihood, officials said.", "Twenty-seven people were killed in the Selm market fire.", "number", A),
    ("lead-short number agree", "A strike by air traffic controllers that began at dawn grounded flights across Vessen, stranded tourists at every airport and forced the national carrier to cancel 340 flights, the airline said.", "The Vessen national carrier cancelled 340 flights.", "number", A),
    # --- an attribution tail against an attribution head ------------------------------------------
    ("attribution number", "Fourteen miners were trapped underground at the Gorsk colliery, the regional governor said.", "The regional governor said 11 miners were trapped underground at the Gorsk colliery.", "number", C),
    ("attribution number", "The Dalmore storm damaged 600 homes, according to the fire service.", "According to the fire service, the Dalmore storm damaged 900 homes.", "number", C),
    ("attribution number", "Police said 35 officers were hurt in the Lenz riots.", "Some 50 officers were hurt in the Lenz riots, police said.", "number", C),
    ("attribution number agree", "Fourteen miners were trapped underground at the Gorsk colliery, the regional governor said.", "The regional governor said 14 miners were trapped underground at the Gorsk colliery.", "number", A),
    ("attribution number agree", "The Dalmore storm damaged 600 homes, according to the fire service.", "According to the fire service, the Dalmore storm damaged about 600 homes.", "number", A),
    # --- the figure as subject against the figure as object ---------------------------------------
    ("subject-object", "The blast at the Orrin fireworks depot killed 12.", "12 people died in the blast at the Orrin fireworks depot.", "number", A),
    ("subject-object", "The blast at the Orrin fireworks depot killed 12.", "Nine people died in the blast at the Orrin fireworks depot.", "number", C),
    ("subject-object", "The ambush near Tello killed 15 soldiers.", "Twelve soldiers died in the ambush near Tello.", "number", C),
    ("subject-object", "Rescuers pulled nine survivors from the rubble of the Kessel hotel.", "Nine survivors were pulled from the rubble of the Kessel hotel.", "number", A),
    ("subject-object", "Rescuers pulled nine survivors from the rubble of the Kessel hotel.", "Eleven survivors were pulled from the rubble of the Kessel hotel.", "number", C),
    # --- a passive against an active ---------------------------------------------------------------
    ("passive number", "Militants abducted 30 schoolgirls in Ebora.", "Forty schoolgirls were abducted by militants in Ebora.", "number", C),
    ("passive number", "The earthquake destroyed 300 houses in Ravik.", "In Ravik, 450 houses were destroyed by the earthquake.", "number", C),
    ("passive number", "Customs officers seized 2 tonnes of cocaine at the port of Lerro.", "Three tonnes of cocaine were seized at the port of Lerro.", "number", C),
    ("passive number agree", "Militants abducted 30 schoolgirls in Ebora.", "Thirty schoolgirls were abducted by militants in Ebora.", "number", A),
    ("passive number agree", "The earthquake destroyed 300 houses in Ravik.", "In Ravik, some 300 houses were destroyed by the earthquake.", "number", A),
    # --- a relative clause -------------------------------------------------------------------------
    ("relative clause number", "The ferry Northstar, which was carrying 120 passengers, sank off Kessa.", "The ferry Northstar sank off Kessa with 150 passengers on board.", "number", C),
    ("relative clause number", "Rescuers reached the 33 miners who had been trapped in the Pellow mine.", "Twenty-nine miners had been trapped in the Pellow mine.", "number", C),
    ("relative clause number", "The Arvo plant, which employs 900 workers, will close.", "The Arvo plant employs 1,400 workers and will close.", "number", C),
    ("relative clause number agree", "The ferry Northstar, which was carrying 120 passengers, sank off Kessa.", "The ferry Northstar sank off Kessa with 120 passengers on board.", "number", A),
    ("relative clause number agree", "Rescuers reached the 33 miners who had been trapped in the Pellow mine.", "Thirty-three miners had been trapped in the Pellow mine.", "number", A),
    # --- a figure in a parenthesis -----------------------------------------------------------------
    ("parenthesis", "The wildfire near Calder has burned 12,000 hectares (29,650 acres) of forest.", "The wildfire near Calder has burned 9,000 hectares of forest.", "number", C),
    ("parenthesis", "The strike cost the airline Norvia 40 million euros ($43 million).", "The strike cost the airline Norvia 60 million euros.", "number", C),
    ("parenthesis", "The Ostrel landslide buried 14 houses (and a school).", "The Ostrel landslide buried 20 houses.", "number", C),
    ("parenthesis agree", "The wildfire near Calder has burned 12,000 hectares (29,650 acres) of forest.", "The wildfire near Calder has burned about 12,000 hectares of forest.", "number", A),
    ("parenthesis agree", "The strike cost the airline Norvia 40 million euros ($43 million).", "The strike cost the airline Norvia $43 million.", "number", A),
    # --- the counted thing named differently ----------------------------------------------------------
    ("counted synonyms", "About 2,000 workers walked out at the Marden steelworks.", "About 3,500 employees walked out at the Marden steelworks.", "number", C),
    ("counted synonyms", "The coast guard intercepted 14 vessels off Pella.", "The coast guard intercepted 11 boats off Pella.", "number", C),
    ("counted synonyms", "The floods in Lisk damaged 800 homes.", "The floods in Lisk damaged more than 1,200 houses.", "number", C),
    ("counted synonyms", "The pile-up on the Harn motorway involved 40 cars.", "The pile-up on the Harn motorway involved some 60 vehicles.", "number", C),
    ("counted synonyms", "The school in Varo evacuated 400 pupils.", "The school in Varo evacuated about 600 children.", "number", C),
    ("counted synonyms agree", "About 2,000 workers walked out at the Marden steelworks.", "About 2,000 employees walked out at the Marden steelworks.", "number", A),
    ("counted synonyms agree", "The coast guard intercepted 14 vessels off Pella.", "The coast guard intercepted 14 boats off Pella.", "number", A),
    ("counted synonyms agree", "The floods in Lisk damaged 800 homes.", "The floods in Lisk damaged some 800 houses.", "number", A),
    # --- different counted things in like frames (no conflict) ------------------------------------
    ("killed-injured", "The blast at the Orrin fireworks depot killed 12 people.", "The blast at the Orrin fireworks depot injured 40 people.", "number", A),
    ("killed-injured", "Twelve people died in the Selm market fire.", "Forty people were hurt in the Selm market fire.", "number", A),
    ("killed-injured", "The Tello bus crash left nine dead.", "The Tello bus crash left 23 injured.", "number", A),
    ("killed-injured", "Four climbers died on the Kesh glacier.", "Seven climbers were rescued on the Kesh glacier.", "number", A),
    ("different things", "The floods in Lisk damaged 800 homes.", "The floods in Lisk forced 3,000 residents from their homes.", "number", A),
    ("different things", "The ambush near Tello killed 12 soldiers.", "The ambush near Tello killed 20 civilians.", "number", A),
    ("different things", "The Arvo plant will cut 400 jobs.", "The Arvo plant employs 1,400 workers.", "number", A),
    ("different things", "The Norvia strike grounded 340 flights.", "The Norvia strike stranded 40,000 passengers.", "number", A),
    ("different things", "The coast guard intercepted 14 boats off Pella.", "The coast guard detained 120 migrants off Pella.", "number", A),
    # --- a forecast against an outcome (no conflict) ----------------------------------------------
    ("forecast-outcome", "Economists had forecast that the Vessen economy would grow 2.5% last year.", "The Vessen economy grew 1.8% last year.", "number", A),
    ("forecast-outcome", "Organisers expected 50,000 visitors at the Harlow book fair.", "The Harlow book fair drew 32,000 visitors.", "number", A),
    ("forecast-outcome", "Analysts had predicted a profit of $2 billion for Marden Steel.", "Marden Steel posted a profit of $1.4 billion.", "number", A),
    ("forecast-outcome", "The government aims to build 300,000 homes a year.", "The government built 210,000 homes last year.", "number", A),
    ("forecast-outcome", "Pollsters had put turnout at 70% in the Ardel referendum.", "Turnout in the Ardel referendum was 58%.", "number", A),
    # --- different places, periods and parts (no conflict) ----------------------------------------
    ("other place", "The storm killed 12 people in the town of Arlen.", "The storm killed 20 people in the city of Borsk.", "number", A),
    ("other place", "Floods damaged 800 homes in Lisk.", "Floods damaged 1,500 homes in Dorran.", "number", A),
    ("other period", "Last year wildfires burned 40,000 hectares in Calder.", "This year wildfires have burned 12,000 hectares in Calder.", "number", A),
    ("other period", "In 2023, 45 migrants died on the Pella crossing.", "In 2024, 30 migrants died on the Pella crossing.", "number", A),
    ("part-whole", "The crash killed 40 people, including six children.", "Six children were among the 40 people killed in the crash.", "number", A),
    ("part-whole", "The Kessa ferry sinking killed 40 people.", "Twelve of those killed in the Kessa ferry sinking were crew members.", "number", A),
    ("toll-update", "Twelve more people died in the Kalden floods on Tuesday.", "The death toll from the Kalden floods has risen to 40.", "number", A),
    # --- days: a verb against its noun ------------------------------------------------------------
    ("verb-noun date", "The Harlow bridge collapsed on Tuesday.", "Monday's collapse of the Harlow bridge left two dead.", "date", C),
    ("verb-noun date", "The Ardel referendum was held on Sunday.", "Saturday's referendum in Ardel ended in a narrow result.", "date", C),
    ("verb-noun date", "Workers at the Marden steelworks walked out on Monday.", "The walkout at the Marden steelworks on Friday halted production.", "date", C),
    ("verb-noun date", "The Vessen central bank raised rates on Thursday.", "Tuesday's rate rise by the Vessen central bank surprised markets.", "date", C),
    ("verb-noun date agree", "The Harlow bridge collapsed on Tuesday.", "Tuesday's collapse of the Harlow bridge left two dead.", "date", A),
    ("verb-noun date agree", "The Ardel referendum was held on Sunday.", "Sunday's referendum in Ardel ended in a narrow result.", "date", A),
    ("verb-noun date agree", "Workers at the Marden steelworks walked out on Monday.", "The walkout at the Marden steelworks on Monday halted production.", "date", A),
    # --- days: one act told with two verbs -------------------------------------------------------
    ("verb synonyms date", "Police arrested the Orrin bombing suspect on Monday.", "The Orrin bombing suspect was detained on Sunday.", "date", C),
    ("verb synonyms date", "The tanker Nereid was seized in the Pella strait on Friday.", "Coast guards boarded the tanker Nereid in the Pella strait on Thursday.", "date", C),
    ("verb synonyms date", "The Corvia peace talks broke down on Monday.", "The Corvia peace talks collapsed on Tuesday.", "date", C),
    ("verb synonyms date", "The Arvo plant shut down on Monday.", "The Arvo plant closed its gates on Friday.", "date", C),
    ("verb synonyms date", "The Halden minister quit on Tuesday.", "The Halden minister resigned on Monday.", "date", C),
    ("verb synonyms date agree", "Police arrested the Orrin bombing suspect on Monday.", "The Orrin bombing suspect was detained on Monday.", "date", A),
    ("verb synonyms date agree", "The Corvia peace talks broke down on Monday.", "The Corvia peace talks collapsed on Monday.", "date", A),
    ("verb synonyms date agree", "The Halden minister quit on Tuesday.", "The Halden minister stepped down on Tuesday.", "date", A),
    # --- days: a weekday against a date (the article's date known) ---------------------------------
    ("weekday-date", "The Harlow bridge collapsed on Tuesday.", "The Harlow bridge collapsed on March 10.", "date", C),
    ("weekday-date", "The Ardel referendum was held on Sunday.", "The Ardel referendum was held on 8 March.", "date", C),
    ("weekday-date", "Police arrested the Orrin bombing suspect on Monday.", "Police arrested the Orrin bombing suspect on March 11.", "date", C),
    ("weekday-date agree", "The Harlow bridge collapsed on Tuesday.", "The Harlow bridge collapsed on March 11.", "date", A),
    ("weekday-date agree", "The Ardel referendum was held on Sunday.", "The Ardel referendum was held on 9 March.", "date", A),
    ("weekday-date agree", "Police arrested the Orrin bombing suspect on Monday.", "Police arrested the Orrin bombing suspect on March 10.", "date", A),
    # --- days: attribution, passive, relative clause, parenthesis, long lead -----------------------
    ("attribution date", "The Orrin bombing suspect was arrested on Monday, police said.", "Police said the Orrin bombing suspect was arrested on Sunday.", "date", C),
    ("attribution date", "According to the coast guard, the tanker Nereid sank on Friday.", "The tanker Nereid sank on Saturday, the coast guard said.", "date", C),
    ("attribution date agree", "The Orrin bombing suspect was arrested on Monday, police said.", "Police said the Orrin bombing suspect was arrested on Monday.", "date", A),
    ("passive date", "Voters in Ardel approved the new constitution on Sunday.", "The new constitution was approved by voters in Ardel on Saturday.", "date", C),
    ("passive date", "Gunmen kidnapped the Sarvo mayor on Friday.", "The Sarvo mayor was kidnapped on Thursday.", "date", C),
    ("passive date agree", "Gunmen kidnapped the Sarvo mayor on Friday.", "The Sarvo mayor was kidnapped by gunmen on Friday.", "date", A),
    ("relative clause date", "The Harlow bridge, which collapsed on Tuesday, had been closed for repairs.", "The Harlow bridge collapsed on Monday.", "date", C),
    ("relative clause date", "Engineers inspected the Dorran dam, which burst on Sunday.", "The Dorran dam burst on Saturday.", "date", C),
    ("relative clause date agree", "The Harlow bridge, which collapsed on Tuesday, had been closed for repairs.", "The Harlow bridge collapsed on Tuesday.", "date", A),
    ("parenthesis date", "The Ardel referendum (held on Sunday) ended in a narrow result.", "The Ardel referendum was held on Saturday.", "date", C),
    ("parenthesis date agree", "The Ardel referendum (held on Sunday) ended in a narrow result.", "The Ardel referendum was held on Sunday.", "date", A),
    ("lead-short date", "A bridge over the Harl river that had carried traffic for ninety years collapsed on Tuesday, sending two cars into the water and cutting the main road to the coast, officials said.", "The Harl river bridge collapsed on Monday.", "date", C),
    ("lead-short date agree", "A bridge over the Harl river that had carried traffic for ninety years collapsed on Tuesday, sending two cars into the water and cutting the main road to the coast, officials said.", "The Harl river bridge collapsed on Tuesday.", "date", A),
    # --- days of different acts in like frames (no conflict) --------------------------------------
    ("other act date", "The fire at the Varn chemical plant broke out on Monday.", "A suspect in the Varn chemical plant fire was arrested on Wednesday.", "date", A),
    ("other act date", "The Harlow bridge collapsed on Tuesday.", "The Harlow bridge inquiry opened on Friday.", "date", A),
    ("other act date", "The storm hit the Dalmore coast on Sunday.", "Power was restored on the Dalmore coast on Tuesday.", "date", A),
    ("other act date", "The Orrin bombing suspect was arrested on Monday.", "The Orrin bombing suspect was charged on Tuesday.", "date", A),
    ("other act date", "The Sarvo mayor was kidnapped on Friday.", "The Sarvo mayor was freed on Monday.", "date", A),
    ("statement date", "The Halden minister resigned on Monday.", "The Halden government announced the minister's successor on Tuesday.", "date", A),
    ("plan-done date", "The Marden steelworks strike will end on Friday.", "The Marden steelworks strike began on Monday.", "date", A),
]


def half(row: tuple) -> str:
    """The row's half, by a stable hash of its two articles: "fix" or "held"."""
    return "fix" if hashlib.sha256((row[1] + "|" + row[2]).encode()).digest()[0] % 2 == 0 else "held"


def _article(article_id: str, text: str, source: str) -> Article:
    return Article(id=article_id, source=source, title="", text=text, sentences=segment(article_id, text), date=DATE)


def found(a: str, b: str, kind: str) -> list:
    """The conflicts of ``kind`` the finder reports between the two outlets' articles."""
    from rashomon.backends.embedders import get_embedder
    from rashomon.comparison.align import align_claims
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts import find_conflicts

    articles = [_article("a1", a, "Outlet A"), _article("a2", b, "Outlet B")]
    claims = extract_claims(articles)
    return [c for c in find_conflicts(claims, align_claims(claims, get_embedder("tfidf")), (), articles) if c.kind == kind]


# Known gaps: (class, outlet A's article) -> why the finder misses it
_TWO_ACTS = ("two acts of one story, each told with its own verb, in sentences aligned as one proposition: "
             "setting unrelated verbs apart cost true conflicts on stories-dev, -fresh2 .. -fresh8 (pairs17)")
_UNREAD = "the two verbs of one act are neither one act key nor one tally"
GAPS: dict[tuple[str, str], str] = {
    ("verb synonyms", "Authorities evacuated 3,000 residents from the Belvik floodplain."): _UNREAD + " (moved out)",
    ("verb synonyms", "Police cleared 200 people from Marlow station after a bomb threat."): _UNREAD + " (cleared / ordered out)",
    ("relative clause number", "Rescuers reached the 33 miners who had been trapped in the Pellow mine."):
        "a figure before its relative clause is read without the clause's verb",
    ("parenthesis", "The strike cost the airline Norvia 40 million euros ($43 million)."):
        "the converted figure in the parenthesis is taken as the side that agrees",
    ("counted synonyms", "The coast guard intercepted 14 vessels off Pella."): "vessels / boats: a hypernym, not one OEWN sense",
    ("counted synonyms", "The pile-up on the Harn motorway involved 40 cars."): "cars / vehicles: a hypernym, not one OEWN sense",
    ("different things", "The floods in Lisk damaged 800 homes."): "homes and the residents forced from their homes share the word home",
    ("different things", "The ambush near Tello killed 12 soldiers."): "soldiers / civilians are both read as people",
    ("different things", "The Arvo plant will cut 400 jobs."): "jobs cut / workers employed: one class of worker, the present verb unread",
    ("forecast-outcome", "Analysts had predicted a profit of $2 billion for Marden Steel."): "'posted' is read as a reporting verb: no outcome act",
    ("forecast-outcome", "Pollsters had put turnout at 70% in the Ardel referendum."): "'had put ... at' is no forecast verb",
    ("part-whole", "The Kessa ferry sinking killed 40 people."): "'Twelve of those killed' is read as the tally of the dead",
    ("verb-noun date", "The Vessen central bank raised rates on Thursday."): "raised / rise: no one act key",
    ("other act date", "The fire at the Varn chemical plant broke out on Monday."): _TWO_ACTS,
    ("other act date", "The Harlow bridge collapsed on Tuesday."): _TWO_ACTS,
    ("other act date", "The storm hit the Dalmore coast on Sunday."): _TWO_ACTS,
    ("other act date", "The Orrin bombing suspect was arrested on Monday."): _TWO_ACTS,
    ("other act date", "The Sarvo mayor was kidnapped on Friday."): _TWO_ACTS,
    ("statement date", "The Halden minister resigned on Monday."): _TWO_ACTS,
}


def _params():
    for row in ROWS:
        marks = [pytest.mark.xfail(reason=GAPS[row[0], row[1]], strict=True)] if (row[0], row[1]) in GAPS else []
        yield pytest.param(*row, id=f"{half(row)}-{row[0]}-{ROWS.index(row)}", marks=marks)


@pytest.mark.parametrize("cls, a, b, kind, conflict", list(_params()))
def test_two_outlets_tell_one_figure_or_day(cls, a, b, kind, conflict):
    conflicts = found(a, b, kind)
    assert bool(conflicts) is conflict, [c.explanation for c in conflicts]


if __name__ == "__main__":  # the pass rate by class and half
    import sys
    from collections import defaultdict

    only = sys.argv[1] if len(sys.argv) > 1 else ""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for i, row in enumerate(ROWS):
        h = half(row)
        if only and h != only:
            continue
        ok = bool(found(row[1], row[2], row[3])) is row[4]
        tally[row[0], h][0] += ok
        tally[row[0], h][1] += 1
        if not ok and h == "fix":
            print(f"FAIL {i} {row[0]}: {row[1]!r} / {row[2]!r} want {'conflict' if row[4] else 'none'}")
    for h in ("fix", "held"):
        rows = {c: t for (c, hh), t in tally.items() if hh == h}
        if rows:
            print(f"\n{h}: {sum(t[0] for t in rows.values())}/{sum(t[1] for t in rows.values())}")
            for c, (ok, n) in sorted(rows.items()):
                print(f"  {c:28s} {ok}/{n}")
