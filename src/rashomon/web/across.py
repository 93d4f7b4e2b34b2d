"""The pages that read across stories: one entity, one outlet. Both read only stories that have
a stored report (never compare on the way) and say so when there is none yet.

    entity_view(key, reports)                the sentences that name it, its forms with flags,
                                             the conflicts that involve it
    outlet_view(name, reports, stories=...)  its names, loaded terms, voices, tone, stories
                                             and blindspots, against the other outlets
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Entity, Report
from ..renderers.common import FRAMING_KINDS, ReportIndex, framing_label
from ..renderers.summary import contrasts_of, report_title
from ..comparison.framing.voices import NOTE_JOIN
from ..store.facade import StorySummary

StoryReport = tuple[StorySummary, Report]

MAX_SENTENCES = 200
TIMES = re.compile(r"\s*\((\d+) times?\)$")  # "the company (2 times)": a voice quoted twice
MAX_BLINDSPOTS = 20
# Lexicon cues that label people or groups ("thugs", "mob"): shown beside the tone toward named
# entities, which never sees a group the outlet does not name.
LABEL_NOTES = ("[labels]", "[dysphemism]")


def entity_key(name: str) -> str:
    """The URL key of an entity across stories: its name, case-folded, words joined by "-"."""
    return re.sub(r"[\W_]+", "-", name.casefold()).strip("-") or "-"


def story_title(summary: StorySummary, report: Report | None) -> str:
    """A story's title: its most neutral headline (fewest framing cues) when its report is at
    hand, else the title the store keeps."""
    if report is not None and report.articles:
        title = report_title(report)
        if title:
            return title
    return summary.title


def _matches(entity: Entity, key: str) -> bool:
    return entity_key(entity.name) == key or any(entity_key(v) == key for v in entity.variants)


def entity_view(key: str, reports: Iterable[StoryReport]) -> dict[str, Any] | None:
    """One entity across stories; None when no stored report names it. ``key`` is its URL key or its
    name as written ("Lena Vos" finds the page of "lena-vos": a name typed in the address was a 404)."""
    key = entity_key(key)  # a key is its own key
    names: Counter[str] = Counter()
    types: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)  # outlet -> form -> mentions
    garbled: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # outlet -> form -> reasons
    stories, sentences, conflicts = [], [], []
    sentence_count = 0
    for summary, report in reports:
        index = ReportIndex.of(report)
        found = [e for e in report.entities if _matches(e, key)]
        if not found:
            continue
        title = story_title(summary, report)
        count = 0
        named: dict[str, list[str]] = {}  # sentence id -> the forms it uses
        flagged_here = {(s.sentence, s.text) for e in found for s in e.suspect}
        for entity in found:
            names[entity.name] += len(entity.mentions) or 1
            types[entity.type] += 1
            count += len(entity.mentions)
            for mention in entity.mentions:
                forms[index.outlet(mention.article)][mention.text] += 1
                named.setdefault(mention.sentence, [])
                if mention.text not in named[mention.sentence]:
                    named[mention.sentence].append(mention.text)
            for suspect in entity.suspect:
                garbled[index.outlet(suspect.article)][suspect.text].add(suspect.reason)
        stories.append({"story": summary, "title": title, "names": sorted({e.name for e in found}), "mentions": count})
        for sid, used in named.items():
            sentence = index.sentences.get(sid)
            if sentence is None:
                continue
            sentence_count += 1
            if len(sentences) < MAX_SENTENCES:
                sentences.append({"story": summary, "title": title, "sid": sid, "outlet": index.outlet(sentence.article),
                                  "text": sentence.text, "forms": used,
                                  "flagged": [f for f in used if (sid, f) in flagged_here]})
        for conflict in report.conflicts:
            if any(side.sentence in named for side in conflict.sides):
                conflicts.append({"story": summary, "title": title, "conflict": conflict,
                                  "sides": [(side, index.outlet(side.article)) for side in conflict.sides]})
    if not stories:
        return None
    rows = []
    for outlet in sorted(set(forms) | set(garbled), key=str.casefold):
        used = forms.get(outlet, Counter())
        flagged = garbled.get(outlet, {})
        all_forms = list(used) + [f for f in flagged if f not in used]
        rows.append({
            "outlet": outlet,
            "forms": [{"text": f, "count": used.get(f, 0), "reasons": sorted(flagged.get(f, ()))} for f in all_forms],
        })
    return {
        "key": key,
        "name": names.most_common(1)[0][0],
        "other_names": [n for n, _ in names.most_common()][1:],
        "type": types.most_common(1)[0][0],
        "outlets": rows,
        "stories": stories,
        "sentences": sentences,
        "sentences_more": sentence_count - len(sentences),
        "conflicts": conflicts,
    }


@dataclass(slots=True)
class Bar:
    label: str
    kind: str
    mine: float
    others: float
    y: int = 0
    mine_w: float = 0.0
    others_w: float = 0.0


def _bars(mine: Counter[str], my_articles: int, others: Counter[str], other_articles: int) -> dict[str, Any]:
    """Framing cues per article by kind, this outlet against the others, as SVG bar geometry."""
    kinds = [k for k in FRAMING_KINDS if mine.get(k) or others.get(k)]
    kinds += sorted((set(mine) | set(others)) - set(FRAMING_KINDS))
    bars = [
        Bar(label=framing_label(k), kind=k,
            mine=round(mine.get(k, 0) / my_articles, 2) if my_articles else 0.0,
            others=round(others.get(k, 0) / other_articles, 2) if other_articles else 0.0)
        for k in kinds
    ]
    top = max([b.mine for b in bars] + [b.others for b in bars] + [0.0001])
    left, width = 130, 380
    for i, bar in enumerate(bars):
        bar.y = 10 + i * 44
        bar.mine_w = round(width * bar.mine / top, 1)
        bar.others_w = round(width * bar.others / top, 1)
    return {"bars": bars, "left": left, "width": 640, "height": 20 + 44 * len(bars), "has_others": other_articles > 0}


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.casefold()).split())


def outlet_view(name: str, reports: Iterable[StoryReport], stories: Sequence[StorySummary] = ()) -> dict[str, Any]:
    """One outlet across the stories whose reports are given (its stories list may be empty:
    then nothing is claimed about it). ``stories``: every stored story, for the blindspots."""
    covered = []
    naming = []
    loaded = []
    tone = []
    labels: dict[str, int] = {}  # disparaging labels for people or groups it writes, and how often
    voices: Counter[str] = Counter()
    mine: Counter[str] = Counter()
    others: Counter[str] = Counter()
    my_articles = other_articles = 0
    for summary, report in reports:
        index = ReportIndex.of(report)
        my_ids = {a.id for a in report.articles if a.source == name}
        if not my_ids:
            continue
        my_articles += len(my_ids)
        other_articles += len(report.articles) - len(my_ids)
        mine_here = [a for a in report.articles if a.id in my_ids]
        title = story_title(summary, report)
        same = _title_key(title)
        covered.append({
            "story": summary, "title": title, "articles": mine_here,
            # its own headlines, when they differ from the story's title (which the link shows)
            "headlines": list(dict.fromkeys(a.title for a in mine_here if a.title and _title_key(a.title) != same)),
        })
        for cue in report.framing:
            if cue.kind != "voice":  # whom it quotes is counted apart, never charted as framing
                (mine if cue.article in my_ids else others)[cue.kind] += 1
            if cue.article not in my_ids:
                continue
            if cue.kind == "tone":
                tone.append({"story": summary, "title": title, "cue": cue})
            elif cue.kind == "loaded" and cue.note.startswith(LABEL_NOTES):
                labels[cue.text.lower()] = labels.get(cue.text.lower(), 0) + 1
            elif cue.kind == "voice" and cue.note.startswith("quotes "):
                # whom the outlet quotes; a sourcing note on the same words ("critics claim")
                # flags that the group is unnamed, it names no second voice
                who = cue.note.removeprefix("quotes ").split(NOTE_JOIN)[0].strip() or cue.text
                times = TIMES.search(who)
                voices[TIMES.sub("", who).strip() or who] += int(times.group(1)) if times else 1
        for contrast in contrasts_of(report):
            if contrast.article in my_ids:
                loaded.append({"story": summary, "title": title, "contrast": contrast})
        for entity in report.entities:
            my_forms = list(dict.fromkeys(m.text for m in entity.mentions if m.article in my_ids))
            their_forms: dict[str, list[str]] = defaultdict(list)
            for m in entity.mentions:
                if m.article not in my_ids and m.text not in their_forms[index.outlet(m.article)]:
                    their_forms[index.outlet(m.article)].append(m.text)
            if not my_forms or not their_forms:
                continue
            other_set = {f for forms in their_forms.values() for f in forms}
            if set(my_forms) <= other_set:
                continue  # only names the others use too: nothing to show
            suspects = {s.text: s.reason for s in entity.suspect if s.article in my_ids}
            naming.append({
                "story": summary, "title": title, "entity": entity, "key": entity_key(entity.name),
                "mine": [(f, suspects.get(f, "")) for f in my_forms if f not in other_set],
                "theirs": sorted(their_forms.items()),
            })
    blindspots = [s for s in stories if name not in s.outlets and len(s.outlets) >= 2]
    blindspots.sort(key=lambda s: (-len(s.outlets), s.last_date or ""), reverse=False)
    return {
        "name": name,
        "stories": covered,
        "compared": bool(covered),
        "naming": naming,
        "loaded": loaded,
        "tone": tone,
        "labels": sorted(labels, key=lambda t: (-labels[t], t)),
        "voices": voices.most_common(),
        "chart": _bars(mine, my_articles, others, other_articles),
        "articles": my_articles,
        "blindspots": blindspots[:MAX_BLINDSPOTS],
        "blindspots_more": max(0, len(blindspots) - MAX_BLINDSPOTS),
    }
