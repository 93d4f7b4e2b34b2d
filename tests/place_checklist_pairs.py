"""A CheckList (Ribeiro et al. 2020) of how news tells where an event happened or whom an act
concerns, written from general knowledge of news text (every place, person and sentence
invented; none from a story set).

Each row is two outlets telling one event: (class, outlet a, outlet b, label), where the label is
"conflict" (one act, places or persons named differently where it matters: a ``name`` conflict is
owed), "agree" (one place or person at another level or in another spelling: none owed) or
"unrelated" (two different acts, or two persons: none owed). Rows fall into a fixing half and a
held-out half by a stable hash of their text (:func:`half`)."""

from __future__ import annotations

import zlib

C, A, U = "conflict", "agree", "unrelated"

PAIRS: list[tuple[str, str, str, str]] = [
    # one person detained at two towns
    ("detained_town", "The journalist Tomas Reul was arrested in Kerrow on Sunday, his lawyer said.",
     "The journalist Tomas Reul was arrested in Danmouth on Sunday, his lawyer said.", C),
    ("detained_town", "Opposition leader Mara Yelsin was detained at a checkpoint near Tobrin on Friday.",
     "Opposition leader Mara Yelsin was detained on Friday in the village of Askelby.", C),
    ("detained_town", "The suspect, Piet Varga, was captured in Holmestad after a week on the run.",
     "The suspect, Piet Varga, was captured in Ravensmoor after a week on the run.", C),
    ("detained_town", "Police said the smuggler Ivo Darnel was caught at Lenton airport late on Monday.",
     "Police said the smuggler Ivo Darnel was caught at Marbury airport late on Monday.", C),
    ("detained_town", "The activist Lena Hoff was seized by unknown men in Osterby on Tuesday night.",
     "The activist Lena Hoff was seized by unknown men in Calvik on Tuesday night.", C),
    # one group brought to two places
    ("brought_port", "The rescued migrants were taken to the port of Calmora on Wednesday.",
     "The rescued migrants were taken to the port of Velsund on Wednesday.", C),
    ("brought_port", "The injured miners were flown to Brennick by helicopter, rescuers said.",
     "The injured miners were flown to Hartwell by helicopter, rescuers said.", C),
    ("brought_port", "The stranded passengers were evacuated to Lorne overnight, the airline said.",
     "The stranded passengers were evacuated to Pellham overnight, the airline said.", C),
    ("brought_port", "The hostages were brought to Sarnow after their release, officials said.",
     "The hostages were brought to Tivola after their release, officials said.", C),
    # a vessel lost off two coasts
    ("sank_off", "The fishing boat sank off Kerrow early on Saturday with six crew aboard.",
     "The fishing boat sank off Danmouth early on Saturday with six crew aboard.", C),
    ("sank_off", "The cargo ship ran aground near Skelby island during the storm.",
     "The cargo ship ran aground near Fennick island during the storm.", C),
    ("sank_off", "The ferry capsized off the coast of Marren, the coast guard said.",
     "The ferry capsized off the coast of Oldwick, the coast guard said.", C),
    ("sank_off", "The yacht went down off Haldor Point on Sunday evening.",
     "The yacht went down off Cape Vesting on Sunday evening.", C),
    # one fire or blast at two sites
    ("fire_site", "The fire broke out at the Harnet bus depot shortly after midnight.",
     "The fire broke out at the Colwell bus depot shortly after midnight.", C),
    ("fire_site", "The explosion ripped through a warehouse in Tarnby on Thursday morning.",
     "The explosion ripped through a warehouse in Bellhaven on Thursday morning.", C),
    ("fire_site", "The blaze destroyed the Kessel textile factory in Marnow overnight.",
     "The blaze destroyed the Kessel textile factory in Ostley overnight.", C),
    ("fire_site", "The fire started in the north wing of the Lindqvist hospital, firefighters said.",
     "The fire started in the south wing of the Lindqvist hospital, firefighters said.", C),
    # one meeting in two cities
    ("meeting_city", "The summit of the regional leaders was held in Velmar on Monday.",
     "The summit of the regional leaders was held in Port Ansel on Monday.", C),
    ("meeting_city", "The peace talks will take place in Dorrin next week, the mediators said.",
     "The peace talks will take place in Hallsby next week, the mediators said.", C),
    ("meeting_city", "The ministers met in Kessan on Tuesday to discuss the water dispute.",
     "The ministers met in Orvile on Tuesday to discuss the water dispute.", C),
    ("meeting_city", "The signing ceremony was held at the Tarvo palace in Lisvarre.",
     "The signing ceremony was held at the Bremen hall in Lisvarre.", C),
    # one crash or quake at two places
    ("crash_near", "The passenger plane crashed near Tolvik shortly after take-off, killing 40.",
     "The passenger plane crashed near Halden Ridge shortly after take-off, killing 40.", C),
    ("crash_near", "The bus plunged into a ravine near Dunmore, killing 12 people.",
     "The bus plunged into a ravine near Carrick, killing 12 people.", C),
    ("crash_near", "The earthquake struck near the town of Selvo at a depth of ten kilometres.",
     "The earthquake struck near the town of Ardhan at a depth of ten kilometres.", C),
    ("crash_near", "The train derailed outside Mossby station on Friday evening.",
     "The train derailed outside Frenholt station on Friday evening.", C),
    # an attack in two places
    ("attack_town", "Gunmen killed nine villagers in Amarru on Sunday night, officials said.",
     "Gunmen killed nine villagers in Belkoro on Sunday night, officials said.", C),
    ("attack_town", "A suicide bomber struck a market in Qadran, killing 14 people.",
     "A suicide bomber struck a market in Sulmeh, killing 14 people.", C),
    ("attack_town", "The drone strike hit a fuel depot in Varnholt before dawn.",
     "The drone strike hit a fuel depot in Stennick before dawn.", C),
    # the victim or the person acted on named differently
    ("person_named", "The victim, Anna Berg, was found dead in her flat on Monday.",
     "The victim, Clara Holm, was found dead in her flat on Monday.", C),
    ("person_named", "The driver, a 34-year-old named Jonas Pell, was killed instantly.",
     "The driver, a 34-year-old named Markus Dane, was killed instantly.", C),
    ("person_named", "The body of the climber Erik Sallow was recovered on Tuesday.",
     "The body of the climber Henrik Sallow was recovered on Tuesday.", C),
    ("person_named", "The freed hostage, Maria Lenz, thanked her rescuers.",
     "The freed hostage, Sofia Lenz, thanked her rescuers.", C),
    # a named structure told with two names
    ("structure", "The crush happened at the Harkness Stand of the stadium.",
     "The crush happened at the Miller Stand of the stadium.", C),
    ("structure", "The collapse closed the Morrow Bridge for a week.",
     "The collapse closed the Tanner Bridge for a week.", C),
    ("structure", "Protesters gathered on Liberty Square before the march.",
     "Protesters gathered on Union Square before the march.", C),
    # the compass point of a named place
    ("compass", "The accident closed the Northern Ring motorway for six hours.",
     "The accident closed the Southern Ring motorway for six hours.", C),
    ("compass", "The flooding hit East Harlow hardest, officials said.",
     "The flooding hit West Harlow hardest, officials said.", C),
    ("compass", "The shooting happened at the North Gate mall on Saturday.",
     "The shooting happened at the South Gate mall on Saturday.", C),
    # a district and its city
    ("district_city", "The journalist Tomas Reul was arrested in Kerrow's Eastfield district on Sunday.",
     "The journalist Tomas Reul was arrested in Kerrow on Sunday, his lawyer said.", A),
    ("district_city", "The rescued migrants were taken to the port of Calmora on Wednesday.",
     "The rescued migrants were taken to Calmora, in the Dessia province, on Wednesday.", A),
    ("district_city", "The fire broke out at a warehouse in the Portside district of Tarnby.",
     "The fire broke out at a warehouse in Tarnby shortly after midnight.", A),
    ("district_city", "Gunmen killed nine villagers in Amarru on Sunday night, officials said.",
     "Gunmen killed nine villagers in the Amarru district of Kessa state on Sunday night.", A),
    # a town and its region or country
    ("town_region", "The suspect, Piet Varga, was captured in Holmestad after a week on the run.",
     "The suspect, Piet Varga, was captured in the Velmarian town of Holmestad after a week on the run.", A),
    ("town_region", "The earthquake struck near the town of Selvo, in Ostrenia, on Monday.",
     "The earthquake struck Ostrenia on Monday, near the town of Selvo.", A),
    ("town_region", "The injured miners were flown to Brennick by helicopter, rescuers said.",
     "The injured miners were flown to Brennick, the capital of Tarn province, by helicopter.", A),
    ("town_region", "The ferry passengers were held in Darnholt on Monday. Darnholt is a port in Velmaria.",
     "The ferry passengers were held in Velmaria on Monday, officials said.", A),
    ("town_region", "Opposition leader Mara Yelsin was detained in Ostrenia on Friday.",
     "Opposition leader Mara Yelsin was detained in the Ostrenian city of Tobrin on Friday.", A),
    # "near X" against "in X"
    ("near_in", "The passenger plane crashed near Tolvik shortly after take-off.",
     "The passenger plane crashed in Tolvik shortly after take-off.", A),
    ("near_in", "The activist Lena Hoff was seized near Osterby on Tuesday night.",
     "The activist Lena Hoff was seized in Osterby on Tuesday night.", A),
    ("near_in", "The bus plunged into a ravine outside Dunmore, killing 12 people.",
     "The bus plunged into a ravine near Dunmore, killing 12 people.", A),
    ("near_in", "The hostages were brought to Sarnow after their release.",
     "The hostages were brought to an air base near Sarnow after their release.", A),
    # a garbled spelling of one place
    ("garbled_place", "The journalist Tomas Reul was arrested in Kerrow on Sunday.",
     "The journalist Tomas Reul was arrested in Kerow on Sunday.", A),
    ("garbled_place", "The rescued migrants were taken to the port of Calmora on Wednesday.",
     "The rescued migrants were taken to the port of Kalmora on Wednesday.", A),
    ("garbled_place", "The summit of the regional leaders was held in Port Ansel on Monday.",
     "The summit of the regional leaders was held in Port Ansell on Monday.", A),
    ("garbled_place", "The smuggler Ivo Darnel was caught at Lenton airport late on Monday.",
     "The smuggler Ivo Darnel was caught at Lentonn airport late on Monday.", A),
    ("garbled_place", "The hostages were brought to Tivola after their release.",
     "The hostages were brought to Tivolla after their release.", A),
    # an old and a new official name given by the article
    ("old_new_name", "The migrants were taken to Nova Kessel, formerly Tarnbridge, on Wednesday.",
     "The migrants were taken to Tarnbridge on Wednesday, officials said.", A),
    ("old_new_name", "The suspect was arrested in Ostgrad, the city once called Marienburg.",
     "The suspect was arrested in Marienburg on Sunday.", A),
    ("old_new_name", "The hostages were flown to Selvara, which was renamed from Port Lind in 2004.",
     "The hostages were flown to Port Lind after their release.", A),
    # the capital as its government, or a capital by its name and by its role
    ("capital", "The talks were held in Velmar, the Ostrenian capital, on Monday.",
     "The talks were held in the Ostrenian capital on Monday.", A),
    ("capital", "The prisoners were flown to Lisvarre, the capital, on Friday.",
     "The prisoners were flown to the capital on Friday.", A),
    ("capital", "The activist was detained in Dorrin, the capital of Kessa.",
     "The activist was detained in the Kessan capital, Dorrin.", A),
    # the same place in two forms of its name
    ("name_form", "The passengers were taken to St. Anne's Hospital in Marnow.",
     "The passengers were taken to Saint Anne's Hospital in Marnow.", A),
    ("name_form", "The ship sank off Mount Kessel, the coast guard said.",
     "The ship sank off Mt. Kessel, the coast guard said.", A),
    ("name_form", "The suspect was caught at the Halden international airport.",
     "The suspect was caught at Halden airport.", A),
    ("name_form", "The summit was held in New Ansel on Monday.",
     "The summit was held in New Ansel City on Monday.", A),
    # the same person in two forms of the name
    ("person_form", "The victim, William Tarn, was found dead in his flat on Monday.",
     "The victim, Bill Tarn, was found dead in his flat on Monday.", A),
    ("person_form", "The freed hostage, Maria Lenz, thanked her rescuers.",
     "The freed hostage, Mrs. Lenz, thanked her rescuers.", A),
    ("person_form", "The climber Erik Sallow was rescued on Tuesday.",
     "The climber Erik J. Sallow was rescued on Tuesday.", A),
    ("person_form", "The driver, Jonas Pell, was killed instantly.",
     "The driver, Jonas Pel, was killed instantly.", A),
    # a place named within the other in one article
    ("both_named", "The journalist was arrested in Kerrow, near Danmouth, on Sunday.",
     "The journalist was arrested in Danmouth on Sunday.", A),
    ("both_named", "The survivors were taken to Calmora and later to Velsund.",
     "The survivors were taken to Velsund on Wednesday.", A),
    ("both_named", "The boat sank between Kerrow and Danmouth early on Saturday.",
     "The boat sank off Danmouth early on Saturday.", A),
    # two acts at two places: arrest and trial
    ("arrest_trial", "The journalist Tomas Reul was arrested in Kerrow on Sunday.",
     "The journalist Tomas Reul will be tried in Danmouth next month.", U),
    ("arrest_trial", "The suspect, Piet Varga, was captured in Holmestad last week.",
     "The suspect, Piet Varga, appeared in court in Ravensmoor on Monday.", U),
    ("arrest_trial", "The activist Lena Hoff was detained in Osterby in March.",
     "The activist Lena Hoff was sentenced in Calvik to three years.", U),
    # two acts at two places: taken from and taken to
    ("from_to", "The migrants were rescued off Kerrow on Tuesday.",
     "The migrants were taken to Danmouth on Wednesday.", U),
    ("from_to", "The hostages were seized in Amarru in May.",
     "The hostages were released in Belkoro on Friday.", U),
    ("from_to", "The plane took off from Tolvik at noon.",
     "The plane landed in Hallsby two hours later.", U),
    ("from_to", "The injured were evacuated from Brennick overnight.",
     "The injured were flown to Hartwell on Monday.", U),
    # two persons at two places
    ("two_persons", "The journalist Tomas Reul was arrested in Kerrow on Sunday.",
     "The journalist Anna Voss was arrested in Danmouth on Sunday.", U),
    ("two_persons", "Opposition leader Mara Yelsin was detained in Tobrin on Friday.",
     "Her deputy, Karl Ostrem, was detained in Askelby on Friday.", U),
    ("two_persons", "The smuggler Ivo Darnel was caught at Lenton airport.",
     "His brother Paul Darnel was caught at Marbury airport.", U),
    # two events of one story
    ("two_events", "The first fire broke out at the Harnet depot on Monday.",
     "A second fire broke out at the Colwell depot on Wednesday.", U),
    ("two_events", "Last year a ferry sank off Kerrow with 30 aboard.",
     "On Saturday the fishing boat sank off Danmouth with six crew.", U),
    ("two_events", "The earthquake struck near Selvo; an aftershock hit Ardhan the next day.",
     "The aftershock hit Ardhan on Tuesday, a day after the quake.", U),
    ("two_events", "Protests began in Velmar on Monday.",
     "By Wednesday the protests had spread to Port Ansel.", U),
    # where the reporter or the speaker was, not the event
    ("speaker_place", "Speaking in Dorrin, the minister said the migrants were taken to Calmora.",
     "The migrants were taken to Calmora, the minister said in Hallsby.", A),
    ("speaker_place", "The ministry in Velmar said the suspect was caught in Holmestad.",
     "The suspect was caught in Holmestad, the ministry in Lisvarre said.", A),
    ("speaker_place", "Officials in Kessan said the boat sank off Kerrow.",
     "The boat sank off Kerrow, officials in Orvile said.", A),
    # where someone comes from, not where the act was
    ("origin", "The suspect, a man from Kerrow, was arrested in Danmouth.",
     "The suspect, from Ravensmoor, was arrested in Danmouth.", U),
    ("origin", "The victim, a teacher from Osterby, was found dead on Monday.",
     "The victim, a nurse from Calvik, was found dead on Monday.", C),
    ("origin", "The ship, registered in Marren, sank on Sunday.",
     "The Oldwick-registered ship sank on Sunday.", C),
    # a place of the act named as a building against the town it stands in
    ("building_town", "The suspect was arrested at the Grand Orvo hotel on Sunday.",
     "The suspect was arrested in Kerrow on Sunday.", A),
    ("building_town", "The hostages were taken to the Velsund military hospital.",
     "The hostages were taken to Velsund on Wednesday.", A),
    ("building_town", "The summit was held at the Tarvo palace on Monday.",
     "The summit was held in Lisvarre on Monday.", A),
    # a direction from another place against that place
    ("direction", "The plane crashed 20 kilometres north of Tolvik.",
     "The plane crashed near Tolvik on Friday.", A),
    ("direction", "The boat sank five miles south of Kerrow.",
     "The boat sank off Kerrow early on Saturday.", A),
    ("direction", "The migrants were taken to a camp east of Calmora.",
     "The migrants were taken to Calmora on Wednesday.", A),
]


def half(row: tuple[str, str, str, str]) -> str:
    """ "fixing" or "held-out", by a stable hash of the row's text."""
    return "fixing" if zlib.crc32((row[1] + "|" + row[2]).encode()) % 2 == 0 else "held-out"
