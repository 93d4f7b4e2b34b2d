"""A CheckList (Ribeiro et al. 2020) of how news text tells quantities, against ``find_quantities``.

Each row: a class, an invented sentence, the figure's text as read (its start), and what it should get:
value, the interval (low, high; None: not checked), qualifier, unit and the thing counted (None: not
checked). Rows the reader does not meet yet are marked ``known`` and run as expected failures.
"""

from __future__ import annotations

import math

import pytest

from rashomon.comparison.claims.numbers import compatible, find_quantities

INF = math.inf

# class, sentence, figure text starts with, value, (low, high) or None, qualifier, unit, counted, known
ROWS = [
    # qualifiers
    ("qualifier", "Up to 300 workers may lose their jobs.", "300", 300, (150, 300), "up to", "", "workers", False),
    ("qualifier", "More than 40 people were hurt.", "40", 40, (40, INF), "more than", "", "people", False),
    ("qualifier", "Nearly 50 homes were flooded.", "50", 50, (42.5, 50), "nearly", "", "homes", False),
    ("qualifier", "At least 12 soldiers died.", "12", 12, (12, INF), "at least", "", "soldiers", False),
    ("qualifier", "Almost 200 flights were cancelled.", "200", 200, (170, 200), "almost", "", "flights", False),
    ("qualifier", "Roughly 80 trucks crossed the border.", "80", 80, (68, 92), "roughly", "", "trucks", False),
    ("qualifier", "Fewer than 30 voters turned up.", "30", 30, (0, 30), "fewer than", "", "voters", False),
    ("qualifier", "Some 5,000 fans filled the square.", "5,000", 5000, (4250, 5750), "some", "", "fans", False),
    ("qualifier", "An estimated 700 migrants were on board.", "700", 700, (560, 840), "an estimated", "", "migrants", False),
    ("qualifier", "No fewer than 15 ministers resigned.", "15", 15, (15, INF), "no fewer than", "", "ministers", False),
    ("qualifier", "Just over 60 schools closed.", "60", 60, (60, 69), "just over", "", "schools", False),
    ("qualifier", "Well over 100 cars burned.", "100", 100, (100, INF), "well over", "", "cars", False),
    ("qualifier", "Close to 90 villages lost power.", "90", 90, (76.5, 94.5), "close to", "", "villages", False),
    ("qualifier", "About 2,500 troops were deployed.", "2,500", 2500, (2125, 2875), "about", "", "troops", False),
    ("qualifier", "Some 40 or so protesters were detained.", "40", 40, (34, 46), "some", "", "protesters", True),
    ("qualifier", "Over 1,000 people signed the petition.", "1,000", 1000, (1000, INF), "over", "", "people", False),
    ("qualifier", "As many as 70 people may have drowned.", "70", 70, (35, 70), "as many as", "", "people", False),
    ("qualifier", "Around 3 million households were affected.", "3 million", 3e6, (2.55e6, 3.45e6), "around", "", "households", False),
    # ranges
    ("range", "Between 40 and 50 people were arrested.", "40", 40, (40, 50), "", "", "people", False),
    ("range", "Police said 40-50 people were arrested.", "40", 40, (40, 50), "", "", "people", False),
    ("range", "Police said 40 to 50 people were arrested.", "40", 40, (40, 50), "", "", "people", False),
    ("range", "Officials counted 200 to 300 tents.", "200", 200, (200, 300), "", "", "tents", False),
    ("range", "The toll rose from 200 to 300 people.", "200", 200, (200, 200), "", "", None, False),
    ("range", "Officials expect 3 to 4 million visitors.", "3", 3e6, (3e6, 4e6), "", "", "visitors", False),
    ("range", "The fair runs on 3-4 December.", "3", None, None, "", "", None, False),
    ("score", "The visitors suffered a 1-3 defeat.", "1-3", 3001, (3001, 3001), "", "score", None, False),
    ("range", "The storm left 10,000-12,000 homes without power.", "10,000", 10000, (10000, 12000), "", "", "homes", False),
    ("range", "Prices rose by 3 to 4 percent.", "3", 3, (3, 4), "", "%", None, False),
    # number words and phrases
    ("words", "Dozens of shops were looted.", "Dozens", 24, (24, 99), "", "", "shops", False),
    ("words", "Two dozen students were injured.", "Two dozen", 24, (24, 24), "", "", "students", False),
    ("words", "Half a million people fled.", "Half a million", 5e5, (5e5, 5e5), "", "", "people", False),
    ("words", "A dozen boats sank.", "A dozen", 12, (12, 12), "", "", "boats", False),
    ("words", "Twenty-three miners were rescued.", "Twenty-three", 23, (23, 23), "", "", "miners", False),
    ("words", "One hundred and fifty guests attended.", "One hundred and fifty", 150, (150, 150), "", "", "guests", False),
    ("words", "Hundreds of thousands of people marched.", "Hundreds of thousands", 2e5, (2e5, 999_999), "", "", "people", False),
    ("words", "Thousands of residents were evacuated.", "Thousands", 2000, (2000, 99_999), "", "", "residents", False),
    ("words", "Tens of thousands of fans celebrated.", "Tens of thousands", 2e4, (2e4, 99_999), "", "", "fans", False),
    ("words", "A few hundred pilgrims arrived.", "A few hundred", 200, (200, 900), "", "", "pilgrims", False),
    ("words", "A handful of reporters stayed.", "A handful", 1, (1, 12), "", "", "reporters", False),
    ("words", "Several thousand soldiers massed at the border.", "Several thousand", 2000, (2000, 9000), "", "", "soldiers", False),
    ("words", "Millions of viewers watched the final.", "Millions", 2e6, None, "", "", "viewers", False),
    ("words", "A third of a million tickets were sold.", "A third of a million", 333_333, None, "", "", "tickets", False),
    ("words", "Half a dozen ambulances arrived.", "Half a dozen", 6, (6, 6), "", "", "ambulances", False),
    ("words", "Scores of protesters gathered.", "Scores", 40, (40, 99), "", "", "protesters", False),
    # suffixes and digit groups
    ("digits", "The firm raised $2.3bn last year.", "2.3bn", 2.3e9, (2.3e9, 2.3e9), "", "USD", None, False),
    ("digits", "The fund holds 2.3 billion dollars.", "2.3 billion", 2.3e9, (2.3e9, 2.3e9), "", "USD", None, False),
    ("digits", "The deal was worth 2.3 billion of dollars.", "2.3 billion", 2.3e9, (2.3e9, 2.3e9), "", "USD", None, False),
    ("digits", "The city has 1.2m inhabitants.", "1.2m", 1.2e6, (1.2e6, 1.2e6), "", "", "inhabitants", False),
    ("digits", "The club sold 3,400 shirts.", "3,400", 3400, (3400, 3400), "", "", "shirts", False),
    ("digits", "The video drew 3.4k views.", "3.4k", 3400, (3400, 3400), "", "", "views", False),
    ("digits", "The bill came to €4.5 million.", "4.5 million", 4.5e6, (4.5e6, 4.5e6), "", "EUR", None, False),
    ("digits", "The club paid £80m for the striker.", "80m", 8e7, (8e7, 8e7), "", "GBP", None, False),
    ("digits", "The project cost 3.2 billion euros.", "3.2 billion", 3.2e9, (3.2e9, 3.2e9), "", "EUR", None, False),
    ("digits", "The army sent 12,500 troops.", "12,500", 12500, (12500, 12500), "", "", "troops", False),
    ("digits", "The bank lent US$1.5 billion.", "1.5 billion", 1.5e9, (1.5e9, 1.5e9), "", "USD", None, False),
    ("digits", "A ransom of $5m was paid.", "5m", 5e6, (5e6, 5e6), "", "USD", None, False),
    # percent, percentage points, basis points, shares
    ("percent", "Unemployment fell to 4.2%.", "4.2", 4.2, (4.2, 4.2), "", "%", None, False),
    ("percent", "Inflation was 3 per cent in May.", "3", 3, (3, 3), "", "%", None, False),
    ("percent", "The rate rose by 0.5 percentage points.", "0.5", 0.5, (0.5, 0.5), "", "pp", None, False),
    ("percent", "The bank raised rates by 25 basis points.", "25", 25, (25, 25), "", "bp", None, False),
    ("percent", "The bank raised rates by a quarter of a percentage point.", "a quarter", 0.25, (0.25, 0.25), "", "pp", None, False),
    ("percent", "The bank cut its rate by half a point.", "half a point", 0.5, (0.5, 0.5), "", "pp", None, False),
    ("percent", "One in five adults smokes.", "One in five", 20, (17, 23), "", "%", "adults", False),
    ("percent", "A third of the staff were laid off.", "A third", 33.33, None, "", "%", "staff", False),
    ("percent", "Two-thirds of voters backed the plan.", "Two-thirds", 66.67, None, "", "%", "voters", False),
    ("percent", "A quarter of the budget goes to defence.", "A quarter", 25, None, "", "%", "budget", False),
    ("percent", "Half of the respondents disagreed.", "Half", 50, (42.5, 57.5), "", "%", "respondents", False),
    ("percent", "It took a day and a half of talks.", "a half", None, None, "", "", None, False),
    ("percent", "Nearly 60 percent of the ballots were counted.", "60", 60, (51, 60), "nearly", "%", "ballots", False),
    # the counted thing
    ("counted", "She won 47% of the vote.", "47", 47, (47, 47), "", "%", "vote", False),
    ("counted", "Turnout of 47% was the lowest in decades.", "47", 47, (47, 47), "", "%", "turnout", True),
    ("counted", "Turnout was 47%.", "47", 47, (47, 47), "", "%", "turnout", True),
    ("counted", "Four Darvandi diplomats were expelled.", "Four", 4, (4, 4), "", "", "diplomats", False),
    ("counted", "Nine of the injured were children.", "Nine", 9, (9, 9), "", "", "injured", False),
    ("counted", "The 12 worst-hit villages were cut off.", "12", 12, (12, 12), "", "", "worst-hit", False),
    ("counted", "Fourteen fire engines rushed to the scene.", "Fourteen", 14, (14, 14), "", "", "engines", False),
    # scores
    ("score", "City won the final 5-2.", "5-2", 5002, (5002, 5002), "", "score", None, False),
    ("score", "The home side lost 2-1 to the visitors.", "2-1", 2001, (2001, 2001), "", "score", None, False),
    # multiplicatives
    ("multiple", "Sales doubled last year.", "doubled", 2, (2, 2), "", "x", None, False),
    ("multiple", "The number of cases tripled in a month.", "tripled", 3, (3, 3), "", "x", None, False),
    ("multiple", "The fleet was halved within a year.", "halved", 0.5, (0.5, 0.5), "", "x", None, False),
    ("multiple", "Exports grew fourfold.", "fourfold", 4, (4, 4), "", "x", None, False),
]


def _reading(sentence: str, figure: str):
    for q in find_quantities(sentence):
        if sentence[q.start :].lower().startswith(figure.lower()):
            return q
    return None


def _check(row) -> list[str]:
    _, sentence, figure, value, interval, qualifier, unit, counted, _ = row
    q = _reading(sentence, figure)
    if value is None:  # no figure here
        return [] if q is None else [f"read {q.text!r} as {q.value}"]
    if q is None:
        return [f"no figure at {figure!r}: {[(x.text, x.value) for x in find_quantities(sentence)]}"]
    wrong = []
    if not math.isclose(q.value, value, rel_tol=1e-3):
        wrong.append(f"value {q.value} != {value}")
    if interval is not None:
        lo, hi = interval
        if not (math.isclose(q.low, lo, rel_tol=1e-3, abs_tol=1e-3) and (q.high == hi or math.isclose(q.high, hi, rel_tol=1e-3, abs_tol=1e-3))):
            wrong.append(f"interval {(q.low, q.high)} != {interval}")
    if q.qualifier != qualifier:
        wrong.append(f"qualifier {q.qualifier!r} != {qualifier!r}")
    if q.unit != unit:
        wrong.append(f"unit {q.unit!r} != {unit!r}")
    if counted is not None and q.counted != counted:
        wrong.append(f"counted {q.counted!r} != {counted!r}")
    return wrong


@pytest.mark.parametrize("row", [pytest.param(r, id=f"{r[0]}:{r[1][:40]}", marks=pytest.mark.xfail(strict=True) if r[-1] else ()) for r in ROWS])
def test_checklist_row(row):
    assert _check(row) == []


# compatibility: (sentence a, figure a, sentence b, figure b, whether they can state the same figure)
PAIRS = [
    ("Nearly 50 people died.", "50", "47 people died.", "47", True),
    ("Two dozen people died.", "Two dozen", "30 people died.", "30", False),
    ("At least 212 people died.", "212", "188 people died.", "188", False),
    ("More than 40 people were hurt.", "40", "45 people were hurt.", "45", True),
    ("Up to 300 workers may go.", "300", "250 workers may go.", "250", True),
    ("Fewer than 30 voters came.", "30", "35 voters came.", "35", False),
    ("Between 40 and 50 people were held.", "40", "45 people were held.", "45", True),
    ("Between 40 and 50 people were held.", "40", "60 people were held.", "60", False),
    ("Dozens of shops were looted.", "Dozens", "40 shops were looted.", "40", True),
    ("Hundreds of homes burned.", "Hundreds", "12 homes burned.", "12", False),
    ("About 2,500 troops were sent.", "2,500", "2,400 troops were sent.", "2,400", True),
    ("The firm raised $2.3bn.", "2.3bn", "The firm raised 2.3 billion dollars.", "2.3 billion", True),
    ("Almost 200 flights were cancelled.", "200", "210 flights were cancelled.", "210", False),
    ("Half a million people fled.", "Half a million", "500,000 people fled.", "500,000", True),
    ("Rates rose by a quarter of a percentage point.", "a quarter", "Rates rose by 50 basis points.", "50", False),
    ("Rates rose by a quarter of a percentage point.", "a quarter", "Rates rose by 25 basis points.", "25", True),
    ("One in five adults smokes.", "One in five", "20% of adults smoke.", "20", True),
]


@pytest.mark.parametrize("a, fa, b, fb, same", PAIRS)
def test_checklist_compatible(a, fa, b, fb, same):
    qa, qb = _reading(a, fa), _reading(b, fb)
    assert qa is not None and qb is not None
    assert compatible(qa, qb) is same


if __name__ == "__main__":  # the pass rate by class
    from collections import Counter

    total, passed = Counter(), Counter()
    for row in ROWS:
        total[row[0]] += 1
        wrong = _check(row)
        passed[row[0]] += not wrong
        if wrong:
            print(f"FAIL {row[0]:9} {row[1]!r}: {'; '.join(wrong)}")
    for row in PAIRS:
        total["compatible"] += 1
        qa, qb = _reading(row[0], row[1]), _reading(row[2], row[3])
        ok = qa is not None and qb is not None and compatible(qa, qb) is row[4]
        passed["compatible"] += ok
        if not ok:
            print(f"FAIL compat    {row[0]!r} / {row[2]!r}: {qa and (qa.low, qa.high, qa.unit)} {qb and (qb.low, qb.high, qb.unit)}")
    for cls in total:
        print(f"{cls:10} {passed[cls]}/{total[cls]}")
    print(f"{'all':10} {sum(passed.values())}/{sum(total.values())}")
