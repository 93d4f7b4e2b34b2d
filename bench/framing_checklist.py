"""A CheckList (Ribeiro et al. 2020) of framing devices, each an invented sentence pair:
a loaded telling (the target span must get a framing cue) and a neutral telling of the same fact
(must get none), plus wire-style neutral sentences (must get none) and loaded words inside an
attributed direct quotation (the speaker's words: must get no outlet cue).

Items alternate between a fixing half and a held-out half within each class; the held-out half
is reported as totals only (``--misses`` lists the fixing half alone).

usage: python bench/framing_checklist.py [--misses]

Writes ``bench/results/framing_checklist.{json,md}`` (without ``--misses``).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_result  # noqa: E402

import rashomon  # noqa: E402
from rashomon.model import Document  # noqa: E402

OUTLET = ("loaded", "naming", "scare_quote", "hedge")

# (class, loaded telling, target span, neutral telling)
PAIRS: list[tuple[str, str, str, str]] = [
    # loaded verbs of saying used to cast doubt
    ("saying", "The mayor admitted that the bridge repairs would cost more.", "admitted", "The mayor said that the bridge repairs would cost more."),
    ("saying", "The company conceded that sales fell in the third quarter.", "conceded", "The company said that sales fell in the third quarter."),
    ("saying", "The senator claimed the bill would create thousands of jobs.", "claimed", "The senator said the bill would create thousands of jobs."),
    ("saying", "The coach insisted that his players had done nothing wrong.", "insisted", "The coach said that his players had done nothing wrong."),
    ("saying", "The opposition leader slammed the new tax on fuel.", "slammed", "The opposition leader criticised the new tax on fuel."),
    ("saying", "Union officials blasted the plan to close the depot.", "blasted", "Union officials opposed the plan to close the depot."),
    ("saying", "The minister lashed out at reporters after the hearing.", "lashed out", "The minister spoke to reporters after the hearing."),
    ("saying", "The governor boasted that crime had fallen in the state.", "boasted", "The governor said that crime had fallen in the state."),
    ("saying", "The chairman grumbled that the rules were too strict.", "grumbled", "The chairman said that the rules were too strict."),
    ("saying", "The mayor whined about the cost of the inquiry.", "whined", "The mayor spoke about the cost of the inquiry."),
    ("saying", "The spokesman ranted about the delays at the port.", "ranted", "The spokesman spoke about the delays at the port."),
    ("saying", "The director bragged that the film had sold out.", "bragged", "The director said that the film had sold out."),
    ("saying", "The president fumed over the court ruling.", "fumed", "The president responded to the court ruling."),
    ("saying", "The candidate sneered at the polls on Tuesday.", "sneered", "The candidate commented on the polls on Tuesday."),
    ("saying", "The official grudgingly acknowledged the error.", "grudgingly", "The official acknowledged the error."),
    ("saying", "The lawyer scoffed at the charges against his client.", "scoffed", "The lawyer rejected the charges against his client."),
    ("saying", "The treasurer trumpeted the budget surplus.", "trumpeted", "The treasurer announced the budget surplus."),
    ("saying", "The manager moaned that staff were leaving.", "moaned", "The manager said that staff were leaving."),
    ("saying", "The activists railed against the new pipeline.", "railed", "The activists protested against the new pipeline."),
    ("saying", "The minister bleated about unfair coverage.", "bleated", "The minister complained about the coverage."),
    # presupposing verbs
    ("presupposing", "The report revealed that the council spent the money on travel.", "revealed", "The report said that the council spent the money on travel."),
    ("presupposing", "The documents exposed the firm's payments to the agency.", "exposed", "The documents showed the firm's payments to the agency."),
    ("presupposing", "The driver confessed that he had been speeding.", "confessed", "The driver said that he had been speeding."),
    ("presupposing", "The audit laid bare the hospital's debts.", "laid bare", "The audit listed the hospital's debts."),
    ("presupposing", "Emails unmasked the advisers behind the campaign.", "unmasked", "Emails named the advisers behind the campaign."),
    ("presupposing", "The inquiry uncovered a pattern of late payments.", "uncovered", "The inquiry found a pattern of late payments."),
    ("presupposing", "The review debunked the claims about the vaccine.", "debunked", "The review examined the claims about the vaccine."),
    ("presupposing", "The leaked memo betrayed the minister's real plans.", "betrayed", "The leaked memo described the minister's plans."),
    ("presupposing", "The data proved that the policy had failed.", "proved", "The data suggested that the policy had not met its goals."),
    ("presupposing", "The hearing laid out the damning evidence against the firm.", "damning", "The hearing laid out the evidence against the firm."),
    # intensifiers and hyperbole
    ("intensifier", "The plan was an utterly unworkable proposal.", "utterly", "The plan was a proposal that critics called unworkable."),
    ("intensifier", "The company reported a staggering loss of 4 billion dollars.", "staggering", "The company reported a loss of 4 billion dollars."),
    ("intensifier", "The ministry took the unprecedented step of closing the schools.", "unprecedented", "The ministry closed the schools."),
    ("intensifier", "A massive crowd gathered outside the court.", "massive", "A crowd of about 2,000 gathered outside the court."),
    ("intensifier", "The storm caused catastrophic damage along the coast.", "catastrophic", "The storm caused damage along the coast."),
    ("intensifier", "Prices rose at an astonishing rate last year.", "astonishing", "Prices rose by 9 percent last year."),
    ("intensifier", "The bank faces a colossal bill for the fines.", "colossal", "The bank faces a bill of 2 billion euros for the fines."),
    ("intensifier", "The team suffered a humiliating defeat on Sunday.", "humiliating", "The team lost 5-0 on Sunday."),
    ("intensifier", "The minister made a truly shocking decision.", "shocking", "The minister made the decision on Friday."),
    ("intensifier", "Turnout was absolutely dismal in the northern districts.", "dismal", "Turnout was 31 percent in the northern districts."),
    ("intensifier", "The project was a monumental waste of public money.", "monumental", "The project cost 40 million dollars of public money."),
    ("intensifier", "Rents have soared to eye-watering levels.", "eye-watering", "Rents have risen by 12 percent."),
    ("intensifier", "The airline faces a mammoth task to rebuild trust.", "mammoth", "The airline plans to review its safety procedures."),
    ("intensifier", "The flood was an apocalyptic event for the town.", "apocalyptic", "The flood damaged 300 homes in the town."),
    ("intensifier", "The company posted a whopping increase in profit.", "whopping", "The company posted a 40 percent increase in profit."),
    ("intensifier", "The talks ended in a spectacular collapse.", "spectacular", "The talks ended without an agreement."),
    ("intensifier", "Officials face a gargantuan backlog of cases.", "gargantuan", "Officials face a backlog of 80,000 cases."),
    ("intensifier", "The vote was a crushing blow to the government.", "crushing", "The government lost the vote by 40 seats."),
    # labels for groups
    ("label", "Thugs smashed shop windows in the city centre.", "Thugs", "Protesters smashed shop windows in the city centre."),
    ("label", "Religious zealots blocked the road to the clinic.", "zealots", "Religious protesters blocked the road to the clinic."),
    ("label", "The regime announced new elections for March.", "regime", "The government announced new elections for March."),
    ("label", "The president handed contracts to his cronies.", "cronies", "The president handed contracts to his associates."),
    ("label", "A mob gathered outside the parliament building.", "mob", "A crowd gathered outside the parliament building."),
    ("label", "Hooligans attacked a bus after the match.", "Hooligans", "Fans attacked a bus after the match."),
    ("label", "The junta closed the borders on Tuesday.", "junta", "The military government closed the borders on Tuesday."),
    ("label", "Fanatics set fire to the embassy gate.", "Fanatics", "Demonstrators set fire to the embassy gate."),
    ("label", "The minister's henchmen threatened the reporter.", "henchmen", "The minister's aides threatened the reporter."),
    ("label", "Looters emptied the shops on the main street.", "Looters", "People took goods from the shops on the main street."),
    ("label", "Extremists marched through the capital.", "Extremists", "Members of the group marched through the capital."),
    ("label", "Militants seized the airport.", "Militants", "Armed men seized the airport."),
    ("label", "Bureaucrats in the capital rejected the request.", "Bureaucrats", "Officials in the capital rejected the request."),
    ("label", "A gang of rioters burned cars overnight.", "rioters", "A group of people burned cars overnight."),
    ("label", "The party's apparatchiks approved the list of candidates.", "apparatchiks", "The party's officials approved the list of candidates."),
    ("label", "Agitators handed out leaflets at the factory.", "Agitators", "Activists handed out leaflets at the factory."),
    ("label", "Goons from the ruling party beat a voter.", "Goons", "Supporters of the ruling party beat a voter."),
    ("label", "The clique around the prince controls the budget.", "clique", "The advisers around the prince control the budget."),
    ("label", "Insurgents ambushed the convoy.", "Insurgents", "Gunmen ambushed the convoy."),
    ("label", "Freeloaders crowded the new shelter.", "Freeloaders", "Residents crowded the new shelter."),
    # euphemisms
    ("euphemism", "The air strike caused collateral damage in the village.", "collateral damage", "The air strike killed 12 civilians in the village."),
    ("euphemism", "The prisoners were subjected to enhanced interrogation.", "enhanced interrogation", "The prisoners were tortured, the report said."),
    ("euphemism", "Soldiers neutralised two suspects at the checkpoint.", "neutralised", "Soldiers killed two suspects at the checkpoint."),
    ("euphemism", "The firm announced a rightsizing of its workforce.", "rightsizing", "The firm announced it would cut 400 jobs."),
    ("euphemism", "The company will let go of 300 workers.", "let go", "The company will dismiss 300 workers."),
    ("euphemism", "The patient passed away on Sunday.", "passed away", "The patient died on Sunday."),
    ("euphemism", "The army carried out a pacification campaign in the hills.", "pacification", "The army carried out a military campaign in the hills."),
    ("euphemism", "The minister was economical with the truth.", "economical with the truth", "The minister's statement was inaccurate."),
    ("euphemism", "The agency conducted a targeted killing near the border.", "targeted killing", "The agency killed a man near the border."),
    ("euphemism", "Troops took part in a friendly fire incident.", "friendly fire", "Troops were shot by their own side."),
    ("euphemism", "The government announced revenue enhancement measures.", "revenue enhancement", "The government announced tax increases."),
    ("euphemism", "The villagers were relocated under a population transfer plan.", "population transfer", "The villagers were moved under a government plan."),
    ("euphemism", "The bank said it would undergo a restructuring of its branches.", "restructuring", "The bank said it would close 60 branches."),
    ("euphemism", "The suspect was taken out by a sniper.", "taken out", "The suspect was shot dead by a sniper."),
    ("euphemism", "Police used a less-lethal weapon to disperse the crowd.", "less-lethal", "Police used rubber bullets to disperse the crowd."),
    ("euphemism", "The camp was described as a re-education facility.", "re-education", "The camp held 2,000 detainees."),
    # epithets before a name
    ("epithet", "The disgraced former minister John Hale spoke on Monday.", "disgraced", "The former minister John Hale spoke on Monday."),
    ("epithet", "The embattled chief executive Mara Kent resigned.", "embattled", "The chief executive Mara Kent resigned."),
    ("epithet", "The notorious businessman Ivan Petrov bought the club.", "notorious", "The businessman Ivan Petrov bought the club."),
    ("epithet", "The firebrand cleric Omar Said led the prayers.", "firebrand", "The cleric Omar Said led the prayers."),
    ("epithet", "The hardline leader Karl Brandt rejected the offer.", "hardline", "The leader Karl Brandt rejected the offer."),
    ("epithet", "The controversial mayor Tom Reed opened the bridge.", "controversial", "The mayor Tom Reed opened the bridge."),
    ("epithet", "The beleaguered prime minister Anna Lind called an election.", "beleaguered", "The prime minister Anna Lind called an election."),
    ("epithet", "The shamed banker Paul Grey was fined.", "shamed", "The banker Paul Grey was fined."),
    ("epithet", "The scandal-hit minister David Orr resigned.", "scandal-hit", "The minister David Orr resigned."),
    ("epithet", "The maverick senator Lisa Crane voted against the bill.", "maverick", "The senator Lisa Crane voted against the bill."),
    ("epithet", "The strongman president Alexei Voron won a fifth term.", "strongman", "The president Alexei Voron won a fifth term."),
    ("epithet", "The loudmouth presenter Jake Moss was suspended.", "loudmouth", "The presenter Jake Moss was suspended."),
    ("epithet", "The tainted tycoon Sam Ruiz left the country.", "tainted", "The businessman Sam Ruiz left the country."),
    ("epithet", "The hapless coach Ben Ford was sacked.", "hapless", "The coach Ben Ford was dismissed."),
    ("epithet", "The fugitive financier Leo Marsh was arrested in Spain.", "fugitive", "The financier Leo Marsh was arrested in Spain."),
    ("epithet", "The publicity-hungry lawyer Nina Cole filed the suit.", "publicity-hungry", "The lawyer Nina Cole filed the suit."),
    # scare quotes
    ("scare_quote", "The so-called reform will cut pensions.", "so-called", "The reform will cut pensions."),
    ("scare_quote", "The government called it a \"temporary\" measure.", "\"temporary\"", "The government called it a temporary measure."),
    ("scare_quote", "The \"experts\" on the panel disagreed.", "\"experts\"", "The experts on the panel disagreed."),
    ("scare_quote", "The firm's \"charity\" raised little money.", "\"charity\"", "The firm's charity raised little money."),
    ("scare_quote", "Residents were offered \"compensation\" of 50 dollars.", "\"compensation\"", "Residents were offered compensation of 50 dollars."),
    ("scare_quote", "The \"election\" was held on Sunday.", "\"election\"", "The election was held on Sunday."),
    ("scare_quote", "The group's \"peaceful\" protest ended in arrests.", "\"peaceful\"", "The group's protest ended in arrests."),
    ("scare_quote", "The self-styled expert gave evidence.", "self-styled", "The expert gave evidence."),
    ("scare_quote", "The \"independent\" review was paid for by the company.", "\"independent\"", "The review was paid for by the company."),
    ("scare_quote", "The \"investigation\" lasted two days.", "\"investigation\"", "The investigation lasted two days."),
    ("scare_quote", "The supposed expert on the panel had no degree.", "supposed", "The panel member had no degree."),
    ("scare_quote", "The ministry described the camps as \"schools\".", "\"schools\"", "The ministry described the camps as schools."),
    ("scare_quote", "The \"volunteers\" were paid by the party.", "\"volunteers\"", "The volunteers were paid by the party."),
    ("scare_quote", "The would-be reformer promised change.", "would-be", "The candidate promised change."),
    # hedges
    ("hedge", "The minister allegedly took bribes from the firm.", "allegedly", "The minister is charged with taking bribes from the firm."),
    ("hedge", "The president reportedly plans to resign.", "reportedly", "The president plans to resign, his office said."),
    ("hedge", "It is believed that the gunman acted alone.", "It is believed", "Police said the gunman acted alone."),
    ("hedge", "The company supposedly paid no tax last year.", "supposedly", "The company paid no tax last year, its filing shows."),
    ("hedge", "The leader is said to be in poor health.", "is said to", "The leader is in hospital, his office said."),
    ("hedge", "The spy purportedly passed secrets to a rival.", "purportedly", "The spy passed secrets to a rival, prosecutors said."),
    ("hedge", "The singer apparently cancelled the tour.", "apparently", "The singer cancelled the tour, her agent said."),
    ("hedge", "It is understood that the talks will resume.", "It is understood", "The talks will resume on Monday, both sides said."),
    ("hedge", "The general is rumoured to be planning a coup.", "rumoured", "The general was dismissed on Monday."),
    ("hedge", "Some say the plan will fail.", "Some say", "Three economists said the plan would fail."),
    ("hedge", "The prince is thought to have left the country.", "is thought to", "The prince left the country, his office said."),
    ("hedge", "Critics argue the law is unfair.", "Critics argue", "The opposition party said the law is unfair."),
    ("hedge", "The virus may have been spreading for weeks.", "may have been", "The virus was first found on March 3."),
    ("hedge", "Sources claim the deal is close.", "Sources claim", "Both companies said the deal is close."),
]

# the speaker's words inside an attributed direct quotation: no outlet cue on the target
QUOTED: list[tuple[str, str]] = [
    ("\"These thugs must be stopped,\" the police chief said.", "thugs"),
    ("\"The regime is collapsing,\" said the opposition leader.", "regime"),
    ("\"It was a staggering failure,\" the senator told reporters.", "staggering"),
    ("\"My opponent's cronies run the city,\" the candidate said on Monday.", "cronies"),
    ("The minister said: \"This is an utterly disgraceful decision.\"", "utterly"),
    ("\"They are fanatics and liars,\" the spokesman said.", "fanatics"),
    ("\"We were slammed by the storm,\" the farmer said.", "slammed"),
    ("\"The junta must go,\" the protest leader said.", "junta"),
    ("\"It is a massive scandal,\" the lawyer said after the hearing.", "massive"),
    ("\"These zealots will not win,\" the mayor said.", "zealots"),
    ("\"The plan is a monumental blunder,\" the economist said.", "monumental"),
    ("\"Those hooligans ruined the match,\" the club's manager said.", "hooligans"),
    ("\"The so-called experts got it wrong,\" the minister said.", "so-called"),
    ("\"He is a disgraced man,\" the prosecutor told the court.", "disgraced"),
]

# wire copy: no framing cue at all
WIRE: list[str] = [
    "The central bank raised its main interest rate by a quarter point on Thursday.",
    "Police said 14 people were arrested after the match.",
    "The company said it would cut 200 jobs at its plant in Ohio.",
    "The prime minister will travel to Berlin on Monday, his office said.",
    "Shares in the group fell 3 percent in early trading.",
    "The court adjourned the hearing until next week.",
    "Rescue workers searched the rubble for survivors on Saturday.",
    "The ministry said the vaccine would be available from May.",
    "Voters in the region will elect a new governor in October.",
    "The storm is expected to reach the coast late on Friday.",
    "The union said its members voted to accept the pay offer.",
    "The minister declined to comment on the report.",
    "The talks ended without agreement, both delegations said.",
    "The fire was brought under control by early morning, officials said.",
    "The airline cancelled 40 flights because of the strike.",
    "A spokesman for the army said two soldiers were wounded.",
    "The government will publish the budget on Wednesday.",
    "The president signed the bill into law on Tuesday.",
    "The price of oil rose to 82 dollars a barrel.",
    "The museum will reopen to the public in June.",
    "The suspect was charged with theft and will appear in court on Friday.",
    "Inflation slowed to 2.4 percent in September, the statistics office said.",
    "The two leaders discussed trade and security during the meeting.",
    "Opposition parties called for an inquiry into the contract.",
    "The report found that waiting times had risen in most hospitals.",
    "The earthquake had a magnitude of 6.1, the geological survey said.",
    "Firefighters rescued three people from the building.",
    "The committee will vote on the proposal next month.",
    "The bank reported a net profit of 1.2 billion euros for the quarter.",
    "The school was closed for the day as a precaution.",
    "The police chief told reporters the investigation was continuing.",
    "The government said it had no plans to raise taxes.",
    "The defence lawyer said his client would appeal.",
    "Aid agencies said food supplies were running low in the camp.",
]


def _split(items):
    return [(i % 2 == 0, it) for i, it in enumerate(items)]


def main(argv: list[str]) -> None:
    show = "--misses" in argv
    pairs_by_class: dict[str, list] = defaultdict(list)
    for item in PAIRS:
        pairs_by_class[item[0]].append(item)
    rows = []  # (role, class, half_fix, text, target)
    for cls, items in pairs_by_class.items():
        for fix, (_, loaded, target, neutral) in _split(items):
            rows.append(("loaded", cls, fix, loaded, target))
            rows.append(("paired", cls, fix, neutral, None))
    for fix, (text, target) in _split(QUOTED):
        rows.append(("quoted", "quoted", fix, text, target))
    for fix, text in _split(WIRE):
        rows.append(("wire", "wire", fix, text, None))
    docs = [Document(text=r[3], title="", origin=f"c{i}") for i, r in enumerate(rows)]
    result = rashomon.inspect(docs).to_dict()
    tally: dict[tuple[str, str, bool], list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for row, art in zip(rows, result["articles"]):
        role, cls, fix, text, target = row
        cues = [c for c in art["framing"] if c["kind"] in OUTLET]
        if role in ("loaded", "quoted"):
            s = text.find(target)
            e = s + len(target)
            on = [c for c in cues if c["start"] < e and c["end"] > s]
            ok = bool(on) if role == "loaded" else not on
        else:
            ok = not cues
        key = ("loaded" if role == "loaded" else ("quoted" if role == "quoted" else "neutral"), cls, fix)
        tally[key][0] += ok
        tally[key][1] += 1
        if not ok and fix and show:
            misses.append((role, cls, text, target, [(c["kind"], c["text"]) for c in cues]))
    print(f"{'measure':<28}{'fixing half':>14}{'held-out half':>16}")
    measures: dict[str, dict[str, list[int]]] = {}

    def line(name, keys):
        out = []
        for fix in (True, False):
            got = sum(tally[k][0] for k in keys if k[2] == fix)
            n = sum(tally[k][1] for k in keys if k[2] == fix)
            out.append([got, n])
        measures[name] = {"fixing": out[0], "held_out": out[1]}
        print(f"{name:<28}{'/'.join(map(str, out[0])):>14}{'/'.join(map(str, out[1])):>16}")
    classes = list(pairs_by_class)
    for cls in classes:
        line(f"recall {cls}", [k for k in tally if k[0] == "loaded" and k[1] == cls])
    line("recall all classes", [k for k in tally if k[0] == "loaded"])
    line("quoted: no outlet cue", [k for k in tally if k[0] == "quoted"])
    for cls in classes:
        keys = [k for k in tally if k[0] == "neutral" and k[1] == cls]
        line(f"clean paired {cls}", keys)
    line("clean paired all", [k for k in tally if k[0] == "neutral" and k[1] != "wire"])
    line("clean wire", [k for k in tally if k[1] == "wire"])
    for m in misses:
        print("MISS", m)
    if not show:
        table = ["| measure | fixing half | held-out half |", "|---|---|---|"]
        table += [f"| {k} | {v['fixing'][0]}/{v['fixing'][1]} | {v['held_out'][0]}/{v['held_out'][1]} |"
                  for k, v in measures.items()]
        md = ("# Framing checklist (invented sentence pairs per framing device)\n\n"
              "Recall: the loaded telling's target span gets an outlet cue. Clean: the neutral telling, a "
              "wire-style sentence or a loaded word inside an attributed quotation gets none. The fixing half "
              "was read while rules were made (framecheck16); the held-out half was seen as totals only.\n\n"
              + "\n".join(table) + "\n")
        write_result("framing_checklist", {"measures": measures}, md)


if __name__ == "__main__":
    main(sys.argv[1:])
