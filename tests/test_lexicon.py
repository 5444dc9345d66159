"""The compiled language data: the combined patterns that let extraction skip a sentence."""
from __future__ import annotations

import re

import pytest

from kg.extraction.lexicon import _any, lexicon


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


@pytest.mark.parametrize("frame", ["meeting", "agreement", "statement"])
def test_the_combined_pattern_finds_every_sentence_one_of_its_patterns_finds(frame):
    lex = lexicon()
    combined = {"meeting": lex.any_meeting, "agreement": lex.any_agreement, "statement": lex.any_statement}[frame]
    patterns = [p for _, p in getattr(lex, frame)]
    sentences = [
        "The ministers met in Accra and signed a memorandum of understanding on fisheries.",
        "She offered her condolences over the floods and said talks were commemorated.",
        "The Founding Act was cited; a Cooperation Programme 2021-2025 followed.",
        "Agreed Minutes of the Joint Commission were initialled by both sides.",
        "Mr. Okafor held a telephone conversation with his Ghanaian counterpart.",
        "He expressed deep concern at the shelling and congratulated the new government.",
        "The roadmap and the exchange of notes were welcomed; the pact holds.",
        "Nothing here: the weather in Lima was mild and the market closed early.",
        "Commemorated, unmet, and re-signed: words inside words.",
    ]
    for s in sentences:
        assert bool(combined.search(s)) == any(p.search(s) for p in patterns), s
