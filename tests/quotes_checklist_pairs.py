"""Invented sentence pairs for the quotation CheckList: two outlets quoting one speaker on one event.
Written from general knowledge of how news misquotes and how it rewords; no text from any story set.

Each row: (class, outlet a's sentence, outlet b's sentence, whether a quote conflict is expected).
"""

LEAD = "A fire destroyed the Orlen chemical depot near Kessa on Sunday night. "

ROWS = [
    # a negation dropped or added
    ("negation-dropped", 'Mayor Lina Sorvik said: "The water in Kessa is not safe to drink."', 'Mayor Lina Sorvik said: "The water in Kessa is safe to drink."', True),
    ("negation-dropped", '"We did not know the tanks were leaking," the depot manager Eryk Palm said.', '"We knew the tanks were leaking," the depot manager Eryk Palm said.', True),
    ("negation-dropped", 'Fire chief Tor Haldane said: "The fire is not under control yet."', 'Fire chief Tor Haldane said: "The fire is under control."', True),
    ("negation-dropped", '"Nobody was inside the depot when it caught fire," Eryk Palm told reporters.', '"Somebody was inside the depot when it caught fire," Eryk Palm told reporters.', True),
    ("negation-dropped", '"There is no danger to people living nearby," Lina Sorvik said.', '"There is a danger to people living nearby," Lina Sorvik said.', True),
    ("negation-dropped", '"The company has never broken a safety rule," Eryk Palm said.', '"The company has broken a safety rule," Eryk Palm said.', True),
    # "will" against "will not", "can" against "cannot"
    ("will-wont", '"We will reopen the depot next year," Eryk Palm said.', '"We will not reopen the depot next year," Eryk Palm said.', True),
    ("will-wont", '"We won\'t pay compensation before the inquiry ends," Eryk Palm said.', '"We will pay compensation before the inquiry ends," Eryk Palm said.', True),
    ("will-wont", '"Residents can return to their homes tonight," Lina Sorvik said.', '"Residents cannot return to their homes tonight," Lina Sorvik said.', True),
    ("will-wont", '"The school should stay closed on Monday," Lina Sorvik said.', '"The school should not stay closed on Monday," Lina Sorvik said.', True),
    ("will-wont", '"I will resign if the inquiry finds we were negligent," Eryk Palm said.', '"I will not resign even if the inquiry finds we were negligent," Eryk Palm said.', True),
    # a figure changed inside the quotation
    ("figure-changed", '"We evacuated 300 families during the night," Lina Sorvik said.', '"We evacuated 800 families during the night," Lina Sorvik said.', True),
    ("figure-changed", '"Forty firefighters fought the blaze for six hours," Tor Haldane said.', '"Forty firefighters fought the blaze for ten hours," Tor Haldane said.', True),
    ("figure-changed", '"The depot held 20 tonnes of chlorine," Tor Haldane said.', '"The depot held 200 tonnes of chlorine," Tor Haldane said.', True),
    ("figure-changed", '"Two of our workers are in hospital," Eryk Palm said.', '"Three of our workers are in hospital," Eryk Palm said.', True),
    ("figure-changed", '"We evacuated 300 families during the night," Lina Sorvik said.', '"We evacuated three hundred families during the night," Lina Sorvik said.', False),
    # an antonym in place of the key word
    ("antonym", '"The air quality in Kessa is improving," Lina Sorvik said.', '"The air quality in Kessa is worsening," Lina Sorvik said.', True),
    ("antonym", '"The risk to residents is low," Tor Haldane said.', '"The risk to residents is high," Tor Haldane said.', True),
    ("antonym", '"The fire started inside the warehouse," Tor Haldane said.', '"The fire started outside the warehouse," Tor Haldane said.', True),
    ("antonym", '"We will increase the safety checks at every depot," Eryk Palm said.', '"We will reduce the safety checks at every depot," Eryk Palm said.', True),
    ("antonym", '"The inspectors found the valves were open," Tor Haldane said.', '"The inspectors found the valves were closed," Tor Haldane said.', True),
    ("antonym", '"The first explosion came before midnight," Tor Haldane said.', '"The first explosion came after midnight," Tor Haldane said.', True),
    # a quantifier changed
    ("quantifier", '"All of the workers were accounted for," Eryk Palm said.', '"Some of the workers were accounted for," Eryk Palm said.', True),
    ("quantifier", '"Every tank on the site has been emptied," Tor Haldane said.', '"No tank on the site has been emptied," Tor Haldane said.', True),
    ("quantifier", '"Most residents have already gone home," Lina Sorvik said.', '"Few residents have already gone home," Lina Sorvik said.', True),
    ("quantifier", '"We always followed the safety rules," Eryk Palm said.', '"We rarely followed the safety rules," Eryk Palm said.', True),
    ("quantifier", '"Each tank on the site has been emptied," Tor Haldane said.', '"Every tank on the site has been emptied," Tor Haldane said.', False),
    # a paraphrase with the same meaning
    ("paraphrase", '"We will not reopen the depot this year," Eryk Palm said.', '"We are not going to reopen the depot this year," Eryk Palm said.', False),
    ("paraphrase", '"We won\'t reopen the depot this year," Eryk Palm said.', '"We will not reopen the depot this year," Eryk Palm said.', False),
    ("paraphrase", '"Residents must stay indoors and keep their windows shut," Lina Sorvik said.', '"Residents must remain inside and keep their windows closed," Lina Sorvik said.', False),
    ("paraphrase", '"The fire is now under control," Tor Haldane said.', '"The blaze is now under control," Tor Haldane said.', False),
    ("paraphrase", '"Nobody was hurt in the explosion," Tor Haldane said.', '"No one was injured in the explosion," Tor Haldane said.', False),
    ("paraphrase", '"I do not think the company is to blame," Lina Sorvik said.', '"I think the company is not to blame," Lina Sorvik said.', False),
    # a translation of the same words
    ("translation", '"This is a tragedy for the whole town," Lina Sorvik said.', '"It is a tragedy for all the town," Lina Sorvik said.', False),
    ("translation", '"We will find out who is responsible for this," Lina Sorvik said.', '"We are going to discover who is responsible for this," Lina Sorvik said.', False),
    ("translation", '"The company never respected the safety rules," Lina Sorvik said.', '"The company did not ever respect the norms of safety," Lina Sorvik said.', False),
    ("translation", '"Our firefighters worked all night without rest," Tor Haldane said.', '"Our firemen worked the whole night without rest," Tor Haldane said.', False),
    ("translation", '"We ask residents not to drink tap water," Lina Sorvik said.', '"We ask the residents to not drink the water of the tap," Lina Sorvik said.', False),
    # partial quotations of different parts of one statement
    ("different-parts", 'Lina Sorvik called the fire "a disaster for our town".', 'Lina Sorvik promised that "every family will get help".', False),
    ("different-parts", '"The smoke is toxic," Tor Haldane said.', '"We expect to put out the last fires by Tuesday," Tor Haldane said.', False),
    ("different-parts", 'Eryk Palm said the company was "deeply sorry".', 'Eryk Palm said the company would "cooperate fully with the inquiry".', False),
    ("different-parts", '"We are not leaving until every fire is out," Tor Haldane said.', '"The wind is our biggest enemy tonight," Tor Haldane said.', False),
    # a longer and a shorter telling of one quotation
    ("shortened", '"We evacuated 300 families during the night, and nobody was hurt," Lina Sorvik said.', '"We evacuated 300 families during the night," Lina Sorvik said.', False),
    ("shortened", '"The water is not safe to drink until we say so," Lina Sorvik said.', 'Lina Sorvik said the water was "not safe to drink".', False),
    ("shortened", '"We will not reopen the depot this year, and maybe never," Eryk Palm said.', '"We will not reopen the depot this year," Eryk Palm said.', False),
    # two speakers saying opposite things
    ("two-speakers", '"The water is safe to drink," Mayor Lina Sorvik said.', '"The water is not safe to drink," said Oren Vale, a chemist at Kessa University.', False),
    ("two-speakers", '"The company followed every rule," depot manager Eryk Palm said.', '"The company did not follow every rule," union leader Marta Kol said.', False),
    ("two-speakers", '"We will reopen the depot," Eryk Palm said.', '"They will not reopen the depot," Lina Sorvik said.', False),
    # an adverb of certainty changed
    ("certainty", '"The fire was certainly caused by a spark," Tor Haldane said.', '"The fire was possibly caused by a spark," Tor Haldane said.', True),
    ("certainty", '"We will definitely reopen the depot," Eryk Palm said.', '"We will probably reopen the depot," Eryk Palm said.', True),
    ("certainty", '"The fire was probably caused by a spark," Tor Haldane said.', '"The fire was likely caused by a spark," Tor Haldane said.', False),
    # a negation told by a word of its own ("denied", "refused", "failed")
    ("lexical-negation", '"The depot failed its last inspection," Tor Haldane said.', '"The depot passed its last inspection," Tor Haldane said.', True),
    ("lexical-negation", '"The company refused to share its records," Lina Sorvik said.', '"The company agreed to share its records," Lina Sorvik said.', True),
    ("lexical-negation", '"The tanks were empty when the fire started," Eryk Palm said.', '"The tanks were full when the fire started," Eryk Palm said.', True),
    ("lexical-negation", '"The company refused to share its records," Lina Sorvik said.', '"The company declined to share its records," Lina Sorvik said.', False),
    # more and less, first and last
    ("comparative", '"We need more firefighters, not fewer," Tor Haldane said.', '"We need fewer firefighters, not more," Tor Haldane said.', True),
    ("comparative", '"This was the worst fire in the town\'s history," Lina Sorvik said.', '"This was the first fire in the town\'s history," Lina Sorvik said.', True),
    ("comparative", '"The depot is older than the town itself," Lina Sorvik said.', '"The depot is younger than the town itself," Lina Sorvik said.', True),
    ("comparative", '"This was the worst fire in the town\'s history," Lina Sorvik said.', '"This was the most serious fire in the town\'s history," Lina Sorvik said.', False),
    # a word of another time
    ("tense-time", '"The inspectors visited the depot last month," Tor Haldane said.', '"The inspectors visited the depot last year," Tor Haldane said.', True),
    ("tense-time", '"We will reopen the road tomorrow," Lina Sorvik said.', '"We will reopen the road next week," Lina Sorvik said.', True),
    ("tense-time", '"We will reopen the road on Monday," Lina Sorvik said.', '"We will reopen the road on Monday morning," Lina Sorvik said.', False),
    # one quotation reworded in several passages, one of which adds a condition or puts another noun in a phrase
    ("condition-added-reworded", '"The families who lost their homes will receive full compensation when the claims are proven," Eryk Palm said.', '"The families that lost their houses will get full compensation," Eryk Palm said.', True),
    ("condition-added-reworded", '"The families who lost their homes will receive full compensation when the claims are proven," Eryk Palm said.', '"The families that lost their houses will get full compensation when their claims are proven," Eryk Palm said.', False),
    ("noun-replaced-reworded", '"We owe every family in Kessa an apology. Those tanks were never safe," Eryk Palm said.', '"owes every family an explanation," Eryk Palm said.', True),
    ("noun-replaced-reworded", '"We owe to every family of Kessa an apology," Eryk Palm said.', '"We owe every family in Kessa an apology," Eryk Palm said.', False),
    ("noun-replaced-reworded", '"The fire was no accident. It was an attack," Tor Haldane said.', '"The fire was not an accident, it was an attack," Tor Haldane said.', False),
]
