"""Mentions in one document: sentences, countries, titles, organisations and person names.

Person names come from the text only: spaCy's PERSON entities, capitalised words right
after a title ("Secretary of State Antony J. Blinken") or right before an appositive title
("Sameh Shoukry, Egypt's Foreign Minister"), and later repeats of a name already found
("Shoukry stressed ..."), which the model often misses.
"""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from dataclasses import dataclass, field

from ..slugs import fold
from .countries import SHARED_FORM, Country
from .lexicon import Lexicon

# Malay and Bruneian styles: "Dato Seri Setia Awang Haji", "YAB Dato' Seri", "Pehin Orang Kaya"
MALAY_STYLES = (r"(?:Dato['’]?|Datuk|Datin|Pehin|Pengiran|Tan\s+Sri|Toh\s+Puan)"
                r"(?:\s+(?:Seri|Sri|Paduka|Setia|Laila|Jasa|Utama|Wira|Amar|Orang\s+Kaya))*|"
                r"(?:Paduka|Setia)(?:\s+(?:Seri|Sri|Laila|Jasa|Utama|Wira|Amar))*|Awang|Dayang")
# Military ranks before a name: "the President of the Antarctic Institute, Colonel A"
MILITARY_RANKS = (r"(?<![\w\-])(?:(?:Lieutenant|Lt\.?|Major|Maj\.?)\s+)?(?:General|Gen\.)(?!\s+(?:Assembly|Secretariat|Staff|Council|on|of|for)\b)|"
                  r"(?:Lieutenant\s+|Lt\.?\s+)?Colonel|Col\.|(?:Vice|Rear)\s+Admiral|Admiral|Adm\.|Commodore|"
                  r"(?:Air\s+(?:Chief\s+)?|Field\s+)Marshal")
HONORIFICS = re.compile(
    r"^(?:(?:H\.\s?[EH]\.|HE|Mr\.?|Mrs\.?|Ms\.?|Drs?\.?|Prof\.?|Smt\.?|Shri|Sir|Dame|Madam|Hon\.?|"
    r"Honourable|Honorable|His Excellency|Her Excellency|Excellency|His (?:Royal )?Highness|Her (?:Royal )?Highness|(?:Royal )?Highness|Majesty|"
    r"His Majesty|Her Majesty|Lyonpo|Dasho|Archbishop|Cardinal|Bishop|Monsignor|Msgr\.?|Sheikh|Sheikha|Sayyid|Sayyida|Ambassador|"
    r"Hojjatoleslam|Hojatoleslam|Hojjat ol-Eslam|(?:Grand\s+)?Ayatollah|"
    r"Counsellor|Counselor|Consul|Envoy|Spokesperson|Spokesman|Spokeswoman|"
    r"Minister|Secretary|President|Premier|Chancellor|Foreign Minister|FM|Senator|General|"
    r"Gen\.|Admiral|Colonel|" + MILITARY_RANKS + r"|Ayatollah|Crown Prince|Prince|King|Queen|Emir|the Hon\.?|"
    r"Rt\.? Hon\.?|Right Honourable|Hon['’]ble|" + MALAY_STYLES + r"|Ibu|Bapak|Pak|"
    r"YB|YAB|YBhg|Haji|Hajah|Hajjah|Alhaji|Alhaja|Ratu|"
    r"General \(Ret\.?\)|\(Ret\.?\)|Brig\.?|Brigadier|\((?:Rtd|Ret)\.?\))\s+)+")
# Letters after a name: members of parliament and the like ("Pádraig Ó Súilleabháin TD", "... T.D.").
POST_NOMINAL = r"(?:T\.?D|M\.?P|M\.?E\.?P|M\.?L\.?A|M\.?S\.?P|Q\.?C|K\.?C|[OCKM]\.?B\.?E|Ph\.?D)\b\.?"
POST_NOMINALS = re.compile(r"(?:,?\s+" + POST_NOMINAL + r")+$")
_NAME_TOKEN = re.compile(
    r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]?\.)[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿā-ž]{2,}\b|"      # "D.Enkhjargal", "Ts.Bat": an initial joined to the name
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.){2,3}(?=[\s,;)])|(?!(?:Mr|Dr|Ms|St)\.)(?:Ts|Ch|Sh|Kh|Zh|Dz|Ya|Yu|Ye|Md|Mohd)\.(?=\s)|(?:(?<=\s)[’'ʻ](?=[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿā-ž]))?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*\.?|[A-ZÀ-ÖØ-ÞĀ-Ž]\.|(?:al|el|bin|bint)-[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*|"
    r"(?:al|el|bin|bint|binti|binte|ben|van|von|de|da|di|du|la|le|ibn|abu|der|den|dos|das|del|ter|y|i|"
    r"ugli|ogli|o[‘'’`]g[‘'’`]li|oglu|oğlu|ogly|qizi|kizi|kyzy|qyzy|uulu|uly)"      # "Jasur Rustam ugli Tursunov"
    r"(?=\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|(?:der|den|la|los|las|da|de|al)\s)))", re.U)
_NOT_NAME_WORDS = {
    "The", "A", "An", "On", "In", "At", "During", "After", "Before", "His", "Her", "Their",
    "Likewise", "Similarly", "Meanwhile", "Moreover", "Furthermore", "Additionally", "Yes", "Indeed",
    "Minister", "Ministry", "Foreign", "Affairs", "President", "Secretary", "State", "Ambassador",
    "Today", "Yesterday", "Tomorrow", "Tonight", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Government", "Embassy", "Republic",
    "Council", "Union", "Nations", "General", "Assembly", "Summit", "Group", "According",
    "Office", "Federation", "Kingdom", "Deputy", "Prime", "Vice", "Envoy", "Chairman",
    "Co-Chairs", "Co-chairs", "Co-Chair", "Spokesperson", "Talks", "Meeting", "Mediated",
    "Smt", "Shri", "Prof", "Hon", "Dr", "Mr", "Mrs", "Ms", "Senator", "European", "African", "Asian",
    "Caribbean", "Nordic", "Baltic", "Balkan", "Extraordinary", "Plenipotentiary", "Officials", "Presidency",
    "Chairmanship", "Meets", "Receives", "Holds", "Visits", "Signs", "Talks", "TD", "MP",
    "Chair", "Chairperson", "Chairwoman", "Secretariat", "That", "This", "These", "Those", "There", "It", "He", "She", "They", "We", "Which", "Who",
    "Calls", "Hosts", "Welcomes", "Thanks", "Urges", "Discusses", "Amb", "PS", "Later", "Earlier", "Meanwhile", "Also", "However", "Separately", "Speaking", "Both",
    "Ministers", "Heads", "Head", "Leaders", "Presidents", "Delegations", "Firstly", "Secondly",
    "Sea", "Seas", "Ocean", "Gulf", "Strait", "Straits", "Islands", "Peninsula", "Basin", "Canal",   # a place on the map
    "Thirdly", "Finally", "Ibu", "Bapak", "Pak", "Counsellor", "Counselor", "Attaché",
    "Chargé", "Chargée", "Charge", "Force", "Forces", "Guard", "Police", "Army", "Navy",
    "City", "Province", "Region", "District", "County", "Norte", "Sur", "Pacific", "Atlantic",
    "Base", "Station", "Airport",     # "the Eduardo Frei Montalva Base": a place named after someone
    "League", "Diwan", "Commission", "Organisation", "Organization", "Community", "Alliance",    # bodies
    # a sentence's opening participle: "Replying, Minister A congratulated ..."
    "Replying", "Responding", "Answering", "Reacting", "Addressing", "Welcoming", "Greeting", "Thanking",
    "Recalling", "Noting", "Commenting", "Referring", "Turning", "Concluding", "Opening", "Closing",
    # what a headline in capitals conveys: "Conveys Japan's Serious Concern over Incident"
    "Concern", "Concerns", "Condolences", "Sympathy", "Solidarity", "Support", "Gratitude", "Appreciation",
    "Congratulations", "Condemnation", "Invitation",
}


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class CountryMention:
    start: int
    end: int
    text: str
    country: Country
    adjective: bool
    possessive: bool


@dataclass
class TitleMention:
    start: int
    end: int
    text: str
    head: str
    complement: str | None


@dataclass
class PersonMention:
    start: int
    end: int
    text: str            # as written, honorifics included
    name: str            # honorifics removed
    source: str          # "ner", "title", "apposition", "repeat"
    key: str | None = None


@dataclass
class Mentions:
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)
    titles: list[TitleMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    organizations: list[tuple[int, int, str]] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    groups: list[re.Match] = field(default_factory=list)    # plural offices: "the foreign ministers"
    doc: object = None       # the spaCy Doc of text[offset:]
    offset: int = 0
    _starts: list[int] | None = field(default=None, repr=False)
    _tokens: list | None = field(default=None, repr=False)
    _index: dict = field(default_factory=dict, repr=False)

    def token_at(self, pos: int):
        """The spaCy token covering character ``pos`` of ``text``, or None."""
        if self.doc is None:
            return None
        self._index_tokens()
        rel = pos - self.offset
        if not self._starts or not 0 <= rel < len(self.text) - self.offset:
            return None
        i = bisect.bisect_right(self._starts, rel) - 1
        if i < 0:
            return None
        token = self._tokens[i]
        return token if rel < token.idx + len(token.text_with_ws) else None

    def _index_tokens(self) -> None:
        if self._starts is None:        # the tokens once, and their start offsets for a binary search
            self._tokens = list(self.doc)
            self._starts = [t.idx for t in self._tokens]

    def tokens_in(self, start: int, end: int):
        """The spaCy tokens starting between characters ``start`` and ``end`` of ``text``."""
        if self.doc is None:
            return []
        self._index_tokens()
        a = bisect.bisect_left(self._starts, start - self.offset)
        b = bisect.bisect_left(self._starts, end - self.offset)
        return self._tokens[a:b]

    def subject_span(self, pos: int) -> tuple[int, int] | None:
        """The character span of the grammatical subject of the clause around ``pos``."""
        token = self.token_at(pos)
        steps = 0
        while token is not None and steps < 6:
            if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
                subj = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in token.children):
                    # "A spoke with B to convey condolences": the parser reads "with B to convey" as
                    # a clause of its own; the purpose is the main clause's doer's
                    subj = []
                if subj:
                    sub = list(subj[0].subtree)
                    if len(subj) > 1 and any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < subj[0].i
                                             for c in token.children):
                        # "Answering a question from B, ..., the nominee declined": the parser
                        # makes B a subject too; the participle's clause has none
                        sub = list(subj[-1].subtree)
                    return sub[0].idx + self.offset, sub[-1].idx + len(sub[-1].text) + self.offset
                if token.dep_ in ("conj", "xcomp", "advcl") and token.head is not token:
                    token = token.head
                    steps += 1
                    continue
                return None
            token = token.head if token.head is not token else None
            steps += 1
        return None

    def sentence_at(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return self.sentences[-1]

    def in_span(self, items, start: int, end: int):
        """The items (sorted by start) that lie within ``start``..``end``."""
        cached = self._index.get(id(items))
        if cached is None or cached[0] is not items or len(cached[1]) != len(items):
            starts = [x.start for x in items]
            if starts != sorted(starts):
                return [x for x in items if start <= x.start and x.end <= end]
            cached = self._index[id(items)] = (items, starts)
        out = []
        for x in items[bisect.bisect_left(cached[1], start):]:
            if x.start >= end:
                break
            if x.end <= end:
                out.append(x)
        return out


_GROUP_OF_BODY = re.compile(r"\s+of\s+the\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){0,5},")
_PORTFOLIO_AFFAIRS = re.compile(r"(?:\s+and\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)?\s+Affairs\b")


def _two_word_name(text: str, start: int) -> bool:
    span = _name_after(text, start)
    return bool(span) and len(text[span[0]:span[1]].split()) >= 2


def _office_first(text: str, start: int, lex: Lexicon) -> bool:
    """Whether what reads as a name at ``start`` is an office before one ("Federal Councillor
    A"); a ruler's style starts names ("Sultan bin Rashid", "Sheikh Tamim")."""
    tm = lex.title.match(text, start)
    return bool(tm) and tm["head"].casefold() not in _STYLE_HEADS


_STYLE_HEADS = {"sultan", "sheikh", "prince", "crown prince", "king", "queen", "emir", "amir"}
# "Head of the OSCE Mission", "Head of Development Cooperation": the head of a named body
_HEAD_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?![A-ZÀ-ÖØ-ÞĀ-Ž]?[\w\-]+(?:\s+[\w\-]+)?\s+(?:delegation|diplomacy)\b)"
                           r"(?!(?:[Ss]tate|[Gg]overnment|[Dd]elegation|[Mm]ission)\b(?!\s+(?:of\s+the\s+(?:European|EU\b|United\s+Nations|UN\b)|to\s+[A-Z])))"
                           r"[A-ZÀ-ÖØ-ÞĀ-Ž]")


def find_mentions(text: str, doc, offset: int, lex: Lexicon) -> Mentions:
    """All mentions in the spaCy ``doc`` of ``text[offset:]``; offsets are in ``text``."""
    m = Mentions(text, doc=doc, offset=offset)
    spans: list[list[int]] = []
    for s in _sentences(doc):
        prev = text[spans[-1][0]:spans[-1][1]].rstrip() if spans else ""
        cut_short = prev and prev[-1] not in ".!?…:;\"”’]" and "\n" not in text[spans[-1][0]:s.start_char + offset]
        if spans and (_ABBREVIATION_END.search(text[spans[-1][0]:spans[-1][1]]) or cut_short):
            spans[-1][1] = s.end_char + offset      # "Amb. Grace Odhiambo", "... of Viet | Nam": one sentence
        else:
            spans.append([s.start_char + offset, s.end_char + offset])
    for i, (start, end) in enumerate(spans):
        m.sentences.append(Sentence(i, start, end, text[start:end]))
    for cm in lex.country_form.finditer(text, offset):
        form = cm.group(0)
        country = lex.countries.lookup(form)
        if country is None or re.search(r"\b(?:Port|Gulf|Bay|Sea)\s+of\s+$", text[max(0, cm.start() - 8):cm.start()]):
            continue        # "Port of Spain", "the Gulf of Guinea": places
        adjective = _key(form) in _adjective_keys(country)
        if adjective and _PORTFOLIO_AFFAIRS.match(text, cm.end()):
            continue        # "Director of American Affairs": a department's portfolio
        if adjective and re.match(r"[ \t]+Region\b", text[cm.end():cm.end() + 8]):
            continue        # "Ethiopia's Somali Region": a region's name, not Somalia
        if not adjective and _PLACE_NAMED_AFTER.match(text, cm.end()):
            continue        # "the Congo River", "the Fleuve Congo hotel": a place named after it
        after = text[cm.end():cm.end() + 2]
        possessive = after[:2] in ("'s", "’s") or (after[:1] in "'’" and form.endswith("s"))
        m.countries.append(CountryMention(cm.start(), cm.end(), form, country, adjective, possessive))
    seen = {c.start for c in m.countries}
    for cm in _CAPS_COUNTRY.finditer(text, offset):     # a lede's "ZAMBIA's minister", "KENYA has"
        country = lex.countries.lookup(cm.group(1).title())
        if country and cm.start() not in seen:
            possessive = text[cm.end():cm.end() + 2] in ("'s", "’s")
            m.countries.append(CountryMention(cm.start(), cm.end(), cm.group(1), country, False, possessive))
    named = {c.country.code for c in m.countries}
    for cm in SHARED_FORM.finditer(text, offset):      # "the Korean delegation": the Korea the text names
        shared = lex.countries.resolve_shared(cm.group(0), named)
        if shared and not any(c.start <= cm.start() < c.end or cm.start() <= c.start < cm.end() for c in m.countries):
            possessive = text[cm.end():cm.end() + 2] in ("'s", "’s")
            m.countries.append(CountryMention(cm.start(), cm.end(), cm.group(0), shared[0], shared[1], possessive))
    m.countries.sort(key=lambda c: c.start)
    for tm in lex.title.finditer(text, offset):
        if tm["head"].upper() in lex.acronym_heads and not tm["head"].isupper():
            continue        # "at 3 pm"
        if tm["head"].casefold() == "head" and not _HEAD_OF_BODY.match(text, tm.end()):
            continue        # "the head of the Brazilian delegation", "the head of Polish diplomacy": no office
        end, complement = tm.end(), tm["complement"]
        if complement and re.search(r"\s(?:of|for)$", complement):    # "Minister in charge of | Regional Development"
            past = _portfolio_phrase(text, end, lex)
            end, complement = past, complement + text[end:past]
        if rm := _RESPONSIBLE_FOR.match(text, end):    # "Minister without Portfolio responsible for European Integration"
            past = _portfolio_phrase(text, rm.end(), lex)
            if past > rm.end():
                end, complement = past, (complement or "") + text[end:past]
        start, written = tm.start(), text[tm.start():end]
        if not complement and tm["head"].casefold() in _CHAMBER_HEADS and (lb := _legislature_before(text, start)):
            # "Saeima Speaker Ilze K.": the Speaker of the Saeima
            start, written = lb, f"{written} of the {text[lb:tm.start()].strip()}"
        elif not complement and tm["head"].casefold() in _CHAMBER_HEADS and \
                (cb := _COMMITTEE_BEFORE.search(text, max(offset, start - 80), start)):
            # "House Foreign Affairs Committee Chairman Dale F.": the Chairman of that committee
            start, written = cb.start(1), f"{written} of the {cb.group(1)}"
        m.titles.append(TitleMention(start, end, written, tm["head"], complement))
    for ent in doc.ents:
        start, end = ent.start_char + offset, ent.end_char + offset
        label = ent.label_
        if label == "ORG":
            m.organizations.append((start, end, _strip_the(ent.text)))
        elif label in ("GPE", "LOC", "FAC") and lex.countries.lookup(ent.text) is None:
            m.places.append((start, end, _strip_the(ent.text)))
    m.groups = list(lex.group.finditer(text))
    m.persons = _person_mentions(text, doc, offset, m, lex)
    # "Julio César Montenegro Aráuz": a country's name inside a person's is not the country
    m.countries = [c for c in m.countries if not any(p.start <= c.start and c.end <= p.end and p.end - p.start > c.end - c.start
                                                     for p in m.in_span(m.persons, c.start - 120, c.end + 120))]
    return m


_COMMITTEE_BEFORE = re.compile(r"(?<![\w-])((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-–]*[ \t]+){1,6}(?:Committee|Subcommittee|Commission|Caucus|"
                               r"Friendship[ \t]+Group|Group))[ \t]+$")
_CHAMBER_HEADS = {"speaker", "deputy speaker", "chairman", "chairwoman", "chair", "chairperson", "president"}


def _legislature_before(text: str, pos: int) -> int | None:
    """Where a legislature's own name right before ``pos`` starts ("Saeima Speaker")."""
    from .places import _legislatures_pattern
    window = text[max(0, pos - 40):pos]
    found = [lm for lm in _legislatures_pattern().finditer(window) if re.fullmatch(r"[ \t]+", window[lm.end():])]
    return max(0, pos - 40) + found[-1].start() if found and window[found[-1].start() - 1:found[-1].start()] != "-" else None


_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Amb|Mr|Mrs|Ms|Drs?|Prof|Gen|Brig|Maj|Adm|Cdr|Lt|Col|Capt|Sen|Rep|Gov|St|No|Md|Mohd|Hon|Rt|Smt|Ts|Ch)\.|"
    r"\bH\.\s?[EH]\.|\b[A-Z]\.)\s*$")


def country_named(lex: Lexicon, text: str, before: str = ""):
    """The country ``text`` names, unless it is an adjective in the name of a body of nations
    that ``before`` ends with ("the Community of | Portuguese Language Countries")."""
    country = lex.countries.lookup(text)
    if country and _BODY_OF_NATIONS.search(before) and _key(text) in _adjective_keys(country):
        return None
    return country


_BODY_OF_NATIONS = re.compile(r"\b(?:Community|Organi[sz]ation|Union|Association|League|Conference|Group|Forum)\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=512)
def _adjective_keys(country) -> frozenset[str]:
    return frozenset(a.casefold() for a in country.adjectives)


_NAME_ABBREVIATION = re.compile(r"(?<![\w.])(?:Ma|Amb|Hon|Dr|Mr|Ms|Mrs|Prof)\.$")


def _sentences(doc):
    """spaCy's sentences, split again at blank lines (headlines, datelines) and after a short
    line that ends without punctuation before a capital ("CAMBODIA – LAOS: Border protocol
    signed\nCambodian Foreign Minister A ...")."""
    carry = None      # a sentence spaCy ended at an abbreviation that opens a name ("... Affairs Ma. | Lourdes A")
    for sent in doc.sents:
        start = carry if carry is not None else sent.start
        carry = None
        if _NAME_ABBREVIATION.search(sent.text.rstrip()) and sent.end < len(doc) and doc[sent.end].text[:1].isupper():
            carry = start
            continue
        for token in doc[start:sent.end]:
            if token.is_space and token.i > start and ("\n\n" in token.text or "\n" in token.text and (
                    _headline_before(doc, start, token.i) or _item_after(doc, token.i))):
                yield doc[start:token.i]
                start = token.i + 1
        if start < sent.end and _ITEM_LABEL.fullmatch(doc[start:sent.end].text) and sent.end < len(doc) and \
                not doc[sent.end].is_space:
            carry = start       # "- 8 March: | Deputy Minister A received B": the item's label opens its sentence
            continue
        if start < sent.end:
            span = doc[start:sent.end]
            if span.text.strip():
                yield span
    if carry is not None:
        yield doc[carry:len(doc)]


_ITEM_LABEL = re.compile(r"\s*[-•*–—·]\s*[^.!?\n:]{1,30}:\s*")


def _item_after(doc, i: int) -> bool:
    """The line after token ``i`` opens a list item headed by its label ("- 9 April: ..."): a
    sentence of its own (not an item of a list the sentence goes on with: "signed the following:
    - MoU on ...")."""
    return i + 1 < len(doc) and doc[i + 1].text in ("-", "•", "*", "–", "—", "·") and \
        _ITEM_LABEL.match(doc.text, doc[i + 1].idx) is not None


def _headline_before(doc, start: int, i: int) -> bool:
    """The line that ends at token ``i`` is a line of its own: at most ten words, no closing
    punctuation, no figures, and the next line opens with a capital (a wrapped sentence runs on
    longer)."""
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return False
    line = doc[start:i]
    for token in reversed(line):
        if "\n" in token.text or "\n" in token.whitespace_:
            line = doc[token.i + 1:i]
            break
    words = [t for t in line if not t.is_punct and not t.is_space]
    # (a line with a date or a clock time heads an entry: "13:20 – A receives B" dates what follows)
    return 0 < len(words) <= 10 and not line[-1].is_punct and not any(c.isdigit() for c in line.text) \
        if len(line) else False


def posted_place(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where " in <place>" at ``pos`` ends: the longest run of capitalised words that names a
    country or a capital kg knows ("in Port Moresby"), else one word ("in Seoul")."""
    from .places import capitals
    pm = _POSTED.match(text, pos)
    if not pm:
        return None
    words = list(re.finditer(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*", text[pm.end():pm.end() + 60]))
    for n in (3, 2):
        if len(words) >= n and all(words[i].start() == words[i - 1].end() + 1 for i in range(1, n)):
            place = text[pm.end():pm.end() + words[n - 1].end()]
            if lex.countries.lookup(place) or place.casefold() in capitals():
                return pm.end() + words[n - 1].end()
    return pm.end() + words[0].end() if words and words[0].start() == 0 else None


def _is_place(name: str, lex: Lexicon) -> bool:
    """A country or a capital kg knows ("New York", "Addis Ababa"), not a person."""
    from .places import _HUB_CITIES, capitals
    return bool(lex.countries.lookup(name)) or name.casefold() in capitals() or name.casefold() in _HUB_CITIES


_POSTED = re.compile(r"\s+(?:in|to)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
_CAPS_COUNTRY = re.compile(r"(?<![\w\-])([A-Z]{4,}(?:\s[A-Z]{2,}){0,2})(?=[’']s\b|\s+(?:has|have|is|was|were|will|and|says|said)\b)")


def _key(text: str) -> str:
    return re.sub(r"^the\s+", "", text, flags=re.I).casefold()


def _strip_the(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    return re.sub(r"[’']s$", "", text).strip()


_LEADING_WORD = re.compile(r"^(?:Ministers|Presidents|Ambassadors|Secretaries|Senators|With|For|By|To|As|After|From|At|Of|And|But|Then|When|While|Also|Both|Under|Among|"
                           r"Between|Against|During|Before|Following|Unlike|Like|Meanwhile|Thanking|Meeting)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")


def clean_name(text: str) -> str:
    """A person's name without honorifics, titles or a possessive ending.

    >>> clean_name("H.E. Cui Jianchun")
    'Cui Jianchun'
    >>> clean_name("Mr Hu's")
    'Hu'
    """
    name = re.split(r"\s+[-–—]\s+", text.strip())[0]      # "Adelino Mendes Có - Brasília, 10 November": a dateline follows
    name = re.sub(r"[’']s?$", "", name).strip(" ,.;:")
    if name.endswith(".") and not re.search(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž]\.$", name):
        name = name[:-1]
    name = HONORIFICS.sub("", name).strip()
    name = POST_NOMINALS.sub("", name).strip()
    name = _LEADING_WORD.sub("", name)      # "With Mamani, the minister reviewed ..."
    name = re.sub(r"^(?:II|III|IV)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])", "", name)   # "Minister of Foreign Affairs II Rosli Mahmud"
    inner = re.search(r"\s(?:Dr|Mr|Mrs|Ms|Hon|Prof|Smt|H\.\s?[EH])\.?\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])", name)
    if inner:                  # "Guyana Dr. Rajendra Persaud-Singh": a name starts after its honorific
        name = name[inner.end():]
    return re.sub(r"\s+", " ", name)


_NOT_IN_NAMES = re.compile(   # whole words: "Lake-Joseph" and "Kingsley-Hall" are surnames, "Port-au-Prince" is not
    r"(?<!\w)(?<!\w-)(?:Ministry|Council|Agency|University|Palace|Hotel|Airport|Bank|Company|Forum|Summit|"
    r"Foundation|Institute|Committee|House|Abroad|Expatriates|Diaspora|Street|Square|Avenue|Road|Port|Province|Region|"
    r"District|Island|Islands|Sea|Ocean|River|Lake|Mountains?|Corridor|Strait|Gulf|Bay|Rail|Railways?|Pipeline|Highway|Canal|Tunnel|"
    r"Francophonie|Commonwealth|Aid|Declaration|Treaty|Agreement|Accords?|Initiative|Programme|Program|Fund|Group|Union|"
    r"Organi[sz]ation|Association|Commission|Parliament|Assembly|Senate|Congress|Court|"
    r"Embassy|Consulate|Secretariat|Office|Centre|Center|Hall|Stadium|News|Agency|Times|Post|"
    r"Daily|Radio|Television|TV|Cyclone|Typhoon|Hurricane|Storm|Tropical|Service|Republika|Scheme|Programme|"
    r"Bureau|Authority|Board|Directorate|Department|Treasury|Exchequer|Chamber|Federation|Corporation|Party|Movement|Coalition|"
    r"Alliance|Cabinet|Government|Administration|Delegation|Day|Festival|Expo|Conference|Dialogue|Pact|People|Revolutionary|Troika|Wisma|"
    r"Excellency|Excellencies|"
    r"Charter|Protocol|Memorandum|Community|Palacio|Palácio|Palais|Palazzo|Khural|Majlis|Duma|Process|Mission|"
    r"Chairperson-in-Office|Chairman-in-Office|Relations|Citizens|Nationals|Communities|Cooperation|Development)"
    r"(?!\w)(?!-[A-ZÀ-ÖØ-ÞĀ-Ž])")


_STYLES = {"Dato", "Datuk", "Datin", "Tun", "Toh Puan", "Tan Sri", "Puan"}
_SURNAME_TOO = {"Hall", "Post", "Bay", "Port", "Court", "Lake", "Banks", "House", "Street"}


def _is_plausible_name(name: str, lex: Lexicon, titled: bool = False) -> bool:
    words = name.split()
    if not words:
        return False
    # "Carnegie Hall" is a place, but "the State Secretary, Frieda Hall" names a person
    surname = titled and 2 <= len(words) <= 3 and words[-1] in _SURNAME_TOO and \
        not _NOT_IN_NAMES.search(" ".join(words[:-1]))
    if _NOT_IN_NAMES.search(name) and not surname or re.search(r"[’']s\s", name):
        return False           # "Harlan Whitaker's Call" is a name and more
    if len(name.split()) > 1 and name.isupper():
        return False           # a headline in capitals
    if any(w in _HEADLINE_VERBS for w in name.split()):
        return False           # "Meets Uganda", "MacLeod Meets Guatemala": a headline's verb
    words = name.split()
    if not words or len(words) > 7 or any(ch.isdigit() for ch in name) or len(name) == 1:
        return False           # (nor "X", where a minister posts)
    if not (words[0][:1].isupper() or re.match(r"(?:al|el)-[A-ZÀ-ÖØ-ÞĀ-Ž]", words[0])) or \
            not re.match(r"(?:(?:al|el|bin|bint)-)?[A-ZÀ-ÖØ-ÞĀ-Ž]", words[-1]):    # ("al-Maqtari thanked")
        return False
    if lex.countries.lookup(name) or all(w in _NOT_NAME_WORDS for w in words) or name in _STYLES:
        return False           # (a style alone: "Dato' Seri Faizal" is no "Dato")
    if len(words) >= 2 and _is_region(name):
        return False           # "Nova Scotia", "New South Wales": a country's first-level region
    if lex.title.fullmatch(name) or words[-1] in _NOT_NAME_WORDS:
        return False
    if any(w in ("for", "of", "on", "and", "the", "with", "in") for w in words[1:-1]):
        return False           # "Visa Waiver for Holders": a title of something, not a name
    return True


def _is_region(name: str) -> bool:
    from .places import _regions
    return fold(name) in _regions()


def _name_after(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a capitalised name starting at ``pos`` (after spaces and honorifics)."""
    m = re.compile(r"[ \t]*(?:(?:H\.\s?[EH]\.|Mr\.?|Ms\.?|Mrs\.?|Drs?\.?|Smt\.?|Shri\.?|Prof\.?|Hon\.?|Honourable|Honorable|Amb\.|"
                   r"Brig\.?|Brigadier|Hojjatoleslam|Hojatoleslam|(?:Grand\s+)?Ayatollah|" + MILITARY_RANKS +
                   r"|\((?:Rtd|Ret)\.?\))\s+)*").match(text, pos)
    cur = m.end()
    start, end, count = cur, cur, 0
    while count < 9:        # (styles count too: "Dato Paduka Hajah Siti Norhayati binti Haji Metussin")
        tm = _NAME_TOKEN.match(text, cur)
        if tm and re.search(r"[’']s$", tm.group(0)) and tm.group(0).rstrip("’'s")[:1].isupper():
            end = tm.end() - 2      # "Liang Wenhui's Regular Press Conference": the name ends there
            count += 1
            break
        if tm and count and POST_NOMINALS.fullmatch(" " + tm.group(0)):
            end = tm.end()     # "Pádraig Ó Súilleabháin TD"
            break
        if tm and tm.group(0).rstrip(".") in _NOT_NAME_WORDS and count:
            return None        # "Arctic Council": the capitals name an organisation
        if not tm or tm.group(0).rstrip(".") in _NOT_NAME_WORDS:
            break
        end = tm.end()
        count += 1
        if tm.group(0).endswith(".") and len(tm.group(0)) > 2 and \
                not re.fullmatch(r"(?:Ts|Ch|Sh|Kh|Zh|Dz|Ya|Yu|Ye|Md|Mohd|St|Ste|Ma)\.|(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.)+", tm.group(0)):    # "Ambrose St. Jean", "G.P. Streltsov", "Ma. Teresa"
            break              # "Saleh." ends the sentence; only an initial ("J.") goes on
        sm = re.compile(r"[ \t]+").match(text, end)
        if not sm:
            break
        cur = sm.end()
    if count == 0:
        return None
    while end > start and text[end - 1] == "." and not re.search(r"(?:^|\s)[A-ZÀ-ÖØ-ÞĀ-Ž]\.$", text[start:end]):
        end -= 1
    return start, end


def _name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a capitalised name ending at ``pos``."""
    words = list(re.finditer(r"[\w’'\-\.]+", text[max(0, pos - 80):pos]))
    base = max(0, pos - 80)
    while words and POST_NOMINALS.fullmatch(" " + words[-1].group(0)):
        pos = base + words.pop().start()      # "Alistair Pembroke-Hale MP, Minister of State"
        pos = len(text[:pos].rstrip(" \t"))
    chosen = []
    for w in reversed(words):
        gap = text[base + w.end():(chosen[0][0] if chosen else pos)]
        if gap and not re.fullmatch(r"[ \t]+", gap):
            break
        token = w.group(0)
        particle = chosen and token in _PARTICLES     # "Lourenço dos Reis Amaral"
        if not (particle or _NAME_TOKEN.fullmatch(token)) or token.rstrip(".") in _NOT_NAME_WORDS:
            break
        if chosen and re.search(r"\w{2}\.$", token) and not re.fullmatch(r"(?:Ts|Ch|Sh|Kh|Zh|Dz|Ya|Yu|Ye|Md|Mohd)\.", token):
            break           # "... to Oman. Sheikh Nasser": a sentence ends before the name
        chosen.insert(0, (base + w.start(), base + w.end()))
        if len(chosen) == 7:
            break
    while chosen and text[chosen[0][0]:chosen[0][1]] in _PARTICLES:
        chosen.pop(0)
    return (chosen[0][0], chosen[-1][1]) if chosen else None


_OF_OWN_BODY = re.compile(r"(?:\s+(?:for|of)(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*){1,4}?)?\s+(?:of|in|at)\s+(?:his|her|their|its)\s+"
                          r"(?:own\s+)?(?:[Mm]inistry|[Dd]epartment|[Ee]mbassy|[Ss]ecretariat|[Oo]ffice|[Gg]overnment)\s*,\s+")
_ROLE_APPOSITION = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:visiting\s+|new\s+)?"
                              r"(?:visitor|guest|host|counterpart|envoy|spokes(?:wo)?man|spokesperson),\s+")
# what the model leaves off a name: "[Siti Aminah] binti Omar", "[Jose Antonio] dela Paz"
_PATRONYM = re.compile(r"\s+(?:bin|binti|binte|bint|bte|ibn|dela|delos|de\s+la|de\s+los|del|van\s+der|van\s+den|von\s+der)"
                       r"\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]+)?")
_PARTICLES = {"al", "el", "bin", "bint", "binti", "binte", "ben", "van", "von", "de", "da", "di", "du", "la", "le",
              "ibn", "abu", "der", "den", "dos", "das", "del", "ter", "y", "i",
              "ugli", "ogli", "oglu", "oğlu", "ogly", "qizi", "kizi", "kyzy", "qyzy", "uulu", "uly"}


_PORTFOLIO_TAIL = re.compile(r"(?:\s+(?:and|of|for|to|in|on|at|responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*)+")


_OPEN_PORTFOLIO = re.compile(r"\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*")
_RESPONSIBLE_FOR = re.compile(r"\s+(?:responsible\s+for|in\s+charge\s+of)")


def _portfolio_phrase(text: str, start: int, lex: Lexicon) -> int:
    """Past the capitalised portfolio at ``start`` ("Regional Development"), up to its last
    portfolio word, so that a name right after it stays a name; ``start`` when there is none."""
    om = _OPEN_PORTFOLIO.match(text, start)
    if not om:
        return start
    words = list(re.finditer(r"\S+", om.group(0)))
    last = max((i for i, w in enumerate(words) if w.group(0) in lex.portfolio_words), default=None)
    if last is not None:
        return om.start() + words[last].end()
    return om.end() if re.match(r"\s*(?:[,.;:)]|$)", text[om.end():om.end() + 2]) else start
_COMMA_PORTFOLIO = re.compile(
    r",\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+and\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)?)(?=,)")


_OF_BODY = re.compile(
    r"\s+(?:of|to|for|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+\([A-Z][A-Za-z.&\-]{1,10}\))?"
    r"(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+\([A-Z][A-Za-z.&\-]{1,10}\))?)*")


def _portfolio_end(text: str, end: int, lex: Lexicon) -> int:
    """Past a title's portfolios: " and Cooperation", ", International Trade and Worship"."""
    pm = _PORTFOLIO_TAIL.match(text, end)
    end = pm.end() if pm else end
    while cm := _COMMA_PORTFOLIO.match(text, end):
        if not all(w in lex.portfolio_words for w in cm.group(1).split() if w != "and"):
            break
        end = cm.end()
    return end


# the country a text speaks from, by its kind of state: "Ambassador of Japan to the Kingdom"
REALM = r"Kingdom|Sultanate|Emirates?|Principality|Confederation"


def _after_of_country(text: str, end: int, lex: Lexicon) -> int:
    """Past " of Georgia" in "Minister of Foreign Affairs of Georgia Nikoloz Abashidze"."""
    while True:     # "... of the United Mexican States to the State of Qatar NAME", "... of Japan to the Kingdom NAME"
        om = re.compile(r"\s+(?:of|to)\s+").match(text, end)
        cm = om and (lex.country_form.match(text, om.end()) or
                     om.group(0).strip() == "to" and re.compile(rf"the\s+(?:{REALM})\b(?!\s+of\b)").match(text, om.end()))
        if not cm:
            return end
        end = cm.end()


def _title_after_country(m: Mentions, t: TitleMention) -> bool:
    return any(0 <= t.start - c.end <= 4 and re.fullmatch(r"(?:[’']s)?\s+", m.text[c.end:t.start])
               for c in m.countries)


_TITLED = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Smt|Shri|Sir|Madam|H\.\s?[EH]\.|Minister|Secretary|President|Premier|"
    r"Ambassador|Chancellor|King|Queen|Emir|Sheikh|Prince|FM|Envoy|Spokesperson|Governor|General)\.?\s+)$")


_TITLE_TAILS = {"Responsible", "Security", "Peace", "Affairs", "Cooperation", "Development", "Trade",
                "Defence", "Defense", "Integration", "Relations", "Abroad", "Worship", "Commerce",
                "First", "Second", "Third", "Fourth", "Fifth", "Finally", "Lastly", "Secondly"}
_HEADLINE_VERBS = {"Meets", "Calls", "Receives", "Holds", "Visits", "Signs", "Hosts", "Welcomes",
                   "Thanks", "Urges", "Discusses", "Concludes", "Begins", "Says", "Condemns", "Reviews",
                   "Pledges", "Vows", "Seeks", "Backs", "Stresses", "Reaffirms", "Expresses", "Congratulates",
                   "Attends", "Launches", "Opens", "Pays", "Presents", "Praises", "Warns", "Wraps", "Sends",
                   "Conveys", "Offers", "Extends", "Invites", "Greets", "Mourns", "Hails", "Lauds", "Talks",
                   "Answers", "Briefs", "Addresses", "Responds", "Speaks", "Tells", "Arrives", "Departs", "Returns"}
_LOCATIVE = re.compile(r"\b(?:in|near|visited|toured|outside|across|city of|province of|region of|at the)\s+(?:the\s+)?$", re.I)


def _squash(name: str) -> str:
    """A place name folded for comparison: "Hà Nội" and "Hanoi" are one."""
    return re.sub(r"[\s\-]", "", fold(name).casefold())


@cache
def _squashed_capitals() -> frozenset[str]:
    from .places import capitals
    return frozenset(_squash(c) for c in capitals())


def _drop_places(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """A name the text only ever uses after "in", "to", "from" ... is a place ("in Quảng Trị")."""
    by_name: dict[str, list[PersonMention]] = {}
    for p in found:
        by_name.setdefault(p.name, []).append(p)
    # "... in Yokohama", "Yokohama trip": a name the text once puts after "in" and never titles
    places = {name for name, ms in by_name.items()
              if all(p.source not in ("title", "apposition") for p in ms) and
              (all(_LOCATIVE.search(text[max(0, p.start - 12):p.start]) for p in ms) or
               len(name.split()) == 1 and any(_LOCATIVE.search(text[max(0, p.start - 12):p.start]) for p in ms) and
               not any(_TITLED.search(text[max(0, p.start - 30):p.start]) for p in ms))}
    return [p for p in found if p.name not in places]


_ARTICLE = re.compile(r"^(?:al|el|Al|El)-(?=\w)")


def without_article(word: str) -> str:
    """A name word without its Arabic article: "al-Khatib" -> "Khatib"."""
    return _ARTICLE.sub("", word)


def _drop_lone_guesses(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """A one-word name is kept only when some mention of it has a title or honorific in
    front ("President Biden", "Mr Hu") or it is part of a full name found elsewhere; an
    all-capitals word ("IAEA") is an acronym, not a person."""
    full_words = {w for p in found if len(p.name.split()) > 1 for w in p.name.split()}
    full_words |= {without_article(w) for w in full_words}     # "Khatib" of "al-Khatib"
    full_words |= {w[:1].upper() + w[1:] for w in full_words if _ARTICLE.match(w)}     # "Al-Khatib" opening a sentence
    titled = {p.name for p in found
              if _TITLED.search(text[max(0, p.start - 30):p.start]) or p.source in ("title", "apposition")}
    keep = []
    for p in found:
        if len(p.name.split()) == 1:
            if p.name.isupper() and len(p.name) > 1 or p.name in _TITLE_TAILS:
                continue
            # ("N.Zhaksybekov": an initial joined to a surname found in full elsewhere)
            surname = re.sub(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]?\.(?=[A-ZÀ-ÖØ-ÞĀ-Ž])", "", p.name)
            if p.name not in full_words and p.name not in titled and (surname == p.name or surname not in full_words):
                continue
        keep.append(p)
    return keep


def _listed_names(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of "A, B and C" starting at ``pos``: names of two words or more."""
    names = []
    while (span := _name_after(text, pos)) and span[0] == pos and len(text[span[0]:span[1]].split()) >= 2:
        names.append(span)
        sep = re.compile(r",\s+(?:and\s+)?|\s+and\s+").match(text, span[1])
        if not sep:
            break
        pos = sep.end()
    return names


_BRACKETED_SPEAKER = re.compile(r"[^\S\n]*\((?=[^()\n]{3,60}\)[^\S\n]*:)")
_OF_SPACE = re.compile(r"\s+of\s+")
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?:\b(?:at|in)\s+the\s+(?:[\w’'-]+\s+){0,4}?(?:Ministry|Office|Palace|House|Headquarters|Secretariat|Building|"
    r"Centre|Center|Hall)(?:\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)*)?,\s+|"
    r"\b(?:company|firm|carrier|airline|operator|corporation|railway|corridor|pipeline|project|programme)\s+)$")
_PORTFOLIO_LIST_BEFORE = re.compile(r"\b(?:Minister|Secretary|Ministry|Department|Commissioner)\s+(?:for|of)\s+"
                                    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s*,?\s+)+$")
_PORTFOLIO_LIST_AFTER = re.compile(r"(?:,\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*)*,?\s+and\s+"
                                   r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*,\s")
_PLURAL_OF = re.compile(r"\b(?:counterparts|colleagues|ministers|ambassadors|envoys|leaders|presidents|premiers|"
                        r"heads of (?:state|government|(?:the\s+)?delegations?)|delegations|secretaries)\s+(?:from|of)\s+(?:the\s+)?")


# "of the Republic of Korea, A", "for Cooperation and for Ibero-America, A", "of Foreign Affairs,
# Cooperation and Communities of São Tomé and Príncipe, A" (a comma only inside a list ending in "and")
_CAP = r"(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*)*"
_OF_NAMED_BODY = re.compile(r"\s+of\s+the\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*\s+){0,3}(?:Administration|Office|Ministry|Commission|Council|"
                            r"Committee|Agency|Service|Department|Bureau|Secretariat|Directorate|Chancellery|Cabinet)(?=\s)")
_OF_CHAMBER = re.compile(r"\s+of\s+(?:the\s+)?")
_CHAMBER = re.compile(r"(?:(?:National|Federal|Legislative|Consultative|Islamic\s+Consultative|People's|Grand\s+National)\s+)?"
                      r"(?:Parliament|Assembly|Senate|Congress|House\s+of\s+(?:Representatives|Commons|Lords|Councillors)|Chamber\s+of\s+Deputies)"
                      r"(?:\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)?)?(?=\s)")
_PLACE_NAMED_AFTER = re.compile(r"[ \t]+(?:River|[Hh]otel|Basin|Airport|Stadium|Bridge|Street|Avenue|Boulevard|Plateau|Desert)\b")
_DAY_AND_YEAR = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{3,4}\b")
_AFFAIRS_LIST = re.compile(r"\s+(?:for|of)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:,\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*,?\s+and\s+"
                           r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)?\s+Affairs(?=\s)")
_CAPITALISED_TAIL = re.compile(r"(?:\s+(?:and(?:\s+(?:of|for|to))?|of|for|to|in|at)\s+" + _CAP +
                               r"|,\s+" + _CAP + r"(?=(?:,\s+" + _CAP + r")*,?\s+and\s+[A-ZÀ-ÖØ-ÞĀ-Ž]))+,")


_ROLES = (r"(?:fisherm[ae]n|farmers?|students?|residents?|shopkeepers?|traders?|vendors?|drivers?|workers?|labou?rers?|"
          r"teachers?|nurses?|doctors?|activists?|analysts?|economists?|professors?|lecturers?|researchers?|scholars?|"
          r"historians?|business(?:man|woman|men|women)|entrepreneurs?|retirees?|pensioners?|villagers?|refugees?|"
          r"survivors?|volunteers?|engineers?|lawyers?|commentators?|pilgrims?|tourists?|exporters?|importers?|investors?|"
          r"herders?|miners?|growers?|mothers?|fathers?|veterans?|parents?|owners?|managers?|"
          r"(?!(?:ex|as|in|per|re|con)sists?\b)[a-z]{3,}(?:ist|yst)s?)")     # "environmentalist", "analyst", not "insist"
_ROLE_BEFORE_NAME = re.compile(r"\b" + _ROLES + r"[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
_SAID_AFTER = re.compile(r"\s*(?:,|\s(?:said|says|told|added|recalled|explained))")
_NAME_THEN_ROLE = re.compile(r"[\"“]?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]?\.[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]+|"
                             r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]+){1,3}),[ \t]+(?:an?|\d{1,2})[ \t]+"
                             r"(?:[\w\-]+[ \t]+){0,4}?" + _ROLES + r"\b[^.;]{0,80}?\b(?:said|says|told|added|recalled|explained)\b")


def _surname_acts(doc) -> list:
    """Two or three capitalised words the model took for a body or a place ("Karim Lahrichi",
    ORG) whose last word the text goes on with alone, as the subject of a verb in the past or
    present ("Lahrichi thanked Spain", "Lahrichi says"): a person, named in full and then by
    surname, as bodies are not."""
    candidates = [ent for ent in doc.ents if ent.label_ in ("ORG", "GPE", "NORP", "FAC", "PRODUCT") and
                  2 <= len(words := [t for t in ent if not t.is_space]) <= 3 and all(_NAME_WORD.fullmatch(t.text) for t in words)]
    if not candidates:
        return []
    # each lone capitalised word that is the subject of a verb in the past or present, and the tokens where it is
    acting: dict[str, set[int]] = {}
    for t in doc:
        if t.dep_ == "nsubj" and t.head.tag_ in ("VBD", "VBZ") and t.text[:1].isupper() and \
                (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].is_sent_start) and \
                not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()):
            acting.setdefault(t.text, set()).add(t.i)
    return [ent for ent in candidates if acting.get(ent[-1].text, set()) - {ent[-1].i}]


_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿā-ž’'\-]+[a-zà-ÿā-ž]")


def _person_mentions(text: str, doc, offset: int, m: Mentions, lex: Lexicon) -> list[PersonMention]:
    found: list[PersonMention] = []

    def add(start: int, end: int, source: str) -> None:
        if blank := re.search(r"\n[ \t]*\n", text[start:end]):
            end = start + blank.start()     # "... - Deputy Minister Sarpong\n\nInterview by": a name ends at a blank line
        raw = text[start:end]
        name = clean_name(raw)
        if re.search(r"(?:Dato['’]?|Datuk|Tan)\s+$", text[max(0, start - 8):start]):
            name = re.sub(r"^(?:(?:Sri|Seri|Utama|Paduka|Setia|Laila|Jasa|Wira|Amar)\s+)+(?:(?:Haji|Hajah)\s+)?", "", name)    # "Dato' Seri Utama Haji Ahmad": styles
        name = re.sub(r"\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž].*$", "", name)   # "Mabote of Mozambique"
        words = name.split()
        while len(words) > 2 and (words[0] in lex.portfolio_words or _NOT_IN_NAMES.fullmatch(words[0])):
            words.pop(0)        # "Human Mobility Andrés Villacís", "Francophonie Hélène Duval": the end of a title
        if len(words) > 2 and re.search(r"\b(?:of|to|in)\s+(?:the\s+)?$", text[max(0, start - 8):start]) and \
                lex.countries.lookup(words[0]):
            words.pop(0)        # "... and Trade of Ireland Cathal Ó Briain"
        # "invited Minister Dubovský to Belgrade": a word in lower case that joins no name ends it
        cut = next((i for i, w in enumerate(words) if i and w in ("to", "in", "at", "from", "with", "on", "by")), None)
        words = words[:cut] if cut else words
        # a headline's "Ambassador Zhao Minghui Answers Questions": its verb ends the name
        cut = next((i for i, w in enumerate(words) if i >= 2 and w in _HEADLINE_VERBS), None)
        words = words[:cut] if cut else words
        name = " ".join(words)
        if not _is_plausible_name(name, lex, titled=source in ("title", "apposition")):
            return
        if _DAY_AND_YEAR.match(text, end):
            return              # "Riyadh, Rabi Al-Awwal 14, 1424": a month of another calendar, then its day

        lead = raw.find(name)
        s = start + max(lead, 0)
        e = s + len(name)
        if text[s:e] != name:          # whitespace was folded; keep the raw span
            s, e = start, end
        for other in found:
            if other.start < e and s < other.end:
                if (e - s) > (other.end - other.start) and source != "repeat" or \
                        (other.start, other.end) == (s, e) and other.source == "ner" and source == "title":
                    found.remove(other)     # the longer name, or the same one found after a title
                    break
                return
        found.append(PersonMention(s, e, text[s:e], name, source))

    for ent in doc.ents:
        if ent.label_ == "PERSON":
            start, end = ent.start_char + offset, ent.end_char + offset
            inside = next((t for t in m.titles if t.start <= start < t.end <= end), None)
            span = inside and _name_after(text, inside.end)
            if span:        # "State [Councilor Gao] Zhenping": the name follows the title
                start, end = span
            patronym = _PATRONYM.match(text, end)     # "[Siti Aminah] binti Omar"
            add(start, patronym.end() if patronym else end, "ner")
    cues = [_after_of_country(text, t.end, lex) for t in m.titles
            if re.search(r"(?:^|\s)[A-ZÀ-ÖØ-ÞĀ-Ž]", t.text)]      # "acting Foreign Minister X"
    # "government spokesperson Lina Qudah": a title in lower case, right before a full name
    cues += [t.end for t in m.titles if not re.search(r"(?:^|\s)[A-ZÀ-ÖØ-ÞĀ-Ž]", t.text) and
             (span := _name_after(text, t.end)) and span[0] == t.end + 1 and len(text[span[0]:span[1]].split()) >= 2]
    for t in m.titles:      # "Chinese Ambassador in Seoul Dai Xiaoyun", "High Commissioner in Port Moresby, A"
        posted = posted_place(text, t.end, lex)
        if posted and re.search(r"(?i)ambassador|envoy|consul|charg|commissioner", t.head):
            cues.append(posted)
    for t in m.titles:      # "the Secretary of State for International Cooperation and for Ibero-America, A"
        tail = _CAPITALISED_TAIL.match(text, t.end)
        span = tail and t.text[:1].isupper() and "\n" not in tail.group(0) and _name_after(text, tail.end())
        words = text[span[0]:span[1]].split() if span else []
        # not the portfolio list going on ("for Education, Heritage and Arts")
        if len(words) >= 2 and not re.match(r",?\s+and\s+[A-ZÀ-ÖØ-ÞĀ-Ž]", text[span[1]:span[1] + 12]) and \
                not any(w in lex.portfolio_words for w in words) and not _is_place(" ".join(words), lex):
            cues.append(tail.end())
    for t in m.titles:      # "Coordinating Minister for Political, Legal and Security Affairs A": "Affairs" ends the title
        tail = _AFFAIRS_LIST.match(text, t.end)
        span = tail and t.text[:1].isupper() and _name_after(text, tail.end())
        if span and span[0] == tail.end() + 1 and len(text[span[0]:span[1]].split()) >= 2:
            cues.append(tail.end())
    for t in m.titles:      # "Deputy Head of the Presidential Administration Dmytro Ostapchuk": the body's name ends the title
        body = _OF_NAMED_BODY.match(text, t.end)
        span = body and t.text[:1].isupper() and _name_after(text, body.end())
        if span and span[0] == body.end() + 1 and len(text[span[0]:span[1]].split()) >= 2 and \
                re.match(r"\s+[a-z]", text[span[1]:span[1] + 2]) and not _is_place(text[span[0]:span[1]], lex):
            cues.append(body.end())
    from .places import _legislatures_pattern
    for t in m.titles:      # "Speaker of the Saeima Inga Ozola", "Speaker of Parliament Inga Ozola": the chamber ends the title
        of = _OF_CHAMBER.match(text, t.end)
        chamber = of and (_legislatures_pattern().match(text, of.end()) or _CHAMBER.match(text, of.end()))
        span = chamber and t.text[:1].isupper() and _name_after(text, chamber.end())
        if span and span[0] == chamber.end() + 1 and len(text[span[0]:span[1]].split()) >= 2 and \
                re.match(r"\s+[a-z]", text[span[1]:span[1] + 2]) and not _is_place(text[span[0]:span[1]], lex):
            cues.append(chamber.end())
    for t in m.titles:      # "the Director-General for ASEAN Affairs of his Ministry, Domingos Sarmento"
        own = _OF_OWN_BODY.match(text, t.end)
        if own:
            cues.append(own.end())
    cues += [cm.end() for cm in re.finditer(r"\bcounterparts?\b,?", text)]
    # a transcript's "Official Spokesperson (Ms A B):": the one who speaks, named in brackets
    cues += [t.end + lm.end() for t in m.titles if (lm := _BRACKETED_SPEAKER.match(text[t.end:t.end + 80]))]
    for gm in m.groups:     # "the co-chairs of the Minsk Group, A and B"
        tail = _GROUP_OF_BODY.match(text, gm.end())
        if tail and not any(gm.end() <= c.start < tail.end() for c in m.countries):     # not "ministers of Spain,"
            cues.append(tail.end())
    cues += [hm.end() for hm in re.finditer(      # "Ms Lagi Tuimavave Eteuati", "Prof. Gulnora Saidova"
        r"\b(?:Mr|Ms|Mrs|Dr|Prof|Smt|Shri|Shrimati|Hon)\.?(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])|\bH\.\s?[EH]\.(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])|"
        # a compound military rank: "Lieutenant General Vytautas Dambrauskas", "Rear Admiral A" (not all of
        # MILITARY_RANKS: a bare "General" opens "the General Debate", "Mandalay General Hospital")
        r"\b(?:(?:Lieutenant|Major|Brigadier)\s+General|(?:Vice|Rear)\s+Admiral|Air\s+(?:Chief\s+)?Marshal)"
        r"(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿā-ž])", text)]
    cues += [hm.end() for hm in re.finditer(      # "His Highness Va'aelua Sefo Toleafoa"
        r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\b(?:\s+(?:the\s+)?(?:Amir|Emir|King|Sultan|Sheikh|Crown Prince|Prince))?", text)]
    for bm in re.finditer(r"\b(?:headed|led|chaired)\s+by\s+", text):     # "the Mission, headed by A,"
        span = _name_after(text, bm.end())
        if span and span[0] == bm.end() and 2 <= len(text[span[0]:span[1]].split()) <= 4 and \
                re.match(r"\s*[,.;)]", text[span[1]:span[1] + 2]) and not lex.countries.lookup(text[span[0]:span[1]]) and \
                not lex.title.match(text, span[0]):     # "headed by Speaker A": the title finds A
            cues.append(bm.end())
    # people quoted for what they do: "fisherman Elmer Dantes said", "Bolormaa Dashdorj, a
    # graduate student in Busan, said"
    for rm in _ROLE_BEFORE_NAME.finditer(text, offset):
        span = _name_after(text, rm.end())
        if span and span[0] == rm.end() and len(text[span[0]:span[1]].split()) >= 2 and _SAID_AFTER.match(text, span[1]):
            cues.append(rm.end())
    cues += [s.start for s in m.sentences if _NAME_THEN_ROLE.match(text, s.start, s.end)]
    # "Latvia's Inga Ozola" (a full name: "Lithuania's Independence" is none)
    cues += [c.end + 2 for c in m.countries if c.possessive and _two_word_name(text, c.end + 2)]
    cues += [t.end for t in m.titles if _title_after_country(m, t)]  # "Spain's foreign minister X"
    for end in cues:
        span = _name_after(text, end)
        if span and span[0] - end <= 8:
            add(*span, "title")
            more = re.compile(r",?\s+and\s+").match(text, span[1])    # "..., A and B, in Tallinn"
            second = more and _name_after(text, more.end())
            words = text[second[0]:second[1]].split() if second else []
            if second and second[0] == more.end() and len(words) >= 2 and \
                    not lex.title.search(text[second[0]:second[1]]) and not any(w.isupper() for w in words) and \
                    not re.search(r"[’']s\b", text[second[0]:second[1]]) and not lex.countries.lookup(words[0]) and \
                    re.match(r"\s*(?:[,.;)]|$)", text[second[1]:second[1] + 2]):
                add(*second, "title")
    # "his colleagues from Kazakhstan, Tajikistan and Uzbekistan - A, B and C -"
    for lm in re.finditer(r"\b(?:counterparts|colleagues|ministers)\s+(?:from|of)\s+[^–—:(\n.]{3,90}?\s+[–—:(-]\s+", text):
        for span in _listed_names(text, lm.end()):
            add(*span, "title")
    # "the foreign ministers of Croatia, Latvia and Malta, A, B and C"
    for lm in _PLURAL_OF.finditer(text):
        pos, count = lm.end(), 0
        while (cm := lex.country_form.match(text, pos)) and lex.countries.lookup(cm.group(0)):
            count += 1
            sep = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?").match(text, cm.end())
            if not sep or not lex.country_form.match(text, sep.end()):
                break
            pos = sep.end()
        lead = re.compile(r"(?:,|\s+[–—:(-])\s+").match(text, cm.end()) if count >= 2 and cm else None
        names = _listed_names(text, lead.end()) if lead else []
        if len(names) == count and not any(lex.countries.lookup(text[a:b]) for a, b in names):
            for span in names:
                add(*span, "title")
    # "her counterparts from Paraguay, Rubén Ayala, and Uruguay, Sofía Ferreira"
    for lm in re.finditer(r"\b(?:counterparts?|colleagues?|ministers?)\s+(?:from|of)\s+", text):
        pos = lm.end()
        while (cm := lex.country_form.match(text, pos)) and (sep := re.compile(r",\s+").match(text, cm.end())):
            span = _name_after(text, sep.end())
            if not span or span[0] != sep.end() or len(text[span[0]:span[1]].split()) < 2 or \
                    not re.match(r"\s*(?:[,.;)]|\s+and\b)", text[span[1]:span[1] + 5]):
                break
            add(*span, "title")
            more = re.compile(r",?\s+and\s+|,\s+").match(text, span[1])
            if not more:
                break
            pos = more.end()
    for t in m.titles:     # "Minister of Foreign Affairs and Human Mobility Andrés Villacís"
        tail = _PORTFOLIO_TAIL.match(text, t.end)
        if not tail or not t.text[:1].isupper():
            continue
        inner = re.search(r"\s+(?:of|for)\s+(?:the\s+)?", tail.group(0))
        while inner:      # "... Investment Promotion of Somalia Abdirahman Sheikh Nur Warsame", "... Envoy for Sudan A"
            cm = lex.country_form.match(text, tail.start() + inner.end())
            if cm and country_named(lex, cm.group(0), text[max(0, cm.start() - 40):cm.start()]):
                span = _name_after(text, cm.end())
                if span and span[0] - cm.end() <= 2:
                    add(*span, "title")
                break
            inner = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?").search(tail.group(0), inner.end())
        words = list(re.finditer(r"[^\s,]+", tail.group(0)))
        last = max((i for i, w in enumerate(words) if w.group(0) in lex.portfolio_words), default=None)
        if last is not None and last + 1 < len(words):
            span = _name_after(text, tail.start() + words[last].end())   # "... Affairs Ts. Davaasuren"
            if span and span[0] == tail.start() + words[last + 1].start() and \
                    2 <= len(text[span[0]:span[1]].split()) <= 4:
                add(*span, "title")
    for t in m.titles:     # "the Ambassador of Peru, Ana Quispe, presented ..."
        end = _after_of_country(text, t.end, lex)
        body = _OF_BODY.match(text, end)      # "the Chairperson of the African Union (AU) Commission, A"
        if body and re.match(r",[ \t]+", text[body.end():body.end() + 2]):
            end = body.end()
        # "... and Cooperation, Joaquim", "... of American States (OAS), Ricardo"
        comma = re.compile(r"(?:\s+\([A-Z][\w.&\-]{1,12}\))?,[ \t]+").match(text, _portfolio_end(text, end, lex))
        span = comma and _name_after(text, comma.end())
        words = text[span[0]:span[1]].split() if span else []
        mononym = len(words) == 1 and len(words[0]) >= 4 and words[0] not in lex.portfolio_words and \
            not lex.countries.lookup(words[0]) and re.match(r",\s+(?:met|held|received|said|called|visited|signed|paid)\b",
                                                            text[span[1]:span[1] + 12])
        if span and (len(words) >= 2 or mononym) and \
                re.match(r"\s*(?:[,.;)]|$|\((?!\d))", text[span[1]:span[1] + 3]) and not _office_first(text, span[0], lex):
            add(*span, "title")     # "the Ambassador of Indonesia, Soedarmanto, met ...", "Its Chair, A (Moderate Party),"
                                    # (not "..., Federal Councillor A")
    for t in m.titles:   # "Name, Egypt's Foreign Minister" / "Name, the Ethiopian Ambassador"
        pre = text[max(0, t.start - 60):t.start]
        # ("A, the European Union Special Representative": a body's name between)
        am = re.search(r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-\. ]+?)(?:,\s+|,?\s+(?:is|was|serves\s+as)\s+)(?:(?:the|his|her|their|an?|[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]*)*[’']s)\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+\s+|(?<=the\s)(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+\s+){2,3})?$", pre)
        if am:
            span = _name_before(text, t.start - len(pre) + am.end(1))
            if span and not re.search(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o)\s+$", text[max(0, span[0] - 6):span[0]]):
                add(*span, "apposition")     # (not "Also present in Argyle was Guyana's Ambassador", "In Santiago, Minister A")
    for rm in _ROLE_APPOSITION.finditer(text, offset):    # "The visitor, Marie-Michèle Désir, is ..."
        span = _name_after(text, rm.end())
        if span and span[0] == rm.end() and len(text[span[0]:span[1]].split()) >= 2 and text[span[1]:span[1] + 1] == ",":
            add(*span, "apposition")
    # "A of Lithuania and B of Estonia": a name in a list of people each given with a country
    for p in [p for p in found if p.source != "repeat"]:
        of = _OF_SPACE.match(text, p.end)
        cm = of and lex.country_form.match(text, of.end())
        if not cm or cm.start() != of.end() or not lex.countries.lookup(cm.group(0)):
            continue
        sep = re.compile(r",?\s+and\s+|,\s+").match(text, cm.end())
        span = sep and _name_after(text, sep.end())
        tail = span and _OF_SPACE.match(text, span[1])
        tail = tail and lex.country_form.match(text, tail.end())
        if span and span[0] == sep.end() and len(text[span[0]:span[1]].split()) >= 2 and tail and \
                lex.countries.lookup(tail.group(0)) and not lex.title.search(text[span[0]:span[1]]):
            add(*span, "title")
    # "spoke with Karim Lahrichi ... Lahrichi thanked Spain": a name the model called a body or a place,
    # where nothing else found a name there and no known name shares its words
    words_known = {w for p in found for w in p.name.split()}
    for ent in _surname_acts(doc):
        start, end = ent.start_char + offset, ent.end_char + offset
        words = ent.text.split()
        if any(p.start < end and start < p.end for p in found) or words_known & set(words) or \
                any(w in _NOT_NAME_WORDS or w in lex.portfolio_words or _is_place(w, lex) for w in words) or \
                any(t.end <= start and not text[t.end:start].strip(" ,") for t in m.titles):
            continue
        add(start, end, "ner")
    # Repeats: a full name's parts, wherever the model missed them.
    from .places import _HUB_CITIES, capitals   # a capital city is a place, whatever the model says

    known = {p.name for p in found if p.name.casefold() not in capitals()}   # not "Seri" of "Bandar Seri Begawan"
    tokens = {w for n in known for w in n.split() if len(w) > 2 and w not in _NOT_NAME_WORDS}
    tokens |= {bare for w in tokens if len(bare := without_article(w)) > 2}     # "Khatib" of "al-Khatib"
    tokens |= {w[:1].upper() + w[1:] for w in tokens if _ARTICLE.match(w) and w[:1].islower()}   # "Al-Rawahi" opening a sentence
    forms = sorted(known | tokens, key=len, reverse=True)
    # One scan for all forms (the longest that fits at each place), then the longest forms first.
    every = re.compile(r"(?<![\w-])(?=(" + "|".join(map(re.escape, forms)) + r")(?![\w-]))") if forms else None
    spots = sorted(((rm.start(), rm.end(1)) for rm in every.finditer(text, offset)) if every else (),
                   key=lambda se: (se[0] - se[1], se[0]))
    for s, e in spots:
        if any(p.start <= s and e <= p.end for p in found):
            continue
        if any(c.start <= s < c.end for c in m.countries):
            continue
        add(s, e, "repeat")
    # a family name of two letters written first ("Li" of "Li Wenjun"), where it is the subject of a verb
    short = {n.split()[0] for n in known if len(n.split()) >= 2 and re.fullmatch(r"[A-Z][a-z]", n.split()[0])}
    for w in short:
        for rm in re.finditer(rf"(?<![\w\-.]){w}(?=\s+(?:also\s+|then\s+)?(?:[a-z]+ed|said|says|told|met|held|made|gave|sent|spoke)\b)",
                              text[offset:]):
            s, e = offset + rm.start(), offset + rm.end()
            if not any(p.start <= s < p.end for p in found):
                add(s, e, "repeat")

    found = [p for p in found if p.source in ("title", "apposition") or not (
        re.search(r"\b(?:the|at)\s+$", text[max(0, p.start - 4):p.start]) and
        (re.match(r"\s+[a-z]", text[p.end:p.end + 3]) or text[max(0, p.start - 3):p.start].strip() == "at"))]
    # "the Ministry of Foreign Affairs, Singha Durbar", "the railway company Kazakhstan Temir Zholy":
    # an address or a thing the model took for a person
    found = [p for p in found if p.source != "ner" or not _NOT_A_PERSON_BEFORE.search(text, max(0, p.start - 60), p.start)]
    # "Minister for Finance, Strategic Planning, National Development and Statistics": a portfolio list
    # (unless the model itself calls it a person)
    people = [(e.start_char + offset, e.end_char + offset) for e in doc.ents if e.label_ == "PERSON"]
    found = [p for p in found if not (
        (p.name.split()[-1] in lex.portfolio_words or not any(a < p.end and p.start < b for a, b in people)) and
        _PORTFOLIO_LIST_BEFORE.search(text, max(0, p.start - 80), p.start) and _PORTFOLIO_LIST_AFTER.match(text, p.end))]
    found = _drop_lone_guesses(text, found)
    found = _drop_places(text, found)
    places = {name for _, _, name in m.places}     # what the model calls a place
    # every part of a full name after the first: "Restrepo" of "María Fernanda Restrepo Gaviria"
    surnames = {w for p in found if len(p.name.split()) > 1 and p.source != "repeat" for w in p.name.split()[1:]} | \
        {p.name for p in found if p.source in ("title", "apposition")}
    # a given name the text goes on with ("Ethiopian Foreign Minister Mekdes Alemayehu Tadesse ... Mekdes
    # offered her sympathy"), where the model took the lone name for a place
    given = {p.name.split()[0] for p in found if len(p.name.split()) >= 2 and p.source in ("title", "apposition")}
    # a family name written first ("Yoon" of "Yoon Sang-chul") that the model also calls a person alone
    surnames |= {p.name for p in found if p.source == "ner" and " " not in p.name} & \
        {p.name.split()[0] for p in found if len(p.name.split()) > 1 and p.source != "repeat"}
    found = [p for p in found
             if not any(c.start <= p.start and p.end <= c.end for c in m.countries)
             and p.name.casefold() not in capitals() and p.name.casefold() not in _HUB_CITIES
             and _squash(p.name) not in _squashed_capitals()
             and (p.name not in places or p.source in ("title", "apposition") or p.name in surnames or
                  p.name in given and re.match(r"\s+(?:also\s+)?(?:[a-z]+ed|said|says|told|met|held|spoke|made|gave|sent)\b", text[p.end:p.end + 20]))]
    # "By Achieng Odera", "From Ifeoma Okwuosa, Abuja": the reporter, not a person of the news
    # (a name the model found there, not a surname the byline shares with someone in the news)
    reporters = {p.name for p in found if p.source != "repeat" and _BYLINE.fullmatch(text, *_line_of(text, p.start)) and p.name in
                 _BYLINE.fullmatch(text, *_line_of(text, p.start)).group("name")}
    # "Question (Rania Haddad, Al-Raya):": a briefing's questioner is a reporter too
    reporters |= {p.name for p in found if _QUESTIONER.search(text, max(0, p.start - 30), p.start)}
    # "Reporter: A", "Editor: B", "(Reporting by A; Editing by B)": the newsroom's credits
    # (not a caption: "Photo: Ambassador Morimoto (left) with Minister Valdivieso")
    reporters |= {p.name for p in found if (cm := _CREDIT.search(text, max(0, p.start - 60), p.start))
                  and not lex.title.search(cm.group(0))}
    # "Daniyar Serikov, Astana" as the text's last line: the reporter's sign-off
    last_line = _line_of(text, len(text.rstrip()) - 1) if text.strip() else (0, 0)
    reporters |= {p.name for p in found if last_line[0] <= p.start < last_line[1] and
                  _SIGN_OFF.fullmatch(text, *last_line) and p.name in _SIGN_OFF.fullmatch(text, *last_line).group("name")}
    # "Our correspondent Mele Fifita reports from ...": the broadcaster's own
    reporters |= {p.name for p in found if _CORRESPONDENT.search(text, max(0, p.start - 40), p.start)}
    found = [p for p in found if not any(p.name in r or r in p.name for r in reporters)]
    return sorted(found, key=lambda p: p.start)


_CREDIT = re.compile(r"(?:(?m:^)[^\S\n]*|\(|;\s*)(?:Reporter|Reporting|Editor|Editing|Edited|Writer|Written|Writing|"
                     r"Translator|Translated|Translation|Compiled|Additional\s+reporting|Photo|Photos|Camera|Producer)"
                     r"(?:\s+by)?[^\S\n]*[:：]?[^\S\n]*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.\-’']*[^\S\n]*){0,3}"
                     r"(?:[^\S\n]*(?:,|and|&|/)[^\S\n]*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.\-’']*[^\S\n]*){1,4})*"
                     r"(?:[^\S\n]*(?:,|and|&|/)[^\S\n]*)?$")
_SIGN_OFF = re.compile(r"[ \t]*(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'\-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'\-]*){1,3}),[ \t]+"
                       r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*){0,2}[ \t]*")
_CORRESPONDENT = re.compile(r"\b(?:[Oo]ur|[Tt]his\s+programme's|[Tt]he\s+programme's)\s+(?:[\w\-]+\s+)?(?:correspondent|reporter|presenter|host)\s+$")
_QUESTIONER = re.compile(r"(?m)^[^\S\n]*(?:Question|Q|Journalist|Reporter)[^\S\n]*\(\s*$")
_BYLINE = re.compile(r"[ \t]*(?:(?:Interview(?:ed)?|Report(?:ed|ing)|Written|Compiled|Edited|Text|Photos?)\s+by|By|From)\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\n,]{2,40}?)(?:\s*,\s*[^\n]{0,40}|\s+in\s+[^\n]{0,30})?[ \t]*")


def _line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end
