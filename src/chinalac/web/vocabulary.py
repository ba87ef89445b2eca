"""Stored vocabulary values → reader labels in en/es/pt: one function, `label(value, lang)`.

Backed by vocabulary.csv (sidecar vocabulary.meta.yml) for the values of the data tables
(sectors, flows, units, verdicts, qualities, tiers, the knowledge base's metrics, the region
codes LAC and WLD…) and by the message catalogs for labels
the web package marks with N_() (tie statuses, partnership levels). `fragment` rows translate
parts of a composite label such as a reporter ("China (national data)"). A value that is in
neither comes back unchanged (a proper name, a source's own title).
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from markupsafe import Markup, escape

from chinalac.web import i18n
from chinalac.web.i18n import N_

VOCABULARY_CSV = Path(__file__).parent / "vocabulary.csv"


@functools.cache
def rows() -> tuple[dict, ...]:
    with VOCABULARY_CSV.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@functools.cache
def _tables(lang: str) -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    exact: dict[str, str] = {}
    fragments = []
    for row in rows():
        if row["domain"] == "fragment":
            pattern = re.compile(r"(?<!\w)" + re.escape(row["value"]) + r"(?!\w)")
            fragments.append((pattern, row[lang]))
        else:
            exact.setdefault(row["value"].casefold(), row[lang])
            exact.setdefault(row["en"].casefold(), row[lang])
    fragments.sort(key=lambda item: -len(item[0].pattern))
    return exact, fragments


@functools.cache
def values_of(domain: str) -> frozenset[str]:
    """The values of one domain of vocabulary.csv, as stored."""
    return frozenset(row["value"] for row in rows() if row["domain"] == domain)


def tie_types() -> frozenset[str]:
    """The tie types of the ties table the vocabulary words (domain `tie`)."""
    return values_of("tie")


def english_labels() -> set[str]:
    """Every English label a reader may see for a vocabulary value (for the tests)."""
    return {row["en"] for row in rows() if row["en"] != row["es"] or row["en"] != row["pt"]}


def _whole_label(text: str, lang: str) -> str | None:
    """The reader label of `text` as a whole (a vocabulary row or a catalog msgid), or None;
    no fragment rows."""
    found = _tables(lang)[0].get(text.casefold())
    if found is not None:
        return found
    translated = i18n.gettext_for(lang)(text) if text else text  # "": the catalog's header
    return translated if translated != text else None


def label(value, lang: str) -> str:
    """The reader label of a stored vocabulary value in `lang`."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    text = str(value)
    if not text:
        return ""  # gettext("") is the catalog's header
    whole = _whole_label(text, lang)
    if whole is not None:
        return whole
    for pattern, replacement in _tables(lang)[1]:
        text = pattern.sub(replacement, text)
    return text


# Reader headers of the columns the profile and data tables show (never a raw column id).
COLUMN_LABELS = {
    "project_id": N_("Project"),
    "name": N_("Name"),
    "sector": N_("Sector"),
    "date": N_("Date"),
    "status": N_("Status"),
    "detail": N_("Detail"),
    "field": N_("Field"),
    "visitor": N_("Visitor"),
    "role": N_("Role"),
    "commitment_id": N_("Commitment"),
    "description": N_("Description"),
    "target_value": N_("Target"),
    "unit": N_("Unit"),
    "period_end": N_("Deadline"),
    "reason": N_("Why"),
    "source_id": N_("Source"),
    "iso3": N_("State"),
    "year": N_("Year"),
    "value": N_("Value"),
    # Every other column of the store's tables, as the /data pages head them.
    "accessed": N_("Accessed"),
    "action": N_("Action"),
    "adjusted_constant_2021_usd": N_("Adjusted amount (constant 2021 US$)"),
    "aiib": N_("AIIB membership"),
    "aiib_label": N_("AIIB membership (label)"),
    "aiib_member": N_("AIIB member"),
    "aiib_quality": N_("AIIB membership: evidence quality"),
    "aiib_rows": N_("AIIB membership: records"),
    "aiib_since": N_("AIIB member since"),
    "aiib_tier": N_("AIIB membership: source tier"),
    "amount_constant_2021_usd": N_("Amount (constant 2021 US$)"),
    "amount_usd_m": N_("Amount"),
    "as_of": N_("As of"),
    "as_of_end": N_("As of (end)"),
    "as_of_start": N_("As of (start)"),
    "author": N_("Author"),
    "bound": N_("Bound"),
    "bri": N_("Belt and Road"),
    "bri_label": N_("Belt and Road (label)"),
    "bri_member": N_("Belt and Road member"),
    "bri_quality": N_("Belt and Road: evidence quality"),
    "bri_rows": N_("Belt and Road: records"),
    "bri_since": N_("Belt and Road since"),
    "bri_tier": N_("Belt and Road: source tier"),
    "built_at": N_("Built at"),
    "caveats": N_("Caveats"),
    "celac": N_("CELAC member"),
    "check_name": N_("Check"),
    "china_gdp_usd": N_("China's GDP (US$)"),
    "china_reported_usd": N_("Reported by China (US$)"),
    "china_valuation": N_("China's valuation"),
    "classification": N_("Classification"),
    "code": N_("Code"),
    "colonial_link": N_("Colonial link"),
    "common_language": N_("Common language"),
    "component_id": N_("Component"),
    "conflict": N_("Conflict"),
    "conflict_group": N_("Conflict group"),
    "conflict_id": N_("Conflict"),
    "confucius": N_("Confucius Institutes"),
    "confucius_count": N_("Confucius Institutes (number)"),
    "confucius_label": N_("Confucius Institutes (label)"),
    "confucius_quality": N_("Confucius Institutes: evidence quality"),
    "confucius_rows": N_("Confucius Institutes: records"),
    "confucius_since": N_("First Confucius Institute"),
    "confucius_tier": N_("Confucius Institutes: source tier"),
    "context": N_("Context"),
    "contiguous": N_("Shared border"),
    "corrected": N_("Corrected"),
    "counterpart": N_("Counterpart"),
    "country": N_("Country"),
    "country_name": N_("Country name"),
    "country_year_adjusted_bn": N_("Adjusted amount"),
    "country_year_unadjusted_bn": N_("Unadjusted amount"),
    "coverage": N_("Coverage"),
    "cultural": N_("Cultural sphere"),
    "currency_basis": N_("Currency basis"),
    "data_dir": N_("Data folder"),
    "dataset": N_("Dataset"),
    "date_sort": N_("Date (for sorting)"),
    "deadline": N_("Deadline"),
    "delivery_id": N_("Delivery record"),
    "denominator": N_("Denominator"),
    "denominator_source_id": N_("Denominator source"),
    "denominator_usd": N_("Denominator (US$)"),
    "distance_km": N_("Distance (km)"),
    "document_id": N_("Document"),
    "doi": N_("DOI"),
    "domain": N_("Web domain"),
    "economic": N_("Economic sphere"),
    "edition": N_("Edition"),
    "end_date": N_("Last day"),
    "entity": N_("Entity"),
    "evidence": N_("Evidence"),
    "exporter": N_("Exporter"),
    "fact_id": N_("Fact"),
    "figure_id": N_("Figure"),
    "file": N_("File"),
    "flow": N_("Flow"),
    "flow_class": N_("Flow class"),
    "formula": N_("Formula"),
    "framework_component_id": N_("Framework component"),
    "framework_id": N_("Framework"),
    "fta": N_("Free trade agreement"),
    "fta_in_force": N_("Free trade agreement in force"),
    "fta_label": N_("Free trade agreement (label)"),
    "fta_quality": N_("Free trade agreement: evidence quality"),
    "fta_rows": N_("Free trade agreement: records"),
    "fta_since": N_("Free trade agreement since"),
    "fta_tier": N_("Free trade agreement: source tier"),
    "gap_percent": N_("Gap (%)"),
    "gap_usd": N_("Gap (US$)"),
    "gdp_usd": N_("GDP (US$)"),
    "gdp_usd_bn": N_("GDP"),
    "geography": N_("Geography"),
    "greenfield": N_("Greenfield"),
    "group_id": N_("Group of states"),
    "gwcode": N_("Gleditsch–Ward code"),
    "hs2": N_("HS chapter (2 digits)"),
    "hs4": N_("HS heading (4 digits)"),
    "hs6": N_("HS subheading (6 digits)"),
    "importer": N_("Importer"),
    "income_level_name": N_("Income level"),
    "indicator": N_("Indicator"),
    "ingest_log_sha256": N_("Ingest log checksum (SHA-256)"),
    "ingested_at": N_("Ingested at"),
    "instruments": N_("Instruments"),
    "international": N_("International sphere"),
    "investor": N_("Investor"),
    "iso2": N_("ISO code (2 letters)"),
    "iso_numeric": N_("ISO numeric code"),
    "issuer": N_("Issuer"),
    "key": N_("Key"),
    "kind": N_("Kind"),
    "lac_figure_metric": N_("LAC figure (metric)"),
    "lang": N_("Language"),
    "licence": N_("Licence"),
    "line": N_("Line"),
    "made_by": N_("Made by"),
    "made_on": N_("Made on"),
    "measure": N_("Measure"),
    "mechanism_id": N_("Mechanism"),
    "merged_statements": N_("Merged statements"),
    "metric": N_("Metric"),
    "month": N_("Month"),
    "months": N_("Months"),
    "name_en": N_("Name (English)"),
    "name_es": N_("Name (Spanish)"),
    "name_pt": N_("Name (Portuguese)"),
    "new_value": N_("New value"),
    "note": N_("Note"),
    "notes": N_("Notes"),
    "old_value": N_("Old value"),
    "origin": N_("Origin"),
    "origin_file": N_("Curated file"),
    "origin_line": N_("Line in the curated file"),
    "pair_id": N_("Pair"),
    "partial_year": N_("Partial year"),
    "partner": N_("Partner"),
    "partner_iso3": N_("Partner (ISO code)"),
    "partner_name": N_("Partner name"),
    "partner_reported_usd": N_("Reported by the partner (US$)"),
    "partner_valuation": N_("Partner's valuation"),
    "partnership": N_("Partnership level"),
    "partnership_label": N_("Partnership level (label)"),
    "partnership_quality": N_("Partnership: evidence quality"),
    "partnership_rows": N_("Partnership: records"),
    "partnership_since": N_("Partnership since"),
    "partnership_tier": N_("Partnership: source tier"),
    "path": N_("Path"),
    "period": N_("Period"),
    "period_start": N_("Start"),
    "phrases_en": N_("Phrases (English)"),
    "phrases_es": N_("Phrases (Spanish)"),
    "phrases_pt": N_("Phrases (Portuguese)"),
    "place": N_("Place"),
    "plan": N_("Plan"),
    "pledge_metric": N_("Pledge metric"),
    "political": N_("Political sphere"),
    "population_mn": N_("Population (million)"),
    "position": N_("Position"),
    "prc_relations_since": N_("Relations with the PRC since"),
    "precision": N_("Precision"),
    "producer": N_("Producer"),
    "product": N_("Product"),
    "products": N_("Products"),
    "published_total_bn": N_("Published total"),
    "publisher": N_("Publisher"),
    "quality": N_("Evidence quality"),
    "quantity_t": N_("Quantity (tonnes)"),
    "recognises_taiwan": N_("Recognises Taiwan"),
    "record_id": N_("Record"),
    "region": N_("Region"),
    "region_name": N_("Region"),
    "relations": N_("Diplomatic relations"),
    "relations_label": N_("Diplomatic relations (label)"),
    "relations_quality": N_("Diplomatic relations: evidence quality"),
    "relations_rows": N_("Diplomatic relations: records"),
    "relations_since": N_("Diplomatic relations since"),
    "relations_tier": N_("Diplomatic relations: source tier"),
    "release": N_("Release"),
    "reporter": N_("Reporter"),
    "reporter_iso3": N_("Reporter (ISO code)"),
    "reporter_side": N_("Reporting side"),
    "rows": N_("Rows"),
    "scope": N_("Scope"),
    "scope_note": N_("Scope note"),
    "sha256": N_("Checksum (SHA-256)"),
    "share_size": N_("Share"),
    "shipped_tables": N_("Tables shipped"),
    "sitc3_1d": N_("SITC Rev. 3 (1 digit)"),
    "sitc3_2d": N_("SITC Rev. 3 (2 digits)"),
    "sitc3_3d": N_("SITC Rev. 3 (3 digits)"),
    "sitc3_4d": N_("SITC Rev. 3 (4 digits)"),
    "sitc3_5d": N_("SITC Rev. 3 (5 digits)"),
    "source": N_("Source"),
    "source_date": N_("Source date"),
    "source_title": N_("Source title"),
    "source_url": N_("Source address"),
    "statement_conflict": N_("Statements disagree"),
    "statement_id": N_("Statement"),
    "states": N_("States"),
    "subject": N_("Subject"),
    "subregion": N_("Subregion"),
    "subsector": N_("Subsector"),
    "summary": N_("Summary"),
    "superseded": N_("Superseded"),
    "sustainable": N_("Sustainable sphere"),
    "table": N_("Table"),
    "threshold": N_("Threshold"),
    "tie_id": N_("Tie"),
    "tie_type": N_("Kind of tie"),
    "tier": N_("Source tier"),
    "tier_reason": N_("Why this tier"),
    "title": N_("Title"),
    "tracker_id": N_("Tracking database"),
    "trade_basis": N_("Trade basis"),
    "trade_flow": N_("Trade flow"),
    "trade_record_id": N_("Trade record"),
    "trade_reporter": N_("Trade reporter"),
    "trade_source_id": N_("Trade source"),
    "trade_source_url": N_("Trade source address"),
    "trade_usd": N_("Trade (US$)"),
    "trade_usd_m": N_("Trade"),
    "transaction_party": N_("Transaction party"),
    "unadjusted_usd": N_("Unadjusted amount (US$)"),
    "url": N_("Address"),
    "uses": N_("Uses"),
    "valuation": N_("Valuation"),
    "value_text": N_("Value as written"),
    "value_usd": N_("Value (US$)"),
    "values": N_("Values"),
    "version": N_("Version"),
    "visit_id": N_("Visit"),
    "weak_page": N_("Weak page"),
    "weighted_interest_rate": N_("Weighted interest rate"),
    "years": N_("Years"),
}
# Columns whose cells are vocabulary values (translated with `label`) or dates.
VOCABULARY_COLUMNS = frozenset({"sector", "status", "field", "unit", "flow", "flow_class"})
DATE_COLUMNS = frozenset(
    {"date", "end_date", "announced", "period_start", "period_end", "delivered_as_of"}
)


# Reader titles of the store's tables, as /data lists them (the table's name follows, for SQL).
TABLE_LABELS = {
    "aei_investments": N_("Chinese investments (AEI tracker)"),
    "aiddata_country_total": N_("Chinese development finance by state (AidData totals)"),
    "aiddata_country_year": N_("Chinese development finance by state and year (AidData)"),
    "build_info": N_("About this build"),
    "caveats": N_("Caveats of the datasets"),
    "commitment_conflicts": N_("Pledges on which sources disagree"),
    "commitment_statements": N_("Statements of the pledges"),
    "commitments": N_("Pledges"),
    "conflicts": N_("Records on which sources disagree"),
    "cooperation_depth_scores": N_("Cooperation depth index scores"),
    "corrections": N_("Corrections to the source files"),
    "countries": N_("States"),
    "country_groups": N_("Groups of states (English-speaking Caribbean, CARICOM)"),
    "country_names": N_("Names of the states"),
    "country_status": N_("Ties of each state with China"),
    "delivery": N_("Delivery of the pledges"),
    "documents": N_("Documents"),
    "entities": N_("Regions and groups"),
    "facts": N_("Facts of the knowledge base"),
    "figure_indicator_rows": N_("Indicators from published figures"),
    "figures": N_("Published figures"),
    "finance_country_year": N_("Chinese finance by state and year"),
    "forum_events": N_("Meetings of the China–CELAC Forum"),
    "framework_components": N_("Components of the cooperation frameworks"),
    "frameworks": N_("Cooperation frameworks"),
    "gdp": N_("Gross domestic product"),
    "gravity_manufacturing": N_("Manufacturing trade and distance (gravity data)"),
    "hs_sitc": N_("Product codes (HS and SITC)"),
    "imf_dots": N_("Trade by partner (IMF Direction of Trade)"),
    "ingest_log": N_("Files read into the store"),
    "mechanisms": N_("Mechanisms of the Forum"),
    "metrics": N_("Metrics"),
    "projects": N_("Projects"),
    "quality_log": N_("Quality checks"),
    "source_domains": N_("Web domains of the sources"),
    "source_tier_overrides": N_("Source tiers set by hand"),
    "sources": N_("Sources"),
    "ties": N_("Ties with China"),
    "trackers": N_("Finance and investment trackers"),
    "trade_mirror": N_("Trade as each side reports it"),
    "trade_products": N_("Trade by product"),
    "trade_products_china": N_("Trade with China by product"),
    "trade_reported": N_("Trade as reported"),
    "trade_totals": N_("Trade totals"),
    "visits": N_("Visits"),
    "wdi": N_("World Development Indicators"),
}


def table_label(table: str, lang: str) -> str:
    msgid = TABLE_LABELS.get(table)
    return i18n.gettext_for(lang)(msgid) if msgid else table.replace("_", " ")


# Columns whose figures are in a unit of vocabulary.csv: the header names it after the label,
# worded by `label` ("Monto (millones de US$)"), never a second time in the catalogs.
COLUMN_UNITS = {
    "amount_usd_m": "usd_m",
    "country_year_adjusted_bn": "usd_bn",
    "country_year_unadjusted_bn": "usd_bn",
    "gdp_usd_bn": "usd_bn",
    "published_total_bn": "usd_bn",
    "trade_usd_m": "usd_m",
}


def column_label(column: str, lang: str) -> str:
    msgid = COLUMN_LABELS.get(column)
    if not msgid:
        return column.replace("_", " ")
    said = i18n.gettext_for(lang)(msgid)
    unit = COLUMN_UNITS.get(column)
    return f"{said} ({label(unit, lang)})" if unit else said


def figure_value(value, unit: str | None, lang: str) -> str:
    """A stored figure for reading: years as written (never "2,024"), counts without ".0",
    other numbers with the locale's separators."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if unit == "year":
        return str(int(float(value)))
    number = float(value)
    if unit == "count" or number.is_integer():
        return i18n.format_number(int(number), lang, 0)
    return i18n.format_number(number, lang, 2)


# Units whose figure is read without a word after it: a year ("2017"), a plain count ("22").
BARE_UNITS = frozenset({"year", "count"})


def amount(value, unit: str | None, lang: str) -> str:
    """A stored figure with its unit in the reader's words: "157,5 miles de millones de US$"
    (es), "157,5 bilhões de US$" (pt), "157.5 US$ bn" (en); a year or a count alone."""
    figure = figure_value(value, unit, lang)
    if not figure or not unit or unit in BARE_UNITS:
        return figure
    return f"{figure} {label(unit, lang)}"


# Internal notes of the curated files that readers should not see: where a row was summarised
# from (the project's working brief), a compiler's markers, a missing-title note. The stored
# rows keep them (the CSV downloads and the SQL page show them); pages show the rest. A leading
# `\s*` starts only where a run of spaces starts, `(?<!\s)`: .sub tries every position, and
# retrying the run from each of its spaces is quadratic (tests/hardening/test_regex_linear.py).
INTERNAL_NOTES = (
    re.compile(r"[;,]?\s*as summari[sz]ed in the domain brief \(DOMAIN\.md\)", re.I),
    re.compile(r";?\s*the evidence note restates the brief", re.I),
    re.compile(r"(?<!\s)\s*\(per the project's domain brief\)", re.I),
    re.compile(r"(?<!\s)\s*\((?:title not stored|CONFLICT[^)]*)\)", re.I),
    re.compile(r"\s*+-?\s*+CONFLICT with existing row[^.;]*+", re.I),  # possessive: not cubic
    re.compile(r"^\s*\[descriptive\]\s*", re.I),  # a compiler's tag: the title was described
    re.compile(r"(?<!\s)\s*\(facts conflict_group \w+\)"),  # where the conflicting rows are stored
    re.compile(r"(?<!\s)\s*\(data/[\w./-]+\)"),  # the curated file a note was checked against
    re.compile(r";\s*chinalac's [\w -]+ uses its component ids\.?"),  # how the code uses a row
)


def reader_text(text) -> str:
    """Stored free text without the curators' internal notes (INTERNAL_NOTES)."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    text = str(text)
    for pattern in INTERNAL_NOTES:
        text = pattern.sub("", text)
    return re.sub(r"\(\s*\)", "", text).strip()


# Who reported a figure, as the curated files store it: a name ("China Customs (GACC) via
# Xinhua"), or "not stated" with the compiler's hint of who it may be ("not stated (likely
# INDEC)", "not stated (weak page)"). One wording for every page that names a reporter (/check
# evidence lines, profiles, the map's state list, the commitments page).
NOT_STATED = re.compile(r"^not stated(?: \((?P<hint>.+)\))?$")
LIKELY = re.compile(r"^likely (?P<who>[^,;()]+)$")
REPORTED_BY = N_("reported by")
SOURCE_NOT_STATED = N_("source of the figure not stated")
SOURCE_NOT_STATED_HINT = N_("source of the figure not stated (%(a)s)")
PROBABLY = N_("probably %(a)s")


def _as_stored(text: str, lang: str, css: str = "") -> Markup:
    """A stored name or a compiler's hint kept as written, marked with its language
    (`name_language`: "Banco Central de Chile" is Spanish, "Chinese embassy" English) unless it
    is the page's."""
    said = name_language(text) or "en"
    if said == lang:
        return Markup(escape(text))
    attribute = f' class="{css}"' if css else ""
    return Markup(f'<span{attribute} lang="{said}">{escape(text)}</span>')


def reporter(value, lang: str) -> Markup:
    """Who reported a figure in the reader's words: a name the vocabulary translates, or as
    stored and marked lang="en"; "not stated" in words ("fuente no indicada"), with its hint
    ours when it is "likely X" ("provavelmente INDEC"), else as stored and marked."""
    text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    if not text:
        return Markup("")
    _ = i18n.gettext_for(lang)
    found = NOT_STATED.match(text)
    if not found:
        # A name the vocabulary words whole first; then a relay, each side worded on its own
        # ("China Customs (via Chinese ambassador Wei Qiang)" is "Aduanas de China, vía
        # embajador chino Wei Qiang"); then the pieces the fragment rows word ("Chinese
        # ambassador Yan Jiarong"); else as stored.
        said = _whole_label(text, lang)
        if said is not None:
            return Markup(escape(said))
        relayed = _relayed(text, lang)
        if relayed is not None:
            return relayed
        said = label(text, lang)
        return Markup(escape(said)) if said != text else _as_stored(said, lang, "reporter")
    hint = found["hint"]
    if not hint:
        return Markup(escape(_(SOURCE_NOT_STATED)))
    likely = LIKELY.match(hint)
    said = label(hint, lang)
    note = (
        escape(_(PROBABLY) % {"a": likely["who"]})
        if likely
        else _as_stored(hint, lang, "reporter-note")
        if said == hint
        else escape(said)
    )
    return Markup(escape(_(SOURCE_NOT_STATED_HINT))) % {"a": note}


# A figure someone passed on, as the curated files write it: "Wang Yi (MFA) via Xinhua",
# "MOFCOM (via CCTV)", "ECLAC (cited by MFA spokesman Lin Jian)", "'China Customs' per DW".
# Each name is worded on its own (CEPAL for ECLAC), the link between them by the catalogs.
RELAYED = (
    (re.compile(r"^(?P<who>.+?) \(via (?P<by>[^()]+)\)$"), N_("%(who)s, via %(by)s")),
    (
        re.compile(r"^(?P<who>[^()]+(?: \([^()]+\))?) via (?P<by>[^()]+)$"),
        N_("%(who)s, via %(by)s"),
    ),
    (
        re.compile(r"^(?P<who>.+?) \(cited by (?P<by>[^()]+)\)$"),
        N_("%(who)s (according to %(by)s)"),
    ),
    (re.compile(r"^'(?P<who>[^']+)' per (?P<by>.+)$"), N_("%(who)s (according to %(by)s)")),
    (
        re.compile(r"^(?P<who>[^(),]+), relayed by (?P<by>[^(),]+)$"),
        N_("%(who)s, relayed by %(by)s"),
    ),
)


# "MOFCOM (spokesman Gao Feng, via MercoPress)" is read as "MOFCOM (spokesman Gao Feng) via …".
NOTE_AND_VIA = re.compile(r"^(?P<who>[^()]+) \((?P<note>[^()]+), via (?P<by>[^()]+)\)$")


def _relayed(text: str, lang: str) -> Markup | None:
    text = NOTE_AND_VIA.sub(r"\g<who> (\g<note>) via \g<by>", text)
    for pattern, frame in RELAYED:
        found = pattern.match(text)
        if found:
            return Markup(escape(i18n.gettext_for(lang)(frame))) % {
                "who": reporter(found["who"], lang),
                "by": reporter(found["by"], lang),
            }
    return None


STORED_NAME = re.compile(r'<span class="reporter" lang="(?P<lang>[a-z]+)">[^<]*</span>')


def reporter_text(value, lang: str) -> str:
    """`reporter` as plain text, for a chart's series name (an SVG label carries no markup)."""
    return reporter(value, lang).striptags()


def reporter_language(value, lang: str) -> str | None:
    """The language `reporter` marks the whole of its words with (a name kept as stored), else
    None (the reader's words, or a mix of them and names)."""
    whole = STORED_NAME.fullmatch(str(reporter(value, lang)))
    return whole["lang"] if whole else None


def reported_by(value, lang: str) -> Markup:
    """ "reported by X" in the reader's words, or only "source not stated (…)" when no one is
    named (never "reported by not stated")."""
    said = reporter(value, lang)
    if not said or NOT_STATED.match(str(value)):
        return said
    return Markup(escape(i18n.gettext_for(lang)(REPORTED_BY))) + " " + said


# The language of a stored title, read from its words: the sources table stores none, and a
# title in another language than the page's must say so (lang="…") for screen readers and
# translation tools. Only words one of the three languages uses (not "de", "a", "para"); a title
# with too few of them gets no mark rather than a guessed one.
TITLE_WORDS = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "for",
            "on",
            "with",
            "by",
            "from",
            "is",
            "its",
            "at",
            "has",
            "have",
            "says",
            "will",
            # words of English titles no Spanish or Portuguese title writes
            "annual",
            "report",
            "relations",
            "trade",
            "joins",
            "establish",
            "diplomatic",
            "ties",
            "becomes",
            "exports",
            "imports",
            "agreement",
            "bank",
            "banks",
            "approves",
            "members",
            "announces",
            "picks",
            "over",
            "endorses",
            "sweeps",
            "across",
            "launches",
            "between",
            "grows",
            "increasing",
            "billion",
            "percent",
            "chinese",
            "statistics",
            "database",
            "countries",
            "codes",
            "about",
            "new",
            "up",
            "good",
            "but",
            "be",
            "could",
            "better",
            "fund",
            "profile",
            "affect",
        ]
    ),
    "es": frozenset(
        ["el", "la", "los", "las", "del", "y", "en", "con", "una", "un", "se", "sus", "al", "año"]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "do",
            "da",
            "dos",
            "das",
            "e",
            "em",
            "com",
            "uma",
            "um",
            "na",
            "ao",
            "à",
            "pelo",
            "pela",
            "já",
            "neste",
            "não",
        ]
    ),
}
# Words of titles in the other languages the sources are written in (Italian, French, Dutch,
# German), so that such a title is marked as what it is, never as English or Spanish.
OTHER_TITLE_WORDS = {
    "it": frozenset(["il", "di", "dal", "nel", "negli", "della", "cina", "ultimi", "firmato"]),
    "fr": frozenset(["des", "chine", "près", "échanges", "commerciaux", "haïti"]),
    "nl": frozenset(
        ["naar", "met", "moet", "jaar", "nieuwe", "banden", "gewenst", "stijgt", "ontmoet"]
    ),
    "de": frozenset(["und", "lateinamerika", "brasilien", "argentinien"]),
}
TITLE_WORDS = {**TITLE_WORDS, **OTHER_TITLE_WORDS}
# Endings only one of the three languages writes ("cooperação", "cooperación").
TITLE_ENDINGS = {"es": re.compile(r"ción\b|ciones\b|ñ"), "pt": re.compile(r"ção\b|ções\b|ões\b")}
# What a title's words are read without: its publisher in brackets ("(El Economista)") and
# names that look like another language's words ("El Salvador").
NOT_TITLE_WORDS = re.compile(r"\([^)]*\)?|\bEl Salvador\b")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
WORD = re.compile(r"[^\W\d_]+")


def title_language(text) -> str | None:
    """'en', 'es', 'pt' or 'zh' when a stored title's words say so plainly, else None."""
    text = reader_text(text)
    if CJK.search(text):
        return "zh"
    text = NOT_TITLE_WORDS.sub(" ", text)
    words = [word.casefold() for word in WORD.findall(text)]
    counts = {lang: sum(word in vocab for word in words) for lang, vocab in TITLE_WORDS.items()}
    for lang, ending in TITLE_ENDINGS.items():
        counts[lang] += len(ending.findall(text))
    best = max(counts, key=counts.get)
    ranked = sorted(counts.values(), reverse=True)
    return best if ranked[0] >= 1 and ranked[0] > ranked[1] else None


# A name's linking word: "Banco de México", "Universidad del Pacífico" are Spanish names (the
# curated files write Portuguese names with "do"/"da", which TITLE_WORDS reads).
NAME_LINKS = frozenset(["de", "del"])
PORTUGUESE_LETTERS = re.compile(r"[ãõç]")
# Words of the reporters' own names that only Spanish writes ("Diálogo Chino", "Misión Verdad",
# "ProInversión"): the Portuguese write "chinês", "missão", "inversão" (and "Brasil de Fato").
NAME_WORDS = {
    "es": re.compile(r"\b(?:chino|diálogo|verdad)\b|ión\b", re.I),
    "pt": re.compile(r"\bfato\b|ão\b|ões\b", re.I),
}


def name_language(text, links: bool = True) -> str | None:
    """The language of a stored name ("Cámara de Comercio de Lima": 'es'), or None. `links`:
    read a name's "de"/"del" as Spanish (not for a title: "bolsas de estudo" is Portuguese)."""
    found = title_language(text)
    if found:
        return found
    name = NOT_TITLE_WORDS.sub(" ", str(text))
    said = [lang for lang, words in NAME_WORDS.items() if words.search(name)]
    if len(said) == 1:
        return said[0]
    words = {word.casefold() for word in WORD.findall(name)}
    if links and words & NAME_LINKS:
        return "pt" if PORTUGUESE_LETTERS.search(str(text)) else "es"
    return None


# A source's title as the curated files store it: the source's own words, then, in brackets,
# chinalac's note on where it was read ("(Agenzia Nova)", "(blog reproducing the documents)").
# The note is ours: translated where source_note rows of vocabulary.csv word it, else shown as
# written, marked English when its words are ("(Wikipedia mirror, wikizero)"); a publisher's
# name alone is nobody's language.
TITLE_NOTE = re.compile(r"^(?P<own>.*[^\s(])\s+\((?P<note>[^()]+)\)$")
NOTE_ENGLISH = re.compile(
    r"\b(?:mirror|mirrored|of|the|copy|interview|reproducing|quoting|reprinted|repost|release"
    r"|summary|report|backgrounder|text|title|not|recorded|in|on|by|from|edition|news|article"
    r"|academic|listing|extract|archive|filing|documents|blog|embassy|ministry|university"
    r"|affairs|agency|journal|friends|project)\b",
    re.I,
)


@functools.cache
def source_notes() -> dict[str, dict]:
    """{English note: row} of the vocabulary's `source_note` rows."""
    return {row["value"]: row for row in rows() if row["domain"] == "source_note"}


# A bracketed note that dates the page ("(Agencia Cubana de Noticias, 2025-09-29)", "(Jamaica
# Observer, 2019-04-21, via blog)"): the date is chinalac's, written ISO in the curated files, and
# a reader gets it in words, as every other date of the pages.
DATED_NOTE = re.compile(
    r"^(?P<before>[^()]*?), (?P<date>\d{4}-\d{2}(?:-\d{2})?)(?P<after>(?:, [^(),]+)?)$"
)


def _day_in_words(dated: re.Match, lang: str) -> str:
    """A DATED_NOTE match written again with its date in the reader's words."""
    return f"{dated['before']}, {i18n.format_iso_date(dated['date'], lang)}{dated['after']}"


def source_note(note: str, lang: str) -> tuple[str, str | None]:
    """A title's bracketed note in the reader's words and its language (None: a name)."""
    row = source_notes().get(note)
    if row and row.get(lang):
        # a row that translates the outlet keeps the date as written: worded here
        worded = DATED_NOTE.match(row[lang])
        return (_day_in_words(worded, lang) if worded else row[lang]), lang
    dated = DATED_NOTE.match(note)
    if dated:
        rest = dated["before"] + dated["after"]
        # the outlet's name is nobody's language, the date is the reader's: marked so inside a
        # title marked with its own language
        return _day_in_words(dated, lang), ("en" if NOTE_ENGLISH.search(rest) else lang)
    return note, ("en" if NOTE_ENGLISH.search(note) else None)


# A title chinalac gave a page it read without one: an outlet and the day it published ("People's
# Daily (Portuguese) 2023-06-14", "Xinhua Spanish 2016-04-29 (Lafontaine interview)").
OUTLET_DAY = re.compile(
    r"^(?P<own>[^()]+?(?: \([^()]+\))?) (?P<date>\d{4}-\d{2}-\d{2})(?: \((?P<note>[^()]+)\))?$"
)


def title_pieces(title, lang: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    """A stored title for a page of `lang`: the language to mark it with (None: the page's or
    unknown) and its pieces, each with the language it differs in from that mark (the note)."""
    text = reader_text(title)
    found = name_language(title, links=False)
    outer = found if found and found != lang else None
    here = outer or lang
    day = OUTLET_DAY.match(text)
    if day:
        # chinalac's description of an untitled page, "Xinhua Spanish 2016-04-29": the day in
        # the reader's words, marked with the reader's language inside a title marked otherwise
        pieces = [
            (day["own"] + " ", None),
            (i18n.format_iso_date(day["date"], lang), lang if lang != here else None),
        ]
        if day["note"]:
            note, note_lang = source_note(day["note"], lang)
            inner = note_lang if note_lang and note_lang != here else None
            pieces += [(" (", None), (note, inner), (")", None)]
        return outer, pieces
    parts = TITLE_NOTE.match(text)
    if not parts:
        return outer, [(text, None)]
    note, note_lang = source_note(parts["note"], lang)
    inner = note_lang if note_lang and note_lang != here else None
    return outer, [(parts["own"] + " (", None), (note, inner), (")", None)]


def source_title(title, lang: str) -> Markup:
    """A stored title as reader markup: its bracketed note in the reader's words or marked with
    its own language (the title's own language goes on the link: `title_lang_attribute`)."""
    from chinalac.web.notes import described_source  # notes builds on this module

    described = described_source(title, lang)
    if described:  # chinalac's own description of an untitled source, translated
        return escape(described)
    _outer, pieces = title_pieces(title, lang)
    return Markup("").join(
        Markup('<span lang="%s">%s</span>') % (piece_lang, text) if piece_lang else escape(text)
        for text, piece_lang in pieces
    )


def title_lang_attribute(text, lang: str) -> Markup:
    """' lang="en"' for a title in another language than the page's (nothing when unknown)."""
    from chinalac.web.notes import described_source

    if described_source(text, lang):  # shown in the reader's language (source_title)
        return Markup("")
    found = name_language(text, links=False)
    return Markup(' lang="%s"') % found if found and found != lang else Markup("")


# A curated note cites its sources by id ("… (Lu2023, section 3.2)", "(ChinaWatch2025;
# ChinaDaily2025)"); a reader gets each as its source's title, linked, not as the id.
# Only ids with a digit or a hyphen: a plain word such as "ECLAC" is also an organisation's name.
TOKEN = re.compile(r"[A-Za-z][\w-]*\w")
CITATION_ID = re.compile(r"[\d-]")


def cited(text, lang: str, source) -> Markup:
    """Stored free text (without internal notes) with every source id it names replaced by the
    source's title linked to it; `source(id)` is the store's lookup (None for other words)."""
    text = reader_text(text)
    out, at = [], 0
    for token in TOKEN.finditer(text):
        name = token.group(0)
        found = source(name) if source and CITATION_ID.search(name) else None
        if not found or not found.get("title"):
            continue
        title = reader_text(found["title"])
        attrs = Markup(' title="%s"') % title + title_lang_attribute(found["title"], lang)
        shown = source_title(found["title"], lang)
        link = (
            Markup('<a class="source" href="%s" rel="noopener noreferrer"%s>%s</a>')
            % (found["url"], attrs, shown)
            if found.get("url")
            else Markup('<span class="source"%s>%s</span>') % (attrs, shown)
        )
        out += [escape(text[at : token.start()]), link]
        at = token.end()
    out.append(escape(text[at:]))
    return Markup("").join(out)


# What a party said of a pledge's delivery, as the curated files store it (delivery.csv
# `value_text`): a figure ("518.467", ">80"), a period ("2015-2024"), or chinalac's word for a
# status ("fully implemented", `claim` rows of vocabulary.csv).
CLAIMED_FIGURE = re.compile(r"(?P<op>[<>~≈]?)(?P<number>\d+(?:\.(?P<decimals>\d+))?)")
CLAIMED_PERIOD = re.compile(r"(?P<start>\d{4})-(?P<end>\d{4})")


def claim_words(value, lang: str) -> tuple[str, str]:
    """A delivery claim for a reader of `lang` and the language it is in: a figure with the
    locale's separators ("518,467"), a period with an en dash, a status in words, else as
    stored, in English."""
    text = "" if value is None else str(value).strip()
    figure = CLAIMED_FIGURE.fullmatch(text)
    if figure:
        digits = len(figure["decimals"] or "")
        number = float(figure["number"]) if digits else int(figure["number"])
        op = f"{figure['op']} " if figure["op"] else ""
        return op + i18n.format_number(number, lang, digits), lang
    period = CLAIMED_PERIOD.fullmatch(text)
    if period:
        return f"{period['start']}–{period['end']}", lang
    row = claims().get(text)
    if row:
        return row[lang], lang
    return text, i18n.DEFAULT_LANGUAGE


@functools.cache
def claims() -> dict[str, dict]:
    return {row["value"]: row for row in rows() if row["domain"] == "claim"}


# -- pledge descriptions in the reader's language ---------------------------------------------
# pledge_descriptions.csv (sidecar pledge_descriptions.meta.yml): chinalac's own Spanish and
# Portuguese translation of each pledge's English summary (commitments.csv `description`). A
# row translates the English text it holds in `en`: when the stored summary changes, the row
# no longer applies and the page shows the English until the row is translated again.
PLEDGE_DESCRIPTIONS_CSV = Path(__file__).parent / "pledge_descriptions.csv"


@functools.cache
def pledge_descriptions() -> dict[str, dict[str, str]]:
    """{commitment_id: {"en": …, "es": …, "pt": …}} of the curated translations."""
    with PLEDGE_DESCRIPTIONS_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["commitment_id"]: row for row in csv.DictReader(handle)}


def pledge_description(commitment_id, english, lang: str) -> tuple[str, str]:
    """A pledge's description for a reader of `lang` and the language it is in: chinalac's
    translation of the stored English summary, else (no row, or a row written for another
    English text) that summary, in English."""
    english = "" if english is None else str(english)
    row = pledge_descriptions().get(str(commitment_id or ""))
    if lang != i18n.DEFAULT_LANGUAGE and row and row["en"] == english and row.get(lang):
        return row[lang], lang
    return english, i18n.DEFAULT_LANGUAGE


def pledge_text(commitment_id, english, lang: str) -> Markup:
    """`pledge_description` for a page: English shown to a Spanish or Portuguese reader is
    marked lang="en"."""
    text, text_lang = pledge_description(commitment_id, english, lang)
    if text_lang != lang:
        return Markup('<span lang="%s">%s</span>') % (text_lang, text)
    return escape(text)
