"""A CheckList (Ribeiro et al. 2020) of boilerplate line shapes, each inside a short invented article.

Every line here is invented from the common shapes of news pages and wire feeds, not from the
project's story sets. ``CHECKLIST`` maps a class to several variants that ``clean`` must remove;
``LOOKALIKES`` are story lines with the same words that it must keep. ``pass_rates()`` gives the
share removed per class (bench/README.md reports it).
"""

from __future__ import annotations

import pytest

from rashomon.comparison.clean import clean
from rashomon.model import Document

STORY = (
    "Floodwater rose through the lower town of Marrowby on Tuesday, forcing 300 people from their homes.",
    "The river authority said the embankment gave way shortly after midnight, and pumps were brought in from two counties.",
    "Residents spent the night in a school hall while volunteers handed out blankets and soup.",
    "Engineers expect the water to fall by Thursday, the authority said, though more rain is forecast.",
)

CHECKLIST: dict[str, list[str]] = {
    "read more": ["Read more: Council approves the new harbour plan", "READ MORE: Flood defences fail again",
                  "Read more about the ferry strike", "Read next: The winter that broke the grid"],
    "related": ["Related: Mayor resigns after audit", "RELATED: Tram fares to rise in spring", "Related Coverage",
                "Related topics"],
    "see also": ["See also: How the valley dam was built", "You might also like", "More on this story",
                 "Also read: Ten years after the fire"],
    "follow us": ["Follow us on X", "Follow us on Instagram and TikTok", "Follow The Marrowby Courier on Facebook",
                  "Follow us on Google News"],
    "newsletter": ["Sign up for our newsletter", "Sign up to The Morning Brief, our free daily newsletter",
                   "Subscribe to our newsletter", "Get our free newsletter in your inbox every morning"],
    "share": ["Share this article", "Share this story", "Share", "Share on WhatsApp", "Copy link"],
    "advert": ["Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT", "Sponsored", "Ad"],
    "copyright": ["© 2025 Marrowby Courier. All rights reserved.", "Copyright © 2024 Northgate Media Group",
                  "© Harbour News Agency 2025", "(c) 2023 Coastline Press Ltd", "Copyright 2025 Valley Herald Ltd."],
    "photo credit": ["Photo: Maria Lind / Nordpix", "Photo: Getty Images", "Photograph: Sam Reed/The Valley Herald",
                     "Image: Handout", "Pictures: Supplied", "Photo credit: Ana Lopez"],
    "wire credits": ["(Reporting by Ana Lopez; Editing by Tom Brown)",
                     "Reporting by Li Wei in Beijing and Ravi Kumar in Delhi; Writing by Sara Moss; Editing by Kim Hale",
                     "(Writing by Sara Moss; Editing by Kim Hale and Peter Graff)"],
    "additional reporting": ["Additional reporting by Ana Lopez in Lisbon", "Additional reporting by Reuters",
                             "With additional reporting by Tom Brown"],
    "machine translation": ["This article was machine-translated from German.",
                            "This article has been translated using AI and reviewed by our editors.",
                            "This text was automatically translated.",
                            "This article was translated from Spanish with the help of an AI tool."],
    "updated": ["Updated 14:32 GMT", "Updated: 3 June 2025, 09:10", "Last updated 2 hours ago", "Updated 14 minutes ago"],
    "published": ["Published on 4 March 2025", "Published 12 May 2025, 08:15 BST", "Published: 09:41, 22 Nov 2024",
                  "First published on Tue 4 Mar 2025 10.12 GMT"],
    "tags": ["Tags: Floods, Weather, Marrowby", "Topics: elections; parliament", "Filed under: Politics", "Tags: harbour, strike"],
    "listen": ["Listen to this article", "Listen to this article (4 min)", "Listen to this story", "Listen to this article 3:12"],
    "read time": ["4 min read", "5 minute read", "Reading time: 3 minutes", "2-minute read"],
    "click here": ["Click here to subscribe", "Click here for the latest updates", "Tap here to watch the video"],
    "contact author": ["Contact the author at j.doe@herald.example", "Contact the reporter: ana.lopez@ledger.example",
                       "Email: newsdesk@valleyherald.example", "You can reach the author at tbrown@courier.example"],
    "masthead": ["THE MARROWBY COURIER", "The Valley Herald | News", "VALLEY HERALD | World"],
    "dateline only": ["LONDON (Reuters) -", "PARIS, June 4 (AFP) -", "BRUSSELS, March 3 (Reuters) —"],
    "most read": ["Most read", "Most Read Stories", "Most popular", "Trending now", "Most viewed"],
    "app promo": ["Download the Valley Herald app", "Get the app", "Download our app on iOS and Android",
                  "Read this story in our app for a better experience"],
    "cookie": ["We use cookies to give you the best experience on our site.", "This website uses cookies.",
               "Cookie settings", "By using this site you agree to our use of cookies."],
    "paywall": ["Subscribe to continue reading", "This article is for subscribers only.", "Already a subscriber? Sign in",
                "Subscribe now for unlimited access", "Create a free account to keep reading"],
    "editor's note": ["Editor's note: This story contains descriptions of violence that some readers may find distressing.",
                      "Editor's note: This article was originally published in 2019.",
                      "Editor’s note: Some names have been changed to protect the identity of those involved."],
    "correction": ["Correction: This article has been corrected to show that the vote took place on Tuesday.",
                   "Correction, June 5: An earlier version of this article misstated the mayor's age.",
                   "CORRECTION: A previous version of this story misspelled the name of the harbour master."],
    "watch": ["Watch the video", "WATCH LIVE", "Watch the full video above", "Video: Watch the report"],
    "caption with credit": ["Firefighters tackle the blaze on Tuesday. Photo: Sam Reed / Valley Herald",
                            "The damaged bridge seen from the east bank. (Photo by Ana Lopez/Getty Images)",
                            "Volunteers fill sandbags near the river. Picture: Supplied",
                            "Rescuers search the rubble. Credit: Jane Doe/Nordpix"],
    "author bio": ["Jane Doe is a reporter covering health for the Valley Herald.",
                   "Ana Lopez is the Courier's Europe correspondent, based in Brussels.",
                   "Tom Brown covers courts and crime for the Marrowby Courier.",
                   "About the author: Kim Hale writes about energy and climate."],
    "social handle": ["@valleyherald", "Follow Jane Doe on X: @janedoe", "Twitter: @ana_lopez"],
    "byline": ["By Jane Doe", "By Ana Lopez and Tom Brown", "By JANE DOE, Associated Press", "By Kim Hale, Staff Writer"],
    "byline with date": ["By Jane Doe | 4 June 2025", "Jane Doe | June 4, 2025 | 6:02 PM"],
    "comments": ["Comments (12)", "View comments", "Show comments", "Leave a comment"],
    "page tools": ["Print this page", "Email this article", "Save article", "Gift this article"],
    "breadcrumb": ["Home / News / World", "News > UK > Politics", "Home » Sport » Football"],
    "live": ["Live updates", "Key events", "Show key events only"],
    "podcast": ["Listen to our podcast on Spotify and Apple Podcasts", "Subscribe to The Briefing podcast"],
    "donation": ["Support our journalism", "Donate now", "Support independent journalism today"],
    "notifications": ["Turn on notifications to get breaking news", "Get breaking news alerts on your phone"],
    "more from": ["More from World", "More in Politics", "More from this author"],
    "gallery": ["View gallery", "Image 1 of 12", "Open gallery (14 photos)", "Enlarge this image"],
    "source line": ["Source: Reuters", "Source: AFP, AP", "Sources: Reuters, AFP"],
    "wire tag": ["— Reuters", "(AFP)", "— AP", "--With assistance from Ana Lopez."],
    "tips": ["Have a story tip? Email tips@herald.example",
             "If you have information about this story, contact us at news@herald.example"],
    "disclaimer": ["The views expressed are those of the author and do not necessarily reflect those of the Valley Herald.",
                   "We may earn a commission from links on this page."],
    "standards": ["Our Standards: The Thomson Reuters Trust Principles.", "Learn more about our editorial standards",
                  "Report an error"],
    "login": ["Log in", "Sign in to continue", "Sign in"],
    "relative time": ["2 hours ago", "5 hrs ago", "Yesterday at 18:40"],
    "first published": ["This story originally appeared on Coastline News.", "Originally published by the Marrowby Courier."],
    "page navigation": ["Next story", "Back to top", "Skip to main content", "Previous article"],
    "script notice": ["Loading...", "Please enable JavaScript to view the comments."],
    "sponsored": ["Sponsored content from Harbour Bank", "In partnership with Harbour Bank", "Presented by Harbour Bank"],
    "reuse": ["Reuse this content", "For reprint rights, contact licensing@courier.example", "Republish this article"],
    "contact us": ["Contact us", "Get in touch", "Send us your feedback"],
    "footer": ["About us | Contact | Privacy policy | Terms of use", "Privacy Policy", "Terms and Conditions"],
    "embed notice": ["This content is hosted by a third party. Accept cookies to view it.",
                     "This content is not available in your region."],
    "channel promo": ["Subscribe to our YouTube channel", "Join our WhatsApp channel for the latest news",
                      "Join our Telegram channel"],
    "print edition": ["A version of this article appears in print on June 4, 2025, Section A, Page 6.",
                      "This article appeared in the print edition of 4 June 2025."],
    "explore": ["Explore more on these topics", "More on this topic"],
    "have your say": ["Have your say", "Join the conversation", "What do you think? Let us know in the comments."],
    "video duration": ["Video duration 02 minutes 14 seconds", "Duration: 1:24"],
    "staff role": ["Reporter: Jane Doe", "Edited by Kim Hale", "Editor: Tom Brown"],
    "kicker": ["EXCLUSIVE", "Breaking news", "ANALYSIS", "Opinion"],
    "name and section": ["Harbour Lines | Business", "Coastal Affairs Monthly | Features", "Politics | The Valley Herald"],
    "reuse terms": ["Courier stories may be republished with attribution.",
                    "Our articles may be reproduced provided the source is credited."],
    "translation validity": ["Automatic translation. In case of discrepancy the Danish original prevails.",
                             "Machine translation by the agency. The Estonian version is authoritative."],
    "members offer": ["Courier Plus members can read the full interview on our website.",
                      "Subscribers can listen to our extended episode in the app.",
                      "Premium subscribers can download the full report online."],
    "outlet promo": ["The Marrowby Courier: news you can trust.", "Your local news, every day."],
}

LOOKALIKES: list[str] = [
    "Readers who wanted to read more could borrow the report from the town library, the council said.",
    "“Read more books,” the minister told the pupils on Tuesday.",
    "Read More, the bookshop on Main Street, closed after 40 years.",
    "Photographs taken by a neighbour show the car on the bridge at 9 pm.",
    "Photo radar cameras caught 1,200 drivers speeding in May, police said.",
    "The photo, released by the agency on Monday, shows the minister at the party.",
    "The newspaper published a correction on Friday after the minister complained.",
    "Correction officers at the prison walked out on Monday.",
    "The agency issued a correction on Tuesday, saying 12 people, not 21, had died.",
    "The editor, Jane Doe, said the paper stood by its reporting.",
    "In an editor's note published on Friday, the magazine said it had erred in its account of the trial.",
    "Share prices fell 4 percent in early trading.",
    "Advertising executives met the regulator on Monday.",
    "Advertisement boards at the stadium were torn down by fans.",
    "Follow-up inspections found no further leaks.",
    "Sign-ups for the scheme doubled, the ministry said.",
    "Copyright lawyers said the ruling would reshape the music industry.",
    "Reuters reported on Tuesday that the talks had stalled.",
    "Updated forecasts show the river will peak on Thursday.",
    "Published figures show unemployment rose to 6.1 percent.",
    "Published on Monday, the audit found 40 breaches of the rules.",
    "LONDON (Reuters) - The central bank held rates on Thursday, citing weak growth.",
    "Tags on the sheep showed they came from a farm 40 km away.",
    "Listen to the people of this town, the mayor told the crowd.",
    "Click-through rates for the campaign were low, the agency said.",
    "Most read the notice only after the water was cut off, residents said.",
    "Watch parties were held across the city for the final.",
    "Related to the mayor by marriage, the contractor won three tenders.",
    "Contact between the two ships was made at 4:10 am, the coastguard said.",
    "Jane Doe, a reporter covering the trial for a local paper, was ordered to leave the courtroom.",
    "The app, which was downloaded 2 million times, stopped working on Monday.",
    "Cookies sold at the fair raised 2,000 euros for the flood victims.",
    "The agency said it used machine translation to sift the leaked documents.",
    "Editors at the paper voted to strike on Friday.",
    "Most popular among voters was the pledge to cut fares.",
    "More than 400 people attended the funeral on Saturday.",
    "By 6 pm, the fire had spread to three houses.",
    "All rights to the land were reserved for the tribe under the 1921 treaty.",
    "Sponsored by the city, the festival drew 30,000 visitors.",
    "Additional reporting by the auditors found more gaps in the accounts.",
    "Home Secretary Jane Doe said the plan would go ahead.",
    "Anyone with information should call police on 101, quoting incident 245.",
    "Follow the money, the prosecutor told the jury.",
    "The ministry's account on X posted the statement at 9 am.",
    "First published in 1851, the paper printed its last edition on Saturday.",
    "Subscribers to the water utility will see bills rise by 8 percent.",
    "Tom Brown, who covers courts for the paper, was arrested outside the building.",
    "Privacy policy changes at the bank took effect on Monday.",
    "The video, which lasts two minutes, shows the boat capsizing.",
    "Source: a police officer at the scene told the Courier the driver fled.",
    "Donate blood if you can, the hospital urged on Wednesday.",
    "She said the live updates from the ministry had been confusing.",
    "Comments by the minister drew anger from the unions.",
    "The reporter's notes were seized by police, the union said.",
    "Two hours ago the ministry had denied any leak, but by noon it confirmed one.",
    "Leave was cancelled for all police officers in the city.",
    "The views expressed by the minister drew criticism from the opposition.",
    "Print runs of the paper have fallen by half since 2015.",
    "Reporter Jane Doe was awarded the prize for her coverage of the flood.",
    "Back to top form, the striker scored twice on Saturday.",
    "Tom Brown covers his face as he leaves the court.",
    "Jane Doe is a reporter who was injured while covering the protest.",
    "Jane Doe is a photographer whose pictures of the flood went round the world.",
    "Members can read the minutes online, the council said.",
    "Photos may be used only with the family's permission.",
    "Opinion polls show the mayor ahead in the race.",
    "The translation is valid only if stamped by a notary, the embassy said.",
    "Exclusive talks between the two firms broke down in May.",
    "Home / away records matter less in the cup, the coach said.",
]


def _article(line: str) -> Document:
    lines = [STORY[0], line, *STORY[1:]]
    return Document(text="\n".join(lines), title="Floods in Marrowby", source="Marrowby Courier")


def removed_in_context(line: str) -> tuple[bool, bool]:
    """(whether ``line`` was removed, whether every story paragraph was kept) inside an article."""
    _, removed = clean(_article(line))
    numbers = {r.line for r in removed}
    return 1 in numbers, not (numbers - {1})


def pass_rates() -> dict[str, tuple[int, int]]:
    """Per class: (variants removed with the story kept, variants); "story lookalikes": kept of all."""
    rates = {}
    for name, lines in CHECKLIST.items():
        rates[name] = (sum(all(removed_in_context(line)) for line in lines), len(lines))
    kept = sum(removed_in_context(line) == (False, True) for line in LOOKALIKES)
    rates["story lookalikes"] = (kept, len(LOOKALIKES))
    return rates


# Shapes the rules do not take yet: too close to story wording for a general rule.
KNOWN_GAPS: set[str] = {"The Marrowby Courier: news you can trust.", "Your local news, every day."}

CASES = [pytest.param(line, marks=pytest.mark.xfail(strict=True, reason="known gap")) if line in KNOWN_GAPS
         else line for lines in CHECKLIST.values() for line in lines]


@pytest.mark.parametrize("line", CASES)
def test_boilerplate_shape_is_removed_in_an_article(line: str) -> None:
    removed, story_kept = removed_in_context(line)
    assert removed, line
    assert story_kept


@pytest.mark.parametrize("line", LOOKALIKES)
def test_story_lookalike_is_kept(line: str) -> None:
    assert removed_in_context(line) == (False, True), line


def test_checklist_is_broad() -> None:
    assert len(CHECKLIST) >= 60
    assert sum(len(v) for v in CHECKLIST.values()) >= 200
