"""``kg eval``: score extractions against gold files, exactly as ``corpus/GOLD.md`` says.

Gold and predictions are dicts in the gold JSON shape (``Extraction.to_gold()`` gives the
prediction). :func:`score` compares them document by document and adds the counts up
(micro-averaging); :func:`format_report` prints the table, :func:`format_misses` the facts
behind each miss, and :func:`run_eval` does it all for files on disk.

Every category compares *identities*, not strings: predicted names are first resolved to
gold persons by the name rules (:meth:`PersonResolver.resolve`), so "Tayyip Erdogan" as a
meeting participant is the gold "Recep Tayyip Erdoğan".

>>> gold = {"persons": [{"name": "Sergey Lavrov", "aliases": [], "positions": []}],
...         "countries": ["Russia"]}
>>> pred = {"persons": [{"name": "Lavrov", "aliases": [], "positions": []}],
...         "countries": ["Russia", "Azerbaijan"]}
>>> report = score([("doc", gold, pred)])
>>> report.counts["persons"].f1, report.counts["countries"].precision
(1.0, 0.5)
"""
from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from pathlib import Path

from .errors import DocumentError, KgError
from .resources import data_rows
from .slugs import fold as _strip_accents

#: The rows of the report, in print order.
CATEGORIES = ("persons", "positions", "meeting pairs", "meeting sets", "agreements",
              "statements", "countries")
#: The categories whose F1 the macro F1 averages (GOLD.md: meeting *pairs*, not sets).
MACRO_CATEGORIES = ("persons", "positions", "meeting pairs", "agreements", "statements",
                    "countries")

#: Title synonyms from GOLD.md ("Minister of Foreign Affairs = Foreign Minister = FM =
#: Secretary of State = External Affairs Minister = Foreign Secretary; vice = deputy"), plus
#: the obvious word-order variants of the same offices. Each phrase (folded) is rewritten to
#: its canonical form before content words are compared; longer phrases are tried first, so
#: "Deputy Minister of Foreign Affairs" becomes "deputy foreign minister".
TITLE_SYNONYMS: dict[str, str] = {
    "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "minister of external affairs": "foreign minister",
    "minister for external affairs": "foreign minister",
    "external affairs minister": "foreign minister",
    "secretary of state": "foreign minister",
    "foreign secretary": "foreign minister",
    "fm": "foreign minister",
    "vice": "deputy",
}

#: Abbreviations spelled out in agreement names before they are compared.
AGREEMENT_SYNONYMS: dict[str, str] = {
    "mou": "memorandum of understanding",
}

#: Words that carry no content in a title or an agreement name ("Minister *of* Health").
STOPWORDS = frozenset(
    "a an the of and to for in on at with by between from into under its their".split())

#: Rank words name a different office, so both titles must carry the same ones: "Deputy
#: Foreign Minister" is neither a more specific nor a shortened "Foreign Minister".
RANK_WORDS = frozenset({"deputy", "assistant", "under", "associate", "acting", "former"})

#: Prefixes whose hyphen is kept as one word: "co-chair" is not "chair".
_JOINED_PREFIXES = ("co", "ex")

# Letters that NFKD does not decompose into a base letter plus accents.
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                          "ß": "ss", "æ": "ae", "œ": "oe", "Ø": "O", "Ł": "L", "Đ": "D",
                          "Æ": "AE", "Œ": "OE"})
_APOSTROPHES_AND_DOTS = re.compile(r"[.'’‘`´ʼ]")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")


# ---------------------------------------------------------------------------------------
# Folding


def _raw_words(text: str) -> list[str]:
    """Words with accents, apostrophes and dots removed, other punctuation as spaces;
    case kept. ``_raw_words("H.E. Félix O'Neil-Mbayu") == ["HE", "Felix", "ONeil", "Mbayu"]``."""
    text = _strip_accents_keep_case(text.translate(_LETTERS))
    text = _APOSTROPHES_AND_DOTS.sub("", text)
    return _NON_WORD.sub(" ", text).split()


def _strip_accents_keep_case(text: str) -> str:
    # kg.slugs.fold lower-cases too; the "cased" honorifics need the case, so fold letter by
    # letter and keep upper case where it was.
    return "".join(f.upper() if c.isupper() else f for c, f in
                   ((c, _strip_accents(c)) for c in text))


def fold_text(text: str) -> str:
    """Case, accents, apostrophes and punctuation folded: ``"Akdağ's Co-Chair" -> "akdags co chair"``."""
    return " ".join(_raw_words(text or "")).lower()


@cache
def _honorifics() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Leading words dropped in any case, leading words dropped only when written in
    capitals, trailing suffixes (``kg/data/honorifics.txt``)."""
    anycase, cased, suffixes = set(), set(), set()
    for row in data_rows("honorifics.txt"):
        word, kind = row[0].strip(), row[1].strip() if len(row) > 1 else ""
        if kind == "suffix":
            suffixes.add(word)
        elif len(row) > 2 and row[2].strip() == "cased":
            cased.add(word)
        else:
            anycase.add(word)
    return frozenset(anycase), frozenset(cased), frozenset(suffixes)


def name_words(name: str) -> tuple[str, ...]:
    """A person's name folded for comparison, leading honorifics and titles and trailing
    generational suffixes dropped.

    >>> name_words("H.E. Geoffrey Onyeama"), name_words("Foreign Minister Lavrov")
    (('geoffrey', 'onyeama'), ('lavrov',))
    >>> name_words("Joseph R. Biden Jr.")
    ('joseph', 'r', 'biden')
    >>> name_words("He Lifeng")
    ('he', 'lifeng')
    """
    anycase, cased, suffixes = _honorifics()
    raw = _raw_words(name or "")
    while len(raw) > 1 and raw[-1].lower() in suffixes:
        raw.pop()
    start = 0
    while start < len(raw) - 1:
        word = raw[start]
        if word.lower() in anycase or (word.isupper() and word.lower() in cased):
            start += 1
        else:
            break
    return tuple(w.lower() for w in raw[start:])


@cache
def _country_codes() -> dict[str, str]:
    """Every name kg knows for a country (folded) -> its ISO code, so that "Czechia" and
    "Czech Republic" are one country."""
    codes = {}
    for row in data_rows("countries.tsv"):
        for name in [row[1], *(row[2].split("|") if len(row) > 2 and row[2] else [])]:
            codes[re.sub(r"^the ", "", fold_text(name))] = row[0]
    return codes


def _country_key(country: str | None) -> str | None:
    if not country:
        return None
    key = re.sub(r"^the ", "", fold_text(country))
    return _country_codes().get(key, key) or None


def _rewrite(words: str, table: dict[str, str]) -> str:
    pattern = _phrase_pattern(tuple(table))
    return pattern.sub(lambda m: table[m.group(0)], words)


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(phrases, key=lambda p: (-len(p.split()), -len(p)))
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")


def title_words(title: str, countries: bool = False) -> frozenset[str]:
    """The content words of a title after synonyms; with ``countries``, each country's names
    are one word.

    >>> sorted(title_words("Minister of Foreign Affairs")) == sorted(title_words("FM"))
    True
    >>> sorted(title_words("Vice-President"))
    ['deputy', 'president']
    >>> title_words("Ambassador to Viet Nam", True) == title_words("Ambassador to Vietnam", True)
    True
    """
    text = title or ""
    for prefix in _JOINED_PREFIXES:
        text = re.sub(rf"\b({prefix})-(?=\w)", r"\1", text, flags=re.I)
    words = _rewrite(fold_text(text), TITLE_SYNONYMS)
    if countries:
        words = _rewrite(words, _country_tokens())
    return frozenset(w for w in words.split() if w not in STOPWORDS)


@cache
def _country_tokens() -> dict[str, str]:
    """Each name of a country in a title -> one token, so that "Ambassador to Viet Nam" and
    "Ambassador to Vietnam" have the same words."""
    return {name: f"country{code.lower()}" for name, code in _country_codes().items() if name}


def titles_agree(gold: str, predicted: str) -> bool:
    """GOLD.md's title rule: equal content words after synonyms, or the predicted title holds
    all the gold title's words (more specific), or it is a shortened form of at least two
    content words. Rank words (:data:`RANK_WORDS`) must be the same on both sides.

    >>> titles_agree("Ambassador to Nigeria", "Ambassador of China to Nigeria")
    True
    >>> titles_agree("Foreign Minister", "minister")
    False
    >>> titles_agree("Ambassador to Viet Nam", "Ambassador to Vietnam")
    True
    """
    for countries in (False, True):     # "Ambassador to Viet Nam" is "Ambassador to Vietnam"
        g, p = title_words(gold, countries), title_words(predicted, countries)
        if not g or not p:
            if g == p and fold_text(gold) == fold_text(predicted):
                return True
        elif g & RANK_WORDS == p & RANK_WORDS and (g <= p or (len(p) >= 2 and p <= g)):
            return True
    return False


def _agreement_words(name: str) -> frozenset[str]:
    words = _rewrite(fold_text(name), AGREEMENT_SYNONYMS)
    return frozenset(w for w in words.split() if w not in STOPWORDS)


def agreement_names_agree(gold: str, predicted: str) -> bool:
    """GOLD.md's agreement rule: all gold name words in the predicted name, or the reverse
    with at least two words, or close spelling (difflib ratio >= 0.85 on folded names).

    >>> agreement_names_agree("Trilateral statement", "trilateral statement of 10 November 2020")
    True
    >>> agreement_names_agree("Trilateral statement", "statement")
    False
    """
    g, p = _agreement_words(gold), _agreement_words(predicted)
    if g and g <= p:
        return True
    if len(p) >= 2 and p <= g:
        return True
    a, b = fold_text(gold), fold_text(predicted)
    return bool(a and b) and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


# ---------------------------------------------------------------------------------------
# Persons


#: An identity: ("gold", index of the gold person) or ("name", folded name) for a name that
#: resolves to no gold person.
Identity = tuple[str, object]


class PersonResolver:
    """Resolves names to the gold persons of one document (GOLD.md's name rules).

    A name is gold person P when (1) it equals P's name or an alias, else (2) it shares the
    last word with one of P's forms and one form's words lie within the other's; a single
    word therefore matches when it is the surname of exactly one gold person. At each step
    the match must be unique: a name that fits two gold persons resolves to none.
    """

    def __init__(self, gold_persons: list[dict]):
        self.names = [p.get("name") or "" for p in gold_persons]
        self.forms: list[set[tuple[str, ...]]] = []
        for p in gold_persons:
            forms = {name_words(f) for f in [p.get("name") or "", *(p.get("aliases") or [])]}
            self.forms.append({f for f in forms if f})
        self._cache: dict[str, int | None] = {}

    def resolve(self, name: str) -> int | None:
        """The index of the gold person ``name`` denotes, or None."""
        if name not in self._cache:
            self._cache[name] = self._resolve(name_words(name))
        return self._cache[name]

    def _resolve(self, words: tuple[str, ...]) -> int | None:
        if not words:
            return None
        exact = {i for i, forms in enumerate(self.forms) if words in forms}
        if exact:
            return _only(exact)
        bag = set(words)
        within = {i for i, forms in enumerate(self.forms)
                  if any(f[-1] == words[-1] and (set(f) <= bag or bag <= set(f)) for f in forms)}
        return _only(within)

    def identity(self, name: str) -> Identity:
        index = self.resolve(name)
        return ("gold", index) if index is not None else ("name", " ".join(name_words(name)))

    def label(self, identity: Identity, fallback: str = "") -> str:
        kind, value = identity
        return self.names[value] if kind == "gold" else (fallback or str(value))


def _only(candidates: set[int]) -> int | None:
    return next(iter(candidates)) if len(candidates) == 1 else None


# ---------------------------------------------------------------------------------------
# Counting


@dataclass
class Counts:
    """True positives, false positives, false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    # With nothing to find and nothing found the score is perfect (1.0); with nothing
    # predicted but something missed, precision is 0.0 rather than undefined.
    @property
    def precision(self) -> float:
        if self.predicted:
            return self.tp / self.predicted
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.gold:
            return self.tp / self.gold
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    """Correct out of the gold meetings that matched a predicted meeting."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class DocumentResult:
    """One document's counts and, for error analysis, the facts behind them."""

    doc_id: str
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    missed: dict[str, list[str]] = field(default_factory=dict)     # gold facts not found
    spurious: dict[str, list[str]] = field(default_factory=dict)   # predicted, not in gold
    wrong: list[str] = field(default_factory=list)                 # meeting date/kind errors
    unmatched_meetings: list[str] = field(default_factory=list)    # no Jaccard >= 0.5 match
    date: Accuracy = field(default_factory=Accuracy)
    kind: Accuracy = field(default_factory=Accuracy)
    gold_meetings: int = 0


@dataclass
class Report:
    """Micro-averaged counts over all scored documents, plus each document's result."""

    documents: list[DocumentResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)    # documents without a gold file
    problems: list[str] = field(default_factory=list)   # documents that could not be read

    @property
    def counts(self) -> dict[str, Counts]:
        total = {c: Counts() for c in CATEGORIES}
        for doc in self.documents:
            for c in CATEGORIES:
                total[c].add(doc.counts[c])
        return total

    def _accuracy(self, attr: str) -> Accuracy:
        return Accuracy(sum(getattr(d, attr).correct for d in self.documents),
                        sum(getattr(d, attr).total for d in self.documents))

    @property
    def date(self) -> Accuracy:
        return self._accuracy("date")

    @property
    def kind(self) -> Accuracy:
        return self._accuracy("kind")

    @property
    def gold_meetings(self) -> int:
        return sum(d.gold_meetings for d in self.documents)

    @property
    def macro_f1(self) -> float:
        counts = self.counts
        return sum(counts[c].f1 for c in MACRO_CATEGORIES) / len(MACRO_CATEGORIES)


def max_matching(n_left: int, edges: dict[int, list[int]]) -> dict[int, int]:
    """A maximum bipartite matching (augmenting paths): left index -> right index.

    Its size never depends on the order of the facts; ``edges[i]`` lists the right nodes
    left node ``i`` may pair with.

    >>> len(max_matching(2, {0: [0, 1], 1: [0]}))
    2
    """
    right_of: dict[int, int] = {}   # right -> left

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, ()):
            if right in seen:
                continue
            seen.add(right)
            if right not in right_of or augment(right_of[right], seen):
                right_of[right] = left
                return True
        return False

    for left in range(n_left):
        augment(left, set())
    return {left: right for right, left in right_of.items()}


def _matched_counts(gold: list, pred: list, agree, show_gold, show_pred, doc: DocumentResult,
                    category: str) -> None:
    """One-to-one facts (positions, agreements): count a maximum matching."""
    edges = {i: [j for j, p in enumerate(pred) if agree(g, p)] for i, g in enumerate(gold)}
    match = max_matching(len(gold), edges)
    used = set(match.values())
    doc.counts[category] = Counts(len(match), len(pred) - len(match), len(gold) - len(match))
    doc.missed[category] = [show_gold(g) for i, g in enumerate(gold) if i not in match]
    doc.spurious[category] = [show_pred(p) for j, p in enumerate(pred) if j not in used]


def _set_counts(gold: set, pred: set, show, doc: DocumentResult, category: str) -> None:
    """Set facts (meeting pairs and sets, statements, countries)."""
    doc.counts[category] = Counts(len(gold & pred), len(pred - gold), len(gold - pred))
    doc.missed[category] = sorted(show(x) for x in gold - pred)
    doc.spurious[category] = sorted(show(x) for x in pred - gold)


# ---------------------------------------------------------------------------------------
# Scoring one document


def _items(data: dict, key: str) -> list:
    return [x for x in (data.get(key) or []) if x is not None]


def score_document(doc_id: str, gold: dict, predicted: dict) -> DocumentResult:
    """Compare one document's prediction with its gold (both in the gold JSON shape)."""
    doc = DocumentResult(doc_id)
    people = PersonResolver(_items(gold, "persons"))
    ident = people.identity
    labels: dict[Identity, str] = {("gold", i): n for i, n in enumerate(people.names)}

    def who(name: str) -> Identity:
        identity = ident(name)
        labels.setdefault(identity, name)
        return identity

    def show(identity: Identity) -> str:
        return labels.get(identity) or people.label(identity)

    _score_persons(gold, predicted, people, who, doc)
    _score_positions(gold, predicted, who, show, doc)
    _score_meetings(gold, predicted, who, show, doc)
    _matched_counts(
        _items(gold, "agreements"), _items(predicted, "agreements"),
        lambda g, p: agreement_names_agree(g.get("name") or "", p.get("name") or ""),
        lambda a: a.get("name") or "", lambda a: a.get("name") or "", doc, "agreements")

    def statements(data: dict) -> set:
        return {(who(s.get("speaker") or ""), fold_text(s.get("kind") or ""))
                for s in _items(data, "statements") if fold_text(s.get("kind") or "") != "other"}
    _set_counts(statements(gold), statements(predicted), lambda s: f"{show(s[0])}: {s[1]}",
                doc, "statements")

    def countries(data: dict) -> dict[str, str]:
        return {_country_key(c): c for c in _items(data, "countries") if _country_key(c)}
    gold_c, pred_c = countries(gold), countries(predicted)
    _set_counts(set(gold_c), set(pred_c), lambda k: gold_c.get(k) or pred_c[k], doc, "countries")
    return doc


def _score_persons(gold: dict, predicted: dict, people: PersonResolver, who,
                   doc: DocumentResult) -> None:
    # Each predicted name resolves to at most one gold person, so the maximum one-to-one
    # matching is simply one predicted person per resolved gold person; the others are
    # duplicates (false positives).
    found: set[int] = set()
    spurious = []
    for p in _items(predicted, "persons"):
        kind, value = who(p.get("name") or "")
        if kind == "gold" and value not in found:
            found.add(value)
        else:
            spurious.append(p.get("name") or "")
    n_gold = len(people.names)
    doc.counts["persons"] = Counts(len(found), len(spurious), n_gold - len(found))
    doc.missed["persons"] = [n for i, n in enumerate(people.names) if i not in found]
    doc.spurious["persons"] = spurious


def _positions(data: dict, who) -> list[tuple[Identity, str, str | None]]:
    return [(who(p.get("name") or ""), q.get("title") or "", q.get("country"))
            for p in _items(data, "persons") for q in _items(p, "positions")]


def _score_positions(gold: dict, predicted: dict, who, show, doc: DocumentResult) -> None:
    def agree(g, p) -> bool:
        if g[0] != p[0] or not titles_agree(g[1], p[1]):
            return False
        return g[2] is None or _country_key(g[2]) == _country_key(p[2])

    def shown(fact) -> str:
        return " | ".join([show(fact[0]), fact[1], fact[2] or "-"])

    _matched_counts(_positions(gold, who), _positions(predicted, who), agree, shown, shown,
                    doc, "positions")


def _score_meetings(gold: dict, predicted: dict, who, show, doc: DocumentResult) -> None:
    def meetings(data: dict) -> list[tuple[frozenset, dict]]:
        return [(frozenset(who(n) for n in m.get("participants") or [] if n), m)
                for m in _items(data, "meetings")]

    gold_m, pred_m = meetings(gold), meetings(predicted)

    def pairs(ms) -> set[frozenset]:
        return {frozenset(pair) for people, _ in ms
                for pair in combinations(sorted(people, key=str), 2)}

    def people_text(people) -> str:
        return " + ".join(sorted(show(x) for x in people))

    _set_counts(pairs(gold_m), pairs(pred_m), people_text, doc, "meeting pairs")
    _set_counts({p for p, _ in gold_m if p}, {p for p, _ in pred_m if p}, people_text, doc,
                "meeting sets")

    # Date and kind: each gold meeting against its best predicted meeting by participant
    # overlap (not one to one: two gold meetings of the same people may share one).
    doc.gold_meetings = len(gold_m)
    for people, g in gold_m:
        best = None
        for other, p in pred_m:
            union = people | other
            jaccard = len(people & other) / len(union) if union else 0.0
            if jaccard < 0.5:
                continue
            rank = (jaccard, _same_date(g, p) + _same_kind(g, p))
            if best is None or rank > best[0]:
                best = (rank, p)
        if best is None:
            doc.unmatched_meetings.append(people_text(people))
            continue
        p = best[1]
        for acc, same, key in ((doc.date, _same_date, "date"), (doc.kind, _same_kind, "kind")):
            acc.total += 1
            if same(g, p):
                acc.correct += 1
            else:
                doc.wrong.append(f"{people_text(people)}: {key} gold {g.get(key) or 'none'}, "
                                 f"predicted {p.get(key) or 'none'}")


def _same_date(gold: dict, pred: dict) -> bool:
    # A gold meeting without a date expects the prediction to have none.
    return (str(gold.get("date") or "").strip() or None) == (str(pred.get("date") or "").strip() or None)


def _same_kind(gold: dict, pred: dict) -> bool:
    return fold_text(gold.get("kind") or "") == fold_text(pred.get("kind") or "")


def score(pairs: Iterable[tuple[str, dict, dict]]) -> Report:
    """Score (doc_id, gold, predicted) triples; the report's counts are micro-averaged."""
    return Report([score_document(doc_id, gold, pred) for doc_id, gold, pred in pairs])


# ---------------------------------------------------------------------------------------
# Printing


def _ratio(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def format_report(report: Report) -> str:
    """The table: one row per category, then meeting date and kind accuracy and macro F1."""
    counts = report.counts
    lines = [f"{len(report.documents)} document(s) scored"]
    if report.skipped:
        lines.append(f"skipped (no gold file): {', '.join(report.skipped)}")
    lines += [f"problem: {p}" for p in report.problems]
    header = f"{'category':<14}{'gold':>6}{'pred':>6}{'tp':>6}{'fp':>6}{'fn':>6}" \
             f"{'prec':>8}{'rec':>8}{'f1':>8}"
    lines += ["", header, "-" * len(header)]
    for c in CATEGORIES:
        n = counts[c]
        lines.append(f"{c:<14}{n.gold:>6}{n.predicted:>6}{n.tp:>6}{n.fp:>6}{n.fn:>6}"
                     f"{_ratio(n.precision):>8}{_ratio(n.recall):>8}{_ratio(n.f1):>8}")
    lines.append("-" * len(header))
    matched = f"over {report.date.total} of {report.gold_meetings} gold meetings matched"
    for label, acc in (("date accuracy", report.date), ("kind accuracy", report.kind)):
        lines.append(f"{label:<20}{_ratio(acc.value):>6}  ({acc.correct}/{acc.total}; {matched})")
    lines.append(f"{'macro F1':<20}{_ratio(report.macro_f1):>6}  "
                 f"({', '.join(MACRO_CATEGORIES)})")
    return "\n".join(lines)


def format_misses(report: Report) -> str:
    """Per document and category: each missed gold fact (-) and each spurious prediction (+),
    then meeting date/kind errors (!) and gold meetings no prediction overlaps (?)."""
    lines = []
    for doc in report.documents:
        body = []
        for c in CATEGORIES:
            facts = [f"  - {x}" for x in doc.missed.get(c, [])]
            facts += [f"  + {x}" for x in doc.spurious.get(c, [])]
            if facts:
                body += [f" {c}", *facts]
        if doc.wrong or doc.unmatched_meetings:
            body.append(" meeting date/kind")
            body += [f"  ! {x}" for x in doc.wrong]
            body += [f"  ? no predicted meeting overlaps {x}" for x in doc.unmatched_meetings]
        lines.append(f"== {doc.doc_id}" + ("" if body else ": no misses"))
        lines += body
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Files


_LIST_KEYS = ("persons", "meetings", "agreements", "statements", "countries", "organizations")
_REQUIRED_FIELDS = {"persons": "name", "meetings": "participants", "agreements": "name",
                    "statements": "speaker"}


def load_gold(path: str | Path) -> dict:
    """A gold file (``corpus/GOLD.md``), checked for shape; missing lists become ``[]``.

    Raises :class:`KgError` naming the file when it cannot be read, is not JSON or has the
    wrong shape.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KgError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KgError(f"gold file {path} is not valid JSON: {exc}") from None

    def bad(what: str) -> KgError:
        return KgError(f"gold file {path}: {what}")

    if not isinstance(data, dict):
        raise bad("expected a JSON object")
    out = dict(data)
    for key in _LIST_KEYS:
        value = data.get(key, [])
        if value is None:
            value = []
        if not isinstance(value, list):
            raise bad(f'"{key}" must be a list')
        required = _REQUIRED_FIELDS.get(key)
        for i, item in enumerate(value):
            where = f"{key}[{i}]"
            if required is None:
                if not isinstance(item, str):
                    raise bad(f"{where} must be a string")
                continue
            if not isinstance(item, dict) or required not in item:
                raise bad(f'{where} must be an object with "{required}"')
            _check_item(key, item, where, bad)
        out[key] = value
    return out


def _check_item(key: str, item: dict, where: str, bad) -> None:
    def strings(field_name: str, optional: bool = True) -> None:
        value = item.get(field_name)
        if value is None and optional:
            return
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(f'{where}.{field_name} must be a list of strings')

    if key == "persons":
        if not isinstance(item["name"], str):
            raise bad(f"{where}.name must be a string")
        strings("aliases")
        positions = item.get("positions") or []
        if not isinstance(positions, list) or not all(
                isinstance(q, dict) and isinstance(q.get("title"), str) for q in positions):
            raise bad(f'{where}.positions must be a list of objects with a "title"')
    elif key == "meetings":
        strings("participants", optional=False)
        for name in ("date", "kind"):
            if item.get(name) is not None and not isinstance(item[name], str):
                raise bad(f"{where}.{name} must be a string or null")
    elif not isinstance(item[_REQUIRED_FIELDS[key]], str):
        raise bad(f"{where}.{_REQUIRED_FIELDS[key]} must be a string")


def _gold_index(gold_dir: Path) -> dict[str, Path]:
    """doc id -> gold file: ``<gold_dir>/<id>.json`` first, else the first (sorted) file of
    that name anywhere below ``gold_dir``."""
    index: dict[str, Path] = {}
    for path in sorted(gold_dir.rglob("*.json"), key=lambda p: (len(p.parts), str(p))):
        index.setdefault(path.stem, path)
    return index


def run_eval(gold_dir: str | Path, paths: Iterable[str | Path], misses: bool = False) -> str:
    """Read the documents in ``paths``, extract each, score it against its gold file in
    ``gold_dir`` and return the printed report (with the misses when ``misses``).

    Raises :class:`KgError` when ``gold_dir`` is not a folder or no document has gold.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise KgError(f"gold directory not found: {gold_dir}")
    from .documents import read_documents     # imported here: the pipeline is heavy
    from .extraction import extract

    index = _gold_index(gold_dir)
    triples, skipped, problems = [], [], []
    for path in paths:
        try:
            for doc in read_documents([path]):
                if isinstance(doc, Exception):
                    problems.append(str(doc))
                    continue
                # By id, else by the document's file name ("01-talks.txt" -> "01-talks.json").
                gold_path = index.get(doc.id) or (index.get(Path(doc.path).stem) if doc.path else None)
                if gold_path is None:
                    skipped.append(doc.id)
                    continue
                gold = load_gold(gold_path)
                try:
                    predicted = extract(doc).to_gold()
                except DocumentError as exc:
                    problems.append(f"{doc.id}: {exc}")
                    continue
                except Exception as exc:  # noqa: BLE001 - a bug on one text is a problem line
                    problems.append(f"{doc.id}: extraction failed ({type(exc).__name__}: {exc})")
                    continue
                triples.append((doc.id, gold, predicted))
        except DocumentError as exc:
            problems.append(str(exc))
    if not triples:
        why = f"; skipped (no gold): {', '.join(skipped)}" if skipped else ""
        why += "".join(f"; {p}" for p in problems)
        raise KgError(f"no document to score against the gold files in {gold_dir}{why}")
    report = score(triples)
    report.skipped, report.problems = skipped, problems
    text = format_report(report)
    return text + "\n\n" + format_misses(report) if misses else text
