"""The inventory of curator notes the pages can show (for tests/web/test_note_translations.py):
what data/i18n/notes.csv must translate. Test support, not package code: the pages render
notes through `chinalac.web.notes`; this lists, from a built store, every free-text note they
can reach, /check's evidence lines included (any fact the checker indexes, not only a
profile's)."""

from __future__ import annotations

from collections.abc import Callable

from chinalac.domain.ties import row_label
from chinalac.web import vocabulary
from chinalac.web.notes import TITLE_NOT_STORED, _text, tie_sentence


def country_page_notes(db, country_name: Callable[[str, str], str]) -> dict[str, str]:
    """{stored English note: where a country profile shows it} for every curator note the 33
    profiles can show in free text (what data/i18n/notes.csv must translate): a tie's detail,
    its status when the tie vocabulary does not classify it, its evidence when `tie_sentence`
    does not generate it; a headline figure's evidence; a visit's role and detail; a project's
    detail. `db`: a DuckDB connection to the store, or the web store's Database."""
    found: dict[str, str] = {}

    def add(text, where: str) -> None:
        if vocabulary.reader_text(text):
            found.setdefault(str(text), where)

    states = [row[0] for row in _rows(db, "SELECT iso3 FROM countries WHERE iso3 <> 'CHN'")]
    for iso3, tie_type, status, date, detail, evidence, quality in _rows(
        db,
        "SELECT iso3, tie_type, status, date, detail, evidence, quality FROM ties "
        "WHERE NOT superseded",
    ):
        if iso3 not in states or quality == "unsourced":
            continue
        where = f"ties {iso3} {tie_type}"
        add(detail, where + " detail")
        if status and row_label(tie_type, status) is None:
            add(status, where + " status")
        row = {"iso3": iso3, "tie_type": tie_type, "status": status, "date": date}
        if tie_sentence({**row, "evidence": evidence}, "es", country_name) is None:
            add(evidence, where + " evidence")
    marks = ", ".join("?" for _ in states)
    for fact_id, evidence in _rows(
        db,
        f"SELECT fact_id, evidence FROM facts WHERE entity IN ({marks}) OR counterpart IN ({marks})",
        states + states,
    ):
        add(evidence, f"facts {fact_id} evidence")
    for table, columns in (("visits", ("role", "detail")), ("projects", ("detail",))):
        try:
            rows = _rows(db, f"SELECT iso3, {', '.join(columns)} FROM {table}")
        except Exception:  # a build without the table: its section is not shown
            continue
        for iso3, *cells in rows:
            if iso3 in states:
                for column, text in zip(columns, cells, strict=True):
                    add(text, f"{table} {iso3} {column}")
    return found


def _rows(db, query: str, params: list | None = None) -> list[tuple]:
    """Rows of a query on a DuckDB connection, or on a store whose .sql gives a frame."""
    if hasattr(db, "execute"):
        return db.execute(query, params or []).fetchall()
    frame = db.sql(query, params or [])
    return [
        tuple(None if _text(v) == "" else v for v in row) for row in frame.itertuples(index=False)
    ]


def architecture_notes(db) -> dict[str, str]:
    """{stored English note: where} for the architecture page: a framework's context, a
    document's summary, a mechanism's or a forum event's detail (a document without a summary
    shows its issuer, a name, as stored)."""
    found: dict[str, str] = {}
    queries = (
        ("frameworks context", "SELECT framework_id, context FROM frameworks"),
        ("documents summary", "SELECT document_id, summary FROM documents"),
        ("mechanisms detail", "SELECT name, detail FROM mechanisms"),
        (
            "forum_events detail",
            "SELECT name, detail FROM forum_events WHERE quality <> 'unsourced'",
        ),
    )
    for where, query in queries:
        try:
            rows = _rows(db, query)
        except Exception:  # a build without the table: the page does not show it
            continue
        for key, text in rows:
            if vocabulary.reader_text(text):
                found.setdefault(str(text), f"{where.split()[0]} {key} {where.split()[1]}")
    return found


def commitment_notes(db) -> dict[str, str]:
    """{stored scope note: where} for the scope notes the commitments page and the profiles
    show beside a figure on another basis (chinalac.web.commitment_words)."""
    from chinalac.domain.commitments import pledge_statuses

    found: dict[str, str] = {}
    for row in pledge_statuses(db, structured=True).itertuples():
        for figure in getattr(row.why, "figures", ()) or ():
            if figure.note:
                found.setdefault(figure.note, f"commitments {row.commitment_id} scope note")
    # The known conflicts the commitments page lists: what is compared, and the values side by
    # side (a pledge's subject is its description, translated apart: pledge_descriptions.csv).
    for subject, commitment_id, values in _rows(
        db, 'SELECT subject, commitment_id, "values" FROM commitment_conflicts'
    ):
        rest = str(subject)
        if commitment_id and rest.startswith(str(commitment_id)):
            rest = rest[len(str(commitment_id)) :].strip()
        for text in (rest, values):
            if vocabulary.reader_text(text):
                found.setdefault(str(text), f"commitment_conflicts {subject}")
    return found


def described_sources(db) -> dict[str, str]:
    """{chinalac's description of an untitled source: where} (`described_source`)."""
    found: dict[str, str] = {}
    for source_id, title in _rows(db, "SELECT source_id, title FROM sources"):
        described = TITLE_NOT_STORED.match(_text(title))
        if described:
            found.setdefault(described["said"], f"sources {source_id} title")
    return found


def figure_measures() -> dict[str, str]:
    """{measure: where} for the figures shipped with the compilers' template over a free-text
    measure ("The page reports other: <measure> of <value> for <period>, per <reporter>."):
    /check shows the measure as `figure_note` words it, from data/i18n/notes.csv."""
    import pandas as pd

    from chinalac.paths import package_data_dir
    from chinalac.web.notes import FIGURE_REPORTS, OTHER_MEASURE

    figures = pd.read_csv(
        package_data_dir() / "figures" / "figures_compiled" / "figures.csv", dtype=str
    )
    found: dict[str, str] = {}
    for number, evidence in enumerate(figures["evidence"].fillna(""), start=1):
        reported = FIGURE_REPORTS.match(evidence)
        if reported and reported["rest"].startswith(OTHER_MEASURE):
            measure = reported["rest"][len(OTHER_MEASURE) :].rsplit(" of ", 1)[0]
            found.setdefault(measure, f"figures row {number} evidence measure")
    return found


def checker_fact_notes(db) -> dict[str, str]:
    """{stored English note: where} for every fact's evidence note the claims checker can cite
    on /check (`chinalac.web.evidence.evidence_line`): the facts of the knowledge it checks the
    store against (`chinalac.claims.check.knowledge_for`, as the web app's worker builds it:
    the curated facts and the published figures beside them), whatever their state or region,
    not only the facts a country profile shows. A figure's note that `notes.figure_note` words
    from the row's own fields in both languages is left out (its free-text measure:
    `figure_measures`). `db`: the web store's Database, or the store's path."""
    from chinalac.claims.check import knowledge_for
    from chinalac.web.notes import figure_note

    found: dict[str, str] = {}
    for row in knowledge_for(db).facts.itertuples():
        if not vocabulary.reader_text(row.evidence):
            continue
        if all(figure_note(row.evidence, row.reporter, lang) for lang in ("es", "pt")):
            continue
        found.setdefault(str(row.evidence), f"facts {row.fact_id} evidence (/check)")
    return found


def page_notes(db, country_name: Callable[[str, str], str]) -> dict[str, str]:
    """Every curator note the country, architecture and commitments pages and /check can show
    in free text, with where it is stored: what data/i18n/notes.csv must translate. On /check:
    a figure's measure, a source's description, and the evidence note of any fact the checker
    can cite (`checker_fact_notes`)."""
    return {
        **checker_fact_notes(db),
        **figure_measures(),
        **described_sources(db),
        **commitment_notes(db),
        **architecture_notes(db),
        **country_page_notes(db, country_name),
    }
