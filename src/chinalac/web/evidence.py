"""The /check page's evidence and fact labels in the reader's language.

The checker's JSON is the one source of the facts (chinalac.claims.models.Evidence: value,
unit, period, entity, reporter, note, record_id); this module only presents them, with the
site's own formatters: `vocabulary.amount` for a figure and its unit, `i18n.format_iso_date`
for a period, the store's country names for a state, `vocabulary.label` for a region code or a
metric, the catalogs for "reported by". A note stays as written (it is the record's evidence
note, or the checked text's own words) and says which language it is in; a pledge's note is
not shown: it only restates the pledge's fields in English ("… of US$ 500 bn (trade_total),
due 2024"), so the line words those fields from the stored pledge instead (`pledge_parts`).
No record id reaches the reader ("count:bri_mou", "ties:12", "[fact_id, source_id]" in a
reason): a tie record is named in words (`record_words`) and a record's source by its linked
title.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from chinalac.domain import ties
from chinalac.web import i18n, notes, vocabulary
from chinalac.web.i18n import N_

CountryName = Callable[[str, str], str]  # (iso3, lang) → name; Dashboard.country_name
Pledge = Callable[[str], "dict | None"]  # commitment_id → stored pledge; Dashboard.pledge
TieType = Callable[[str], "str | None"]  # tie_id → the stored tie's type; Dashboard.tie_type
SEPARATOR = " · "
# Evidence notes of stored records are written in English (chinalac's own words); a `text`
# item's note is the checked article's words, in the article's language.
NOTES_LANGUAGE = "en"
# A fact label as the checker writes it: "trade_total · LAC · 2023", "bri_members_count · LAC".
# (chinalac.claims.matching, rules/partner_rank.py; "unknown metric", "no entity" when the
# claim has none).
FACT_LABEL = re.compile(
    # the states of a ranked list as one entity: "china_partner_rank · BRA, CHL, PER · …"
    r"^(?P<metric>[a-z][a-z0-9_]*+|unknown metric) · (?P<entity>[A-Z]{3}(?:, [A-Z]{3})*+|no entity)"
    r"(?: · (?P<period>.+))?$"
)
# A stored figure as the checker writes it (chinalac.claims.matching.StoredFact.label):
# "489 usd_bn 2023 (ECLAC) [trade_total_lac_2023_eclac, ChinaFocus2025]", "over 500 usd_bn …".
FIGURE_LABEL = re.compile(
    r"^(?:(?P<precision>over|about) )?(?P<value>-?\d[\d,]*+(?:\.\d++)?(?:e[+-]?\d++)?) "
    r"(?P<unit>[a-z][a-z0-9_]*+)(?: (?P<period>[^\s()\[\]]++))?"
    r"(?: \((?P<reporter>(?:[^()\[\]]++|\([^()]*+\))++)\))? \[(?P<ids>[^\[\]]*+)\]$"
)
# A period or a list of them as a reason gives them: "2022-10", "2022-05, 2025".
# A period or a list of periods, each a date or a span of dates ("2013, 2005-01–2012-12").
DATE_LIST = re.compile(
    r"^\d{4}(?:-\d{2}){0,2}(?:–\d{4}(?:-\d{2}){0,2})?(?:, \d{4}(?:-\d{2}){0,2}(?:–\d{4}(?:-\d{2}){0,2})?)*$"
)
# A tie of the ties table as the claims rules cite it (claims/rules/ties_common.Tie.label):
# "CUB diplomatic_relations_prc Relations with the PRC since 1960-09-28, reputable source
# [ties:12]". Its status is a controlled label (domain/tie_vocabulary.yml), a catalog msgid.
TIE_LABEL = re.compile(
    r"^(?P<iso3>[A-Z]{3}) (?P<tie_type>[a-z_]+) (?P<status>[^\[\]]+?) since "
    r"(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?P<disputed> \(disputed\))?"
    r"(?:, (?P<tier>[a-z]+) source)? \[(?P<ids>[^\[\]]+)\]$"
)
TIE_SINCE = N_("%(status)s since %(date)s")
TIE_DISPUTED = N_("disputed")
PRECISION = {"over": N_("more than %(a)s"), "about": N_("about %(a)s")}
# The checker's words for what a claim lacks, and the reader's.
MISSING = {
    "no period stated": N_("no period stated"),
    "unknown metric": N_("unknown metric"),
    "no entity": N_("no entity"),
}
REPORTED_BY = vocabulary.REPORTED_BY  # one wording of reporters: vocabulary.reported_by
BY_DATE = N_("by %(a)s")  # a reason frame's words too (reasons.py)
# A pledge the checker cites (rules/commitments.py): who made it and when, from the store.
PLEDGED_BY = N_("pledged by %(who)s on %(date)s")
PLEDGED_BY_SOMEONE = N_("pledged by %(who)s")
# The period the checker gives a pledge with no period of its own: "made 2014-07-17".
MADE_ON = N_("made on %(a)s")
# The periods a count of ties is taken on (rules/ties_count.py), as the reasons word them too.
TO_DATE = N_("to date")
SINCE_DATE = N_("since %(a)s")  # a reason frame's words too (reasons.py)
ON_ARTICLE_DATE = N_("on the article's date (%(a)s)")
# What a record of the ties table is, in words: a count of ties ("count:bri_mou") or one tie.
STATES_WITH = N_("states with %(tie)s")
COUNT_PREFIX = "count:"


@dataclass(frozen=True)
class EvidenceLine:
    """One record the checker compared a claim with, ready for the page."""

    summary: str  # figure, period, place and reporter in the reader's language (Markup: a
    # reporter kept as stored is marked lang="en")
    note: str = ""  # as written, internal notes left out
    note_lang: str = NOTES_LANGUAGE
    record_id: str = ""  # the stored record (kept on the line's data-record, never shown)
    what: str = ""  # what the record is, in words ("states with the Belt and Road memorandum")
    source_id: str = ""  # the record's source, shown as its linked title


def period_label(period, lang: str) -> str:
    """A period as the checker gives it ("2023", "2022-10", "by 2017", "2014–2024") in words."""
    if not period:
        return ""
    text = str(period).strip()
    if text.startswith("by "):  # ties counted up to a date (rules/ties_count.py)
        return i18n.gettext_for(lang)(BY_DATE) % {"a": period_label(text[3:], lang)}
    if text.startswith("made "):  # a pledge dated by when it was made (rules/commitments.py)
        return i18n.gettext_for(lang)(MADE_ON) % {"a": period_label(text[5:], lang)}
    if text.startswith("since "):  # ties that began in or after a year (rules/ties_count.py)
        return i18n.gettext_for(lang)(SINCE_DATE) % {"a": period_label(text[6:], lang)}
    if text == "to date":  # ties counted on the day of the check (rules/ties_count.py)
        return i18n.gettext_for(lang)(TO_DATE)
    if text.startswith("on the article date (") and text.endswith(")"):
        inner = text[len("on the article date (") : -1]
        return i18n.gettext_for(lang)(ON_ARTICLE_DATE) % {"a": period_label(inner, lang)}
    return i18n.format_iso_date(text, lang)


def year_of_its_period(value, unit, period) -> bool:
    """A year figure dated in that same year ("1960" in 1960, "2017" on 17 November 2017):
    the period alone says it, so a page shows the year once."""
    year = vocabulary.figure_value(value, unit, "en") if unit == "year" else ""
    return bool(year) and str(period or "").strip().startswith(year)


def place_name(entity, lang: str, country_name: CountryName | None = None) -> str:
    """A state's name from the store, a region code (LAC, WLD) from the vocabulary."""
    if not entity:
        return ""
    code = str(entity)
    if country_name is not None:
        name = country_name(code, lang)
        if name and name != code:
            return name
    return vocabulary.label(code, lang)


def pledge_parts(item: dict, stored: dict, lang: str) -> list[str]:
    """A pledge the checker cites, in the reader's words: its figure, its metric, its period
    and who made it when ("500 miles de millones de US$ · comercio de bienes · 2015–2025 ·
    prometido por Xi Jinping (presidente de China) el 8 de enero de 2015")."""
    _ = i18n.gettext_for(lang)
    metric = stored.get("metric")
    what = vocabulary.label(metric, lang) if metric else ""
    period = str(item.get("period") or "")
    who = vocabulary.label(stored.get("made_by"), lang)
    made_on = i18n.format_iso_date(stored.get("made_on"), lang)
    return [
        vocabulary.amount(item.get("value"), item.get("unit"), lang),
        what if what != metric else "",  # a metric the vocabulary lacks is left out, not shown raw
        "" if period.startswith("made ") else period_label(period, lang),  # said by "pledged … on"
        (
            i18n.date_prepositions(_(PLEDGED_BY) % {"who": who, "date": made_on}, lang)
            if made_on
            else _(PLEDGED_BY_SOMEONE) % {"who": who}
        )
        if who
        else "",
    ]


def record_words(item: dict, lang: str, tie_type: TieType | None = None) -> str:
    """What a record of the ties table is, in words, in place of its id: a count of ties
    ("count:bri_mou") is "states with the Belt and Road memorandum", a tie ("ties:12", or
    "ties:285;ties:284" for one tie read from two rows) is its type ("diplomatic relations
    with the PRC"); "" for any other record (its summary says what it is) or a type the
    vocabulary lacks."""
    if item.get("kind") != "tie":
        return ""
    record = str(item.get("record_id") or "")
    if record.startswith(COUNT_PREFIX):
        kind = record[len(COUNT_PREFIX) :]
        if kind not in vocabulary.tie_types():
            return ""
        return i18n.gettext_for(lang)(STATES_WITH) % {"tie": vocabulary.label(kind, lang)}
    kind = tie_type(record.split(";")[0]) if tie_type is not None and record else None
    return vocabulary.label(kind, lang) if kind in vocabulary.tie_types() else ""


def evidence_line(
    item,
    lang: str,
    country_name: CountryName | None = None,
    text_lang: str | None = None,
    pledge: Pledge | None = None,
    tie_type: TieType | None = None,
) -> EvidenceLine:
    """One evidence item of the checker's JSON for a reader of `lang`; `text_lang` is the
    checked text's language (the note of a `text` item quotes it); `pledge` finds the stored
    pledge a `commitment` item cites, `tie_type` the type of a tie it cites."""
    if not isinstance(item, dict):
        return EvidenceLine("", str(item))
    reporter = item.get("reporter")
    parts = [
        vocabulary.amount(item.get("value"), item.get("unit"), lang),
        period_label(item.get("period"), lang),
        place_name(item.get("entity"), lang, country_name),
        vocabulary.reported_by(reporter, lang),
    ]
    if year_of_its_period(item.get("value"), item.get("unit"), item.get("period")):
        parts[0] = ""  # a tie's year beside its full date: "17 November 2017", once
    note = vocabulary.reader_text(item.get("note"))
    stored = pledge(str(item.get("record_id") or "")) if pledge is not None else None
    if item.get("kind") == "commitment" and stored:
        parts, note = pledge_parts(item, stored, lang), ""
    is_text = item.get("kind") == "text"
    if item.get("kind") == "framework" and lang != i18n.DEFAULT_LANGUAGE:
        # a framework's part by the name an official outlet publishes in the reader's language
        # (architecture_names.csv, as the architecture page names it), where one is published
        named = _official_part_name(str(item.get("record_id") or ""), lang)
        if named:
            return EvidenceLine(
                summary=Markup(SEPARATOR).join(part for part in parts if part),
                note=named,
                note_lang=lang,
                record_id=str(item.get("record_id") or ""),
                what="",
                source_id=str(item.get("source_id") or ""),
            )
    # a stored record's note in chinalac's translation where one is shipped (chinalac.web.notes);
    # the checked text's own words (a `text` item) stay as written
    if (
        is_text
        and str(item.get("record_id") or "").endswith(":list")
        and PLACE_CODES.fullmatch(note)
    ):
        # the states a ranked list names, as the checker codes them ("BRA, CHL, PER"): by their
        # names in the reader's language, never as codes
        listed = ", ".join(place_name(code, lang, country_name) for code in note.split(", "))
        return EvidenceLine(
            summary=Markup(SEPARATOR).join(part for part in parts if part),
            note=listed,
            note_lang=lang,
            record_id="",
            what="",
            source_id="",
        )
    translated = (
        None
        if is_text or not note
        else notes.figure_note(item.get("note"), reporter, lang)
        or notes.translation(item.get("note"), lang)
        # a ministerial meeting the checker cites ("4th Ministerial Meeting of the China-CELAC
        # Forum, 2025-05-13, Beijing, China") as its reason names it: the architecture page's
        # name of the meeting, the date in words, the place in the reader's language
        or (meeting_label(note, lang) if item.get("kind") == "mechanism" else None)
    )
    return EvidenceLine(
        summary=Markup(SEPARATOR).join(part for part in parts if part),
        note=vocabulary.reader_text(translated) if translated else note,
        note_lang=lang
        if translated
        else (text_lang or NOTES_LANGUAGE)
        if is_text
        else NOTES_LANGUAGE,
        # a text item's id names a claim of this check, not a stored record
        record_id="" if is_text else str(item.get("record_id") or ""),
        what="" if is_text else record_words(item, lang, tie_type),
        source_id="" if is_text else str(item.get("source_id") or ""),
    )


def _official_part_name(record_id: str, lang: str) -> str:
    """The official name in `lang` of a framework's part cited as "framework_id:component_id"
    (or of the framework itself); "" when no outlet publishes one."""
    from chinalac.web.routes.architecture import official_name

    framework_id, _, component_id = record_id.partition(":")
    found = official_name(framework_id, component_id or None, lang)
    return found["name"] if found else ""


def evidence_lines(
    evidence,
    lang: str,
    country_name: CountryName | None = None,
    text_lang: str | None = None,
    pledge: Pledge | None = None,
    tie_type: TieType | None = None,
) -> list[EvidenceLine]:
    """Evidence as lines, whatever shape the checker gives it (a list, one item, a string)."""
    if not evidence:
        return []
    if isinstance(evidence, (str, dict)):
        evidence = [evidence]
    return [
        evidence_line(item, lang, country_name, text_lang, pledge, tie_type) for item in evidence
    ]


def fact_label(text: str, lang: str, country_name: CountryName | None = None) -> str | None:
    """A fact label of a reason ("trade_total · LAC · 2023") in reader words ("comercio de
    bienes · América Latina y el Caribe · 2023"); None when the text is not one, or names a
    metric the vocabulary does not know."""
    match = FACT_LABEL.match(text)
    if not match:
        return None
    _ = i18n.gettext_for(lang)
    metric, entity, period = match["metric"], match["entity"], match["period"]
    if metric not in MISSING and vocabulary.label(metric, lang) == metric:
        return None
    parts = [
        _(MISSING[metric]) if metric in MISSING else vocabulary.label(metric, lang),
        _(MISSING[entity])
        if entity in MISSING
        else ", ".join(place_name(code, lang, country_name) for code in entity.split(", ")),
        _(MISSING[period]) if period in MISSING else period_label(period, lang),
    ]
    return SEPARATOR.join(part for part in parts if part)


@functools.cache
def known_units() -> frozenset[str]:
    """The stored units the vocabulary names, and those read bare (year, count)."""
    named = {row["value"] for row in vocabulary.rows() if row["domain"] == "unit"}
    return frozenset(named | vocabulary.BARE_UNITS)


def figure_label(text: str, lang: str) -> str | None:
    """A stored figure of a reason ("489 usd_bn 2023 (ECLAC) [ids]") in reader words ("489
    miles de millones de US$ · 2023 · declarado por ECLAC"); None when it is not one. The record
    and source ids are left out: the evidence below the reason names the record in words and
    links its source by title."""
    match = FIGURE_LABEL.match(text)
    if not match or match["unit"] not in known_units():
        return None
    _ = i18n.gettext_for(lang)
    value = float(match["value"].replace(",", ""))
    figure = vocabulary.amount(value, match["unit"], lang)
    if match["precision"]:
        figure = _(PRECISION[match["precision"]]) % {"a": figure}
    elif year_of_its_period(value, match["unit"], match["period"]):
        figure = ""  # "1960 year 1960": the year once, as its period gives it
    parts = [
        figure,
        period_label(match["period"], lang),
        vocabulary.reported_by(match["reporter"], lang),
    ]
    return Markup(SEPARATOR).join(part for part in parts if part)


def tie_label(text: str, lang: str, country_name: CountryName | None = None) -> str | None:
    """A tie a reason cites ("CUB diplomatic_relations_prc Relations with the PRC since
    1960-09-28, reputable source [ties:12]") in reader words ("Cuba · Relaciones con la RPC
    desde el 28 sept. 1960 · fuente confiable", the record id left out as in `figure_label`);
    None when it is not one, or when its status is a wording the catalogs do not hold (then it
    is shown as written)."""
    match = TIE_LABEL.match(text)
    if not match:
        return None
    _ = i18n.gettext_for(lang)
    status, kind = _(match["status"]), ""
    if status == match["status"] and lang != i18n.DEFAULT_LANGUAGE:
        # A status as the ties table records it ("ratified"), not a controlled label: in words
        # where the vocabulary words it (`tie_status` rows), after the tie it is a status of.
        status = tie_status_words(match["status"], lang)
        if status is None:
            return None
        kind = vocabulary.label(match["tie_type"], lang)
    parts = [
        place_name(match["iso3"], lang, country_name),
        kind if kind != match["tie_type"] else "",
        i18n.date_prepositions(
            _(TIE_SINCE) % {"status": status, "date": period_label(match["date"], lang)}, lang
        ),
        _(TIE_DISPUTED) if match["disputed"] else "",
        vocabulary.label(match["tier"], lang) if match["tier"] else "",
    ]
    return Markup(SEPARATOR).join(part for part in parts if part)


def tie_status_words(status: str, lang: str) -> str | None:
    """A status as the ties table records it ("ratified", "in_force") in the reader's words
    (vocabulary.csv `tie_status` rows); None for one the vocabulary does not word."""
    return vocabulary.label(status, lang) if status in vocabulary.values_of("tie_status") else None


@functools.cache
def _tie_values() -> dict[str, str]:
    """Every tie value's English label (a catalog msgid, domain/tie_vocabulary.yml) by its
    folded form: the ties-date rule cites what the table holds in lower case ("the ties table
    holds recognises taiwan (roc) on 1990", claims/rules/ties_date.py)."""
    labels = [label for tie in ties.vocabulary().values() for label in tie["values"].values()]
    return {label.casefold(): label for label in labels}


def status_label(text: str, lang: str) -> str | None:
    """A tie status a reason names bare ("recognises taiwan (roc)") in the reader's words
    ("Reconoce a Taiwán (ROC)"); None when it is not one, or in English (shown as written)."""
    label = _tie_values().get(text.strip().casefold())
    if label is None or lang == i18n.DEFAULT_LANGUAGE:
        return None
    translated = i18n.gettext_for(lang)(label)
    return translated if translated != label else None


def tie_type_label(text: str, lang: str) -> str | None:
    """A tie type a reason names ("shows 20 states with bri_mou") in words; else None."""
    return vocabulary.label(text, lang) if text in vocabulary.tie_types() else None


# A metric or a place a reason names bare: "(the store holds bri_members_count for LAC)". The
# look-behind lets a match start only where a word does: a search from every position inside
# one long word would otherwise run to its end each time (quadratic; test_regex_linear.py).
METRIC_ID = re.compile(r"(?<![a-z0-9_])[a-z][a-z0-9]*+(?:_[a-z0-9]++)++")
PLACE_CODE = re.compile(r"[A-Z]{3}")
PLACE_CODES = re.compile(r"[A-Z]{3}(?:, [A-Z]{3})++")  # "BRA, CHL, PER": the states a text lists


def code_label(text: str, lang: str, country_name: CountryName | None = None) -> str | None:
    """A metric id, a unit or a place code a reason names on its own ("bri_members_count",
    "percent", "LAC", "PAN") in words; None when it is neither, or one the vocabulary and the store do not
    name (then it is shown as written)."""
    if METRIC_ID.fullmatch(text) or text in known_units():  # "percent", "usd_bn"
        name = vocabulary.label(text, lang)
        return name if name != text else None
    if PLACE_CODE.fullmatch(text):
        name = place_name(text, lang, country_name)
        return name if name != text else None
    if PLACE_CODES.fullmatch(text):
        names = [place_name(code, lang, country_name) for code in text.split(", ")]
        known = all(name != code for name, code in zip(names, text.split(", "), strict=True))
        return ", ".join(names) if known else None
    return None


def pledge_label(text: str, lang: str) -> str | None:
    """A pledge a reason names by its id ("beijing2015_trade_500bn") by its description in
    the reader's language (vocabulary.pledge_descriptions); None for any other text."""
    row = vocabulary.pledge_descriptions().get(text)
    return vocabulary.pledge_description(text, row["en"], lang)[0] if row else None


def plan_label(text: str, lang: str) -> str | None:
    """The plans a reason names by their ids ("xi_beijing_2015, cooperation_plan_2015_2019") in
    words (the commitments page's plan names); None unless every part is a known plan."""
    from chinalac.web.routes.commitments import PLAN_LABELS

    parts = text.split(", ")
    if not all(part in PLAN_LABELS for part in parts):
        return None
    translate = i18n.gettext_for(lang)
    return "; ".join(translate(PLAN_LABELS[part]) for part in parts)


# A stored ministerial meeting as a reason names it (rules/meeting_ordinal.py: "name, date, place").
MEETING_PART = re.compile(
    r"^(?P<n>\d+)(?:st|nd|rd|th) Ministerial Meeting of the China-CELAC Forum"
    r"(?:, (?P<date>\d{4}(?:-\d\d){0,2}))?(?:, (?P<place>[^,]+(?:, [^,]+)?))?$"
)


def meeting_label(text: str, lang: str) -> str | None:
    """A ministerial meeting a reason names ("4th Ministerial Meeting of the China-CELAC Forum,
    2025-05-13, Beijing, China") in the reader's words: the architecture page's name of the
    meeting, the date in words and the place as the vocabulary names it; else None."""
    from chinalac.web.routes.architecture import meeting_name

    found = MEETING_PART.match(text)
    if found is None:
        return None
    words = [meeting_name(int(found["n"]), lang)]
    if found["date"]:
        words.append(i18n.format_iso_date(found["date"], lang))
    if found["place"]:
        if found["place"].casefold() not in {p.casefold() for p in vocabulary.values_of("place")}:
            return None  # a place the vocabulary does not name: the part stays as written
        # Named alike in every language ("Santiago, Chile") is named all the same.
        words.append(vocabulary.label(found["place"], lang))
    return ", ".join(words)


# What kind of figure the checker read, as a reason names it when no metric was recognised
# (rules/no_record.py: "no metric recognised for '2005' (date)"); claims/models.Kind.
KIND_LABELS = {
    "money": N_("an amount of money"),
    "percent": N_("a percentage"),
    "count": N_("a count"),
    "multiple": N_("a multiple"),
    "rank": N_("a rank"),
    "duration": N_("a duration"),
    "date": N_("a date"),
}


def kind_label(text: str, lang: str) -> str | None:
    """The kind of a figure ("date") in words; None for any other text."""
    msgid = KIND_LABELS.get(text)
    return i18n.gettext_for(lang)(msgid) if msgid else None


def dates_label(text: str, lang: str) -> str | None:
    """A period or a list of periods of a reason ("2022-05, 2025") in words; else None."""
    if not DATE_LIST.match(text):
        return None
    return ", ".join(period_label(part, lang) for part in text.split(", "))


# States with the date of their tie, as ties-rank lists the order before a state ("CHL 2005-11,
# PER 2009-04-28, CRI 2010-04-08"; claims/rules/ties_rank.ordinal_finding).
PLACED_DATES = re.compile(r"[A-Z]{3} \d{4}(?:-\d{2}){0,2}(?:, [A-Z]{3} \d{4}(?:-\d{2}){0,2})*+")


def placed_dates_label(text: str, lang: str, country_name: CountryName | None = None) -> str | None:
    """States with dates ("CHL 2005-11, PER 2009-04-28") in words ("Chile (noviembre de 2005),
    Perú (28 de abril de 2009)"); None for any other text or a code no name is known for."""
    if not PLACED_DATES.fullmatch(text):
        return None
    words = []
    for piece in text.split(", "):
        code, date = piece.split(" ")
        name = place_name(code, lang, country_name)
        if name == code:
            return None
        words.append(f"{name} ({period_label(date, lang)})")
    return ", ".join(words)


def part_label(text: str, lang: str, country_name: CountryName | None = None) -> str | None:
    """A part of a reason the page can put in the reader's words: a fact label, a stored
    figure, a list of periods, a tie, a tie type, a bare metric or place code; None for
    anything else (it is shown as written)."""
    for formatted in (
        fact_label(text, lang, country_name),
        figure_label(text, lang),
        dates_label(text, lang),
        tie_label(text, lang, country_name),
        placed_dates_label(text, lang, country_name),
        tie_type_label(text, lang),
        status_label(text, lang),
        pledge_label(text, lang),
        plan_label(text, lang),
        meeting_label(text, lang),
        code_label(text, lang, country_name),
        kind_label(text, lang),
    ):
        if formatted is not None:
            return formatted
    return None
