"""The library's own exceptions. The CLI turns them into one-line ``Error: ...`` messages."""


class KgError(Exception):
    """Anything a user can cause and fix: bad input, an unknown query, a broken store."""


class DocumentError(KgError):
    """A document that cannot be read: unreadable, empty, or with bad front matter."""


class QueryError(KgError):
    """An unknown saved query, a SPARQL syntax error or a bad parameter."""


class StoreError(KgError):
    """A store that cannot be opened or written."""
