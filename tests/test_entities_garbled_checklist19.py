"""A second garbled-name CheckList: shapes the first one (test_entities_garbled_checklist.py) does
not hold, and pairs of different real people, places and bodies that look alike and must not be
flagged.

Rows as in the first list, with an eighth field: the first two outlets' own texts (None: the
default story). A garbled row passes when a form only the third outlet writes is flagged; every
other row passes when nothing in the story is flagged. Names and sentences are invented. Rows are
split FIXING / HELD-OUT by the first list's rule (a stable hash of the class and the variant); rows
the resolver does not meet yet are marked ``known`` and run as expected failures.
``python tests/test_entities_garbled_checklist19.py`` prints the pass rate by class and half.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import garbled_checklist  # noqa: E402
from entity_helpers import make  # noqa: E402
from garbled_checklist import half, params  # noqa: E402

G, OK = True, False


def person(cls: str, title: str, usual: str, variant: str, garbled: bool, known: bool | str = False,
           third: str | None = None) -> tuple:
    return (cls, title, usual, variant, garbled, third, known, None)


def place(cls: str, usual: str, variant: str, garbled: bool, known: bool | str = False) -> tuple:
    return (cls, "", usual, variant, garbled,
            f"Floods hit {variant} on Monday. Rescuers reached {variant} by boat before dawn.", known,
            (f"Floods hit {usual} on Monday. Rescuers reached {usual} by boat.",
             f"Residents of {usual} were taken to shelters on Tuesday, officials said."))


def body(cls: str, usual: str, variant: str, garbled: bool, known: bool | str = False) -> tuple:
    return (cls, "", usual, variant, garbled,
            f"The {variant} said on Monday that fares would rise. A spokesman for the {variant} declined to comment.",
            known,
            (f"The {usual} said on Monday that fares would rise in March.",
             f"A spokesman for the {usual} confirmed the plan on Tuesday."))


def alike(cls: str, variant: str, o1: str, o2: str, o3: str, known: bool | str = False) -> tuple:
    """Two real, different people, places or bodies that look alike: nothing may be flagged."""
    return (cls, "", "", variant, OK, o3, known, (o1, o2))


ROWS: list[tuple] = [
    # ---- garbled: transliteration of Cyrillic into French, Polish and German habits, Ukrainian vs Russian
    person("cyrillic-french", "Minister", "Nikolai Zhuravlev", "Nicolaï Jouravlev", G),
    person("cyrillic-french", "Governor", "Vadim Shukhov", "Vadim Choukhov", G),
    person("cyrillic-polish", "Minister", "Vladimir Shchukin", "Władimir Szczukin", G),
    person("cyrillic-polish", "General", "Arkady Zhirkov", "Arkadij Żyrkow", G),
    person("cyrillic-ukrainian", "Mayor", "Volodymyr Hrytsenko", "Vladimir Gritsenko", G),
    person("cyrillic-ukrainian", "Minister", "Oleh Kovalchuk", "Oleg Kovalchuk", G),
    person("cyrillic-kh", "Senator", "Grigory Pastukhov", "Grigoriy Pastuhov", G),
    person("cyrillic-german", "Minister", "Yekaterina Voronova", "Jekaterina Woronowa", G),
    person("cyrillic-ending", "Governor", "Anatoly Belyaev", "Anatolii Beliaiev", G),
    # a patronymic taken for the surname; a feminine surname in its masculine form
    person("patronymic-as-surname", "Minister", "Ivan Petrovich Sablin", "Ivan Petrovich", G),
    person("patronymic-as-surname", "Governor", "Olga Sergeyevna Lavrova", "Olga Sergeyevna", G),
    person("feminine-form", "Senator", "Irina Volkova", "Irina Volkov", G),
    person("feminine-form", "Minister", "Tatiana Rudneva", "Tatiana Rudnev", G),
    person("icelandic-gender", "Minister", "Sigrun Jonsdottir", "Sigrun Jonsson", G, "held out, not examined"),
    # Arabic: article, ayn, French vs English habits
    person("arabic-abd", "Minister", "Abdel Rahman Qasimi", "Abdul Rahman Kassimi", G),
    person("arabic-ayn", "Governor", "Saad Ashour", "Sa'ad 'Ashur", G),
    person("arabic-french", "Minister", "Mounir Haddouche", "Munir Hadduch", G),
    person("arabic-french", "General", "Noureddine Bouchareb", "Nuraddin Busharib", G),
    person("arabic-dh", "Ambassador", "Dhafer Ghanouchi", "Zafer Ghannushi", G),
    person("arabic-ou", "Senator", "Ouafa Belkhodja", "Wafa Belhoja", G),
    # Greek
    person("greek", "Minister", "Dimitris Hatzigiannis", "Dimitrios Chatzigiannis", G),
    person("greek", "Governor", "Evangelos Vlachopoulos", "Evaggelos Vlahopoulos", G),
    person("greek", "Mayor", "Panagiotis Xydakis", "Panayiotis Ksidakis", G),
    person("greek", "Ambassador", "Spyros Kotsifakis", "Spiros Kotsifakhis", G),
    # Chinese: Cantonese / Wade-Giles / Yale against pinyin
    person("chinese-cantonese", "Minister", "Liu Zhenhua", "Lau Chun-wah", G),
    person("chinese-wade", "Governor", "Huang Qiming", "Hwang Chi-ming", G),
    person("chinese-wade", "Ambassador", "Zhou Haoran", "Chou Hao-jan", G, "held out, not examined"),
    person("chinese-wade", "Minister", "Deng Xueliang", "Teng Hsueh-liang", G),
    # Korean
    person("korean", "Minister", "Kim Tae-hoon", "Gim Tae-hun", G),
    person("korean", "Governor", "Jung Hye-sook", "Chung Hye-suk", G),
    person("korean", "Ambassador", "Shin Dong-hyuk", "Sin Tong-hyok", G),
    # Turkish
    person("turkish", "Minister", "Sukru Kahveci", "Shukru Kahvedji", G),
    person("turkish", "Governor", "Mehmet Ozdag", "Mehmed Ozdak", G),
    person("turkish", "Mayor", "Dogan Erbas", "Doan Erbash", G),
    # Polish, read aloud or Russianised
    person("polish", "Minister", "Lukasz Szczepanski", "Wukash Shchepanski", G),
    person("polish", "Senator", "Wojciech Krzyzanowski", "Voitsekh Kshizhanovsky", G, "held out, not examined"),
    person("polish", "Governor", "Przemyslaw Kowalczyk", "Przemyslaw Kowalczik", G),
    # Scandinavian
    person("scandinavian", "Minister", "Asa Lindqvist", "Aasa Lindquist", G),
    person("scandinavian", "Governor", "Orjan Fjeldstad", "Orian Fjelstad", G),
    person("scandinavian", "Mayor", "Kjetil Haugerud", "Chetil Hougerud", G),
    # South Slavic into French
    person("slavic-french", "Minister", "Dragan Colakovic", "Dragan Tcholakovitch", G),
    # a Western name's parts swapped
    person("parts-swapped", "Minister", "Marcus Tolland", "Tolland Marcus", G,
           third="Minister Tolland Marcus arrived for the talks on Monday. Marcus said the meeting went well."),
    person("parts-swapped", "Senator", "Conrad Ellery", "Ellery Conrad", G,
           third="Senator Ellery Conrad arrived for the talks on Monday. Conrad said the meeting went well."),
    # a first name anglicised or respelled
    person("first-anglicised", "Minister", "Kristoffer Ahlgren", "Christopher Ahlgren", G),
    person("first-anglicised", "Governor", "Stefan Ulmark", "Stephan Ulmark", G),
    person("first-anglicised", "Senator", "Jozsef Vardai", "Joseph Vardai", G),
    person("first-phonetic", "Minister", "Siobhan Kearney", "Shivaun Kearney", G),
    person("first-phonetic", "Judge", "Niamh Gallagher", "Neeve Gallagher", G),
    person("first-letter", "Governor", "Annette Brisbourne", "Anette Brisbourne", G),
    # a silent letter dropped, a letter added at the end, two letters lost from a long surname
    person("surname-silent", "Minister", "Gwendolyn Farquharson", "Gwendolyn Farquarson", G),
    person("surname-silent", "Judge", "Rutger Schimmelpenninck", "Rutger Schimmelpennick", G),
    person("surname-added", "Minister", "Helmut Brasch", "Helmut Brasche", G),
    person("surname-added", "Senator", "Lena Marsk", "Lena Marske", G),
    person("surname-vowel", "Governor", "Otto Wendeler", "Otto Wendler", G),
    # a title fused with a name (titles the first list does not hold)
    person("title-fused2", "Professor", "Prof. Ilse Kranzbach", "Profilse Kranzbach", G),
    person("title-fused2", "Cleric", "Mullah Omar Zakiri", "Mullahomar Zakiri", G, "held out, not examined"),
    person("title-fused2", "Cleric", "Ayatollah Kazem Nouriani", "Ayatollahkazem Nouriani", G),
    person("title-fused2", "Leader", "Emir Faisal Dabbagh", "Emirfaisal Dabbagh", G),
    person("title-fused2", "Minister", "Mr. Anton Berglof", "Mranton Berglof", G),
    # a maiden name without a word that says so
    person("maiden-name", "Senator", "Anna Berglund", "Anna Kovac", G, "held out, not examined"),
    # a place translated word by word
    place("place-words", "Schwarzbach", "Blackbrook", G,
          "a place name of another language translated word by word needs that language's words; compounds.py knows English parts only"),
    place("place-words", "Weissenfurt", "Whiteford", G, "held out, not examined"),
    place("place-words", "Rio Escondido", "Hidden River", G,
          "a place name of another language translated word by word needs that language's words; compounds.py knows English parts only"),
    place("place-words", "Villeneuve-d'Arlac", "Newtown of Arlac", G, "held out, not examined"),
    place("place-words", "Neumarkt am Lech", "New Market on the Lech", G,
          "a place name of another language translated word by word needs that language's words; compounds.py knows English parts only"),
    place("place-words", "Monteverde", "Green Mountain", G,
          "a place name of another language translated word by word needs that language's words; compounds.py knows English parts only"),
    place("place-letter", "Kerveloch", "Kervelloch", G),
    place("place-letter", "Dunmarrow", "Dunmarow", G),
    place("place-translit", "Zhytomyrka", "Schitomirka", G),
    # a body's name with a word swapped for a near one, or its initials scrambled
    body("body-word", "Nordic Grain Board", "Nordic Grain Council", G),
    body("body-word", "Harbour Workers Union", "Harbour Workers Federation", G),
    body("body-initials-scrambled", "Nordic Grain Board (NGB)", "NBG", G, "held out, not examined"),

    # ---- not garbled: diacritics dropped or kept in letters the first list does not hold
    person("diacritics", "Minister", "Łukasz Szczepański", "Lukasz Szczepanski", OK),
    person("diacritics", "Governor", "Paweł Michałek", "Pawel Michalek", OK),
    person("diacritics", "Senator", "Çağlar Yılmazer", "Caglar Yilmazer", OK),
    person("diacritics", "Mayor", "Bjørn Håkonsen", "Bjorn Hakonsen", OK),
    person("diacritics", "Minister", "Bjørn Håkonsen", "Bjoern Haakonsen", OK),
    person("diacritics", "Judge", "Sigrún Jónsdóttir", "Sigrun Jonsdottir", OK),
    person("diacritics", "Minister", "Ferenc Szőllősi", "Ferenc Szollosi", OK),
    person("diacritics", "Governor", "Đorđe Marković", "Djordje Markovic", OK, "held out, not examined"),
    person("diacritics", "Ambassador", "Nguyễn Văn Hải", "Nguyen Van Hai", OK),
    person("diacritics", "Senator", "Petra Nováková", "Petra Novakova", OK),
    person("diacritics", "Minister", "Ærling Østergård", "Aerling Ostergard", OK),
    place("diacritics-place", "Wrzosów", "Wrzosow", OK),
    place("diacritics-place", "Trøndervik", "Trondervik", OK),
    place("diacritics-place", "Üsküdarlı", "Uskudarli", OK),
    # a patronymic or a nasab dropped, kept
    person("patronymic-dropped", "Minister", "Ivan Petrovich Sablin", "Ivan Sablin", OK),
    person("patronymic-dropped", "Governor", "Olga Sergeyevna Lavrova", "Olga Lavrova", OK),
    person("nasab-dropped", "Minister", "Khalid bin Salman Al Rashed", "Khalid Al Rashed", OK),
    person("article-dropped", "Ambassador", "Faisal al-Rumaihi", "Faisal Rumaihi", OK),
    # a body's initials against its name
    body("initials", "Baltic Fisheries Council", "BFC", OK),
    body("initials", "Union of Harbour Workers", "UHW", OK),
    body("initials", "Federation of Alpine Hauliers", "FAH", OK),
    body("initials", "National Rail Authority", "NRA", OK),
    # a nickname, a pet form against the given name
    person("pet-name", "Minister", "Alexander Petrovsky", "Sasha Petrovsky", OK),
    person("pet-name", "Governor", "Elizabeth Marrow", "Liz Marrow", OK),
    person("pet-name", "Senator", "Dmitry Orlovsky", "Dima Orlovsky", OK),
    person("pet-name", "Minister", "Giuseppe Ranieri", "Beppe Ranieri", OK),
    person("pet-name", "Mayor", "Francisco Ibarrola", "Paco Ibarrola", OK),
    person("pet-name", "Judge", "Johannes Kettler", "Hans Kettler", OK),
    person("pet-name", "Governor", "Anthony Reyburn", "Tony Reyburn", OK),
    person("pet-name", "Senator", "Robert Kellam", "Bob Kellam", OK),
    # a married name, said as such
    person("married-name", "Senator", "Anna Berglund", "Anna Kovac-Berglund", OK),
    person("married-name", "Minister", "Sarah Mitchell", "Sarah Mitchell-Hayes", OK),
    person("married-name", "Governor", "Lena Ostrander", "Lena Varga", OK,
           third="Governor Lena Ostrander, born Lena Varga, arrived on Monday. Ostrander said the meeting went well."),
    # a Hungarian name in its own order; a Chinese given name split
    person("name-order2", "Minister", "Kovacs Peter", "Peter Kovacs", OK),
    person("given-split", "Governor", "Wang Jianhua", "Wang Jian Hua", OK,
           third="Governor Wang Jian Hua arrived for the talks on Monday. Wang said the meeting went well."),

    # ---- not garbled: different real people, places and bodies that look alike
    # two people sharing a surname, each with a role of their own
    alike("shared-surname", "Lukas Marvane",
          "Minister Ilse Marvane met the delegation on Monday. Marvane said the talks were useful.",
          "Minister Ilse Marvane spoke to reporters on Tuesday.",
          "Minister Ilse Marvane arrived on Monday with her husband, Lukas Marvane, a surgeon. Lukas Marvane said nothing."),
    alike("shared-surname", "Erik Sandvold",
          "Governor Maja Sandvold opened the bridge on Monday.",
          "Governor Maja Sandvold spoke at the bridge on Monday.",
          "Governor Maja Sandvold opened the bridge. Her brother Erik Sandvold, who built it, cut the ribbon."),
    alike("shared-surname", "Hana Okafor",
          "Senator Daniel Okafor voted against the bill on Monday.",
          "Senator Daniel Okafor criticised the bill.",
          "Senator Daniel Okafor voted against the bill. Hana Okafor, a nurse unrelated to the senator, testified."),
    alike("shared-surname", "Rita Baumgart",
          "Minister Jonas Baumgart and the economist Rita Baumgart spoke on Monday.",
          "Minister Jonas Baumgart said prices would fall.",
          "Rita Baumgart, an economist, disagreed with Minister Jonas Baumgart, her cousin."),
    alike("shared-surname", "Tomasz Wrobel",
          "Mayor Agata Wrobel announced the closure of the port.",
          "Mayor Agata Wrobel said the port would close.",
          "Mayor Agata Wrobel announced the closure. The dockers' leader Tomasz Wrobel called it a betrayal."),
    alike("shared-surname", "Min-seo Park",
          "Minister Park Ji-hoon met the envoys on Monday.",
          "Minister Park Ji-hoon said the talks went well.",
          "Minister Park Ji-hoon met the envoys. Opposition lawmaker Park Min-seo walked out."),
    alike("shared-surname", "Wang Hui",
          "Governor Wang Wei opened the plant on Monday.",
          "Governor Wang Wei said the plant would hire 300 workers.",
          "Governor Wang Wei opened the plant. The plant's manager, Wang Hui, gave a tour."),
    alike("shared-surname", "Kim Min-jae",
          "Prosecutor Kim Min-jun charged the suspect on Monday.",
          "Prosecutor Kim Min-jun said the case was strong.",
          "Prosecutor Kim Min-jun charged the suspect, a businessman named Kim Min-jae."),
    alike("shared-surname", "Fatima Haddad",
          "Minister Omar Haddad signed the deal on Monday.",
          "Minister Omar Haddad said the deal was fair.",
          "Minister Omar Haddad signed the deal. The union's head, Fatima Haddad, said it was unfair."),
    alike("shared-surname", "Ingrid Nyholm",
          "Judge Per Nyholm and Judge Ingrid Nyholm sat on the panel on Monday.",
          "Judge Per Nyholm wrote the ruling.",
          "Judge Ingrid Nyholm dissented from the ruling written by Judge Per Nyholm."),
    # father and son, mother and daughter, the elder and the younger
    alike("father-son", "Henrik Dahlberg Jr.",
          "Henrik Dahlberg, the founder, handed the firm to his son on Monday.",
          "The founder Henrik Dahlberg retired on Monday.",
          "Henrik Dahlberg Jr. took over from his father, Henrik Dahlberg, on Monday."),
    alike("father-son", "Mikkel Sorensen",
          "Minister Aksel Sorensen arrived on Monday.",
          "Minister Aksel Sorensen said the talks went well.",
          "Minister Aksel Sorensen arrived with his son, Mikkel Sorensen, on Monday. Mikkel Sorensen is 12."),
    alike("father-son", "George Hallam Sr.",
          "Senator George Hallam filed the bill on Monday.",
          "Senator George Hallam defended the bill.",
          "Senator George Hallam filed the bill, which his father, George Hallam Sr., had once proposed."),
    alike("father-son", "Ruth Vane",
          "Mayor Clara Vane opened the school on Monday.",
          "Mayor Clara Vane said the school would open.",
          "Mayor Clara Vane opened the school with her daughter, Ruth Vane, a teacher there."),
    alike("father-son", "Ahmed Karimi",
          "General Reza Karimi led the parade on Monday.",
          "General Reza Karimi saluted the troops.",
          "General Reza Karimi led the parade. His father, Ahmed Karimi, a veteran, watched."),
    alike("father-son", "Jorge Ibanez hijo",
          "Jorge Ibanez, the party's founder, spoke on Monday.",
          "Jorge Ibanez said the party would run.",
          "Jorge Ibanez spoke on Monday, and his son Jorge Ibanez hijo will run for mayor."),
    # full names one letter apart, each with a role
    alike("one-letter-people", "Peter Holden",
          "Minister Peter Halden met the strikers on Monday.",
          "Minister Peter Halden promised talks.",
          "Minister Peter Halden met the strikers' leader Peter Holden on Monday. Holden rejected the offer."),
    alike("one-letter-people", "Karl Bremer",
          "Mayor Karl Brenner closed the market on Monday.",
          "Mayor Karl Brenner said the market was unsafe.",
          "Mayor Karl Brenner closed the market. The stallholder Karl Bremer said he would sue."),
    alike("one-letter-people", "Ali Hassan",
          "Minister Ali Hussein met the envoys on Monday.",
          "Minister Ali Hussein said the talks went well.",
          "Minister Ali Hussein met the envoys. His deputy, Ali Hassan, took notes."),
    alike("one-letter-people", "Anna Lind",
          "Senator Anna Lund voted for the bill on Monday.",
          "Senator Anna Lund praised the bill.",
          "Senator Anna Lund voted for the bill; Senator Anna Lind voted against it."),
    alike("one-letter-people", "Mark Tanner",
          "Coach Mark Turner resigned on Monday.",
          "Coach Mark Turner said he was tired.",
          "Coach Mark Turner resigned. The club named his assistant, Mark Tanner, as caretaker."),
    alike("one-letter-people", "Maria Ferrara",
          "Judge Maria Ferraro opened the trial on Monday.",
          "Judge Maria Ferraro heard the first witness.",
          "Judge Maria Ferraro opened the trial. Maria Ferrara, the defendant's lawyer, asked for bail."),
    alike("one-letter-people", "Jan Nowak",
          "Minister Jan Novak signed the treaty on Monday.",
          "Minister Jan Novak said the treaty was fair.",
          "Czech minister Jan Novak signed the treaty with his Polish counterpart, Jan Nowak."),
    alike("one-letter-people", "Leif Hansen",
          "Governor Leif Hanson opened the road on Monday.",
          "Governor Leif Hanson said the road was safe.",
          "Governor Leif Hanson opened the road. Leif Hansen, a farmer whose land it crosses, objected."),
    alike("one-letter-people", "Olga Petrova",
          "Minister Olga Petrov signed the deal on Monday.",
          "Minister Olga Petrov said the deal was fair.",
          "Minister Olga Petrov signed the deal; the auditor Olga Petrova had warned against it."),
    alike("one-letter-people", "Sean Doyle",
          "Senator Sean Boyle spoke on Monday.",
          "Senator Sean Boyle said the bill would pass.",
          "Senator Sean Boyle spoke, and Sean Doyle, a farmer, heckled him."),
    # same first name, surnames near each other
    alike("near-surnames", "Erik Lindqvist",
          "Minister Erik Lindgren opened the port on Monday.",
          "Minister Erik Lindgren said the port was ready.",
          "Minister Erik Lindgren opened the port. The harbour master Erik Lindqvist showed him round."),
    alike("near-surnames", "Sofia Marquez",
          "Mayor Sofia Martinez closed the park on Monday.",
          "Mayor Sofia Martinez said the park was unsafe.",
          "Mayor Sofia Martinez closed the park. Sofia Marquez, who runs a cafe there, protested."),
    alike("near-surnames", "Thomas Keller",
          "Senator Thomas Kessler voted on Monday.",
          "Senator Thomas Kessler defended his vote.",
          "Senator Thomas Kessler voted with Senator Thomas Keller, a rival from the other party."),
    alike("near-surnames", "Yusuf Demirel",
          "Governor Yusuf Demir opened the dam on Monday.",
          "Governor Yusuf Demir said the dam was safe.",
          "Governor Yusuf Demir opened the dam, built by the engineer Yusuf Demirel."),
    alike("near-surnames", "Ivan Petrenko",
          "Minister Ivan Petrov met the envoys on Monday.",
          "Minister Ivan Petrov said the talks went well.",
          "Minister Ivan Petrov met his Ukrainian counterpart, Ivan Petrenko."),
    alike("near-surnames", "Lars Nilsen",
          "Coach Lars Nielsen picked the squad on Monday.",
          "Coach Lars Nielsen named 23 players.",
          "Coach Lars Nielsen picked the squad and recalled the striker Lars Nilsen."),
    # places one letter apart, or twins with a compass word, both in the story
    alike("twin-places", "Marby",
          "Floods hit Marsby on Monday. Rescuers reached Marsby by boat.",
          "Residents of Marsby were taken to shelters in nearby Marby.",
          "Floods hit Marsby on Monday. Evacuees were taken to Marby, ten kilometres away.",
          known="held out, not examined"),
    alike("twin-places", "Lindow",
          "A fire broke out in Lindau on Monday.",
          "Firefighters from Lindau fought the blaze.",
          "A fire broke out in Lindau; crews from Lindow, across the border, helped."),
    alike("twin-places", "Lower Wexley",
          "Floods hit Upper Wexley on Monday.",
          "Residents of Upper Wexley were evacuated.",
          "Floods hit Upper Wexley, while Lower Wexley, downstream, stayed dry."),
    alike("twin-places", "West Brenton",
          "A storm struck East Brenton on Monday.",
          "Power was cut in East Brenton.",
          "A storm struck East Brenton. Power was restored in West Brenton by night."),
    alike("twin-places", "Newton",
          "Police closed the road to Newport on Monday.",
          "The road to Newport stayed shut.",
          "Police closed the road between Newport and Newton on Monday."),
    alike("twin-places", "Sydhavn",
          "A ferry ran aground at Nordhavn on Monday.",
          "The ferry at Nordhavn was refloated.",
          "A ferry bound for Sydhavn ran aground at Nordhavn on Monday."),
    alike("twin-places", "Kirkby",
          "A bridge collapsed in Kirby on Monday.",
          "Engineers inspected the bridge in Kirby.",
          "A bridge collapsed in Kirby. Engineers from Kirkby, twenty miles north, were called in."),
    alike("twin-places", "Bad Hallstein",
          "Snow cut off Hallstein on Monday.",
          "Hallstein was cut off by snow.",
          "Snow cut off Hallstein, and the spa town of Bad Hallstein below it."),
    alike("twin-places", "Santa Rosalia",
          "An earthquake struck Santa Rosa on Monday.",
          "Santa Rosa was hit by an earthquake.",
          "An earthquake struck Santa Rosa; it was also felt in Santa Rosalia on the coast."),
    alike("twin-places", "Neustadt an der Weide",
          "A train derailed near Neustadt on Monday.",
          "Services to Neustadt were cancelled.",
          "A train derailed near Neustadt; passengers were taken to Neustadt an der Weide."),
    alike("twin-places", "Al Mansura",
          "Protests spread in Al Mansuriya on Monday.",
          "Crowds gathered in Al Mansuriya.",
          "Protests spread from Al Mansuriya to Al Mansura, a larger city to the north."),
    alike("twin-places", "Georgetown",
          "Floods hit Georgetown on Monday. Georgeville, upriver, stayed dry.",
          "Floods hit Georgetown.",
          "Floods hit Georgetown, and Georgeville upriver escaped."),
    alike("twin-places", "Oberhausen",
          "A strike closed the mine in Unterhausen on Monday.",
          "Miners in Unterhausen walked out.",
          "Miners in Unterhausen walked out, joined by those of Oberhausen up the valley."),
    # a person and a place of one name
    alike("person-place", "Ashford",
          "Senator Ashford visited the flooded town on Monday.",
          "Senator Ashford promised aid.",
          "Senator Ashford visited the flooded town of Ashford, which shares her name."),
    alike("person-place", "Carlton",
          "Minister Helen Carlton opened the hospital on Monday.",
          "Minister Helen Carlton said it would serve the region.",
          "Minister Helen Carlton opened the hospital in Carlton, a village near the coast."),
    # two bodies whose names differ in one word, both real
    alike("near-bodies", "Northern Rail Board",
          "The Northern Rail Union called a strike on Monday.",
          "The Northern Rail Union said drivers would walk out.",
          "The Northern Rail Union called a strike; the Northern Rail Board called it unlawful."),
    alike("near-bodies", "National Alliance",
          "The National Party won the vote on Monday.",
          "The National Party took 40 percent.",
          "The National Party won the vote, ahead of the National Alliance."),
    alike("near-bodies", "Supreme Council",
          "The Supreme Court struck down the law on Monday.",
          "The Supreme Court ruled against the law.",
          "The Supreme Court struck down the law passed by the Supreme Council."),
    alike("near-bodies", "Harbour Workers Federation",
          "The Harbour Workers Union called a strike on Monday.",
          "The Harbour Workers Union said the strike would last a week.",
          "The Harbour Workers Union called a strike, and the rival Harbour Workers Federation joined it."),
    alike("near-bodies", "Central Bank of Valdoria",
          "The Central Bank of Veldoria raised rates on Monday.",
          "The Central Bank of Veldoria raised its rate to 5 percent.",
          "The Central Bank of Veldoria raised rates, a day after the Central Bank of Valdoria cut them."),
    alike("near-bodies", "Ministry of Finance",
          "The Ministry of Defence ordered new ships on Monday.",
          "The Ministry of Defence signed the order.",
          "The Ministry of Defence ordered new ships; the Ministry of Finance approved the money."),
    # the same first name in two people, no surname for one
    alike("first-name-two", "Anna",
          "Minister Anna Sorvik opened the school on Monday.",
          "Minister Anna Sorvik said the school would open.",
          "Minister Anna Sorvik opened the school. A pupil, Anna, 9, gave her flowers."),
    # a title and a surname of two people one after another
    alike("two-titled", "Governor Halvorsen",
          "Senator Halvorsen met the farmers on Monday.",
          "Senator Halvorsen said aid would come.",
          "Senator Halvorsen met the farmers with her father, former Governor Halvorsen."),
    alike("two-titled", "Judge Okoro",
          "Prosecutor Okoro opened the case on Monday.",
          "Prosecutor Okoro called the first witness.",
          "Prosecutor Okoro opened the case before Judge Okoro, her sister-in-law, who then stepped aside."),
    # transliteration look-alikes that are two people
    alike("translit-two", "Mohammed Saleh",
          "Minister Mohammed Salah signed the deal on Monday.",
          "Minister Mohammed Salah said the deal was fair.",
          "Minister Mohammed Salah signed the deal; the trader Mohammed Saleh was among the guests."),
    alike("translit-two", "Sergei Ivanov",
          "Minister Sergey Ivanovsky arrived on Monday.",
          "Minister Sergey Ivanovsky met the envoys.",
          "Minister Sergey Ivanovsky arrived, and his aide Sergei Ivanov followed."),
    alike("translit-two", "Zhang Wei",
          "Ambassador Zhang Wen met the minister on Monday.",
          "Ambassador Zhang Wen said the talks went well.",
          "Ambassador Zhang Wen met the minister; his predecessor, Zhang Wei, was also there."),
    alike("translit-two", "Lee Ji-eun",
          "Minister Lee Ji-hun met the envoys on Monday.",
          "Minister Lee Ji-hun said the talks went well.",
          "Minister Lee Ji-hun met the envoys. Lawmaker Lee Ji-eun, no relation, criticised him."),
    # a team, a ship or a product named after a person or a place
    alike("named-after", "Bremen",
          "Werder Bremen beat the visitors on Monday.",
          "Werder Bremen won 2-0.",
          "Werder Bremen won 2-0 in front of 40,000 fans in Bremen."),
    # an honorific surname of a family, several members in the story
    alike("family", "Rafael Ortega",
          "Raul Ortega was sworn in as president on Monday.",
          "President Raul Ortega took the oath.",
          "Raul Ortega was sworn in, and named his brother Rafael Ortega as defence minister."),
    alike("family", "Yasmin Qureshi",
          "Minister Tariq Qureshi resigned on Monday.",
          "Minister Tariq Qureshi quit after the report.",
          "Minister Tariq Qureshi resigned; his wife, the lawyer Yasmin Qureshi, read a statement."),
    alike("family", "Carl Bergman",
          "Carl Bergmann, the poet, died on Monday.",
          "The poet Carl Bergmann was 88.",
          "The poet Carl Bergmann died; his grandson, the actor Carl Bergman, spoke at the door."),
    alike("family", "Ella Moreau",
          "Judge Louis Moreau retired on Monday.",
          "Judge Louis Moreau said he would write a book.",
          "Judge Louis Moreau retired. His daughter Ella Moreau, also a judge, took his seat."),
    # two officials in the same post in two countries
    alike("two-posts", "Petra Halvik",
          "Foreign Minister Petra Hallvik of Norland met her counterpart on Monday.",
          "Foreign Minister Petra Hallvik said talks went well.",
          "Norland's foreign minister Petra Hallvik met Suderland's foreign minister, Petra Halvik."),
    alike("two-posts", "Jonas Reimer",
          "Mayor Jonas Reimers of Altdorf signed the twinning deal on Monday.",
          "Mayor Jonas Reimers hosted the visitors.",
          "Mayor Jonas Reimers of Altdorf signed the deal with Mayor Jonas Reimer of Neudorf."),
    # short forms shared by two real people
    alike("initials-two", "D. Marsh",
          "Judge Eva Marsh opened the hearing on Monday.",
          "Judge Eva Marsh heard the case.",
          "Judge Eva Marsh opened the hearing; the witness, listed as D. Marsh, did not appear."),
    alike("initials-two", "J. P. Morrow",
          "Senator Jane Morrow voted on Monday.",
          "Senator Jane Morrow spoke for the bill.",
          "Senator Jane Morrow voted for the bill written by her predecessor, J. P. Morrow."),
    # people named in a list, one with a near name
    alike("list", "Nina Olsen",
          "Ministers Nina Olsson, Per Lund and Ada Berg signed the letter on Monday.",
          "Minister Nina Olsson signed the letter.",
          "Nina Olsson, Nina Olsen and Per Lund, all ministers, signed the letter."),
    alike("list", "Aron Weiss",
          "The players Aron Weisz and Tibor Kaldi were fined on Monday.",
          "Aron Weisz was fined 5,000 euros.",
          "Aron Weisz, Tibor Kaldi and Aron Weiss were fined on Monday."),
    # a quoted source with a name near the subject's
    alike("quoted", "Greta Holm",
          "Minister Greta Holmes opened the plant on Monday.",
          "Minister Greta Holmes said jobs would follow.",
          '"This is good news," said Greta Holm, a local worker, as Minister Greta Holmes opened the plant.'),
    alike("quoted", "Paul Ricard",
          "Minister Paul Richard announced the tax on Monday.",
          "Minister Paul Richard said the tax was needed.",
          '"It will ruin us," said Paul Ricard, a baker, after Minister Paul Richard announced the tax.'),
    # a river and a town of one name, a region and its capital
    alike("river-town", "Orlava river",
          "Floods hit Orlava on Monday.",
          "Residents of Orlava fled.",
          "The Orlava river burst its banks and flooded the town of Orlava on Monday."),
    alike("region-capital", "Valmora province",
          "Storms hit the city of Valmora on Monday.",
          "The city of Valmora lost power.",
          "Storms hit the city of Valmora and much of Valmora province on Monday."),
    alike("region-capital", "New Halden",
          "A fire broke out in Halden on Monday.",
          "Firefighters in Halden put out the fire.",
          "A fire broke out in Halden; crews came from New Halden across the bay."),
]


def story(row: tuple) -> list:
    _, title, usual, variant, _, third, _, first_two = row
    if first_two:
        return [make("o1", first_two[0]), make("o2", first_two[1]), make("o3", third)]
    return garbled_checklist.default_story(title, usual, variant, third)


def _written_by_others(text: str, others: str) -> bool:
    # written by another outlet only as the opening of a longer name ("Ivan Petrovich" of "Ivan
    # Petrovich Sablin") is still a form only the third outlet writes
    return bool(re.search(rf"(?<!\w){re.escape(text)}(?!\w)(?!\s+[A-Z])", others))


def outcome(row: tuple) -> tuple[bool, str]:
    """Whether the resolver meets the row, and what it flagged."""
    return garbled_checklist.outcome(story(row), row[4], _written_by_others)


@pytest.mark.parametrize("row", params(ROWS))
def test_garbled_name_checklist19(row: tuple) -> None:
    ok, shown = outcome(row)
    assert ok, f"{'garbled' if row[4] else 'no garble'} {row[3]!r} for {row[2]!r}: flagged {shown}"


def test_the_checklist_has_both_kinds_and_both_halves() -> None:
    assert len(ROWS) >= 150
    assert {half(r) for r in ROWS} == {"FIXING", "HELD-OUT"}
    assert sum(r[4] for r in ROWS) >= 60 and sum(not r[4] for r in ROWS) >= 80


def _kind(row: tuple) -> str:
    return "ALL garbled" if row[4] else ("ALL look-alike" if row[7] and row[2] == "" else "ALL no garble")


def report(which: str = "all") -> None:
    garbled_checklist.report(ROWS, outcome, _kind, 22, which, totals="--totals" in sys.argv)


if __name__ == "__main__":
    report(garbled_checklist.which_half())
