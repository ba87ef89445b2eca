"""Why a pledge has its status, in the reader's language.

domain/commitments.py decides the status and gives its reason as data (a `Reason`: a key, the
figures it rests on, the target, the deadline, the path value); its English wording is for the
CLI, the API and the CSV. This module words the same data for a page: each key's sentence from
the message catalogs, every figure with `vocabulary.amount` (never a unit id such as
"count_countries"), dates with `i18n.format_iso_date`, reporters with `vocabulary.reporter`, and
scope notes in chinalac's translation (chinalac.web.notes), else as stored, marked lang="en". A party's statements are not repeated here: the page
lists them under the reason as claims.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from chinalac.domain.commitments import Difference, Figure, Reason
from chinalac.web import i18n, notes, vocabulary
from chinalac.web.i18n import N_

SENTENCES = {
    "no number": N_("no number was pledged"),
    "other basis": N_("no figure on the pledge's own basis; figures on another basis: %(noted)s"),
    "only statements": N_("only statements by a party, no figure"),
    "no figure": N_("no delivery figure published"),
    "no figure yet": N_("no delivery figure published by this date"),
    "deadline disputed": N_(
        "figures for %(deadline)s disagree: %(figures)s, against a target of %(target)s"
    ),
    "met in": N_(
        "met in %(year)s: %(figures)s, at or above the target of %(target)s due in %(deadline)s"
    ),
    "missed at deadline": N_("%(deadline)s: %(figures)s, below the target of %(target)s"),
    "no deadline figure": N_("no figure for the deadline year %(deadline)s; the last: %(figures)s"),
    "met early": N_("met early: %(figures)s, at or above the target of %(target)s"),
    "no deadline": N_("no deadline stated; the latest: %(figures)s, for a target of %(target)s"),
    "disputed": N_("figures disagree: %(figures)s, against a target of %(target)s"),
    "met": N_("%(figures)s, at or above the target of %(target)s"),
    "missed": N_("%(figures)s, below the target of %(target)s due in %(deadline)s"),
    "none after deadline": N_(
        "no figure at or after the deadline (%(deadline)s); the last: %(figures)s, for a target "
        "of %(target)s"
    ),
    "none after deadline, path": N_(
        "no figure at or after the deadline (%(deadline)s); the last: %(figures)s, for a target "
        "of %(target)s (the linear path then: %(expected)s)"
    ),
    "no path": N_("no path to compare with; the latest: %(figures)s"),
    "on track": N_("%(figures)s, at or above %(path)s (%(expected)s; target %(target)s)"),
    "path disputed": N_(
        "figures disagree about the path: %(figures)s, against %(path)s (%(expected)s)"
    ),
    "lower bound below path": N_("%(figures)s is a lower bound below %(path)s (%(expected)s)"),
    "behind": N_("%(figures)s, below %(path)s (%(expected)s; target %(target)s)"),
}
OTHER_FIGURES = N_("other figures for %(year)s: %(others)s")
PATHS = {"year": N_("the path value for %(a)s"), "date": N_("the linear path on %(a)s")}
BOUNDS = {
    "lower": N_("at least %(a)s"),
    "upper": N_("less than %(a)s"),
    "approximate": N_("about %(a)s"),
}
FIGURE = N_("%(figure)s (%(date)s, %(reporter)s)")
# How the rule set a figure aside when it has no scope note of its own (domain roles).
ROLES = {"other measure": N_("another measure"), "other scope": N_("another scope")}
NONE = N_("none")
# A delivery row's date as stored: an ISO date at its precision, or a span of years.
ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
YEARS = re.compile(r"^(?P<start>\d{4})-(?P<end>\d{4})$")
# The compiler's words for a figure without an exact date (data/commitments_compiled: as_of).
UNDATED = (
    (re.compile(r"^by (?P<year>\d{4}) \(year not stated\)$"), N_("by %(year)s (year not stated)")),
    (re.compile(r"^unknown \(after (?P<year>\d{4})\)$"), N_("date unknown (after %(year)s)")),
    (re.compile(r"^unknown \(page undated\)$"), N_("date unknown (page undated)")),
)


def date_words(as_of: str, lang: str) -> Markup:
    """'2018-01' → 'janeiro de 2018', '2016-2024' → '2016–2024'; anything else ('by 2025 (year
    not stated)') is the compiler's English, kept as written and marked."""
    if ISO_DATE.match(as_of):
        return escape(i18n.format_iso_date(as_of, lang))
    years = YEARS.match(as_of)
    if years:
        return escape(f"{years['start']}–{years['end']}")
    for pattern, msgid in UNDATED:
        found = pattern.match(as_of)
        if found:
            return escape(i18n.gettext_for(lang)(msgid) % found.groupdict())
    if lang == "en":
        return escape(as_of)
    return Markup('<span lang="en">%s</span>') % as_of


# A pledge's period in words: both years a span ("2015–2019"); only its start open-ended ("from 2014, no
# deadline stated", never "2014–no deadline stated").
PERIODS = {
    "open": N_("from %(start)s, no deadline stated"),
    "by": N_("by %(end)s, start not stated"),
    "none": N_("no period stated"),
}


def period_words(start, end, lang: str) -> str:
    """A pledge's period_start/period_end (years as stored) in the reader's words."""
    start, end = _year(start), _year(end)
    if start and end:
        return start if start == end else f"{start}–{end}"
    key = "open" if start else "by" if end else "none"
    return i18n.gettext_for(lang)(PERIODS[key]) % {"start": start, "end": end}


def _year(value) -> str:
    try:
        missing = value is None or bool(value != value)
    except TypeError:  # pandas' NA has no truth value
        missing = True
    return "" if missing else str(value)


def figure_words(figure: Figure, lang: str) -> Markup:
    """'at least 480 mil millones de US$ (2019, <reporter>)' — a figure as the reader reads it."""
    _ = i18n.gettext_for(lang)
    amount = vocabulary.amount(figure.value, figure.unit, lang)
    if figure.bound in BOUNDS:
        amount = _(BOUNDS[figure.bound]) % {"a": amount}
    return Markup(escape(_(FIGURE))) % {
        "figure": amount,
        "date": date_words(figure.as_of, lang),
        "reporter": vocabulary.reporter(figure.reporter, lang),
    }


def _noted(figure: Figure, lang: str) -> Markup:
    """A figure on another basis with why: its scope note as stored, or the rule's words."""
    if figure.note:  # chinalac's translation where one is shipped (chinalac.web.notes)
        why = Markup('<span class="scope-note">%s</span>') % notes.note_markup(figure.note, lang)
        if lang == "en":
            why = escape(figure.note)
    else:
        role = next((msgid for key, msgid in ROLES.items() if figure.role.startswith(key)), "")
        why = escape(i18n.gettext_for(lang)(role)) if role else escape(figure.role)
    return figure_words(figure, lang) + Markup(": ") + why


def reason_words(why: Reason, lang: str) -> Markup:
    """The reason of a pledge's status as one sentence in `lang` (HTML, stored English marked)."""
    _ = i18n.gettext_for(lang)

    def listing(figures) -> Markup:
        # the same figure cited by several rows is one figure to a reader
        unique = dict.fromkeys(figures)
        return Markup("; ").join(figure_words(f, lang) for f in unique) or escape(_(NONE))

    def amount(value) -> str:
        return vocabulary.amount(value, why.unit, lang) if value is not None else "?"

    values = {
        "figures": listing(why.figures),
        "noted": Markup("; ").join(_noted(f, lang) for f in why.figures),
        "target": amount(why.target),
        "expected": amount(why.expected),
        "deadline": why.deadline if why.deadline is not None else "?",
        "year": why.year,
        "path": _(PATHS[why.path_kind]) % {"a": i18n.format_iso_date(why.path_at, lang)}
        if why.path_kind
        else "",
    }
    text = Markup(escape(_(SENTENCES[why.key]))) % values
    others = [figure for figure in why.others if figure not in why.figures]
    if why.key == "met in" and others:
        text += Markup("; ") + Markup(escape(_(OTHER_FIGURES))) % {
            "year": why.year,
            "others": listing(others),
        }
    return text


# Where a pledge's sources disagree (domain/commitments.statement_differences): each field and
# each source's value in the reader's words; the page links each source by its title.
DIFFERENCE_FIELDS = {"target": N_("target"), "start": N_("start year"), "end": N_("end year")}
NOT_STATED = N_("not stated")
VERSUS = N_("vs")


def difference_words(differences: tuple[Difference, ...], lang: str) -> list[dict]:
    """[{field: 'meta', said: [{value: '1.000 personas', source_id: …}, …]}, …] for a page."""
    _ = i18n.gettext_for(lang)

    def value(difference: Difference, said) -> str:
        if said.value is None:
            return _(NOT_STATED)
        if difference.field == "target":
            return vocabulary.amount(said.value, difference.unit, lang)
        return str(said.value)

    return [
        {
            "field": _(DIFFERENCE_FIELDS[difference.field]),
            "said": [
                {"value": value(difference, said), "source_id": said.source_id}
                for said in difference.said
            ],
        }
        for difference in differences
    ]
