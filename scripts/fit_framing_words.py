"""Fit the loaded-word model (src/rashomon/data/framing_word_model.json) on stories-dev (or several
folders of stories), with leave-one-story-out or leave-one-set-out cross-validation.

    python scripts/fit_framing_words.py [--root ROOT ...] [--folds story|set] [--c C] [--single T] [--story T] [--cv]
        [--cv-thresholds T ...] [--cv-single T ...] [--cache PICKLE] [--write]

Every word token in an outlet's own voice (rashomon.comparison.framing.loaded.candidate_tokens) is
one example; it is positive when it lies inside a gold framing cue of its article (any kind). Two
logistic regressions over the features of ``word_features``: named ones from broad resources
(VADER valence, wordfreq register, VADER's intensifiers, the word's shape, its subjectivity in the
pattern lexicon and SentiWordNet (data/subjectivity.tsv), and for a story whether
another outlet writes the word) and the word's 256-number vector from the packaged static
embedding table (so a word is weighed by what it resembles, not by its string; no word or story
string is a feature). ``single`` serves ``rashomon inspect``; ``story`` a comparison. A model named
in ``--context`` (default: story) gets a second stage (loaded_words.CONTEXT_FEATURES: the word's log-odds,
the loudness of its article, whether it is in the headline), a logistic regression fitted on the
first stage's leave-one-story-out probabilities (stacking); its sweep is then the second stage's.

Printed: a threshold sweep of the leave-one-story-out model (each story scored by a model fitted on
the other 23: the honest number for unseen stories) beside the model fitted on all 24, as gold
cues with a flagged word inside / words flagged / share of flagged words inside a gold cue.
``--cv`` also runs the real comparison of each story with the model fitted without it and scores
it with ``rashomon.evaluate`` (framing found and precision, the numbers bench/quality.py prints),
at each story threshold of ``--cv-thresholds``, and with ``--cv-single`` each article inspected alone
at each single-article threshold given.
``--write`` writes the model fitted on all 24 stories with the thresholds given.

``--root`` takes several folders (default: stories-dev alone). ``--folds set`` holds out a whole
folder instead of one story: each folder is scored by the model (both stages, the second fitted by
stacking within the other folders) fitted on the other folders alone, the honest number for stories
written by other hands. ``--cv-shipped`` also scores each story's comparison with the shipped model as
it is (the baseline: on a folder it was not fitted on, that is held out too).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import pickle
import re
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from rashomon.comparison.framing import find_framing, loaded, loaded_words, wording
from rashomon.comparison.framing.loaded import candidate_tokens, restored
from rashomon.comparison.framing.loaded_words import CONTEXT_FEATURES, SINGLE_FEATURES, STORY_FEATURES, _TOKEN, context_features, title_mask, vocabulary, word_features
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.pipeline import compare, prepare
from rashomon.evaluation import evaluate
from rashomon.settings import Settings
from rashomon.sources import read_sources

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "framing_word_model.json"
DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "data" / "stories-dev"
SWEEP = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


class Examples:
    """Features and labels of every candidate token, with its story and the gold cues it lies in."""

    def __init__(self, roots: list[Path], open_compounds: bool = True) -> None:
        single, story, labels, stories, cues, owners, in_title, sets, words = [], [], [], [], [], [], [], [], []
        self.stories: list[tuple[str, Path, list[Path]]] = []
        for root, gold_path in ((root, g) for root in roots for g in sorted(root.glob("*/gold.json"))):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            paths = [gold_path.parent / a for a in gold["articles"]]
            slug = story_key(roots, root, gold_path)
            self.stories.append((slug, gold_path, paths))
            docs, _ = read_sources([str(p) for p in paths])
            articles = [prepare(d, name, Settings()) for d, name in zip(docs, gold["articles"])]
            vocab = {a.id: vocabulary(a.text) if open_compounds else {w.lower() for w in _TOKEN.findall(a.text)} for a in articles}
            for article in articles:
                gold_cues = [(len(cues) + i, [m.span() for m in re.finditer(re.escape(g["text"]), article.text)])
                             for i, g in enumerate(g for g in gold["framing"] if g["article"] == article.id)]
                cues += [[] for _ in gold_cues]
                elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id))
                # the words as written: the shipped model was fitted before the case-restored view (text.case)
                tokens = [m for m in candidate_tokens(article, _quote_spans(article.text)) if not restored(article, m)]
                in_title += list(title_mask(article, [m.start() for m in tokens]))
                for m in tokens:
                    inside = [c for c, spans in gold_cues if any(s < m.end() and m.start() < e for s, e in spans)]
                    for c in inside:
                        cues[c].append(len(labels))
                    single.append(word_features(m.group(), None))
                    story.append(word_features(m.group(), elsewhere))
                    labels.append(int(bool(inside)))
                    words.append(m.group())
                    stories.append(slug)
                    sets.append(root.name)
                    owners.append(f"{slug}/{article.id}")
        self.X = {"single": np.stack(single), "story": np.stack(story)}
        self.y = np.array(labels)
        self.story = np.array(stories)
        self.article = np.array(owners)
        self.in_title = np.array(in_title)
        self.set = np.array(sets)
        self.words = words  # each example's token as written (to inspect misses; never a feature)
        self.cues = cues  # per gold cue (any kind): the example indices inside it

    def sweep(self, p: np.ndarray, t: float) -> tuple[int, int, float, float]:
        """(gold cues with a flagged word, words flagged, share of them inside a gold cue, word F1)."""
        flagged = p >= t
        found = sum(bool(idx) and bool(flagged[idx].any()) for idx in self.cues)
        n = int(flagged.sum())
        precision = float(self.y[flagged].sum() / n) if n else 0.0
        recall = float(self.y[flagged].sum() / max(1, self.y.sum()))
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return found, n, round(precision, 3), round(f1, 3)


def story_key(roots: list[Path], root: Path, gold_path: Path) -> str:
    """A story's name: its folder, prefixed with its set's where several sets are read (two sets may
    hold stories of the same name)."""
    return gold_path.parent.name if len(roots) == 1 else f"{root.name}/{gold_path.parent.name}"


def subset(ex: Examples, rows: np.ndarray) -> Examples:
    """The examples of ``rows`` alone (for fitting; its ``cues`` still index the whole set)."""
    part = copy.copy(ex)
    part.X = {k: v[rows] for k, v in ex.X.items()}
    for name in ("y", "story", "article", "in_title", "set"):
        setattr(part, name, getattr(ex, name)[rows])
    part.words = [w for w, keep in zip(ex.words, rows) if keep]
    return part


def context_matrix(ex: Examples, p: np.ndarray, prior: float | None) -> np.ndarray:
    """The second-stage features (loaded_words.context_features) of every example, article by article,
    from first-stage probabilities ``p``."""
    out = np.zeros((len(p), len(CONTEXT_FEATURES)))
    for owner in np.unique(ex.article):
        rows = ex.article == owner
        out[rows] = context_features(p[rows], ex.in_title[rows], prior)
    return out


def prior_loudness(ex: Examples, p: np.ndarray, rows: np.ndarray) -> float:
    """The typical article's loudness: the mean over the articles of ``rows`` of their mean loudness."""
    raw = context_matrix(ex, p, None)[:, 1]
    return round(float(np.mean([raw[rows & (ex.article == owner)].mean() for owner in np.unique(ex.article[rows])])), 4)


def context_json(clf: LogisticRegression, prior: float) -> dict[str, Any]:
    return {"features": list(CONTEXT_FEATURES), "weights": [round(float(w), 4) for w in clf.coef_[0]],
            "bias": round(float(clf.intercept_[0]), 4), "share": loaded_words.LOUDNESS_SHARE, "prior_loudness": prior}


def fit(X: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000).fit(X, y)


@dataclasses.dataclass
class Learner:
    """How a first stage is fitted: ``linear`` (L2 logistic regression, inverse strength ``c``) or
    ``mlp`` (one hidden layer of ``hidden`` rectified units on standardised inputs, L2 ``alpha``,
    seeded). An mlp part keeps the linear weights of ``base`` (the shipped part): the idiom model's
    phrase-meaning feature was fitted on them (idioms._phrase_meaning)."""

    kind: str = "linear"
    c: float = 1.0
    hidden: int = 16
    alpha: float = 1.0
    seed: int = 0
    base: dict[str, Any] | None = None
    stack_by_set: bool = False  # a linear part's held-out scores leave one set out too (as an mlp's), to compare the two alike

    def fit_json(self, X: np.ndarray, y: np.ndarray, features: tuple[str, ...], threshold: float) -> dict[str, Any]:
        """The first stage fitted on ``X``, ``y``, as its JSON part (no second stage)."""
        if self.kind == "linear":
            return as_json(fit(X, y, self.c), features, threshold)
        from sklearn.neural_network import MLPClassifier
        from sklearn.preprocessing import StandardScaler

        scaler = StandardScaler().fit(X)
        net = MLPClassifier(hidden_layer_sizes=(self.hidden,), alpha=self.alpha, max_iter=400, random_state=self.seed)
        net.fit(scaler.transform(X), y)
        if self.base is None:
            raise SystemExit("an mlp part needs the shipped part's linear weights (src/rashomon/data/framing_word_model.json)")
        part = {k: v for k, v in kept_part(self.base, features, threshold).items() if k not in ("context", "hidden", "coef")}
        part["hidden"] = {
            "mean": rounded(scaler.mean_), "scale": rounded(scaler.scale_), "weights": [rounded(row) for row in net.coefs_[0]],
            "bias": rounded(net.intercepts_[0]), "out_weights": rounded(net.coefs_[1][:, 0]), "out_bias": round(float(net.intercepts_[1][0]), 5),
        }
        return part


def rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 5) for v in values]


def first_stage_probabilities(X: np.ndarray, model: dict[str, Any]) -> np.ndarray:
    """A fitted first stage's probabilities (its JSON, as the package reads it)."""
    z, _ = loaded_words.first_stage(X, runtime_part(model))
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def runtime_part(model: dict[str, Any]) -> dict[str, Any]:
    """A JSON part with the arrays the package adds when it reads the file (loaded.word_model)."""
    out = dict(model, coef=np.asarray(model["weights"] + model["vector_weights"], dtype=np.float32))
    if model.get("hidden") is not None:
        out["hidden"] = loaded_words._hidden_layer(model["hidden"], len(out["coef"]), "fitted part")
    return out


def as_json(clf: LogisticRegression, features: tuple[str, ...], threshold: float) -> dict[str, Any]:
    coef = clf.coef_[0]
    return {
        "features": list(features),
        "weights": [round(float(w), 4) for w in coef[: len(features)]],
        "vector_weights": [round(float(w), 4) for w in coef[len(features):]],
        "bias": round(float(clf.intercept_[0]), 4),
        "threshold": threshold,
    }


def kept_part(old: dict[str, Any], features: tuple[str, ...], threshold: float) -> dict[str, Any]:
    """A shipped model part as it was, its weights laid out for ``features``: a feature it was not
    fitted with weighs 0, so it scores every word as before."""
    weights = dict(zip(old["features"], old["weights"]))
    unknown = set(weights) - set(features)
    if unknown:
        raise SystemExit(f"the shipped model weighs features the code no longer computes ({', '.join(sorted(unknown))}): refit it")
    return dict(old, features=list(features), weights=[weights.get(f, 0.0) for f in features], threshold=threshold)


@dataclasses.dataclass
class Fitted:
    """One model part fitted on stories-dev: its probabilities held out story by story (``cv``) and
    fitted on all (``whole``), the model fitted without each story (``held_out``, JSON as shipped),
    and its second stage (``context``, or None)."""

    cv: np.ndarray
    whole: np.ndarray
    first_stage_cv: np.ndarray
    held_out: dict[str, dict[str, Any]]
    context: dict[str, Any] | None
    model: dict[str, Any]  # the model fitted on all, as shipped (with its second stage)


def without(X: np.ndarray, features: tuple[str, ...], left_out: list[str]) -> np.ndarray:
    """``X`` with the named features' columns set to 0, so that the fit weighs them 0."""
    unknown = set(left_out) - set(features)
    if unknown:
        raise SystemExit(f"unknown features: {', '.join(sorted(unknown))} (known: {', '.join(features)})")
    X = X.copy()
    X[:, [features.index(f) for f in left_out]] = 0.0
    return X


def inner_folds(ex: Examples, learner: Learner) -> np.ndarray:
    """What the held-out probabilities (and so the stacking) leave out: one story, or for the
    slower mlp one whole set where several are read."""
    return ex.set if (learner.kind == "mlp" or learner.stack_by_set) and len(np.unique(ex.set)) > 1 else ex.story


def fit_part(ex: Examples, part: str, learner: Learner, threshold: float, with_context: bool, left_out: list[str] = []) -> Fitted:
    """Fit one part (``single`` or ``story``) leave-one-story-out (an mlp: leave-one-set-out) and on
    all stories; with a second stage, that stage is fitted on the first stage's held-out
    probabilities (stacking). ``left_out``: features the part does not weigh."""
    features = SINGLE_FEATURES if part == "single" else STORY_FEATURES
    X = without(ex.X[part], features, left_out)
    cv = np.zeros(len(ex.y))
    folds = inner_folds(ex, learner)
    fold_models: dict[str, dict[str, Any]] = {}
    for s in np.unique(folds):
        train = folds != s
        fold_models[str(s)] = learner.fit_json(X[train], ex.y[train], features, threshold)
        cv[~train] = first_stage_probabilities(X[~train], fold_models[str(s)])
    held_out = {str(story): fold_models[str(fold)] for story, fold in zip(ex.story, folds)}
    model = learner.fit_json(X, ex.y, features, threshold)
    whole = first_stage_probabilities(X, model)
    if not with_context:
        return Fitted(cv, whole, cv, held_out, None, model)
    prior = prior_loudness(ex, cv, np.ones(len(ex.y), dtype=bool))
    held_out_context = context_matrix(ex, cv, prior)
    cv2 = np.zeros(len(ex.y))
    for s in np.unique(folds):
        train = folds != s
        clf2 = fit(held_out_context[train], ex.y[train], 1.0)
        cv2[~train] = clf2.predict_proba(held_out_context[~train])[:, 1]
        fold_models[str(s)]["context"] = context_json(clf2, prior)
    second = fit(held_out_context, ex.y, 1.0)
    model["context"] = context_json(second, prior)
    return Fitted(cv2, second.predict_proba(context_matrix(ex, whole, prior))[:, 1], cv, held_out, model["context"], model)


def probabilities(ex: Examples, part: str, model: dict[str, Any], left_out: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The first-stage and final probabilities of every example under a fitted model part (its JSON,
    weights rounded as shipped)."""
    features = SINGLE_FEATURES if part == "single" else STORY_FEATURES
    first = first_stage_probabilities(without(ex.X[part], features, left_out), model)
    if "context" not in model:
        return first, first
    ctx = model["context"]
    z = context_matrix(ex, first, ctx["prior_loudness"]) @ np.asarray(ctx["weights"]) + ctx["bias"]
    return first, 1 / (1 + np.exp(-z))


def fit_part_by_set(ex: Examples, part: str, learner: Learner, threshold: float, with_context: bool, left_out: list[str] = []) -> Fitted:
    """Fit one part leave-one-set-out: each set scored by the whole model (second stage included)
    fitted on the other sets alone; ``held_out`` is keyed by story, each story given its set's model.
    An mlp's inner folds are the sets already (inner_folds), so fit_part's held-out scores are these,
    one fit per set instead of one per set and inner fold: each set's second stage is then fitted on
    the other sets' held-out first-stage scores, which came from models that saw it (a small leak
    for a stage of three weights), and the typical loudness is counted over every set."""
    if inner_folds(ex, learner) is ex.set:
        return fit_part(ex, part, learner, threshold, with_context, left_out)
    cv, first_cv = np.zeros(len(ex.y)), np.zeros(len(ex.y))
    held_out: dict[str, dict[str, Any]] = {}
    for s in np.unique(ex.set):
        rows = ex.set == s
        model = fit_part(subset(ex, ~rows), part, learner, threshold, with_context, left_out).model
        first_cv[rows], cv[rows] = probabilities(subset(ex, rows), part, model, left_out)
        held_out.update({str(story): copy.deepcopy(model) for story in np.unique(ex.story[rows])})
    whole = fit_part(ex, part, learner, threshold, with_context, left_out)
    return Fitted(cv, whole.whole, first_cv, held_out, whole.context, whole.model)


Tally = dict[str, dict[float, list[int]]]  # set -> threshold -> [found, total, on a gold cue, reported]


def score_comparisons(ex: Examples, model_of: Any, thresholds: list[float], single: list[float]) -> tuple[Tally, Tally]:
    """Each story compared once with its model (``model_of(slug)``: the one fitted without it, or the
    shipped one); the framing stage alone is then re-run at each story threshold and scored with
    rashomon.evaluate, and with ``single`` thresholds each article alone. Tallies by set."""
    tally: Tally = {}
    tally_single: Tally = {}
    for (slug, gold, paths), set_name in zip(ex.stories, story_sets(ex)):
        model = model_of(slug)
        for part in ("single", "story"):
            model[part] = runtime_part(model[part])
        loaded.word_model = wording.word_model = lambda model=model: model  # type: ignore[assignment]
        report = compare(paths, settings=Settings(embedder="static"))
        for t in thresholds:
            model["story"]["threshold"] = t
            cues = find_framing(report.articles, report.entities, alignment=report.agreements)
            add_scores(tally, set_name, t, evaluate(gold, dataclasses.replace(report, framing=cues)))
        for t in single:
            # each article inspected alone (as ``rashomon inspect`` does), scored against its story's gold
            model["single"]["threshold"] = t
            cues = tuple(c for a in report.articles for c in find_framing([a]))
            add_scores(tally_single, set_name, t, evaluate(gold, dataclasses.replace(report, framing=cues)))
    return tally, tally_single


def story_sets(ex: Examples) -> list[str]:
    """The set of each story of ``ex.stories``, in order."""
    first = {str(story): str(s) for story, s in zip(ex.story[::-1], ex.set[::-1])}
    return [first.get(slug, "") for slug, _, _ in ex.stories]


def add_scores(tally: Tally, set_name: str, t: float, scores: Any) -> None:
    counts = (scores.framing.found, scores.framing.total, scores.framing_precision.found, scores.framing_precision.total)
    for key in (set_name, "all"):
        row = tally.setdefault(key, {}).setdefault(t, [0, 0, 0, 0])
        for i, n in enumerate(counts):
            row[i] += n


def print_tallies(name: str, tally: Tally, tally_single: Tally) -> None:
    for label, tallies in (("comparison, story threshold", tally), ("each article alone, single threshold", tally_single)):
        for set_name, rows in tallies.items():
            for t, (found, total, on, reported) in rows.items():
                print(f"{name}, {set_name}, {label} {t}: framing {found}/{total} ({found / max(1, total):.3f}), "
                      f"precision {on}/{reported} ({on / max(1, reported):.3f}), {reported - on} false")


def fitted_on(roots: list[Path]) -> str:
    """How the written model's about names its training data (unchanged for stories-dev alone)."""
    if len(roots) == 1:
        return f"{roots[0].name} as a whole"
    return ", ".join(r.name for r in roots) + " as a whole"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, nargs="+", default=[DEFAULT_ROOT],
                        help="folders of gold v2 bundles (default: stories-dev; the stories-fresh sets beside it)")
    parser.add_argument("--folds", choices=["story", "set"], default="story",
                        help="what the held-out sweep and --cv leave out: one story, or one whole folder of --root")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regressions")
    parser.add_argument("--learner", choices=["linear", "mlp"], default="linear",
                        help="the first stage of the refitted parts: a logistic regression, or one hidden layer (Learner)")
    parser.add_argument("--hidden", type=int, default=16, help="hidden units of an mlp first stage")
    parser.add_argument("--alpha", type=float, default=1.0, help="L2 strength of an mlp first stage")
    parser.add_argument("--seed", type=int, default=0, help="the seed of an mlp first stage's initial weights")
    parser.add_argument("--stack-by-set", action="store_true",
                        help="a linear first stage's held-out scores (and stacking) leave one set out, as an mlp's do")
    parser.add_argument("--single", type=float, default=None, help="threshold of the single-article model")
    parser.add_argument("--story", type=float, default=None, help="threshold of the story model")
    parser.add_argument("--single-broad", type=float, default=None,
                        help="threshold of the single-article model at sensitivity 'broad' (the best word F1 of the held-out sweep)")
    parser.add_argument("--word-choice", type=float, default=None,
                        help="threshold of the word-choice step on the story model (default: the shipped one)")
    parser.add_argument("--cv", action="store_true", help="also score each story's real comparison with the model fitted without it")
    parser.add_argument("--cv-thresholds", type=float, nargs="+", default=[0.45, 0.5, 0.55, 0.575, 0.6], help="story thresholds scored by --cv")
    parser.add_argument("--cv-shipped", action="store_true", help="with --cv, also score each story with the shipped model as it is")
    parser.add_argument("--cv-single", type=float, nargs="*", default=[], help="single-article thresholds scored by --cv (each article inspected alone)")
    parser.add_argument("--context", nargs="*", default=["story"], choices=["single", "story"],
                        help="models given a second stage (loaded_words.CONTEXT_FEATURES: the article's loudness, the headline)")
    parser.add_argument("--write", action="store_true", help="write the model fitted on every story")
    parser.add_argument("--refit", nargs="+", default=["single", "story"], choices=["single", "story"],
                        help="the parts --write refits; another keeps its shipped weights, a feature it was not fitted with weighing 0 "
                             "(the story part kept its weights when the subjectivity features came: data/framing_word_model.md)")
    parser.add_argument("--leave-out", nargs="+", default=[], metavar="PART:FEATURE",
                        help="features a part is fitted without (weighing 0), e.g. story:sentiwordnet")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the examples: read when present, else written (delete it after changing features)")
    parser.add_argument("--words-only", action="store_true",
                        help="the other outlets' vocabulary as single words only, as the shipped story weights were fitted "
                             "(bench/README.md, fifth session, 4b); by default a compound they write open counts too")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        ex = pickle.loads(args.cache.read_bytes())
    else:
        ex = Examples(args.root, open_compounds=not args.words_only)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(ex))
    old = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    thresholds = {"single": args.single or old.get("single", {}).get("threshold", 0.5),
                  "story": args.story or old.get("story", {}).get("threshold", 0.5)}
    print(f"{len(ex.y)} word tokens, {ex.y.sum()} inside a gold cue; {len(ex.cues)} gold cues; C={args.c}")
    left_out = {part: [f.split(":", 1)[1] for f in args.leave_out if f.startswith(part + ":")] for part in ("single", "story")}
    held_out_models: dict[str, dict[str, Any]] = {}
    models: dict[str, dict[str, Any]] = {}
    for part in args.refit:  # a part not refitted keeps its shipped weights (held out too)
        fit_folds = fit_part_by_set if args.folds == "set" else fit_part
        learner = Learner(args.learner, args.c, args.hidden, args.alpha, args.seed, old.get(part), args.stack_by_set)
        fitted = fit_folds(ex, part, learner, thresholds[part], part in args.context, left_out[part])
        models[part] = fitted.model
        for slug, model in fitted.held_out.items():
            held_out_models.setdefault(slug, {})[part] = model
        if fitted.context is not None:
            print(f"{part} first stage alone: " + "  ".join(f"{t:.2f} {ex.sweep(fitted.first_stage_cv, t)}" for t in SWEEP[4:10]))
        print(f"{part}: threshold -> (cues found, words flagged, share on a gold cue, word F1), held-out {args.folds} | fitted on all")
        for t in SWEEP:
            print(f"  {t:.2f}  {ex.sweep(fitted.cv, t)}  |  {ex.sweep(fitted.whole, t)}")
    if args.cv:
        word_choice = {"word_choice_threshold": args.word_choice} if args.word_choice else {}
        runs = {f"leave-one-{args.folds}-out": lambda slug: dict(old, **copy.deepcopy(held_out_models[slug]), **word_choice)}
        if args.cv_shipped:
            runs["shipped model"] = lambda slug: copy.deepcopy(old)
        for name, model_of in runs.items():
            print_tallies(name, *score_comparisons(ex, model_of, args.cv_thresholds, args.cv_single))
    if args.write:
        out = {
            "about": "Logistic models of a word being loaded, from VADER valence (MIT), wordfreq register (Apache-2.0 / CC BY-SA 4.0), "
            "subjectivity (data/subjectivity.tsv: the pattern lexicon, PDDL; SentiWordNet 3.0, CC BY-SA 4.0), "
            "the word's vector in the packaged static table (all-MiniLM-L6-v2, Apache-2.0) and, in a story, whether another outlet "
            f"writes the word; a model with a 'context' stage rescores that probability with its article's loudness and the headline "
            f"(fitted on the first stage's leave-one-story-out probabilities). Fitted by scripts/fit_framing_words.py (C={args.c}) on {fitted_on(args.root)} ({len(ex.y)} word tokens, "
            f"{ex.y.sum()} inside a gold framing cue); thresholds chosen on the leave-one-story-out sweep of the same set.",
        }
        if args.learner == "mlp":
            out["about"] += (f" The refitted parts ({', '.join(args.refit)}) score through one hidden layer ({args.hidden} rectified units, "
                             f"alpha={args.alpha}, seed {args.seed}; their stacking leave-one-set-out) and keep their linear weights "
                             "for the idiom model's phrase meaning.")
        for part, features in (("single", SINGLE_FEATURES), ("story", STORY_FEATURES)):
            if part not in args.refit:
                out[part] = kept_part(old[part], features, thresholds[part])
                out["about"] += f" The '{part}' part was not refitted: it keeps its earlier weights, the features added since weighing 0."
                continue
            out[part] = models[part]
        out["single"]["broad_threshold"] = args.single_broad or old.get("single", {}).get("broad_threshold", 0.15)
        out["word_choice_threshold"] = args.word_choice or old.get("word_choice_threshold", out["story"]["threshold"])
        OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print("wrote", OUT)


if __name__ == "__main__":
    main()
