"""Verdict reasons of the claims checker for the /check page, in the reader's language.

The checker (chinalac.claims.rules, chinalac.claims.check) writes each reason in English from a
fixed sentence template. Each template has a frame here: a regular expression whose named groups
are the parts the template fills in (a stored fact's label, a period, the text's own figures,
record ids), and the frame's sentence marked for the catalogs. The page shows the frame in the
reader's language and the parts as written, marked lang="en", except the parts the page can
put in the reader's words itself (chinalac.web.evidence.part_label: a fact label such as
"trade_total · LAC · 2023", a stored figure such as "489 usd_bn 2023 (ECLAC) [ids]", a list
of periods); in English the checker's sentence is kept, with those parts in words. A group
named `r…` holds a whole reason of its own (the checker wraps one reason in another: "not
called contradicted because …: <reason>"), translated the same way. The group named `doubts`
holds the doubts of a claim read with low confidence ("period: 'last year' …; metric: …"),
each translated by its own frame (DOUBT_FRAMES, one per doubt template of chinalac.claims;
tests/web/test_doubt_frames.py reads the templates from the claims source). A reason matching
no frame, or holding a reason or a doubt that matches none, is shown as written, in English;
scripts/reason_frames.py and tests/web/test_reason_frames.py count those.

Frames are tried in order (the longer templates first, since "matches %(a)s" would swallow
"matches the target of commitment …"); every pattern is anchored and used with .match, so its
cost is linear in the reason (tests/hardening/test_regex_linear.py times them).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cached_property

from markupsafe import Markup, escape

from chinalac.claims import article_date
from chinalac.claims.vocabulary import fold as claims_fold
from chinalac.web import evidence, i18n
from chinalac.web.evidence import CountryName
from chinalac.web.i18n import N_

# Each frame is a literal re.compile call, so the regex audit (tests/hardening) times it.
# One frame per reason template of the rules, grouped by the rule (or module) that writes it.
REASON_FRAMES = (
    # claims/check.py: a chosen finding rewritten because the claim's reading is uncertain.
    # Its `doubts` group holds the claim's doubts (DOUBT_FRAMES below), with brackets two deep
    # ("'desde entonces' = since 2005, … (to the article date 2015-02 (dateline))").
    (re.compile(r"^not called contradicted because the reading is uncertain "
                r"\((?P<doubts>(?:[^()]++|\((?:[^()]++|\([^()]*+\))*+\))++)\): (?P<r>.+)$", re.S),
        N_("not called contradicted because the reading of the claim is uncertain (%(doubts)s): %(r)s")),
    (re.compile(r"^not checked against the store: a projection or possibility, not a reported figure: "
                r"(?P<a>.+?); (?P<r>.+)$", re.S),
        N_("not checked against the store: the text gives a projection or a possibility, not a reported figure (%(a)s); %(r)s")),
    # claims/check.py: "In that year" after a sentence naming no single year (claims/that_year.py).
    (re.compile(r"^not checked against the store: which year '(?P<a>[^']+)' means is unclear: the "
                r"sentence before names no single year \((?P<b>[^()]*)\); (?P<r>.+)$", re.S),
        N_("not checked against the store: which year '%(a)s' means is unclear, since the sentence before names no single year (%(b)s); %(r)s")),
    (re.compile(r"^not checked against the store: which year '(?P<a>[^']+)' means is unclear: its "
                r"sentence names no single year \((?P<b>[^()]*)\); (?P<r>.+)$", re.S),
        N_("not checked against the store: which year '%(a)s' means is unclear, since its sentence names no single year before it (%(b)s); %(r)s")),
    # claims/check.py: one figure for two years joined by "and" (claims/extract.py, round s17c).
    (re.compile(r"^not checked against the store: which period '(?P<a>[^']+)' means is unclear: "
                r"the two years together or each of them; (?P<r>.+)$", re.S),
        N_("not checked against the store: which period '%(a)s' means is unclear, the two years together or each of them; %(r)s")),
    # claims/check.py: a figure said of each of several years running (claims/extract.py, round 26a).
    (re.compile(r"^not checked against the store: '(?P<a>[^']+)': a figure said of each of several "
                r"years running; (?P<r>.+)$", re.S),
        N_("not checked against the store: '%(a)s' says the figure of each of several years running; %(r)s")),
    # claims/check.py: a month named alone whose year the article's date does not settle.
    (re.compile(r"^not checked against the store: which year '(?P<a>[^']+)' means is unclear: the "
                r"month comes after the article date (?P<b>[^;]+); (?P<r>.+)$", re.S),
        N_("not checked against the store: which year '%(a)s' means is unclear, since the month comes after the article's date (%(b)s); %(r)s")),
    (re.compile(r"^not checked against the store: which year '(?P<a>[^']+)' means is unclear: the "
                r"article date (?P<b>[^;]+) names no month; (?P<r>.+)$", re.S),
        N_("not checked against the store: which year '%(a)s' means is unclear, since the article's date (%(b)s) names no month; %(r)s")),
    (re.compile(r"^not checked against the store: a lower bound on one product's trade, which the whole "
                r"flow does not bear out: (?P<a>.+?); (?P<r>.+)$", re.S),
        N_("not checked against the store: the text bounds one product's trade (%(a)s), which the whole flow does not bear out; %(r)s")),
    (re.compile(r"^not checked against the store: a change between two periods, not a level: "
                r"(?P<a>.+?); (?P<r>.+)$", re.S),
        N_("not checked against the store: the text gives a change between two periods, not a level (%(a)s); %(r)s")),
    # rules/ranked_list.py: the count of states a rank list names, before the count's verdict.
    (re.compile(r"^(?P<a>\d+) states listed \((?P<b>[^()]*)\) → (?P<r>.+)$", re.S),
        N_("%(a)s states listed (%(b)s) → %(r)s")),
    # rules/same_year_change.py: a hint appended to any of its reasons.
    (re.compile(r"^(?P<r>.+); the store holds this value for (?P<a>[^;]+)$", re.S),
        N_("%(r)s; the store holds this value for %(a)s")),
    (re.compile(r"^the change from (?P<a>.+?) to (?P<b>.+?) is dated (?P<c>\d+) at both ends$", re.S),
        N_("the change from %(a)s to %(b)s is dated %(c)s at both ends")),
    (re.compile(r"^the change runs backwards in time: (?P<a>.+?) → (?P<b>.+)$", re.S),
        N_("the change runs backwards in time: %(a)s → %(b)s")),
    (re.compile(r"^said to increase, but (?P<b>.+?) is less than (?P<a>.+)$", re.S),
        N_("said to increase, but %(b)s is less than %(a)s")),
    (re.compile(r"^said to decrease, but (?P<b>.+?) is more than (?P<a>.+)$", re.S),
        N_("said to decrease, but %(b)s is more than %(a)s")),
    # rules/store_facts.py
    (re.compile(r"^not called contradicted because the direction of the flow is uncertain: the figure "
                r"is the store's (?P<a>\S+) \((?P<b>.+?)\), the other direction of the same trade — "
                r"(?P<r>.+)$", re.S),
        N_("not called contradicted because the direction of the flow is uncertain: the figure is the store's %(a)s (%(b)s), the other direction of the same trade — %(r)s")),
    (re.compile(r"^not called contradicted because China's side gives the figure \('(?P<a>[^']+)'\) "
                r"and the store holds another reporter's \((?P<b>.+?)\) — (?P<r>.+)$", re.S),
        N_("not called contradicted because China's side gives the figure ('%(a)s') and the store holds another reporter's (%(b)s): each side counts the same trade its own way — %(r)s")),
    (re.compile(r"^not called contradicted because the text's rate is of values in yuan and the "
                r"store's of values in dollars; the two differ by the change of the exchange rate "
                r"— (?P<r>.+)$", re.S),
        N_("not called contradicted because the text's rate is of values in yuan and the store's of values in dollars; the two differ by the change of the exchange rate — %(r)s")),
    (re.compile(r"^not called contradicted because the sentence tells credit offered or promised, "
                r"a pledge, not the lending made that the store totals — (?P<r>.+)$", re.S),
        N_("not called contradicted because the sentence tells credit offered or promised, a pledge, not the lending made that the store totals — %(r)s")),
    # claims/rules/store_facts.py: a total chinalac added from one source's parts (round s25c).
    (re.compile(r"^not called contradicted because the store's total is only one source's exports "
                r"and imports added up, which no page publishes — (?P<r>.+)$", re.S),
        N_("not called contradicted because the store's total is only one source's exports and imports added up, which no page publishes — %(r)s")),
    # claims/rules/store_facts.py: a state's trade with China held from one side only.
    (re.compile(r"^not called contradicted because the store holds only China's count for "
                r"(?P<a>.+?); the partner's own count is not stored, and the two sides' counts of "
                r"one trade commonly differ by up to a quarter — (?P<r>.+)$", re.S),
        N_("not called contradicted because the store holds only China's count for %(a)s; the partner's own count is not stored, and the two sides' counts of one trade commonly differ by up to a quarter — %(r)s")),
    (re.compile(r"^not called contradicted because the store holds only the partner's own count "
                r"for (?P<a>.+?); China's customs count is not stored, and the two sides' counts "
                r"of one trade commonly differ by up to a quarter — (?P<r>.+)$", re.S),
        N_("not called contradicted because the store holds only the partner's own count for %(a)s; China's customs count is not stored, and the two sides' counts of one trade commonly differ by up to a quarter — %(r)s")),
    (re.compile(r"^not called contradicted because the store holds no count for (?P<a>.+?) known "
                r"to be China's beside one known to be the partner's, and the two sides' counts "
                r"of one trade commonly differ by up to a quarter — (?P<r>.+)$", re.S),
        N_("not called contradicted because the store holds no count for %(a)s known to be China's beside one known to be the partner's, and the two sides' counts of one trade commonly differ by up to a quarter — %(r)s")),
    # claims/rules/store_facts.py: the one side held is the importer's, the text's figure lies
    # where the exporter's count would (ORIGIN_WHY).
    (re.compile(r"^not called contradicted because the store holds only China's count for "
                r"(?P<a>.+?); the partner's own count is not stored, an importer's count \(by "
                r"origin\) commonly exceeds the exporter's \(by destination\), and the store's two "
                r"counts of this state's trade part by more than a quarter — (?P<r>.+)$", re.S),
        N_("not called contradicted because the store holds only China's count for %(a)s; the partner's own count is not stored, an importer's count (by origin) commonly exceeds the exporter's (by destination), and the store's two counts of this state's trade part by more than a quarter — %(r)s")),
    (re.compile(r"^not called contradicted because the store holds only the partner's own count "
                r"for (?P<a>.+?); China's customs count is not stored, an importer's count \(by "
                r"origin\) commonly exceeds the exporter's \(by destination\), and the store's two "
                r"counts of this state's trade part by more than a quarter — (?P<r>.+)$", re.S),
        N_("not called contradicted because the store holds only the partner's own count for %(a)s; China's customs count is not stored, an importer's count (by origin) commonly exceeds the exporter's (by destination), and the store's two counts of this state's trade part by more than a quarter — %(r)s")),
    # claims/rules/store_facts.py: the text itself sets the figure against another count of
    # the same metric and period, the store's (round 41b).
    (re.compile(r"^not called contradicted because the text itself sets the figure against another "
                r"count of the same metric and period \('(?P<a>[^']+)'\), the one the store holds "
                r"— (?P<r>.+)$", re.S),
        N_("not called contradicted because the text itself sets the figure against another count of the same metric and period ('%(a)s'), the one the store holds — %(r)s")),
    # claims/rules/store_facts.py: the mirror, the state's own statistics against China's side's
    # (round s20c); the quoted words may hold an apostrophe ("according to brazil's …").
    (re.compile(r"^not called contradicted because the state's own statistics give the figure "
                r"\('(?P<a>.+?)'\) and the store holds China's side's \((?P<b>[^()]+)\) — (?P<r>.+)$", re.S),
        N_("not called contradicted because the state's own statistics give the figure ('%(a)s') and the store holds China's side's (%(b)s): each side counts the same trade its own way — %(r)s")),
    (re.compile(r"^read as (?P<a>\S+) \('(?P<b>[^']+)' may name either side\): (?P<r>.+)$", re.S),
        N_("read as the store's %(a)s ('%(b)s' may name either side of the trade): %(r)s")),
    (re.compile(r"^read as the stock of direct investment \(the text names no flow or stock\): "
                r"(?P<r>.+)$", re.S),
        N_("read as the stock of direct investment (the text names neither a flow nor a stock): %(r)s")),
    (re.compile(r"^read to the end of (?P<a>\d{4}), the year before the last full year before the "
                r"article date: (?P<r>.+)$", re.S),
        N_("read to the end of %(a)s, the year before the last full year before the article's date: %(r)s")),
    (re.compile(r"^read to the end of (?P<a>\d{4}), the last full year before the article date: "
                r"(?P<r>.+)$", re.S),
        N_("read to the end of %(a)s, the last full year before the article's date: %(r)s")),
    (re.compile(r"^read to the end of (?P<a>\d{4}), the latest stored total from the same start "
                r"\(a cumulative total only grows\): (?P<b>.+)$", re.S),
        N_("read to the end of %(a)s, the latest stored total from the same start (a cumulative total only grows): %(b)s")),
    (re.compile(r"^read with the comma grouping thousands: (?P<r>.+)$", re.S),
        N_("read with the comma grouping thousands (not as a decimal comma): %(r)s")),
    (re.compile(r"^not called contradicted: another source published (?P<a>.+?), a lower bound at the "
                r"text's figure — (?P<r>.+)$", re.S),
        N_("not called contradicted: another source published %(a)s, a lower bound at the text's figure — %(r)s")),
    (re.compile(r"^not called contradicted: (?P<a>.+?) is a round figure whose rounding covers the "
                r"text's figure — (?P<r>.+)$", re.S),
        N_("not called contradicted: %(a)s is a round figure whose rounding covers the text's figure — %(r)s")),
    (re.compile(r"^not called contradicted \((?P<r>[^()]+)\): the store holds (?P<a>.+?) for "
                r"(?P<b>[^;]+); the text says (?P<c>.+)$", re.S),
        N_("not called contradicted (%(r)s): the store holds %(a)s for %(b)s; the text says %(c)s")),
    (re.compile(r"^sources disagree on (?P<a>[^:]+): (?P<b>.+?) — and (?P<r>.+)$", re.S),
        N_("sources disagree on %(a)s: %(b)s — and %(r)s")),
    (re.compile(r"^a lower bound as the store's: (?P<a>.+)$", re.S),
        N_("a lower bound, as in the store: %(a)s")),
    (re.compile(r"^no stored fact for (?P<a>.+?) \(the store holds (?P<b>\S+) for (?P<c>[^()]+)\)$", re.S),
        N_("no stored fact for %(a)s (the store holds %(b)s for %(c)s)")),
    (re.compile(r"^no stored fact for (?P<a>[^;]+); the store holds (?P<b>.+?) for (?P<c>.+)$", re.S),
        N_("no stored fact for %(a)s; the store holds %(b)s for %(c)s")),
    (re.compile(r"^no stored fact for (?P<a>.+)$", re.S), N_("no stored fact for %(a)s")),
    (re.compile(r"^the text says (?P<a>.+?), outside the values the sources hold for (?P<b>[^:]+): "
                r"(?P<c>.+)$", re.S),
        N_("the text says %(a)s, outside the values the sources hold for %(b)s: %(c)s")),
    (re.compile(r"^every source's value is within the tolerance of the text: (?P<a>.+)$", re.S),
        N_("every source's value is within the tolerance of the text: %(a)s")),
    (re.compile(r"^dates the announcement of (?P<a>.+)$", re.S), N_("dates the announcement of %(a)s")),
    # `n`: the range the text's figure would need, in the reader's number format (`_needed`).
    (re.compile(r"^the store holds (?P<a>.+?); the text says (?P<b>.+?) \(would need (?P<n>[^()]+)\)$", re.S),
        N_("the store holds %(a)s; the text says %(b)s (it would need %(n)s)")),
    (re.compile(r"^the text gives no period; matches (?P<a>.+)$", re.S),
        N_("the text gives no period; matches %(a)s")),
    # rules/commitments.py (before the plain "matches" of store_facts)
    # A pledge named by its id, its English summary and its source id: the page names it by
    # its description in the reader's language (evidence.pledge_label) and leaves out the
    # rest (`x…` groups), which the evidence below gives: the summary and the linked source.
    (re.compile(r"^matches the target of commitment (?P<a>\S+)(?P<xa> \(.+\) \[[^\[\]]*\])$", re.S),
        N_("matches the target of the pledge “%(a)s”")),
    (re.compile(r"^matches the delivered of commitment (?P<a>\S+)(?P<xa> \(.+\) \[[^\[\]]*\])$", re.S),
        N_("matches the figure delivered under the pledge “%(a)s”")),
    # The other pledge by its description; its plan, period and source id are left out (the
    # evidence below lists the pledge with them); what the text names instead, in words.
    (re.compile(r"^(?P<a>.+?) is the target of another pledge: (?P<b>\S+)(?P<xc> \(.+\)), not of "
                r"(?P<d>.*?)(?P<xe> \[[^\[\]]*\])$", re.S),
        N_("%(a)s is the target of another pledge, “%(b)s”, not of %(d)s")),
    (re.compile(r"^(?P<a>.+?) is the delivered of another pledge: (?P<b>\S+)(?P<xc> \(.+\)), not of "
                r"(?P<d>.*?)(?P<xe> \[[^\[\]]*\])$", re.S),
        N_("%(a)s is the figure delivered under another pledge, “%(b)s”, not of %(d)s")),
    (re.compile(r"^the pledge of the same plan, metric and period holds (?P<a>.+?); the text says "
                r"(?P<b>.+)$", re.S),
        N_("the pledge of the same plan, metric and period holds %(a)s; the text says %(b)s")),
    (re.compile(r"^dated (?P<a>\d+) by commitment (?P<b>\S+)(?P<xa> \(.+\) \[[^\[\]]*\])$", re.S),
        N_("dated %(a)s by the pledge “%(b)s”")),
    # rules/store_facts.py: a match, with what it adds when the text gives no period or the
    # matched fact belongs to a conflict group.
    (re.compile(r"^matches (?P<a>.+?) \(the text gives no period\); the same conflict group also holds "
                r"(?P<b>.+)$", re.S),
        N_("matches %(a)s (the text gives no period); the same conflict group also holds %(b)s")),
    (re.compile(r"^matches (?P<a>.+?) \(the text gives no period\)$", re.S),
        N_("matches %(a)s (the text gives no period)")),
    (re.compile(r"^matches (?P<a>.+?); chinalac's sum of one source's exports and imports, "
                r"which no page publishes, gives (?P<b>.+)$", re.S),
        N_("matches %(a)s; chinalac's sum of one source's exports and imports, which no page publishes, gives %(b)s")),
    (re.compile(r"^matches (?P<a>.+?); the same conflict group also holds (?P<b>.+)$", re.S),
        N_("matches %(a)s; the same conflict group also holds %(b)s")),
    (re.compile(r"^matches (?P<a>.+)$", re.S), N_("matches %(a)s")),
    # rules/policy_paper.py
    (re.compile(r"^the documents table dates China's first policy paper on Latin America and the "
                r"Caribbean (?P<a>\d{4}(?:-\d{2})?); the text dates it (?P<b>\d{4}(?:-\d{2})?)$", re.S),
        N_("the documents table dates China's first policy paper on Latin America and the Caribbean "
           "%(a)s; the text dates it %(b)s")),
    (re.compile(r"^the documents table dates China's first policy paper on Latin America and the "
                r"Caribbean (?P<a>\d{4}(?:-\d{2})?)$", re.S),
        N_("the documents table dates China's first policy paper on Latin America and the Caribbean "
           "%(a)s")),
    (re.compile(r"^the documents table dates China's second policy paper on Latin America and the "
                r"Caribbean (?P<a>\d{4}(?:-\d{2})?); the text dates it (?P<b>\d{4}(?:-\d{2})?)$", re.S),
        N_("the documents table dates China's second policy paper on Latin America and the Caribbean "
           "%(a)s; the text dates it %(b)s")),
    (re.compile(r"^the documents table dates China's second policy paper on Latin America and the "
                r"Caribbean (?P<a>\d{4}(?:-\d{2})?)$", re.S),
        N_("the documents table dates China's second policy paper on Latin America and the Caribbean "
           "%(a)s")),
    (re.compile(r"^the documents table dates China's third policy paper on Latin America and the "
                r"Caribbean (?P<a>\d{4}(?:-\d{2})?); the text dates it (?P<b>\d{4}(?:-\d{2})?)$", re.S),
        N_("the documents table dates China's third policy paper on Latin America and the Caribbean "
           "%(a)s; the text dates it %(b)s")),
    (re.compile(r"^the documents table dates China's third policy paper on Latin America and the "
                r"Caribbean (?P<a>\d{4}(?:-\d{2})?)$", re.S),
        N_("the documents table dates China's third policy paper on Latin America and the Caribbean "
           "%(a)s")),
    # rules/plan_span.py
    (re.compile(r"^the documents table holds a plan for (?P<a>\d{4})–(?P<b>\d{4}): (?P<c>.+)$", re.S),
        N_("the documents table holds a plan for %(a)s–%(b)s: %(c)s")),
    # rules/framework_date.py
    (re.compile(r"^the frameworks table dates the proposal (?P<a>\d{4}(?:-\d{2})?)$", re.S),
        N_("the frameworks table dates the proposal %(a)s")),
    # rules/framework_count.py
    (re.compile(r"^the frameworks table lists (?P<a>\d+) programs, announced (?P<b>\d{4}(?:-\d{2})?)$", re.S),
        N_("the frameworks table lists %(a)s programs, announced %(b)s")),
    (re.compile(r"^the frameworks table lists (?P<a>\d+) engines, announced (?P<b>\d{4}(?:-\d{2})?)$", re.S),
        N_("the frameworks table lists %(a)s engines, announced %(b)s")),
    (re.compile(r"^the frameworks table lists (?P<a>\d+) priority areas, announced "
                r"(?P<b>\d{4}(?:-\d{2})?)$", re.S),
        N_("the frameworks table lists %(a)s priority areas, announced %(b)s")),
    # rules/visit_date.py
    (re.compile(r"^the visits table dates a visit by (?P<a>.+?) \((?P<b>[A-Z]{3})\): "
                r"(?P<c>\d{4}(?:-\d{2})?)$", re.S),
        N_("the visits table dates a visit by %(a)s (%(b)s): %(c)s")),
    # rules/year_facts.py
    (re.compile(r"^the store holds this year: (?P<a>.+)$", re.S), N_("the store holds this year: %(a)s")),
    (re.compile(r"^the store dates this announcement (?P<a>[^:]+): (?P<b>.+)$", re.S),
        N_("the store dates this announcement %(a)s: %(b)s")),
    # rules/first_rank.py
    (re.compile(r"^the store records this first: (?P<a>.+) \(sources differ on the year\)$", re.S),
        N_("the store records this first: %(a)s (sources differ on the year)")),
    (re.compile(r"^the store records this first: (?P<a>.+)$", re.S), N_("the store records this first: %(a)s")),
    (re.compile(r"^sources disagree on the year of this first: (?P<a>.+)$", re.S),
        N_("sources disagree on the year of this first: %(a)s")),
    (re.compile(r"^the store dates this first to (?P<a>[^:]+): (?P<b>.+)$", re.S),
        N_("the store dates this first to %(a)s: %(b)s")),
    (re.compile(r"^the text dates this first to (?P<a>[^;]+); the store holds (?P<b>.+)$", re.S),
        N_("the text dates this first to %(a)s; the store holds %(b)s")),
    # rules/growth_rate.py
    (re.compile(r"^(?P<a>.+?) does not match (?P<b>.+?) → (?P<c>.+?) \(implied (?P<d>[^()]+)\)$", re.S),
        N_("%(a)s does not match %(b)s → %(c)s (implied: %(d)s)")),
    (re.compile(r"^(?P<a>.+?) does not match (?P<b>.+?) → (?P<c>.+?) \(a change of (?P<d>[^()]+)\)$", re.S),
        N_("%(a)s does not match %(b)s → %(c)s (a change of %(d)s)")),
    # rules/list_count.py
    (re.compile(r"^announces (?P<a>\S+) (?P<b>.+?) but lists (?P<c>\d+): (?P<d>.+)$", re.S),
        N_("announces %(a)s %(b)s but lists %(c)s: %(d)s")),
    (re.compile(r"^a total of (?P<a>\S+) (?P<b>.+?) whose parts sum to (?P<c>\d+): (?P<d>.+)$", re.S),
        N_("a total of %(a)s %(b)s whose parts sum to %(c)s: %(d)s")),
    # rules/parts_total.py
    (re.compile(r"^the text's own parts give (?P<a>.+?) = (?P<b>[^=]+), not (?P<c>.+)$", re.S),
        N_("the text's own parts give %(a)s = %(b)s, not %(c)s")),
    (re.compile(r"^shares of one whole sum past 100 %: (?P<a>.+?) = (?P<b>[^=]+)$", re.S),
        N_("shares of one whole add up to more than 100 %%: %(a)s = %(b)s")),
    # rules/meeting_ordinal.py: "3rd" keeps its number, the ordinal is the reader's.
    (re.compile(r"^no (?P<a>\d+)(?:st|nd|rd|th) ministerial meeting is stored \(the store holds "
                r"meetings (?P<b>[^()]*)\)$", re.S),
        N_("no ministerial meeting number %(a)s is stored (the store holds meetings %(b)s)")),
    (re.compile(r"^the (?P<a>\d+)(?:st|nd|rd|th) meeting took place then: (?P<b>.+)$", re.S),
        N_("ministerial meeting number %(a)s took place then: %(b)s")),
    (re.compile(r"^the (?P<a>\d+)(?:st|nd|rd|th) meeting: (?P<b>.+)$", re.S),
        N_("ministerial meeting number %(a)s: %(b)s")),
    (re.compile(r"^the meeting of (?P<a>\d+) is (?P<b>.+?); the (?P<c>\d+)(?:st|nd|rd|th) was (?P<d>.+)$", re.S),
        N_("the meeting of %(a)s is %(b)s; meeting number %(c)s was %(d)s")),
    (re.compile(r"^the (?P<a>\d+)(?:st|nd|rd|th) meeting is (?P<b>.+?); the year (?P<c>\d+) is read with "
                r"low confidence, and the meeting of (?P<d>\d+) is (?P<e>.+)$", re.S),
        N_("ministerial meeting number %(a)s is %(b)s; the year %(c)s was read with low confidence, and the meeting of %(d)s is %(e)s")),
    (re.compile(r"^the (?P<a>\d+)(?:st|nd|rd|th) meeting is (?P<b>.+?); no stored meeting took place in "
                r"(?P<c>\d+)$", re.S),
        N_("ministerial meeting number %(a)s is %(b)s; no stored meeting took place in %(c)s")),
    (re.compile(r"^the (?P<a>\d+)(?:st|nd|rd|th) meeting is (?P<b>.+?); the sentence places it in "
                r"(?P<c>.+)$", re.S),
        N_("ministerial meeting number %(a)s is %(b)s; the sentence places it in %(c)s")),
    (re.compile(r"^the (?P<a>\d+)(?:st|nd|rd|th) meeting \((?P<b>.+)\) had taken place by the article's "
                r"date (?P<c>\S+)$", re.S),
        N_("ministerial meeting number %(a)s (%(b)s) had taken place by the article's date, %(c)s")),
    (re.compile(r"^the (?P<a>\d+)(?:st|nd|rd|th) meeting is (?P<b>.+?); the text gives no year and the "
                r"article's date does not show it had taken place$", re.S),
        N_("ministerial meeting number %(a)s is %(b)s; the text gives no year and the article's date does not show it had taken place")),
    # rules/no_record.py
    (re.compile(r"^rank claims are checked only for 'first'/'latest' ties and first-year facts; looked "
                r"for (?P<a>.+)$", re.S),
        N_("ranks are checked only for the first or latest tie of a kind and for first-year facts; looked for %(a)s")),
    (re.compile(r"^a multiple needs both levels it compares; looked for (?P<a>.+)$", re.S),
        N_("a multiple needs both levels it compares; looked for %(a)s")),
    (re.compile(r"^durations are not held in the store; looked for (?P<a>.+)$", re.S),
        N_("durations are not held in the store; looked for %(a)s")),
    (re.compile(r"^no metric recognised for (?P<a>'.*') \((?P<b>[^()]*)\); entity (?P<c>\S+)$", re.S),
        N_("no metric recognised for %(a)s (%(b)s); entity %(c)s")),
    (re.compile(r"^no stored record for (?P<a>.+)$", re.S), N_("no stored record for %(a)s")),
    # rules/partner_rank.py
    (re.compile(r"^no stored rank for (?P<a>.+?): its paragraph speaks of (?P<b>.+)$", re.S),
        N_("no stored rank for %(a)s: its paragraph speaks of %(b)s")),
    (re.compile(r"^no stored rank for (?P<a>.+?): the latest stored is (?P<b>.+), before the "
                r"article's (?P<c>\d{4})$", re.S),
        N_("no stored rank for %(a)s: the latest stored is %(b)s, before the article's year (%(c)s)")),
    (re.compile(r"^no stored rank for (?P<a>.+?): the text gives no date, and ranks change; the "
                r"latest stored is (?P<b>.+)$", re.S),
        N_("no stored rank for %(a)s: the text gives no date, and ranks change; the latest stored is %(b)s")),
    (re.compile(r"^no stored rank for (?P<a>.+)$", re.S), N_("no stored rank for %(a)s")),
    (re.compile(r"^every stored rank for (?P<a>.+?) is (?P<b>\S+): (?P<c>.+)$", re.S),
        N_("every stored rank for %(a)s is %(b)s: %(c)s")),
    (re.compile(r"^the stored ranks for (?P<a>.+?) do not all give (?P<b>\S+) \((?P<c>.+)\); ranks of "
                r"different measures are not called contradicted$", re.S),
        N_("the stored ranks for %(a)s do not all give %(b)s (%(c)s); ranks of different measures are not called contradicted")),
    # rules/ties_count.py: `r` is when the states were counted (frames at the end).
    (re.compile(r"^the ties table shows (?P<a>\d+) states with (?P<b>\S+) (?P<r>.+)$", re.S),
        N_("the ties table shows %(a)s states with %(b)s %(r)s")),
    (re.compile(r"^the ties table \(a partial compilation\) shows (?P<a>\d+) states with (?P<b>\S+) "
                r"(?P<r>[^;]+); a stored fact counts (?P<c>\S+) as of (?P<d>\S+): the table misses "
                r"states$", re.S),
        N_("the ties table (a partial compilation) shows %(a)s states with %(b)s %(r)s; a stored "
           "fact counts %(c)s as of %(d)s: the table misses states")),
    (re.compile(r"^the ties table \(a partial compilation\) shows (?P<a>\d+) states with (?P<b>\S+) "
                r"(?P<r>.+)$", re.S),
        N_("the ties table (a partial compilation) shows %(a)s states with %(b)s %(r)s")),
    # rules/celac_members.py
    (re.compile(r"^the countries table flags (?P<a>\d+) states as CELAC members$", re.S),
        N_("the countries table flags %(a)s states as CELAC members")),
    # rules/ties_date.py
    (re.compile(r"^sources disagree on (?P<a>\S+) (?P<b>\S+) by (?P<c>[^:]+): (?P<d>.+)$", re.S),
        N_("sources disagree on %(a)s %(b)s by %(c)s: %(d)s")),
    # rules/store_facts.py, rules/partner_rank.py: the sources' values side by side.
    (re.compile(r"^sources disagree on (?P<a>.+?): (?P<b>.+)$", re.S), N_("sources disagree on %(a)s: %(b)s")),
    # rules/ties_date.py: a second row of the tie dated the text's very day (round 40b).
    (re.compile(r"^the ties table dates it (?P<a>\d{4}(?:-\d\d){0,2}) \((?P<b>.+)\), and "
                r"(?P<c>\d{4}(?:-\d\d){0,2}) \((?P<d>.+)\) a day from it$", re.S),
        N_("the ties table dates it %(a)s (%(b)s), and %(c)s (%(d)s) a day from it")),
    # rules/ties_date.py: a row flagged CONFLICT dates the same event otherwise (round 52c).
    (re.compile(r"^the ties table dates it (?P<a>\d{4}(?:-\d\d){0,2}) \((?P<b>.+)\); a row flagged as "
                r"conflicting dates it (?P<c>\d{4}(?:-\d\d){0,2})$", re.S),
        N_("the ties table dates it %(a)s (%(b)s); a row flagged as conflicting dates it %(c)s")),
    # rules/ties_date.py: a month inside a tie stored with its year only (round r54b).
    (re.compile(r"^the ties table dates it (?P<a>\d{4}) \(the year only, which (?P<c>\d{4}-\d\d) "
                r"falls in\): (?P<b>.+)$", re.S),
        N_("the ties table dates it %(a)s (the year only, which %(c)s falls in): %(b)s")),
    (re.compile(r"^the ties table dates it (?P<a>[^,:]+), a day from the text's (?P<c>[^,:]+), "
                r"and one event can fall on two days \(time zones, an announcement and its "
                r"communique\): (?P<b>.+)$", re.S),
        N_("the ties table dates it %(a)s, a day from the text's %(c)s, and one event can fall on "
           "two days (time zones, an announcement and its communique): %(b)s")),
    (re.compile(r"^the ties table dates it (?P<a>[^:]+): (?P<b>.+)$", re.S),
        N_("the ties table dates it %(a)s: %(b)s")),
    # rules/ties_date.py: the tie held on the date the text names, and today's.
    # rules/ties_date.py: a switch or restoring of recognition told without its side.
    (re.compile(r"^not called contradicted: a change of recognition told without saying to which "
                r"side — (?P<r>.+)$", re.S),
        N_("not called contradicted: a change of recognition told without saying to which side — %(r)s")),
    # rules/ties_date.py: a tie dated before 1 October 1949 (stop 55)
    (re.compile(r"^a tie dated (?P<a>[^,]+), before the People's Republic of China was proclaimed "
                r"on 1 October 1949, is one with the Qing empire or the Republic of China; the ties "
                r"table holds the People's Republic's ties only$", re.S),
        N_("a tie dated %(a)s, before the People's Republic of China was proclaimed on 1 October 1949, is one with the Qing empire or the Republic of China; the ties table holds the People's Republic's ties only")),
    (re.compile(r"^the text dates it (?P<a>[^;]+); the ties table holds (?P<b>[^;]+) on "
                r"(?P<c>\d{4}(?:-\d{2}){0,2}); today: (?P<d>[^;]+)$", re.S),
        N_("the text dates it %(a)s; the ties table holds %(b)s on %(c)s; today: %(d)s")),
    (re.compile(r"^the text dates it (?P<a>[^;]+); the ties table holds (?P<b>[^;]+) on "
                r"(?P<c>\d{4}(?:-\d{2}){0,2})$", re.S),
        N_("the text dates it %(a)s; the ties table holds %(b)s on %(c)s")),
    (re.compile(r"^the text dates it (?P<a>[^;]+); the ties table holds (?P<b>.+)$", re.S),
        N_("the text dates it %(a)s; the ties table holds %(b)s")),
    # rules/ties_date.py: a tie told as held since a date, broken in between
    (re.compile(r"^the text has the tie held since (?P<a>\d{4}); the ties table holds (?P<b>.+)$", re.S),
        N_("the text has the tie held since %(a)s; the ties table holds %(b)s")),
    (re.compile(r"^not called contradicted because the break rests on a weak source: the text has the "
                r"tie held since (?P<a>\d{4}); the ties table holds (?P<b>.+)$", re.S),
        N_("not called contradicted because the break rests on a weak source: the text has the tie held since %(a)s; the ties table holds %(b)s")),
    (re.compile(r"^not called contradicted because the article's date is unknown: the text has the "
                r"tie held since (?P<a>\d{4}); the ties table holds (?P<b>.+)$", re.S),
        N_("not called contradicted because the article's date is unknown: the text has the tie held since %(a)s; the ties table holds %(b)s")),
    (re.compile(r"^the FTA was signed (?P<a>[^:]+): (?P<b>.+)$", re.S), N_("the FTA was signed %(a)s: %(b)s")),
    (re.compile(r"^the text dates the signature (?P<a>[^;]+); the ties table holds (?P<b>.+) "
                r"\(in force (?P<c>[^()]+)\)$", re.S),
        N_("the text dates the signature %(a)s; the ties table holds %(b)s (in force since %(c)s)")),
    # rules/ties_rank.py
    (re.compile(r"^first in the ties table: (?P<a>.+?) \(level with (?P<b>.+)\)$", re.S),
        N_("first in the ties table: %(a)s (level with %(b)s)")),
    (re.compile(r"^first in the ties table: (?P<a>.+)$", re.S), N_("first in the ties table: %(a)s")),
    (re.compile(r"^latest in the ties table: (?P<a>.+?) \(level with (?P<b>.+)\)$", re.S),
        N_("latest in the ties table: %(a)s (level with %(b)s)")),
    (re.compile(r"^latest in the ties table: (?P<a>.+)$", re.S), N_("latest in the ties table: %(a)s")),
    (re.compile(r"^place (?P<a>\d+) in the ties table's order: (?P<b>.+?), after (?P<c>.+)$", re.S),
        N_("place %(a)s in the ties table's order: %(b)s, after %(c)s")),
    (re.compile(r"^the ties table puts (?P<a>\S+) in place (?P<b>\d+), after (?P<c>.+); the text "
                r"may count events the table does not hold$", re.S),
        N_("the ties table puts %(a)s in place %(b)s, after %(c)s; the text may count events the table does not hold")),
    (re.compile(r"^the ties table puts (?P<a>\S+) first; the text may count events the table "
                r"does not hold$", re.S),
        N_("the ties table puts %(a)s first; the text may count events the table does not hold")),
    (re.compile(r"^the ties table puts (?P<a>.+) first, (?P<b>\S+) at (?P<c>\S+)$", re.S),
        N_("the ties table puts %(a)s first, %(b)s at %(c)s")),
    (re.compile(r"^the ties table puts (?P<a>.+) latest, (?P<b>\S+) at (?P<c>\S+)$", re.S),
        N_("the ties table puts %(a)s last, %(b)s at %(c)s")),
    # claims/rules/ties_rank.py: a state dated only "before" a later date may have come first.
    (re.compile(r"^the order is not settled: the ties table dates (?P<a>.+) only as before "
                r"(?P<b>\S+), so it may have come before (?P<c>\S+) at (?P<d>\S+)$", re.S),
        N_("the order is not settled: the ties table dates %(a)s only as before %(b)s, so it may have come before %(c)s at %(d)s")),
    (re.compile(r"^the anniversary in (?P<a>\d{4}) dates the tie (?P<b>\d{4}): (?P<c>.+)$", re.S),
        N_("the anniversary in %(a)s dates the tie to %(b)s: %(c)s")),
    (re.compile(r"^(?P<a>\d+) decades before (?P<b>\d{4}) date the tie (?P<c>\d{4})–(?P<d>\d{4}): (?P<e>.+)$", re.S),
        N_("%(a)s decades before %(b)s date the tie to %(c)s–%(d)s: %(e)s")),
    (re.compile(r"^the anniversary in (?P<a>\d{4}) dates the tie (?P<b>\d{4}); the ties table "
                r"holds (?P<c>.+)$", re.S),
        N_("the anniversary in %(a)s dates the tie to %(b)s; the ties table holds %(c)s")),
    (re.compile(r"^year (?P<a>\d+) in force in (?P<b>\d{4}) dates the tie (?P<c>\d{4}): (?P<d>.+)$", re.S),
        N_("year %(a)s in force in %(b)s dates the tie to %(c)s: %(d)s")),
    (re.compile(r"^year (?P<a>\d+) in force in (?P<b>\d{4}) dates the tie (?P<c>\d{4}); the ties "
                r"table holds (?P<d>.+)$", re.S),
        N_("year %(a)s in force in %(b)s dates the tie to %(c)s; the ties table holds %(d)s")),
    # Phrases a frame above holds in its `r` group (ties_count's "when", matching.SUPPORT_ONLY).
    (re.compile(r"^to date$", re.S), N_("to date")),
    (re.compile(r"^on the article date \((?P<a>[^()]*)\)$", re.S), N_("on the article's date (%(a)s)")),
    (re.compile(r"^by (?P<a>.+)$", re.S), N_("by %(a)s")),
    (re.compile(r"^since (?P<a>\d{4}(?:-\d{2})?)$", re.S), N_("since %(a)s")),
    (re.compile(r"^each source picks its own basket$", re.S), N_("each source picks its own basket")),
    (re.compile(r"^the stored item may be one of several$", re.S), N_("the stored item may be one of several")),
    (re.compile(r"^each reporter counts this figure its own way$", re.S),
        N_("each reporter counts this figure its own way")),
    (re.compile(r"^a year to date, months not stated$", re.S),
        N_("a year to date, months not stated")),
    (re.compile(r"^the sources are vintages of one database that revise the figure$", re.S),
        N_("the sources are editions of one database that revise the figure")),
    # claims/rules/store_facts.py: one stored edition of a database that revises itself (r54d).
    (re.compile(r"^the store holds one edition of a database it shows revising its figures for other years$", re.S),
        N_("the store holds one edition of a database it shows revising its figures for other years")),
    # claims/rules/partner_rank.py: a rank told as not held (lead, stop 52).
    (re.compile(r"^the rank is told as not held; not judged$", re.S),
        N_("the rank is told as not held; not judged")),
    # claims/rules/store_facts.py: running totals of one database that shrink (lead, stop 52).
    (re.compile(r"^the store's running totals of one database shrink over a longer span$", re.S),
        N_("the store's running totals of one database shrink over a longer span")),
    (re.compile(r"^a ministerial meeting of the forum took place then$", re.S),
        N_("a ministerial meeting of the forum took place then")),
    # claims/rules/store_facts.py: a year of "pela primeira vez" beside a first of another topic.
    (re.compile(r"^the sentence names none of the topics of the firsts the store dates$", re.S),
        N_("the sentence names none of the topics of the firsts the store dates")),
)  # fmt: skip

# claims/check.py: the doubts of a claim read with low confidence (claims/models.py
# Claim.doubts: "<field>: <why>", joined by "; "), in the frame above's `doubts` group. Each why is
# written by chinalac.claims from a fixed sentence (tests/web/doubt_templates.py finds them all
# in its source); each has a frame here, tried in order like the reasons'. A group named `w…`
# holds a why of its own (a period's text is the why its relative date was read with: "''last
# year' read against the article date 2025-01 (dateline)' stands in another clause") or, when no
# frame matches it, the article's words; a `q…` group holds the article's words (a phrase the
# checker quotes, folded, or a figure as written); any other group a year, a count or a code the
# page can put in words (a state's ISO code, a metric).
DOUBT_FIELDS = {
    "metric": N_("metric"),
    "entity": N_("entity"),
    "period": N_("period"),
    "value": N_("value"),
    "reporter": N_("reporter"),
}
DOUBT_SPLIT = re.compile(r"; (?=(?:metric|entity|period|value|reporter): )")
# The article's date as the checker cites it (claims/article_date.py ArticleDate.label): the
# date and where it was found, each way of finding it worded once.
DATE_FOUND_BY = {
    article_date.DATELINE: N_("%(a)s (the date the text gives)"),
    article_date.FRONT_MATTER: N_("%(a)s (the text's front matter)"),
    article_date.OPTION: N_("%(a)s (the article date given with the text)"),
    article_date.FILE_METADATA: N_("%(a)s (the file's metadata)"),
}
DOUBT_FRAMES = (
    *(
        (re.compile(rf"^(?P<a>\d{{4}}(?:-\d\d){{0,2}}) \({re.escape(found_by)}\)$"), frame)
        for found_by, frame in DATE_FOUND_BY.items()
    ),
    # claims/that_year.py: where the year read back is named.
    (re.compile(r"^its sentence$"), N_("its sentence")),
    (re.compile(r"^the sentence before$"), N_("the sentence before")),
    # claims/article_date.py: relative dates read against the article's date.
    (re.compile(r"^'(?P<q>.+)' read as the month named before it$"), N_("'%(q)s' read as the month named before it")),
    (re.compile(r"^'(?P<q>.+)' with no article date$"), N_("'%(q)s' with no article date")),
    # a month named without its year in a sentence set in one year (round 28a)
    (re.compile(r"^'(?P<q>.+)' of (?P<a>\d{4}), the year its sentence writes$"),
        N_("'%(q)s' of %(a)s, the year its sentence writes")),
    (re.compile(r"^'(?P<q>.+)' could not be read$"), N_("'%(q)s' could not be read")),
    (re.compile(r"^which month '(?P<q>.+)' means is unclear: no month named before it$"),
        N_("which month '%(q)s' means is unclear: no month is named before it")),
    (re.compile(r"^which year '(?P<q>.+)' means is unclear: the article date (?P<w>.+) names no month$"),
        N_("which year '%(q)s' means is unclear: the article's date %(w)s names no month")),
    # claims/that_year.py: "that year", "since then" read back, or not.
    (re.compile(r"^which year '(?P<q>.+)' means is unclear: (?P<w>its sentence|the sentence before) names "
                r"no single year \((?P<a>[^()]*)\)$"),
        N_("which year '%(q)s' means is unclear: %(w)s names no single year (%(a)s)")),
    (re.compile(r"^which year '(?P<q>.+)' counts from is unclear: (?P<w>its sentence|the sentence before) "
                r"names no single year \((?P<a>[^()]*)\)$"),
        N_("which year '%(q)s' counts from is unclear: %(w)s names no single year (%(a)s)")),
    # claims/extract.py: an open "since" closed at the article's date (_closed_since).
    (re.compile(r"^(?P<w>.+) \(to the last full year before the article date (?P<wb>.+)\)$"),
        N_("%(w)s (to the last full year before the article's date %(wb)s)")),
    (re.compile(r"^(?P<w>.+) \(to the article date (?P<wb>.+)\)$"),
        N_("%(w)s (to the article's date %(wb)s)")),
    # claims/extract.py: the period (_period_for and the readings around it).
    (re.compile(r"^'(?P<wq>.+)' stands in another clause$"), N_("%(wq)s stands in another part of the sentence")),
    (re.compile(r"^'(?P<wq>.+)' stands in a clause set off before it$"),
        N_("%(wq)s stands in a clause set off by commas before the figure")),
    (re.compile(r"^'(?P<wq>.+)' stands after a colon, the sentence's only date$"),
        N_("%(wq)s stands after a colon, the sentence's only date")),
    (re.compile(r"^'(?P<wq>.+)' of an earlier sentence of the paragraph$"),
        N_("%(wq)s, of an earlier sentence of the paragraph")),
    (re.compile(r"^'(?P<wq>.+)' of an earlier paragraph$"), N_("%(wq)s, of an earlier paragraph")),
    (re.compile(r"^'(?P<wq>.+)' of the headline$"), N_("%(wq)s, of the headline")),
    (re.compile(r"^'(?P<wq>.+)' is the article's own year: a year to date, months not stated$"),
        N_("%(wq)s is the article's own year: a year to date, months not stated")),
    (re.compile(r"^(?P<w>.+): a year to date, months not stated$"), N_("%(w)s: a year to date, months not stated")),
    (re.compile(r"^'(?P<wq>.+?)' beside '(?P<q>.+)', a part of a year$"),
        N_("%(wq)s beside '%(q)s', a part of a year")),
    (re.compile(r"^'(?P<q>.+?)': the period of an earlier sentence \('(?P<wq>.+)'\)$"),
        N_("'%(q)s': the period of an earlier sentence (%(wq)s)")),
    (re.compile(r"^'(?P<q>.+?)': the period of an earlier figure \((?P<qb>.+)\)$"),
        N_("'%(q)s': the period of an earlier figure (%(qb)s)")),
    (re.compile(r"^period of an earlier claim \((?P<q>.+)\)$"), N_("period of an earlier claim (%(q)s)")),
    (re.compile(r"^period of a claim in an earlier paragraph \((?P<q>.+)\)$"),
        N_("period of a claim in an earlier paragraph (%(q)s)")),
    (re.compile(r"^period of the paragraph \((?P<q>.+)\): the share states none$"),
        N_("period of the paragraph (%(q)s): the share states none")),
    (re.compile(r"^period of an earlier paragraph \((?P<q>.+)\): the share states none$"),
        N_("period of an earlier paragraph (%(q)s): the share states none")),
    (re.compile(r"^no period stated; the paragraph names a month without its year$"),
        N_("no period stated; the paragraph names a month without its year")),
    (re.compile(r"^no period stated$"), N_("no period stated")),
    (re.compile(r"^open period '(?P<wq>.+)' and no article date$"), N_("open period %(wq)s and no article date")),
    (re.compile(r"^'(?P<wq>.+)' closed at the last full year before the article date$"),
        N_("%(wq)s closed at the last full year before the article's date")),
    (re.compile(r"^'(?P<wq>.+)' closed at the article date$"), N_("%(wq)s closed at the article's date")),
    (re.compile(r"^the year of the event named after it$"), N_("the year of the event named after it")),
    (re.compile(r"^the year of the event a change counts from$"), N_("the year of the event a change counts from")),
    # claims/extract.py: "o maior desde 2017", "the highest since 2017" (round 49a)
    (re.compile(r"^the year a record counts from$"), N_("the year a record counts from")),
    (re.compile(r"^a date set a span of time from the event the clause names$"),
        N_("a date set a span of time away from the event the sentence names")),
    (re.compile(r"^'(?P<q>.+)': recent years, no year stated$"), N_("'%(q)s': recent years, no year stated")),
    # claims/extract.py: "from $16 billion in 2000 to $400 billion today" (round r61a)
    (re.compile(r"^'(?P<q>.+)': a figure of the article's time, not of the year written before it$"),
        N_("'%(q)s': a figure of the article's time, not of the year written before it")),
    (re.compile(r"^'(?P<q>.+)': a usual year, no year named$"), N_("'%(q)s': a usual year, no year named")),
    (re.compile(r"^'(?P<q>.+)': the (?P<a>\d+) full years before the article's$"),
        N_("'%(q)s': the %(a)s full years before the article's year")),
    (re.compile(r"^'(?P<q>.+)': paired in order by 'respectively'$"), N_("'%(q)s': paired in order by “respectively”")),
    (re.compile(r"^(?P<a>[^' ]+): paired in order by 'respectively'$"), N_("%(a)s: paired in order by “respectively”")),
    (re.compile(r"^which period '(?P<q>.+)' means is unclear: the two years together or each of them$"),
        N_("which period '%(q)s' means is unclear: the two years together or each of them")),
    (re.compile(r"^'(?P<q>.+)': a figure said of each of several years running$"),
        N_("'%(q)s': a figure said of each of several years running")),
    (re.compile(r"^'(?P<q>.+)': a flow from January to that month$"), N_("'%(q)s': a flow from January to that month")),
    (re.compile(r"^'(?P<q>.+)': a half-year figure, read for (?P<a>\S+)$"),
        N_("'%(q)s': a half-year figure, read for %(a)s")),
    (re.compile(r"^'(?P<q>.+)': the period it counts back from is unclear$"),
        N_("'%(q)s': the period it counts back from is unclear")),
    (re.compile(r"^'(?P<q>.+?)': the year before '(?P<wq>.+)'$"), N_("'%(q)s': the year before %(wq)s")),
    (re.compile(r"^'(?P<q>.+?)' counted from '(?P<wq>.+)'$"), N_("'%(q)s' counted from %(wq)s")),
    (re.compile(r"^'(?P<q>.+)': the year after the base of the change$"),
        N_("'%(q)s': the year after the base of the change")),
    (re.compile(r"^'(?P<q>.+)': the base of the comparison before it$"),
        N_("'%(q)s': the base of the comparison before it")),
    (re.compile(r"^'(?P<q>.+)': the year its apposition tells$"),
        N_("'%(q)s': the year its apposition tells")),
    (re.compile(r"^'(?P<q>.+)': the months of that period are not stated$"),
        N_("'%(q)s': the months of that period are not stated")),
    (re.compile(r"^'(?P<q>.+)': no article date to read 'this year' by$"),
        N_("'%(q)s': no article date to read “this year” by")),
    (re.compile(r"^'(?P<q>.+?)': the months of '(?P<wq>.+)' in (?P<a>\d+)$"),
        N_("'%(q)s': the months of %(wq)s in %(a)s")),
    (re.compile(r"^'(?P<q>.+)' paired with 'from … to …': the first year$"),
        N_("'%(q)s' paired with “from … to …”: the first year")),
    (re.compile(r"^'(?P<q>.+)' paired with 'de … a …': the first year$"),
        N_("'%(q)s' paired with “de … a …”: the first year")),
    (re.compile(r"^'(?P<q>.+)' paired with 'de … a …': the last year$"),
        N_("'%(q)s' paired with “de … a …”: the last year")),
    (re.compile(r"^the change takes the year (?P<a>\d+) from before: its first value read for (?P<b>\d+)$"),
        N_("the change takes the year %(a)s from before: its first value is read for %(b)s")),
    (re.compile(r"^the change is dated (?P<a>\d+) once: its first value read for (?P<b>\d+)$"),
        N_("the change is dated %(a)s once: its first value is read for %(b)s")),
    # claims/extract.py: the metric (_metric_confidence and the readings of a flow's side).
    (re.compile(r"^metric word '(?P<q>.+)' in another clause$"), N_("metric word '%(q)s' in another part of the sentence")),
    (re.compile(r"^metric word '(?P<q>.+)' far from the number$"), N_("metric word '%(q)s' far from the number")),
    (re.compile(r"^an annual rate: a rate over years, not one year's change$"),
        N_("an annual rate: a rate over years, not one year's change")),
    (re.compile(r"^the change of a balance, not of trade$"), N_("the change of a balance, not of trade")),
    (re.compile(r"^a change over (?P<a>\d{4}): over several years, not one year's$"),
        N_("a change over %(a)s: over several years, not one year's")),
    (re.compile(r"^'(?P<q>.+)': a flow of the years up to it, not of it$"),
        N_("'%(q)s': a flow of the years up to it, not of it")),
    (re.compile(r"^a gap between two flows \('exceeded … by'\), not a flow$"),
        N_("a gap between two flows (“exceeded … by”), not a flow")),
    (re.compile(r"^metric word '(?P<q>.+)' in the sentence before$"), N_("metric word '%(q)s' in the sentence before")),
    (re.compile(r"^metric word before a colon, in another clause$"),
        N_("metric word before a colon, in another part of the sentence")),
    (re.compile(r"^metric '(?P<a>[^']+)' inferred from an earlier sentence$"),
        N_("metric '%(a)s' inferred from an earlier sentence")),
    (re.compile(r"^no metric word$"), N_("no metric word")),
    (re.compile(r"^'(?P<q>.+)' read with a word of the sentence before$"),
        N_("'%(q)s' read with a word of the sentence before")),
    (re.compile(r"^'(?P<q>.+)' named: the figure may be that product's trade only$"),
        N_("'%(q)s' named: the figure may be that product's trade only")),
    (re.compile(r"^'(?P<q>.+)' named: the figure may be trade in services$"),
        N_("'%(q)s' named: the figure may be trade in services, which the store does not hold")),
    (re.compile(r"^'(?P<q>.+)': announced, not made, investment$"), N_("'%(q)s': investment announced, not made")),
    (re.compile(r"^'(?P<q>.+)' into (?P<a>\S+): read as the state's imports$"),
        N_("'%(q)s' into %(a)s: read as the state's imports")),
    (re.compile(r"^'(?P<q>.+)': whose imports is a guess$"), N_("'%(q)s': whose imports they are is a guess")),
    (re.compile(r"^'(?P<q>.+)' right after the figure names its flow$"),
        N_("'%(q)s', right after the figure, names its flow")),
    (re.compile(r"^a whole another figure of the sentence is a part of$"),
        N_("a whole another figure of the sentence is a part of")),
    (re.compile(r"^'(?P<q>.+)': China may be the buyer or the seller$"), N_("'%(q)s': China may be the buyer or the seller")),
    (re.compile(r"^'(?P<q>.+)': China named with other partners$"), N_("'%(q)s': China named with other partners")),
    (re.compile(r"^'(?P<q>.+)': shipments read as exports$"), N_("'%(q)s': shipments read as exports")),
    (re.compile(r"^no word of China in the clause or before it: the flow may be with every partner$"),
        N_("no word of China in the clause or before it: the flow may be with every partner")),
    (re.compile(r"^an amount under a million: no trade or loan total$"),
        N_("an amount under a million: no trade or loan total")),
    (re.compile(r"^'(?P<q>.+)': one policy bank's lending, a part of the two banks' totals$"),
        N_("'%(q)s': one policy bank's lending, a part of the two banks' totals")),
    (re.compile(r"^a share with China as its destination read as exports$"),
        N_("a share with China as its destination, read as exports")),
    (re.compile(r"^a share of China whose exports a sentence before names$"),
        N_("a share of China whose exports a sentence before names")),
    (re.compile(r"^no seller named before the verb$"), N_("no seller named before the verb")),
    (re.compile(r"^'(?P<q>.+)' written as part of a name$"), N_("'%(q)s' written as part of a name")),
    (re.compile(r"^the state's imports 'de/da China': a likely reading of the origin$"),
        N_("the state's imports “de/da China”: a likely reading of the origin")),
    (re.compile(r"^bare '(?P<q>.+)' read from (?P<a>[^' ]+)'s side$"), N_("'%(q)s' alone, read from the side of %(a)s")),
    # claims/extract.py (round 42b): a flow participle after the figure ("… millones importados").
    (re.compile(r"^the participle '(?P<q>.+)' after the figure, read from (?P<a>[^' ]+)'s side$"),
        N_("the participle '%(q)s' after the figure, read from the side of %(a)s")),
    # claims/extract.py (round 42c): a level reached after a span of two years.
    (re.compile(r"^'(?P<q>.+)' then the level reached: the last year$"),
        N_("'%(q)s' and then the level reached: read for the last year")),
    (re.compile(r"^bare '(?P<q>.+?)' read beside '(?P<qb>.+)' in another clause$"),
        N_("'%(q)s' alone, read beside '%(qb)s' in another part of the sentence")),
    (re.compile(r"^'(?P<q>.+)' from or to (?P<a>\S+): read from the other side$"),
        N_("'%(q)s' from or to %(a)s: read from the other side")),
    (re.compile(r"^a flow of 'its/sus/suas' read as China's, with the region$"),
        N_("a flow of “its/sus/suas” read as China's, with the region")),
    (re.compile(r"^'(?P<q>.+)' after a possessive: imports from China$"), N_("'%(q)s' after a possessive: imports from China")),
    (re.compile(r"^flows of 'de China' read from China's side$"), N_("flows “de China” read from China's side")),
    (re.compile(r"^sales of the subject China that follows the figure$"),
        N_("sales of China, the subject that follows the figure")),
    (re.compile(r"^China as '(?P<q>.+)' with the figure: its sales or purchases$"),
        N_("China as '%(q)s' with the figure: its sales or its purchases")),
    (re.compile(r"^'(?P<q>.+?)' takes up (?P<qb>.+) of the paragraph$"), N_("'%(q)s' takes up %(qb)s of the paragraph")),
    # claims/extract.py: the entity (_entity_confidence and the readings before it).
    (re.compile(r"^only China named: the partner (?P<a>\S+) is the article's subject$"),
        N_("only China named: the partner, %(a)s, is the article's subject")),
    (re.compile(r"^(?P<a>[^' ]+), the state the article's lead names$"), N_("%(a)s, the state the article's lead names")),
    (re.compile(r"^(?P<a>[^' ]+), the entity of the sentence before$"), N_("%(a)s, the entity of the sentence before")),
    (re.compile(r"^'both countries': China and (?P<a>[^' ]+), the article's state$"),
        N_("“both countries”: China and %(a)s, the article's state")),
    (re.compile(r"^relations raised to a partnership: China and (?P<a>[^' ]+), the article's state$"),
        N_("relations raised to a partnership: China and %(a)s, the article's state")),
    (re.compile(r"^the region: the policy banks named, no borrower$"),
        N_("the region: the policy banks are named, no borrower")),
    (re.compile(r"^(?P<a>[^' ]+): the state the year is listed with$"), N_("%(a)s: the state the year is listed with")),
    # claims/extract.py: "el 21 de agosto en Pekín" (round 39b)
    (re.compile(r"^(?P<a>[^' ]+): China named after the date as its place$"), N_("%(a)s: China named after the date as its place")),
    (re.compile(r"^'(?P<q>.+)': a state or province, not (?P<a>\S+) as a whole$"),
        N_("'%(q)s': a state or province, not %(a)s as a whole")),
    (re.compile(r"^'the region' may be '(?P<q>.+)', a part of it$"),
        N_("'the region' may be '%(q)s', a part of it")),
    (re.compile(r"^no entity named$"), N_("no entity named")),
    (re.compile(r"^only China named: the partner is not stated$"), N_("only China named: the partner is not stated")),
    (re.compile(r"^two candidate entities in the clause: (?P<a>.+)$"),
        N_("two candidate entities in the same part of the sentence: %(a)s")),
    # claims/extract.py _value_confidence and claims/mentions.py: the value.
    (re.compile(r"^a projection or possibility, not a reported figure: '(?P<q>.+)'$"),
        N_("a projection or possibility, not a reported figure: '%(q)s'")),
    (re.compile(r"^a lower bound on one product's trade, which the whole flow does not bear out: "
                r"'(?P<q>.+)'$"),
        N_("a lower bound on one product's trade, which the whole flow does not bear out: '%(q)s'")),
    (re.compile(r"^a change between two periods, not a level: '(?P<q>.+)'$"),
        N_("a change between two periods, not a level: '%(q)s'")),
    (re.compile(r"^a target, not a reported figure: '(?P<q>.+)'$"), N_("a target, not a reported figure: '%(q)s'")),
    (re.compile(r"^no currency written: US dollars assumed$"), N_("no currency written: US dollars assumed")),
    (re.compile(r"^(?P<w>.+): US dollars assumed$"), N_("%(w)s: US dollars assumed")),
    (re.compile(r"^'\$' alone in Spanish or Portuguese may be pesos$"),
        N_("“$” alone in Spanish or Portuguese may be pesos")),
    (re.compile(r"^(?P<w>.+): read as a decimal comma$"), N_("%(w)s: read as a decimal comma")),
    (re.compile(r"^a comma before three digits may group thousands$"),
        N_("a comma before three digits may group thousands")),
    (re.compile(r"^no scale written: that of '(?P<q>.+)' read$"), N_("no scale written: that of '%(q)s' is read")),
    (re.compile(r"^a bare number in a list of amounts: the scale of '(?P<q>.+)' read$"),
        N_("a bare number in a list of amounts: the scale of '%(q)s' is read")),
    (re.compile(r"^'(?P<q>.+)' before a billions word: the point read as the decimal mark$"),
        N_("'%(q)s' before a word for billions: the point is read as the decimal mark")),
    (re.compile(r"^the rank word '(?P<q>.+)' of the noun before$"), N_("the rank word '%(q)s' of the noun before")),
    (re.compile(r"^a part of the figure before it: '(?P<q>.+)'$"), N_("a part of the figure before it: '%(q)s'")),
    # claims/extract.py: the amount a bracket restates after a money figure (round r59b)
    (re.compile(r"^an amount restated in brackets$"), N_("an amount restated in brackets")),
    # Last, the frames that end in a why of their own (a `w` group): a why of the frames
    # above may hold theirs ("''last year' read against the article date …' stands in
    # another clause"), never the other way round.
    # claims/extract.py: a month alone read in the article's year beside another year (stop 50)
    (re.compile(r"^(?P<w>.+) while its sentence writes (?P<a>.+)$"),
        N_("%(w)s, while its sentence writes %(a)s")),
    (re.compile(r"^'(?P<q>.+)' read as the month named before it, against the article date (?P<w>.+)$"),
        N_("'%(q)s' read as the month named before it, against the article's date %(w)s")),
    # claims/article_date.py: "over the past decade" (round 40a)
    (re.compile(r"^'(?P<q>.+)' read as the ten years to the last full year before the article date (?P<w>.+)$"),
        N_("'%(q)s' read as the ten years to the last full year before the article's date %(w)s")),
    (re.compile(r"^'(?P<q>.+)' read against the article date (?P<w>.+)$"),
        N_("'%(q)s' read against the article's date %(w)s")),
    (re.compile(r"^which year '(?P<q>.+)' means is unclear: the month comes after the article date (?P<w>.+)$"),
        N_("which year '%(q)s' means is unclear: the month comes after the article's date %(w)s")),
    (re.compile(r"^'(?P<q>.+)' = since (?P<a>\d+), from the year named in (?P<w>.+)$"),
        N_("'%(q)s' = since %(a)s, from the year named in %(w)s")),
    (re.compile(r"^'(?P<q>.+)' = (?P<a>\d+), the year named in (?P<w>.+)$"),
        N_("'%(q)s' = %(a)s, the year named in %(w)s")),
    (re.compile(r"^'(?P<q>.+)' = (?P<a>\d+), the year after the one named in (?P<w>.+)$"),
        N_("'%(q)s' = %(a)s, the year after the one named in %(w)s")),
    (re.compile(r"^unresolved relative date: (?P<w>.+)$"), N_("unresolved relative date: %(w)s")),
)  # fmt: skip


def reason_frame(reason: str) -> tuple[str, re.Match] | None:
    """The frame (msgid) a verdict reason is written in and its match, or None when the reason,
    or a reason it holds, matches no frame (it would reach the reader in English)."""
    for pattern, frame in REASON_FRAMES:
        match = pattern.match(reason)
        if (
            match
            and all(
                reason_frame(value) is not None
                for key, value in match.groupdict().items()
                if key.startswith("r")
            )
            and all(
                all(_doubt_translated(doubt) for doubt in DOUBT_SPLIT.split(value))
                for key, value in match.groupdict().items()
                if key == "doubts"
            )
        ):
            return frame, match
    return None


def doubt_frame(why: str) -> tuple[str, re.Match] | None:
    """The frame (msgid) a doubt's why is written in, and its match; None when no frame matches
    (its nested whys, `w…` groups, may be the article's words: they need none)."""
    for pattern, frame in DOUBT_FRAMES:
        match = pattern.match(why)
        if match:
            return frame, match
    return None


def _doubt_translated(doubt: str) -> bool:
    """Whether a doubt ("period: '…' stands in another clause") reaches the reader in words."""
    field, colon, why = doubt.partition(": ")
    return bool(colon) and field in DOUBT_FIELDS and doubt_frame(why) is not None


@functools.lru_cache(maxsize=16)
def _folds(text: str) -> tuple[str, str]:
    """`text` as `fold` gives it (runs of spaces one space) and as the checker folds it (one
    character per character)."""
    return fold(text), claims_fold(text)


@dataclass(frozen=True)
class Article:
    """The words a reason may quote and the language they are in: the claim's sentence, and the
    whole checked text (a reason may quote a reporter named in the sentence before: "la parte
    china ('embajador de china')")."""

    text: str
    lang: str
    whole: str = ""

    @classmethod
    def of(cls, claim, whole: str = "") -> Article | None:
        """The article a /check claim (its JSON) comes from: its sentence and language, and the
        whole text checked (`whole`, when the page has it)."""
        if not isinstance(claim, dict) or not claim.get("lang"):
            return None
        sentence = str(claim.get("sentence") or claim.get("text") or "")
        return cls(sentence, str(claim["lang"]), str(whole or ""))

    # Folded once per article, not once per quoted part of every doubt; the whole text, which
    # every claim's Article of a page shares, once per page (`_folds`).
    @cached_property
    def _folded(self) -> tuple[str, ...]:
        return tuple(_folds(text)[0] for text in (self.text, self.whole) if text)

    @cached_property
    def _folded_in_place(self) -> tuple[tuple[str, str], ...]:
        """The checker's folding with one character per character (spans match the text's),
        beside the text it folds."""
        return tuple((_folds(text)[1], text) for text in (self.text, self.whole) if text)

    def quotes(self, value: str) -> bool:
        """Whether a part of a reason is the article's own words (as the checker folds them:
        "'podria alcanzar'" quotes "podría alcanzar"), or a list or a sum of them ("Brasil,
        Argentina, Venezuela, Ecuador", "77 732 milhões de dólares − 31 252 milhões de
        dólares": the checker joins the article's items its own way)."""
        words = fold(value.strip().strip(QUOTE_MARKS).strip())
        if not LETTER.search(words):
            return False
        if any(words in folded for folded in self._folded):
            return True
        pieces = [piece for piece in JOINED.split(words) if piece]
        return len(pieces) > 1 and all(
            not LETTER.search(piece) or any(piece in folded for folded in self._folded)
            for piece in pieces
        )

    def as_written(self, value: str) -> str:
        """`value` with the article's words the checker quotes folded given back as the article
        wrote them ("exportacoes" → "exportações", "no ano passado" → "No ano passado"): the
        reader sees their own text, not the checker's matching form. Quote marks around them
        stay; a value that is not the article's words is returned unchanged."""
        words = value.strip().strip(QUOTE_MARKS).strip()
        target = fold(words)
        if not words or not LETTER.search(target):
            return value
        # claims_fold keeps one character per character, so a match in the folded text is the
        # same span of the original; runs of spaces may differ, hence the \s+ joints.
        pattern = r"\s+".join(re.escape(part) for part in target.split(" "))
        for folded, text in self._folded_in_place:
            match = re.search(pattern, folded)
            if match is not None:
                return value.replace(words, text[match.start() : match.end()], 1)
        return value


# How the checker joins the article's items in a reason: a list's commas, a sum's signs.
JOINED = re.compile(r", | [−+-] ")


# The article's date in a reason, worded by DOUBT_FRAMES' first frames as in a doubt ("the month
# comes after the article date 2024-01 (dateline)" showed it as written; lead, stop 44).
ARTICLE_DATE = re.compile(
    rf"^\d{{4}}(?:-\d\d){{0,2}} \((?:{'|'.join(map(re.escape, DATE_FOUND_BY))})\)$"
)
QUOTE_MARKS = "'\"‘’“”«»"
QUOTED = re.compile(r"'([^']+)'")  # the checker quotes article words in single quotes
LETTER = re.compile(r"[^\W\d_]")


def fold(text: str) -> str:
    """The checker's folding (lower case, accents removed), runs of spaces one space: the form
    the checker quotes the article in."""
    return " ".join(claims_fold(text).split())


def reason_markup(
    reason, lang: str, country_name: CountryName | None = None, article: Article | None = None
) -> Markup:
    """A verdict reason for the page: its frame in `lang`, quoted parts marked lang="en", a
    fact label ("trade_total · LAC · 2023") in the reader's words (`evidence.fact_label`;
    `country_name` names the states, as the store does). In English the checker's own
    sentence is kept, with its fact labels in words. A part that quotes the `article` (its
    words, its figures) is marked with the article's language, or not at all when that is the
    page's."""
    if not reason:
        return Markup("")
    text = str(reason)
    found = reason_frame(text)
    if found is None:
        return escape(text) if lang == i18n.DEFAULT_LANGUAGE else _as_written(text)
    frame, match = found
    parts = {
        key: _part_markup(key, value or "", lang, country_name, article)
        for key, value in match.groupdict().items()
    }
    if lang == i18n.DEFAULT_LANGUAGE:
        markup, position = Markup(""), 0
        for key in sorted(parts, key=match.start):
            start, end = match.span(key)
            if start < 0:
                continue
            markup += escape(text[position:start]) + parts[key]
            position = end
        return markup + escape(text[position:])
    return i18n.date_prepositions(Markup(escape(i18n.gettext_for(lang)(frame))) % parts, lang)


def _as_written(text: str) -> Markup:
    return Markup('<span lang="en">%s</span>') % text


def _part_markup(
    key: str,
    value: str,
    lang: str,
    country_name: CountryName | None,
    article: Article | None = None,
) -> Markup:
    """A part of a frame: a reason of its own (`r…`), left out (`x…`), a fact label, a stored
    figure, a pledge or a period in words (`evidence.part_label`), the article's own words (in
    its language), else as written."""
    if key.startswith("r"):
        return reason_markup(value, lang, country_name, article)
    if key == "doubts":  # the claim's doubts, "; "-joined
        if lang == i18n.DEFAULT_LANGUAGE:  # the checker's sentence, its quotes as written
            if article is None:
                return escape(value)
            return escape(QUOTED.sub(lambda m: f"'{article.as_written(m[1])}'", value))
        return Markup("; ").join(
            _doubt_markup(doubt, lang, country_name, article) for doubt in DOUBT_SPLIT.split(value)
        )
    if key == "n" or (CHECKERS_NUMBER.match(value) and not _quoted_figure(value, article)):
        return escape(_needed(value, lang))
    if key.startswith("x"):  # said elsewhere on the page (a pledge's summary and source)
        return Markup("")
    if ARTICLE_DATE.match(value):  # "2024-01 (dateline)", worded by its doubt frame
        return _why_markup(value, lang, country_name, article)
    fact = evidence.part_label(value, lang, country_name)
    if fact is not None:
        return escape(fact)
    facts = _fact_list(value, lang, country_name)
    if facts is not None:
        return escape(facts)
    if not LETTER.search(value):  # a number or a sum ("4", "40% + 70%") is in no language
        return escape(value)
    if article is not None and article.quotes(value):
        value = article.as_written(value)
        if article.lang == lang:
            return escape(value)
        return Markup('<span lang="%s">%s</span>') % (article.lang, value)
    return escape(value) if lang == i18n.DEFAULT_LANGUAGE else _as_written(value)


def _fact_list(value: str, lang: str, country_name: CountryName | None) -> Markup | None:
    """Stored figures "; "-joined ("sources disagree on …: 150.4 usd_bn 2022 (…) [ids]; 171.49
    usd_bn 2022 (…) [ids]"), each as `evidence.part_label` words it, or None when any piece is
    no stored figure (the list is then shown as written)."""
    pieces = value.split("; ")
    if len(pieces) < 2:
        return None
    labels = [evidence.part_label(piece, lang, country_name) for piece in pieces]
    return None if any(label is None for label in labels) else Markup("; ").join(labels)


# A range as `tolerance.Interval.describe` writes it: English separators, "≥"/"≤" for an open end.
NEEDED_NUMBER = r"\d{1,3}(?:,\d{3})*+(?:\.\d++)?"
NEEDED = re.compile(rf"(?P<op>[≥≤] )?(?P<low>{NEEDED_NUMBER})(?:–(?P<high>{NEEDED_NUMBER}))?$")


# A bare number the checker computed, in its English format ("= 46,480", "= 12.5 %"): in the
# reader's ("46.480", "12,5 %"). A year ("1990") has no group separator and is left alone.
CHECKERS_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})++(?:\.\d++)?+(?: %)?$|^\d{1,3}\.\d++(?: %)?$")


def _quoted_figure(value: str, article: Article | None) -> bool:
    """Whether a bare number is the article's own, as written ("2.165" of a Spanish text is two
    thousand, never 2.165 to be put in the reader's format)."""
    return article is not None and any(value in text for text in (article.text, article.whole))


def _needed(value: str, lang: str) -> str:
    """The range a text's figure would need ("64.5–65.5", "≥ 1,200") in the reader's number
    format ("64,5–65,5" in es and pt), each bound with the decimals the checker wrote; any
    other wording as written."""
    percent = value.endswith(" %")
    match = NEEDED.match(value.removesuffix(" %"))
    if match is None:
        return value

    def local(number: str) -> str:
        decimals = len(number.partition(".")[2])
        return i18n.format_number(float(number.replace(",", "")), lang, decimals)

    high = f"–{local(match['high'])}" if match["high"] else ""
    return f"{match['op'] or ''}{local(match['low'])}{high}{' %' if percent else ''}"


def _doubt_markup(
    doubt: str, lang: str, country_name: CountryName | None, article: Article | None
) -> Markup:
    """One doubt, "<field>: <why>", in `lang`: the field's name and the why's frame."""
    field, colon, why = doubt.partition(": ")
    if not colon or field not in DOUBT_FIELDS:
        return _as_written(doubt)
    gettext = i18n.gettext_for(lang)
    return Markup("%s: %s") % (
        gettext(DOUBT_FIELDS[field]),
        _why_markup(why, lang, country_name, article),
    )


def _why_markup(
    why: str,
    lang: str,
    country_name: CountryName | None,
    article: Article | None,
    quoted: bool = False,
) -> Markup:
    """A why in its frame in `lang`; with no frame, the article's words (a `w…` group), in
    quotes when the checker quotes them (a `wq` group: "'en 2021' stands in another clause";
    a why it quotes is shown without them, being the page's own words)."""
    found = doubt_frame(why)
    if found is None:
        words = _article_words(why, lang, article)
        return Markup("'%s'") % words if quoted else words
    frame, match = found
    parts = {}
    for key, value in match.groupdict().items():
        value = value or ""
        if key.startswith("w"):
            parts[key] = _why_markup(value, lang, country_name, article, quoted=key == "wq")
        elif key.startswith("q"):
            parts[key] = _article_words(value, lang, article)
        else:
            parts[key] = _part_markup(key, value, lang, country_name, article)
    return i18n.date_prepositions(Markup(escape(i18n.gettext_for(lang)(frame))) % parts, lang)


def _article_words(value: str, lang: str, article: Article | None) -> Markup:
    """Words the checker quotes from the article (folded) or a figure as it wrote it: in the
    article's language, marked as such when that is not the page's; as written, marked English,
    when the article is not known."""
    if not LETTER.search(value):
        return escape(value)
    if article is None:
        return _as_written(value)
    value = article.as_written(value)
    if article.lang == lang:
        return escape(value)
    return Markup('<span lang="%s">%s</span>') % (article.lang, value)
