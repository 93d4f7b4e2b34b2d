"""Invented sentence pairs for the role CheckList: two outlets telling one event, each giving a person
a post. Written from general knowledge of how news gives a post; no text from any story set.

Each row: (class, outlet a's sentence, outlet b's sentence, whether a role conflict is expected).
"""

LEAD = "A dam on the Velra river burst near Tasko on Tuesday, flooding three villages. "

ROWS = [
    # pre-name titles naming two posts
    ("title-two-posts", "Interior Minister Hana Velkova visited the flooded villages.", "Finance Minister Hana Velkova visited the flooded villages.", True),
    ("title-two-posts", "Mayor Oskar Brandt ordered the evacuation of the valley.", "Governor Oskar Brandt ordered the evacuation of the valley.", True),
    ("title-two-posts", "Health Minister Ilse Marow said hospitals were ready.", "Education Minister Ilse Marow said hospitals were ready.", True),
    ("title-two-posts", "Defence Minister Tomas Rell sent army engineers to the site.", "Transport Minister Tomas Rell sent army engineers to the site.", True),
    ("title-two-posts", "Prosecutor Mirela Dask opened an inquiry into the collapse.", "Judge Mirela Dask opened an inquiry into the collapse.", True),
    # a pre-name title against an apposition naming another post
    ("title-vs-apposition", "Interior Minister Hana Velkova visited the flooded villages.", "Hana Velkova, the justice minister, visited the flooded villages.", True),
    ("title-vs-apposition", "Mayor Oskar Brandt ordered the evacuation of the valley.", "Oskar Brandt, the regional governor, ordered the evacuation of the valley.", True),
    ("title-vs-apposition", "Foreign Minister Pavel Strunk called the flood a national tragedy.", "Pavel Strunk, the prime minister, called the flood a national tragedy.", True),
    ("title-vs-apposition", "Police Chief Arne Solberg said twelve people were missing.", "Arne Solberg, the fire chief, said twelve people were missing.", True),
    # appositions naming two posts
    ("apposition-two-posts", "Hana Velkova, the interior minister, visited the flooded villages.", "Hana Velkova, the finance minister, visited the flooded villages.", True),
    ("apposition-two-posts", "Lukas Ferenc, the agency's director, said the dam had been inspected in May.", "Lukas Ferenc, the agency's spokesman, said the dam had been inspected in May.", True),
    ("apposition-two-posts", "Ilse Marow, minister of health, said hospitals were ready.", "Ilse Marow, minister of education, said hospitals were ready.", True),
    ("apposition-two-posts", "Tomas Rell, the defence minister, sent army engineers to the site.", "Tomas Rell, the interior minister, sent army engineers to the site.", True),
    # a subordinate qualifier given by one outlet only
    ("deputy-added", "Deputy Interior Minister Hana Velkova visited the flooded villages.", "Interior Minister Hana Velkova visited the flooded villages.", True),
    ("deputy-added", "Hana Velkova, the deputy mayor, ordered the evacuation of the valley.", "Hana Velkova, the mayor, ordered the evacuation of the valley.", True),
    ("deputy-added", "Vice President Oskar Brandt flew over the valley by helicopter.", "President Oskar Brandt flew over the valley by helicopter.", True),
    ("deputy-added", "Oskar Brandt, the vice chairman of the water board, apologised to the villagers.", "Oskar Brandt, the chairman of the water board, apologised to the villagers.", True),
    ("deputy-added", "Assistant Commissioner Dora Lenz led the rescue teams.", "Commissioner Dora Lenz led the rescue teams.", True),
    # one post told in other words
    ("same-post-reworded", "Interior Minister Hana Velkova visited the flooded villages.", "Hana Velkova, the minister of the interior, visited the flooded villages.", False),
    ("same-post-reworded", "Hana Velkova, the interior minister, visited the flooded villages.", "Hana Velkova, minister of internal affairs, visited the flooded villages.", False),
    ("same-post-reworded", "Health Minister Ilse Marow said hospitals were ready.", "Ilse Marow, the minister of health, said hospitals were ready.", False),
    ("same-post-reworded", "Foreign Minister Pavel Strunk called the flood a national tragedy.", "Pavel Strunk, the minister of foreign affairs, called the flood a national tragedy.", False),
    ("same-post-reworded", "Defence Minister Tomas Rell sent army engineers to the site.", "Tomas Rell, the minister of defence, sent army engineers to the site.", False),
    ("same-post-reworded", "Prime Minister Pavel Strunk called the flood a national tragedy.", "Premier Pavel Strunk called the flood a national tragedy.", False),
    # the head of a body told as head, chief, director, chairman
    ("head-reworded", "Lukas Ferenc, head of the water agency, said the dam had been inspected in May.", "Lukas Ferenc, chief of the water agency, said the dam had been inspected in May.", False),
    ("head-reworded", "Water agency director Lukas Ferenc said the dam had been inspected in May.", "Lukas Ferenc, who heads the water agency, said the dam had been inspected in May.", False),
    ("head-reworded", "Lukas Ferenc, chief executive of Velra Hydro, said the dam had been inspected in May.", "Velra Hydro CEO Lukas Ferenc said the dam had been inspected in May.", False),
    ("head-reworded", "Lukas Ferenc, chairman of the water board, said the dam had been inspected in May.", "Lukas Ferenc, who chairs the water board, said the dam had been inspected in May.", False),
    ("head-reworded", "Police chief Arne Solberg said twelve people were missing.", "Arne Solberg, head of the regional police, said twelve people were missing.", False),
    # a title as a machine translation gives it
    ("translated-title", "Interior Minister Hana Velkova visited the flooded villages.", "The minister of the interior, Hana Velkova, visited the flooded villages.", False),
    ("translated-title", "Mayor Oskar Brandt ordered the evacuation of the valley.", "The mayor of Tasko, Oskar Brandt, ordered the evacuation of the valley.", False),
    ("translated-title", "Health Minister Ilse Marow said hospitals were ready.", "The titular of the ministry of health, Ilse Marow, said hospitals were ready.", False),
    ("translated-title", "Interior Minister Hana Velkova visited the flooded villages.", "The minister of finance, Hana Velkova, visited the flooded villages.", True),
    ("translated-title", "Prosecutor Mirela Dask opened an inquiry into the collapse.", "The judge of instruction, Mirela Dask, opened an inquiry into the collapse.", True),
    # a relative clause telling the post
    ("who-heads", "Lukas Ferenc, who heads the water agency, said the dam had been inspected in May.", "Lukas Ferenc, the water agency's spokesman, said the dam had been inspected in May.", True),
    ("who-heads", "Hana Velkova, who leads the interior ministry, visited the flooded villages.", "Finance Minister Hana Velkova visited the flooded villages.", True),
    ("who-heads", "Oskar Brandt, who has been mayor of Tasko since 2019, ordered the evacuation.", "Mayor Oskar Brandt ordered the evacuation.", False),
    # a spokesperson of a body against its head
    ("spokesperson-vs-head", "Police spokesman Arne Solberg said twelve people were missing.", "Police chief Arne Solberg said twelve people were missing.", True),
    ("spokesperson-vs-head", "Dora Lenz, a spokeswoman for the ministry, said aid was on its way.", "Dora Lenz, the minister, said aid was on its way.", True),
    ("spokesperson-vs-head", "Lukas Ferenc, spokesman for Velra Hydro, said the dam had been inspected in May.", "Lukas Ferenc, chief executive of Velra Hydro, said the dam had been inspected in May.", True),
    ("spokesperson-vs-head", "Police spokesman Arne Solberg said twelve people were missing.", "Arne Solberg, a spokesman for the police, said twelve people were missing.", False),
    # former, acting and outgoing: another time, not another post
    ("former-vs-current", "Former Interior Minister Hana Velkova visited the flooded villages.", "Finance Minister Hana Velkova visited the flooded villages.", False),
    ("former-vs-current", "Oskar Brandt, a former mayor of Tasko, helped fill sandbags.", "Governor Oskar Brandt helped fill sandbags.", False),
    ("former-vs-current", "Pavel Strunk, the former prime minister, called the flood a national tragedy.", "Foreign Minister Pavel Strunk called the flood a national tragedy.", False),
    ("former-vs-current", "Ex-minister Tomas Rell criticised the government's response.", "Tomas Rell, now an adviser to the water board, criticised the government's response.", False),
    ("acting", "Acting Mayor Oskar Brandt ordered the evacuation of the valley.", "Mayor Oskar Brandt ordered the evacuation of the valley.", False),
    ("acting", "Hana Velkova, the acting interior minister, visited the flooded villages.", "Interior Minister Hana Velkova visited the flooded villages.", False),
    # different people, each with a post
    ("different-people", "Interior Minister Hana Velkova visited the flooded villages.", "Finance Minister Olek Brann visited the flooded villages.", False),
    ("different-people", "Mayor Oskar Brandt ordered the evacuation of the valley.", "Governor Irena Vasko ordered the evacuation of the valley.", False),
    ("different-people", "Hana Velkova, the interior minister, met Olek Brann, the finance minister.", "Olek Brann, the finance minister, met Hana Velkova, the interior minister.", False),
    ("different-people", "Lukas Ferenc, the agency's director, spoke after its spokesman, Arne Solberg.", "Arne Solberg, the agency's spokesman, spoke after its director, Lukas Ferenc.", False),
    # a deputy told through a possessive ("the mayor's deputy")
    ("possessive-deputy", "Hana Velkova, the mayor's deputy, ordered the evacuation of the valley.", "Mayor Hana Velkova ordered the evacuation of the valley.", True),
    ("possessive-deputy", "Olek Brann, the minister's chief of staff, visited the flooded villages.", "Minister Olek Brann visited the flooded villages.", True),
    ("possessive-deputy", "Hana Velkova, the mayor's deputy, ordered the evacuation of the valley.", "Deputy Mayor Hana Velkova ordered the evacuation of the valley.", False),
    # military and police ranks
    ("rank", "Colonel Marek Tuzla led the army engineers at the dam.", "General Marek Tuzla led the army engineers at the dam.", True),
    ("rank", "Captain Irena Vasko flew the first rescue helicopter.", "Major Irena Vasko flew the first rescue helicopter.", True),
    ("rank", "Lieutenant Colonel Marek Tuzla led the army engineers at the dam.", "Lt. Col. Marek Tuzla led the army engineers at the dam.", False),
    ("rank", "Sergeant Ivo Pahl pulled two children from the water.", "Sgt. Ivo Pahl pulled two children from the water.", False),
    # a portfolio told after "of"
    ("portfolio-of", "Ilse Marow, the minister of health, said hospitals were ready.", "Ilse Marow, the minister of education, said hospitals were ready.", True),
    ("portfolio-of", "Tomas Rell, secretary of state for defence, sent army engineers to the site.", "Tomas Rell, secretary of state for transport, sent army engineers to the site.", True),
    ("portfolio-of", "Ilse Marow, the minister of health, said hospitals were ready.", "Minister of Health Ilse Marow said hospitals were ready.", False),
    # a post told without an article after the name
    ("bare-apposition", "Hana Velkova, interior minister, visited the flooded villages.", "Hana Velkova, defence minister, visited the flooded villages.", True),
    ("bare-apposition", "Oskar Brandt, mayor of Tasko, ordered the evacuation of the valley.", "Oskar Brandt, governor of the region, ordered the evacuation of the valley.", True),
    ("bare-apposition", "Hana Velkova, interior minister, visited the flooded villages.", "Interior Minister Hana Velkova visited the flooded villages.", False),
    # posts read from a general list of occupations
    ("occupation", "Engineer Pia Holm had warned of cracks in the wall.", "Geologist Pia Holm had warned of cracks in the wall.", True),
    ("occupation", "Pia Holm, an engineer at the plant, had warned of cracks in the wall.", "Pia Holm, the plant's engineer, had warned of cracks in the wall.", False),
    ("occupation", "Pia Holm, a hydrologist, had warned of cracks in the wall.", "Pia Holm, an accountant, had warned of cracks in the wall.", True),
    # a profession that is also a form of address, qualified as an occupation ("Dr." before a name is no post)
    ("profession-qualified", "Anna Berg, the station doctor, said two workers were treated for shock.", "Anna Berg, the station nurse, said two workers were treated for shock.", True),
    ("profession-qualified", "The dam's doctor, Anna Berg, said two workers were treated for shock.", "Anna Berg, the dam's pharmacist, said two workers were treated for shock.", True),
    ("profession-qualified", "Dr. Anna Berg said two workers were treated for shock.", "Anna Berg, the station doctor, said two workers were treated for shock.", False),
    ("profession-qualified", "Station doctor Anna Berg said two workers were treated for shock.", "Anna Berg, a doctor at the station, said two workers were treated for shock.", False),
    # a post given by a copula after the name
    ("copula", "Lukas Ferenc said the dam had been inspected in May. Lukas Ferenc is the water board's treasurer.", "Lukas Ferenc, the water board's safety officer, said the dam had been inspected in May.", True),
    ("copula", "Oskar Brandt, who is the mayor of Tasko, ordered the evacuation.", "Oskar Brandt, the regional governor, ordered the evacuation.", True),
    ("copula", "Oskar Brandt, who is the mayor of Tasko, ordered the evacuation.", "Mayor Oskar Brandt ordered the evacuation.", False),
    ("copula", "Hana Velkova is the interior minister and visited the flooded villages.", "Interior Minister Hana Velkova visited the flooded villages.", False),
]
