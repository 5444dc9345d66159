"""The compiled language data: the combined patterns and the cues that let extraction skip a sentence."""
from __future__ import annotations

import re

import pytest

from kg.extraction.lexicon import Cue, _any, lexicon


@pytest.mark.parametrize("pattern, at_word_start", [
    (r"\bmet\b", True),
    (r"(?<!letter of )\bagreements?\b", True),          # a lookbehind takes no width
    (r"\b(?:executive\s+)?programmes?\b", True),        # optional words that start a word too
    (r"(?-i:\b(?:[A-Z][\w\-]*\s+)+Charter\b)", True),
    (r"\b\s+met\b", False),                             # a boundary at a word's end
    (r"(?:executive\s+)?\bprogramme", False),           # the optional word may be a space
    (r"\b(?:talks|-based)\b", False),                   # one branch starts with a hyphen
    (r"met\b", False),                                  # inside a word ("commemorated")
])
def test_the_combined_pattern_tries_a_word_start_only_where_every_match_begins_one(pattern, at_word_start):
    combined = _any([re.compile(pattern, re.I)])
    assert combined.pattern.startswith(r"(?<!\w)") is at_word_start


SENTENCES = [
        "The ministers met in Accra and signed a memorandum of understanding on fisheries.",
        "She offered her condolences over the floods and said talks were commemorated.",
        "The Founding Act was cited; a Cooperation Programme 2021-2025 followed.",
        "Agreed Minutes of the Joint Commission were initialled by both sides.",
        "Mr. Okafor held a telephone conversation with his Ghanaian counterpart.",
        "He expressed deep concern at the shelling and congratulated the new government.",
        "The roadmap and the exchange of notes were welcomed; the pact holds.",
        "Nothing here: the weather in Lima was mild and the market closed early.",
        "Commemorated, unmet, and re-signed: words inside words.",
        "The two leaders stood by their pledge and the envoy STANDS BEHIND the Republic of Palau.",
        "Ms. Tuilagi spoke by phone with Minister Rahimov and thanked Uzbekistan for its backing.",
        "On Monday the delegations came together for a working lunch at the residence.",
        "Karlsson conveyed Sweden's unwavering support; the Swedish side denounced the strike.",
        "A quiet day: parliament debated the budget and the rain kept the crowds away.",
]


def test_the_combined_agreement_pattern_finds_every_sentence_one_of_its_patterns_finds():
    lex = lexicon()
    patterns = [p for _, p in lex.agreement]
    for s in SENTENCES:
        assert bool(lex.any_agreement.search(s)) == any(p.search(s) for p in patterns), s


@pytest.mark.parametrize("frame", ["meeting", "agreement", "statement"])
def test_a_cue_lets_through_every_sentence_one_of_its_patterns_finds(frame):
    lex = lexicon()
    cue = getattr(lex, f"{frame}_cue")
    patterns = [p for _, p in getattr(lex, frame)]
    assert not cue.always, "every trigger needs some word: the cue must be able to say no"
    for s in SENTENCES + [s.upper() for s in SENTENCES]:
        if any(p.search(s) for p in patterns):
            assert cue.may_match(s), s


def test_a_cue_turns_away_a_sentence_without_the_words_its_patterns_need():
    lex = lexicon()
    quiet = "A quiet day: parliament debated the budget and the rain kept the crowds away."
    assert not any(getattr(lex, f"{frame}_cue").may_match(quiet) for frame in ("meeting", "agreement", "statement"))


@pytest.mark.parametrize("pattern, yes, no", [
    # each way needs its verb and its noun: "held" alone, or "talks" alone, is not enough
    (r"\b(?:held|had)\s+(?:\w+\s+){0,2}talks\b", "They held long talks.", "They held a dinner."),
    # the letters before a group begin each of its ways: "st(?:ands|ood)"
    (r"\b(?:stands|stood) by\b", "Chile stood by Peru.", "The stadium by the river."),
    # a repeat that must happen once holds its words; an optional one holds none
    (r"(?:very\s+)?(?:grave\s+)+concern", "grave concern", "a very serious worry"),
])
def test_a_cue_needs_the_words_every_match_of_its_pattern_holds(pattern, yes, no):
    cue = Cue.of([re.compile(pattern, re.I)])
    assert re.search(pattern, yes, re.I) and cue.may_match(yes)
    assert not re.search(pattern, no, re.I) and not cue.may_match(no)


def test_a_cue_says_yes_to_everything_where_a_pattern_needs_no_word_it_can_tell():
    cue = Cue.of([re.compile(r"\bmet\b", re.I), re.compile(r"\b[A-Z]{2}\b")])
    assert cue.always and cue.may_match("no trigger here")
