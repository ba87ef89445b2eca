"""Turn what the user gives (str or bytes; plain text, Markdown or HTML) into checkable text.

Offsets promise: every claim keeps offsets into the ORIGINAL input (the decoded string). For
plain text and Markdown the analysed text has the same length as the input — markup is
overwritten with spaces, never removed — so offsets are identical. HTML is reduced to its
text by `html_text.py`, which records for each kept character where it came from.

Refusals (`ClaimsInputError`): more than MAX_INPUT_BYTES, NUL bytes (binary), or bytes that
are not UTF-8 when `strict_encoding=True`. By default undecodable bytes are replaced by
U+FFFD with a warning, and offsets are then into that decoded string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chinalac.claims.errors import ClaimsInputError

MAX_INPUT_BYTES = 2 * 1024 * 1024  # 2 MB: a long report is ~200 KB; more is not an article

HTML_HINT = re.compile(
    r"<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|div|span|br|li|h[1-6]|script|style|table|a)\b[^>]*>",
    re.IGNORECASE,
)
# Addresses and identifiers carry digits that are not claims: blank them out (same length).
MARKDOWN_COMMENT = re.compile(r"<!--.*?-->", re.S)
URL = re.compile(r"(?:https?://|www\.|doi:\s*|bit\.ly/)\S+", re.IGNORECASE)
# The look-behind starts a match only where a run of address characters starts: with `\b`
# the engine retried from every position inside "1.1.1.1…" (quadratic).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+\b")
MARKDOWN_LINK_TARGET = re.compile(r"\]\(([^)\s]*)\)")
MARKDOWN_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!$%|])")
MARKDOWN_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})(?=\s)", re.MULTILINE)
# Indentation within the line only, taken whole: `^\s*` reached across a run of blank lines
# from every line start of the run (quadratic in the number of newlines).
MARKDOWN_LIST = re.compile(r"^([^\S\n]*+[-*+>])(?=\s)", re.MULTILINE)


@dataclass
class SourceText:
    """The analysed text and the way back to the original input."""

    original: str
    text: str
    format: str  # text | markdown | html
    warnings: list[str] = field(default_factory=list)
    starts: list[int] | None = None  # for HTML: original offset of each character of `text`
    ends: list[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]


def decode(data: str | bytes, strict_encoding: bool = False) -> tuple[str, list[str]]:
    warnings: list[str] = []
    if isinstance(data, str):
        raw_size = len(data.encode("utf-8", errors="surrogatepass"))
        text = data
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        raw_size = len(raw)
        if raw_size > MAX_INPUT_BYTES:
            raise ClaimsInputError(_too_large(raw_size))
        if b"\x00" in raw:
            raise ClaimsInputError(
                "binary input (NUL bytes): the checker reads text, Markdown or HTML"
            )
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            where = f"{exc.reason} at byte {exc.start}"
            if strict_encoding:
                raise ClaimsInputError(f"input is not valid UTF-8 ({where})") from None
            text = raw.decode("utf-8", errors="replace")
            warnings.append(
                f"input is not valid UTF-8 ({where}); undecodable bytes replaced by U+FFFD"
            )
    else:
        raise ClaimsInputError(f"expected text or bytes, got {type(data).__name__}")
    if raw_size > MAX_INPUT_BYTES:
        raise ClaimsInputError(_too_large(raw_size))
    if "\x00" in text:
        raise ClaimsInputError(
            "binary input (NUL characters): the checker reads text, Markdown or HTML"
        )
    # Lone surrogates cannot be encoded for output; replace them rather than fail later.
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
        warnings.append("lone surrogate code points replaced by U+FFFD")
    return text, warnings


def _too_large(size: int) -> str:
    return f"input is {size:,} bytes; the checker reads at most {MAX_INPUT_BYTES:,} bytes (2 MB)"


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def neutralise_markdown(text: str) -> str:
    """Overwrite Markdown markup, comments, URLs and e-mail addresses with spaces (length
    preserved). A comment (`<!-- source: …, 2021-09 -->`) is no part of the prose: its dates
    and numbers are not the article's claims."""
    text = MARKDOWN_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    text = MARKDOWN_LINK_TARGET.sub(lambda m: "]" + " " * (len(m.group(0)) - 1), text)
    text = URL.sub(_blank, text)
    text = EMAIL.sub(_blank, text)
    text = MARKDOWN_ESCAPE.sub(" ", text)
    text = MARKDOWN_EMPHASIS.sub(_blank, text)
    text = MARKDOWN_HEADING.sub(_blank, text)
    text = MARKDOWN_LIST.sub(_blank, text)
    return text.replace("[", " ").replace("]", " ")


def looks_like_html(text: str) -> bool:
    return len(HTML_HINT.findall(text[:20000])) >= 1 and "<" in text


def prepare(
    data: str | bytes, strict_encoding: bool = False, format: str | None = None
) -> SourceText:  # noqa: A002
    """Decode, refuse what cannot be prose, and return text ready for extraction."""
    original, warnings = decode(data, strict_encoding)
    kind = format or ("html" if looks_like_html(original) else "markdown")
    if kind == "html":
        from chinalac.claims.html_text import html_to_text

        text, starts, ends, html_warnings = html_to_text(original)
        cleaned = URL.sub(_blank, EMAIL.sub(_blank, text))
        return SourceText(original, cleaned, "html", warnings + html_warnings, starts, ends)
    return SourceText(original, neutralise_markdown(original), kind, warnings)
