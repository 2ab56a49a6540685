"""Web addresses as the files need them: an IRI (``õunapuu``, ``tööturg.ee``) as a 7-bit URI.

The PDF format allows only 7-bit ASCII in a link's URI, and Word stores what it is
given; both files get the same percent-encoded form (host in IDNA), so a link
works in every reader. The printed text keeps the readable form.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

# Characters that keep their meaning in a URI and so are not encoded (RFC 3986
# reserved and unreserved, and "%" so an already encoded address stays as it is).
_SAFE = "!#$%&'()*+,/:;=?@[]~-._"


def to_uri(iri: str) -> str:
    """*iri* with every non-ASCII character percent-encoded (UTF-8) and the host in IDNA."""
    iri = iri.strip()
    if iri.isascii():
        return quote(iri, safe=_SAFE)
    try:
        parts = urlsplit(iri)
        host = parts.hostname or ""
        netloc = parts.netloc
        if host and not host.isascii():
            ascii_host = ".".join(
                label.encode("idna").decode("ascii") if label and not label.isascii() else label
                for label in host.split("."))
            netloc = netloc.replace(host, ascii_host)
        iri = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    except (ValueError, UnicodeError):
        pass  # an odd host: percent-encoding below still makes it 7-bit
    return quote(iri, safe=_SAFE)
