"""Charts drawn on the server as SVG: yearly lines and (stacked) bars, in the reader's language.

Every chart the dashboard shows is a small yearly series, so an SVG written here weighs a few
kilobytes where a charting library weighs megabytes. The same SVG is the export: its footer
(the sources, the coverage note, the permalink and "chinalac") sits below the on-page view box
and is revealed when the reader downloads it as SVG or PNG (static/app.js), so every exported
image carries its citation.

* Years are labels, never numbers: no thousands separator ("2024", not "2,024").
* Bars are one year wide whatever the span, and a year without a value stays empty.
* Colours are the Okabe–Ito palette (distinct under the common colour-vision deficiencies);
  lines also differ by dash pattern, so series stay apart in grey print.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from chinalac.web import i18n
from chinalac.web.i18n import N_
from chinalac.web.vocabulary import title_pieces

# Okabe & Ito (2008), "Color Universal Design"; yellow left out (too light on white).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000", "#999999")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4", "3 6")
WIDTH = 720
PLOT_TOP = 16
LEFT = 64
RIGHT = 16
PLOT_HEIGHT = 220
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
CHAR = 6.6  # average width of a 12 px character, for wrapping


@dataclass
class Series:
    name: str
    values: dict[int, float | None]  # year → value; a missing year stays empty
    # A part of the name in another language than the page's (a reporter's name as stored,
    # "Chinese embassy"), and that language: the legend marks it with a tspan lang.
    foreign: tuple[str, str] | None = None


def legend_pieces(series: Series, label: str) -> list[tuple[str, str | None]]:
    """The legend's label as (text, language) pieces, its foreign part marked."""
    if not series.foreign or not series.foreign[0] or series.foreign[0] not in label:
        return [(label, None)]
    text, text_lang = series.foreign
    before, _found, after = label.partition(text)
    return [(piece, piece_lang) for piece, piece_lang in
            ((before, None), (text, text_lang), (after, None)) if piece]  # fmt: skip


@dataclass
class Chart:
    key: str  # the anchor: #chart-<key>
    kind: str  # "line" | "bar" (stacked)
    title: str
    y_title: str
    series: list[Series]
    sources: list[dict] = field(default_factory=list)  # {"title", "url"}
    coverage: str = ""
    permalink: str = ""
    csv_url: str = ""

    @property
    def years(self) -> list[int]:
        known = sorted({y for s in self.series for y, v in s.values.items() if v is not None})
        return list(range(known[0], known[-1] + 1)) if known else []

    @property
    def empty(self) -> bool:
        return not self.years


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks, value = [], first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def tick_label(value: float, lang: str, step: float) -> str:
    digits = 0 if step >= 1 else min(4, max(0, -math.floor(math.log10(step))))
    return i18n.format_number(value, lang, digits)


def value_label(value: float, lang: str) -> str:
    """A data point's value: four decimals for shares and ratios, two for amounts."""
    return i18n.format_number(value, lang, 4 if abs(value) < 10 else 2)


def wrap(text: str, width: float, size: float = 12) -> list[str]:
    per_line = max(10, int(width / (CHAR * size / 12)))
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > per_line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _text(x, y, text, size=12, anchor="start", weight="normal", fill="#24292f", extra=""):
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{fill}"{extra}>{escape(text)}</text>'
    )


def reader_link(path: str, lang: str, site_mode: bool = False) -> str:
    """A chart's permalink as a reader follows it: the page in the reader's language
    ("/country/BRA?lang=es#chart-trade"; on the static site, the language's own file)."""
    from chinalac.web.rendering import site_file

    path, hash_mark, fragment = path.partition("#")
    anchor = f"#{fragment}" if hash_mark else ""
    if site_mode:
        return "/" + site_file(path, lang) + anchor
    separator = "&" if "?" in path else "?"
    return f"{path}{separator}lang={lang}{anchor}"


def _line(x, y, pieces: list[tuple[str, str | None]], size=11, fill="#57606a") -> str:
    """One footer line of (text, language) pieces; a piece in another language than the
    page's is a tspan with its lang attribute (a source title keeps its own language)."""
    body = "".join(
        f'<tspan lang="{piece_lang}">{escape(text)}</tspan>' if piece_lang else escape(text)
        for text, piece_lang in pieces
    )
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="start" '
        f'font-weight="normal" fill="{fill}">{body}</text>'
    )


def source_lines(chart: Chart, lang: str) -> list[list[tuple[str, str | None]]]:
    """The footer's source lines: "Source: <title>", each title on lines of its own, marked
    with its language where its words say it differs from the page's, its bracketed note in the
    reader's words or marked with its own (vocabulary.title_pieces, as the page's links)."""
    _ = i18n.gettext_for(lang)
    titles = [s["title"] for s in chart.sources if s.get("title")]
    label = (_("Sources") if len(titles) > 1 else _("Source")) + ":"
    if not titles:
        return [[(label, None)]]
    lines = []
    for index, title in enumerate(titles):
        outer, pieces = title_pieces(title, lang)
        # Each word with its language; the line's pieces join the words of one language.
        words: list[tuple[str, str | None]] = []
        if index == 0:
            words.append((label, None))
        for text, piece_lang in pieces:
            for word in text.replace("(", " ( ").replace(")", " ) ").split():
                words.append((word, piece_lang or outer))
        if index < len(titles) - 1:
            words.append((";", None))
        glued = glue_brackets(words)
        printed = [("".join(text for text, _lang in parts)) for parts in glued]
        wrapped = wrap(" ".join(printed), WIDTH - LEFT - RIGHT, 11)
        at = 0
        for line in wrapped:
            count = len(line.split())
            lines.append(line_pieces(glued[at : at + count]))
            at += count
    return lines


Word = tuple[str, str | None]


def glue_brackets(words: list[Word]) -> list[list[Word]]:
    """Words as printed: "(" joins the word after it, ")" and ";" the word before, each part
    keeping its own language."""
    out: list[list[Word]] = []
    pending: list[Word] = []
    for word in words:
        if word[0] in (")", ";") and out:
            out[-1].append(word)
        elif word[0] == "(":
            pending.append(word)
        else:
            out.append([*pending, word])
            pending = []
    if pending:
        out.append(pending)
    return out


def line_pieces(glued: list[list[Word]]) -> list[Word]:
    """One footer line's pieces: runs of one language, a space going with the run before it."""
    pieces: list[Word] = []
    for number, parts in enumerate(glued):
        for text, piece_lang in [(" ", None), *parts] if number else parts:
            if pieces and (pieces[-1][1] == piece_lang or text == " "):
                pieces[-1] = (pieces[-1][0] + text, pieces[-1][1])
            else:
                pieces.append((text, piece_lang))
    return pieces


PERMALINK_WORDS = N_("link to this chart")


LEGEND_WIDTH = 70  # characters of a legend item before it is shortened


def legend_label(name: str) -> str:
    """A series name fit for the legend: at most LEGEND_WIDTH characters, shortened in the
    middle of its first part (the reporter), so that its start and end ("source of the figure
    not stated (…) (CRI)") and what follows the first " · " (the flow and scope, "exports to
    China · goods, full year") stay: series of long-named reporters keep apart (cut at the end,
    "China Customs, via The Paper, citing …" drew one label for its exports and imports, and
    two unstated sources one label for both)."""
    if len(name) <= LEGEND_WIDTH:
        return name
    head, sep, tail = name.partition(" · ")
    room = LEGEND_WIDTH - len(tail) - len(sep) - 1
    if sep and room >= 12:
        start = (room + 1) // 2
        return (
            head[:start].rstrip() + "…" + head[len(head) - (room - start) :].lstrip() + sep + tail
        )
    return name[: LEGEND_WIDTH - 1] + "…"


def render_svg(chart: Chart, lang: str) -> str:
    """The chart as an SVG element; the footer lies below the on-page view box."""
    _ = i18n.gettext_for(lang)
    years = chart.years
    plot_width = WIDTH - LEFT - RIGHT
    slot = plot_width / max(len(years), 1)
    parts: list[str] = []
    # y range
    if chart.kind == "bar":
        totals = [sum(max(0.0, s.values.get(y) or 0.0) for s in chart.series) for y in years] or [
            0.0
        ]
        low, high = 0.0, max(totals)
    else:
        values = [v for s in chart.series for v in s.values.values() if v is not None] or [0.0]
        low, high = min(0.0, min(values)), max(values)
    ticks = nice_ticks(low, high)
    low, high = ticks[0], ticks[-1]
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1

    def y_of(value: float) -> float:
        return PLOT_TOP + PLOT_HEIGHT * (1 - (value - low) / ((high - low) or 1))

    def x_of(year: int) -> float:
        return LEFT + slot * (years.index(year) + 0.5)

    # grid and y ticks
    for tick in ticks:
        y = y_of(tick)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d7de" stroke-width="1"/>'
        )
        parts.append(
            _text(LEFT - 6, y + 4, tick_label(tick, lang, step), 11, "end", fill="#57606a")
        )
    if chart.y_title:
        parts.append(
            _text(
                12,
                PLOT_TOP + PLOT_HEIGHT / 2,
                chart.y_title,
                11,
                "middle",
                fill="#57606a",
                extra=f' transform="rotate(-90 12 {PLOT_TOP + PLOT_HEIGHT / 2:.1f})"',
            )
        )
    # x ticks: years as written, thinned to fit
    every = next(n for n in (1, 2, 5, 10, 20, 50) if slot * n >= 34)
    for year in years:
        if year % every == 0 or len(years) == 1:
            parts.append(
                _text(
                    x_of(year), PLOT_TOP + PLOT_HEIGHT + 16, str(year), 11, "middle", fill="#57606a"
                )
            )
    # marks
    for index, series in enumerate(chart.series):
        colour = PALETTE[index % len(PALETTE)]
        label = escape(series.name)
        if chart.kind == "bar":
            continue
        runs: list[list[tuple[float, float, int, float]]] = [[]]
        for year in years:
            value = series.values.get(year)
            if value is None:
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append((x_of(year), y_of(value), year, value))
        dash = DASHES[index % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        for run in runs:
            if len(run) > 1:
                points = " ".join(f"{x:.1f},{y:.1f}" for x, y, _y, _v in run)
                parts.append(
                    f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"{dash_attr}/>'
                )
            for x, y, year, value in run:
                parts.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"><title>{label}, {year}: '
                    f"{escape(value_label(value, lang))}</title></circle>"
                )
    if chart.kind == "bar":
        width = slot * 0.8
        for year in years:
            base = 0.0
            for index, series in enumerate(chart.series):
                value = series.values.get(year)
                if not value or value <= 0:
                    continue
                top, bottom = y_of(base + value), y_of(base)
                parts.append(
                    f'<rect x="{x_of(year) - width / 2:.1f}" y="{top:.1f}" width="{width:.1f}" '
                    f'height="{max(bottom - top, 0.5):.1f}" fill="{PALETTE[index % len(PALETTE)]}">'
                    f"<title>{escape(series.name)}, {year}: "
                    f"{escape(value_label(value, lang))}</title></rect>"
                )
                base += value
    parts.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y_of(max(low, 0)):.1f}" y2="{y_of(max(low, 0)):.1f}" stroke="#57606a"/>'
    )
    # legend below the axis, wrapping
    y = PLOT_TOP + PLOT_HEIGHT + 40
    x = LEFT
    for index, series in enumerate(chart.series):
        label = legend_label(series.name)
        item = 22 + len(label) * CHAR + 16
        if x + item > WIDTH - RIGHT and x > LEFT:
            x, y = LEFT, y + 18
        colour = PALETTE[index % len(PALETTE)]
        if chart.kind == "bar":
            parts.append(
                f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="14" height="10" fill="{colour}"/>'
            )
        else:
            dash = DASHES[index % len(DASHES)]
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(
                f'<line x1="{x:.1f}" x2="{x + 16:.1f}" y1="{y - 4:.1f}" y2="{y - 4:.1f}" stroke="{colour}" stroke-width="2.5"{dash_attr}/>'
            )
        parts.append(
            _line(x + 22, y, legend_pieces(series, label), 12, "#24292f").replace(
                "<text ", '<text class="legend-label" ', 1
            )
        )
        x += item
    view_height = y + 12
    # footer: drawn below the on-page view box, shown in the exported image
    footer: list[str] = []
    fy = view_height + 8
    footer.append(_text(LEFT, fy + 12, chart.title, 14, weight="bold"))
    fy += 18
    for pieces in source_lines(chart, lang):
        footer.append(_line(LEFT, fy + 12, pieces))
        fy += 14
    for line in wrap(chart.coverage, WIDTH - LEFT - RIGHT, 11):
        footer.append(_text(LEFT, fy + 12, line, 11, fill="#57606a"))
        fy += 14
    # The permalink opens the chart's page in the reader's language; the page shows it in words
    # (PERMALINK_WORDS), an export writes the address out in full (app.js: the site's address
    # before the path in data-path).
    credit = _text(
        LEFT,
        fy + 12,
        "chinalac" + (f" · {_(PERMALINK_WORDS)}" if chart.permalink else ""),
        11,
        fill="#57606a",
        extra=f' class="chart-permalink" data-path="{escape(chart.permalink)}"',
    )
    if chart.permalink:
        credit = f'<a href="{escape(chart.permalink)}">{credit}</a>'
    footer.append(credit)
    full_height = fy + 20
    title = escape(chart.title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 {WIDTH} {view_height:.0f}" '
        f'data-full-height="{full_height:.0f}" data-width="{WIDTH}" role="img" aria-label="{title}" '
        f'font-family="{escape(FONT)}" preserveAspectRatio="xMinYMin meet">'
        f'<rect x="0" y="0" width="{WIDTH}" height="{full_height:.0f}" fill="#ffffff"/>'
        + "".join(parts)
        + '<g class="chart-footer">'
        + "".join(footer)
        + "</g></svg>"
    )
