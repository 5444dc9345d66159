"""Reading documents: files, folders, JSONL and stdin -> :class:`~kg.model.Document`.

A ``.txt``/``.md`` file may start with YAML front matter (``id``, ``published``, ``source``,
``url``, ``title``). Without it the id is the file name without extension and the
publication date comes from a leading date line such as ``date 2023-09-23 23 September
2023 11:30 (UTC+04:00)``. A ``.jsonl`` file holds one JSON object per line with ``text``
and the same optional fields.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from .errors import DocumentError
from .model import Document

TEXT_SUFFIXES = {".txt", ".md"}
SUFFIXES = TEXT_SUFFIXES | {".jsonl"}
FIELDS = ("id", "published", "source", "url", "title")

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_US_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_WORD_DATE = re.compile(
    r"\b(?:(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})|([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4}))\b")


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | DocumentError]:
    """Every document under ``paths``, in order; a bad one is yielded as its error.

    Folders are read recursively (``.txt``, ``.md``, ``.jsonl``; a README is not a
    document). ``-`` reads standard input.
    """
    for raw in paths:
        if str(raw) == "-":
            yield _guard("<stdin>", lambda: parse_text(sys.stdin.read(), default_id=None,
                                                          origin="<stdin>"))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not p.name.lower().startswith("readme")
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            for file in files:
                yield from _read_file(file)
        elif not path.exists():
            yield DocumentError(f"{path}: no such file or folder")
        elif path.suffix.lower() not in SUFFIXES:
            yield DocumentError(f"{path}: unsupported file type (use .txt, .md or .jsonl)")
        else:
            yield from _read_file(path)


def read_document(path: str | Path) -> Document:
    """The one document in a ``.txt``/``.md`` file; raises :class:`DocumentError`."""
    results = list(read_documents([path]))
    for r in results:
        if isinstance(r, DocumentError):
            raise r
    if len(results) != 1:
        raise DocumentError(f"{path}: expected one document, found {len(results)}")
    return results[0]


def _guard(origin: str, make) -> Document | DocumentError:
    try:
        return make()
    except DocumentError as e:
        return e


def _read_file(path: Path) -> Iterator[Document | DocumentError]:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        yield DocumentError(f"{path}: not UTF-8 text")
        return
    except OSError as e:
        yield DocumentError(f"{path}: cannot read ({e.strerror or e})")
        return
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, text)
    else:
        yield _guard(str(path), lambda: parse_text(text, default_id=path.stem, origin=str(path),
                                                  path=str(path)))


def _read_jsonl(path: Path, text: str) -> Iterator[Document | DocumentError]:
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield DocumentError(f"{where}: bad JSON ({e.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield DocumentError(f"{where}: each line must be a JSON object with a \"text\" string")
            continue
        yield _guard(where, lambda: _make(record, record["text"], 0,
                                          default_id=f"{path.stem}-{number}", origin=where,
                                          path=str(path)))
    if not found:
        yield DocumentError(f"{path}: empty file")


def parse_text(text: str, *, default_id: str | None, origin: str, path: str | None = None) -> Document:
    """A document from raw text with optional front matter.

    >>> parse_text("---\\nid: a1\\npublished: 2024-05-02\\n---\\nHello.", default_id=None, origin="x").published
    datetime.date(2024, 5, 2)
    """
    if not text.strip():
        raise DocumentError(f"{origin}: empty document")
    meta: dict = {}
    body_start = 0
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            meta = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as e:
            reason = str(e).splitlines()[0]
            raise DocumentError(f"{origin}: bad front matter ({reason})") from None
        except (ValueError, TypeError, AttributeError, RecursionError):   # "!!timestamp 2024-01who-01"
            raise DocumentError(f"{origin}: bad front matter (a value YAML cannot read)") from None
        if not isinstance(meta, dict):
            raise DocumentError(f"{origin}: bad front matter (expected key: value lines)")
        body_start = match.end()
    elif text.lstrip().startswith("---\n") and text.count("\n---") == 0:
        raise DocumentError(f"{origin}: bad front matter (no closing ---)")
    if not text[body_start:].strip():
        raise DocumentError(f"{origin}: empty document (front matter only)")
    if default_id is None and not meta.get("id"):
        default_id = "stdin-" + hashlib.sha1(text.encode()).hexdigest()[:10]
    return _make(meta, text, body_start, default_id=default_id, origin=origin, path=path)


def _make(meta: dict, text: str, body_start: int, *, default_id: str, origin: str,
          path: str | None) -> Document:
    # Fields other than FIELDS are ignored: front matter often carries more.
    doc_id = str(meta.get("id") or default_id).strip()
    if not doc_id:
        raise DocumentError(f"{origin}: empty id")
    published = _published(meta.get("published"), origin)
    if published is None:
        published = leading_date(text[body_start:])
    for key in ("source", "url", "title"):
        if meta.get(key) is not None and not isinstance(meta.get(key), (str, int, float)):
            raise DocumentError(f"{origin}: bad front matter ({key} must be text)")
    return Document(
        id=doc_id, text=text, published=published,
        source=_str(meta.get("source")), url=_str(meta.get("url")), title=_str(meta.get("title")),
        path=path, body_start=body_start,
    )


def _str(value) -> str | None:
    return None if value is None else str(value)


def _published(value, origin: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    found = _date_in(str(value))
    if found is None:
        raise DocumentError(f"{origin}: bad front matter (published: {value!r} is not a date)")
    return found


def leading_date(body: str) -> dt.date | None:
    """The date on the first non-empty line when that line is a short date line.

    >>> leading_date(" date 2023-09-23 23 September 2023 11:30 (UTC+04:00)\\n\\nText")
    datetime.date(2023, 9, 23)
    >>> leading_date("Dec 20, 2018, 4:52 PM\\nTwo MoUs")
    datetime.date(2018, 12, 20)
    """
    for line in body.splitlines():
        if line.strip():
            return _date_in(line) if len(line.strip()) <= 80 else None
    return None


def _date_in(text: str) -> dt.date | None:
    candidates = []
    for m in _ISO_DATE.finditer(text):
        candidates.append((m.start(), (int(m[1]), int(m[2]), int(m[3]))))
    for m in _US_DATE.finditer(text):
        candidates.append((m.start(), (int(m[3]), int(m[1]), int(m[2]))))
    for m in _WORD_DATE.finditer(text):
        if m[1]:
            day, month, year = m[1], m[2], m[3]
        else:
            month, day, year = m[4], m[5], m[6]
        number = _MONTHS.get(month[:3].lower())
        if number:
            candidates.append((m.start(), (int(year), number, int(day))))
    for _, (y, mo, d) in sorted(candidates):
        try:
            return dt.date(y, mo, d)
        except ValueError:
            continue
    return None
