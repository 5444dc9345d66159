"""Stable, readable identifiers: the same name gives the same slug in every document."""
import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case ASCII without accents: ``fold("Akdağ") == "akdag"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    """``slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"
