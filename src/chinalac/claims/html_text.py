"""HTML → text with a map back to the original offsets, using only the stdlib parser.

Script, style, template and noscript contents are dropped; block elements become line
breaks so that sentences do not run across paragraphs. Character references (&amp;, &#36;)
are decoded and mapped to the whole reference in the source.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

DROPPED = {"script", "style", "template", "noscript", "svg", "math", "head"}
BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt",
    "title", "main", "nav", "aside", "figure", "figcaption",
}  # fmt: skip


class _TextCollector(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for index, char in enumerate(source):
            if char == "\n":
                self.line_starts.append(index + 1)
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.dropped_depth = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _emit(self, text: str, start: int, end: int) -> None:
        for char in text:
            self.chars.append(char)
            self.starts.append(start)
            self.ends.append(end)

    def _break(self, at: int) -> None:
        self._emit("\n\n", at, at)

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED:
            self.dropped_depth += 1
        elif tag in BLOCKS and not self.dropped_depth:
            self._break(self._offset())

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS and not self.dropped_depth:
            self._break(self._offset())

    def handle_endtag(self, tag):
        if tag in DROPPED:
            self.dropped_depth = max(0, self.dropped_depth - 1)
        elif tag in BLOCKS and not self.dropped_depth:
            self._break(self._offset())

    def handle_data(self, data):
        if self.dropped_depth:
            return
        start = self._offset()
        # The parser hands data verbatim, so character i sits at start + i in the source.
        for index, char in enumerate(data):
            self.chars.append(char)
            self.starts.append(start + index)
            self.ends.append(start + index + 1)

    def _reference(self, raw_prefix: str, name: str) -> None:
        if self.dropped_depth:
            return
        start = self._offset()
        length = len(raw_prefix) + len(name)
        if self.source.startswith(";", start + length):
            length += 1
        decoded = unescape(self.source[start : start + length])
        self._emit(decoded, start, start + length)

    def handle_entityref(self, name):
        self._reference("&", name)

    def handle_charref(self, name):
        self._reference("&#", name)


def html_to_text(source: str) -> tuple[str, list[int], list[int], list[str]]:
    collector = _TextCollector(source)
    try:
        collector.feed(source)
        collector.close()
    except Exception as exc:  # noqa: BLE001 — a parser failure must not become the user's error
        warning = f"HTML could not be parsed ({type(exc).__name__}); read as plain text instead"
        return source, list(range(len(source))), list(range(1, len(source) + 1)), [warning]
    return "".join(collector.chars), collector.starts, collector.ends, []
