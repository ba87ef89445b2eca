"""Whose money a loan figure is, and which figures are sums a state received.

Two readings of money figures in texts about lending (issue 15, round 11b):

* **Another lender.** "el Banco Mundial bajó sus préstamos a la región un 8 % hasta los 8.000
  millones de dólares": a loans word stands in the clause, but the lender is the World Bank.
  The store holds China's lending only, so such a figure is read under `OTHER_LENDER` (nothing
  is stored for it: unverifiable) and never checked against China's loans to the region.
  The lender is the one named nearest before the number; a Chinese lender named nearer wins
  ("Unlike the World Bank, China lent US$ 10 billion").
* **A sum received.** "El pasado año Brasil recibió 10.650 millones de dólares" and "Bolivia,
  con 850 millones de dólares" in a text about Chinese lending: no metric word in the
  sentence, but the figure is what the state received of that lending. Read as the text's
  last Chinese loans metric, at low confidence (it may be borne out, never contradicted).

Figures of other trading partners, a state's trade with the world and counts of ties that are
not China's: chinalac.claims.partners.
"""

from __future__ import annotations

import re

from chinalac.claims.partners import THIRD_PARTNERS_NAMES

OTHER_LENDER = "loans_other_lender"
LOAN_METRICS = frozenset({"loans_total", "loan_single"})

# Folded (lower-case, accent-free) names; acronyms are matched case-sensitively on the
# sentence as written ("BID" is the IDB, "a bid" is not).
_LENDER_NAMES = re.compile(
    r"\b(?:world\s+bank|banco\s+mundial|inter-?american\s+development\s+bank"
    r"|banco\s+interamericano\s+de\s+(?:desarrollo|desenvolvimento)"
    r"|international\s+monetary\s+fund|fondo\s+monetario\s+internacional"
    r"|fundo\s+monetario\s+internacional|banco\s+de\s+desarrollo\s+de\s+america\s+latina"
    r"|development\s+bank\s+of\s+latin\s+america|european\s+investment\s+bank"
    # The multilateral banks China founded with others (round 34c: main refuted "Em 2023, o Novo
    # Banco de Desenvolvimento, o banco dos Brics, emprestou US$ 1,5 bilhão ao Brasil" by the
    # policy banks' 1.3 billion of 2023, in all three languages): the BRICS bank and the AIIB
    # lend as institutions of several states; the store holds CDB and China Eximbank loans only.
    r"|new\s+development\s+bank|novo\s+banco\s+de\s+desenvolvimento"
    r"|nuevo\s+banco\s+de\s+desarrollo|banco\s+d(?:os|o|e\s+los)\s+brics|brics(?:'|'s)?\s+bank"
    r"|asian\s+infrastructure\s+investment\s+bank"
    r"|banco\s+asiatico\s+de\s+inversion\s+en\s+infraestructura"
    r"|banco\s+asiatico\s+de\s+investimento\s+em\s+infraestrutura)\b"
)
_LENDER_ACRONYMS = re.compile(r"\b(?:BID|IDB|BM|CAF|IMF|FMI|BIRD|IBRD|BEI|EIB|NDB|NBD|AIIB|BAII)\b")
_CHINESE_LENDER = re.compile(
    r"\b(?:chin(?:a|ese|o|os|a's|es|eses|esa)|beijing|pekin|pequim|cdb|eximbank|exim)\b"
)

# China's policy banks named as the lenders (folded): "CDB and Ex-Im Bank", "China Development
# Bank", "the Export-Import Bank of China", "Eximbank", "los bancos de política de China".
_POLICY_BANKS = re.compile(
    r"\b(?:cdb|ex-?im\s+bank|eximbank|china\s+exim|china\s+development\s+bank"
    r"|export-import\s+bank\s+of\s+china|banco\s+de\s+desarrollo\s+de\s+china"
    r"|banco\s+de\s+desenvolvimento\s+da\s+china|policy\s+banks"
    r"|bancos\s+de\s+(?:politica|fomento)|bancos\s+politicos)\b"
)


# A named borrower right after the figure ("… US$ 10 billion to Petrobras", "a Petrobras",
# "à Petrobras"), as written (a capital letter); the region's own names are not borrowers.
_NAMED_BORROWER_AFTER = re.compile(
    r"\A[^.;:]{0,40}?\b(?:to|a|al|ao|à|para)\s+(?!Latin\b|Am[eé]rica\b|the\b|la\b|el\b|los\b|las\b)"
    r"(?:[A-ZÁÉÍÓÚ][\w\-]+)"
)


def policy_banks_named(folded: str) -> bool:
    """True when the sentence names China's policy banks (the lenders of the store's loans)."""
    return _POLICY_BANKS.search(folded) is not None


def borrower_named_after(text: str, end: int) -> bool:
    """True when a borrower is named right after the figure ending at `end` ("… to Petrobras")."""
    return _NAMED_BORROWER_AFTER.match(text[end : end + 80]) is not None


# A verb of receiving before the number, in the sentence ("Brasil recibió 10.650 millones").
RECEIVE_VERB = re.compile(
    r"\b(?:recibio|recibieron|ha\s+recibido|han\s+recibido|obtuvo|obtuvieron"
    r"|received|has\s+received|have\s+received|obtained|got"
    r"|recebeu|receberam|obteve|obtiveram)\b"
)
# "Bolivia, con 850 millones de dólares", "Venezuela with $10 billion", "Equador, com US$ 7
# bilhões", and in brackets "Brasil ($12 mil 100 millones), Argentina ($11 mil 800
# millones)": a state and its figure in a ranked list.
WITH_BEFORE = re.compile(
    r"(?:,?\s{1,3}(?:con|with|com)\s{1,3}|\s{0,2}\(\s{0,2})(?:[a-z$]{1,4}\s?)?$"
)


# A verb of lending (folded), and what may stand between its subject and it: "o Japão
# emprestou", "Russia has lent", "el BNDES le prestó", "os bancos ocidentais concederam".
_LEND_VERBS = (
    r"lent|loaned|lends|granted|extended|emprestou|emprestaram|empresta|emprestam|"
    r"concedeu|concederam|presto|prestaron|presta|prestan|otorgo|otorgaron|concedio|"
    r"concedieron"
)
_LEND_VERB = re.compile(r"\b(?:" + _LEND_VERBS + r")\b")
_SUBJECT_GAP = re.compile(
    r"(?<!\s)\s{1,3}(?:(?:has|have|had|also|tambem|tambien|ya|ja|le|les|lhe|lhes|ha|han|tem|"
    r"havia|tinha|habia)\s{1,3}){0,2}$"
)
# Lenders that are no state of the store's list and not China's (folded): Brazil's development
# bank, Western or private banks, other partners; before a verb of lending (`_OTHER_LENDER_WORDS`)
# or after "lent by" (`_OTHER_LENDER_AFTER`).
_OTHER_LENDERS = (
    r"bndes|western\s+banks|private\s+(?:banks|lenders|creditors)|commercial\s+banks"
    r"|bancos\s+(?:ocidentais|occidentales|privados|comerciais|comerciales|europeus|europeos"
    r"|japoneses|americanos|estadounidenses|norte-?americanos)|" + THIRD_PARTNERS_NAMES
)
_OTHER_LENDER_WORDS = re.compile(r"\b(?:" + _OTHER_LENDERS + r")$")


# A participle of lending and its agent right after a figure (folded): "… emprestados pelo", "…
# lent by the", "… otorgados por el" (the lender's name follows).
_LENT_BY_AFTER = re.compile(
    r"[^.;:\d]{0,25}?\b(?:lent|loaned|granted|extended|emprestad[oa]s?|concedid[oa]s?|"
    r"otorgad[oa]s?|prestad[oa]s?)\s+(?:by|pel[oa]s?|por)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
)
_OTHER_LENDER_AFTER = re.compile(r"(?:" + _OTHER_LENDERS + r")\b")
# A lender whose figure it is, named right after it by "of" / "from" (folded): "more than the
# $26 billion of the Inter-American Development Bank and the World Bank combined", "los 26.000
# millones de dólares del BID", "os US$ 26 bilhões do Banco Mundial" (round 44a: main read the
# multilateral banks' lending of 2010 as China's and refuted it by China's 37 billion). No comma,
# clause mark or digit between (the lender's name follows).
_OF_LENDER_AFTER = re.compile(
    r"[^.;:,\d]{0,15}?\s(?:of|from|del|de|do|da|dos|das)\s{1,3}"
    r"(?:(?:the|el|la|los|las|o|a|os|as)\s{1,3})?"
)
# A relative clause right after a figure whose subject is the lender (folded): "acima dos US$ 20
# bilhões que o Banco Mundial e o BID concederam juntos", "los 20.000 millones de dólares que el
# Banco Mundial y el BID concedieron", "the US$20 billion that the World Bank and the IDB lent"
# (the lender's name follows, then a verb of lending).
_LENT_BY_RELATIVE = re.compile(
    r"[^.;:\d]{0,20}?\s(?:que|that|which)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
)
# The verbs of that relative clause: those of lending, and the verbs of giving, providing or
# paying out money that a named lender governs there (folded): "the $26 billion that the
# Inter-American Development Bank and the World Bank together gave out", "los 26.000 millones que
# el BID y el Banco Mundial dieron", "os US$ 26 bilhões que o BID e o Banco Mundial desembolsaram"
# (round 44a: main read the multilateral banks' lending of 2010 as China's and refuted it by
# China's 37 billion). Only after a lender named right after "that" / "que" (below).
_RELATIVE_LEND_VERB = re.compile(
    r"\b(?:" + _LEND_VERBS + r"|gave|given|provided|disbursed|committed|issued|deu|deram"
    r"|forneceu|forneceram|desembolsou|desembolsaram|destinou|destinaram|dio|dieron|proporciono"
    r"|proporcionaron|desembolso|desembolsaron|aporto|aportaron|destino|destinaron)\b"
)
LEND_VERB_REACH = 120


def other_lender(
    sentence: str,
    folded: str,
    number_start: int,
    states: tuple[tuple[int, int], ...] = (),
    number_end: int = -1,
) -> str | None:
    """The non-Chinese lender named nearest before the number, if no Chinese one is nearer;
    or the subject of a verb of lending before the number when it is another state (`states`:
    spans of the sentence's states other than China), Brazil's BNDES, Western or private banks
    or another partner ("o Japão emprestou à Argentina US$ 2 bilhões", "Russia lent Venezuela
    …": round s20c, read as China's lending and refuted)."""
    head, folded_head = sentence[:number_start], folded[:number_start]
    subject = _lending_subject(sentence, folded, number_start, states)
    if subject is not None:
        return subject
    if number_end >= 0 and (agent := _LENT_BY_AFTER.match(folded, number_end)) is not None:
        # "Dos US$ 119 bilhões emprestados pelo Banco Mundial", "the US$119 billion lent by
        # the World Bank": the lender is named after the figure.
        after = folded[agent.end() : agent.end() + 60]
        if not _CHINESE_LENDER.match(after) and (
            _LENDER_NAMES.match(after)
            or _LENDER_ACRONYMS.match(sentence, agent.end())
            or _OTHER_LENDER_AFTER.match(after)
        ):
            return sentence[agent.end() : agent.end() + len(after.split(",")[0])].strip()
    if number_end >= 0 and (owner := _OF_LENDER_AFTER.match(folded, number_end)) is not None:
        after = folded[owner.end() : owner.end() + 60]
        if not _CHINESE_LENDER.match(after) and (
            _LENDER_NAMES.match(after) or _LENDER_ACRONYMS.match(sentence, owner.end())
        ):
            return sentence[owner.end() : owner.end() + len(after.split(",")[0])].strip()
    if number_end >= 0 and (relative := _LENT_BY_RELATIVE.match(folded, number_end)) is not None:
        # "acima dos US$ 20 bilhões que o Banco Mundial (BM) e o BID concederam juntos à
        # região", "the US$20 billion that the World Bank and the IDB lent": the lender is the
        # subject of the relative clause (round 30c: main bore the World Bank's and the IDB's
        # lending out by China's 22.1 billion of 2014, in all three languages).
        after = folded[relative.end() : relative.end() + 60]
        verb = _RELATIVE_LEND_VERB.search(folded, relative.end(), relative.end() + LEND_VERB_REACH)
        if (
            verb is not None
            and not _CHINESE_LENDER.match(after)
            and not _CHINESE_LENDER.search(folded, relative.end(), verb.start())
            and (
                _LENDER_NAMES.match(after)
                or _LENDER_ACRONYMS.match(sentence, relative.end())
                or _OTHER_LENDER_AFTER.match(after)
            )
        ):
            return sentence[relative.end() : verb.start()].strip()
    lenders = [m for m in _LENDER_NAMES.finditer(folded_head)]
    lenders += [m for m in _LENDER_ACRONYMS.finditer(head)]
    if not lenders:
        return None
    last = max(lenders, key=lambda m: m.end())
    chinese = [m.end() for m in _CHINESE_LENDER.finditer(folded_head)]
    if chinese and max(chinese) > last.end():
        return None
    return sentence[last.start() : last.end()]


def _lending_subject(
    sentence: str, folded: str, number_start: int, states: tuple[tuple[int, int], ...]
) -> str | None:
    """The other lender written right before the last verb of lending before the number."""
    verbs = list(_LEND_VERB.finditer(folded, max(0, number_start - 120), number_start))
    if not verbs:
        return None
    verb = verbs[-1]
    if _CHINESE_LENDER.search(folded, verb.end(), number_start):
        return None  # "… emprestou à China": a lender's borrower is not this
    gap = _SUBJECT_GAP.search(folded, max(0, verb.start() - 40), verb.start())
    if gap is None:
        return None
    end = gap.start()
    for start, stop in states:
        if stop == end:
            return sentence[start:stop]
    named = _OTHER_LENDER_WORDS.search(folded, max(0, end - 60), end)
    if named is not None:
        return sentence[named.start() : named.end()]
    return None


# Money paid back on loans (round s20c): "a Venezuela pagou US$ 5 bilhões em empréstimos
# chineses", "Venezuela repaid $5 billion of its Chinese loans", "Ecuador amortizó 1.000
# millones": debt service, not lending; nothing stored for it.
REPAID = "loans_repaid"
_REPAY_VERB = re.compile(
    r"\b(?:paid|repaid|pays|repays|paying|repaying|pagou|pagaram|paga|pagam|pago|pagaron|pagan"
    r"|reembolsou|reembolsaram|reembolso|reembolsaron|amortizou|amortizaram|amortizo"
    r"|amortizaron|devolveu|devolveram|devolvio|devolvieron|servicio\s+de\s+(?:la\s+)?deuda"
    r"|servico\s+da\s+divida|debt\s+service|debt\s+servicing"
    # perfect tenses (round s24e: "ya había pagado", "lleva devueltos", "ha cancelado", "já tinha
    # devolvido" were read as lending and refuted by the year's stored loans)
    r"|pagad[oa]s?|devuelt[oa]s?|devolvid[oa]s?|amortizad[oa]s?|reembolsad[oa]s?"
    r"|cancelad[oa]s?|quitad[oa]s?|quitou|quitaram)\b"
)
REPAY_REACH = 80


def repaid_sum(folded: str, clause_start: int, number_start: int) -> bool:
    """A verb of paying back (or debt service) in the figure's clause, before it and near it,
    with no verb of lending or receiving nearer ("Venezuela, which pays its debts in oil,
    received US$10 billion" is lending)."""
    start = max(clause_start, number_start - REPAY_REACH)
    repay = list(_REPAY_VERB.finditer(folded, start, number_start))
    if not repay:
        return False
    others = [
        m.start()
        for pattern in (_LEND_VERB, RECEIVE_VERB)
        for m in pattern.finditer(folded, start, number_start)
    ]
    return not others or max(others) < repay[-1].start()


def received_sum(folded: str, number_start: int, state_named_before: bool) -> bool:
    """A figure a state is said to have received: a verb of receiving before the number, or
    "STATE, con N" in a list."""
    head = folded[:number_start]
    if RECEIVE_VERB.search(head):
        return True
    return state_named_before and bool(WITH_BEFORE.search(head[-12:]))


# A debt still owed (round 32a): "Of the resulting debt to China, $6.5 billion was still
# outstanding as of 2018", "la deuda pendiente de Ecuador con China era de 6.500 millones", "o
# saldo devedor do Equador com a China era de US$ 6,5 bilhões": a stock of debt, neither the
# lending of a span (main read the region's loans by 2018 and called it disputed) nor a trade
# balance ("saldo"). Nothing stored.
OUTSTANDING = "debt_outstanding"
_OUTSTANDING_WORDS = re.compile(
    r"(?<![\w])(?:outstanding|still\s+owed|still\s+owes|still\s+owe|owed\s+to|owes|debt\s+stock"
    r"|stock\s+of\s+debt|deuda\s+pendiente|pendientes?\s+de\s+pago|saldo\s+(?:de\s+la\s+)?deuda"
    r"|saldo\s+deudor|adeuda|adeudaba|adeudan|stock\s+de\s+(?:la\s+)?deuda|saldo\s+devedor"
    r"|saldo\s+da\s+divida|divida\s+pendente|estoque\s+da\s+divida|em\s+aberto)(?![\w])"
)
# The words of a debt that a "saldo" (balance) may stand for.
_DEBT_BALANCE_WORDS = re.compile(
    r"(?<![\w])(?:saldo\s+(?:de\s+la\s+)?deuda|saldo\s+deudor|saldo\s+devedor|saldo\s+da\s+divida)(?![\w])"
)
OUTSTANDING_REACH = 80


def outstanding_debt(
    folded: str, clause: tuple[int, int], number_start: int, number_end: int, balance: bool
) -> bool:
    """A word of a debt still owed in the figure's clause, near the number on either side
    ("$6.5 billion was still outstanding", "the outstanding debt of $6.5 billion"). For a figure
    read as a trade balance, only a debt's "saldo" ("saldo devedor", "saldo deudor") counts:
    "an outstanding surplus" is a remarkable one."""
    start = max(clause[0], number_start - OUTSTANDING_REACH)
    end = min(clause[1], number_end + OUTSTANDING_REACH)
    pattern = _DEBT_BALANCE_WORDS if balance else _OUTSTANDING_WORDS
    for word in pattern.finditer(folded, start, end):
        if word.end() <= number_start:
            between = folded[word.end() : number_start]
        elif word.start() >= number_end:
            between = folded[number_end : word.start()]
        else:
            return True
        # "Venezuela, which owes China about $20 billion, received $62 billion in loans": a verb
        # of lending or receiving, or another figure, between the word and this figure makes
        # the debt another figure's.
        if any(ch.isdigit() for ch in between):
            continue
        if _LEND_VERB.search(between) or RECEIVE_VERB.search(between):
            continue
        return True
    return False
