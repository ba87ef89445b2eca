"""Rule `meeting-ordinal`: "the fourth ministerial meeting of the China-CELAC Forum", "la IV
Reunión Ministerial", "a 4ª Reunião Ministerial", "el III Foro China-CELAC" against the
ministerial meetings of the knowledge base (`mechanisms.csv`, kind `ministerial_meeting`).

    supported     the n-th meeting is stored and agrees with the year written in the number's
                  clause, or, with no year written, took place by the article's date (a few
                  days' grace: an article of the opening day)
    contradicted  the clause's year (read with confidence) is the year of another stored
                  meeting, not of the n-th ("the third ministerial meeting, in 2025")
    unverifiable  no n-th meeting is stored, or the year is none of the meetings' years, or
                  the article predates the meeting (it may be announced)

Only ranks whose noun names a ministerial meeting (or the Forum itself after a Roman numeral)
in a sentence naming CELAC are read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.article_date import FILE_METADATA, weekday_day
from chinalac.claims.extract import MINISTERS_MEETING
from chinalac.claims.models import Claim, Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence
from chinalac.claims.rules.celac_members import CELAC_NAMED
from chinalac.claims.rules.plan_span import PLAN
from chinalac.claims.rules.ties_date import claim_day, today_named
from chinalac.claims.vocabulary import english_ordinal, fold

MEETING_NOUN = re.compile(
    # the forum's name may stand before the noun in English ("the first China-CELAC (Forum)
    # ministerial meeting"; lead, stop 43: read as a rank of no metric)
    r"^(?:(?:china[-\s]celac|celac[-\s]china)\s+(?:forum\s+)?)?"
    r"(?:ministerial|reunion\s+ministerial|reuniao\s+ministerial|encontro\s+ministerial|"
    r"encuentro\s+ministerial|foro|forum|" + MINISTERS_MEETING + r")\b"
)
# A meeting noun whose ministers follow it (folded, the sentence's text after the noun): "a 1ª
# Reunião de Ministros das Relações Exteriores do Foro Celac-China", "la I Reunión de Cancilleres
# del Foro CELAC-China", "the 1st Meeting of Foreign Ministers of the China-CELAC Forum" (round
# 44c: main read "1ª Reunião" as a rank of no metric). The ministers may come with their article:
# "a Terceira Reunião dos Ministros do Fórum China – CELAC", "la III Reunión de los Ministros",
# "the Third Meeting of the Ministers" (round 47c: main read "Terceira Reunião" as a rank of no
# metric).
MEETING_BARE = frozenset({"reuniao", "reunion", "meeting", "encontro", "encuentro"})
MINISTERS_AFTER = re.compile(
    r"^\s{0,3}+(?:de|dos|das|of)\s{1,3}+(?:the\s{1,3}+|los\s{1,3}+|las\s{1,3}+)?"
    r"(?:foreign\s{1,3}+)?"
    r"(?:ministros|ministers|chanceleres|cancilleres)(?![\w])"
)


def _names_meeting(claim: Claim) -> bool:
    """The rank's noun names a ministerial meeting: "ministerial meeting", "Reunión
    Ministerial", or a bare "Reunião" / "Meeting" followed by its ministers."""
    noun = fold(claim.noun or "").strip()
    if MEETING_NOUN.match(noun):
        return True
    start, end = claim.noun_in_sentence
    if noun not in MEETING_BARE or start < 0 or end <= start:
        return False
    return bool(MINISTERS_AFTER.match(fold(claim.sentence[end : end + 60])))


# A ministerial meeting named without its ordinal (folded): "the ministerial meeting of the
# China-CELAC Forum", "la reunión ministerial del Foro", "a reunião (o encontro) ministerial".
MEETING_WORDS = re.compile(
    r"(?<![\w])(?:ministerial\s+meeting|(?:reunion|reuniao|encontro|encuentro)\s+ministerial)"
)
# The meeting taken up again in the next sentence (folded): "The meeting took place on the evening
# of December 3, 2021.", "La reunión se celebró el 22 de enero de 2018.", "A reunião ocorreu em 3
# de dezembro de 2021." (round 30d: main read no metric in a date whose meeting the sentence
# before names).
MEETING_AGAIN = re.compile(
    r"(?<![\w])(?:(?:the|this|that)\s+meeting|(?:la|esta|esa)\s+reunion"
    r"|(?:el|este|ese)\s+encuentro|(?:a|esta|essa)\s+reuniao|(?:o|este|esse)\s+encontro)(?![\w])"
)
# The meeting's work or its close taken up in the next sentence (folded): "Os trabalhos
# terminaram nesta segunda-feira (22).", "O encerramento foi nesta sexta-feira (9).", "Los
# trabajos concluyeron el lunes 22 de enero.", "The talks ended on January 9." (round 46c: main
# left the day of a ministerial named in the sentence before unread).
MEETING_WORK = re.compile(
    r"(?<![\w])(?:(?:os|los|the)\s+(?:trabalhos|trabajos|talks|proceedings|deliberations)"
    r"|(?:o|el)\s+(?:encerramento|cierre)|(?:a|la)\s+clausura|the\s+closing)(?![\w])"
)
# The meeting's ministers taken up as the subject of a meeting verb in the next sentence
# (folded): "Os ministros reuniram-se em 3 de dezembro de 2021, …", "Los cancilleres se
# reunieron el 3 de diciembre de 2021", "The ministers met on December 3, 2021" (round 47c: main
# left the day of a ministerial named in the sentence before unread). Their day is the meeting's
# (held on), never its close.
MINISTERS_MET = re.compile(
    r"(?<![\w])(?:os|los|the)\s++(?:foreign\s++)?(?:ministros|ministers|chanceleres|cancilleres)"
    r"\s++(?:(?:se\s++)?reuni(?:ram|eron)(?:-se)?|met)(?![\w])"
)
# A close (folded): the day is the meeting's last one ("terminaram", "o encerramento",
# "concluyeron", "la clausura", "closed", "ended").
CLOSING = re.compile(
    r"(?<![\w])(?:encerr\w*|termin\w*|conclu\w*|clausur\w*|cierre|cerr\w*|finaliz\w*"
    r"|ended|closed|closing|chegou\s+ao\s+fim|llego\s+a\s+su\s+fin)"
)
# Another forum or grouping named in a sentence (folded): its ministerial meetings are not the
# China-CELAC Forum's ("the first Ministerial Conference of the China-Caribbean Economic and Trade
# Cooperation Forum", the BRICS', FOCAC's).
OTHER_FORUM = re.compile(
    r"(?<![\w])(?:brics|focac|africa|arab|asean|apec|g-?20|mercosu[lr]|unasur|pacific|pacifico"
    r"|china-caribe|china-caribbean|caribbean\s+economic|caribe\s+economic)"
)
# How many sentences before a meeting's ordinal may name the China-CELAC Forum for it.
CELAC_REACH = 3


def names_celac(folded: str) -> bool:
    """The folded sentence names CELAC: its acronym or its name spelt out ("the Forum of China
    and the Community of Latin American and Caribbean States"; round r63g: main read the
    ordinal of the spelt-out forum's meeting as a rank of no metric)."""
    return bool(CELAC_NAMED.search(folded))


def _celac_before(claim: Claim, context: CheckContext) -> bool:
    """ "… de 19 a 22 de janeiro, o Chile recebe a 2ª Reunião Ministerial do Fórum China-CELAC
    … Segundo o embaixador, a primeira reunião ministerial, realizada em Beijing em janeiro de
    2015, aprovou …": the Forum named in one of the CELAC_REACH sentences before, and no other
    forum in the ordinal's own sentence (round 35c: main left the first meeting unread)."""
    if OTHER_FORUM.search(folded_sentence(claim)):
        return False
    return any(names_celac(fold(s)) for s in context.sentences_before(claim, CELAC_REACH))


# Where the sentence says a meeting was held (the sentence as written: a place is a capitalised
# name): "was held in Brasilia", "se celebró en Buenos Aires", "foi realizada em Brasília", "took
# place in Lima". Only after a verb of holding: a bare "in" may open a month or a clause.
PLACE_WRITTEN = re.compile(
    r"(?<![\w])(?:held|hosted|convened|took\s+place|celebrad[oa]|realizad[oa]|se\s+celebr[oó]"
    r"|se\s+realiz[oó]|tuvo\s+lugar|realizou-se|ocorreu|aconteceu|teve\s+lugar)"
    r"\s+(?:in|en|em|na|no|at)\s+(?:the\s+city\s+of\s+|la\s+ciudad\s+de\s+|a\s+cidade\s+de\s+)?"
    r"(?P<place>[A-ZÁÉÍÓÚÑÇ][\w\-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑÇ][\w\-]+)?)"
)
# Other names of a stored place (folded): the meeting rows write "Beijing".
PLACE_ALIASES = {"pekin": "beijing", "pequim": "beijing", "peking": "beijing"}

ORDINAL_NAME = re.compile(r"^(\d+)(?:st|nd|rd|th)\s+ministerial\s+meeting", re.IGNORECASE)
GRACE = dt.timedelta(days=3)


class MeetingOrdinal:
    rule_id: ClassVar[str] = "meeting-ordinal"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.UNVERIFIABLE,
    )
    description: ClassVar[str] = (
        "the n-th ministerial meeting of the China-CELAC Forum against the stored meetings"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        meetings = None
        for claim in context.claims:
            if claim.kind is Kind.DATE:
                meetings = meetings if meetings is not None else _meetings(context)
                finding = self._day(claim, context, meetings)
                if finding is not None:
                    yield claim.claim_id, _placed_elsewhere(claim, finding, meetings)
                continue
            if claim.kind is not Kind.RANK or claim.value < 1:
                continue
            if not _names_meeting(claim):
                continue
            if not names_celac(folded_sentence(claim)) and not _celac_before(claim, context):
                continue
            meetings = meetings if meetings is not None else _meetings(context)
            if meetings:
                yield (
                    claim.claim_id,
                    _placed_elsewhere(claim, self._judge(claim, meetings), meetings),
                )

    def _day(self, claim: Claim, context: CheckContext, meetings) -> Finding | None:
        """A month (or day) written beside the n-th meeting's ordinal ("encabezó este lunes 13
        de mayo la apertura de la cuarta reunión ministerial"): borne out when the stored n-th
        meeting took place in that month and, when a day is written, on that day (or one of the
        days its row spans; round 47c); never refuted (the date may be another event's of the
        sentence: an opening, an announcement)."""
        period = claim.period
        if not meetings or period is None or not period.end_year:
            return None
        if not period.end_month:
            # "la primera reunión ministerial, que se celebró en 2015": a year beside the n-th
            # meeting's ordinal is borne out by the meeting's year (round 49c's u11120; the lead,
            # stop 47), never refuted.
            return self._year(claim, context, meetings)
        # the ordinal names the meeting: the day is its own
        ordinal_written = any(
            other.kind is Kind.RANK and _names_meeting(other)
            for other in context.by_sentence.get(claim.sentence_index, [])
        )
        for n, meeting in _ordinals_named(claim, context, meetings):
            if today_named(claim) not in (None, meeting[1]):
                continue  # "se abre hoy" on another day than the meeting's (round 47b)
            if (meeting[1].year, meeting[1].month) == (period.end_year, period.end_month):
                if not self._on_its_days(claim, context, n, meeting):
                    # "informou em 11 de maio que a 4ª Reunião Ministerial … vai acontecer no
                    # dia 13 de maio": a day of the meeting's month that is none of its days
                    # dates another event of the sentence (an announcement); left unread, never
                    # refuted (round 47c: main bore it out by the month).
                    continue
                return self._took_place(n, meeting)
        # No ordinal: a day written beside "the ministerial meeting of the China-CELAC Forum"
        # that is a stored meeting's own day ("discursou na abertura da reunião ministerial do
        # Fórum China-Celac, em 13 de maio de 2025"; round s22c). Never refuted: the day may be
        # another event's of the sentence.
        folded = folded_sentence(claim)
        day = claim_day(claim)
        if day is None:
            # "The forum's ministerial meeting opened on Thursday morning" in a text of
            # 2015-01-08: the weekday names a day of the article's week (round 45b).
            named = weekday_day(claim.sentence, *claim.span_in_sentence, claim.article_date)
            if named is not None and (named.year, named.month) == (
                period.end_year,
                period.end_month,
            ):
                day = named.day
        if (
            not ordinal_written
            and day is not None
            and not names_celac(folded)
            and not MEETING_WORDS.search(folded)
            and (
                MEETING_AGAIN.search(folded)
                or MEETING_WORK.search(folded)
                or MINISTERS_MET.search(folded)
            )
        ):
            return self._named_before(claim, context, meetings, day)
        if (
            ordinal_written  # "the tenth ministerial meeting": no look-up of another meeting
            or day is None
            or not MEETING_WORDS.search(folded)
        ):
            return None
        if not names_celac(folded) and not _celac_before(claim, context):
            # "China and CELAC will write out a plan … The forum's ministerial meeting opened on
            # Thursday": the Forum named in one of the sentences before (round 45b)
            return None
        return self._held_on(meetings, period, day)

    def _year(self, claim: Claim, context: CheckContext, meetings) -> Finding | None:
        """A year of one point beside the n-th meeting's ordinal: supported when the stored n-th
        meeting took place that year, else no finding (the year may be another event's)."""
        period = claim.period
        if period.kind != "point" or period.start_year != period.end_year:
            return None
        for n, meeting in _ordinals_named(claim, context, meetings):
            if meeting[1].year == period.end_year:
                return self._took_place(n, meeting)
        return None

    def _took_place(self, n: int, meeting: tuple) -> Finding:
        return Finding(
            self.rule_id,
            Verdict.SUPPORTED,
            f"the {english_ordinal(n)} meeting took place then: {meeting[2]}",
            (_evidence(meeting, "matches"),),
        )

    def _on_its_days(self, claim: Claim, context: CheckContext, n: int, meeting: tuple) -> bool:
        """Whether a date claim of the n-th meeting's month falls on one of its days: True when
        the claim writes no day (a month), else when its day is the stored day or, for a meeting
        the store spans over several days, one of them (round 47c)."""
        day = claim_day(claim)
        if day is None:
            return True
        last = _spans(context, {n: meeting}).get(n, (meeting, meeting[1]))[1]
        return meeting[1].day <= day <= last.day

    def _named_before(
        self, claim: Claim, context: CheckContext, meetings, day: int
    ) -> Finding | None:
        """A day written of "the meeting" that the sentence before (in the same paragraph)
        names as a ministerial meeting of the China-CELAC Forum: "… held its Third Ministerial
        Meeting by video link. The meeting took place on the evening of December 3, 2021."
        Borne out when it is that meeting's stored day (the n-th's, when the sentence before
        writes its ordinal; any stored meeting's otherwise); never refuted (the sentence before
        may name another event as well)."""
        period = claim.period
        before = [
            other
            for other in context.by_sentence.get(claim.sentence_index - 1, [])
            if other.paragraph == claim.paragraph and names_celac(folded_sentence(other))
        ]
        if not before:
            return None
        ordinals = {
            int(other.value)
            for other in before
            if other.kind is Kind.RANK and other.value >= 1 and _names_meeting(other)
        }
        if ordinals:
            candidates = {n: meetings[n] for n in ordinals if n in meetings}
        elif MEETING_WORDS.search(folded_sentence(before[0])):
            candidates = meetings
        else:
            return None
        if CLOSING.search(folded_sentence(claim)):
            spans = _spans(context, candidates)
            if spans:
                # "O encerramento foi nesta sexta-feira (9).": a meeting of several days
                # closed on its last one; its opening day is not its close (round 46c).
                return self._closed_on(spans, period, day)
        return self._held_on(candidates, period, day)

    def _closed_on(self, spans: dict[int, tuple], period, day: int) -> Finding | None:
        """SUPPORTED when the claim's day is the last day of a stored meeting of several days;
        never refuted (round 46c)."""
        for n, (meeting, last) in sorted(spans.items()):
            if (last.year, last.month, last.day) != (period.end_year, period.end_month, day):
                continue
            label = meeting[2].replace(meeting[1].isoformat(), f"{meeting[1]}/{last}", 1)
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"the {english_ordinal(n)} meeting took place then: {label}",
                (_evidence(meeting, "matches"),),
            )
        return None

    def _held_on(self, meetings: dict[int, tuple], period, day: int) -> Finding | None:
        """SUPPORTED by the first of `meetings` held on the claim's day, else None."""
        for n, meeting in sorted(meetings.items()):
            if (meeting[1].year, meeting[1].month, meeting[1].day) == (
                period.end_year,
                period.end_month,
                day,
            ):
                return Finding(
                    self.rule_id,
                    Verdict.SUPPORTED,
                    f"the {english_ordinal(n)} meeting took place then: {meeting[2]}",
                    (_evidence(meeting, "matches"),),
                )
        return None

    def _judge(self, claim: Claim, meetings: dict[int, tuple]) -> Finding:
        n = int(claim.value)
        nth = english_ordinal(n)
        known = ", ".join(str(k) for k in sorted(meetings))
        if n not in meetings:
            return Finding(
                self.rule_id,
                Verdict.UNVERIFIABLE,
                f"no {nth} ministerial meeting is stored (the store holds meetings {known})",
            )
        meeting = meetings[n]
        mine = _evidence(meeting, "matches")
        year = claim.period.end_year if claim.period else None
        if _span_of_a_plan(claim):
            year = None  # the years a plan covers, not the meeting's: judged by the article's date
        if year is not None:
            if year == meeting[1].year:
                return Finding(
                    self.rule_id, Verdict.SUPPORTED, f"the {nth} meeting: {meeting[2]}", (mine,)
                )
            others = [m for k, m in meetings.items() if k != n and m[1].year == year]
            if (
                others
                and claim.confidence.get("period", {}).get("level") != "low"
                and not _year_of_another_event(claim, year)
            ):
                return Finding(
                    self.rule_id,
                    Verdict.CONTRADICTED,
                    f"the meeting of {year} is {others[0][2]}; the {nth} was {meeting[2]}",
                    (_evidence(meeting, "differs"), _evidence(others[0], "related")),
                )
            if others:  # another meeting was held that year, but the year is a loose reading
                return Finding(
                    self.rule_id,
                    Verdict.UNVERIFIABLE,
                    f"the {nth} meeting is {meeting[2]}; the year {year} is read with low "
                    f"confidence, and the meeting of {year} is {others[0][2]}",
                    (_evidence(meeting, "related"), _evidence(others[0], "related")),
                )
            return Finding(
                self.rule_id,
                Verdict.UNVERIFIABLE,
                f"the {nth} meeting is {meeting[2]}; no stored meeting took place in {year}",
                (_evidence(meeting, "related"),),
            )
        written = _article_day(claim)
        if written is not None and written + GRACE >= meeting[1]:
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"the {nth} meeting ({meeting[2]}) had taken place by the article's date {written}",
                (mine,),
            )
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            f"the {nth} meeting is {meeting[2]}; the text gives no year and the article's date "
            "does not show it had taken place",
            (_evidence(meeting, "related"),),
        )


def _span_of_a_plan(claim: Claim) -> bool:
    """Is the claim's period a span of years written as a plan's ("the 2019-2021 Joint Plan of
    Action", "the Cooperation Plan for 2019 – 2021", "el Plan de Acción 2019-2021") in a sentence
    naming a plan? Such years are the plan's, not the meeting's that adopted it (round r57d: main
    refuted "The second China-CELAC ministerial meeting adopted the 2019-2021 Joint Plan of
    Action" by the third meeting of 2021, and left "The first China-CELAC forum had announced the
    2015-2019 Cooperation Plan" unjudged for want of a meeting in 2019)."""
    period = claim.period
    if period is None or not period.start_year or not period.end_year:
        return False
    if period.start_year == period.end_year:
        return False
    folded = folded_sentence(claim)
    spans = {(int(a), int(b)) for a, b in YEAR_SPAN.findall(folded)}
    return (period.start_year, period.end_year) in spans and PLAN.search(folded) is not None


# A span of two years as written (folded): "2019-2021", "2019 – 2021", "2015/2019".
YEAR_SPAN = re.compile(r"(?<![\w])(\d{4})\s{0,2}[-\u2013\u2014/]\s{0,2}(\d{4})(?![\w])")


# Words between a meeting's ordinal and a year that make the year another event's (folded): a
# second ordinal ("ten years after the first one was held … in January 2015"), or a time
# counted from an event ("after", "since", "después de", "tras", "desde", "depois", "após").
ANOTHER_EVENT_BETWEEN = re.compile(
    r"(?<![\w])(?:first|second|third|primer[oa]?|segund[oa]|tercer[oa]?|primeir[oa]|"
    r"after|before|since|later|earlier|ago|despues|antes|tras|desde|hace|depois|apos|"
    r"\d{1,2}(?:st|nd|rd|th|a|o|ª|º))(?![\w])"
)


def _year_of_another_event(claim: Claim, year: int) -> bool:
    """Does the year the claim was read with stand in the sentence past another event's words?
    "The fourth ministerial meeting … opened on Tuesday, ten years after the first one was held
    in Beijing in January 2015" dates the first meeting, not the fourth (the lead, stop 46: main
    refuted the fourth by the meeting of 2015, a false "contradicted")."""
    folded = folded_sentence(claim)
    start, end = claim.span_in_sentence
    at = [m.start() for m in re.finditer(str(year), folded)]
    if not at:
        return False
    nearest = min(at, key=lambda i: abs(i - start))
    between = folded[end:nearest] if nearest >= end else folded[nearest + 4 : start]
    return ANOTHER_EVENT_BETWEEN.search(between) is not None


def _ordinals_named(claim: Claim, context: CheckContext, meetings: dict[int, tuple]):
    """(n, stored meeting) for each n-th ministerial meeting of the China-CELAC Forum an ordinal
    of the claim's sentence names, in the sentence's order."""
    for other in context.by_sentence.get(claim.sentence_index, []):
        if (
            other.kind is Kind.RANK
            and other.value >= 1
            and _names_meeting(other)
            and (names_celac(folded_sentence(other)) or _celac_before(other, context))
            and int(other.value) in meetings
        ):
            yield int(other.value), meetings[int(other.value)]


def _meetings(context: CheckContext) -> dict[int, tuple]:
    """Ordinal → (mechanism id, date, label, source id) of the stored ministerial meetings."""
    frame = context.knowledge.mechanisms
    out: dict[int, tuple] = {}
    if frame is None or frame.empty:
        return out
    for row in frame.itertuples():
        if row.kind != "ministerial_meeting":
            continue
        match = ORDINAL_NAME.match(str(row.name or ""))
        try:
            day = dt.date.fromisoformat(str(row.date)[:10])
        except ValueError:
            continue
        if match:
            label = f"{row.name}, {row.date}, {row.place}".strip(", ")
            out[int(match.group(1))] = (row.mechanism_id, day, label, row.source_id)
    return out


def _spans(context: CheckContext, meetings: dict[int, tuple]) -> dict[int, tuple]:
    """Ordinal → (meeting, last day) of the `meetings` that lasted several days: the row's
    `end_date` (the 1st ministerial, stored 2015-01-08 to 2015-01-09)."""
    frame = context.knowledge.mechanisms
    if frame is None or frame.empty:
        return {}
    ends = {row.mechanism_id: str(row.end_date or "") for row in frame.itertuples()}
    out: dict[int, tuple] = {}
    for n, meeting in meetings.items():
        try:
            last = dt.date.fromisoformat(ends.get(meeting[0], "")[:10])
        except ValueError:
            continue  # one day, or no day stored
        if last > meeting[1]:
            out[n] = (meeting, last)
    return out


def _placed_elsewhere(claim: Claim, finding: Finding, meetings: dict[int, tuple]) -> Finding:
    """A meeting borne out by its ordinal or date, in a sentence that says it was held in a
    place its stored row does not name ("The second ministerial meeting … was held in Brasilia
    in 2018": the second was held in Santiago, Chile): not borne out, the stored place shown
    (the lead, stop 51: main bore out both the ordinal and the year). Never refuted: the place
    may be another event's of the sentence, or a name the row writes otherwise."""
    if finding.verdict is not Verdict.SUPPORTED or not finding.evidence:
        return finding
    label = finding.evidence[0].note or ""
    meeting = next((m for m in meetings.values() if m[2] == label), None)
    if meeting is None:
        return finding
    places = [m.group("place") for m in PLACE_WRITTEN.finditer(claim.sentence)]
    if len(places) != 1:
        return finding  # no place written, or two places: which is the meeting's is unclear
    written = fold(places[0])
    stored = fold(label.split(meeting[1].isoformat(), 1)[-1])
    words = [PLACE_ALIASES.get(w, w) for w in re.findall(r"[a-z]+", written)]
    if any(w in stored for w in words if len(w) > 2):
        return finding
    n = next(k for k, m in meetings.items() if m is meeting)
    return Finding(
        finding.rule_id,
        Verdict.UNVERIFIABLE,
        f"the {english_ordinal(n)} meeting is {label}; the sentence places it in {places[0]}",
        (_evidence(meeting, "related"),),
    )


def _evidence(meeting: tuple, relation: str) -> Evidence:
    return Evidence("mechanism", meeting[0], meeting[3] or None, relation, note=meeting[2])


def _article_day(claim: Claim) -> dt.date | None:
    """The article's date when known to the day or month (a month: its last day)."""
    found = claim.article_date or {}
    date, precision = found.get("date"), found.get("precision")
    if not date or precision == "year" or found.get("found_by") == FILE_METADATA:
        return None
    day = dt.date.fromisoformat(str(date)[:10])
    if precision == "month":
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return day
