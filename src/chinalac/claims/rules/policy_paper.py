"""Rule `policy-paper`: the n-th of China's policy papers on Latin America and the Caribbean, and
its date, against the documents table (kind `policy_paper`: 2008, 2016, 2025).

    "China published its first policy paper on Latin America and the Caribbean in 2008, a
    second in 2016 …" → policy_paper_lac_2008, policy_paper_lac_2016 → supported
    "el segundo documento de política hacia América Latina y el Caribe (noviembre de 2016)"

A rank is read when its sentence names a policy paper ("policy paper", "documento de política",
"documento sobre a política") and Latin America, the region or CELAC, and the rank's own noun
is the paper's ("policy paper", "paper", "documento") or none ("a second in 2016"). Supported
when the n-th stored paper has the year (and month) written for it, or, with no date written,
was out by the article's date. Another date is shown, never refuted: a text may date a paper
by its announcement or its translation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.article_date import WEEKDAY_NAME
from chinalac.claims.models import Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence
from chinalac.claims.vocabulary import fold

POLICY_PAPER = re.compile(
    r"\bpolicy\s+(?:paper|document)s?\b|\bdocumentos?\s+(?:de|sobre\s+(?:a|la))\s+politica\b"
    # China's papers on the region are also called white papers (round 32a: "a first White
    # Paper in 2008", "su primer Libro Blanco sobre América Latina", "o primeiro Livro Branco")
    r"|\bwhite\s+papers?\b|\blibros?\s+blancos?\b|\blivros?\s+brancos?\b"
)
# A white paper is of the region only when the region is named right beside it ("its vision for
# the region in a first White Paper", "a White Paper on its Latin America policy"): China issues
# white papers on many topics ("its first white paper on development cooperation in 2011, when
# Latin America …" is not the region's).
WHITE_PAPER = re.compile(r"white|blanco|branco")
WHITE_BEFORE, WHITE_AFTER = 45, 30
REGION = re.compile(
    r"\b(?:latin\s+america|america\s+latina|latinoamerica|caribbean|caribe|celac|the\s+region"
    r"|la\s+region|a\s+regiao)\b"
)
PAPER_NOUN = re.compile(
    r"^(?:(?:policy\s+|white\s+)?(?:paper|document)|documento(?:\s+de\s+politica)?"
    # The paper's title cut at its preposition: "o 3º Documento sobre a Política da China para
    # com a América Latina e o Caribe", "el tercer Documento sobre la Política", "the third
    # Document on China's Policy" (round r54c: main read no paper in "3º Documento sobre").
    r"|documento\s+sobre(?:\s+(?:a|la)(?:\s+politica)?)?|document\s+on"
    # An edition of the paper: "a terceira edição do documento", "la tercera edición", "the
    # third edition" (the sentence, or one before it, names the paper).
    r"|edicao|edicion|edition"
    r"|libro\s+blanco(?:\s+sobre\b.{0,40})?|livro\s+branco(?:\s+sobre\b.{0,40})?)?$"
)
# An edition is the paper's only when the paper follows it: "a terceira edição do documento",
# "la tercera edición del documento", "the third edition of the (policy) paper".
EDITION = re.compile(r"edicao|edicion|edition")
EDITION_OF = re.compile(
    r"\s{1,3}(?:do|del|of\s+the|of\s+this|deste|desse|de\s+este)\s+"
    r"(?:policy\s+)?(?:documento|document|paper)\b"
)
ORDINAL_WORDS = {1: "first", 2: "second", 3: "third"}
# A verb of publishing (folded): a date in a sentence where China issues its paper on the region
# with no ordinal ("en el segundo semestre del pasado año Beijing publicó el llamado Libro Blanco
# de China para América Latina y el Caribe", round 37b) is the paper's date.
PUBLISHED = re.compile(
    r"\b(?:published|issued|released|unveiled"
    r"|publico|publicado|publicada|emitio|lanzo|lanzado|difundio|divulgo|dio\s+a\s+conocer"
    r"|publicou|lancou|lancado|divulgou|emitiu"
    # plural forms, for the earlier papers ("foram publicadas", "se publicaron")
    r"|publicados|publicadas|publicaron|emitidos|emitidas|lanzados|lancados|lancadas)\b"
)
# The paper taken up in a later sentence (folded): "The document is the third of its kind", "The
# Chinese government had released such a document in Nov 2008. It issued another in Nov 2016.",
# "El documento es el tercero de su tipo", "Tal documento fue publicado en noviembre de 2008", "O
# documento é o terceiro do gênero" (round 45b: main read no paper in the sentences after the one
# that names it). Read only when one of the PAPER_REACH sentences before names the paper and the
# region; a date so read also needs a verb of publishing in its own sentence (support only).
_TAKEN_UP = (
    r"(?:(?:the|this|such\s+an?|another|the\s+new|the\s+latest)\s+(?:document|paper)"
    r"|a\s+similar\s+(?:document|paper)|of\s+its\s+kind"
    r"|(?:un|otro)\s+documento\s+(?:similar|semejante|parecido|analogo)"
    r"|um\s+documento\s+(?:semelhante|similar|parecido|analogo)"
    r"|(?:el|este|ese|dicho|tal|otro|el\s+nuevo)\s+documento|de\s+su\s+(?:tipo|genero|clase)"
    r"|(?:o|este|esse|tal|outro|o\s+novo)\s+documento|do\s+(?:seu\s+)?(?:tipo|genero)"
    # The paper after "of": "a terceira edição do documento", "la tercera edición del documento"
    # ("of the document" is read by "the document").
    r"|(?:do|deste|desse|del)\s+documento)"
)
# The earlier papers taken up (folded), for a date only, beside a verb of publishing: "As
# anteriores foram publicadas em 2008 e 2016", "Los anteriores se publicaron en 2008 y 2016",
# "The previous ones were issued in 2008 and 2016" (round r54c: main read no paper).
EARLIER_PAPERS = (
    r"|(?:as|os|las|los)\s+anteriores|the\s+(?:previous|earlier)\s+(?:ones|editions|papers)"
)
# A bare "another" ("It issued another in Nov 2016", "emitió otro", "emitiu outro") takes up the
# paper only for a date, beside a verb of publishing; never for a rank ("Another bank was second").
PAPER_ANAPHOR = re.compile(
    r"(?<![\w])(?:" + _TAKEN_UP + r"|another|otro|outro" + EARLIER_PAPERS + r")(?![\w])"
)
RANK_ANAPHOR = re.compile(r"(?<![\w])" + _TAKEN_UP + r"(?![\w])")
PAPER_REACH = 3
# A day of the month in the claim's own words (one or two digits that are not part of a year):
# the documents table dates papers to the month, which does not bear out a day (as visit-date).
DAY = re.compile(r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])(?![\d])")


class PolicyPaper:
    rule_id: ClassVar[str] = "policy-paper"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED, Verdict.UNVERIFIABLE)
    description: ClassVar[str] = (
        "the n-th policy paper on LAC dated as the documents table dates it"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        documents = context.knowledge.documents
        papers = sorted(
            (row for row in documents.itertuples(index=False) if row.kind == "policy_paper"),
            key=lambda row: row.date or "9999",
        )
        if not papers:
            return
        for claim in context.claims:
            is_date = claim.kind is Kind.DATE
            if not is_date and (claim.kind is not Kind.RANK or claim.value not in ORDINAL_WORDS):
                continue
            folded = folded_sentence(claim)
            found = _names_paper(folded)
            taken_up = False
            if found is None:
                anaphor = PAPER_ANAPHOR if is_date else RANK_ANAPHOR
                if not anaphor.search(folded) or not any(
                    _names_paper(fold(before))
                    for before in context.sentences_before(claim, PAPER_REACH)
                ):
                    continue
                taken_up = True  # the paper of a sentence before, taken up by "the document"
            if is_date:
                yield from self._dated_paper(claim, folded, papers)
                continue
            noun = fold(claim.noun).strip()
            if not PAPER_NOUN.match(noun):
                continue  # "the second-largest partner" in a sentence naming the paper
            if EDITION.fullmatch(noun) and not EDITION_OF.match(folded, claim.span_in_sentence[1]):
                continue  # "a terceira edição do Fórum": an edition of something else
            if not taken_up and not claim.noun and claim.span_in_sentence[0] < found.start():
                continue  # a bare ordinal counts the papers only after the paper is named
            n = int(claim.value)
            if n > len(papers):
                continue
            paper = papers[n - 1]
            stored, evidence = _stored_paper(n, paper)
            period = claim.period
            if period is None or period.end_year is None:
                written = (claim.article_date or {}).get("date") or ""
                if written and paper.date and paper.date <= written[: len(paper.date)]:
                    yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, stored, evidence)
                continue
            year, month = (paper.date or "0000")[:4], (paper.date or "")[5:7]
            same = int(year) == period.end_year and (
                not period.end_month or not month or int(month) == period.end_month
            )
            if same and period.kind in ("point", "as_of"):
                yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, stored, evidence)
            elif period.kind == "point":
                reason = f"{stored}; the text dates it {period.label()}"
                # The stored paper is shown as what the text's date differs from, never as a
                # match (found by the s37 mutation helper: the row was labelled "matches").
                differs = (dataclasses.replace(evidence[0], relation="differs"),)
                yield (
                    claim.claim_id,
                    Finding(self.rule_id, Verdict.UNVERIFIABLE, reason, differs),
                )

    def _dated_paper(self, claim, folded: str, papers: list) -> Iterator[tuple[str, Finding]]:
        """A date written for a policy paper the sentence names with no ordinal ("in 2016 China
        issued its policy paper on Latin America and the Caribbean"): supported when exactly one
        stored paper falls inside the date as written (a year, a month, a half-year). Support
        only, as for the ranks' other dates: a text may date a paper by its announcement or its
        translation, and a date outside every paper may be another event of the sentence."""
        period = claim.period
        if period is None or period.kind not in ("point", "range") or not PUBLISHED.search(folded):
            return
        if period.start_year is None or period.end_year is None:
            return
        start = (period.start_year, period.start_month or 1)
        end = (period.end_year, period.end_month or 12)
        inside = [
            (n, paper)
            for n, paper in enumerate(papers, start=1)
            if re.match(r"\d{4}-\d{2}", paper.date or "")
            and start <= (int(paper.date[:4]), int(paper.date[5:7])) <= end
        ]
        if len(inside) != 1 or inside[0][0] not in ORDINAL_WORDS:
            return  # none (another event's date, or an announcement) or two papers: whose date?
        n, paper = inside[0]
        if len(paper.date) < 10 and (
            DAY.search(re.sub(r"\d{4}", "", claim.text)) or WEEKDAY_NAME.search(fold(claim.text))
        ):
            # "China published its Policy Paper on Latin America and the Caribbean on Wednesday":
            # a weekday read against the article date, or a day written, names a day, and the
            # documents table dates the paper to the month only (round 45b: main bore out the
            # Wednesday by the third paper stored as 2025-12).
            return
        written = (claim.article_date or {}).get("date") or ""
        if written and paper.date > written[: len(paper.date)]:
            return  # a paper out only after the article: the text cannot be dating it
        stored, evidence = _stored_paper(n, paper)
        yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, stored, evidence)


def _names_paper(folded: str) -> re.Match | None:
    """The policy paper on the region a folded sentence names (a white paper only with the region
    named right beside it), else None."""
    found = POLICY_PAPER.search(folded)
    if found is None or not REGION.search(folded):
        return None
    if WHITE_PAPER.search(found.group(0)) and not REGION.search(
        folded[max(0, found.start() - WHITE_BEFORE) : found.end() + WHITE_AFTER]
    ):
        return None
    return found


def _stored_paper(n: int, paper) -> tuple[str, tuple[Evidence, ...]]:
    """The reason's words for the n-th stored policy paper and its evidence row. Reader-visible
    through the frames "the documents table dates China's first policy paper on Latin America
    and the Caribbean %(a)s" (and second, third; with "; the text dates it %(b)s") in
    web/reasons.py."""
    evidence = (
        Evidence(
            "document", paper.document_id, paper.source_id or None, "matches",
            period=paper.date or None, note=paper.title,
        ),
    )  # fmt: skip
    stored = f"the documents table dates China's {ORDINAL_WORDS[n]} policy paper on Latin America and the Caribbean {paper.date}"
    return stored, evidence
