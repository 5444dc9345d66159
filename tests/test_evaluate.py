"""kg eval scoring (kg/evaluate.py) against the rules of corpus/GOLD.md.

The gold and prediction dicts here are small invented examples, not copies of the corpus.
"""
from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from kg.errors import KgError
from kg.evaluate import (
    CATEGORIES,
    MACRO_CATEGORIES,
    TITLE_SYNONYMS,
    Counts,
    PersonResolver,
    agreement_names_agree,
    fold_text,
    format_misses,
    format_report,
    load_gold,
    max_matching,
    name_words,
    run_eval,
    score,
    title_words,
    titles_agree,
)


def person(name, *aliases, positions=()):
    return {"name": name, "aliases": list(aliases),
            "positions": [{"title": t, "country": c} for t, c in positions]}


def meeting(*participants, date=None, kind="in-person"):
    return {"participants": list(participants), "date": date, "location": None,
            "occasion": None, "kind": kind, "topics": []}


def doc(**parts):
    base = {"persons": [], "meetings": [], "agreements": [], "statements": [],
            "countries": [], "organizations": []}
    base.update(parts)
    return base


def counts(gold, pred, category):
    return score([("d", gold, pred)]).counts[category]


# --- names -----------------------------------------------------------------------------

def test_fold_text_folds_case_accents_apostrophes_and_punctuation():
    assert fold_text("Mevlüt ÇAVUŞOĞLU") == "mevlut cavusoglu"
    assert fold_text("Hussein Amir-Abdollahian") == "hussein amir abdollahian"
    assert fold_text("O'Neill") == fold_text("O’Neill") == "oneill"
    assert fold_text("Antony J. Blinken") == "antony j blinken"
    assert fold_text("Kırıkkale") == "kirikkale"      # dotless i has no NFKD decomposition


@pytest.mark.parametrize("written, expected", [
    ("Mr Howard", ("howard",)),
    ("Mr. Howard", ("howard",)),
    ("Dr Ana Brnabić", ("ana", "brnabic")),
    ("Smt. Meenakashi Lekhi", ("meenakashi", "lekhi")),
    ("Shri Rajnath Singh", ("rajnath", "singh")),
    ("H.E. Cui Jianchun", ("cui", "jianchun")),
    ("HE Cui Jianchun", ("cui", "jianchun")),
    ("His Excellency Cui Jianchun", ("cui", "jianchun")),
    ("Foreign Minister Sergey Lavrov", ("sergey", "lavrov")),
    ("Minister Bayramov", ("bayramov",)),
    # "He" written as a name is a Chinese surname, not His Excellency
    ("He Lifeng", ("he", "lifeng")),
    ("Joseph R. Biden Jr.", ("joseph", "r", "biden")),
    # the last word is never dropped, even when it is a title word
    ("President", ("president",)),
])
def test_name_words_drops_leading_honorifics_and_titles(written, expected):
    assert name_words(written) == expected


GOLD_PEOPLE = [
    person("Recep Tayyip Erdoğan", "Erdogan"),
    person("Jeyhun Bayramov", "FM Bayramov"),
    person("Hu Jintao", "Mr Hu"),
    person("Raúl Castro"),
    person("Fidel Castro"),
    person("Sameh Shoukry"),
]


@pytest.mark.parametrize("predicted, expected", [
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),      # equal after folding accents
    ("recep tayyip erdoğan", "Recep Tayyip Erdoğan"),      # case
    ("Erdogan", "Recep Tayyip Erdoğan"),                   # an alias
    ("Mr Hu", "Hu Jintao"),                                # an alias (surname first)
    ("Hu", "Hu Jintao"),                                   # alias without its honorific
    ("Tayyip Erdogan", "Recep Tayyip Erdoğan"),            # GOLD.md's example: words within
    ("President Recep Tayyip Erdoğan of Turkey", None),    # last word differs
    ("Jeyhun A. Bayramov", "Jeyhun Bayramov"),             # gold's words within predicted's
    ("Minister Bayramov", "Jeyhun Bayramov"),              # title dropped, then surname
    ("Shoukry", "Sameh Shoukry"),                          # surname of exactly one person
    ("Castro", None),                                      # surname of two gold persons
    ("Fidel Castro", "Fidel Castro"),
    ("Jintao Hu", "Hu Jintao"),                            # alias "Mr Hu" lies within it
    ("Hu Jintao Xi", None),                                # last word differs from every form
    ("Sameh", None),                                       # a first name is not a surname
    ("Lavrov", None),                                      # nobody
])
def test_person_resolution(predicted, expected):
    people = PersonResolver(GOLD_PEOPLE)
    index = people.resolve(predicted)
    assert (people.names[index] if index is not None else None) == expected


def test_persons_counts_resolved_duplicates_and_strangers():
    gold = doc(persons=GOLD_PEOPLE)
    pred = doc(persons=[person("Tayyip Erdogan"), person("Erdogan"),     # same person twice
                        person("Castro"), person("Sergey Lavrov"), person("Hu Jintao")])
    c = counts(gold, pred, "persons")
    assert (c.tp, c.fp, c.fn) == (2, 3, 4)


def test_other_categories_use_resolved_identities():
    gold = doc(persons=[person("Recep Tayyip Erdoğan"), person("Hassan Rouhani", "Rouhani")],
               meetings=[meeting("Recep Tayyip Erdoğan", "Hassan Rouhani", date="2018-12-20")],
               statements=[{"speaker": "Hassan Rouhani", "kind": "gratitude", "addressee": None}])
    pred = doc(persons=[person("Tayyip Erdogan"), person("President Rouhani")],
               meetings=[meeting("Tayyip Erdogan", "President Rouhani", date="2018-12-20")],
               statements=[{"speaker": "Rouhani", "kind": "gratitude", "addressee": "Turkey"}])
    report = score([("d", gold, pred)])
    for category in ("persons", "meeting pairs", "meeting sets", "statements"):
        assert report.counts[category].f1 == 1.0, category
    assert report.date.value == 1.0


# --- titles and positions --------------------------------------------------------------

FOREIGN_MINISTER_FORMS = ["Minister of Foreign Affairs", "Foreign Minister", "FM",
                          "Secretary of State", "External Affairs Minister", "Foreign Secretary"]


@pytest.mark.parametrize("a, b", list(itertools.combinations(FOREIGN_MINISTER_FORMS, 2)))
def test_foreign_minister_synonyms_agree(a, b):
    assert titles_agree(a, b) and titles_agree(b, a)


def test_synonym_table_is_data_and_vice_is_deputy():
    assert TITLE_SYNONYMS["vice"] == "deputy"
    assert title_words("Vice Foreign Minister") == title_words("Deputy Minister of Foreign Affairs")
    assert titles_agree("Vice-President", "Deputy President")


@pytest.mark.parametrize("gold, predicted, agree", [
    # content words equal
    ("Minister of Health", "Health Minister", True),
    ("Prime Minister", "prime minister", True),
    # predicted holds all the gold title's words: more specific
    ("Ambassador to Nigeria", "Ambassador of China to Nigeria", True),
    ("Foreign Minister", "Russian Foreign Minister", True),
    # predicted is a shortened form of at least two content words
    ("Minister Delegate to the Minister of External Relations", "Minister Delegate", True),
    ("OSCE Minsk Group co-chair", "Minsk Group co-chair", True),
    # too short: one content word
    ("OSCE Minsk Group co-chair", "co-chair", False),
    ("Foreign Minister", "minister", False),
    ("Foreign Minister", "Minister", False),
    ("Minister of Foreign Affairs", "Secretary", False),
    ("Secretary of State", "secretary", False),
    # different offices
    ("Foreign Minister", "Prime Minister", False),
    # rank words must agree: a deputy is neither more specific nor a shortened form
    ("Deputy Foreign Minister", "Foreign Minister", False),
    ("Foreign Minister", "Deputy Foreign Minister", False),
    ("President", "Vice President", False),
    ("Deputy Foreign Minister", "Vice Minister of Foreign Affairs", True),
    # a country's names are one country: the title is the same
    ("Ambassador to Vietnam", "Ambassador to Viet Nam", True),
    ("Ambassador to the Czech Republic", "Ambassador to Czechia", True),
    ("Ambassador to Vietnam", "Ambassador to Thailand", False),
])
def test_title_rules(gold, predicted, agree):
    assert titles_agree(gold, predicted) is agree


def test_position_countries_must_agree_unless_gold_has_none():
    gold = doc(persons=[person("Igor Popov", positions=[("Minsk Group co-chair", "Russia")]),
                        person("Ann Roe", positions=[("Personal Representative", None)])])
    right = doc(persons=[person("Igor Popov", positions=[("Minsk Group co-chair", "Russia")]),
                         person("Ann Roe", positions=[("Personal Representative", "Poland")])])
    wrong = doc(persons=[person("Igor Popov", positions=[("Minsk Group co-chair", "France")]),
                         person("Ann Roe", positions=[("Personal Representative", None)])])
    missing = doc(persons=[person("Igor Popov", positions=[("Minsk Group co-chair", None)])])
    assert counts(gold, right, "positions").tp == 2
    c = counts(gold, wrong, "positions")
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    assert counts(gold, missing, "positions").tp == 0


def test_position_needs_the_same_person():
    gold = doc(persons=[person("Sameh Shoukry", positions=[("Foreign Minister", "Egypt")]),
                        person("Ahmed Abu Zeid")])
    pred = doc(persons=[person("Sameh Shoukry"),
                        person("Ahmed Abu Zeid", positions=[("Foreign Minister", "Egypt")])])
    c = counts(gold, pred, "positions")
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_position_matching_is_maximal_whatever_the_order():
    # "Chinese Ambassador to Nigeria" fits only the first gold title; the long predicted
    # title fits both. A greedy matcher that gave the long one the first gold title would
    # leave a pair unmatched in some orders.
    gold_titles = [("Ambassador to Nigeria", "China"),
                   ("Ambassador of China to Nigeria and Benin", "China")]
    pred_titles = [("Ambassador of China to Nigeria and Benin", "China"),
                   ("Chinese Ambassador to Nigeria", "China")]
    assert titles_agree(gold_titles[0][0], pred_titles[1][0])
    assert not titles_agree(gold_titles[1][0], pred_titles[1][0])
    for g in itertools.permutations(gold_titles):
        for p in itertools.permutations(pred_titles):
            c = counts(doc(persons=[person("Cui Jianchun", positions=g)]),
                       doc(persons=[person("Cui Jianchun", positions=p)]), "positions")
            assert (c.tp, c.fp, c.fn) == (2, 0, 0)


def test_max_matching_finds_augmenting_paths():
    assert len(max_matching(3, {0: [0, 1], 1: [0], 2: [1, 2]})) == 3
    assert len(max_matching(2, {0: [0], 1: [0]})) == 1
    assert max_matching(0, {}) == {}


# --- meetings --------------------------------------------------------------------------

ABC = [person("Ann Able"), person("Bob Baker"), person("Cy Cole"), person("Di Dean")]


def test_meeting_pairs_and_sets_are_scored_separately():
    gold = doc(persons=ABC, meetings=[meeting("Ann Able", "Bob Baker", "Cy Cole")])
    pred = doc(persons=ABC, meetings=[meeting("Ann Able", "Bob Baker")])
    report = score([("d", gold, pred)])
    pairs, sets = report.counts["meeting pairs"], report.counts["meeting sets"]
    assert (pairs.tp, pairs.fp, pairs.fn) == (1, 0, 2)
    assert (sets.tp, sets.fp, sets.fn) == (0, 1, 1)
    assert pairs.precision == 1.0 and round(pairs.recall, 3) == 0.333
    assert sets.f1 == 0.0


def test_meeting_pairs_are_unordered_and_counted_once_per_document():
    gold = doc(persons=ABC, meetings=[meeting("Ann Able", "Bob Baker"),
                                      meeting("Bob Baker", "Ann Able", date="2020-01-02")])
    pred = doc(persons=ABC, meetings=[meeting("Baker", "Able")])
    c = counts(gold, pred, "meeting pairs")
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_date_and_kind_accuracy_over_gold_meetings_matched_by_jaccard():
    gold = doc(persons=ABC, meetings=[
        meeting("Ann Able", "Bob Baker", "Cy Cole", date="2021-05-19"),
        meeting("Ann Able", "Di Dean", date=None, kind="phone call"),
        meeting("Cy Cole", "Di Dean", date="2021-05"),
        meeting("Ann Able", "Cy Cole", date="2021-05-20"),
    ])
    pred = doc(persons=ABC, meetings=[
        # first gold: J = 2/3 (beats J = 2/4 with the third prediction); kind wrong
        meeting("Ann Able", "Bob Baker", date="2021-05-19", kind="video call"),
        # second gold: J = 1; gold has no date, so a date is wrong
        meeting("Ann Able", "Di Dean", date="2021-05-18", kind="phone call"),
        # third gold: J = 2/3; both right
        meeting("Bob Baker", "Cy Cole", "Di Dean", date="2021-05"),
    ])
    # fourth gold: J = 1/3, 1/3, 1/4 -> unmatched, left out of both accuracies
    report = score([("d", gold, pred)])
    assert (report.date.correct, report.date.total) == (2, 3)
    assert (report.kind.correct, report.kind.total) == (2, 3)
    assert report.gold_meetings == 4
    assert "no predicted meeting overlaps Ann Able + Cy Cole" in format_misses(report)


def test_gold_meeting_without_date_expects_none():
    gold = doc(persons=ABC, meetings=[meeting("Ann Able", "Bob Baker", date=None)])
    none = doc(persons=ABC, meetings=[meeting("Ann Able", "Bob Baker", date=None)])
    dated = doc(persons=ABC, meetings=[meeting("Ann Able", "Bob Baker", date="2023-09-23")])
    assert score([("d", gold, none)]).date.value == 1.0
    assert score([("d", gold, dated)]).date.value == 0.0


def test_meetings_below_half_overlap_do_not_count_for_date_or_kind():
    gold = doc(persons=ABC, meetings=[meeting("Ann Able", "Bob Baker")])
    pred = doc(persons=ABC, meetings=[meeting("Ann Able", "Cy Cole", "Di Dean")])  # J = 1/4
    report = score([("d", gold, pred)])
    assert report.date.total == 0 and report.date.value is None
    assert "no predicted meeting overlaps" in format_misses(report)


def test_best_matching_prediction_is_used():
    gold = doc(persons=ABC, meetings=[meeting("Ann Able", "Bob Baker", date="2020-02-02")])
    pred = doc(persons=ABC, meetings=[
        meeting("Ann Able", "Bob Baker", "Cy Cole", date="1999-01-01"),   # J = 2/3
        meeting("Ann Able", "Bob Baker", date="2020-02-02"),              # J = 1
    ])
    assert score([("d", gold, pred)]).date.value == 1.0


# --- statements, agreements, countries -------------------------------------------------

def test_statements_are_speaker_and_kind_and_ignore_other():
    gold = doc(persons=ABC, statements=[
        {"speaker": "Ann Able", "kind": "concern", "addressee": "Russia"},
        {"speaker": "Ann Able", "kind": "other", "addressee": None},
    ])
    pred = doc(persons=ABC, statements=[
        {"speaker": "Able", "kind": "concern", "addressee": None},     # addressee not scored
        {"speaker": "Bob Baker", "kind": "other", "addressee": None},  # 'other' not scored
        {"speaker": "Bob Baker", "kind": "support", "addressee": None},
    ])
    c = counts(gold, pred, "statements")
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)


@pytest.mark.parametrize("gold, predicted, agree", [
    ("Trilateral statement", "Trilateral Statement", True),
    ("Trilateral statement", "the trilateral statement of 10 November 2020", True),
    ("Memorandum of Understanding on health", "health memorandum of understanding", True),
    ("Memorandum of Understanding on health", "MoU on health", True),
    ("strategic dialogue agreement", "strategic dialogue", True),   # reverse, two words
    ("Trilateral statement", "statement", False),                    # reverse, one word
    ("extradition treaty", "extradition treatey", True),             # close spelling
    ("energy deal", "extradition deal", False),
])
def test_agreement_name_rules(gold, predicted, agree):
    assert agreement_names_agree(gold, predicted) is agree


def test_agreements_match_one_to_one_and_not_by_parties():
    gold = doc(agreements=[
        {"name": "extradition deal", "date": None, "parties": ["Australia", "China"],
         "signatories": []},
        {"name": "energy deal", "date": None, "parties": ["Australia", "China"],
         "signatories": []},
    ])
    pred = doc(agreements=[
        {"name": "extradition deal", "date": None, "parties": ["Australia", "China"],
         "signatories": []},
        {"name": "Extradition Deal", "date": None, "parties": [], "signatories": []},
        {"name": "prisoner exchange", "date": None, "parties": ["Australia", "China"],
         "signatories": []},
    ])
    c = counts(gold, pred, "agreements")
    assert (c.tp, c.fp, c.fn) == (1, 2, 1)


def test_countries_are_a_set_per_document():
    gold = doc(countries=["United States", "Russia", "Russia"])
    pred = doc(countries=["the United States", "russia", "Iran"])
    c = counts(gold, pred, "countries")
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)


# --- totals ----------------------------------------------------------------------------

def test_micro_average_adds_counts_over_documents():
    one = ("a", doc(countries=["Iran"]), doc(countries=["Iran", "Iraq", "Oman"]))
    two = ("b", doc(countries=["Egypt", "Jordan"]), doc(countries=["Egypt"]))
    c = score([one, two]).counts["countries"]
    assert (c.tp, c.fp, c.fn) == (2, 2, 1)
    assert c.precision == 0.5 and c.recall == pytest.approx(2 / 3)


def test_macro_f1_averages_six_categories():
    gold = doc(persons=ABC, countries=["Iran"])
    pred = doc(persons=ABC)
    report = score([("d", gold, pred)])
    f1s = {c: report.counts[c].f1 for c in MACRO_CATEGORIES}
    assert f1s["persons"] == 1.0 and f1s["countries"] == 0.0
    assert "meeting sets" not in MACRO_CATEGORIES
    assert report.macro_f1 == pytest.approx(sum(f1s.values()) / 6)


def test_counts_edge_cases():
    assert Counts().f1 == 1.0                    # nothing to find, nothing found
    assert Counts(fn=3).precision == 0.0
    assert Counts(fp=2).recall == 0.0


def _gold_files(corpus: Path) -> list[Path]:
    return [corpus / "seed.json", *sorted((corpus / "dev").glob("*.json"))]


def test_gold_scored_against_itself_is_perfect(corpus):
    for path in _gold_files(corpus):
        gold = load_gold(path)
        report = score([(path.stem, gold, gold)])
        for category in CATEGORIES:
            assert report.counts[category].f1 == 1.0, (path.name, category)
        assert report.date.value in (None, 1.0) and report.kind.value in (None, 1.0)
        assert report.macro_f1 == 1.0
        assert format_misses(report) == f"== {path.stem}: no misses"


def test_empty_prediction_has_zero_recall(corpus):
    for path in _gold_files(corpus):
        gold = load_gold(path)
        report = score([(path.stem, gold, {})])
        for category in CATEGORIES:
            c = report.counts[category]
            assert c.tp == 0 and c.fp == 0
            if c.fn:
                assert c.recall == 0.0 and c.f1 == 0.0


# --- printing --------------------------------------------------------------------------

def test_format_report_is_an_aligned_table():
    gold = doc(persons=ABC, countries=["Iran"], meetings=[meeting("Ann Able", "Bob Baker")])
    pred = doc(persons=ABC[:2], countries=["Iran", "Iraq"],
               meetings=[meeting("Ann Able", "Bob Baker")])
    text = format_report(score([("d", gold, pred)]))
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith("category"))
    rows = [line for line in lines if line.split(" ")[0] in {c.split()[0] for c in CATEGORIES}]
    assert [r[:14].strip() for r in rows] == list(CATEGORIES)
    assert all(len(r) == len(header) for r in rows)
    assert "persons            4     2     2     0     2   1.000   0.500   0.667" in text
    assert any(line.startswith("date accuracy") for line in lines)
    assert any(line.startswith("kind accuracy") for line in lines)
    assert any(line.startswith("macro F1") for line in lines)


def test_format_misses_lists_missed_and_spurious_facts():
    gold = doc(persons=[person("Sameh Shoukry")], countries=["Egypt"],
               meetings=[meeting("Sameh Shoukry", "Ann Able", date="2023-12-25")])
    pred = doc(persons=[person("Shoukry"), person("Ann Able")], countries=["Egypt", "Iran"],
               meetings=[meeting("Shoukry", "Ann Able", date="2023-12-24")])
    text = format_misses(score([("13", gold, pred)]))
    assert text.splitlines() == [
        "== 13",
        " persons",
        "  + Ann Able",                       # not a gold person ("Shoukry" is)
        " countries",
        "  + Iran",
        " meeting date/kind",
        "  ! Ann Able + Sameh Shoukry: date gold 2023-12-25, predicted 2023-12-24",
    ]
    missed = format_misses(score([("13", gold, doc())]))
    assert "  - Sameh Shoukry" in missed and "  - Egypt" in missed


# --- files -----------------------------------------------------------------------------

def test_load_gold_checks_the_shape(tmp_path):
    good = tmp_path / "x.json"
    good.write_text(json.dumps({"persons": [{"name": "A B", "aliases": [], "positions": []}]}))
    assert load_gold(good)["meetings"] == []

    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    with pytest.raises(KgError, match="broken.json"):
        load_gold(broken)

    for bad in ([], {"persons": {}}, {"persons": [{"aliases": []}]},
                {"meetings": [{"participants": "A"}]}, {"countries": [1]}):
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad))
        with pytest.raises(KgError, match="bad.json"):
            load_gold(path)

    with pytest.raises(KgError, match="missing.json"):
        load_gold(tmp_path / "missing.json")


def test_run_eval_without_gold_dir(tmp_path):
    with pytest.raises(KgError, match="gold directory not found"):
        run_eval(tmp_path / "nowhere", [tmp_path])


def _extract_from(gold_dir: Path):
    """A stand-in extractor that predicts each document's gold exactly."""
    index = {p.stem: p for p in gold_dir.rglob("*.json")}
    return lambda document: SimpleNamespace(to_gold=lambda: load_gold(index[document.id]))


def test_run_eval_finds_gold_recursively_and_lists_skipped(tmp_path, monkeypatch):
    texts, golds = tmp_path / "texts", tmp_path / "gold"
    (golds / "sub").mkdir(parents=True)
    texts.mkdir()
    (texts / "alpha.txt").write_text("2020-01-02\nAnn Able met Bob Baker.\n")
    (texts / "beta.txt").write_text("2020-01-02\nNothing here.\n")
    (golds / "sub" / "alpha.json").write_text(json.dumps(
        doc(persons=ABC[:2], meetings=[meeting("Ann Able", "Bob Baker")])))
    monkeypatch.setattr("kg.extraction.extract", _extract_from(golds), raising=False)
    out = run_eval(golds, [texts, tmp_path / "nope.txt"], misses=True)
    assert "1 document(s) scored" in out
    assert "skipped (no gold file): beta" in out
    assert "problem:" in out and "nope.txt" in out
    assert "== alpha: no misses" in out


def test_run_eval_on_the_corpus_with_a_perfect_extractor(corpus, monkeypatch):
    monkeypatch.setattr("kg.extraction.extract", _extract_from(corpus), raising=False)
    out = run_eval(corpus, [corpus])
    assert f"{len(_gold_files(corpus))} document(s) scored" in out
    assert re.search(r"^macro F1 +1\.000 ", out, re.M)
    assert "skipped (no gold file): GOLD" in out     # GOLD.md is read as a document


def test_run_eval_with_nothing_to_score(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("2020-01-02\nText.\n")
    monkeypatch.setattr("kg.extraction.extract", lambda d: None, raising=False)
    with pytest.raises(KgError, match="no document to score"):
        run_eval(tmp_path, [tmp_path / "a.txt"])
