"""Frames: meetings, agreements and statements, sentence by sentence.

Each frame starts at a trigger from ``kg/data/triggers.tsv``. Its persons are the names in
the sentence plus what a definite description points at ("the minister", "the two
presidents", "his Iranian counterpart", "the sides"). A meeting that is planned, proposed
or future ("will meet", "invited him to visit") is not a meeting; an agreement whose date
lies well before the article is cited, not signed in it.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Agreement, Evidence, Meeting, Statement
from ..slugs import fold
from .dates import WEEKDAYS, TimeExpression, days_later, find_time_expressions
from .dates import shift as shift_day
from .places import capitals, country_of_place
from .lexicon import Cue, Lexicon, cue_of
from .mentions import _HEADLINE_VERBS, REALM, Mentions, Sentence
from .persons import _ENVOY, _MISSION, _HONORIFIC_GAP, _capitals_pattern, _HONORIFIC_WORDS, _NAMED_NEXT, PersonResolver, canonical_title, deputy_of

_GROUP_REF = re.compile(
    r"\b(?:the|both)\s+(?:(?:two|three|four|five)\s+)?(?:sides|parties|ministers|leaders|presidents|counterparts|"
    r"foreign ministers|prime ministers|top diplomats|chief diplomats|heads of diplomacy|heads of delegation|officials|"
    r"delegations|pair|interlocutors)\b|"
    # "The Deputy Secretary and her counterparts condemned": the others of the meeting told
    r"(?<=\band\s)(?:his|her|their)\s+(?:(?:two|three|four)\s+)?(?:[A-ZÀ-ÖØ-Þ][\w\-]+\s+(?:and\s+[A-ZÀ-ÖØ-Þ][\w\-]+\s+)?)?counterparts\b|"
    r"\bthe (?:three|four)(?=\s+(?:also\s+|then\s+|later\s+|jointly\s+|all\s+)?(?:[a-z]+ed|agreed|said|were|had|have)\b)|\bthe two\b(?!\s+(?:countries|nations|states|meetings)|\s+(?!(?:men|women|sides|parties|governments|heads|chiefs|envoys|diplomats|ambassadors|secretaries|premiers|chancellors)\b)[a-z]+s\b)|\bthey\b|\bboth\b(?!\s+(?:meetings|talks|countries|nations|calls|events|days|sessions|sides|of)\b)", re.I)
_TOP_DIPLOMAT = re.compile(r"(?P<country>\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)?|\b[Tt]he\s+country)[’']s\s+"
                           r"(?:top|chief)\s+diplomat\b")
_FOREIGN_MINISTER = re.compile(r"(?i)(?:foreign\s+minister|minister\s+(?:of|for)\s+(?:foreign|external|international)\s+"
                               r"(?:affairs|relations)|secretary\s+of\s+state\s+for\s+foreign|foreign\s+secretary|"
                               r"external\s+affairs\s+minister)")
_OUR_HEAD = re.compile(r"\b[Tt]he\s+head\s+of\s+our\s+(?:state|country)\b")
_HEAD_OF_DIPLOMACY = re.compile(r"\b[Tt]he\s+(?:head|chief)\s+of\s+(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)\s+diplomacy\b")
_LEADER_REF = re.compile(r"\b[Tt]he\s+(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)\s+(?:leader|head\s+of\s+state|head\s+of\s+government)\b")
_LEADER_TITLE = re.compile(r"(?i)^(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|"
                           r"crown prince|head of state|supreme leader)$")
_DEFINITE_TITLE = re.compile(r"\b(?:the|The)\s+(?:(?:newly\s+)?(?:arrived|accredited)\s+)?$")     # "The newly arrived Ambassador"
_ATTRIBUTION = re.compile(r"\b(?:according to|said|says|told|reported|quoted)\b", re.I)
# "his Turkish counterpart"; "his Kazakh and Kyrgyz counterparts": one each
_COUNTERPART_REF = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:(?:,\s+|,?\s+and\s+)[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)*)"
                              r"\s+counterparts?\b")
_OCCASION = re.compile(
    r"\bon the (?:sidelines|margins) of (?:the\s+)?(?P<occ>[^,.;()]+?)(?=\s*(?:[,.;()]|$|\bin\b|\bon\b|\bwhen\b|\bafter\b))", re.I)
_AT_EVENT = re.compile(
    r"\b(?:at|during) the (?P<occ>(?:[\w\-]+\s+){0,6}?(?:[Ss]ummit|[Ss]ession|[Ff]orum|[Cc]onference|[Mm]inisterial|[Gg]eneral [Aa]ssembly|[Mm]eeting of [\w\s]+?))(?=[,.;]|\s+(?:in|on)\b)")
_PLACE_IN = re.compile(r"\bin\s+(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)")


@dataclass
class Context:
    m: Mentions
    lex: Lexicon
    people: PersonResolver
    doc_id: str
    published: dt.date | None
    dateline_end: int = 0      # "SEOUL, Dec. 3 (KWS) --": its date is the report's, not an event's
    authors: list[str] = field(default_factory=list)  # who "I"/"we" are in a first-person release
    home: str | None = None    # the country the document speaks from
    voice: str | None = None   # whose government speaks: an embassy's own country, else home
    quotes: list[tuple[int, int, str]] = field(default_factory=list)   # quoted speech and its speaker
    stay: tuple[dt.date, dt.date | None] | None = None   # the days of the visit told ("from 3 to 5 March"), or its first
    trip: tuple[dt.date, dt.date] | None = None   # the days of the visit the text reports, over ("back after a visit ...")
    entries: list[tuple[int, dt.date]] = field(default_factory=list)   # a page's dated entries: where each starts
    instruments: list[tuple[int, int]] = field(default_factory=list)   # where agreements are named
    headed: list[tuple[int, int, str]] = field(default_factory=list)   # paragraphs headed by their day ("Tuesday. ...")

    _scans: dict = field(default_factory=dict, repr=False)
    _folded: dict = field(default_factory=dict, repr=False)
    _triggers: dict = field(default_factory=dict, repr=False)

    def evidence(self, s: Sentence, start: int, end: int, confidence: float) -> Evidence:
        return Evidence(self.doc_id, s.text, start, end, confidence)

    def day_at(self, pos: int) -> dt.date | None:
        """The day "today" means at ``pos``: the date heading its entry on a page of dated
        entries, else the report's."""
        day = self.published
        for start, entry in self.entries:
            if start > pos:
                break
            day = entry
        return day

    def scan(self, pattern: re.Pattern, start: int, end: int) -> list[re.Match]:
        """``pattern``'s matches in the text between ``start`` and ``end``, looked for once
        (meetings and statements read the same sentences)."""
        key = (pattern, start, end)
        found = self._scans.get(key)
        if found is None:
            folded = self.folded(start, end)
            # (most sentences hold none of the words the pattern needs: no need to run it)
            found = self._scans[key] = list(pattern.finditer(self.m.text, start, end)) \
                if cue_of(pattern).may_match_folded(folded) else []
        return found

    def folded(self, start: int, end: int) -> str:
        """The text between ``start`` and ``end`` case-folded, once, for the cues."""
        folded = self._folded.get((start, end))
        if folded is None:
            folded = self._folded[start, end] = self.m.text[start:end].casefold()
        return folded

    def patterns(self, frame: list[tuple[str, re.Pattern]], cue: Cue, s: Sentence) -> list[tuple[str, re.Pattern]]:
        """The (label, pattern) pairs of ``frame`` whose words the sentence holds: only those can
        match. The frame's ``cue`` first, as most sentences hold none of its words."""
        folded = self.folded(s.start, s.end)
        if not cue.may_match_folded(folded):
            return []
        return [(label, p) for label, p in frame if cue_of(p).may_match_folded(folded)]

    def meeting_triggers(self, s: Sentence) -> list[tuple[str, re.Match]]:
        """(kind, match) for every meeting trigger in the sentence, pattern by pattern, found
        once (the sentence's trigger and its clauses read the same)."""
        key = (s.start, s.end)
        found = self._triggers.get(key)
        if found is None:
            found = self._triggers[key] = [(kind, tm) for kind, pattern in self.patterns(self.lex.meeting, self.lex.meeting_cue, s)
                                           for tm in pattern.finditer(s.text)]
        return found


# --- references to persons ----------------------------------------------------------

def _salient(ctx: Context, keys: list[str], at: int | None = None, met: list[str] = (), title: str = "") -> str | None:
    """The person a description most likely means: one named in this or the previous
    sentence first, then one who holds the ``title`` as written ("the Foreign Minister": not
    the Foreign Secretary), then one of the meeting just told (``met``), then the one the text
    names most often."""
    if not keys:
        return None
    recent: set[str] = set()
    first = None
    if at is not None:
        here = ctx.m.sentence_at(at)
        prev = ctx.m.sentences[max(0, here.index - 1)]
        recent = {p.key for p in ctx.m.persons if prev.start <= p.start < at}
        # the subject of the sentence before: "President A spoke with President B. The President ..."
        first = next((p.key for p in ctx.m.persons if prev.start <= p.start < prev.end), None)
    title = title.casefold() if len(title.split()) > 1 else ""     # (one word says too little: "the Ambassador")
    return max(keys, key=lambda k: (k in recent, k == first,
                                    bool(title) and any(q.title.casefold() == title for q in ctx.people.persons[k].positions),
                                    k in met, ctx.people.mention_count[k]))


def _by_title(ctx: Context, title_text: str, principal: bool = True, keep=None, loose: bool = True) -> list[str]:
    """Holders of the office ``title_text`` names: exactly, within a longer title ("the State
    Minister"), or by its head word; with ``keep``, the first of those levels it leaves anyone in."""
    want = canonical_title(title_text)
    if want.split()[-1] == "speaker":      # "the visiting Speaker": the President of the National Assembly too
        speakers = [k for k, p in ctx.people.persons.items() if any(re.match(
            r"(?:speaker|president|chair(?:man|person|woman)?) of (?:the )?(?:[\w'’\-]+ ){0,3}(?:assembly|parliament|house|senate|"
            r"chamber|congress|majlis|khural|kenesh|sejm|seimas|saeima|riigikogu|duma|knesset|rada|sabor|"
            r"skupstina|sangsad|sabha|hluttaw|legislature)\b(?!\s+(?!of\b)\w)|speaker\b|[\w\-]+ \(speaker\)", canonical_title(q.title))
            for q in p.positions)]
        return [k for k in speakers if keep(k)] if keep is not None else speakers
    if want in ("head of state", "heads of state"):     # "the head of state": its president or monarch
        heads = [k for k, p in ctx.people.persons.items() if any(
            re.fullmatch(r"president(?: of the republic)?|king|queen|emir|amir|sultan|head of state", canonical_title(q.title))
            for q in p.positions)]
        return [k for k in heads if keep(k)] if keep is not None else heads
    head = want.split()[-1]
    deputy = deputy_of(title_text)
    exact, within, loose_keys = [], [], []
    for key, person in ctx.people.persons.items():
        for pos in person.positions:
            if pos.title.startswith("former "):
                continue        # a former prime minister is not "the Prime Minister"
            have = canonical_title(pos.title)
            if have == want or re.sub(r"\s+to\s+.*$", "", have) == want:     # "the Ambassador": "Ambassador to Chile"
                exact.append(key)
            elif deputy and deputy == deputy_of(pos.title):
                exact.append(key)       # "the deputy FM": the Vice Minister of Foreign Affairs
            elif principal and len(want.split()) > 1 and any(f" {w} {want} " in f" {have} " for w in ("deputy", "vice")) \
                    and not re.search(r"\b(?:deputy|vice)\b", want):
                continue        # "the Chief of Mission" is not the Deputy Chief of Mission
            elif f" {want} " in f" {have} " and len(want.split()) > 1:
                within.append(key)       # "the State Minister": "State Minister for Foreign Affairs"
            elif head in have.split() and not (want.startswith("prime ") and "prime" not in have.split()) or \
                    want == "president" and have == "head of state" or \
                    head in ("envoy", "diplomat") and _is_envoy(have) or head == "ambassador" and _MISSION.search(have):
                loose_keys.append(key)       # "The Head of State, A, ... the President": A; "Thailand's envoy": its ambassador
    # "the Foreign Secretary": the one so styled, before another country's Minister of Foreign
    # Affairs (the foreign minister's many names are one canonical title)
    def worded(title: str) -> str:
        return re.sub(r"^(?:the|official) ", "", " ".join(fold(title).split()))
    literal = [k for k in exact if want == "foreign minister" and any(worded(q.title) == worded(title_text)
                                                                     for q in ctx.people.persons[k].positions)]
    exact = literal or exact or within
    if head in ("envoy", "diplomat"):      # "the envoy": one whose title says envoy, before any ambassador
        loose_keys = [k for k in loose_keys if any(head in canonical_title(q.title).split()
                                                   for q in ctx.people.persons[k].positions)] or loose_keys
    elif principal and len(want.split()) == 1:   # "the Minister": not a deputy or a minister of state
        full = [k for k in loose_keys if not any(re.search(
            r"\b(?:deputy|vice|state(?!\s+and\b)|assistant|under|junior|first|prime)\b", canonical_title(q.title))
            for q in ctx.people.persons[k].positions)]
        loose_keys = full or loose_keys
    if keep is not None:
        levels = (exact, within, loose_keys) if loose else (exact, within)
        return next((kept for level in levels if (kept := [k for k in level if keep(k)])), [])
    return exact or loose_keys


_ADJECTIVE_TITLE = re.compile(
    r"(?:\b[Tt]he\s+(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)|"
    # "India's newly accredited envoy": a possessive country and what makes the office-holder new (a
    # plain "India's Ambassador" is a title the mentions hold, often before a name)
    r"\b(?P<poss>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)[’']s(?=\s+(?:newly\s+)?(?:accredited|appointed|new|outgoing|visiting)\s))"
    r"(?:\s+(?:newly\s+)?(?:accredited|appointed|new|outgoing|visiting))?\s+(?P<title>(?i:(?:foreign |prime |deputy |vice |defen[cs]e )?minister|"
    r"president|ambassador|envoy|premier|(?:top|chief) diplomat|diplomat|foreign secretary|secretary of state|secretary|chancellor|"
    r"leader|head of state|head of government|official|delegate))\b")
_HONORIFICS_BEFORE = r"(?:(?:" + _HONORIFIC_WORDS + r")\s+)*"     # "H.E. Mr.", "YB Dato' Sri"
# "... of External Relations, H.E. Tiago Mendes" / "... for Africa, Fiona Gresham": a name follows the title
_TITLE_TAIL = re.compile(r"(?:\s+(?:and(?:\s+(?:of|for|to))?|of|for|to|in)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)*|"
                         # "Commissioner for Political Affairs, Peace and Security, Mrs. A", "Minister for
                         # Foreign Affairs, East Africa, Regional and International Cooperation, Hon. A"
                         r"(?:,\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)*)*"
                         r",\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)*\s+and\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)*)*"
                         r"(?:\s+\([A-Z][\w.&\-]{1,12}\))?,\s+(?:the\s+(?=Hon|Rt|Right))?" + _HONORIFICS_BEFORE)
_ADJECTIVE_TITLE_NAME = re.compile(r"(?:\s+(?:for|of|to|in)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\s\-]{0,40}?)?,?\s+" + _HONORIFICS_BEFORE)
_ORG_CHIEF = re.compile(r"\b[Tt]he\s+(?P<org>[A-Z]{2,}|United Nations)(?:[’']s)?\s+(?:chief|head|boss)\b")
_POSSESSOR = re.compile(r"[’']s\s+(?:(?:new|former|top|chief|senior|special)\s+)?(?:deputy|spokes\w+|envoy|advis[eo]r|aide|"
                        r"wife|husband|son|daughter|office|ministry|government|predecessor|successor|chief of staff|"
                        r"statement|message|letter|remarks|comments|representative|delegation)\b")
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_LEADER = re.compile(r"president|prime minister|head of state|head of government|king|queen|emir|amir|sultan|"
                     r"chancellor|premier|crown prince")
_HOST = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+hosts?\b(?!\s+(?:country|nation|city|government|of)\b)")
_SIDE = re.compile(r"\b[Tt]he\s+(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)?)\s+(?:side\b|"
                   r"delegation(?=\s+(?:also\s+|later\s+|then\s+)?(?:held|met|had|paid|visited|called)\b))")
_NOUN_USE = re.compile(r"\s*(?:,|\s(?:had|has|was|is|were|said|says|added|told|met|held|thanked|expressed|conveyed|"
                       r"called|also|then|later|who|arrived|left|spoke|paid|signed)\b)")
# "A received B at the ministry, spokeswoman C wrote on Twitter.": C is the source, not a participant
_SOURCE_AFTER = re.compile(r"(?:\s*,\s*[^,;]{0,40}?)?\s+(?:said|says|wrote|writes|tweeted|posted|reported|announced|"
                           r"confirmed|told\s+(?:reporters|journalists|the\s+press|[A-Z]\w+))\b[^,;]{0,40}[.;]?\s*$")
_SOURCE_BEFORE = re.compile(r",\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w\-’']*\s+){0,4}$")
_CASE_OF = re.compile(r"\bthe\s+(?:case|release|detention|arrest|extradition|fate|trial)\s+of\s+(?:[\w\-]+\s+){0,3}$")


def _is_envoy(title: str) -> bool:
    """An ambassador, chargé, consul, or the head of a mission to an international body."""
    return bool(_ENVOY.search(title) or _MISSION.search(title))


_NOMINEE = re.compile(r"\b[Tt]he\s+(?:[\w\-]+\s+)?(?:nominee|designate)\b(?!\s+(?:of|for)\b)")
_BARE_ENVOY = re.compile(r"\b[Tt]he\s+(?:new\s+|visiting\s+|foreign\s+)?(?:diplomat|envoy)\b(?!\s+(?:of|to|for)\b)|"
                         # "Japanese diplomat congratulated ...": a translation's article left out
                         r"(?:^|(?<=[.;]\s))(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)\s+(?:diplomat|envoy)\b(?=\s+[a-z]+ed\b)")
_AFTER_MEETING = re.compile(r"\s*(?:After|Following|Before)\s+(?:(?:his|her|their)\s+)?(?:meeting|talks|meetings)\s+(?:with\s+)?[^,;]{2,80},")
# (not past the verb of the one escorted: "A, accompanied by B, called on C": C is no escort)
_ESCORT = re.compile(r"\b(?:accompanied|flanked)\s+by\b(?:(?!\b(?:called|met|held|received|visited|paid|hosted|spoke|signed|"
                     r"attended|joined|talked)\b)[^.;:])*$")
_GUEST = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:visiting\s+)?(?:guests?|visitors?)\b(?!\s+of\s+hono)|"
                    r"\b[Tt]he\s+visiting\s+(?:official|dignitary|delegate)\b")


def _initials(name: str) -> str:
    """"Organization of American States" -> "OAS": the acronym a text may use for a body."""
    return "".join(w[0] for w in re.findall(r"\b[A-Z][\w\-]*", name))


def _person_at(m: Mentions, pos: int) -> bool:
    """Whether a person's name starts at ``pos``."""
    return any(p.start == pos for p in m.in_span(m.persons, pos, pos + 200))


def _visitors(ctx: Context, keys: list[str]) -> list[str]:
    """Of ``keys``, those who hold no office of the document's own country."""
    if not ctx.home:
        return keys
    return [k for k in keys if ctx.people.persons[k].positions and
            all(q.country != ctx.home for q in ctx.people.persons[k].positions)]


def _called_on(ctx: Context, keys: list[str], before: int) -> list[str]:
    """Of ``keys``, the one the last courtesy call in the two sentences before ``before`` was
    paid on ("A called on the Foreign Minister, B. His host ...": B)."""
    here = ctx.m.sentence_at(before)
    since = ctx.m.sentences[max(0, here.index - 2)].start
    calls = list(_CALL_ON.finditer(ctx.m.text, since, before))
    if not calls:
        return []
    after = calls[-1].end()
    return [p.key for p in ctx.m.in_span(ctx.m.persons, after, min(before, after + 120)) if p.key in keys][:1]


_CALL_ON = re.compile(r"\b(?:called\s+on|paid\s+(?:an?\s+)?(?:courtesy\s+|official\s+)?(?:call|visit)\s+(?:on|to)|"
                      r"(?:was|were)\s+received\s+(?:[\w\-]+\s+){0,3}?by)\s+")


def _hosts_by_place(ctx: Context, keys: list[str], before: int) -> list[str]:
    """Of ``keys``, those who hold an office of the country whose capital the text last named
    before ``before`` ("a visit to Dakar by the Vice-President ... Her host": Senegal's)."""
    last = None
    for last in _capitals_pattern().finditer(ctx.m.text[:before].casefold()):
        pass
    country = ctx.lex.countries.by_code(capitals()[last.group(0)]) if last else None
    return [k for k in keys if country and any(q.country == country.name for q in ctx.people.persons[k].positions)]


# the pieces of a title's context that ``references`` reads
_SPACE = re.compile(r"\s+")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_POSSESSIVE_GAP = re.compile(r"[’']s?\s+")
_VISITING_BEFORE = re.compile(r"\b[Tt]he\s+visiting\s+$")
_SENTENCE_OPENING = re.compile(r"\s*(?:(?:[A-Z][a-z]+ly|Also|Then|Later),\s+)?")
_BARE_VERB_AFTER = re.compile(r"\s+(?:also\s+)?(?!(?:of|for|and|to|in|on|at|the|with|who|whose)\b)[a-z]+\b")
_POSSESSIVE_BEFORE = re.compile(r"[’']s\s+$")
_CLOSED_AFTER = re.compile(r"\s*(?:[,.;:)\n]|$|\s*(?:and|who|whose|of|to|for|in|on|at)\b)")
# ", the ", and ", the Chinese government's ", ", Seoul's " before a title that describes the name
_APPOSITION_GAP = re.compile(r",\s+(?:the\s+)?(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-.]*\s+){1,3}government[’']s\s+|"
                             r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-.]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-.]*)?[’']s\s+)?")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


_STYLE = r"\b(?:His|Her)\s+(?:Royal\s+)?(Highness|Majesty)"
_RANKS = r"(?:(?:the\s+)?(?:Amir|Emir|King|Queen|Sultan|Sheikh|Sheikha|Crown\s+Prince|Prince|Princess|Sayyid)\s+)*"
_STYLE_ALONE = re.compile(_STYLE + r"\b")
_STYLE_GAP = re.compile(r"\s+" + _RANKS)
_STYLE_BEFORE = re.compile(_STYLE + r"\s+" + _RANKS + r"$")


def references(ctx: Context, start: int, end: int, last_group: list[str],
               every: bool = False) -> list[tuple[int, str]]:
    """(offset, person key) for the first reference to each person between ``start`` and
    ``end``; with ``every``, for each reference."""
    m, text = ctx.m, ctx.m.text
    # "Karimpour's deputy, Mehdi Sarvestani, ...": the possessor is not in the clause
    refs = [(p.start, p.key) for p in m.in_span(m.persons, start, end) if not _POSSESSOR.match(text, p.end)]
    named = {k for _, k in refs}
    for t in m.in_span(m.titles, start, end):
        if _POSSESSOR.match(text, t.end):
            continue               # "travelled with the vice president's delegation": not a participant
        if t.text[:1].isupper() and any(
                _HONORIFIC_GAP.fullmatch(text, t.end, p.start) for p in m.in_span(m.persons, t.end, t.end + 80)):
            continue               # a title in front of a name
        before = [c for c in m.in_span(m.countries, t.start - 120, t.start) if 0 <= t.start - c.end <= 4]
        adjective = next((c for c in before if c.adjective and _SPACE.fullmatch(text, c.end, t.start) and (
            c.text.lower().startswith("the ") or _THE_BEFORE.search(text, max(0, c.start - 4), c.start))), None) or \
            next((c for c in before if c.possessive and _POSSESSIVE_GAP.fullmatch(text, c.end, t.start)), None)
        visiting = _VISITING_BEFORE.search(text, max(0, t.start - 13), t.start)
        bare = t.text[:1].isupper() and _SENTENCE_OPENING.fullmatch(text, m.sentence_at(t.start).start, t.start) and \
            _BARE_VERB_AFTER.match(text[t.end:t.end + 20])
        if not _DEFINITE_TITLE.search(text[max(0, t.start - 25):t.start]) and adjective is None and \
                not visiting and not bare and not _POSSESSIVE_BEFORE.search(text, max(0, t.start - 3), t.start):
            continue
        closed = _CLOSED_AFTER.match(text[t.end:t.end + 8])
        if closed and any(0 <= t.start - p.end <= 40 and _APPOSITION_GAP.fullmatch(text, p.end, t.start)
                          for p in m.in_span(m.persons, max(0, t.start - 80), t.start)):
            continue               # an apposition to a name ("Seitkali, the President extended" is not)
        tail = _TITLE_TAIL.match(text, t.end)
        second = re.match(r"\s+and\s+the\s+", text[t.end:t.end + 10])
        if tail and _person_at(m, tail.end()) and not (second and ctx.lex.title.match(text, t.end + second.end())):
            continue               # "Angola's Minister of External Relations, Tiago Mendes"
        of_country = _OF_THE.match(text, t.end)     # "the Foreign Minister of Maldives"
        of_country = of_country and ctx.lex.country_form.match(text, of_country.end())
        of_country = of_country and ctx.lex.countries.lookup(of_country.group(0))
        if adjective is not None or of_country:         # "the Ivorian minister"
            country = adjective.country.name if adjective is not None else of_country.name
            keys = _by_title(ctx, t.text, keep=lambda k: any(q.country == country
                                                             for q in ctx.people.persons[k].positions))
        elif visiting:                    # "the visiting minister": not one of the hosts
            guests = list(dict.fromkeys(last_group))[1:]
            keys = _by_title(ctx, t.text, principal=False, keep=lambda k: k == guests[0]) \
                if not ctx.home and len(guests) == 1 else []    # "A received B. ... the visiting minister": B
            keys = keys or _by_title(ctx, t.text, principal=False, keep=lambda k: bool(_visitors(ctx, [k])))
            if not keys and len(guests) == 1 and _visitors(ctx, guests) and any(
                    canonical_title(t.text).split()[-1] in canonical_title(q.title).split()
                    for q in ctx.people.persons[guests[0]].positions):
                keys = guests       # "the visiting minister" for the Minister of State A received
            if not keys:    # a Banjul paper's "the visiting Vice-President": its own, the one there is
                keys = _by_title(ctx, t.text, principal=False)
                keys = keys if len(keys) == 1 else []
        else:
            keys = _by_title(ctx, t.text)
            if ctx.voice:
                # a release's bare "the Minister", "the Prime Minister" is its own government's
                keys = _by_title(ctx, t.text, keep=lambda k: any(q.country == ctx.voice for q in ctx.people.persons[k].positions),
                                 loose=len(canonical_title(t.text).split()) == 1) or keys
        key = _salient(ctx, keys, t.start, last_group, t.text)
        if key:
            refs.append((t.start, key))
    for am in ctx.scan(_ADJECTIVE_TITLE, start, end):   # "the Rwandan minister", "the Iranian top diplomat"
        country = ctx.lex.countries.lookup(am.group("adj") or am.group("poss"))
        if country is None or any(off == am.start() + len(am.group(0)) - len(am.group("title")) for off, _ in refs):
            continue
        appos = _ADJECTIVE_TITLE_NAME.match(text, am.end())
        if appos and _person_at(m, appos.end()):
            continue        # "the UK Minister for Africa, Fiona Gresham": a title before a name
        head = "minister" if "diplomat" in am.group("title").lower() else am.group("title").lower().split()[-1]
        envoy = head in ("envoy", "ambassador")     # "the Chinese envoy": its ambassador
        anyone = head in ("official", "delegate")   # "the Argentine official": whoever holds an office there
        leader = head in ("leader", "state", "government")     # "the Kazakh leader": its head of state
        keys = [k for k, p in ctx.people.persons.items() if any(
            q.country == country.name and (anyone or head in canonical_title(q.title).split() or head in q.title.lower().split() or
                                           envoy and _is_envoy(q.title) or
                                           leader and _LEADER.fullmatch(canonical_title(q.title)))
            for q in p.positions)]
        if "diplomat" in am.group("title").lower():     # "the Kuwaiti top diplomat": its foreign minister, not a deputy
            fm = [k for k in keys if any(re.search(r"(?<!deputy )(?<!vice )(?<!assistant )(?:foreign minister|minister (?:of|for) foreign affairs)",
                                                   canonical_title(q.title)) for q in ctx.people.persons[k].positions)]
            keys = fm or keys
        if not keys and envoy:      # "Norway's newly accredited envoy ... Ambassador A": the one envoy of no known country
            keys = [k for k, p in ctx.people.persons.items()
                    if p.positions and all(_is_envoy(q.title) and not q.country for q in p.positions)]
            keys = keys if len(keys) == 1 else []
            # "the Bangladeshi envoy" for the visiting Foreign Secretary: the one of that country at the meeting told
            keys = keys or [k for k in last_group if any(q.country == country.name for q in ctx.people.persons[k].positions)][:1]
        # (one of the two who met, where one is: "the Iranian official" for the visiting deputy minister, not
        # the ambassador who sat in)
        key = _salient(ctx, [k for k in keys if k in last_group[:2]] or keys, am.start())
        if key:
            refs.append((am.start(), key))
    for cm in ctx.scan(_ORG_CHIEF, start, end):     # "the UN chief", "the WHO chief"
        org = cm.group("org")
        names = {"UN": "United Nations"}.get(org, org)
        keys = [k for k, p in ctx.people.persons.items() if any(
            org in f"{q.title} {q.organization or ''}" or names in f"{q.title} {q.organization or ''}" or
            org == _initials(q.organization or "") for q in p.positions)]
        heads = [k for k in keys if any(re.search(r"(?i)secretary[- ]general|director[- ]general|president|chair|head|high commissioner",
                                                  q.title) and not re.search(r"(?i)deputy|assistant|under", q.title)
                                        for q in ctx.people.persons[k].positions)]
        key = _salient(ctx, heads, cm.start())
        if key:
            refs.append((cm.start(), key))
    for hm in ctx.scan(_HOST, start, end):       # "the host", "his host": who received the visitor
        if re.search(r"\b(?:told|assured|informed)\s+$", text[max(0, hm.start() - 10):hm.start()]):
            continue        # "He told his host that ...": the one spoken to, not a speaker
        hosts = _called_on(ctx, last_group, hm.start()) or _hosts_by_place(ctx, last_group, hm.start()) or \
            ([k for k in last_group if k not in _visitors(ctx, last_group)] if ctx.home else [])
        # the meeting's own host: its head of state or government, else the first it lists (not
        # one who sat in on it later)
        leaders = [k for k in hosts if any(_LEADER.fullmatch(canonical_title(q.title)) for q in ctx.people.persons[k].positions)]
        key = (leaders or hosts)[0] if hosts and not hm.group(0).lower().endswith("s") else _salient(ctx, hosts, hm.start())
        if key:
            refs.append((hm.start(), key))
    for sm in ctx.scan(_SIDE, start, end):       # "the Myanmar side thanked Thailand"
        if re.search(r"\b(?:[Oo]n|[Ff]rom|[Ff]or|[Tt]o|[Jj]oined)\s+$", text[max(0, sm.start() - 8):sm.start()]):
            continue        # "On the Omani side, the talks were attended by A": a place at the table
        country = ctx.lex.countries.lookup(sm.group("adj"))
        keys = [k for k, p in ctx.people.persons.items() if country and any(q.country == country.name for q in p.positions)]
        key = _salient(ctx, [k for k in keys if k in last_group] or keys, sm.start())
        if key:
            refs.append((sm.start(), key))
    for c in m.in_span(m.countries, start, end):      # "The Malian had been welcomed by ...": a person
        if c.adjective and (c.text.lower().startswith("the ") or re.search(r"\b[Tt]he\s+$", text[max(0, c.start - 4):c.start])) \
                and _NOUN_USE.match(text, c.end):
            keys = [k for k, p in ctx.people.persons.items() if any(q.country == c.country.name for q in p.positions)]
            key = _salient(ctx, keys, c.start)
            if key:
                refs.append((c.start, key))
    for dm in ctx.scan(_BARE_ENVOY, start, end):     # "The diplomat, for his part, conveyed"
        if any(dm.start() <= off < dm.end() for off, _ in refs):
            continue
        envoys = [k for k, p in ctx.people.persons.items() if any(_ENVOY.search(q.title) for q in p.positions)]
        adj = dm.group("adj") and next((c.country for c in m.in_span(m.countries, dm.start(), dm.end("adj"))), None)
        if dm.group("adj"):     # the adjective says whose: "Japanese diplomat"
            envoys = [k for k in envoys if adj and any(q.country == adj.name for q in ctx.people.persons[k].positions)]
        key = _salient(ctx, envoys, dm.start())
        if key:
            refs.append((dm.start(), key))
    for hm in ctx.scan(_STYLE_ALONE, start, end):   # "His Highness affirmed ...": the one the text styled so
        if any(0 <= p.start - hm.end() <= 40 and _STYLE_GAP.fullmatch(text, hm.end(), p.start) for p in m.in_span(m.persons, hm.end(), hm.end() + 160)):
            continue        # "His Highness Prince A": a style before a name
        styled = list(dict.fromkeys(p.key for p in m.persons if p.start < hm.start() and (sm := _STYLE_BEFORE.search(
            text, max(0, p.start - 60), p.start)) and sm.group(1).lower() == hm.group(1).lower()))
        if len(styled) == 1:
            refs.append((hm.start(), styled[0]))
    for nm in ctx.scan(_NOMINEE, start, end):       # "the nominee told the committee": the minister-designate
        nominees = [k for k, p in ctx.people.persons.items()
                    if any(re.search(r"(?i)designate|nominee", q.title) for q in p.positions)]
        key = _salient(ctx, nominees, nm.start())
        if key:
            refs.append((nm.start(), key))
    for gm in ctx.scan(_GUEST, start, end):      # "the guest", "his visitor": of the meeting told, if any
        visitors = _visitors(ctx, list(ctx.people.persons))
        placed = _hosts_by_place(ctx, last_group, gm.start()) if not ctx.home and last_group else []
        if placed:      # no home country: the guest is who met the hosts of the capital the text named ("in Bratislava")
            visitors = [k for k in last_group if k not in placed] or visitors
        elif not ctx.home and last_group:     # else not of the country of who is named first
            hosts = {q.country for q in ctx.people.persons[last_group[0]].positions if q.country}
            visitors = [k for k in visitors if hosts and ctx.people.persons[k].positions and
                        all(q.country not in hosts for q in ctx.people.persons[k].positions)] or visitors
        present = [k for k in last_group if k in visitors]     # its principal: the first visitor it names
        key = present[0] if present and not gm.group(0).endswith("s") else _salient(ctx, visitors, gm.start())
        if key:
            refs.append((gm.start(), key))
    for dm in ctx.scan(_TOP_DIPLOMAT, start, end):    # "South Korea's top diplomat"
        if dm.group("country").lower() == "the country":     # "the country's top diplomat": the one just named
            key = _salient(ctx, _by_title(ctx, "Foreign Minister"), dm.start())
            if key:
                refs.append((dm.start(), key))
            continue
        country = ctx.lex.countries.lookup(dm.group("country"))
        keys = [k for k in _by_title(ctx, "Foreign Minister") if country and any(
            q.country == country.name for q in ctx.people.persons[k].positions)]
        if len(keys) == 1:
            refs.append((dm.start(), keys[0]))
    for om in ctx.scan(_OUR_HEAD, start, end) if ctx.voice and text.find(" our ", start, end) >= 0 else ():
        # "the head of our state": the head of state of the government that speaks
        keys = _by_title(ctx, "head of state", keep=lambda k: any(q.country == ctx.voice
                                                                    for q in ctx.people.persons[k].positions))
        if len(keys) == 1:
            refs.append((om.start(), keys[0]))
    for hm in ctx.scan(_HEAD_OF_DIPLOMACY, start, end) if text.find("diplomacy", start, end) >= 0 else ():
        # "the head of Mozambican diplomacy": its foreign minister
        country = next((c.country for c in m.in_span(m.countries, hm.start("adj"), hm.end("adj"))), None)
        keys = [k for k, p in ctx.people.persons.items() if country and any(
            q.country == country.name and _FOREIGN_MINISTER.match(q.title) and not deputy_of(q.title) for q in p.positions)]
        if len(keys) == 1:
            refs.append((hm.start(), keys[0]))
    for lm in ctx.scan(_LEADER_REF, start, end) if text.find(" head", start, end) >= 0 or \
            text.find(" leader", start, end) >= 0 else ():      # "the Korean leader": its head of state or government
        country = next((c.country for c in m.in_span(m.countries, lm.start(), lm.end("adj"))), None)
        keys = [k for k, p in ctx.people.persons.items() if country and any(
            q.country == country.name and _LEADER_TITLE.search(q.title) for q in p.positions)]
        key = _salient(ctx, keys, lm.start()) if len(keys) <= 2 else None
        if key:
            refs.append((lm.start(), key))
    for cm in ctx.scan(_COUNTERPART_REF, start, end):
        if any(p.start - cm.end() in range(0, 3) or cm.start() - p.end in range(0, 3) for p in m.persons):
            continue
        titled = re.compile(r",?\s+(?:the\s+)?").match(text, cm.end())
        titled = titled and ctx.lex.title.match(text, titled.end())
        if titled and any(_HONORIFIC_GAP.fullmatch(text, titled.end(), p.start) for p in m.in_span(m.persons, titled.end(), titled.end() + 40)):
            continue        # "her Maldivian counterpart, Foreign Minister A": A, named right there
        adjectives = re.split(r",\s+(?:and\s+)?|\s+and\s+", cm.group("adj"))
        if len(adjectives) > 1 and not cm.group(0).endswith("s"):
            continue        # "her Kazakh and Kyrgyz counterpart" is no list of people
        for country in filter(None, map(ctx.lex.countries.lookup, adjectives)):
            keys = [k for k, p in ctx.people.persons.items()
                    if any(pos.country == country.name for pos in p.positions)]
            key = _salient(ctx, keys, cm.start())
            if key:
                refs.append((cm.start(), key))
    grouped = set()
    for gm in [gm for gm in m.groups if start <= gm.start() and gm.end() <= end]:
        if text[gm.end():gm.end() + 1] in ("'", "’"):
            continue        # "took part in the ministers' meeting": whose meeting, not who acts
        of = re.compile(r"\s+(?:of|from)\s+").match(text, gm.end())
        if of:      # "the foreign ministers of Chile, Peru and Ecuador"
            listed = []
            for c in ctx.m.countries:
                if c.start >= of.end() and re.fullmatch(r"(?:,\s+|\s+and\s+|,\s+and\s+)?(?:the\s+)?",
                                                        text[(listed[-1].end if listed else of.end()):c.start]):
                    listed.append(c)
            plural = gm.group(0).lower()
            singular = ctx.lex.groups.get(plural) or ctx.lex.groups.get(plural.split()[-1])
            names = {c.country.name for c in listed}
            holders = list(ctx.people.persons) if singular == "Counterpart" else \
                _by_title(ctx, singular) if singular else []
            # one per country: the holder of that office there, else whoever holds an office of
            # that kind there ("the foreign ministers of Iran and Qatar": Qatar's Minister of State)
            head = singular.split()[-1].lower() if singular and singular != "Counterpart" else ""
            keys = []
            for c in dict.fromkeys(c.country.name for c in listed):
                of_c = [k for k in holders if any(q.country == c for q in ctx.people.persons[k].positions)] or \
                    [k for k, p in ctx.people.persons.items() if head and any(
                        q.country == c and head in canonical_title(q.title).split() for q in p.positions)]
                if of_c:
                    keys.append(max(of_c, key=lambda k: ctx.people.mention_count[k]))
            keys = list(dict.fromkeys(keys))
            if listed:      # never the last meeting's people: these are named by country
                refs += [(gm.start(), k) for k in keys if k not in named] if len(keys) >= 2 else []
                grouped.update(range(gm.start(), gm.end()))
                continue
        lead = re.search(r"\b(?:[Tt]he|[Bb]oth|two|[Aa]ll)\s+(?P<n>two|three|four|five|six)?\s*(?P<visiting>visiting\s+)?"
                         r"(?P<mod>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+(?:and\s+)?){0,4})$",
                         text[max(0, gm.start() - 40):gm.start()])
        if not lead:
            continue
        plural = gm.group(0).lower()
        singular = ctx.lex.groups.get(plural) or ctx.lex.groups.get(plural.split()[-1])
        keys = _by_title(ctx, singular) if singular else []
        if lead.group("mod"):       # "the Latvian and Lithuanian ministers"; not "the Baltic ministers"
            words = [w for w in lead.group("mod").split() if w != "and"]
            found = [ctx.lex.countries.lookup(w) for w in words]
            if all(found):
                keys = [k for k in keys if any(q.country in {c.name for c in found}
                                               for q in ctx.people.persons[k].positions)]
            else:           # "the OSCE Minsk Group Co-Chairs": holders of an office of that body
                body = [k for k in keys if any(words[0] in f"{q.title} {q.organization or ''}"
                                               for q in ctx.people.persons[k].positions)]
                # "the Baltic ministers": those of the meeting just told
                keys = body or [k for k in keys if k in last_group]
        if lead.group("visiting"):      # "the three visiting ministers": not the hosts
            keys = _visitors(ctx, keys)
        n = _NUMBER.get(lead.group("n") or "") or \
            (2 if re.search(r"\btwo\s", text[max(0, gm.start() - 5):gm.start()]) or
             lead.group(0)[:4].lower() == "both" else 0)
        if n:
            # "the two ministers": the two named here, else the last two who met
            # the two named here, else the last two who met if they hold that title, else the
            # text's two holders of it, else the last two who met
            met = [k for k in keys if k in last_group]
            prev = ctx.m.sentences[max(0, ctx.m.sentence_at(gm.start()).index - 1)]
            near = [k for k in dict.fromkeys(p.key for p in ctx.m.persons if prev.start <= p.start < gm.start())
                    if k in keys]
            # or the two named in the two sentences before ("A visited ... at the invitation of B.
            # The two Ministers held talks")
            before = ctx.m.sentences[max(0, prev.index - 1)]
            near2 = [k for k in dict.fromkeys(p.key for p in ctx.m.persons if before.start <= p.start < gm.start())
                     if k in keys]
            # (the last two who met, when both hold such an office: "Deputy Prime Minister and
            # Minister of Foreign Affairs" is one of "the two ministers")
            word = (singular or "").split()[-1].lower() if singular else ""
            holds = [k for k in last_group if word and (any(     # (a prime minister is none of "the ministers")
                word in re.sub(r"\bprime minister\b", "", canonical_title(q.title)).split()
                for q in ctx.people.persons[k].positions) if " " not in singular else k in keys)]
            # or the last two named before, joined by "and" ("a joint message from A and B. The two
            # ministers, who held talks ...": not the one who received it)
            said = [p for p in ctx.m.persons if prev.start <= p.start < gm.start() and word and any(
                word in canonical_title(q.title).split() for q in ctx.people.persons[p.key].positions)]
            pair = list(dict.fromkeys(p.key for p in reversed(said)))[:2][::-1]
            first = next((p for p in reversed(said) if pair and p.key == pair[0]), None)
            second = first and next((p for p in said if p.start > first.start and p.key == pair[1]), None)
            joined = pair if n == 2 and len({p.key for p in ctx.m.persons if prev.start <= p.start < gm.start()}) > 2 and second and \
                re.search(r"\band\b", text[first.end:second.start]) and not re.search(r"[;.]", text[first.end:second.start]) else []
            foreign = [k for k, p in ctx.people.persons.items() if any(
                (_FOREIGN_MINISTER.search(q.title) or re.search(r"(?i)secretary\s+(?:of|for)\s+foreign", q.title))
                and not deputy_of(q.title) for q in p.positions)]
            # ("the two foreign ministers" are not the two agriculture ministers who met last)
            keys = ([k for _, k in refs] if len(named) == n else
                    near if len(near) == n and named <= set(near) else
                    joined if joined and not named else
                    near2 if len(near2) == n and not named and not last_group else
                    last_group if len(last_group) == n and (set(last_group) <= set(keys) or len(holds) == n) else
                    met if len(met) == n else keys if len(keys) == n else
                    # ("the two Ministers" after the officials' own meeting: the two foreign ministers)
                    foreign if word == "minister" and not holds and len(foreign) == n else
                    last_group if len(last_group) == n and not lead.group("visiting") else [])
        elif len(named) >= 2:       # "A had dinner with B and C, at which the ministers ...": named
            continue
        else:       # "the ministers": those just named, not every minister in the text
            prev = ctx.m.sentences[max(0, ctx.m.sentence_at(gm.start()).index - 1)]
            near = {p.key for p in ctx.m.persons if prev.start <= p.start < gm.start()}
            keys = [k for k in keys if k in near] if near & set(keys) else \
                [k for k in keys if k in last_group] if set(last_group) & set(keys) else keys
        if len(keys) >= 2:
            # (every one of the group where each reference counts: "A reaffirmed support, and both
            # ministers expressed concern": A speaks again)
            refs += [(gm.start(), k) for k in keys if every or k not in named]
            grouped.update(range(gm.start(), gm.end()))
    for gm in ctx.scan(_GROUP_REF, start, end):
        if any(i in grouped for i in range(gm.start(), gm.end())):
            continue
        if len({k for _, k in refs}) >= 2:     # "Kim and Ishikawa held talks, where they ...": already named
            continue
        # a statement's "both leaders": the two who met, not everyone who sat in
        # and "They last met in Geneva in 2018": the two who led the meeting told, not all who sat in
        group = last_group[:2] if every and re.search(r"\b(?:both|two)\b", gm.group(0), re.I) or \
            _MET_BEFORE.search(text, gm.end(), min(len(text), gm.end() + 40)) else last_group
        if gm.group(0) == "Both" and _BARE_VERB_AFTER.match(text, gm.end()) and \
                _SENTENCE_OPENING.fullmatch(text, m.sentence_at(gm.start()).start, gm.start()):
            # "The teams were led by A and by B. Both took part in the meeting": the two just named
            prev = m.sentences[max(0, m.sentence_at(gm.start()).index - 1)]
            pair = list(dict.fromkeys(p.key for p in m.in_span(m.persons, prev.start, prev.end)))
            group = pair if len(pair) == 2 else group
        refs += [(gm.start(), k) for k in group if k not in named]
    for dm in _DELEGATION_REF.finditer(text, start, end):
        # "A Belarusian delegation led by Deputy Minister A ... the delegation was received by B": A
        head = _delegation_head(ctx, dm)
        if head and head not in named:
            refs.append((dm.start(), head))
    for im in re.finditer(r"\bI\b(?!\.)|\b[Ww]e\b", text[start:end]):
        at = start + im.start()
        if _OPINION_AFTER.match(text, start + im.end()):
            continue        # "I think some of you were present": the speaker's aside, not who was there
        quoted = [k for a, b, k in ctx.quotes if a <= at < b]
        if quoted:              # '"... I held talks with ...," Ms Hollowell said'; "We condemn ..."
            refs.append((at, quoted[0]))
        elif im.group(0) == "I" and len(ctx.authors) == 1:    # a minister's own release
            refs.append((at, ctx.authors[0]))
        elif im.group(0) != "I" and len(ctx.authors) >= 2:    # a joint release: "we hosted"
            refs += [(at, k) for k in ctx.authors]
        elif not ctx.authors and (turn := _label_speaker(ctx, m.sentence_at(at), at)):
            refs.append((at, turn[0]))       # a transcript's "MINISTER B: ... I also had lunch with C"
    if every:       # every mention, so that a later one can be a clause's subject
        return sorted(set(refs))
    seen, out = set(), []
    for off, key in sorted(refs):
        if key not in seen:
            seen.add(key)
            out.append((off, key))
    return out


_SAYS = r"(?:said|says|told|added|stressed|noted|explained|recalled|remarked|declared|stated|underlined|wrote|writes|tweeted|posted)"
_OPINION_AFTER = re.compile(r"\s+(?:think|believe|guess|suppose|understand|hope|assume)\s+(?!that\s+(?:I|we)\b)")


_DELEGATION_REF = re.compile(r"\b[Tt]he\s+(?:(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)\s+)?delegation\b(?!\s+(?:of|from|led|headed|was\s+led|was\s+headed)\b)")
_DELEGATION_HEAD = re.compile(r"\b(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+\s+)?delegation\s+(?:of\s+[^,.;]{0,60}?\s+)?(?:led|headed)\s+by\s+")


def _delegation_head(ctx: Context, dm: re.Match) -> str | None:
    """Who led the delegation "the (Belarusian) delegation" refers to: the head of the last
    delegation told before it with a leader named, of the same country where it gives one."""
    m = ctx.m
    for hm in reversed(list(_DELEGATION_HEAD.finditer(m.text, 0, dm.start()))):
        if dm.group("adj") and hm.group("adj") and hm.group("adj").strip() != dm.group("adj"):
            continue
        head = next((p for p in m.in_span(m.persons, hm.end(), hm.end() + 80)
                     if _TITLE_RUN.fullmatch(m.text[hm.end():p.start].replace(",", " ")) or p.start == hm.end()), None)
        return head.key if head else None
    return None


def quote_speakers(ctx: Context) -> list[tuple[int, int, str]]:
    """Quoted passages and who speaks them: '"...," Ms Hollowell said' or 'X said: "..."'."""
    text, out = ctx.m.text, []
    for qm in re.finditer(r"[“\"]([^”\"\n]{12,})[”\"]", text):
        after = text[qm.end():qm.end() + 90]
        speaker = None
        # (not '"...", while B said ...': a clause of its own, with its own speaker)
        said = re.match(r"\s*,?\s*(?!\s*(?:while|whereas|but|and)\b)(?:(?:[^,.\"“”]{0,60}?)\s+)?" + _SAYS + r"\b|\s*,?\s*" + _SAYS + r"\s", after)
        if said and "\n" in after[:said.end()]:
            said = None     # (not the next paragraph's "According to a statement posted by ...")
        if said:
            # (not past the paragraph: '"...," the Lithuanian minister said.\n\n"...," B said')
            limit = qm.end() + said.end() + 40
            paragraph = text.find("\n", qm.end() + said.end(), limit)
            near = [p for p in ctx.m.persons if qm.end() <= p.start < (paragraph if paragraph >= 0 else limit)]
            speaker = near[0].key if near else None
            if speaker is None:     # '"...," the Lithuanian minister said': the one the description means
                refs = references(ctx, qm.end(), qm.end() + said.end(), [])
                speaker = refs[0][1] if refs else None
            if speaker is None and _PRONOUN_SAYS.match(after):
                # '"...," she told the chamber': the one the sentence before names as its subject
                speaker = _subject_before(ctx, qm.start())
        if speaker is None:
            before = text[max(0, qm.start() - 120):qm.start()]
            if re.search(_SAYS + r"\s*[:,]?\s*$|[”\"]\s*,?\s*(?:[^.\"”]|" + _ABBREVIATED + r"){2,60}?\s+" + _SAYS + r"\.\s*$|"
                         # 'A wrote on Twitter early on Tuesday: "..."'
                         r"\b" + _SAYS + r"\b[^.:\"“”]{1,50}:\s*$", before):
                # 'A said: "..."', and '"...," A said. "...": the second quote goes on in A's voice
                near = [p for p in ctx.m.persons if qm.start() - 120 <= p.start < qm.start()]
                speaker = near[-1].key if near else None
            if speaker is None and out and qm.start() - out[-1][1] < 120 and \
                    re.fullmatch(r"\s*,?\s*(?:he|she|[A-ZÀ-ÖØ-ÞĀ-Ž][^.\"”]{0,40}?)\s+" + _SAYS + r"\b[^.\"“”]{0,40}\.\s*",
                                 text[out[-1][1]:qm.start()]):
                speaker = out[-1][2]    # '"...," she told the chamber. "And we ...": the same voice goes on
        if speaker:
            out.append((qm.start(), qm.end(), speaker))
    spokes = [p.key for p in ctx.m.persons if re.match(r"\s*(?:\([^)\n]*\))?\s*:", text[p.end:p.end + 60])] or \
        [k for k, person in ctx.people.persons.items()
         if any(re.search(r"(?i)spokes", q.title) for q in person.positions)]
    # a turn runs from its label to the next one: the paragraphs between are the same speaker's
    labels = [lm.start() for lm in _TURN_LABEL.finditer(text)]

    def turn_end(pos: int) -> int:
        later = labels[bisect.bisect_right(labels, pos):]
        return later[0] if later else len(text)

    answers = spokes[0] if spokes else _answerer(ctx)
    if answers:     # a briefing's answers ("A: We are concerned ...") are the spokesperson's, an interview's the guest's
        for am in re.finditer(r"(?m)^[ \t]*(?:A|Answer)\s*:", text):
            out.append((am.end(), turn_end(am.end()), answers))
    for p in ctx.m.persons:     # a transcript: "Arkady Volynsky: Mr President, ... I am glad ..."
        line_start = text.rfind("\n", 0, p.start) + 1
        if re.fullmatch(r"[^\S\n]*(?:[A-Z][\w.]*,?\s+){0,4}", text[line_start:p.start]) and \
                re.match(r"\s*(?:\([^)\n]*\))?\s*:", text[p.end:p.end + 60]) or \
                re.fullmatch(r"[^\S\n]*(?:[A-Z][\w.]*\s+){1,3}\((?:(?:Mr|Ms|Mrs|Dr|Shri|Smt)\.?\s+)?", text[line_start:p.start]) and \
                re.match(r"[^\S\n]*\)[^\S\n]*:", text[p.end:p.end + 6]):     # "Official Spokesperson (Ms A):"
            out.append((p.end, turn_end(p.end), p.key))
    for lm in re.finditer(r"(?m)^[^\S\n]*([A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,3})[^\S\n]*:", text):
        # a later turn labelled by the office alone ("Official Spokesperson: We ..."): its one holder
        if ctx.lex.title.fullmatch(lm.group(1)) and not lm.group(1).isupper():
            holders = [k for k, person in ctx.people.persons.items()
                       if any(canonical_title(q.title) == canonical_title(lm.group(1)) for q in person.positions)]
            if len(holders) == 1:
                out.append((lm.end(), turn_end(lm.end()), holders[0]))
    for lm in re.finditer(r"(?m)^[^\S\n]*(?:(?:MR|MS|MRS|DR)\.?[^\S\n]+)?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'\-]{2,})[^\S\n]*:", text):
        # a radio transcript's "WHITFORD: We're very grateful to Tonga": the one of that surname
        named = [k for k, person in ctx.people.persons.items()
                 if fold(person.name.split()[-1]) == fold(lm.group(1)) and len(person.name.split()) > 1]
        if len(named) == 1:
            out.append((lm.end(), turn_end(lm.end()), named[0]))
    return out


# a title or honorific shortened with a point ('"...," Amb. Mensah said. "...": the same voice goes on)
_ABBREVIATED = r"(?<![\w.])(?:Amb|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Prof|Hon|Sec|Min|Pres|H\.E)\."
_PRONOUN_SAYS = re.compile(r"\s*,?\s*(?:he|she)\s+" + _SAYS + r"\b")


def _subject_before(ctx: Context, pos: int) -> str | None:
    """The person named as the subject of the last of the three sentences before ``pos`` that
    names anyone (none where that sentence's subject is not a name: "the nominee declined")."""
    here = ctx.m.sentence_at(pos)
    for prev in reversed(ctx.m.sentences[max(0, here.index - 3):here.index + 1]):
        if not ctx.m.in_span(ctx.m.persons, prev.start, min(prev.end, pos)):
            continue
        root = next((t for t in ctx.m.tokens_in(prev.start, min(prev.end, pos)) if t.dep_ == "ROOT"), None)
        span = root is not None and ctx.m.subject_span(root.idx + ctx.m.offset)
        named = [p.key for p in ctx.m.in_span(ctx.m.persons, *span)] if span else []
        return named[0] if named else None
    return None


# the start of a transcript's turn: "Al-Marri:", "Question (A, Reuters):", "Q:", "Mr Ivanov (Tass):"
_TURN_LABEL = re.compile(r"(?m)^[^\S\n]*[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*){0,3}[^\S\n]*(?:\([^)\n]{0,60}\))?[^\S\n]*:")


# --- meetings -----------------------------------------------------------------------

_HEARSAY = re.compile(r"\b(?:reports?|reported|reportedly|rumou?rs?|whether)\b")
_QUESTION_LABEL = re.compile(r"(?i)\s*(?:question|q)\b")      # a transcript's "Q:", "Question (A, Reuters):"


def _in_question(ctx: Context, s: Sentence) -> bool:
    """The sentence stands in a transcript's question turn ("Q: ...", "Question (A, Reuters): ...")."""
    lm = _LABEL.match(ctx.m.text, ctx.m.text.rfind("\n", 0, s.start) + 1)
    return bool(lm and _QUESTION_LABEL.match(lm.group("label")))


def _meeting_trigger(ctx: Context, s: Sentence):
    """The first trigger in the sentence that reports a meeting held (not a planned one)."""
    if not ctx.meeting_triggers(s) or s.text.rstrip().endswith("?"):
        return None         # (a question, "And the minister met the prime minister as well?", tells of none)
    if _HEARSAY.search(s.text) and _in_question(ctx, s):
        return None         # "Q: There were reports that a call between A and B was arranged": the answer tells
    held, planned = [], []
    for kind, found in ctx.meeting_triggers(s):
        if _ASKED_WHETHER.search(s.text, 0, found.start()) or _THING_RECEIVED.search(s.text, 0, found.start()):
            continue    # "Asked whether the President had been invited to attend ...": a question;
                        # "no formal invitation had been received": a thing, not a visitor
        if _is_future(ctx, s, found.start(), found.end()):
            planned.append(found)
        else:
            held.append((kind, found))
    for kind, found in held:
        if _set_aside(s.text, found, planned):
            continue
        if any(a <= s.start + found.start() < b for a, b in ctx.instruments):
            continue    # "a Memorandum on Consultations between the Ministries": a name, no meeting
        if _RELATIVE_VERB.search(s.text, max(0, found.start() - 30), found.start()) and \
                (ctx.lex.join.search(s.text, 0, found.start()) or _ROLL_CALL.search(s.text, 0, found.start())) and \
                not any(s.start + found.end() <= p.start < s.end for p in ctx.m.persons):
            continue    # "Also taking part was C, who hosted the delegations": said of one who joined, no meeting of its own
        return kind, found
    return None


_CALLED_OFF = re.compile(r"\b(?:has|have|had|was|were)\s+(?:\w+\s+)?(?:been\s+)?(?:called\s+off|cancell?ed|postponed|"
                         r"put\s+off|scrapped|shelved|suspended)\b")
_RELATIVE_VERB = re.compile(r",\s+(?:who|which)\s+(?:had\s+|has\s+|also\s+)?$")


def _set_aside(text: str, trigger: re.Match, planned: list[re.Match]) -> bool:
    """Whether a trigger that reads as held tells of no meeting: it is in a clause about someone
    a planned meeting names ("Later today, Kask will meet A, who chaired the session"), or the
    meeting was called off ("A meeting between A and B ... has been called off")."""
    start = trigger.start()
    planned = [*planned, *_PLANNED_VERB.finditer(text, 0, start)]
    off = _CALLED_OFF.search(text, trigger.end())
    # (not "held talks by video in place of the visit B had planned, which was called off")
    return any(f.end() <= start and _RELATIVE.search(text, f.end(), start) for f in planned) or \
        bool(off and not re.search(r"\b(?:which|that)\s+$", text[trigger.end():off.start()]))


_RELATIVE = re.compile(r",\s+(?:who|whom|which|whose)\b")
_PLANNED_VERB = re.compile(r"\b(?:will|shall|is\s+(?:due|set|expected|scheduled)\s+to|are\s+(?:due|set|expected|scheduled)\s+to)"
                           r"\s+(?:\w+\s+)?(?:meet|see|visit|receive|host|hold|call|travel|sign)\w*\b")


_WITH_TOLD = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){0,3}$")     # "... the meeting with Minister C"
_ASKED_WHETHER = re.compile(r"\b(?:whether|asked\s+if)\b[^,;:]*$")
_THING_RECEIVED = re.compile(r"\b(?:invitations?|letters?|messages?|requests?|replies|reply|responses?|notes?|proposals?|"
                             r"offers?|complaints?|reports?|answers?|confirmation)\s+(?:(?:had|has|have|was|were|is|are)\s+)?"
                             r"(?:not\s+|yet\s+|already\s+)?(?:been\s+)?$")


def _is_future(ctx: Context, s: Sentence, trigger_start: int, trigger_end: int | None = None) -> bool:
    before = s.text[max(0, trigger_start - 60):trigger_start]
    if trigger_end and _MET_BEFORE.search(s.text, max(0, trigger_start - 30), trigger_end + 4) and \
            _dated_before(ctx, s, trigger_end):
        # "The pair last met in Port Vila last September": held, on its own date
        # but "the Joint Commission, which last met in 2019" is a body's session, not people's
        return bool(re.search(r"\b(?:will|shall|would|may|might|expected|plans?)\b|\b(?:which|that)\s+(?:\w+\s+)?$", before))
    inside = s.text[trigger_start:trigger_end] if trigger_end else ""
    return any(p.search(before) for p in ctx.lex.future) or \
        bool(re.search(r"\b(?:will|shall|would|is to|are to|to be)\s+(?:\w+\s+)?(?:be\s+)?held\b", inside)) or \
        bool(trigger_end and _MEETING_NOUN.match(inside) and _OPENING_WORDS.fullmatch(s.text, 0, trigger_start) and
             _future_verb(s.text, trigger_end))


def _future_verb(text: str, start: int) -> bool:
    """The first auxiliary after ``start`` puts its clause in the future."""
    vm = _AUXILIARY.search(text, start)
    return bool(vm and _FUTURE_PREDICATE.match(text, vm.start()))


# "Talks between A and B will be held next month", "A working session between A and B is planned":
# a meeting named as the sentence's subject, whose verb puts it in the future
_MEETING_NOUN = re.compile(r"(?i)(?:summit|talks|consultations|session|meeting)\b")
_OPENING_WORDS = re.compile(r"\s*(?:[\w\-’']+\s+){0,3}")
_AUXILIARY = re.compile(r"\b(?:will|shall|is|are|was|were|has|have|had)\b")
_FUTURE_PREDICATE = re.compile(r"(?:will|shall)\s+(?:\w+\s+)?(?:be\s+held|take\s+place|convene|open)\b|"
                               r"(?:is|are)\s+(?:\w+\s+)?(?:scheduled|planned|due|set\s+for|to\s+be\s+held|to\s+take\s+place|"
                               r"expected\s+to\s+(?:be\s+held|take\s+place|open|begin|start))\b")


# "since April 2023", "until 2025", "ahead of June": a span or a deadline, not the day it happened
_SAID_WHEN = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+press)|announced|stated|added)\s+$")
_NOT_WHEN = re.compile(r"\b(?:since|until|till|by|before|ahead of|from|through|in the first half of)\s+$|"
                       r"\bfrom\s+\S+\s+(?:to|until|till)\s+$|"
                       # "the referendum scheduled for 2 October": a date still to come
                       r"\b(?:scheduled|planned|set|slated|due|expected|fixed)\s+(?:for|on)\s+$", re.I)
# "the earthquake of 27 February": the date of a thing named, not of the clause (but "on the
# night of 3 May" is a time of day, and "a recap of yesterday's talks" counts from the report)
_OF_THING = re.compile(r"\b(?!(?:night|morning|evening|afternoon|day|eve|week|weekend|end|beginning|start|middle|"
                       r"half|first|second|last|part|course|month|year|summer|winter|spring|autumn)\s)[a-z]{3,}\s+of\s+$",
                       re.I)
_CALENDAR = frozenset({"iso", "dmy_num", "mdy_num", "dmy", "mdy", "dm", "md", "month_year"})


def _not_when(e: TimeExpression) -> bool:
    """A time expression that does not date the clause it stands in."""
    return bool(_NOT_WHEN.search(e.before) or e.kind in _CALENDAR and _OF_THING.search(e.before))


_RELATIVE_TO_LAST = {"the same day": 0, "on the same day": 0, "earlier in the day": 0, "in the course of the day": 0,
                     "the same morning": 0, "the same afternoon": 0, "the same evening": 0, "the same night": 0,
                     "that same morning": 0, "that same afternoon": 0, "that same evening": 0,
                     "on the same morning": 0, "on the same afternoon": 0, "on the same evening": 0,
                     "by the evening": 0, "by the afternoon": 0,
                     "later in the day": 0, "later that day": 0, "earlier that day": 0, "that day": 0,
                     "on that day": 0, "that same day": 0, "on that same day": 0,
                     "in the morning": 0, "in the afternoon": 0, "in the evening": 0, "the previous day": -1,
                     "the day before": -1, "the previous evening": -1, "the previous night": -1,
                     "the previous afternoon": -1, "the evening before": -1, "the night before": -1,
                     "the following day": 1, "the next day": 1, "the following morning": 1,
                     "the following afternoon": 1, "the following evening": 1, "the next morning": 1,
                     "the following night": 1, "the next afternoon": 1, "the next evening": 1, "the next night": 1}


_SAME_PART_OF_DAY = re.compile(r"(?i)\bsame\s+(?:morning|afternoon|evening|night)\b|\bby\s+the\b")


def _relative_shift(text: str) -> int | None:
    """Days from the last event told: "the same day" 0, "the previous day" -1, "two days
    later" 2; None for an expression that counts from the publication date."""
    low = re.sub(r"\s+", " ", text.lower())
    return _RELATIVE_TO_LAST[low] if low in _RELATIVE_TO_LAST else days_later(low)


def _date_near(exprs: list[TimeExpression], pos: int, exclude: list[tuple[int, int]],
               last: str | None = None, text: str = "") -> str | None:
    """The time expression nearest the trigger; "the same day" / "the previous day" count
    from the last dated event in the text, not from the publication date."""
    usable = [e for e in exprs if not any(a <= e.start < b for a, b in exclude)
              and not _not_when(e)]
    if not usable:
        return None
    # "said on Friday he had spoken by telephone on Thursday evening with B": the day of the saying
    # is not the meeting's, where another day is told
    usable = [e for e in usable if not _SAID_WHEN.search(e.before)] or usable
    if text:
        # "the April 25 earthquake": a date that names a thing, not the clause's day
        # ("Thursday's bombings", but not "yesterday's talks" nor "on the sidelines of Thursday's conference")
        usable = [e for e in usable if not (re.search(r"\b(?:the|[’']s)\s+$", e.before) and
                                            _THING_AFTER.match(text, e.end) or
                                            _OWNED_THING.match(text, e.end))]
        if not usable:
            return None
    best = min(usable, key=lambda e: abs(e.start - pos))
    later = [e for e in usable if e.start > pos and _relative_shift(e.text) is not None]
    if text and best.end <= pos and later and _relative_shift(best.text) is None and \
            re.search(r"\band\b", text[best.end:pos]) and not re.search(r";|\band\b", text[pos:later[0].start]):
        best = later[0]     # "A landed on Monday evening and met B the following morning": the morning after
    told_as = next((e for e in usable if text and 0 < e.start - best.end <= 3 and text[best.end:e.start].strip() in (",", "(")
                    and e.kind in _NAMED_DAY and len(e.value) == 10), None)
    if best.kind in ("yesterday", "today") and told_as:
        return told_as.value        # "yesterday, May 30": the day it names
    shift = _relative_shift(best.text)
    named = next((e for e in usable if text and shift is not None and e.end <= best.start and e.kind in _NAMED_DAY and
                  text[e.end:best.start].strip() == "," and re.match(r"\s+(?:the|his|her|their|its)\s", text[best.end:best.end + 8])), None)
    if named:
        return named.value      # "On Sunday, the day before the delegation left, A spoke with B": Sunday
    # "A landed on Monday evening and met B the following morning": from the day the clause told first
    # ("A, who reached Kathmandu on Tuesday, called on B the same afternoon": the clause aside still tells the day)
    told = [e for e in exprs if e.end <= best.start and e.kind in _NAMED_DAY and len(e.value) == 10 and not _not_when(e)]
    # (not "the day before the talks": a day counted from another event)
    if shift is not None and told and not (text and re.match(r"\s+(?:the|his|her|their|its)\s", text[best.end:best.end + 8])):
        return shift_day(told[-1].value, shift)
    if shift is not None and last and len(last) == 10:
        return shift_day(last, shift)
    if shift is not None and _SAME_PART_OF_DAY.search(best.text):
        return None         # "later the same evening", with no day told before: not the report's day
    return best.value


_OWNED_THING = re.compile(r"[’']s\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|earthquake|quake|floods?|"
                          r"storm|cyclone|crash|shooting|shelling|strikes?|vote|elections?|referendum|ruling|verdict|"
                          r"launch|test|fire|killings?|massacre|incident|coup|riots?)\b")
_THING_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|at|on|with|for|of|as|when|during|after|before|the|a|an|by|from|"
                         r"meeting|talks|call|visit|session)\b)[a-z]{4,}\b")


# a day the text names (not "in the afternoon", "the same day": those count from the day told)
_NAMED_DAY = {"iso", "dmy_num", "mdy_num", "dmy", "mdy", "dm", "md", "dm_num", "weekday", "holiday"}
_OPENING_TIME = re.compile(r"\s*(?:(?:Later|Earlier)\s*,?\s+)?(?:on\s+|that\s+|the\s+same\s+)?(?:\w+\s+){0,3}?[\w.]+\s*,(?=\s)|"
                           r"\s*[Oo]n\s+the\s+\w+\s+day\s+of\s+(?:\w+\s+){1,3}?(?:visit|trip|tour|stay)\s*,(?=\s)")


def _visit_day(ctx: Context, prev: Sentence, keys: set[str]) -> str | None:
    """The day of the visit the sentence before tells of the meeting's own people (or of "he"),
    where it names no one else ("A visited the Lebanese embassy on Thursday, where he signed the
    book of condolence. A was received by the Ambassador, B"; "On Wednesday he was in Istanbul.
    Meeting B, A thanked ..."): the meeting was on that visit. So too the day of anything the
    sentence before tells its people did, opening with them ("A on Wednesday thanked Japan for
    its aid. A received Ambassador B"), unless it tells of what had been or will be."""
    named = {p.key for p in ctx.m.in_span(ctx.m.persons, prev.start, prev.end)}
    verb = _VISIT_VERB.search(prev.text)
    he = verb and not named and re.search(r"\b(?:[Hh]e|[Ss]he|[Tt]he\s+(?:[\w\-]+\s+){0,2}?(?:[Mm]inister|[Ss]ecretary|[Aa]mbassador|"
                                          r"[Pp]resident|[Ee]nvoy|[Cc]hancellor|[Pp]remier))\s+(?:(?:had\s+)?(?:then|also|already)\s+)?$",
                                          prev.text[:verb.start()])
    did = not verb and named and ctx.m.in_span(ctx.m.persons, prev.start, prev.start + 80) and \
        not re.search(r"\b(?:who|which|whose|had|has|have|will|would)\b", prev.text)
    if not (named or he) or not named <= keys or not (verb or did) or \
            verb and re.search(r"\b(?:who|which|whose)\b", prev.text[:verb.start()]):
        return None     # (not "B, who arrived in Honiara on Sunday for a three-day visit": the visit's first day)
    days = [e for e in find_time_expressions(prev.text, ctx.day_at(prev.start), prev.start, ctx.stay, ctx.trip)
            if e.start >= ctx.dateline_end and len(e.value) == 10 and not _not_when(e) and
            not re.match(r"[’']s\b", ctx.m.text[e.end:e.end + 2]) and not _after_publication(ctx, e.value)]
    return days[0].value if days else None


_VISIT_VERB = re.compile(r"\b(?:visited|called\s+at|went\s+to|arrived\s+(?:in|at)|travelled\s+to|traveled\s+to|was\s+in|"
                         r"signed\s+the\s+book\s+of\s+condolences?)\b")


def _after_publication(ctx: Context, value: str) -> bool:
    """A meeting that took place is not dated after the report ("preparations for the
    summit in October 2024" in a text of December 2023)."""
    return ctx.published is not None and value > ctx.published.isoformat()[:len(value)]


# "then", "later", "on arrival": the meeting follows the event just told, on its day
_CONTINUES = re.compile(
    r"\b(?:then|later|afterwards|subsequently|thereafter|that (?:morning|afternoon|evening|night)|"
    r"(?:after|following) (?:the\s+)?(?:talks|meeting|consultations|ceremony|signing|audience)|"
    r"(?:on|upon) (?:arrival|arriving)|"
    # "On the sidelines of the meeting", "On the margins": of the event just told
    r"(?:(?:on|at) the (?:sidelines|margins?)(?! of (?:an?|this|next|last)\b)(?: of the (?:[\w\-]+ ){0,5}?"
    r"(?:meeting|conference|summit|session|council|forum|talks|assembly|ministerial|commission|committee|dialogue|"
    r"consultations|plenary|round))?|on its (?:sidelines|margins?))(?=\s*,)|"
    r"(?:before|after|during) the (?:trilateral|plenary|ministerial|main|joint) (?:session|meeting|talks))\b(?!\s+(?:this|next|in)\b)", re.I)
_EVE = re.compile(r"\b[Oo]n the eve of\b")
def _coming(ctx: Context, e) -> str:
    """The day of an event that opens "on Saturday": a weekday alone is the next one from the
    report's day on (the event is still ahead), not the last."""
    named = [i for i, d in enumerate(WEEKDAYS) if re.search(rf"\b{d}\b", e.text, re.I)]
    if not ctx.published or len(named) != 1 or re.search(r"\d", e.text):
        return e.value
    return (ctx.published + dt.timedelta(days=(named[0] - ctx.published.weekday()) % 7)).isoformat()
_LEFT = {"departure": r"\b(?:left|departed|flew\s+(?:out|home|back)|headed\s+home)\b",
         "arrival": r"\b(?:arrived|landed)\b|\b(?:[Uu]pon|[Oo]n)\s+(?:his|her|their)\s+arrival\b"}


def _journey_day(ctx: Context, which: str) -> str | None:
    """The day the text says the visitor left (or arrived): "A left for Chisinau on Wednesday"."""
    for sm in ctx.m.sentences:
        for vm in re.finditer(_LEFT[which], sm.text):
            clause = re.split(r"[;,]\s+(?:and|but|while)\b|;", sm.text[vm.end():])[0]
            days = [e for e in find_time_expressions(clause, ctx.day_at(sm.start), sm.start + vm.end(), ctx.stay, ctx.trip)
                    if e.kind in _NAMED_DAY and len(e.value) == 10 and not _after_publication(ctx, e.value)]
            if days:
                return days[0].value
    return None


# "The meeting came a day after A spoke by telephone with B": the event just told, then this one a day before it
_CAME_AFTER = re.compile(r"(?:The|This|That|Their|His|Her|Its|It)\b(?:\s+[\w’'\-]+){0,4}?\s+(?:came|took\s+place|was\s+held)\s+"
                         r"(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six)\s+days?\s+(?P<way>after|before)\s+(?!the\b)")
# an event a day is counted from: "two days after the earthquake", "the day after the summit opened"
_EVENTS = {"earthquake": "quake", "quake": "quake", "tremor": "quake", "vote": "vote", "election": "vote",
           "elections": "vote", "poll": "vote", "polls": "vote", "referendum": "vote", "summit": "summit",
           "attack": "attack", "attacks": "attack", "bombing": "attack", "bombings": "attack", "blast": "attack",
           "cyclone": "storm", "storm": "storm", "typhoon": "storm", "hurricane": "storm", "floods": "flood",
           "flood": "flood", "ceasefire": "ceasefire", "truce": "ceasefire", "forum": "forum", "conference": "conference",
           "ruling": "ruling", "verdict": "ruling", "inauguration": "inauguration", "coup": "coup", "crash": "crash",
           "funeral": "funeral", "results": "results", "ceremony": "ceremony",
           # (these only with what the text says they did: "the day after the talks opened")
           "talks": "talks", "session": "session", "negotiations": "talks",
           # the visitor's own journey: the day the text says he arrived or left
           "arriving": "arrival", "arrival": "arrival", "landing": "arrival", "departure": "departure", "leaving": "departure"}
_ONLY_WITH_VERB = {"talks", "session"}
_EVENT_WORD = r"(?P<head>" + "|".join(sorted(_EVENTS, key=len, reverse=True)) + r")"
_HOW_MANY = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "24": 1, "48": 2, "72": 3,
            "twenty-four": 1, "forty-eight": 2, "seventy-two": 3}
_FROM_EVENT = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|[1-7])\s+days?|(?P<h>24|48|72|twenty-four|forty-eight|seventy-two)\s+hours|"
    r"(?P<w>a|one)\s+week|the\s+(?P<part>day|morning|evening|afternoon|night)|the\s+(?P<eve>eve))\s+"
    r"(?P<way>after|before|of)\s+(?:(?:the|its|this\s+(?:\w+\s+)?)\s*(?:[\w\-’']+\s+){0,3}?|(?:his|her|their)\s+)?" + _EVENT_WORD +
    r"\b(?:\s+(?:that\s+|which\s+)?(?P<verb>opened|began|started|ended|closed|struck|hit|made\s+landfall|was\s+signed|"
    r"were\s+(?:announced|proclaimed|declared)|took\s+effect))?", re.I)
_EVENT_VERB = {"opened": "open", "began": "open", "started": "open", "ended": "end", "closed": "end", "was signed": "signed",
               "struck": "struck", "hit": "struck", "made landfall": "struck"}
_VERB_TOLD = {"open": r"\b(?:opened|began|started|opens|begins)\b", "end": r"\b(?:ended|closed|ends|closes)\b",
              "signed": r"\b(?:signed|formalised|formalized|agreed|concluded|reached)\b",
              "struck": r"\b(?:struck|hit|shook|made\s+landfall)\b"}


_SIDELINES_OF = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the|this|its)\s+(?:[\w\-’']+\s+){0,4}?" +
                           _EVENT_WORD + r"\b", re.I)


def _from_event(ctx: Context, s: Sentence, clause: Sentence, trig: re.Match) -> tuple[str, int, int] | None:
    """The day of a meeting told only as days from an event the text dates elsewhere ("Two
    days after the election held on Sunday, 24 March, A received B": the 26th; "The day after
    the summit opened, A met B", the text saying "The summit opened on Saturday"), with where
    that is told; or None."""
    fm = _FROM_EVENT.search(clause.text)
    trig_end = clause.start + trig.end()
    if fm is None and clause.start > s.start:
        # "A visited the embassy two days after the earthquake ..., and held a meeting with B": the
        # sentence's first clause tells the day for the next
        fm = _FROM_EVENT.search(s.text, 0, clause.start - s.start)
        clause = s
    if fm is None or fm.group("way").lower() == "of" and not (fm.group("eve") or fm.group("part") == "day"):
        return None
    if re.search(r"\b(?:who|which|whose)\b", clause.text[:fm.start()]) and clause.start + fm.start() > trig_end:
        return None         # (not "B, who arrived two days after the earthquake")
    value = _counted_from_event(ctx, fm, clause.start)
    return (value, clause.start + fm.start(), clause.start + fm.end()) if value else None


def _counted_from_event(ctx: Context, fm: re.Match, offset: int) -> str | None:
    """The day ``fm``, a match of _FROM_EVENT in text starting at ``offset``, counts to."""
    verb = _EVENT_VERB.get(re.sub(r"\s+", " ", (fm.group("verb") or "").lower()))
    kind = _EVENTS[fm.group("head").lower()]
    if kind in _ONLY_WITH_VERB and not verb:
        return None
    way = fm.group("way").lower()
    # (before an event, or on its eve: its first day)
    day = _journey_day(ctx, kind) if kind in ("arrival", "departure") else \
        _event_day(ctx, kind, verb, offset + fm.start(), offset + fm.end(), first=way == "before" or bool(fm.group("eve")))
    if day is None:
        return None
    n = 0 if way == "of" and fm.group("part") else 1 if fm.group("part") or fm.group("eve") else \
        _HOW_MANY[(fm.group("n") or fm.group("h") or "").lower()] if fm.group("n") or fm.group("h") else 7
    return shift_day(day, -n if way == "before" or fm.group("eve") else n)


def _event_day(ctx: Context, kind: str, verb: str | None, start: int, end: int, first: bool = False) -> str | None:
    """The day the text gives an event of ``kind`` ("the earthquake that struck ... on 6
    February", "Tuesday's attack", "The summit opened on Saturday"), told outside
    ``start``-``end`` (but for the event it names there); a day told with the verb the
    reference uses first ("opened", "was signed"), else the earliest day where ``first``, else
    the day told first."""
    found: list[tuple[bool, str]] = []
    for s in ctx.m.sentences:
        for hm in re.finditer(r"\b" + _EVENT_WORD + r"\b", s.text, re.I):
            at = s.start + hm.start()
            if _EVENTS[hm.group("head").lower()] != kind:
                continue
            exprs = [e for e in find_time_expressions(s.text, ctx.day_at(s.start), s.start, ctx.stay, ctx.trip)
                     if len(e.value) == 10 and (e.kind in _NAMED_DAY or e.kind in ("yesterday", "today"))
                     and not start <= e.start < end and not _after_publication(ctx, e.value)]
            # "Tuesday's attack", "the 6 February earthquake": the day right before it
            before = [e for e in exprs if 0 <= at - e.end <= 60 and
                      re.fullmatch(r"(?:[’']s|,)?\s+(?:[\w\-’']+\s+){0,5}?", ctx.m.text[e.end:at])]
            # "the earthquake that struck southern Türkiye in the early hours of 6 February", "The summit opened on Saturday"
            after = [e for e in exprs if 0 <= e.start - (at + len(hm.group(0))) <= 110 and
                     not re.search(r"[;]|\b" + _EVENT_WORD + r"\b", ctx.m.text[at + len(hm.group(0)):e.start], re.I)]
            for e in before[-1:] + after[:1]:
                said = ctx.m.text[at:e.start] if e.start > at else ""
                found.append((bool(verb) and bool(re.search(_VERB_TOLD[verb], said)), e.value))
    if not found:
        return None
    return next((day for with_verb, day in found if with_verb), min(day for _, day in found) if first else found[0][1])


_EVENT_DAY = re.compile(r"\b(?:which|that)\s+(?:\w+\s+)?(?:opens|begins|starts|open|begin|start|is\s+held|takes\s+place|was\s+held|took\s+place)\b|"
                        r"\b(?:opening|beginning|starting)\b")
_OBJECT_PRONOUN = re.compile(r"\bhim\b|\bher\b(?=\s*(?:[,.;]|$|\s(?:at|in|on|for|to|and|with|during)\b))")


_AT_A_MEETING = re.compile(r"\b(?:at|after|during|in|following)\s+(?:an?|the|their|its)\s+(?:[\w\-]+\s+){0,2}?"
                           r"(?:meeting|talks|consultations|summit)\b")
_NOT_HELD = re.compile(r"\b(?:will|would|shall|expected|due|scheduled|planned|next|upcoming|to\s+be|proposed)\b")


def _noted_meeting(ctx: Context, s: Sentence) -> tuple[int, str] | None:
    """A meeting a sentence tells only by its day, its people named in the next ("Colombia and
    Venezuela ended two days of exchanges after a meeting of the two foreign ministers in
    Cartagena on Wednesday."): the sentence and the day."""
    nm = _AT_A_MEETING.search(s.text)
    if not nm or _NOT_HELD.search(s.text):
        return None
    for e in find_time_expressions(s.text, ctx.day_at(s.start), s.start, ctx.stay, ctx.trip):
        near = s.start + nm.start() - 120 <= e.start <= s.start + nm.end() + 80
        if near and e.start >= ctx.dateline_end and len(e.value) == 10 and not _after_publication(ctx, e.value) \
                and not _in_other_clause(ctx.m.text[min(e.end, s.start + nm.end()):max(e.start, s.start + nm.end())]):
            return s.index, e.value
    return None


# "after the April 25 earthquake": a date that names an event, not when the sentence's happened
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|at|on|for|with|by|when|as|that|which|while|after|before)\b)[a-z]{3,}")


def _anchor(ctx: Context, s: Sentence, made: list[Meeting], anchor: str | None) -> str | None:
    """The day of the last event the text has told of, for "then", "the same day", "the
    following day": a meeting's date, else a full date stated near the publication date."""
    dated = [mt.date for mt in made if mt.date and len(mt.date) == 10 and not _cited(mt)]
    if dated:
        return dated[-1]
    for e in reversed(find_time_expressions(s.text, ctx.day_at(s.start), s.start, ctx.stay, ctx.trip)):
        clause = ctx.m.text[max(s.start, e.start - 60):e.start].rsplit(",", 1)[-1]
        if e.start < ctx.dateline_end or len(e.value) != 10 or _not_when(e) or _THE_BEFORE.search(
                ctx.m.text, max(0, e.start - 4), e.start) and _ATTRIBUTIVE_AFTER.match(ctx.m.text, e.end) or \
                re.search(r"\b(?:signed|concluded|adopted|established|founded)\b", e.before, re.I) or \
                re.search(r"\b(?:who|which)\b", clause):     # "..., who arrived on Sunday": background
            continue
        shift = _relative_shift(e.text)
        if shift is not None:       # "The same day, ...": the day told before, not the report's
            if anchor and len(anchor) == 10:
                return shift_day(anchor, shift)
            continue
        day = dt.date.fromisoformat(e.value)
        if ctx.published is None or abs((ctx.published - day).days) <= 31:
            return e.value
    return anchor


def _object_pronoun(ctx: Context, clause: Sentence, trig: re.Match, keys: set[str], last_group,
                    subject: str | None = None) -> list[tuple[int, str]]:
    """"Later on Thursday, Darko met him": the last person named before, who is not the subject;
    but "he had flown on to Doha, where his counterpart received him": the one "he" is."""
    om = _OBJECT_PRONOUN.search(clause.text, trig.end(), min(len(clause.text), trig.end() + 30))
    if not om:
        return []
    here = ctx.m.sentence_at(clause.start)
    if subject and subject not in keys and re.search(r"\b(?:[Hh]e|[Ss]he)\b", ctx.m.text[here.start:clause.start + trig.start()]):
        return [(clause.start + om.start(), subject)]
    prev = ctx.m.sentences[max(0, here.index - 1)]
    earlier = [k for _, k in references(ctx, prev.start, clause.start + om.start(), last_group) if k not in keys]
    return [(clause.start + om.start(), earlier[-1])] if earlier else []


def extract_meetings(ctx: Context, agreements: list[Agreement] = ()) -> list[Meeting]:
    """Meetings sentence by sentence; a signing of A and B that no meeting holds is one too."""
    meetings: list[Meeting] = []
    # a signing meeting's id -> (the meeting, its signatories); the meeting is kept so that its id
    # is never another's (a freed meeting's id may be reused by a new one)
    signings: dict[int, tuple[Meeting, list[str]]] = {}
    last_group: list[str] = []
    last_made: list[Meeting] = []      # the meetings of the last sentence that told of any
    last_subject: str | None = None
    last_at = -10           # the index of the sentence of the last meeting
    anchor: str | None = None
    listed_by: str | None = None    # whose engagements a list of bullets tells ("- Saturday: a meeting with B")
    noted: tuple[int, str] | None = None    # a meeting told by its day alone: "after a meeting in Cartagena on Wednesday"
    # the day a sentence without a meeting moved the story on to (and how many meetings were told by
    # then, and where)
    moved: tuple[int, str, int] | None = None
    umbrella: tuple[int, Meeting] | None = None    # "held a series of meetings today
    m = ctx.m
    leads = _list_leads(ctx)
    opening_day = _lede_day(ctx)
    for s in m.sentences:
        if listed_by and m.text[max(0, s.start - 1):s.start] == "\n" and not _BULLET.match(s.text):
            listed_by = None        # a paragraph that is no item ends the list
        if s.index in leads:
            listed_by = leads[s.index][1]       # "A held the following meetings:": every item below is A's
        found = _meeting_trigger(ctx, s)
        refs = references(ctx, s.start, s.end, last_group)
        listed = _listed_guests(ctx, s, refs)
        if listed:          # "The President received the credentials of: • A ...; • B ..."
            host, guests, attending = listed
            exprs = [e for e in find_time_expressions(s.text, ctx.day_at(s.start), s.start, ctx.stay, ctx.trip)
                     if e.start >= ctx.dateline_end]
            date = exprs[0].value if exprs else None
            for guest in guests:
                meetings.append(Meeting([host, guest, *attending], "in-person", date, _location(ctx, s), None, [],
                                        ctx.evidence(s, s.start, s.end, 0.7)))
            last_group = [host, *guests]
            last_at = s.index
            anchor = _anchor(ctx, s, meetings[-len(guests):], anchor)
            continue
        named = _NAMED_NEXT.match(s.text)
        if named and meetings and s.index - last_at == 1 and len(set(meetings[-1].participants)) == 1:
            # "A received the Chargé d'Affaires of Venezuela. The diplomat, B, sought the meeting":
            # the side the last meeting only described is named here
            key = next((k for off, k in refs if off == s.start + named.end()), None)
            if key and key not in meetings[-1].participants:
                meetings[-1].participants.append(key)
                last_group = list(meetings[-1].participants)
        if found is None:
            noted = _noted_meeting(ctx, s) or noted
            if meetings and s.index - last_at == 1:
                _regroup(meetings, s.text)      # "A hosted B, C and D. The four ministers signed ..."
                if _name_group(meetings, s, refs):
                    last_group = list(meetings[-1].participants)
            joined = ctx.lex.join.search(s.text) or _ROLL_CALL.search(s.text)
            # "X also took part in the talks"; "The talks then continued ..., joined by A", a paragraph on
            reach = 6 if re.search(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:talks|meeting|discussions|consultations)\b", s.text) else 2
            if joined and meetings and s.index - last_at <= reach:
                _regroup(meetings, s.text)
                keys = [k for _, k in refs]
                if _join(meetings, keys, s.text) or keys and set(keys) <= set(meetings[-1].participants):
                    last_at = s.index       # the roll call goes on: "It was chaired by A. ..."
                    last_group = list(meetings[-1].participants)
            elif (roll := _roll_call_meeting(ctx, s, refs)) is not None:
                meetings.append(roll)       # "The meeting was chaired by A and attended by B and C"
                last_at, last_group = s.index, list(roll.participants)
            told = _day_told(meetings)
            signers = _signers(ctx, s, refs, agreements, told or anchor)
            signing = signers and Meeting(signers[0] + signers[1], "in-person", signers[2], _location(ctx, s), None,
                                          [], ctx.evidence(s, s.start, s.end, 0.6))
            if signing and not _signed_at(ctx, signing, signers[0], meetings, signings):
                meetings.append(signing)
                signings[id(signing)] = (signing, signers[0])
                last_group, last_at = list(signers[0]), s.index      # "the two ministers": who signed
            if len(last_made) > 1 and s.index - last_at <= 4:
                # "A met B and C separately. ... C thanked A. They had last met in ...": A and C
                named_here = {p.key for p in m.persons if s.start <= p.start < s.end}
                own = [mt for mt in last_made if named_here and named_here <= set(mt.participants)]
                if len(own) == 1:
                    last_group = list(own[0].participants)
            _topics(ctx, s, meetings)
            last_subject = _next_subject(ctx, s, refs, last_subject)
            day = _story_day(ctx, s, moved[1] if moved and moved[0] == len(meetings) else told or anchor)
            told_now = _anchor(ctx, s, [], anchor)
            # (a day told later in another way, "Yesterday A travelled to Paris", is the story's day instead)
            moved = (len(meetings), day, s.index) if day else None if told_now != anchor else moved
            anchor = told_now
            continue
        refs = [(off, k) for off, k in refs      # people quoted as the source are not participants
                if not _ATTRIBUTION.search(s.text[max(0, off - s.start - 15):off - s.start])
                # "Tang Ruiqing: On Tuesday, A met B", "Press Secretary Moriyama: This morning, ...": who speaks
                and not ((lm := _SPEAKER_LABEL.match(ctx.m.text, ctx.m.text.rfind("\n", 0, off) + 1)) and off < lm.end())
                and not _CASE_OF.search(s.text, 0, off - s.start)     # "to discuss the case of fisherman B"
                and not _SENT_BY.search(s.text[max(0, off - s.start - 70):off - s.start])
                and not _reporting_source(ctx, s, off)]
        refs = [(off, k) for off, k in refs if not _reports_others(ctx, s, off, refs)]
        told = _day_told(meetings)
        last = moved[1] if moved and moved[0] == len(meetings) else told or anchor
        made: list[Meeting] = []
        pending: Meeting | None = None
        for clause, kind, trig in _clauses(ctx, s):
            # "..., and on Tuesday he held talks with B": "he" is the sentence's subject
            crefs = [(off, k) for off, k in refs if clause.start <= off < clause.end]
            after = _AFTER_MEETING.match(clause.text)
            later = after and trig.start() < after.end() and next(
                (t for _, p in ctx.lex.meeting for t in p.finditer(clause.text, after.end())), None)
            if later:       # "After meeting A, the visiting minister was received by B": A was the last meeting
                trig = later
                crefs = [(off, k) for off, k in crefs if off >= clause.start + after.end()]
            plan = _PLAN_AFTER.search(clause.text, trig.end())
            if plan:        # "met B before leaving for Moscow, where they are due to see C": C is not met yet
                crefs = [(off, k) for off, k in crefs if off < clause.start + plan.start()]
            pronoun = re.search(r"\b(?:[Hh]e|[Ss]he|I)\b|\b(?:[Hh]is|[Hh]er)\s+$|"      # "Her week began on Monday with a meeting with B"
                                r"^\s*(?:[Hh]is|[Hh]er)\s+(?:[\w\-]+\s+){1,2}(?:began|begins|started|starts|opened|opens|ended|ends|"
                                r"closed|closes|continued|continues|included|includes|concluded|concludes)\b|"
                                # "- Saturday: a meeting with B" in a list of his engagements
                                r"^\s*[-•*–]\s+(?:[\w ,]{1,30}:\s+)?(?:an?\s+|the\s+)?$", clause.text[:trig.start()])
            if clause.start > s.start and refs and not any(off < clause.start + trig.start() for off, _ in crefs) and \
                    re.fullmatch(r"\s*(?:,?\s*and\s+)?(?:(?:later|then|subsequently|afterwards|also|again)\s+)*"
                                 # "..., and held a separate meeting with C"
                                 r"(?:(?:held|had)\s+(?:an?\s+|the\s+)?(?:(?:separate|brief|short|private|further|bilateral)\s+)*)?",
                                 clause.text[:trig.start()]):
                # "A was received by B, and later attended a lunch offered by C": A, the sentence's subject
                crefs.insert(0, (clause.start + trig.start() - 1, refs[0][1]))
            if clause.start == s.start and clause.end < s.end and _OPENING_PARTICIPLE.fullmatch(clause.text, 0, trig.start()) and \
                    re.match(r"(?:(?:after|before|while|when|upon|on)\s+)?[a-z]+ing\b", trig.group(0), re.I):
                # "After receiving B this morning, A said he had spoken with C": the opening's subject is the sentence's
                main = next(((off, k) for off, k in refs if off >= clause.end), None)
                if main and main[0] - clause.end <= 60 and main[1] not in {k for _, k in crefs}:
                    crefs.insert(0, main)
            paired = pronoun and _HE_AND.match(clause.text, pronoun.start())    # "He and Senator B held talks"
            if pronoun and (paired or not any(off < clause.start + trig.start() for off, _ in crefs)):
                # "..., and on Tuesday he held talks": the sentence's subject, or the last one
                subject = refs[0][1] if clause.start > s.start and refs else last_subject
                if refs and refs[0][0] < clause.start + pronoun.start() and \
                        re.search(r"\b(?:where|when)\s+$", clause.text[:pronoun.start()]):
                    subject = refs[0][1]    # "A was in Tokyo, where he and B co-chaired the consultations": A
                if _BULLET.match(clause.text) and clause.start == s.start:
                    subject = listed_by = listed_by or subject      # every item of the list is the same person's
                host = meetings[-1].participants[0] if meetings and meetings[-1].participants and \
                    s.index - last_at <= 2 and not paired else None
                if host and subject != host and clause.start == s.start and (
                        re.search(r"\b(?:also|again)\s+$", clause.text[:trig.start()]) or
                        re.match(r"\s*(?:(?:The|That)\s+(?:same\s+)?|Later\s+(?:that|the\s+same)\s+)(?:day|morning|afternoon|evening|night)\b",
                                 clause.text)):
                    # "A met B. B thanked A. Later in the day he also met C", "The same day he met C": A,
                    # who held the meeting before, not the guest who spoke last
                    subject = host
                said = [k for off, k in crefs if off < clause.start + pronoun.start()]
                if paired and said and _REPORTED.search(clause.text, 0, pronoun.start()):
                    subject = said[-1]      # "Ellis recalled that she and Maharaj had first met"
                if subject:
                    crefs.insert(0, (clause.start + pronoun.start(), subject))
            if len({k for _, k in crefs}) == 1:
                crefs += _object_pronoun(ctx, clause, trig, {k for _, k in crefs}, last_group, last_subject)
            tpos = clause.start + trig.start()
            own = [(off, k) for off, k in crefs if not (off > tpos and _GROUP_AFTER.match(ctx.m.text, off))]
            if len({k for _, k in own}) >= 2 and any(off < tpos for off, _ in own):
                crefs = own     # "He called on A, where the two discussed ...": the two are he and A
            # a bare month ("in July") dates a meeting the text recalls or one it opens with ("In
            # July, A met B"); elsewhere it is more often another event's ("the summit in July")
            cited = _MET_BEFORE.search(clause.text)
            exprs = [e for e in find_time_expressions(clause.text, ctx.day_at(clause.start), clause.start, ctx.stay, ctx.trip)
                     if e.start >= ctx.dateline_end and (_relative_shift(e.text) is not None or
                                                         not _after_publication(ctx, e.value))
                     # ("the anniversary of relations, established on November 23, 1992": another event's)
                     and not re.search(r"\b(?:established|founded|set\s+up)\s+(?:on|in)\s+$", e.before)
                     # (or one the trigger holds: "a telephone conversation in mid-February between A and B")
                     # (or one set before the clause's subject: "The Press Service recalls that in July, A and B met")
                     # (a year alone, as "met last year", only there or right after the trigger)
                     and (e.kind not in ("last_year", "this_year") or cited or e.start - clause.start <= 3 or
                          0 <= e.start - clause.start - trig.end() <= 25)
                     and (e.kind != "month_alone" or cited or e.start - clause.start <= 3 or
                          clause.start + trig.start() < e.start < clause.start + trig.end() or
                          e.end <= clause.start + trig.start() and ctx.m.text.startswith(",", e.end))]
            # (not the clause the trigger itself stands in: "signed today an agreement during a
            # virtual meeting held via video conference between A and B")
            agreement_clauses = [(clause.start + a.start(), clause.start + a.end()) for a in
                                 re.finditer(r"\bsigned\b[^.;]*|,\s+(?:who|whom)\s+[^,;]*,|,\s+(?:whose|whom)\s+[^,;]*|"
                                             # "..., who had arrived the previous evening." (not "who called on him on Thursday")
                                             r",\s+who\s+(?![^,;]*\b(?:called|met|paid|held|received|hosted)\b)[^,;]*[.;]?\s*$", clause.text)
                                 if not a.start() <= tpos - clause.start < a.end()]
            date = _date_near(exprs, tpos, agreement_clauses, last, ctx.m.text)
            if date is None and clause.start > s.start:
                # "Later on Friday, A was received by B and held a separate meeting with C": the
                # sentence's opening time holds for each of its clauses
                opening = _OPENING_TIME.match(s.text)
                date = next((e.value for e in find_time_expressions(s.text[:opening.end()], ctx.day_at(s.start), s.start,
                                                                   ctx.stay, ctx.trip)
                             if (e.kind in _NAMED_DAY or e.kind == "visit_day" or e.kind in ("yesterday", "today", "days_ago") and
                                 _relative_shift(e.text) is None) and not _after_publication(ctx, e.value)), None) if opening else None
            relative = _from_event(ctx, s, clause, trig)
            named = relative and [e for e in exprs if (e.kind in _NAMED_DAY or e.kind in ("yesterday", "today")) and
                                  len(e.value) == 10 and not relative[1] <= e.start < relative[2] and not _not_when(e)]
            relative = relative if relative and not named else None
            if relative:
                # "Two days after the earthquake that struck on 6 February, A met B": 8 February (but "on Sunday,
                # two days after the attacks": Sunday); one named in the count is no participant ("The day
                # before the Iraqi minister's arrival, B received a call from C")
                date = relative[0]
                crefs = [(off, k) for off, k in crefs if not relative[1] <= off < relative[2]]
            eve = _EVE.search(clause.text)
            eve_of = not relative and eve and next((e for e in exprs if 0 <= e.start - clause.start - eve.end() <= 100 and len(e.value) == 10 and
                                   _EVENT_DAY.search(clause.text, eve.end(), e.start - clause.start)), None)
            if eve_of:      # "On the eve of the summit, which opens here on Saturday, A met B": Friday
                date = shift_day(_coming(ctx, eve_of), -1)
            came = date is None and last and len(last) == 10 and _CAME_AFTER.match(clause.text, 0, trig.start())
            if came:        # "A received B on Tuesday. The meeting came a day after A spoke with C": Monday
                date = shift_day(last, _HOW_MANY[came.group("n").lower()] * (-1 if came.group("way") == "after" else 1))
            side = date is None and _SIDELINES_OF.search(clause.text)
            if side:        # "On the margins of the ceremony, A met B", the text dating the ceremony: that day
                date = _event_day(ctx, _EVENTS[side.group("head").lower()], None, clause.start + side.start(),
                                  clause.start + side.end())
            headed = next((day for a, b, day in ctx.headed if a <= clause.start < b), None)
            if date is None and last and len(last) == 10 and not headed:
                if _EVE.search(clause.text):           # "On the eve of the Council"
                    date = shift_day(last, -1)
                elif _CONTINUES.search(clause.text, 0, trig.end() + 25):
                    date = last
                elif last_at == s.index - 1 and re.search(r"\balso\b", clause.text[:trig.start()]) and \
                        not re.search(r"\b(?:has|have|had)\s+(?:also\s+)?(?:met|held|received|hosted|spoken|talked|been)\b|"
                                      r"\b[Ss]ince\b", clause.text) and \
                        "\n" not in ctx.m.text[ctx.m.sentences[s.index - 1].end:s.start] and \
                        meetings and meetings[-1].date == last and id(meetings[-1]) not in signings:
                    date = last     # "On the second day, A met B. She also spoke with C": that day
            # "The Malian head of state was received on Monday by his host. President A and President
            # B first met alone": the lede's meeting, whose people did not resolve, is this one
            lede = meetings[-1] if meetings and last_at == s.index - 1 and len(set(meetings[-1].participants)) < 2 \
                and len(meetings[-1].date or "") == 10 else None
            if date is None and lede:
                date = lede.date
            opener = date is None and (_paragraph_opener(ctx, s) or opening_day)
            if opener and 0 < s.index - opener[0] <= 2 and \
                    not any(find_time_expressions(t.text, ctx.day_at(t.start), t.start, ctx.stay, ctx.trip) or _FROM_EVENT.search(t.text)
                            for t in m.sentences[opener[0] + 1:s.index]) and \
                    not any(mt.evidence and m.sentence_at(mt.evidence.start).index > opener[0] for mt in meetings) and \
                    not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:met|held|received|hosted|spoken|talked|been)\b", clause.text):
                # "Lithuania and Poland committed themselves yesterday to a power link. A and B signed a joint
                # declaration after two hours of talks": the first meeting told after the lede (or after a
                # paragraph's first sentence) is the event it tells, where no sentence between tells a time
                date = opener[1]
            if date is None and moved and moved[0] == len(meetings) and moved[2] == s.index - 1 and clause.start == s.start and \
                    not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:met|held|received|hosted|spoken|been)\b", clause.text):
                date = moved[1]     # "Two days after arriving, the minister flew to the coast. In Mombasa he was received by B"
            if date is None:        # a digest's "Tuesday. Ms A held a telephone conversation with B."
                date = headed
            if date is None and len({day for _, day in ctx.entries}) >= 2 and ctx.entries[0][0] <= clause.start and \
                    not cited and not re.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:met|held|received|hosted)\b", clause.text):
                # a page of dated entries ("2021-06-09 | State Secretary receives Ambassador"): the entry's day
                date = ctx.day_at(clause.start).isoformat()
            if date is None and noted and 0 < s.index - noted[0] <= 2 and last_at < noted[0] and \
                    not _NOT_HELD.search(s.text) and not find_time_expressions(clause.text, ctx.published):
                date = noted[1]     # "... after a meeting of the two ministers on Wednesday. A and B met for four hours"
            if date is None and clause.start == s.start and s.index and last_at != s.index - 1:
                date = _visit_day(ctx, ctx.m.sentences[s.index - 1], {k for _, k in crefs})
            if date is None and umbrella is not None and s.index - umbrella[0] <= 4 and \
                    umbrella[1].participants and umbrella[1].participants[0] in {k for _, k in crefs}:
                date = umbrella[1].date   # "held a string of bilateral meetings on Tuesday. At his meeting with A ..."
            location = _location(ctx, clause) or (_location(ctx, s) if clause.start == s.start else None) or \
                (lede.location if lede else None)
            occasion = _occasion(clause) or _occasion(s)
            if re.match(r"(?:talks|meeting|consultations|summit)\s+with\b", trig.group(0), re.I) and \
                    not any(off < tpos for off, _ in crefs) and \
                    all(any(k in mt.participants for mt in meetings) for _, k in crefs):
                continue        # "the talks with A were about X; with B about Y": told already
            joins = next((j for j in ctx.lex.join.finditer(clause.text)
                          if not re.search(r"guests?\s+of\s+hono", j.group(0))), None)
            if joins and re.search(r"\b(?:where|at which|during which)\b", clause.text[trig.end():joins.start()]):
                joins = None    # "a luncheon hosted by B, where C was also present": this sentence's own meeting
            by = joins and re.search(r"\b(?:by|presence of)\s*$", joins.group(0))     # "were also attended by A and B"
            after = [(off, k) for off, k in crefs if joins and off >= clause.start + joins.end()]
            held_with = after and s.index - last_at <= 2 and _WITH_TOLD.search(clause.text, joins.end(), min(off for off, _ in after) - clause.start)
            target = held_with and next((mt for mt in reversed(last_made) if {k for _, k in after} <= set(mt.participants)), None)
            if target:
                # "B also took part in the meeting with Minister C": the meeting told with C
                for k in [k for off, k in crefs if off < clause.start + joins.start()]:
                    if k not in target.participants:
                        target.participants.append(k)
                continue
            if crefs and meetings and s.index - last_at <= 2 and joins and (
                    len({k for _, k in crefs}) == 1 or all(off < clause.start + joins.start() for off, _ in crefs) or
                    by and all(off >= clause.start + joins.end() for off, _ in crefs)) and \
                    re.search(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|talks|audience|call|consultations|"
                              r"lunch|dinner|breakfast|discussions|session)\b|\balso\b", clause.text):
                # "First Deputy Minister X also attended the meeting", "The Prime Minister, A, and
                # the Minister of Foreign Affairs, B, attended the meeting": the meeting just told
                _join(meetings, [k for _, k in crefs], clause.text)
                continue
            if not any(off < tpos for off, _ in crefs) and \
                    re.search(r"\b(?:was|were)\s+(?:also\s+)?held\s+with\b", clause.text):
                # "Talks were also held with A and with B": the protagonist of the meetings so far
                told = Counter(k for mt in meetings for k in mt.participants)
                actor = told.most_common(1)[0][0] if told else last_subject
                if actor and actor not in {k for _, k in crefs}:
                    crefs.insert(0, (tpos - 1, actor))
            if len({k for _, k in crefs}) == 1 and re.search(r"\b(?:called|phoned|telephoned)\s+(?:in\s+)?to\b|"
                                                            r"\b(?:separate|second|further)\s+(?:telephone\s+|phone\s+)?call\b", trig.group(0)):
                # "Later the same day, Singapore's minister, B, called to express condolences", "In a separate
                # call on Thursday, B conveyed ...": with the one the text follows (the most named of
                # those told meeting most)
                told = Counter(k for mt in meetings for k in mt.participants)
                actor = max(told, key=lambda k: (told[k], ctx.people.mention_count[k])) if told else last_subject
                if actor and actor not in {k for _, k in crefs}:
                    crefs.insert(0, (tpos - 1, actor))
            if not crefs and meetings and s.index - last_at <= 2 and re.search(
                    r"\b(?:took place|was held|were held)\b", clause.text):
                last_at = s.index   # "The meeting was held at the Palace on Monday": the one just told
                meetings[-1].date = meetings[-1].date or date
                meetings[-1].location = meetings[-1].location or location
                continue
            if len({k for _, k in crefs}) < 2:
                # "The EU and Moldova held their Association Council today": who took part
                # may follow ("It was chaired by A. B also took part.")
                pending = Meeting([k for _, k in crefs], kind, date, location, occasion, [],
                                  ctx.evidence(s, s.start, s.end, 0.6))
                if date and re.search(r"\b(?:meetings|series|string|round of)\b", clause.text):
                    umbrella = (s.index, pending)
                continue
            # "accompanied by her ambassador, B, the guest met shipping executives": B is on the
            # guest's side, so with nobody named across the table there is no meeting
            escorts = {k for off, k in crefs if _ESCORT.search(ctx.m.text, max(s.start, off - 90), off)}
            if len({k for _, k in crefs} - escorts) < 2 and not any(off > tpos for off, k in crefs if k not in escorts):
                continue
            groups = _split_bilateral(ctx, clause, crefs, tpos, trig.group(0))
            for group in groups:
                made.append(Meeting(group, kind, date, location, occasion, [],
                                    ctx.evidence(s, s.start, s.end, 0.8 if len(group) == 2 else 0.7)))
            again = _AGAIN.search(clause.text, trig.end())
            again_day = again and next((e.value for e in exprs if e.start == clause.start + again.end()), None)
            if again_day and date and again_day != date:
                # "spoke by telephone with B on Saturday evening, and again yesterday morning": two calls
                for group in groups:
                    made.append(Meeting(list(group), kind, again_day, location, occasion, [],
                                        ctx.evidence(s, s.start, s.end, 0.7)))
            last = date or last
        if not made and pending is not None:
            made.append(pending)
        if made and meetings and last_at == s.index - 1 and made[0].date is None and \
                len(set(meetings[-1].participants)) >= 2 and set(meetings[-1].participants) <= set(made[0].participants):
            # "The foreign ministers of A and B met on Monday. C chaired the meeting, which brought
            # together A's X and B's Y": the lede's meeting, with everyone who sat at it
            told = meetings.pop()
            made[0].date, made[0].location = told.date, made[0].location or told.location
        if len(made) >= 2 and meetings and last_at == s.index - 1 and meetings[-1].evidence and \
                len({mt.participants[0] for mt in made}) == 1 and made[0].participants[0] in meetings[-1].participants and \
                _NEW_ENVOYS.search(meetings[-1].evidence.sentence) and \
                re.search(r"[.!?\"”’)]\s*$", meetings[-1].evidence.sentence) and \
                not set(meetings[-1].participants) & {k for mt in made for k in mt.participants[1:]}:
            # "The President received the credentials of four new ambassadors in the presence of the
            # Minister, C. In turn he received A, of Canada; B, of Japan": C sat in on each (a
            # headline's "receives credentials of new ambassadors; telephone conversation with B" is no such)
            umbrella_mt = meetings.pop()
            for mt in made:
                mt.participants += [k for k in umbrella_mt.participants if k not in mt.participants]
                mt.date = mt.date or umbrella_mt.date
        if len(made) == 1 and _ROLL_CALL_OPENS.match(s.text) and not (meetings and s.index - last_at <= 2):
            # "The meeting was hosted by A and brought together B, C and D" after a lede that told
            # the gathering ("Foreign ministers gathered in Riga on Thursday"): its day, its place
            date, location, lede = _roll_call_lede(ctx, s)
            made[0].date, made[0].location = made[0].date or date, made[0].location or location
            made[0].participants[:0] = [k for k in lede if k not in made[0].participants]
        if made and _SIGNING_TOLD.search(s.text) and len(signed_on := {a.date for a in agreements if a.signed_here and
                                                                        a.date and len(a.date) == 10 and _told_day(ctx, a)}) == 1:
            # "A and B held talks in Riga before signing the text": the day the text was signed
            for mt in made:
                mt.date = mt.date or next(iter(signed_on))
        meetings += made
        last_subject = _next_subject(ctx, s, refs, last_subject)
        if made:
            last_at = s.index
            recalled = anchor and all(mt.date and mt.date[:7] < anchor[:7] for mt in made)
            if (pending is None or made[-1] is not pending) and not recalled:
                # (a meeting recalled from an earlier month is not whom "the guest" means next)
                last_group = list(dict.fromkeys(k for mt in made for k in mt.participants))
                last_made = made
            _topics(ctx, s, made)
        anchor = _anchor(ctx, s, made, anchor)
    meetings = [mt for mt in meetings if not _is_signing(mt, signings) or
                not _signed_at(ctx, mt, signings[id(mt)][1], meetings, signings)]
    meetings += _listed_meetings(ctx, meetings, leads)
    for mt in meetings:
        if mt.date and _after_publication(ctx, mt.date):
            mt.date = None      # (a day counted past the report's from a wrong anchor: no day is better)
        if mt.date is None and mt.evidence and re.search(r"\b(?:signed|signing|inked|put\s+their\s+names)\b", mt.evidence.sentence):
            # "The memorandum was signed by A and B after talks at the ministry", its day told in the
            # lede: the day of the agreement these two signed
            days = {a.date for a in agreements if a.date and len(a.date) == 10 and
                    len(set(a.signatories) & set(mt.participants)) >= 2 and _told_day(ctx, a)}
            mt.date = days.pop() if len(days) == 1 else None
    return [mt for mt in _merge(meetings) if len(set(mt.participants)) >= 2]


def _told_day(ctx: Context, a: Agreement) -> bool:
    """Whether the text gives the agreement's day (not the report's day, which an agreement
    signed here takes when the text gives none)."""
    if ctx.published is None or a.date != ctx.published.isoformat():
        return True
    # (the report's day, told with a signing: "Kenya on Wednesday signed an agreement with China")
    return any(e.value == a.date and e.start >= ctx.dateline_end
               for s in ctx.m.sentences if re.search(r"\b(?:signed|inked|signing)\b", s.text)
               for e in find_time_expressions(s.text, ctx.day_at(s.start), s.start, ctx.stay, ctx.trip))


# "A held the following bilateral meetings:" and then "- On 6 August, with H.E. B, Minister of ..."
_MEETINGS_LISTED = re.compile(r"\b(?:held|had|conducted)\s+(?:(?:the\s+following|several|a\s+(?:number|series)\s+of|\w+)\s+)?"
                              r"(?:(?:bilateral|separate|further)\s+)*(?P<what>meetings|talks|consultations|"
                              r"(?:(?:telephone|phone)\s+)?(?:calls|conversations)|video\s+(?:calls|conferences))(?:\s+with)?\s*:\s*$")
_ITEM_MARK = r"(?:[•·▪*\-–]|\d{1,2}[.)])"     # a list item's mark: "•", "-", "2."
_WITH_ITEM = re.compile(r"\s*" + _ITEM_MARK + r"[ \t]+(?P<when>[^,\n]{0,40}?,\s+)?(?:[Ww]ith\s+)?")


def _list_host(ctx: Context, s: Sentence, lead: re.Match) -> str | None:
    """Whose meetings "... held the following meetings:" lists: the one it names, else (for "the
    Minister held video calls with:") the one holding such an office whom the text names most."""
    named = next((k for _, k in references(ctx, s.start, s.start + lead.start(), [])), None)
    if named:
        return named
    title = next((t for t in ctx.m.in_span(ctx.m.titles, s.start, s.start + lead.start())), None)
    holders = _by_title(ctx, title.text) if title else []
    return max(holders, key=lambda k: ctx.people.mention_count[k]) if holders else None


def _list_leads(ctx: Context) -> dict[int, tuple[re.Match, str]]:
    """Sentence index -> (its "held the following meetings:", whose they are) for each list of meetings."""
    leads = {}
    for s in ctx.m.sentences:
        if (lead := _MEETINGS_LISTED.search(s.text.rstrip())) and (host := _list_host(ctx, s, lead)):
            leads[s.index] = (lead, host)
    return leads


def _listed_meetings(ctx: Context, told: list[Meeting], leads: dict[int, tuple[re.Match, str]]) -> list[Meeting]:
    """One meeting per item of a list that follows "A held the following bilateral meetings:",
    each item "- On 6 August, with B, Minister of ...": A and B, on the item's day."""
    m, out = ctx.m, []
    for index, (lead, host) in leads.items():
        s = m.sentences[index]
        what = lead.group("what")
        kind = "video call" if re.search(r"\bvideo", lead.group(0)) else \
            "phone call" if re.search(r"calls|conversations", what) else "in-person"
        for item in m.sentences[s.index + 1:]:
            im = _WITH_ITEM.match(item.text)
            if im is None:
                if m.text[max(0, item.start - 1):item.start] == "\n":
                    break       # a paragraph that is no item ends the list
                continue
            # the first person of the item, after any title ("- With New Zealand Foreign Minister A on 24 July");
            # what the pattern took for a date may be the name ("- Solveig Brekke Halvorsen, Minister of ...")
            guest = None
            for at in (item.start + im.end(), item.start + (im.start("when") if im.group("when") else im.end())):
                guest = guest or next((p.key for p in m.in_span(m.persons, at, item.end) if p.start <= at + 60 and
                                       p.key != host and not re.search(r"[,;:]", m.text[at:p.start])), None)
            if guest is None or any({host, guest} <= set(mt.participants) for mt in told + out):
                continue
            when = [e for e in find_time_expressions(item.text, ctx.day_at(item.start), item.start, ctx.stay, ctx.trip)
                    if e.kind != "year"][:1]
            out.append(Meeting([host, guest], kind, when[0].value if when else None, None, None, [],
                               ctx.evidence(item, item.start, item.end, 0.7)))
    return out


_SIGNING_TOLD = re.compile(r"\b(?:before|after)\s+(?:signing|inking|they\s+signed)\b|"
                          r"\b(?:[Bb]efore|[Aa]fter|[Aa]head\s+of|[Ff]ollowing)\s+the\s+(?:signing\s+)?ceremony\b|"
                          r"\b(?:and|then)\s+(?:also\s+)?(?:signed|inked)\s+(?:the|a|an|two|three|four|several)\b|"
                          # "signed the protocol after three hours of talks", "After a morning of talks, the two signed"
                          r"\bsigned\b[^.;]*\b(?:after|following)\s+(?:an?|two|three|four|several)\s+\w+\s+of\s+(?:talks|consultations)\b|"
                          r"\b(?:[Aa]fter|[Ff]ollowing)\s+(?:an?|two|three|four|several)\s+\w+\s+of\s+(?:talks|consultations)\b[^.;]*\bsigned\b")


def _sides(ctx: Context, keys) -> set[str]:
    """The countries or bodies ``keys`` act for, by each one's first office."""
    return {pos[0].country or pos[0].organization for k in keys if (pos := ctx.people.persons[k].positions)} - {None}


def _is_signing(mt: Meeting, signings: dict[int, tuple[Meeting, list[str]]]) -> bool:
    return signings.get(id(mt), (None,))[0] is mt


def _signed_at(ctx: Context, signing: Meeting, signers: list[str], meetings: list[Meeting],
               signings: dict[int, tuple[Meeting, list[str]]]) -> bool:
    """Whether the signing was part of another meeting of the text that day: one the
    signatories held ("A and B signed X in the presence of C. The two ministers then met for
    three hours": one meeting, which takes in C and the signing's date), one whose people
    looked on (ministers signing while their leaders, who met, were present), or one between
    the same sides."""
    def sides(mt: Meeting) -> set[str]:
        return _sides(ctx, mt.participants)

    others = [o for o in meetings if o is not signing and not _is_signing(o, signings) and o.kind == signing.kind and
              not _cited(o) and     # (not "they had previously met in Seoul")
              (signing.date is None or o.date is None or o.date == signing.date)]     # (a video call later is another)
    held = next((o for o in others if set(signers) <= set(o.participants)), None)
    if held:
        held.participants += [k for k in signing.participants if k not in held.participants]
        held.date = held.date or signing.date
        return True
    # a signing with people of its own at the table ("after talks that also involved C and D";
    # "the delegation included C and D"), not all of whom the other meeting had, is not that meeting's
    extra = set(signing.participants) - set(signers)
    return any(set(signing.participants) <= set(o.participants) or
               len(set(o.participants)) >= 2 and set(o.participants) <= set(signing.participants) and
               # (a bilateral on the sidelines is not the three ministers' signing; a council's
               # many signatories are no meeting of their own)
               not (len(set(o.participants)) < len(set(signers)) <= 3) or
               sides(signing) <= sides(o) and extra <= set(o.participants) and
               (o.date == signing.date or not (o.date and signing.date)) and
               # (a dated signing is not an undated meeting told elsewhere, unless the signing's
               # witnesses are that meeting's people: "signed ... in the presence of A and B")
               (extra or not (signing.date and o.date is None and o.evidence and signing.evidence and
                              o.evidence.sentence != signing.evidence.sentence)) for o in others)


def _signers(ctx: Context, s: Sentence, refs, agreements: list[Agreement],
             last: str | None = None) -> tuple[list[str], list[str], str | None] | None:
    """"The programme was signed by A of K and B of L in the presence of C": the signatories
    of an instrument signed here, from two sides, named in this sentence, met to sign it, and
    so did its witnesses; the date is the signing's where a time expression gave it, else the
    sentence's own."""
    if not re.search(r"\b(?:signed|inked|initialled|countersigned|exchanged|" + _SIGNED_IDIOM + r")\b", s.text) or \
            _SAME_OCCASION.search(s.text):
        return None     # ("At the same ceremony, C and D signed ...": a signing inside the event told, no meeting of its own)
    named = {k for _, k in refs}
    reference = _SIGNED_BY_REFERENCE.search(s.text)
    for a in agreements:
        if not a.signed_here or a.evidence is None or not (s.start <= a.evidence.start < s.end or reference):
            continue        # "the agreement, which the two governments signed in 2021": not this signing
        keys = [k for k in a.signatories if k in named]
        if keys and reference:
            keys = list(a.signatories)      # "A signed X yesterday. The document was countersigned by B"
        if len(keys) < 2 or len(_sides(ctx, keys)) < 2:
            continue
        witnessed = re.search(r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by)\b[^;]*|"
                              # "..., after talks that also involved C and D"
                              r"\b(?:talks|meeting|discussions|consultations)\s+(?:that|which)\s+(?:also\s+)?(?:involved|included)\b[^;]*|"
                              r"\b(?:while|as|with)\b[^;]*?\b(?:(?:were|was)\s+(?:also\s+)?present|looked\s+on)\b", s.text)
        # "A and B signed the declaration in the presence of C": C was there too
        witnesses = list(dict.fromkeys(k for off, k in refs if k not in keys and witnessed and
                                       s.start + witnessed.start() <= off < s.start + witnessed.end()))
        if a.date and ctx.published and a.date != ctx.published.isoformat():
            return keys, witnesses, a.date
        asides = [(s.start + c.start(), s.start + c.end()) for c in re.finditer(r",\s+who\s+[^,;]*", s.text)]
        # "..., while the two sides exchanged the instruments of the Agreement on X, signed on 2 June 2018":
        # the next instrument's date is its own
        nxt = min((b.evidence.start for b in agreements if b is not a and b.evidence and a.evidence and
                   a.evidence.end < b.evidence.start < s.end), default=s.end)
        exprs = [e for e in find_time_expressions(s.text, ctx.day_at(s.start), s.start, ctx.stay, ctx.trip) if e.start >= ctx.dateline_end
                 and not any(x <= e.start < y for x, y in asides) and e.start < nxt     # "B, who arrived on Tuesday night"
                 and e.kind != "year"]      # ("the Protocol Amending the Treaty ... of 1997": the treaty's year)
        shift = _relative_shift(exprs[0].text) if exprs else None
        if shift is not None and last and len(last) == 10:      # "The same day, A and B signed"
            return keys, witnesses, shift_day(last, shift)
        return keys, witnesses, exprs[0].value if exprs else None
    return None


# "The meeting was chaired by A. The delegation of K was led by B, and that of L by C. Also
# present were D and E.": who sat at the meeting just told
_ROLL_CALL = re.compile(r"\b(?:meeting|talks|session|consultations|it)\s+(?:was|were)\s+(?:co-)?chaired\s+by\b|"
                        r"\bdelegations?\b[^.;]{0,60}?\b(?:was|were)\s+(?:led|headed)\s+by\b|"
                        r"\b[Aa]lso\s+present\s+were\b|\b(?:was|were)\s+also\s+present\b|^\s*[Pp]resent\s+were\b")


# "The meeting was chaired by A and attended by B", "The plenary session was opened by A", "The
# meeting was hosted by A and brought together B, C and D": a gathering told by its roll call
_ROLL_CALL_OPENS = re.compile(
    r"\s*(?:(?:The|This|That|Its|Their|Today's|Yesterday's)\s+)(?:[\w\-’'\"“”()]+\s+){0,8}?"
    r"(?:meeting|session|talks|consultations|summit|round|conference|dialogue|forum|ministerial)\s+"
    r"(?:[^.;]{0,60}?\s)?(?:was|were)\s+(?:co-)?(?:chaired|opened|hosted|convened|presided\s+over|attended)\s+by\b")
# the text before it that told the gathering: "A took part yesterday in the third foreign
# ministers' meeting", "B led a delegation to the Meeting in Dali on December 15"
_GATHERING_TOLD = re.compile(r"(?i)\b(?:meeting|session|talks|consultations|summit|round|conference|dialogue|forum|gathered|ministerial)\b")
_TOOK_PART = re.compile(r"\b(?:took\s+part|takes\s+part|participated|attended|attends|joined)\b|"
                        r"\bled\s+(?:an?|the|his|her)\s+(?:[\w\-]+\s+){0,3}?delegation\s+to\b")


def _roll_call_meeting(ctx: Context, s: Sentence, refs: list[tuple[int, str]]) -> Meeting | None:
    """A gathering no meeting has told yet, told by its roll call ("The plenary session was
    opened by A. It was attended by B and C": the next sentences may add to it)."""
    if not _ROLL_CALL_OPENS.match(s.text):
        return None
    exprs = [e for e in find_time_expressions(s.text, ctx.day_at(s.start), s.start, ctx.stay, ctx.trip)
             if e.start >= ctx.dateline_end]
    date, location, lede = _roll_call_lede(ctx, s)
    keys = list(dict.fromkeys([*lede, *(k for _, k in refs)]))
    if not keys:
        return None
    return Meeting(keys, "in-person", exprs[0].value if exprs else date, _location(ctx, s) or location, None, [],
                   ctx.evidence(s, s.start, s.end, 0.6))


def _roll_call_lede(ctx: Context, s: Sentence) -> tuple[str | None, str | None, list[str]]:
    """The day, place and people ("A took part yesterday in the ministers' meeting in Tashkent")
    of the sentence just before a roll call that told its gathering."""
    for back in (1, 2):
        if s.index - back < 0:
            break
        told = ctx.m.sentences[s.index - back]
        gm = _GATHERING_TOLD.search(told.text)
        if not gm or _is_future(ctx, told, gm.start(), gm.end()):
            continue
        found = [e for e in find_time_expressions(told.text, ctx.day_at(told.start), told.start, ctx.stay, ctx.trip)
                 if e.start >= ctx.dateline_end]
        keys = [k for _, k in references(ctx, told.start, told.end, [])] if _TOOK_PART.search(told.text) else []
        return found[0].value if found else None, _location(ctx, told), list(dict.fromkeys(keys))
    return None, None, []


# "handed over a written message from Jordanian Foreign Minister A": A sent it and was not there
_SENT_BY = re.compile(r"\b(?:message|letter|greetings|invitation|note|regards)\s+(?:[\w\-]+\s+){0,3}?from\s+"
                      r"(?:(?:the|his|her|their)\s+)?(?:[\w\-’'.]+\s+){0,6}$|\bon\s+behalf\s+of\s+(?:[\w\-’'.]+\s+){0,6}$")
_NEW_ENVOYS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|new)\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:ambassadors|envoys|heads\s+of\s+mission|high\s+commissioners)\b")


def _reporting_source(ctx: Context, s: Sentence, off: int) -> bool:
    """The person named at ``off`` closes the sentence as its source: "..., ministry spokeswoman
    C wrote on Twitter", "..., C told reporters"."""
    person = next((p for p in ctx.m.in_span(ctx.m.persons, off, s.end) if p.start == off), None)
    if person is None or not _SOURCE_BEFORE.search(s.text, 0, off - s.start):
        return False
    return bool(_SOURCE_AFTER.match(s.text, person.end - s.start))


# "Beletsky said (that)", "the spokesman told reporters": who reports what others did
_REPORTS = re.compile(r"(?:,\s+[^,;.]{1,60},)?\s+(?:also\s+|further\s+)?(?:said|says|told\s+(?:reporters|journalists|the\s+(?:media|press|briefing))|"
                      r"announced|informed\s+(?:reporters|journalists)|confirmed)\s+(?:(?:on|this|last)\s+\w+\s+)?(?:that\s+)?")


def _reports_others(ctx: Context, s: Sentence, off: int, refs: list[tuple[int, str]]) -> bool:
    """The person at ``off`` only reports a meeting of two others the clause then names ("Beletsky
    said Deputy Foreign Minister A had met with Ambassador B"): not one of its participants."""
    person = next((p for p in ctx.m.in_span(ctx.m.persons, off, s.end) if p.start == off), None) or \
        next((t for t in ctx.m.in_span(ctx.m.titles, off, s.end) if t.start == off), None)
    rm = person and _REPORTS.match(ctx.m.text, person.end)
    if not rm or re.match(r"(?:he|she|I|we)\b", ctx.m.text[rm.end():rm.end() + 4]):
        return False    # (not "A said he had held separate calls with B and C": A's own)
    key = next(k for o, k in refs if o == off)
    later = {k for o, k in refs if o >= rm.end() and k != key}
    triggers = [s.start + tm.start() for _, tm in ctx.meeting_triggers(s)]
    return len(later) >= 2 and bool(triggers) and min(triggers) >= rm.end()


def _regroup(meetings: list[Meeting], text: str) -> None:
    """"A hosted B and C. The three were joined by D": the meetings the last sentence split
    one per guest were one meeting of all of them."""
    nm = re.match(r"\s*(?:The|All)\s+(three|four|five|six)\b(?!\s+(?:countries|nations|states|sides))", text)
    last = meetings[-1]
    if not nm or last.evidence is None:
        return
    split = [mt for mt in meetings if mt.evidence and mt.evidence.sentence == last.evidence.sentence]
    people = list(dict.fromkeys(k for mt in split for k in mt.participants))
    if len(split) >= 2 and len(people) == _NUMBER[nm.group(1)] and \
            len({mt.participants[0] for mt in split}) == 1:
        del meetings[-len(split):]
        meetings.append(Meeting(people, last.kind, last.date, last.location, last.occasion, last.topics,
                                last.evidence))


# "The four ministers - A, B, C and D - reviewed ...": the group of the meeting just told, named
_NAMED_GROUP = re.compile(r"\s*(?:The|All)\s+(?:(two|three|four|five|six|seven|eight)\s+)?(?:foreign\s+)?"
                          r"(?:ministers|leaders|presidents|heads\s+of\s+state|participants)\s*(?:[-–—(:]|,(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž]))")


def _name_group(meetings: list[Meeting], s: Sentence, refs) -> bool:
    """"Echeverry closed her week with a four-way meeting of Mercosur ministers. The four
    ministers - Echeverry, Argentina's A, Brazil's B and Paraguay's C - reviewed ...": the
    meeting just told, which named only some of its people, is theirs. True when it was."""
    gm = _NAMED_GROUP.match(s.text)
    last = meetings[-1]
    if not gm:
        return False
    stop = re.search(r"\s[-–—)]\s|\)|:\s|,\s+(?:[a-z]|(?:who|which)\b)", s.text[gm.end():])
    end = s.start + gm.end() + (stop.start() if stop else len(s.text) - gm.end())
    keys = list(dict.fromkeys(k for off, k in refs if s.start + gm.end() <= off < end))
    if len(keys) < 2 or gm.group(1) and _NUMBER[gm.group(1)] != len(keys) or \
            not set(last.participants) <= set(keys) or set(keys) == set(last.participants):
        return False
    last.participants = keys
    return True


def _join(meetings: list[Meeting], keys: list[str], text: str) -> bool:
    """Add people who "took part" to the meeting just told; "... present at both meetings"
    to every meeting of its sentence. True when anyone was added."""
    last = meetings[-1]
    every = re.search(r"\b(?:both|all(?: the)?(?:\s+(?:two|three|four|five|six))?|each of the|the (?:two|three|four)|"
                      r"(?<=at )the|(?<=during )the|(?<=in )the)\s+(?:meetings|talks|calls|engagements)\b|"
                      r"(?<=\bto )(?:all|each of the)\s+(?:two|three|four|five|six)\b(?=\s*[.,;]|\s+of\s+them\b)", text, re.I)
    if every and re.search(r"\b(?:side|delegation)\s+(?:at|during|in)\s+$", text[:every.start()]):
        every = None        # "The Guyanese side at the talks included C": the talks just told
    targets = [mt for mt in meetings if mt.evidence and mt.evidence.sentence == last.evidence.sentence] \
        if every and last.evidence else [last]
    if every and re.match(r"(?i)all\b", every.group(0)) and keys:
        # "The minister was accompanied to all the meetings by A and B": every meeting of his told
        targets = [mt for mt in meetings if keys[0] in mt.participants and len(set(mt.participants)) >= 2] or targets
    if len(targets) > 1:       # "B accompanied him to both engagements": B, not those already there
        keys = [k for k in keys if not any(k in t.participants for t in targets)]
    added = False
    for key in keys:
        for target in targets:
            if key not in target.participants:
                target.participants.append(key)
                added = True
    return added


_OPENING_PARTICIPLE = re.compile(r"\s*(?:[A-Z][a-z]+ing\b[^,;]*?\s)?(?:(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Uu]pon|[Oo]n)\s+)?")
_CLAUSE_BREAK = re.compile(r",?\s+and\s+|;\s+|,\s+(?:while|before|after|then)\s+|"
                           r",\s+(?=(?:[A-Z][\w\-]+\s+){1,4}(?:said|told|added)\b[^,;]{0,25}?\b(?:he|she|they)\b)")


def _clauses(ctx: Context, s: Sentence) -> list[tuple[Sentence, str, re.Match]]:
    """The sentence cut before each further meeting trigger ("A was received by B on Monday,
    and on Tuesday he held talks with C"), each part with its trigger."""
    found, planned = [], []
    for kind, tm in ctx.meeting_triggers(s):
        # "had first met in Dakar", "last met at the summit in Kigali, which Rwanda hosted": background
        before = _MET_BEFORE.search(s.text, 0, tm.end() + 4)
        background = before and not _dated_before(ctx, s, tm.end()) and "previously" not in before.group(0)
        if _is_future(ctx, s, tm.start(), tm.end()):
            planned.append(tm)
        elif not background and not any(tm.start() < e and b < tm.end() for _, (b, e), _ in found):
            found.append((kind, (tm.start(), tm.end()), tm))
    found = [f for f in found if not _set_aside(s.text, f[2], planned)]
    found.sort(key=lambda f: f[1][0])
    if not found:
        return []
    # a new clause starts at a break (", and", ";") between two triggers; triggers with no
    # break between them ("came to the office to pay a visit") share one clause
    # "spoke with A, Minister of X and Y, in a video call": "in a video call" says how the
    # meeting of the verb before it was held; it starts no meeting of its own
    clauses = [[0, len(s.text), found[0], found[0][0]]]
    for (_, (_, prev_end), _), nxt in zip(found, found[1:]):
        if _MANNER.match(nxt[2].group(0)) and not _MANNER.match(clauses[-1][2][2].group(0)):
            clauses[-1][3] = nxt[0]
            continue
        if nxt[0] == clauses[-1][3] and _RELATIVE_VERB.search(s.text, max(0, nxt[1][0] - 30), nxt[1][0]):
            continue    # "held separate calls with A and B, who called to express sympathy": those calls
        breaks = list(_CLAUSE_BREAK.finditer(s.text, prev_end, nxt[1][0]))
        if breaks:
            clauses[-1][1] = breaks[-1].start()
            clauses.append([breaks[-1].start(), len(s.text), nxt, nxt[0]])
    out = []
    for a, b, (_, _, tm), kind in clauses:
        clause = Sentence(s.index, s.start + a, s.start + b, s.text[a:b])
        match = tm.re.search(clause.text, tm.start() - a)
        if match is not None:
            out.append((clause, kind, match))
    return out


_MANNER = re.compile(r"(?i)(?:in|during|by|via|over|through)\b")
_PLAN_AFTER = re.compile(r"\b(?:where|when)\s+(?:they|he|she|the\s+two|both)\s+(?:(?:are|is|were|was)\s+(?:due|expected|scheduled|set|to)|"
                         r"will|would|plans?|planned|hopes?|hoped)\b")
_AGAIN = re.compile(r",?\s+and\s+(?:then\s+)?again\s+(?:(?:late|early)\s+)?(?=\S)")


# a list item's mark: "•", "-", "2.", "(b)"
_BULLET = re.compile(r"^[ \t]*(?:" + _ITEM_MARK + r"|\([a-z0-9]{1,3}\))[ \t]+", re.M)
_RECEIVES_MANY = re.compile(
    r"\b(?:received|receives|accepted|accepts)\b[^.]*?\b(?:credentials|credence|courtesy calls?)\b|"
    r"\b(?:received|met|receives|meets)\b[^.]*?\b(?:the following|several|four|five|three|six)\b", re.I)


def _listed_guests(ctx: Context, s: Sentence, refs) -> tuple[str, list[str], list[str]] | None:
    """A host who "received the credentials of" people listed as bullet points below, or in the
    next sentence ("Presenting their credentials were A; B; and C"); with those the sentence says
    attended ("in separate ceremonies attended by the Minister")."""
    keys = list(dict.fromkeys(k for _, k in refs))
    if not keys or not _RECEIVES_MANY.search(s.text):
        return None
    attending = keys[1:]
    if attending and not re.search(r"\b(?:attended|witnessed)\s+by\b|\bin\s+the\s+presence\s+of\b", s.text):
        return None
    text = ctx.m.text
    if s.index + 1 < len(ctx.m.sentences):
        nxt = ctx.m.sentences[s.index + 1]
        if _PRESENTERS.match(nxt.text):
            guests = [k for k in dict.fromkeys(p.key for p in ctx.m.in_span(ctx.m.persons, nxt.start, nxt.end))
                      if k not in keys]
            if len(guests) >= 2:
                return keys[0], guests, attending
    if attending:
        return None
    guests: list[str] = []
    pos = s.end
    started = False
    for line in re.finditer(r"[^\n]*\n?", text[pos:pos + 3000]):
        body = line.group(0)
        start = pos + line.start()
        if not body.strip():
            continue
        if _BULLET.match(body):
            started = True
            people = ctx.m.in_span(ctx.m.persons, start, start + len(body))
            if people and people[0].key not in guests and people[0].key != keys[0]:
                guests.append(people[0].key)
        elif started or len(body) > 200:
            break
    return (keys[0], guests, []) if len(guests) >= 2 else None


_PRESENTERS = re.compile(r"\s*(?:Presenting\s+(?:their\s+)?(?:credentials|letters\s+of\s+credence)\s+(?:were|was)|"
                         r"The\s+(?:new\s+)?(?:ambassadors|envoys|heads\s+of\s+mission)\s+(?:were|are)|They\s+(?:were|are))\b")


def _split_bilateral(ctx: Context, s: Sentence, refs, tpos: int, trigger: str) -> list[list[str]]:
    """"A met B, C and D" gives three meetings; "A and B met" or "A, B and C met" one."""
    before = [k for off, k in refs if off < tpos]
    after = [k for off, k in refs if off >= tpos]
    passive = re.match(r"(?:was|were)\s", ctx.m.text[max(0, tpos - 5):tpos].strip() + " ") or \
        re.search(r"\b(?:was|were)\s+(?:\w+\s+)?$", ctx.m.text[max(0, tpos - 20):tpos])
    if passive and before and after:
        before, after = after, before
    sentence = ctx.m.text[s.start:s.end]
    # "hosted A and B at the summit" / "a trilateral meeting": one meeting; "met A, B and C
    # on the sidelines of the summit": one meeting each
    together = (re.search(r"\b(?:trilateral|multilateral|quadrilateral|jointly|together|2\+2)\b|"
                          r"\bco-?(?:chairs|chairmen|chairpersons|presidents)\b|"    # who hold an office jointly come together
                          r"\bfor\s+(?:a|the)\s+(?:[\w\-]+\s+){0,3}?(?:meeting|summit|session)\s+of\b|"
                          # "hosted A, B and C ... for the annual Benelux-Baltic ministerial meeting"
                          r"\bfor\s+(?:an?|the)\s+(?:annual|regular|joint|ministerial|[\w\-]+-[\w\-]+)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:meeting|summit|session|consultations|conference|dialogue)\b|"
                          r"\b(?:were|was)\s+(?:also\s+)?(?:joined|attended)\s+by\b|\b(?:were|was)\s+(?:also\s+)?(?:present|in attendance)\b|"
                          # "..., with B and C also at the table", "in the presence of B": one meeting
                          r"\balso\s+(?:at\s+the\s+table|present|in\s+attendance|attending|participating|taking\s+part)\b|"
                          r"\bin\s+the\s+presence\s+of\b|"
                          r",\s+joined\s+(?:on\s+the\s+(?:[\w\-]+\s+){1,2}side\s+)?by\b|"
                          r"\b(?:delegation|mission)\s+(?:of\s+[^,;]{0,60}?\s+)?(?:led|headed)\s+by\b",     # "a delegation of X led by A, accompanied by B"
                          sentence, re.I)
                or re.search(r"\bat the (?:[\w\-]+\s+){0,3}(?:summit|conference|forum)\b", sentence, re.I)
                and not re.search(r"\b(?:sidelines|margins) of\b", sentence, re.I)) and \
        not re.search(r"\bseparately\b|\bbilateral\b", sentence, re.I)
    separate = re.search(r"\bseparate(?:ly)?\b|,?\s+and\s+(?:also\s+|then\s+|later\s+)?with\s|\bbilateral\s+meetings\b|\bmeetings\s+(?:\w+\s+){0,2}?with\b|"
                         r"\b(?:phone|telephone)\s+calls\b", sentence, re.I)
    if len(before) == 1 and len(after) >= 2 and not together and (
            separate or re.match(r"(?:met|received|hosted|welcomed|sat down)", trigger, re.I) or
            re.search(r"(?i)\b(?:tele)?phone\b", trigger)):      # a phone call is one to one
        people = ctx.m.in_span(ctx.m.persons, tpos, s.end)
        between = ctx.m.text[people[0].end:people[-1].start] if len(people) >= 2 else ""
        listed = re.search(r",|\band\b", between) and "(" not in between and \
            not re.search(r"\b(?:accompanied|flanked|joined)\s+by\b|\btogether\s+with\b", between)   # "B, who was accompanied by C"
        described = not people        # "his counterparts from A and B", named elsewhere
        if listed or described or separate:
            return [[before[0], k] for k in after if k != before[0]]
    if not before and len(after) >= 2 and not together and \
            re.search(r"\bseparate(?:ly)?\b|\bbilateral\s+meetings\b", sentence, re.I):
        return [[k] for k in after]     # "the canciller held separate meetings with A and with B": never A with B
    group = list(dict.fromkeys(before + after))
    return [group]


def _location(ctx: Context, s: Sentence) -> str | None:
    for pm in _PLACE_IN.finditer(s.text):
        name = pm.group("place")
        if any(name == p for _, _, p in ctx.m.places) or any(
                name.startswith(p) for _, _, p in ctx.m.places if len(p) > 3):
            place = next(p for _, _, p in ctx.m.places if name.startswith(p))
            if ctx.lex.countries.lookup(place) is None:
                return place
    return None


def _occasion(s: Sentence) -> str | None:
    om = _OCCASION.search(s.text) or _AT_EVENT.search(s.text)
    return om.group("occ").strip() if om else None


def _topics(ctx: Context, s: Sentence, meetings: list[Meeting]) -> None:
    if not meetings:
        return
    tm = ctx.lex.topic.search(s.text)
    if not tm:
        return
    rest = s.text[tm.end():].strip().rstrip(".")
    rest = re.sub(r"^(?:the|a|an)\s+", "", rest)
    parts = re.split(r",\s+as well as\s+|;\s+|,\s+and\s+(?=the\b)|\s+as well as\s+", rest)
    for part in parts:
        part = re.sub(r"^(?:the|a|an)\s+", "", part.strip(" ,"))
        if 3 < len(part) < 200 and part not in meetings[-1].topics:
            meetings[-1].topics.append(part)


def _lede_day(ctx: Context, lede: Sentence | None = None) -> tuple[int, str] | None:
    """The report's first sentence (or ``lede``, a paragraph's) and the one day it tells
    ("Kenya on Wednesday signed an agreement with China ..."), where it tells exactly one and
    holds no meeting of its own."""
    lede = lede or next((s for s in ctx.m.sentences if s.end > ctx.dateline_end and len(s.text.split()) >= 12
                         and re.search(r"[.!]\s*$", s.text)), None)
    # (not a lede that tells what had happened, nor a day in a clause aside: "B, who arrived on Tuesday, signed")
    if lede is None or _meeting_trigger(ctx, lede) or re.search(r"\b(?:who|which)\s+had\b", lede.text):
        return None
    days = {e.value for e in find_time_expressions(lede.text, ctx.day_at(lede.start), lede.start, ctx.stay, ctx.trip)
            if e.start >= ctx.dateline_end and len(e.value) == 10 and not _not_when(e) and
            not re.search(r"\b(?:who|which|whose)\b", ctx.m.text[max(lede.start, e.start - 80):e.start].rsplit(",", 1)[-1]) and
            (e.kind in _NAMED_DAY or e.kind in ("yesterday", "today")) and not _after_publication(ctx, e.value)}
    return (lede.index, days.pop()) if len(days) == 1 else None


def _paragraph_opener(ctx: Context, s: Sentence) -> tuple[int, str] | None:
    """The day the first sentence of ``s``'s paragraph tells, as the report's lede does, where
    ``s`` is one of the two sentences after it."""
    for back in (1, 2):
        if s.index - back < 0:
            return None
        first = ctx.m.sentences[s.index - back]
        if "\n" in ctx.m.text[first.end:ctx.m.sentences[first.index + 1].start]:
            return None     # (another paragraph)
        if first.index == 0 or "\n" in ctx.m.text[ctx.m.sentences[first.index - 1].end:first.start]:
            return _lede_day(ctx, first) if first.end > ctx.dateline_end and len(first.text.split()) >= 8 else None
    return None


def _story_day(ctx: Context, s: Sentence, day: str | None) -> str | None:
    """The day a sentence that opens with its time moves the story on to ("The following
    morning, the State Secretary travelled to Nairobi. In the afternoon she was received by B":
    the day after the last one told), or None."""
    fm = _FROM_EVENT.match(s.text, len(re.match(r"\s*(?:[Oo]n\s+)?", s.text).group(0)))
    if fm and s.text[fm.end():fm.end() + 1] == "," and (fm.group("way").lower() != "of" or fm.group("eve")):
        return _counted_from_event(ctx, fm, s.start)    # "Two days after arriving, the minister flew to the coast."
    # (the day may close an opening phrase: "At the plenary the following day, A ...")
    opening = next((e for e in find_time_expressions(s.text, ctx.day_at(s.start), s.start, ctx.stay, ctx.trip)
                    if e.start >= ctx.dateline_end and (e.start - s.start <= 3 or re.fullmatch(
                        r"\s*(?:At|On|In|During|After|Before)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,4}", ctx.m.text[s.start:e.start]))),
                   None)
    rest = ctx.m.text[opening.end:s.end] if opening else ""
    # (not a page stamp, "Wednesday, 16 November 2016 | Nation", nor what is still to come: "On Wednesday, B is to call on")
    if opening is None or _not_when(opening) or not re.match(r"\s*,\s+(?:\S+\s+){4}", rest) or \
            not re.search(r"\s[a-z]{3,}", rest) or _NOT_HELD.search(rest) or re.search(r"\b(?:is|are)\s+to\b", rest):
        return None
    shift = _relative_shift(opening.text)
    if shift is not None:
        return shift_day(day, shift) if day and len(day) == 10 else None
    return opening.value if opening.kind in _NAMED_DAY and len(opening.value) == 10 and \
        not _after_publication(ctx, opening.value) else None


def _day_told(meetings: list[Meeting]) -> str | None:
    """The day of the last meeting told with a full date, not one the text recalls."""
    return next((mt.date for mt in reversed(meetings) if mt.date and len(mt.date) == 10 and not _cited(mt)), None)


def _cited(mt: Meeting) -> bool:
    """A past meeting the text recalls ("had last met in Oslo in November"): never the same
    as the one it reports."""
    return bool(mt.evidence and _MET_BEFORE.search(mt.evidence.sentence))


def _merge(meetings: list[Meeting]) -> list[Meeting]:
    """One meeting per set of participants (and date, where both have one); a headline's
    meeting ("Readout of A's Meeting with B") is the body's meeting of A, B and others."""
    out: list[Meeting] = []
    headlines = [mt for mt in meetings if mt.evidence and not re.search(r"[.!?\"”’)]\s*$", mt.evidence.sentence)
                 and mt.date is None]
    meetings = [mt for mt in meetings if not any(
        mt is h and any(o is not h and set(h.participants) < set(o.participants) and o.kind == h.kind
                        for o in meetings) for h in headlines)]
    # "CS A receives envoys of Finland, Rwanda and Qatar, holds phone talks": a headline whose
    # people all have meetings of their own in the body sums those up
    body = [mt for mt in meetings if mt not in headlines]
    meetings = [mt for mt in meetings if not (
        any(mt is h for h in headlines) and len(set(mt.participants)) >= 3 and
        all(any(k in o.participants for o in body) for k in mt.participants))]
    for mt in meetings:
        for prev in out:
            if set(prev.participants) == set(mt.participants) and (prev.date == mt.date or (
                    prev.date is None or mt.date is None) and not _cited(prev) and not _cited(mt)) and \
                    prev.kind == mt.kind:
                prev.date = prev.date or mt.date
                prev.location = prev.location or mt.location
                prev.occasion = prev.occasion or mt.occasion
                prev.topics += [t for t in mt.topics if t not in prev.topics]
                break
        else:
            out.append(mt)
    return out


# --- statements ---------------------------------------------------------------------

_BOTH_OR_TWO = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:[a-z]+\s+)?(ministers|sides|leaders|parties|diplomats)\b")
_DURING_MEETING = re.compile(r"\b(?:[Dd]uring|[Ii]n|[Aa]t)\s+the\s+(?:\w+\s+)?(?:call|talks|meeting|conversation|consultations)\b")


_NTH_MEETING = re.compile(r"\b(?:[Aa]t|[Ii]n|[Dd]uring)\s+the\s+(first|second|third|fourth)\s+(?:meeting|talks|session|call|audience)\b")


def _latest_told(ctx: Context, held: list[Meeting], s: Sentence) -> list[str]:
    """The people of the last meeting told before ``s``; of meetings told in one sentence
    ("held separate talks with A and with B"), the one the sentence counts ("At the second
    meeting"), else the one whose own side was named last ("Mr A thanked Fiji ... The two
    ministers signed ...": A's)."""
    tied = [mt for mt in held if mt.evidence.start == held[-1].evidence.start]
    if len(tied) < 2:
        return held[-1].participants
    nth = _NTH_MEETING.search(s.text)
    if nth:
        index = ("first", "second", "third", "fourth").index(nth.group(1))
        return tied[index].participants if index < len(tied) else held[-1].participants
    before = s.start
    shared = set.intersection(*(set(mt.participants) for mt in tied))
    def named_last(mt: Meeting) -> int:
        own = set(mt.participants) - shared
        return max((p.start for p in ctx.m.in_span(ctx.m.persons, held[-1].evidence.start, before) if p.key in own), default=-1)
    return max(reversed(tied), key=named_last).participants


def extract_statements(ctx: Context, meetings: list[Meeting] | None = None) -> list[Statement]:
    out: list[Statement] = []
    last_speaker: str | None = None
    m = ctx.m
    meetings = meetings or []
    for s in m.sentences:
        # "the sides", "both", "the two ministers": the people of the last meeting so far
        held = sorted((mt for mt in meetings if mt.evidence and mt.evidence.start <= s.start),
                      key=lambda mt: mt.evidence.start)       # in the order the text tells them
        last_group = _latest_told(ctx, held, s) if held else []
        if held and re.search(r"\b(?:[Aa]ll|[Tt]he)\s+(?:three|four|five|six)\b", s.text):
            # "All three leaders": everyone the last sentence's meetings brought together
            last_group = list(dict.fromkeys(k for mt in held if mt.evidence.start == held[-1].evidence.start
                                            for k in mt.participants))
        elif held and (bm := _BOTH_OR_TWO.search(s.text)) and not _DURING_MEETING.search(s.text):
            # "A thanked Bhutan. B conveyed condolences. Both ministers expressed support": the two
            # who just spoke, when the last meeting was told before them
            since = m.sentences[max(0, s.index - 2)].start
            spoke = list(dict.fromkeys(o.speaker for o in out if o.evidence and since <= o.evidence.start < s.start))
            if len(spoke) == 2 and held[-1].evidence.start < since and set(spoke) != set(last_group) and (
                    bm.group(1) != "ministers" or all(any("minister" in canonical_title(q.title).split()
                                                          for q in ctx.people.persons[k].positions) for k in spoke)):
                last_group = spoke
        refs = references(ctx, s.start, s.end, last_group, every=True)
        subject = next((k for off, k in refs), None)
        last_speaker = _pronoun_switch(ctx, s, last_speaker, last_group) or last_speaker
        turned: dict[str, str] = {}     # "He" read as the other of the two, in this sentence
        for kind, pattern in ctx.patterns(ctx.lex.statement, ctx.lex.statement_cue, s):
            told_at = None      # where this kind was last told in the sentence, with a speaker
            for tm in pattern.finditer(s.text):
                if told_at is not None and not any(told_at < off < s.start + tm.start() for off, _ in refs):
                    break       # the same statement told again; but "A offered condolences to B, and C
                                # offered condolences to D": a second speaker named between the two
                if ctx.lex.not_statement.search(s.text[max(0, tm.start() - 80):tm.end() + 20]) and \
                        _inside_negative(ctx, s.text, tm):
                    continue
                if kind == "invitation" and re.search(r"\bat the invitation\b", s.text, re.I):
                    continue
                word = re.search(r"(?:support|backing|solidarity)\w*$", tm.group(0))
                if kind == "support" and word and re.search(
                        r"\b(?:thank\w*|appreciation|gratitude|grateful)\b[^.;]{0,160}?\bfor\s+(?:the|its|their|his|her|this|"
                        r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+[’']s)\s+(?:(?!(?:and|but|as)\b)[\w\-]+\s+){0,3}$", s.text[:tm.start() + word.start()]):
                    continue    # "B thanked Nigeria for the hospitality extended ... and for its support": thanks, not support
                if kind == "invitation" and not re.match(r"s?\s+(?:from|of)\s", s.text[tm.end():]) and (
                        re.search(r"\b(?:accept|consider|welcom|declin)(?:ed|es|e|s|ing)?\s+(?:(?:the|an|his|her|their|this)\s+)?$|"
                                  # "expressed his appreciation to Kazakhstan for the invitation": thanks for one received
                                  r"\b(?:thank\w*|appreciation|gratitude|grateful)\b[^.;]{0,60}\bfor\s+(?:the|an|his|her|their|this|its)\s+"
                                  r"(?:kind\s+|warm\s+|generous\s+)?$",
                                  s.text[max(0, tm.start() - 90):tm.start()]) or
                        re.match(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?accepted\b", s.text[tm.end():])):
                    continue        # "B accepted the invitation", "the invitation was accepted": B invites no one
                                    # (but "accepted an invitation from A" is A's)
                if _THING_DOES.search(s.text, max(0, tm.start() - 20), tm.start()):
                    continue        # "a programme which supports eight million people": no one's statement
                tpos = s.start + tm.start()
                if _OTHERS_CUE.search(s.text, max(0, tm.start() - 80), tm.start()) and \
                        _OTHERS_SUBJECT.search(s.text, max(0, tm.start() - 80), tm.start()):
                    continue        # "Several governments have expressed concern": others', told by the speaker
                label = _label_speaker(ctx, s)
                # ("A: The Iranian minister called our Minister to convey his condolences": not the turn's)
                third = label and re.search(r"\b(?:his|her|their)\s+(?:[a-z]+\s+)?$", s.text[max(0, tm.start() - 40):tm.start()])
                # (not "Minister B spoke to C and conveyed our condolences": B's; but "When I received
                # B, I conveyed our congratulations" is the turn's)
                named_before = max((off for off, k in refs if off < tpos and k not in label), default=None)
                if label and not third and re.search(r"\b(?:I|[Ww]e|me|us|my|our)\b", s.text[:tm.start()]) and (
                        named_before is None or re.search(r"\b(?:I|[Ww]e|me|us)\b", m.text[named_before:tpos])):
                    speakers = label        # "A: Mr B, allow me to convey condolences": the turn's speaker
                else:
                    speakers = _speakers(ctx, s, refs, tpos, tm, last_speaker) or ([] if third else label)
                carried = _LETTER_FROM.search(s.text, 0, tm.start()) if _ING.match(tm.group(0)) else None
                if carried:
                    # "handed over a letter from the President inviting B", "a cable from A, congratulating
                    # Kuwait": the sender's, not the one who carries or receives it (and no one kg can name,
                    # where the sender is unnamed)
                    speakers = [p.key for p in m.in_span(m.persons, s.start + carried.end(), s.start + tm.start())][:1]
                    if not speakers:
                        continue
                sender = _INVITATION_FROM.match(s.text, tm.end()) if kind == "invitation" else None
                sender = sender and next((p.key for p in m.in_span(m.persons, s.start + sender.end(), s.start + sender.end() + 80)
                                          if _SENDER_TITLE.fullmatch(m.text, s.start + sender.end(), p.start)), None)
                if sender:      # "accepted an invitation from Owusu-Ansah", "conveyed an invitation from President A"
                    speakers = [sender]
                quoted = next(((a, k) for a, b, k in ctx.quotes if a <= tpos < b and m.text[a] in "\"“"), None)
                if quoted and not any(quoted[0] <= off < tpos for off, _ in refs):
                    speakers = [quoted[1]]      # '"..., and Canadians are grateful for it," said Minister A': A's words
                written = _IN_WHICH.search(s.text, 0, tm.start())
                if written:     # "a message from A, in which he expressed ...", "conveyed by A, in a cable ..., in which he"
                    sender = [k for off, k in refs if s.start + written.end("sender") <= off < s.start + written.start("which")][:1] \
                        if written.group("from") else [o.speaker for o in out if o.evidence.start >= s.start][-1:]
                    speakers = sender or speakers
                if len(speakers) == 1 and _PRONOUN_OPENING.match(s.text):
                    # (and "... and invited his counterpart" after it goes on in the one it chose)
                    other = turned.get(speakers[0]) or _other_if_own(ctx, s, tm, speakers[0], last_group)
                    if other != speakers[0]:
                        turned[speakers[0]] = other
                    speakers = [other]
                for speaker in speakers:
                    addressee = _addressee(ctx, s, tm.end(), speaker, tm.start())
                    st = Statement(kind, speaker, addressee, s.text.strip(),
                                   ctx.evidence(s, tpos, s.start + tm.end(), 0.75))
                    if not any(o.kind == st.kind and o.speaker == st.speaker for o in out):
                        out.append(st)
                if speakers:
                    told_at = s.start + tm.end()
        if turned:      # "He also thanked Prague and invited his counterpart": both the other's
            kept = [o for o in out if not (o.evidence.start >= s.start and o.speaker in turned)]
            for o in out:
                if o.evidence.start >= s.start and o.speaker in turned:
                    o.speaker = turned[o.speaker]
                    o.addressee = _addressee(ctx, s, o.evidence.end - s.start, o.speaker)
                    if not any(k.kind == o.kind and k.speaker == o.speaker for k in kept):
                        kept.append(o)
            out[:] = sorted(kept, key=lambda o: o.evidence.start)
        # "The two ministers agreed ...": a group as the first reference is no one "she" can mean
        group_first = refs and sum(1 for off, _ in refs if off == refs[0][0]) > 1
        # "On the 18th she held talks with B": "she" goes on being who she was, not B
        pronoun = _pronoun_subject(ctx, s)
        last_speaker = _sentence_subject(ctx, s, refs) or (None if group_first or pronoun else subject) or last_speaker
    return out


# a transcript's speaker label at a line's start: "Tang Ruiqing: ..." (checked at the name's offset)
_SPEAKER_LABEL = re.compile(r"(?<![^\n])[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-. ]{1,40}?:[ \t]")
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She)\b")
_CLAUSE_END = re.compile(r"[.;]|,\s+and\b")
_ADDRESSED = re.compile(r"\s+(?:also\s+)?(?:the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)?)")


def _other_if_own(ctx: Context, s: Sentence, tm: re.Match, speaker: str, group: list[str]) -> str:
    """"He thanked Luanda ... and invited Kiala to Lisbon" after Kiala's call with B: no one
    thanks his own capital or invites himself, so "he" is the other of the two."""
    others = [k for k in dict.fromkeys(group) if k != speaker]
    if len(others) != 1 or speaker not in group:
        return speaker
    home = {q.country for q in ctx.people.persons[speaker].positions if q.country}
    am = _ADDRESSED.match(s.text, tm.end())
    place = am and (ctx.lex.countries.by_code(capitals().get(am.group(1).casefold(), "")) or
                    ctx.lex.countries.lookup(am.group(1)))
    clause_end = _CLAUSE_END.search(s.text, tm.end())
    stop = clause_end.start() if clause_end else len(s.text)
    # a name there, not a description ("thanked her host", which may itself have been misread)
    objects = [p.key for p in ctx.m.in_span(ctx.m.persons, s.start + tm.end(), s.start + stop)]
    own = place and place.name in home or objects[:1] == [speaker]
    # "He conveyed the condolences of the Thai people" of a Japanese minister and a Thai envoy
    whose = _ON_BEHALF.search(s.text, tm.start(), stop)
    behalf = whose and ctx.lex.countries.lookup(whose.group(1))
    theirs = {q.country for q in ctx.people.persons[others[0]].positions if q.country}
    foreign = behalf and behalf.name not in home and behalf.name in theirs
    return others[0] if own or foreign else speaker


_IN_WHICH = re.compile(r"\b(?:message|letter|cable|note|telegram|statement)(?P<from>\s+from\s+)?(?P<sender>)[^.;]*?"
                       r"(?P<which>,\s+in\s+which\s+(?:he|she)\b)[^.;]*$")
_ON_BEHALF = re.compile(r"\bof\s+the\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+)\s+(?:people|government|leadership|nation|authorities)\b")
_THING_DOES = re.compile(r"(?:,\s+which|\bwhich)\s+(?:also\s+|now\s+|still\s+)?$")
_INVITATION_FROM = re.compile(r"s?\s+(?:from|of)\s+")
# what may stand between "from" and the sender's name: "the External Affairs Minister of India, Dr."
_SENDER_TITLE = re.compile(r"(?:(?:the|his|her|their)\s+)?(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*|of|for|and|the)[\s,]+)*"
                           r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?[EH]\.)\.?\s+)?")


def _pronoun_switch(ctx: Context, s: Sentence, last_speaker: str | None, group: list[str]) -> str | None:
    """"Prado thanked her for the helicopters. She assured him of support": a sentence that
    opens with "she" right after one whose subject did something to "her", or right after one
    that opened with "he", means the other of the two who met, not that subject."""
    pair = list(dict.fromkeys(group))
    if s.index == 0 or last_speaker not in pair or len(pair) != 2:
        return None
    opening = _OPENING_PRONOUN.match(s.text)
    if not opening:
        return None
    obj = "him" if opening.group(1) == "He" else "her"
    prev = ctx.m.sentences[s.index - 1]
    before = _OPENING_PRONOUN.match(prev.text)
    # (or "She expressed concern ... . He thanked her": "he" is not the one "she" was; nor is
    # "she" the one "his" was: "The visitor thanked his host. She, for her part, ...")
    own = "her" if opening.group(1) == "He" else "his"
    if before and before.group(1) != opening.group(1) or any(
            t.lower_ == own and t.dep_ == "poss" and t.head.dep_ in ("dobj", "dative", "nsubj") and t.head.head.dep_ == "ROOT" or
            t.lower_ == obj and t.dep_ in ("dobj", "dative", "pobj", "iobj") for t in ctx.m.tokens_in(prev.start, prev.end)):
        return next(k for k in pair if k != last_speaker)
    return None


_OPENING_PRONOUN = re.compile(r"\s*(?:(?:[A-Z][a-z]+ly|Also|Then|Later|In\s+turn),\s+)?(He|She)\b")
_INTERVIEW = re.compile(r"(?i)\binterview(?:ed)?\b|\bspoke\s+to\b|\btalked\s+to\b|\bexcerpts\b|\banswer(?:s|ed)?\s+(?:\w+\s+){0,2}questions\b")
_LABEL = re.compile(r"[ \t]*(?P<label>[A-ZÀ-ÖØ-ÞĀ-Ž][^:\n]{0,80}?)[ \t]*:[ \t]")


def _answerer(ctx: Context) -> str | None:
    """Who answers in an interview's or a briefing's "A: ...": the one interviewed, the person
    the text names most before its first question (a briefing's: its spokesperson)."""
    text = ctx.m.text
    first_q = re.search(r"(?m)^[ \t]*(?:Q|Question)[ \t]*:", text)
    if not first_q:
        return None
    asked = Counter(p.key for p in ctx.m.persons if p.start < first_q.start())
    if not _INTERVIEW.search(text, 0, first_q.start()):     # a briefing's answers: its spokesperson's
        asked = Counter({k: n for k, n in asked.items() if any(
            re.search(r"(?i)spokes", q.title) for q in ctx.people.persons[k].positions)})
    return asked.most_common(1)[0][0] if asked else None


def _label_speaker(ctx: Context, s: Sentence, at: int | None = None) -> list[str]:
    """Who speaks in a transcript's turn: "Spokesperson: We are deeply concerned ..." or
    "Ms A, Director-General of Information and Spokesperson: Good morning" (at ``at``, else
    in the sentence)."""
    text = ctx.m.text
    start = text.rfind("\n", 0, s.start if at is None else at) + 1
    lm = _LABEL.match(text, start)
    if not lm or lm.end() > (s.end if at is None else at) or _QUESTION_LABEL.match(lm.group("label")):
        return []
    if re.fullmatch(r"(?i)\s*(?:a|answer)\s*", lm.group("label")):
        answers = _answerer(ctx)
        return [answers] if answers else []
    named = [p.key for p in ctx.m.in_span(ctx.m.persons, lm.start("label"), lm.end("label"))]
    if named:
        return named[:1]
    # "MINISTER MOKOENA:": a name written in capitals
    words = {fold(w) for w in re.findall(r"[\w’'\-]{3,}", lm.group("label"))}      # "SPOKESMAN DİKMEN": Dikmen
    owners = [k for k, p in ctx.people.persons.items() if fold(p.name.split()[-1]) in words]
    if len(owners) == 1:
        return owners
    holders = _by_title(ctx, lm.group("label"))
    key = _salient(ctx, holders)
    return [key] if key else []


_LEAD = re.compile(r"\s*(?:(?:In|On|At|During|After|Later|Earlier|Separately|Jointly)\b[^,;.]{0,50},\s*)?")
_COUNTED = re.compile(r"(?:[Bb]oth|[Tt]he\s+(?:two|three|four)|[Aa]ll\s+(?:three|four|five))\s+")
_TITLE_RUN = re.compile(r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*\.?|of|for|and|the)\s+)+")
_LIST_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*|of|for|the|and)\s+)*")
_WORD = re.compile(r"[\w\-]+")
_TO_THE_VERB = re.compile(r"\s+(?:(?:also|jointly|together|then|both|all)\s+)?(?:[a-z][a-z]+(?:ed|d)\b[^,;.:]*)?$")


def _listed_subjects(ctx: Context, s: Sentence, before: list[tuple[int, str]], tpos: int) -> list[str]:
    """The speakers a sentence opens with, by its words alone: a group ("The two voiced
    concern") or a list of names ("In a joint statement, A, B and C expressed their sympathy")
    right before the verb."""
    lead = _LEAD.match(s.text)
    counted = _COUNTED.match(s.text, lead.end())      # "Both ministers": the group's reference is its noun
    titled = _TITLE_RUN.fullmatch(s.text, lead.end(), before[0][0] - s.start) if before else None
    if not before or before[0][0] not in (s.start + lead.end(), s.start + (counted.end() if counted else -1)) and \
            not (titled and ctx.lex.title.search(titled.group(0))):
        return []       # ("Belgian Foreign Minister A, Dutch Foreign Minister B and C expressed": titles before the names)
    first = before[0][0]
    group = [k for off, k in before if off == first]
    if len(group) > 1:
        gm = _GROUP_REF.match(ctx.m.text, first) or _WORD.match(ctx.m.text, first)
        end = gm.end() if gm else None
        keys = group
    else:
        keys, end = [], first
        for p in ctx.m.in_span(ctx.m.persons, first, tpos):
            if p.start != end and not (keys and _LIST_SEPARATOR.fullmatch(ctx.m.text, end, p.start)):
                break
            keys.append(p.key)
            end = p.end
        if len(keys) < 2:
            return []
    if end is None or not _TO_THE_VERB.match(ctx.m.text, end, tpos):
        return []
    return list(dict.fromkeys(keys))


_CONVEYED_BY = re.compile(r"[^.;]{0,160}?\b(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:conveyed|expressed|extended|voiced|offered|"
                          r"delivered|reiterated|reaffirmed|underlined|stressed|confirmed|sent|addressed|made)\s+by\s+(?:the\s+)?")
# "In a message to Minister A, B congratulated ...": A receives the message, B sends it
_MESSAGE_TO = re.compile(r"\b(?:[Ii]n|[Vv]ia|[Tt]hrough)\s+(?:an?|the|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|note|cable|"
                         r"telegram)\s+(?:sent\s+|addressed\s+)?to\s+[^,;.]{0,80},")


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|formally\s+|personally\s+)?$")
_PASSIVE_BY = re.compile(r"\s+(?:\w+\s+)?by\s+(?:the\s+)?")


_PARTICIPLE_LEAD = re.compile(r"\s*(?:Speaking|Talking|Addressing|Writing|Responding|Answering|Briefing|Commenting)\b")
_SAID_AFTER = re.compile(r"\s+(?:(?:also|later|then|again)\s+)?(?:said|told|stressed|noted|added|declared|emphasi[sz]ed|"
                         r"underlined|reiterated|affirmed|expressed|voiced|conveyed|offered)\b")


_ING = re.compile(r"\w+ing\b")
_OTHERS = r"governments|countries|states|nations|members|partners|delegations|capitals"
_OTHERS_CUE = re.compile(r"(?i)" + _OTHERS)    # (a cheap test before the search back from the verb)
_OTHERS_SUBJECT = re.compile(r"(?i)\b(?:several|many|some|other|most|a\s+number\s+of|dozens\s+of|numerous)\s+(?:\w+\s+)?"
                             r"(?:" + _OTHERS + r")\s+"
                             r"(?:(?:have|has|had|also|already|all|publicly|\w+ly)\s+)*$")
_LETTER_FROM = re.compile(r"\b(?:letter|message|note|cable)\s+(?:\w+\s+)?from\b(?=[^.;]*$)")
_OWNER = re.compile(r"[’']s\s+[a-z]")
_RIGHT_BEFORE_VERB = re.compile(r"(?:\s+(?:also|then|later|further|again|\w+ly))*\s+")


def _speakers(ctx: Context, s: Sentence, refs, tpos: int, tm: re.Match, last_speaker) -> list[str]:
    """Who makes the statement at ``tpos``: the subject of its clause (all of them when
    coordinated: "FM Mansour and Haddadin condemned"), else the first person before it, else
    the source of reported speech ("..., the spokesperson, Teuku Rizaldi, said")."""
    m = ctx.m
    # "A, accompanied by B, the ambassador, offered condolences": B only came along
    escort = re.compile(r",\s+(?:who\s+(?:was|is)\s+)?(?:accompanied|flanked|joined)\s+by\s+(?:[^,;.]*,\s+)?(?:the\s+)?$")
    refs = [(off, k) for off, k in refs if not escort.search(m.text[max(s.start, off - 60):off])] or refs
    to = [(s.start + t.start(), s.start + t.end()) for t in _MESSAGE_TO.finditer(s.text, 0, max(0, tpos - s.start))]
    refs = [(off, k) for off, k in refs if not any(a <= off < b for a, b in to)] or refs
    before = [(off, k) for off, k in refs if off < tpos]
    passive = _PASSIVE_BY.match(s.text, tm.end()) if _PASSIVE_BEFORE.search(s.text, 0, tm.start()) else None
    if passive:     # "B was invited by A to visit": A invites
        agent = [k for off, k in refs if 0 <= off - (s.start + passive.end()) <= 40]
        if agent:
            return agent[:1]
    if _PARTICIPLE_LEAD.match(s.text):
        # "Speaking at a press conference with his Iraqi counterpart B, who arrived on Sunday, A
        # said Jordan 'strongly condemns ...'": who said it, not the one the opening phrase names
        said = [p.key for p in m.in_span(m.persons, s.start, tpos) if _SAID_AFTER.match(m.text, p.end)]
        if said:
            return said[-1:]
    # "In the session with B, deputy secretary general of X, A voiced concern": the one right before the verb
    # (not "sent a letter to B congratulating Georgia": a participle's doer is not the word before it)
    adjacent = [k for off, k in before if (p := next((q for q in m.persons if q.start == off), None)) and
                _RIGHT_BEFORE_VERB.fullmatch(m.text, p.end, tpos)] if not re.match(r"\w+ing\b", tm.group(0)) else []
    speakers = adjacent[-1:] or [before[0][1]] if before else []
    who = list(re.finditer(r",\s+who\b", s.text[:tm.start()]))
    antecedent = [k for off, k in before if who and off < s.start + who[-1].start()]
    if antecedent and not re.search(r"[.;]|,\s+and\b", s.text[who[-1].end():tm.start()]):
        # "A called B, who offered his condolences", "..., who asked him to convey an invitation"; "The
        # two ministers, who held talks on Monday, congratulated": both
        last = max(off for off, k in before if k in antecedent and off < s.start + who[-1].start())
        return list(dict.fromkeys(k for off, k in before if off == last))
    by = _CONVEYED_BY.match(s.text, tm.end())
    # the agent named there, after any title of it ("was expressed by Minister A")
    agent = by and next((k for off, k in refs if 0 <= off - (s.start + by.end()) <= 60 and
                         _TITLE_RUN.fullmatch(m.text[s.start + by.end():off].replace(",", " ")) is not None
                         or off == s.start + by.end() or
                         # "... by the World Health Organization's representative in Sri Lanka, Dr. A"
                         0 <= off - (s.start + by.end()) <= 100 and
                         m.in_span(m.titles, s.start + by.end(), off) and
                         re.fullmatch(r"[^;:]*,\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?", m.text[s.start + by.end():off]) and
                         not any(s.start + by.end() <= q.start < off for q in m.persons)), None)
    if agent:       # "The sympathy of the Fijian government was conveyed by Vuniwai": the agent
        return [agent]
    clause = m.subject_span(tpos)
    listed = _listed_subjects(ctx, s, before, tpos)
    if listed and (not clause or not any(clause[0] <= off < clause[1] for off, _ in refs) or
                   re.fullmatch(r"(?i)they|both", m.text[clause[0]:clause[1]]) or
                   {k for off, k in refs if clause[0] <= off < clause[1]} < set(listed)):
        # "In a joint statement, A, B and C expressed", "The two voiced concern": the parser found
        # no subject; "Both ministers said they were concerned": "they" are the two; or it
        # found only the first of the list
        return listed
    if clause:
        # "Mesfin, whom the minister had last met in Dublin, thanked": not the relative clause's minister
        relative = _RELATIVE_WHO.search(m.text, clause[0], clause[1])
        inner = relative and any(clause[0] <= off < relative.start() for off, _ in refs)
        # (not an owner: "said the length of A's detention was a matter of serious concern")
        in_subject = list(dict.fromkeys(k for off, k in refs if clause[0] <= off < (relative.start() if inner else clause[1])
                                        and not _OWNER.match(m.text, next((p.end for p in m.persons if p.start == off), off))))
        verb = [v for v in _SPEECH_VERB.finditer(s.text, 0, tm.end()) if v.start() < tm.start()]
        if verb and not in_subject:
            # "The two discussed X, and Kerrigan said afterwards that Canberra would continue to
            # support ...": who said it, the subject of the speech verb's own clause
            cut = max((b.end() for b in re.finditer(r",\s+and\s+|;\s+|,\s+while\s+", s.text[:verb[-1].start()])), default=0)
            said_by = [k for off, k in refs if s.start + cut <= off < s.start + verb[-1].start()]
            in_subject = said_by[-1:]
        if not in_subject and re.fullmatch(r"(?i)both|the\s+two|all\s+(?:three|four|five)", m.text[clause[0]:clause[1]]):
            # "The two discussed Syria, about which both expressed deep concern": the group told before
            # (not "the two co-chairs of the group, A and B, ...": a group its names follow)
            offsets = Counter(off for off, _ in before)
            groups = list(_GROUP_REF.finditer(m.text, s.start, tpos))
            group = next((off for off, n in sorted(offsets.items()) if n >= 2 and (gm := next(
                (g for g in groups if g.start() <= off < g.end()), None))
                          and not re.match(r"\s+of\b|,", m.text[gm.end():gm.end() + 4])), None)
            in_subject = list(dict.fromkeys(k for off, k in before if off == group)) if group is not None else []
        if in_subject:
            speakers = in_subject
        elif re.fullmatch(r"(?:He|She|he|she)", m.text[clause[0]:clause[1]]):
            # "Karaosmanoğlu expressed support, and he invited Fawzi": the sentence's subject
            first = ctx.m.subject_span(s.start + next((i for i, ch in enumerate(s.text) if ch.isalpha()), 0))
            inside = [k for off, k in before if first and first[0] <= off < first[1]]
            speakers = inside[:1] if clause[0] > s.start + 3 and inside else [last_speaker] if last_speaker else speakers
    prev = m.sentences[max(0, s.index - 1)]
    reported = s.index > 0 and "\n" not in m.text[prev.end:s.start] and \
        re.search(r"\b(?:said|stated|noted|stressed|pointed out|emphasi[sz]ed|added)\s+that\b", prev.text) and \
        any(p.key == last_speaker for p in m.in_span(m.persons, prev.start, prev.end))
    if not speakers and last_speaker and clause and reported:
        # "A said that ... . China appreciates X and supports Y": A goes on speaking for China
        country = _country_subject(m, clause)
        if country and any(q.country == country.country.name for q in ctx.people.persons[last_speaker].positions):
            speakers = [last_speaker]
    turn = not speakers and clause and not s.text.rstrip().endswith("?") and \
        next((k for a, b, k in ctx.quotes if a <= tpos < b and m.text[a] not in "\"“"), None)
    if turn:
        # a briefing's turn: "Official Spokesperson A: ... India strongly condemns the attack": A
        # voices the government of the country the clause names, A's own
        country = _country_subject(m, clause)
        own = {q.country for q in ctx.people.persons[turn].positions if q.country}
        if country and own <= {country.country.name}:     # (of no other country)
            speakers = [turn]
    if not speakers:
        said = re.search(r"(?:,\s+|\b)(?:[^,]*?,\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][^,]*?)(?:,)?\s+(?:said|says|told)\b", s.text[tm.end():])
        after = [(off, k) for off, k in refs if off > tpos]
        if said and after:
            # the source named before the verb ("..., A told visiting Foreign Minister B"), not its hearer
            by = [k for off, k in after if off < s.start + tm.end() + said.end()]
            speakers = [(by or [k for _, k in after])[-1]]
        elif re.match(r"\s*(?:He|She)\b", s.text) and last_speaker:
            speakers = [last_speaker]
    return speakers


def _country_subject(m, clause: tuple[int, int]):
    """The country mention that is the whole subject ``clause`` ("China", "the Philippines"), if any."""
    country = next((c for c in m.in_span(m.countries, clause[0], clause[1]) if not c.adjective), None)
    if country and re.fullmatch(r"(?:the\s+)?" + re.escape(country.text), m.text[clause[0]:clause[1]].strip(), re.I):
        return country
    return None


_RELATIVE_WHO = re.compile(r",\s+(?:who|whom|whose)\b")
_SPEECH_VERB = re.compile(r"\b(?:said|says|told\s+\w+|added|stressed|noted|stated|underlined|emphasi[sz]ed|assured\s+\w+|"
                          r"confirmed|reiterated|reaffirmed|affirmed|declared|announced|recalled|explained|informed\s+\w+)"
                          r"(?:\s+(?:afterwards|later|today|yesterday|also))?(?:\s+that\b|"
                          # "said Estonia remained deeply concerned", "said the Kingdom would", not "said Mr A"
                          r"(?=\s+(?:the\s|it\s|he\s|she\s|they\s|we\s|(?:his|her|their|its|our)\s+(?:country|government|nation|side|state)\s|[A-Z][\w\-]+\s+(?:was|is|were|are|had|has|would|will|"
                          r"remained|remains|could|must|should|stood|stands|supported|supports)\b)))")


def _sentence_subject(ctx: Context, s: Sentence, refs) -> str | None:
    """The person who is the subject of the sentence's main clause, if any."""
    for token in ctx.m.tokens_in(s.start, s.end):
        pos = token.idx + ctx.m.offset
        if token.dep_ == "ROOT":
            span = ctx.m.subject_span(pos)
            if span:
                if _HE_AND.match(ctx.m.text, span[0], span[1]):
                    return None     # "He and Senator B held talks": "he" goes on being who he was
                keys = list(dict.fromkeys(k for off, k in refs if span[0] <= off < span[1]))
                return keys[0] if len(keys) == 1 else None      # "Both ministers": no one subject
    return None


def _pronoun_subject(ctx: Context, s: Sentence) -> bool:
    """The sentence's main clause has "he" or "she" as its subject."""
    for token in ctx.m.tokens_in(s.start, s.end):
        if token.dep_ == "ROOT":
            # "she arrived", or "Her week began with ...": the subject is hers
            return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("he", "she") or any(
                g.dep_ == "poss" and g.lower_ in ("his", "her") for g in c.children)) for c in token.children)
    return False


_HE_AND = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\b")     # "He and Senator B held talks": "he" stays who he was
_REPORTED = re.compile(r"\b(?:recalled|said|noted|added|remembered|pointed out)\s+(?:that\s+)?$")


def _dated_before(ctx: Context, s: Sentence, start: int) -> bool:
    """"The pair last met in Port Vila last September, when ...": a past meeting the text dates
    is a meeting of its own on that date (never on the report's date); "had first met in
    Dakar", undated, is background."""
    stop = _PAST_CLAUSE_END.search(s.text, start)
    span = s.text[start:stop.start() if stop else len(s.text)]
    if not find_time_expressions(span, ctx.published) and re.search(r",\s+when\s+\S+\s+$", s.text[:start - 3]):
        span = s.text[:start]        # "had last visited Vilnius in March, when he met Zemaitis"
    return any(not _after_publication(ctx, e.value) for e in find_time_expressions(span, ctx.published))


_PAST_CLAUSE_END = re.compile(r",\s+(?:when|where|during|at which|as|and|but|while|who|which)\b|;")
# ("has already met A" is a meeting, undated: GOLD.md's "has met")
_MET_BEFORE = re.compile(r"\b(?:had|have|has)\s+never\s+met\b|\b(?:had\s+(?:last|first|previously|already)|(?:have|has)\s+(?:last|first))\s+"
                         r"(?:met|visited\b[^,;.]*,\s+when\s+\S+\s+met)\b|\b(?:last|first)\s+met\s+"
                         r"(?:(?:with\s+)?(?:him|her|them|[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){0,3})\s+)?(?:in|at|on|during)\b|"
                         # "had met at the summit in Harare in November": dated by a month or year after it
                         r"\bhad\s+met\s+(?:(?:with\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-’']*\s+|(?:of|and|the)\s+){1,10}?)?(?:in|at|on|during)\b(?=[^.;]{0,80}?\b(?:in|last)\s+(?:January|February|March|April|May|"
                         r"June|July|August|September|October|November|December|(?:19|20)\d\d|year)\b)")
# ("Kolbeck first met Zepeda in Guatemala City in June": the object between)
_GROUP_AFTER = re.compile(r"(?i)(?:the|both|all)\s+(?:two|three|four|sides|parties|leaders|ministers)\b")


def _next_subject(ctx: Context, s: Sentence, refs, last_subject: str | None) -> str | None:
    """Who "he" or "she" means after sentence ``s``: the subject of its last clause, else of
    its main clause, else the first person it names; the one before when it only has "he and
    B" or a group ("Both ministers") as subject."""
    found = _last_subject(ctx, s, refs) or _sentence_subject(ctx, s, refs)
    if found:
        return found
    if _pronoun_subject(ctx, s) and last_subject:
        return last_subject     # "On Tuesday he was in Podgorica for talks with B": "he" goes on being A
    if _HE_AND.search(s.text) or not refs or \
            sum(1 for off, _ in refs if off == refs[0][0]) > 1:
        return last_subject
    return refs[0][1]


def _last_subject(ctx: Context, s: Sentence, refs) -> str | None:
    """The person who is the subject of the sentence's last clause ("Karimpour thanked Italy,
    and Ferraresi pledged support": Ferraresi), the likeliest "she" of the next sentence."""
    found = None
    for token in ctx.m.tokens_in(s.start, s.end):
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "conj"):
            sub = list(token.subtree)
            if _HE_AND.match(ctx.m.text, sub[0].idx + ctx.m.offset):
                continue        # "He and Senator B held talks": "he" goes on being who he was
            a, b = sub[0].idx + ctx.m.offset, sub[-1].idx + len(sub[-1].text) + ctx.m.offset
            keys = {k for off, k in refs if a <= off < b}
            if len(keys) == 1:      # not "Both ministers voiced concern": "he" is not one of a pair
                found = keys.pop()
    return found


_THANKS = re.compile(r"(?i)thank|appreciat|gratitude|grateful")


def _inside_negative(ctx: Context, text: str, tm: re.Match) -> bool:
    for nm in ctx.lex.not_statement.finditer(text):
        if nm.start() == tm.start() and _THANKS.match(tm.group(0)) and re.search(r"\s(?:for|of)\s", nm.group(0)) and \
                not re.match(r"(?i)thanks?\s+you\b", nm.group(0)):     # (but "thank you all for joining" is a courtesy)
            continue        # "expressed his appreciation for the invitation": the thanks are his; the invitation is not
        if nm.start() <= tm.start() < nm.end() or nm.start() <= tm.end() - 1 < nm.end():
            return True
    return False


def _addressee(ctx: Context, s: Sentence, after: int, speaker: str, trigger: int | None = None) -> str | None:
    start = s.start + after
    own = {pos.country for pos in ctx.people.persons[speaker].positions}
    # "supports Nigeria's efforts", "backed the Ukrainian people": the one the trigger itself names
    inside = trigger is not None and next((c for c in ctx.m.in_span(ctx.m.countries, s.start + trigger + 1, start)
                                           if (c.possessive or c.adjective) and c.country.name not in own), None)
    if inside:
        return inside.country.name
    # "stands by the Kingdom" in a Riyadh paper: the country the text speaks from
    realm = ctx.home and ctx.home not in own and _REALM_REF.search(ctx.m.text, start, s.end)
    home = realm and ctx.lex.countries.lookup(ctx.home)
    realm = realm if home and any(realm.group(1) in n for n in home.names) else None
    for c in ctx.m.countries:
        if realm and realm.start() < c.start:
            break
        if start <= c.start < s.end and c.country.name not in own:
            return c.country.name
    if realm:
        return ctx.home
    for p in ctx.m.in_span(ctx.m.persons, start, s.end):
        if p.key != speaker:
            countries = [pos.country for pos in ctx.people.persons[p.key].positions if pos.country]
            if countries:
                return countries[0]
    return None


_REALM_REF = re.compile(rf"\bthe\s+({REALM})\b(?!\s+of\b)")


# --- agreements ---------------------------------------------------------------------

_ENUM = re.compile(r"(?:covering|which cover|that cover|on|in the (?:fields|areas|sectors) of|in)\s+(?:the\s+)?"
                   r"(?P<items>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)*,?\s+and\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)"
                   r"(?=\s*(?:[,.;)]|$|\s+(?:sectors|fields|areas|were|was|are|is|had|have|signed|as)\b))")


# "agreements [on Wednesday] on A, B and C[ on Thursday| during ...|, capping ...|.]": each topic
# runs to a comma; the list ends at a time, a clause or the sentence's end
_LIST_END = r"(?:\s+in\s+(?-i:[A-Z])|\s+(?:on\s+(?:\w+day|\d{1,2}\s|(?-i:[A-Z])[a-z]+\s+\d)|yesterday|today|during|at\s+the|in\s+the\s+presence|" \
            r"which|that|were|was)(?!\w)|,\s+(?!and\b)(?:[a-z]+ing|during|which|while|after|before|when|as|at|in|the|a|an|who)\b|\s*[.;:(]|\s*$)"
_TOPIC_LIST = re.compile(r"(?:\s+on\s+\w+day|\s+(?:yesterday|today))?\s+on\s+(?P<items>(?:the\s+)?[a-z][^,.;:()]*?"
                         r"(?:,\s+(?!and\b)[a-z][^,.;:()]*?)*,?\s+and\s+[a-z][^,.;:()]*?)(?=" + _LIST_END + ")")


# "a joint communiqué released here", "the joint statement released by both ministries": issued
# "put their signatures to", "put pen to paper on": signed, in other words
_SIGNED_IDIOM = r"put\s+(?:their|his|her|its|our)\s+(?:names|signatures?)\s+to|put\s+pen\s+to\s+paper\s+on"
_RELEASED = r"(?<=communiqué )released|(?<=communique )released|(?<=statement )released|(?<=declaration )released"


def extract_agreements(ctx: Context) -> list[Agreement]:
    out: list[Agreement] = []
    m = ctx.m
    for s in m.sentences:
        patterns = ctx.patterns(ctx.lex.agreement, ctx.lex.agreement_cue, s)
        if not patterns or not ctx.lex.any_agreement.search(s.text):
            continue
        if not re.search(r"\b(?:sign\w*|inked|initial(?:l)?ed|conclud\w+|adopt\w*|issu\w+|" + _RELEASED + "|" + _SIGNED_IDIOM + r"|agreed|exchanged|cited|recall\w*|under|"
                         r"builds? on|built on|in force|terminat\w+|among|"
                         r"contrary to|in line with|in keeping with|in accordance with|consistent with|"
                         r"pursuant to|based on|implement\w*|carr(?:y|ies|ying|ied)\s+out)\b", s.text, re.I) \
                and not _PROPER_AGREEMENT.search(s.text):
            continue
        for label, pattern in patterns:
            for am in pattern.finditer(s.text):
                if any(a.evidence and a.evidence.start <= s.start + am.start() < a.evidence.end
                       for a in out):
                    continue
                for agreement in _agreements_at(ctx, s, am, label):
                    if any(w in _HEADLINE_VERBS for w in agreement.name.split()):
                        continue    # "Qatar Fund for Development Signs Agreement to ...": a headline's words
                    same = next((a for a in out if fold(a.name) == fold(agreement.name)), None)
                    if same is None:
                        out.append(agreement)
                    elif same.signed_here and agreement.signed_here and not same.signatories:
                        # "X and Y exchanged notes ... A and B exchanged the notes": one instrument, its signatories told later
                        same.signatories = agreement.signatories
                        same.evidence = agreement.evidence
    out = _one_per_instrument(out, ctx.published.isoformat() if ctx.published else None)
    _signed_by_reference(ctx, out)
    return out


# "The programme was signed by A and B": a bare noun that takes up an instrument named before
_SIGNED_BY_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Bb]oth)\s+(?:new\s+|two\s+)?(?P<mods>(?:[a-z][\w\-]*\s+){0,3}?)(?P<noun>memorand(?:um|a)|MoUs?|agreements?|programmes?|programs?|"
    r"treat(?:y|ies)|declarations?|protocols?|accords?|deals?|pacts?|plans?|statements?|communiqu[eé]s?|documents?|instruments?|notes)"
    r"(?:\s+(?:was|were)\s+(?:also\s+)?|,\s+)(?:signed|inked|initialled|countersigned|exchanged)\s+(?:[\w\-]+\s+){0,6}?by\b")


def _signed_by_reference(ctx: Context, found: list[Agreement]) -> None:
    """Signatories named after the instrument: "... signed a Programme of Technical Cooperation.
    The programme was signed by A and B" gives A and B to the programme, the last instrument
    signed here before that sentence whose name holds the noun ("the document": any)."""
    for s in ctx.m.sentences:
        ref = _SIGNED_BY_REFERENCE.search(s.text)
        if not ref:
            continue
        noun = ref.group("noun").lower().rstrip("s")
        noun = {"memoranda": "memorandum", "mou": "memorandum", "program": "programme", "treatie": "treaty",
                "treaties": "treaty"}.get(noun, noun)
        earlier = [a for a in found if a.signed_here and a.evidence and a.evidence.start < s.start + ref.start()]
        if noun not in ("document", "instrument"):
            earlier = [a for a in earlier if noun[:6] in a.name.lower()
                       or noun == "memorandum" and re.search(r"\bMoU\b", a.name)]
        if not earlier:
            continue
        mods = set(ref.group("mods").lower().split()) - {"and", "of", "the"}
        own = [a for a in earlier if mods and mods <= set(re.findall(r"[\w\-]+", a.name.lower()))]
        target = max(own or earlier, key=lambda a: a.evidence.start)     # "The power memorandum": the one on power
        keys = _signatories(ctx, s, ref)
        target.signatories += [k for k in keys if k not in target.signatories]
        if not target.parties:
            target.parties = list(dict.fromkeys(pos.country for k in target.signatories
                                                for pos in ctx.people.persons[k].positions if pos.country))


def _content_words(name: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"\w+", fold(name).lower())
            if w not in ("the", "of", "on", "for", "and", "in", "between", "a", "an", "to")}


def _one_per_instrument(found: list[Agreement], published: str | None = None) -> list[Agreement]:
    """"The MoU was signed by A and B" and "a visa exemption agreement" (a headline) are the
    "Memorandum of Understanding on X" and the "Agreement on the Mutual Exemption of Visas"
    the text names in full: an agreement whose words all lie in another's is that one."""
    out = []
    for a in found:
        words = _content_words(a.name)
        bare = re.fullmatch(r"(?i)memorandum of understanding|mou|agreement|treaty|joint statement|protocol", a.name)
        told = re.fullmatch(r"(?:The|This|That)\s+([a-zé]+)", a.name)     # "The communiqué recalls ...": the one told before
        if told and any(b is not a and told.group(1).lower() in b.name.lower() and b.evidence and a.evidence and
                        b.evidence.start < a.evidence.start for b in found):
            continue
        generic = a.name[:1].islower() or not any(w[:1].isupper() for w in a.name.split()[1:])
        # "The tourism memorandum was signed by A and B": the one named before, whatever day it took
        definite = bool(a.evidence and re.search(r"(?:^|[.;]\s+)(?:The|This|That)\s+" + re.escape(a.name) + r"\s+(?:was|were|had|has)\b",
                                                 a.evidence.sentence))
        fuller = [b for b in found if b is not a and words < _content_words(b.name) and (
            bare or f"({a.name})" in b.name or
            # "a Financing Agreement on the Annual Action Programme": the programme is its subject
            a.evidence and b.evidence and a.evidence.sentence == b.evidence.sentence and fold(a.name) in fold(b.name) or
            generic and (a.date is None or b.date is None or a.date == b.date or definite or
                         # "signed a memorandum on tourism on Saturday ... put pen to paper on the Memorandum of
                         # Understanding on Tourism Cooperation": one instrument, its days a few apart at most
                         len(a.date) == len(b.date) == 10 and abs((dt.date.fromisoformat(a.date) -
                                                                   dt.date.fromisoformat(b.date)).days) <= 7)) and not (
            # "a protocol extending the 2002 agreement on border fairs": two instruments
            re.search(r"\b(?:amending|supplementing|extending|renewing|prolonging|protocol\s+to)\s+(?:[\w\-]+\s+){0,4}?(?:the\s+)?" +
                      re.escape(fold(a.name)), fold(b.name)))]
        headline = a.evidence and not re.search(r"[.!?\"”’)]\s*$", a.evidence.sentence)
        if headline and any(b is not a and b.signed_here and b.evidence and re.search(r"[.!?\"”’)]\s*$", b.evidence.sentence)
                            for b in found):
            continue        # "Dhaka, Thimphu sign hydropower deal": the body names what was signed
        if fuller:
            target = max(fuller, key=lambda b: len(_content_words(b.name)))
            target.signatories += [k for k in a.signatories if k not in target.signatories]
            target.parties += [c for c in a.parties if c not in target.parties]
            if a.date and (target.date is None or target.date == published and a.date < target.date):
                target.date = a.date    # (the fuller name's sentence gave no day: it took the report's)
            continue
        out.append(a)
    return out


# "Treaty of Lima", "Abraham Accords", "Joint Comprehensive Plan of Action": a proper name
_PROPER_AGREEMENT = re.compile(
    r"\b(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-–]+\s+){0,4}(?:Treaty|Treaties|Accords?|Agreement|Declaration|Convention|"
    r"Protocol|Memorandum|Charter|Plan of Action|Action Plan|Statement|Communiqu[eé]|Pact)\b"
    r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-–]*(?:\s+(?:and\s+|of\s+|for\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-–]*)*)?")

_NAME_STOP = {
    "the", "a", "an", "two", "three", "four", "several", "some", "both", "these", "those", "this",
    "that", "of", "and", "signed", "new", "had", "have", "has", "been", "were", "was", "which",
    "with", "between", "by", "to", "among", "its", "their", "his", "her", "contrary", "under",
    "in", "on", "further", "other", "various", "number", "billion", "million", "law", "as",
    "also", "all", "many", "into", "for", "at", "signing", "sign",
}


_ESTABLISHING = re.compile(r"\s+(establishing|creating|setting\s+up|concerning|amending|supplementing)\s+((?:an?\s+|the\s+)?(?:[^,.;()]|[.,](?=\d)){3,90}?)"
                           r"(?=\s*(?:[,.](?!\d)|[;(])|\s+(?:and|which|that|signed|was|were|by|between|at|in\s+the\s+presence)\b|\s*$)")


_TO_BE_SIGNED = re.compile(
    # "an agreement on X, whose text was cleared in February, is expected to be signed"
    r"(?:\s+(?:on|for|between|of|in)\s+[^.;,]{0,80}?)?(?:,\s+which|,?\s+that|,\s+[^,;.]{0,100},)?"
    r"\s+(?:would|will|shall|could|might|may|can|is\s+to|are\s+to|"
    r"(?:is|are|was|were)\s+(?:also\s+)?(?:expected|due|scheduled|set|planned|likely|ready)\s+to)\s+be\s+(?:signed|concluded|adopted|initial(?:l)?ed)\b|"
    # "the Memorandum on X, listed in the programme of the visit, was not signed"
    r"(?:\s+(?:on|for|between|of|in)\s+[^.;,]{0,80}?)?(?:,\s+[^,;.]{0,100},)?\s+(?:was|were|has|have|had)\s+(?:still\s+)?not\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:signed|concluded|ready|finali[sz]ed)\b|"
    r"(?:\s+(?:on|for|between|of|in)\s+[^.;,]{0,80}?)?(?:,\s+which|,?\s+that)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:hopes?|expects?|plans?|intends?|aims?|wants?|seeks?)\s+to\s+(?:sign|conclude|finali[sz]e)\b")
_STILL_NEGOTIATED = re.compile(
    r"(?:\s+(?:on|for|of|between)\s+[^,;.]{0,60})?(?:,\s+(?:under\s+which|which|whose|that)\s+[^,;.]{0,100},)?\s+(?:is|are)\s+"
    r"(?:still\s+)?(?:being\s+(?:negotiated|finalised|finalized|drafted|discussed)|under\s+(?:negotiation|discussion))")
_WILL_SIGN = re.compile(r"\b(?:hopes?|hoped|expects?|expected|plans?|planned|intends?|intended|aims?|aimed|agreed|ready|"
                        r"wants?|seeks?|due|set|expected)\s+to\s+sign\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}$|"
                        r"\b(?:will|would|shall|is\s+to|are\s+to)\s+sign\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}$|"
                        # "declined to sign an association agreement": never signed
                        r"\b(?:declined|declining|refused|refusing|failed|unwilling|reluctant)\s+to\s+sign\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}$|"
                        r"\b(?:did|do|does|could|would)\s+not\s+(?:yet\s+)?sign\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}$|"
                        # "work towards the signing of an MoU": not signed yet
                        r"\b(?:towards?|pav\w+\s+the\s+way\s+for|prepar\w+\s+for)\s+the\s+signing\s+of\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}$|"
                        # "efforts to conclude an agreement on visa facilitation": not concluded yet
                        r"\bto\s+(?:conclude|negotiate|finali[sz]e|reach|draft)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}$")


_SIGNING_VERB = r"(?:signed|inked|initial(?:l)?ed|concluded)"
_SIGNED_LIST = re.compile(r"\b" + _SIGNING_VERB + r"\s+(?:(?:today|yesterday|there|on\s+\w+day)\s+)?"
                          r"(?:include[sd]?|were|are|comprised?|comprises)\b|\b(?:signed|inked)\b[^.;:]{0,60}:")


_AMONG_THEM = re.compile(r"\s*(?:[Aa]mong\s+(?:the|them|these|those)\s*(?:documents|agreements|instruments|texts)?|"
                         r"(?:[Tt]he|[Tt]hese)\s+(?:documents|agreements|instruments|texts)|[Tt]hey)\s+"
                         r"(?:are|were|include[sd]?|comprised?)\b")
_SIGNED_MANY = re.compile(r"\b" + _SIGNING_VERB + r"\b[^.;]{0,40}?\b(?:documents|agreements|instruments|texts|memoranda|accords)\b")


# "the Treaty of Tallinn, the first legally binding agreement ...": a description of the instrument just named
_APPOSITION_OF_NAMED = re.compile(r"\b(?-i:[A-Z][\w\-]*\s+)*(?-i:Treaty|Agreement|Accords?|Convention|Protocol|Declaration|Charter|Memorandum)"
                                  r"\b[^,;.]{0,40},\s+(?:the|a|an|its)\s+(?:first|second|third|only|last|latest|landmark|historic)\b"
                                  r"(?:\s+[\w\-]+){0,4}?\s+$")

# "signed a memorandum on X ... and a memorandum on Y": the verb signs each item of the series
_SIGNED_SERIES = re.compile(r"\b" + _SIGNING_VERB + r"\s+(?=(?:an?|the|two|three|four|five|several)\s)")
_AS_WELL_AS = re.compile(r",\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s+(?:an?|the|two|three)\s+(?:[\w\-]+\s+){0,3}$")
_NOT_A_LIST = re.compile(r",\s+the\s+(?:first|second|third|only|last|latest)\b|\bas\b(?<!well as)(?!\s+well\b)|\b(?:while|but|which|who|whose|after|before|when|although|will|would|is|are|was|were|had|has|have|"
                         r"said|says|agreed|discussed)\b")


def _agreements_at(ctx: Context, s: Sentence, am: re.Match, label: str) -> list[Agreement]:
    text = s.text
    word = am.group(0)
    if _APPOSITION_OF_NAMED.search(text, 0, am.start()):
        return []       # "the Treaty of Tallinn, the first legally binding agreement between them": the treaty
    first = word.split()[0].lower()
    plural = (first.endswith("s") and not first.endswith("ss") and word != "Notes") or first in ("memoranda", "treaties")
    # Name: capitalised or lower-case modifiers right before the noun ("Trilateral statement",
    # "strategic dialogue agreement"), and "on X" after it.
    mods: list[str] = []
    for w in reversed(text[:am.start()].split()[-4:]):
        if w.lower() in _NAME_STOP or re.match(r"^[\$€£\d]", w) or not re.fullmatch(r"[\w\-–]*\w[\w\-–]*", w):
            break
        mods.insert(0, w)
    if any(x[0].isupper() for x in mods):
        while mods and mods[0][0].islower():
            mods.pop(0)
    proper = bool(mods) and all(x[0].isupper() for x in mods) or word[:1].isupper() and \
        bool(re.match(r"\s+(?:of|on|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]", text[am.end():]))
    if plural and proper and mods:
        plural = False                      # "the Abraham Accords" is one agreement
    base = label if label in ("Memorandum of Understanding",) else word
    if re.match(r"(?i)exchanged\s", word):       # "A and B exchanged notes fixing the tariff"
        base, mods = "exchange of notes", []
    if plural:
        base = label if label != "Statement" else word.rstrip("s")
        if base.lower() == label.lower():
            base = label
    head = (" ".join(mods) + " " + base).strip()
    month = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
    # ("Memorandum of Cooperation in the Field of Climate Change": a name the trigger began goes on with "in")
    goes_on = r"|in" if re.search(r"\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+$", am.group(0)) else ""
    right = re.match(r"\s+(?:of|on|for|to(?=\s+the\s)" + goes_on + r")\s+(?:the\s+)?" + month + r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-–]*(?:\s+(?:and\s+|(?:of|for|on|in)\s+(?:the\s+|an?\s+)?)?" +
                     month + r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-–]*)*", text[am.end():])
    if right:       # "the Agreement on Cooperation in Rescue Services", not "... on Cooperation in Lima"
        for place in re.finditer(r"\s+in\s+(?:the\s+)?([^,]+?)(?=\s+in\s|$)", right.group(0)):
            if ctx.lex.countries.lookup(place.group(1)) or country_of_place(place.group(1), ctx.lex):
                right = re.match(re.escape(right.group(0)[:place.start()]), text[am.end():])
                break
    if right and not plural and word[:1].isupper():      # "Treaty of Lima", "Plan of Action"
        head = head + right.group(0)
    known = re.match(r"(?:\s+(?:of|on|for)\s+[^,]*)?,\s+(?:also\s+)?(?:known|referred to) as\s+(?:the\s+)?"
                     r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-–]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-–]*)", text[am.end():])
    if known and not plural:     # "the Agreement on ... Cooperation, known as the Lombok Treaty"
        head = f"{head} ({known.group(1)})"
    if re.match(r"[^.;]{0,80}?\b(?:whose negotiations?|under negotiation|being negotiated|still to be negotiated)|"
                # "the Mercosur-EU accord, on which negotiators reached a political agreement ... but which
                # has yet to be signed"; "Like the EU accord, it still has to be signed"
                r"[^.;]{0,160}?\b(?:(?:has|have|had)\s+yet|still\s+(?:has|have|had))\s+to\s+be\s+(?:concluded|signed|finali[sz]ed)|"
                r"[^.;]{0,80}?\b(?:"
                r"(?:is|are) (?:still )?(?:being )?negotiat)", text[am.end():]) or \
            re.search(r"\b(?:(?:[Nn]egotiations?|[Tt]alks)\s+(?:between\s+[^.;]{0,60}?\s+)?(?:on|for|towards|over)|"
                      r"(?:still\s+)?working\s+(?:on|towards))\s+(?!(?:revis|amend|updat|review)\w*\s)"
                      r"(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,4}$", text[max(0, am.start() - 130):am.start()]):
        return []                # an agreement still under negotiation is not one yet
    if re.search(r"\b(?:without|no|failed\s+to\s+reach|lack\s+of|absence\s+of)\s+(?:an?\s+)?(?:[a-z][\w\-]*\s+){0,2}$",
                 text[:am.start()], re.I) or \
            _STILL_NEGOTIATED.match(text, am.end()):
        return []                # "ended without agreement on the port issue"; "X, under which ..., is still being negotiated"
    if _TO_BE_SIGNED.match(text, am.end()) or _WILL_SIGN.search(text[max(0, am.start() - 80):am.start()]):
        return []                # "an agreement ... would be signed", "hope to sign an MoU": not signed yet
    elif not plural and (not right or not word[:1].isupper()):
        on = re.match(r"(?:\s+with\s+(?:the)?(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){1,5}?)?"     # "with the WMO on support to X"
                      r"\s+(on|between)\s+((?:(?!and\s+(?:an?|the)\s)[a-z][\w\-]*\s*){1,5}?)(?=[,.;]|\s+(?:which|that|who|whom|and|with|in|at|on|for|to|between|of|"
                      r"is|are|was|were|has|have|had|will|would|signed|concluded|initial(?:l)?ed|adopted|reached)\b)",
                      text[am.end():])
        if on is None and len(word.split()) > 1:        # "MoU on the Ghana-Burkina Faso railway interconnection project"
            on = re.match(r"\s+(on)\s+((?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){1,4}(?:[a-z][\w\-]*\s*){1,4}?)"
                          r"(?=[,.;]|\s+(?:and|which|that|signed|was|were|by|between)\b)", text[am.end():])
        if on is None and len(word.split()) > 1:        # "a memorandum of understanding establishing a Permanent Joint Commission"
            on = _ESTABLISHING.match(text, am.end())
        if on and (mods or len(word.split()) > 1):     # "trade agreement on automotive parts"
            topic = re.sub(r"(?:\s+(?:yesterday|today|tomorrow|earlier|later))+\s*$", "", on.group(2).strip())   # "... yesterday."
            action = re.search(r"(?:ment|tion|sion)$", topic) and re.match(     # "on the establishment of a one-stop border post"
                r"\s+of\s+((?:an?\s+|the\s+)?(?:[\w\-]+\s*){1,6}?)(?=[,.;]|\s+(?:and|which|that|signed|was|were|by|between|in\s+the\s+presence)\b)",
                text[am.end() + on.end():])
            if action:
                topic = f"{topic} of {action.group(1).strip()}"
            field = re.search(r"\b(?:field|area|sphere|domain)s?$", topic) and \
                re.match(r"\s+of\s+([a-z][\w\-]*(?:\s+(?:and\s+)?[a-z][\w\-]*){0,3}?)(?=[,.;]|\s+(?:and\s+(?:an?|the)|which|that|"
                         r"signed|between|for|with|in|on|at|was|were)\b)", text[am.end() + on.end():])
            if field:       # "on cooperation in the field of tourism": the field is part of it
                topic = f"{topic} of {field.group(1)}"
            head = f"{head} {on.group(1)} {topic}"
    if label == "Programme of Cooperation" and not plural and not right:
        # "a programme of cooperation in higher education for 2025-2027": its field and its years
        field = re.match(r"\s+in\s+(?:the\s+(?:field|area|sphere)s?\s+of\s+)?(?:(?!for\b|and\s)[a-z][\w\-]*(?:\s+|(?=[,.;]))){1,3}?"
                         r"(?=[,.;]|for\b|and\b|which\b|that\b|signed\b|between\b|was\b|were\b)", text[am.end():])
        rest = am.end() + (field.end() if field else 0)
        years = re.match(r"\s*for\s+(?:the\s+(?:years|period)\s+)?(?:19|20)\d\d[-–](?:19|20)?\d\d\b", text[rest:])
        head = head + (" " + field.group(0).strip() if field else "") + (" " + years.group(0).strip() if years else "")
    if not mods and len(word.split()) == 1 and label != "Memorandum of Understanding" and not plural \
            and not (right and word[:1].isupper()):
        on = re.match(r"\s+(?:(?:on|between|for)(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
                      r"(?i:(?:re-)?establishing|creating|setting up|renewing|extending|amending|supplementing|concerning)|"
                      r"to\s+(?:set\s+up|establish|create|build|open))\s+"
                      r"((?:(?!\s+(?:and\s+an?|were|was|is|are|has|have|had|which|that|signed|concluded|initial(?:l)?ed|inked)\b|"
                      # "a memorandum on tourism on the sidelines of APEC", "... during a visit to Dublin": when, not its field
                      r"\s+(?:during|amid|following|on\s+the\s+(?:sidelines|margins)|will|would|should|could|must|can|shall)\b|"
                      r"\s+and\s+(?:also\s+)?(?:signed|exchanged|initial(?:l)?ed|agreed)\b|"
                      # "... by five years", "... by Cameroon and Chad": how much or by whom, not its field
                      r"\s+by\s+(?:\d|an?\b|one\b|two\b|three\b|four\b|five\b|six\b|ten\b|another\b|(?-i:[A-Z]))|"
                      r"\s+and\s+(?:also\s+)?[a-z]+ed\s+(?:the|an?|on|to|its|their|his|her)\b|"
                      # "a protocol on consular cooperation and last met in Doha": the clause goes on
                      r"\s+and\s+(?:(?:also|last|later|then|first|had|have|has)\s+)?(?:met|held|spoke|agreed|discussed|"
                      r"reviewed|noted|stressed|underlined|expressed|reaffirmed)\b)(?:[^,.;]|[,.](?=\d)))+)", text[am.end():])
        if not on:
            year_before = re.search(r"\b((?:19|20)\d\d)\s+$", text[:am.start()])
            if not year_before:
                return []
            on = re.match(r"", "")      # "the 1963 agreement": the year names it
            base = f"{year_before.group(1)} {base}"
        topic = on.group(0).strip()
        when = find_time_expressions(topic, ctx.published)
        if when and when[0].start > 0:      # "a memorandum on fisheries on Friday": the day is no part of it
            topic = re.sub(r"\s+(?:on|in|at|of)\s*$", "", topic[:when[0].start].rstrip())
        head = f"{base} {topic}".strip()
    head = head[0].upper() + head[1:] if head.split()[0].lower() in ("memorandum",) else head
    item, lead = _list_item(ctx, s.start + am.start())
    if item and not plural and not mods:
        head = item     # "2. Protocol amending the Agreement on Road Transport – signed by A and B": the item names it
    elif item is None and lead:
        return []       # the Agreement on Road Transport inside that item's name is no item of its own
    sig_clause = text[max(0, am.start() - 80):min(len(text), am.end() + 160)]
    among_day = None
    opened = _SIGNED_LIST.search(text, 0, am.start()) or _SIGNED_SERIES.search(text, 0, am.start())
    listed = opened and not re.search(r"[.;]", text[opened.end():am.start()]) and (
        opened.re is _SIGNED_LIST or not _NOT_A_LIST.search(text, opened.end(), am.start()) or
        # "signed a memorandum on X, under which ... will ..., as well as an agreement on Y"
        bool(_AS_WELL_AS.search(text, opened.end(), am.start())))
    if listed:
        sig_clause = f"{opened.group(0)} {sig_clause}"      # "The documents signed include A, B and C": C too
    elif (among := _AMONG_THEM.match(text)) and not re.search(r"[.;]", text[among.end():am.start()]) and \
            _SIGNED_MANY.search(ctx.m.sentences[max(0, s.index - 1)].text) and s.index > 0:
        # "They signed eleven documents on Wednesday. Among the documents are A, B and C"
        opened, listed = among, True
        sig_clause = f"signed {sig_clause}"
        told = ctx.m.sentences[s.index - 1]
        among_day = next((e.value for e in find_time_expressions(told.text, ctx.day_at(told.start), told.start, ctx.stay, ctx.trip)
                          if e.start >= ctx.dateline_end and len(e.value) == 10), None) or \
            (ctx.published.isoformat() if ctx.published else None)
    if item and lead:       # "The following document was initialled ...:\n7. Agreement on X."
        sig_clause = f"{lead} {sig_clause}"
    signing_words = r"\bsign\w*|inked|conclud\w+|\bissu\w+|(?:" + _RELEASED + "|" + _SIGNED_IDIOM + r")\b|\badopt\w+|\bagreed\s+(?:on\s+)?(?:an?|the)\b|\bexchanged\b|\binitial(?:l)?ed\b|" \
        r"\brenewed\b(?=[^.;]{0,60}?\b(?:memorand|agreement|MoU|accord|programme|protocol|treaty))|\b(?:was|were)\s+(?:also\s+)?renewed\b"
    cited_words = (r"\b(?:contrary to|under|in line with|in keeping with|in accordance with|consistent with|pursuant to|"
                   r"based on|recall\w*|implementation of|implementing|carr(?:y|ies|ying|ied)\s+out|cornerstone|supplement\w*|amend\w*|"
                   r"revis\w+|builds? on|built on|"
                   r"replac\w+|in force|terminat\w+|uph[eo]ld\w*|preserv\w+|abid\w+\s+by|compl(?:y|ies|ied|iance)\s+with|"
                   r"violat\w+|breach\w*|withdr[ae]w\w*\s+from|withdrawal\s+from|ratif\w+)\b|(?<!Conference of the )part(?:y|ies)\s+to\s+(?:the\s+)?(?-i:[A-Z])|"
                   r"\b(?:defined|set out|provided for|established|laid down)\s+(?:in|by)\b|\bcommitment to\b|"
                   r"(?-i:[A-Z]\w+)\s+of\s+(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d\b|"   # "the Transit Trade Agreement of 1965"
                   r"(?-i:[A-Z]\w+)\s+of\s+(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December))\s+\d{1,2}\b|"      # "the Joint Declaration of June 15"
                   r"\b(?:19|20)\d\d\s+(?-i:[A-Z])\w+")      # "the 1994 Treaty of Peace"
    named = proper or any(x[:1].isupper() for x in mods) or word[:1].isupper()
    # "a general cooperation agreement of 1992", "the 1979 border agreement": one instrument, cited
    named = named or bool(mods) and bool(re.match(r"\s+of\s+(?:19|20)\d\d\b", text[am.end():])) or \
        bool(re.search(r"\b(?:19|20)\d\d\s+(?:[\w\-]+\s+){0,3}$", text[:am.start()])) or \
        bool(mods) and bool(re.match(r"[^.;]{0,100}?\bin force\b", text[am.end():]))     # "the 2012 agreement on X"
    if not re.search(signing_words, sig_clause, re.I) and not (named and re.search(cited_words, text, re.I)) \
            and not (named and re.search(signing_words, text, re.I)):     # "the signing of A ..., and of B"
        return []
    year = re.search(r"\b((?:19|20)\d\d)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){0,3}$", text[:am.start()]) or \
        mods and re.search(r"\b((?:19|20)\d\d)\s+" + r"\s+".join(map(re.escape, mods)) + r"\s+$", text[:am.start()])
    amends = re.search(r"\s(?:amending|supplementing)\s", head)
    # "The Exchange of Notes ... builds on the Framework Agreement of 2001": the next instrument's date is its own
    nxt = ctx.lex.any_agreement.search(text, am.end() + 1)
    if nxt and re.fullmatch(r"(?:\s+(?:of|on|in|for)\s+[^,;.]*)?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}",
                            text[am.end():nxt.start()]) and re.match(r"\s+(?:signed|concluded)\b", text[nxt.end():]):
        nxt = ctx.lex.any_agreement.search(text, nxt.end())      # "X, a treaty signed in Lomé in March 2006": X's date
    nxt = nxt.start() if nxt else len(text)
    exprs = [e for e in find_time_expressions(text[am.start():], ctx.published, s.start + am.start())
             if not (year and e.kind == "month_alone")      # "a 1993 agreement ... terminated in July"
             and not (amends and e.start > s.start + am.end())   # "a Protocol amending the Agreement ..., signed on 24 May 2012"
             and e.start < s.start + nxt
             and not _in_other_clause(text[am.end():e.start - s.start])]
    date = exprs[0].value if exprs else None
    sign = re.search(r"\b(?:signed|inked|exchanged|adopted)\s+(?:[\w\-]+\s+){0,6}?$", text[:am.start()])
    if sign is None and re.match(r"(?i)exchanged\s", am.group(0)):     # "on Wednesday exchanged notes"
        sign = am
    if sign is None and opened and listed:      # "on Monday signed a MoU on X ... and a MoU on Y": Monday's too
        sign = opened
    if date is None and year and re.search(r"\b(?:amending|supplementing|extending|renewing|prolonging)\s+(?:the\s+)?"
                                           r"(?:19|20)\d\d\s+(?:[\w\-]+\s+){0,3}$", text[:am.start()]):
        date = year.group(1)        # "signed a protocol extending the 2002 agreement on X": 2002's, not the signing's
    if date is None and sign:       # "Barbados and Guyana yesterday signed a Programme ...": the day of the verb
        close = [e for e in find_time_expressions(text[:sign.start()], ctx.published)
                 if sign.start() - e.end <= 2]
        inside = find_time_expressions(text[sign.start():am.start()], ctx.published)   # "signed on Wednesday a ..."
        date = inside[0].value if inside else close[-1].value if close else None
    if date is None and year:       # "the 1994 Treaty of Peace"
        date = year.group(1)
    parties = _parties(ctx, s, am)
    if among_day and (date is None or date == ctx.published.isoformat()) and not year:
        date = among_day        # the day the documents were signed, told just before
    signatories = _signatories(ctx, s, am) if _signed_here(ctx, date, text, am) else []
    if not parties:
        parties = list(dict.fromkeys(pos.country for k in signatories
                                     for pos in ctx.people.persons[k].positions if pos.country))
    signed_here = _signed_here(ctx, date, text, am)
    if signed_here and date is None and ctx.published:
        date = _article_event_date(ctx, s)
    ev = ctx.evidence(s, s.start + am.start(), s.start + am.end(), 0.7)
    if plural:
        singular = label if label != "Deal" else "deal"
        pair = re.match(r"\s*[-–—:,]\s*one\s+(?:on|for)\s+([^,;]+?)\s+and\s+(?:another|the\s+other)\s+(?:on|for)\s+([^,;.]+)",
                        text[am.end():am.end() + 200])
        if pair:        # "inked two MoUs - one on cooperation in hydrography and another on training"
            return [Agreement(f"{singular} on {n.strip()}", date, parties, signatories, signed_here, ev) for n in pair.groups()]
        field_of = _COOPERATION_IN.match(text, am.end())
        if field_of:        # "MoUs on cooperation in transport and in information technology": one each
            listed = field_of.group("items")
            # "in gem and jewellery and in fisheries": the repeated "in" marks the fields
            split = r",\s+(?:and\s+)?in\s+|\s+and\s+in\s+" if re.search(r"(?:,|\band)\s+in\s", listed) else \
                r",\s+(?:and\s+)?|\s+and\s+"
            return [Agreement(f"{singular} on {field_of.group('lead')} {n}", date, parties, signatories, signed_here, ev)
                    for n in re.split(split, listed)]
        items = _ENUM.search(text[am.end():am.end() + 160])
        if not items:
            # "signed agreements on maritime transport, tourism and the mutual recognition of
            # driving licences on Thursday": longer topics, one each, up to where the list ends
            topics = _TOPIC_LIST.match(text, am.end())
            names = topics and [re.sub(r"^on\s+", "", n) for n in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=[^,]*$)", topics.group("items"))]
            if not names or not all(n[:1].islower() and len(n.split()) <= 12 for n in names):
                return []
            return [Agreement(f"{singular} on {n.strip()}", date, parties, signatories, signed_here, ev) for n in names]
        names = [re.sub(r"^(?:on|in)\s+", "", n) for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", items.group("items"))]
        return [Agreement(f"{singular} on {n.strip()}", date, parties, signatories, signed_here, ev)
                for n in names if n.strip()]
    return [Agreement(head, date, parties, signatories, signed_here, ev)]


_ITEM_END = re.compile(r"\s+[–—-]\s+|:\s|\s+\((?:signed|exchanged|initialled)\b|,\s+(?:signed|exchanged|initial(?:l)?ed|concluded)\b|"
                       r"[.;]?[ \t]*(?:\n|$)")


def _list_item(ctx: Context, pos: int) -> tuple[str | None, str]:
    """An instrument that opens an item of a list of documents ("4. Exchange of Notes on
    Vietnam's non-refundable aid to Laos for 2018 – exchanged by ..."): the whole name the item
    gives it (up to a dash, a colon or the line's end) and the line that leads the list ("The
    following documents were signed:"). The name is None where the instrument does not open
    the item; the lead is "" where ``pos`` is in no item."""
    text = ctx.m.text
    line = text.rfind("\n", 0, pos) + 1
    mark = _BULLET.match(text, line)
    if not mark or mark.end() > pos:
        return None, ""
    lead = ""
    for prev in reversed(text[max(0, line - 3000):line].splitlines()):
        if prev.strip() and not _BULLET.match(prev):
            lead = prev.strip() if prev.rstrip().endswith(":") else ""
            break
    end = _ITEM_END.search(text, mark.end())
    name = text[mark.end():end.start() if end else len(text)].strip(" .;,")
    if mark.end() != pos:       # inside the name of the item's own instrument ("- reviewed the X Agreement" names none)
        opens = ctx.lex.any_agreement.match(text, mark.end())
        return None, lead if opens and pos < mark.end() + len(name) else ""
    # "Joint Statement between the Republic of A and B", "Agreement between the Government of A
    # and the Government of B on X": the parties are no part of the name
    name = re.sub(r"\s+between\s+.*?(?=\s+(?:on|for|concerning|regarding)\s|$)", "", name)
    if not 2 <= len(name.split()) <= 20 or re.search(r"\b(?:signed|was|were|is|are|by)\b", name):
        return None, ""
    return name[:1].upper() + name[1:], lead


_COOPERATION_IN = re.compile(r"\s+on\s+(?P<lead>(?:[a-z]+\s+)?cooperation\s+in)\s+(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?"
                             r"(?P<items>[a-z][\w\-]*(?:\s+(?!and\b|in\b)[a-z][\w\-]*)?(?:(?:,\s+|,?\s+and\s+)(?:in\s+)?"
                             r"[a-z][\w\-]*(?:\s+(?!and\b|in\b)[a-z][\w\-]*)?)+)"
                             r"(?=\s*[,.;]|\s+(?:were|was|as|at|in|on|during)\b)")


def _in_other_clause(between: str) -> bool:
    """The text from an instrument's name to a time expression opens a clause about something
    else ("a memorandum on compensation for the businesses that were torched on January 29"),
    not about the instrument's signing ("which was signed on 3 May")."""
    rel = re.search(r"\b(?:that|who|where|which)\s", between)
    return bool(rel) and not re.search(r"\b(?:signed|inked|concluded|adopted|agreed|initialled|ratified|entered)\b",
                                       between[rel.start():])


def _parties(ctx: Context, s: Sentence, am: re.Match) -> list[str]:
    # "between A and B", "signed ... by A and B"; not "during a visit ... by B"
    between = re.search(r"(?:\b(?:between|among)|\b(?:signed|inked)\s+(?:[^.;,]{0,60}?\s)?by)\s+"
                        r"(?:the\s+(?:leaders|presidents|governments|ministers)\s+of\s+)?([^.;]+)", s.text[am.start():])
    span_start = s.start + am.start() + (between.start(1) if between else 0)
    span_end = s.start + am.start() + (between.end(1) if between else 0)
    if not between:
        lead = re.search(r"([^.;]*)\b(?:signed|sign)\b", s.text[:am.start()])
        if lead:
            span_start, span_end = s.start + lead.start(1), s.start + lead.end(1)
    names = [c.country.name for c in ctx.m.countries if span_start <= c.start < span_end and not c.adjective]
    if between and not names:
        orgs = [n for a, b, n in ctx.m.organizations if span_start <= a < span_end]
        return orgs
    return list(dict.fromkeys(names))


def _signatories(ctx: Context, s: Sentence, am: re.Match) -> list[str]:
    by = re.search(r"\b(?:(?:counter)?signed|exchanged)\s+(?:(?:in|at|on|today|yesterday)\b[^.;,]{0,60}?\s)?by\b(.+?)(?:,\s+(?:while|as|when|after|before|with)\b|,?\s+(?:in\s+the\s+presence\s+of|witnessed\s+by)\b|[.;]|$)", s.text)
    if by:
        start, end = s.start + by.start(1), s.start + by.end(1)
        named = list(dict.fromkeys(p.key for p in ctx.m.in_span(ctx.m.persons, start, end)))
        # "signed by the visiting chancellor and the Angolan Minister ..., B": a description counts too
        described = [k for off, k in references(ctx, start, end, []) if k not in named]
        return list(dict.fromkeys([*described, *named]))
    sign = re.search(r"\b(?:signed|exchanged|" + _SIGNED_IDIOM + r")\b", s.text)
    if sign and sign.start() > 0:
        before = [p.key for p in ctx.m.in_span(ctx.m.persons, s.start, s.start + sign.start())]
        return list(dict.fromkeys(before))
    return []


def _signed_here(ctx: Context, date: str | None, text: str, am: re.Match) -> bool:
    if date and ctx.published:
        fortnight = shift_day(ctx.published.isoformat(), -14) or ctx.published.isoformat()
        return date[:7] >= fortnight[:7] and date >= fortnight[:len(date)]
    if re.search(r"\b(?:contrary to|under|in line with|pursuant to|based on|in accordance with)\s+(?:the\s+)?(?:\w+\s+){0,3}$", text[:am.start()], re.I):
        return False
    return bool(re.search(r"\b(?:signed|sign|inked|concluded|exchanged|" + _SIGNED_IDIOM + r")\b", text, re.I))


_SAME_OCCASION = re.compile(r"\b(?:[Aa]t|[Dd]uring|[Oo]n)\s+the\s+same\s+(?:ceremony|occasion|event|meeting|sitting)\b")


def _article_event_date(ctx: Context, s: Sentence) -> str | None:
    """The day of a signing the sentence does not date: the day of the signing told just
    before, in the week of the report ("A and B on Thursday signed five agreements. The
    documents, among them X, were signed by ..."), else the report's."""
    same = _SAME_OCCASION.search(s.text)
    for prev in reversed(ctx.m.sentences[max(0, s.index - (5 if same else 2)):s.index]):
        verb = re.search(r"\b(?:signed|inked|adopted)\b", prev.text)
        if same:        # "At the same ceremony, B and C signed an MoU": the ceremony's day, told before
            told = [e for e in find_time_expressions(prev.text, ctx.day_at(prev.start), prev.start, ctx.stay, ctx.trip)
                    if e.start >= ctx.dateline_end and len(e.value) == 10 and not _not_when(e) and
                    (ctx.published is None or abs((ctx.published - dt.date.fromisoformat(e.value)).days) <= 7)]
            if told:
                return told[-1].value
            continue
        if verb is None:
            continue
        close = [e for e in find_time_expressions(prev.text, ctx.day_at(prev.start), prev.start, ctx.stay, ctx.trip)
                 if e.start >= ctx.dateline_end and len(e.value) == 10 and not _not_when(e) and
                 (0 <= prev.start + verb.start() - e.end <= 2 or 0 <= e.start - prev.start - verb.end() <= 4 or
                  # "an agreement signed in Oslo on Tuesday"
                  re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){1,3}(?:on\s+)?",
                               ctx.m.text[prev.start + verb.end():e.start]) is not None) and
                 # (not "the Treaty signed on April 8, 1997": an instrument cited)
                 (ctx.published is None or abs((ctx.published - dt.date.fromisoformat(e.value)).days) <= 7)]
        if close:
            return close[0].value
        continue    # ("The declaration, signed by A and B, ...": the signing told before it may give the day)
    headed = next((day for a, b, day in ctx.headed if a <= s.start < b), None)
    if headed:      # "TUESDAY, BRATISLAVA. ... The two signed a memorandum": the paragraph's day
        return headed
    return ctx.published.isoformat() if ctx.published else None
