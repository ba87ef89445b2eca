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
"""

from __future__ import annotations

import re

OTHER_LENDER = "loans_other_lender"
# A flow of another trading partner (round s15b): "…, solo por detrás de Estados Unidos, que en
# 2025 le vendió mercancías por 4.677,8 millones de dólares", "behind the United States, which
# sold it goods worth US$4,677.8 million". The store holds trade with China only.
OTHER_TRADER = "trade_other_partner"
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


# Folded names of partners other than China and the LAC states, then a relative pronoun opening
# the clause that holds the figure, read up to the number (no China named in between).
_THIRD_PARTNERS = (
    r"(?:estados\s+unidos|ee\.?\s?uu\.?|eeuu|united\s+states|the\s+u\.?s\.?|eua"
    r"|union\s+europea|european\s+union|uniao\s+europeia|japon|japan|japao|alemania|germany"
    r"|alemanha|india|corea\s+del\s+sur|south\s+korea|coreia\s+do\s+sul|canada|espana|spain"
    r"|espanha|rusia|russia"
    # The peoples named for their state (round 31c: main refuted "o fluxo de comércio com os
    # americanos ficou em US$ 88,7 bilhões", "con los estadounidenses", "with the Americans" by
    # Brazil's trade with China, in all three languages). "latino-americanos", "sul-americanos",
    # "Latin Americans", "South Americans" are no other partner.
    r"|norte-?americanos|norteamericanos|estadounidenses"
    r"|(?<![-\w])(?<!latino\s)(?<!sul\s)(?<!sud\s)(?<!centro\s)americanos"
    r"|(?<!latin\s)(?<!south\s)(?<!central\s)americans|europeus|europeos|europeans)"
)
# The same names, to end a subject (no group of their own).
_THIRD_PARTNERS_NAMES = _THIRD_PARTNERS[3:-1]
_THIRD_PARTNER_CLAUSE = re.compile(
    r"\b" + _THIRD_PARTNERS + r"\s?,\s?(?:que|which|who|quien|el\s+cual|la\s+cual|o\s+qual"
    r"|a\s+qual)\s(?P<rest>[^.;:()]{0,90})$"
)
# A sentence whose subject is another partner: "Estados Unidos quedó en el segundo lugar, con un
# intercambio de US$ 20.991 millones", "The United States came second, with trade of …".
_THIRD_PARTNER_SUBJECT = re.compile(
    r"(?:(?:los|las|os|the)\s+)?" + _THIRD_PARTNERS + r"\b(?!\$)"  # not "The US$ 5 billion"
)
_CHINA_WORD = re.compile(r"\b(?:chin(?:a|ese|o|os|as|es|eses|esa|esas|eso|esos))\b")

# A state's trade with every partner (round s16a): "el comercio exterior de Chile sumó US$ 175.565
# millones", "Chile's total trade with the world reached …", "o comércio exterior do Chile somou
# …", "sus exportaciones totales". The store holds trade with China only; main read such a figure
# as the state's trade with China and called it contradicted.
WORLD_TRADER = "trade_with_world"
_WORLD_CUE = re.compile(
    r"\b(?:comercio\s+exterior|foreign\s+trade|external\s+trade|overseas\s+trade"
    r"|(?:con|with|com|al|to|ao|para|del|from|do)\s+(?:el\s+|the\s+|o\s+)?"
    r"(?:resto\s+del\s+|rest\s+of\s+the\s+|resto\s+do\s+)?(?:mundo|world)"
    r"|a\s+nivel\s+(?:global|mundial)|(?:exportaciones|importaciones|exportacoes|importacoes)"
    r"\s+(?:totales|totais|globales|globais|mundiales|mundiais)"
    r"|(?:total|global|worldwide)\s+(?:exports|imports)"
    r"|(?:total|global)\s+de\s+(?:las\s+|sus\s+|as\s+|suas\s+)?(?:exportaciones|importaciones"
    r"|exportacoes|importacoes)"
    # "Colombia bought US$42.9 billion of goods abroad and sold US$30.2 billion", "vendió al
    # exterior", "vendeu ao exterior", "compró en el extranjero" (round 27a: main read both as
    # trade with China and refuted them by the stored rows of the year)
    r"|abroad|(?:al|en\s+el|del|desde\s+el|ao|no|do|para\s+o)\s+(?:exterior|extranjero))\b"
)
# China, or a name for it, between the cue and the figure ("el comercio exterior de Chile con
# China", "sus exportaciones totales al gigante asiático").
_CHINA_REFERENCE = re.compile(
    r"\b(?:chin(?:a|ese|o|os|as|es|eses|esa|esas|eso|esos)|beijing|pekin|pequim"
    r"|(?:gigante|pais|socio|parceiro|mercado)\s+asiatico|asian\s+giant)\b"
)
# China named as the owner right after the cue: "las exportaciones globales del gigante asiático
# alcanzaban en 2019 los $492 millones", "as exportações globais da China chegaram a …", "el
# comercio exterior de China", "las exportaciones totales chinas" — China's trade with the world,
# not with the state (round 34b: main read China's exports to Cuba, and refuted "as exportações
# globais da China chegaram a US$ 95 bilhões em 2022" by China's stored exports to Brazil).
_CHINA_OWNER = re.compile(
    r"\s{1,3}(?:(?:de|del|da|do)\s+(?:la\s+)?(?:china|beijing|pekin|pequim"
    r"|(?:gigante|pais|dragon)\s+asiatico)|chin(?:as|os|esas|eses))\b"
)
# A partner named after China the owner ("las exportaciones totales de China a Brasil", "… hacia
# la región", "… com o Brasil", "… to Brazil"): the trade is bilateral again. A preposition before
# the amount ("llegaron a US$ …", "rose to $ …", "a unos …", "al mundo") names no partner.
_PARTNER_AFTER_OWNER = re.compile(
    r"\b(?:a|al|hacia|para|con|com|ao|aos|with|to|into)\s+(?:(?:el|la|los|las|o|a|os|as|the)\s+)?"
    r"(?!(?:us\$|u\$s|r\$|\$|€|\d)|(?:usd|unos|unas|uns|umas|cerca|mas|casi|quase|poco|pouco"
    r"|alrededor|about|around|nearly|almost|over|more|some|mundo|world|exterior|extranjero|resto"
    r"|rest|record|recorde|nivel|level|un|una|um|uma|sumar|somar|total|cifra)\b)[a-z]"
)
# How far before the figure the cue is looked for (folded characters).
WORLD_REACH = 160
# The cue right after the figure: "Chile exported US$ 101 billion to the world", "… al mundo".
_WORLD_AFTER = re.compile(
    r"\s{1,3}(?:(?:al|to|ao|para)\s+(?:el\s+|the\s+|o\s+)?"
    r"(?:resto\s+del\s+|rest\s+of\s+the\s+|resto\s+do\s+)?(?:mundo|world)\b"
    # "sold US$30.2 billion abroad", "US$42.9 billion of goods abroad", "… al exterior"
    r"|(?:(?:of|in|de|em|en)\s+(?:goods|merchandise|products|bienes|mercancias|productos"
    r"|bens|mercadorias|produtos)\s+)?(?:abroad\b|(?:al|ao|para\s+o)\s+(?:exterior|extranjero)\b))"
)


# A part of the figure named right after it ("…, a third of them from China", "…, de los cuales
# apenas el 4,8% fue a China", "…, um terço delas vindas da China"): the figure is the whole.
_PART_AFTER = re.compile(
    r"(?<![\s,])(?:\s+(?:en|in|em)\s+\d{4})?\s*,\s*(?:"
    r"(?:of\s+which|of\s+them|de\s+los\s+cuales|de\s+las\s+cuales|dos\s+quais|das\s+quais|"
    r"de\s+ellos|de\s+ellas|deles|delas)\b"
    r"|(?:(?:a|one|un|uma|um)\s+(?:third|quarter|tercio|terco|cuarto|quarto)|half|la\s+mitad|"
    r"(?:a\s+)?metade|\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent|por\s+ciento))"
    r"\s+(?:of\s+(?:them|which|it)|de\s+(?:ellos|ellas|los\s+cuales|las\s+cuales)|deles|delas|"
    r"dos\s+quais|das\s+quais)\b)"
)


_BILATERAL = re.compile(r"\bbilater\w*")
_AMOUNT_NEXT = re.compile(
    r"(?<![\s$])\s*(?:(?:apenas|only|just|solo|unos|uns|cerca\s+de|about|some)\s+)?"
    r"(?:us\$|u\$s|r\$|usd|\$|€|(?<![\d.,])\d[\d.,]*+\s*(?:mil\s+)?(?:millones|millon|billion|million|bn|"
    r"bilhoes|bilhao|milhoes|milhao))"
)


def world_trader(text: str, folded: str, number_start: int, end: int = -1) -> bool:
    """Whether the figure at number_start measures a state's trade with the world: a cue of
    foreign or total trade before it in the sentence, and no China named between the cue and
    the figure ("China representó el 32% del comercio exterior de Chile, que sumó X": X is the
    world's; "el comercio exterior de Chile con China sumó X" is China's). A cue written with a
    capital inside the sentence is a name ("el Instituto Boliviano de Comercio Exterior")."""
    if end >= 0 and _WORLD_AFTER.match(folded, end):
        return True
    if (
        end >= 0
        and (part := _PART_AFTER.match(folded, end))
        # China is named in the part ("… from China", "… fue a China"), not before the figure;
        # "El intercambio bilateral alcanzó US$65.000 millones, de los cuales US$39.000
        # millones fueron exportaciones" is trade with China and its parts (guard).
        and _CHINA_REFERENCE.search(folded, part.end(), part.end() + 80)
        # "…, de los cuales 38.447 millones fueron a China": an amount for the part; the whole
        # and its part are read together elsewhere (a whole of a part, never refuted).
        and not _AMOUNT_NEXT.match(folded, part.end())
        and not _CHINA_REFERENCE.search(folded, 0, number_start)
        and not _BILATERAL.search(folded, 0, number_start)
    ):
        # "In 2019 Paraguay's imports totalled US$ 12 billion, a third of them from China": China
        # is the origin of a part; the figure is the state's trade with every partner (round
        # s17a: main read imports from China and refuted them by the stored 4,000 million).
        return True
    cues = [
        cue
        for cue in _WORLD_CUE.finditer(folded, max(0, number_start - WORLD_REACH), number_start)
        if not (text[cue.start()].isupper() and text[: cue.start()].strip()[-1:].isalnum())
    ]
    if not cues:
        return False
    cue = cues[-1]
    if (owner := _CHINA_OWNER.match(folded, cue.end(), number_start)) is not None:
        # China owns the flow; a partner named after it makes the flow bilateral again.
        return not _PARTNER_AFTER_OWNER.search(folded, owner.end(), number_start)
    return not _CHINA_REFERENCE.search(folded, cue.start(), number_start)


def other_trader(folded: str, number_start: int) -> bool:
    """Whether the figure at number_start stands in a relative clause about a partner other
    than China ("Estados Unidos, que le vendió … por X", "the United States, which sold …"), or
    in a sentence opening with such a partner that names no China before the figure."""
    found = _THIRD_PARTNER_CLAUSE.search(folded, max(0, number_start - 140), number_start)
    if found is not None and not _CHINA_WORD.search(found.group("rest")):
        return True
    # The sentence opens with the other partner and names no China before the figure.
    head = folded[:number_start]
    return bool(_THIRD_PARTNER_SUBJECT.match(head.lstrip())) and not _CHINA_WORD.search(head)


# A flow with another partner named as its other side (folded): "Colombia sold US$ 100 million
# to Japan", "le vendió a Taiwán 100 millones", "exportó a Taiwán", "exports to Taiwan", "vendeu
# US$ 100 milhões a Taiwan", "imports from the United States".
_FLOW_BEFORE_PARTNER = re.compile(
    r"\b(?:sold|sells|exported|exports?|shipped|sales|bought|buys|purchased|purchases|imported|"
    r"imports?|vendio|vendieron|vende|venden|exporto|exportaron|exportaciones|ventas|compro|"
    r"compraron|importo|importaron|importaciones|compras|vendeu|venderam|exportou|exportaram|"
    r"exportacoes|vendas|comprou|compraram|importou|importaram|importacoes|"
    # Trade as a whole (round s20c: "o comércio do Brasil com os Estados Unidos somou US$ 75
    # bilhões", "o comércio de Taiwan com o Brasil" were refuted by Brazil's trade with China).
    r"trade|comercio|intercambio|trocas|corrente\s+de\s+comercio|"
    # A balance with another partner (round 31c: main bore out "el déficit comercial de México
    # con Estados Unidos fue de US$ 62.700 millones", "o déficit comercial do México com a União
    # Europeia", by Mexico's stored deficit with China; English had "trade" in "trade deficit").
    r"deficit|deficits|superavit|superavits|surplus|surpluses|saldo|balanza|balanca)\b"
)
_TO_PARTNER = re.compile(
    # "aos", "dos", "das": Portuguese contractions before a plural name ("as vendas aos EUA",
    # "importou dos Estados Unidos"; round 30c: main refuted "as vendas brasileiras aos EUA
    # somaram US$ 37,4 bilhões em 2022" by Brazil's exports to China, China named before a colon).
    r"\b(?:to|a|al|hacia|para|ao|aos|from|desde|de|da|do|dos|das|del|with|con|com)\s+"
    r"(?:(?:la|el|los|the|o|os)\s+)?"
    r"(?:" + _THIRD_PARTNERS[3:-1] + r"|taiwan|formosa|hong\s+kong|macau|macao|europe|europa|"
    r"asia|africa)\b"
)
# How far the flow word may stand before the partner's preposition (folded characters).
FLOW_PARTNER_REACH = 60


# Another partner named right before a figure, after a first flow with China (round s18b):
# "las exportaciones chilenas a China sumaron US$ 38.447 millones y a Estados Unidos US$ 16.000
# millones", "and to the United States US$16 billion", "seguido por Estados Unidos con US$
# 16.000 millones", "followed by the United States with US$16 billion", "seguida pelos Estados
# Unidos, com US$ 16 bilhões" (folded, the text right before the figure's currency).
_PARTNER_BEFORE_FIGURE = re.compile(
    r"(?:\b(?:y|and|e|while|mientras\s+que|enquanto|frente\s+a|against)\s+"
    r"(?:(?:las?|los|os?|the|its|sus|suas)\s+)?"
    r"(?:(?:exportaciones|ventas|envios|exports|sales|shipments|exportacoes|vendas|importaciones|"
    r"imports|importacoes|compras|purchases)\s+)?"
    r"(?:to|a|al|ao|para|hacia|from|desde|de|da|do|del|with|con|com)\s+"
    r"|\b(?:seguid[oa]s?|followed|trailed)\s+(?:por|by|pel[oa]s?)\s+)"
    r"(?:(?:la|el|los|the|o|os|a|as)\s+)?"
    r"(?:" + _THIRD_PARTNERS[3:-1] + r"|taiwan|europe|europa)"
    r"\s*,?\s+(?:(?:con|with|com|de|por|at|en|em)\s+)?"
    r"(?:(?:unos|unas|some|about|around|cerca\s+de|mas\s+de|more\s+than|over)\s+)?$"
)
PARTNER_BEFORE_REACH = 90


def partner_before_figure(folded: str, mention_start: int) -> bool:
    """Whether another partner than China is named right before the figure, as the other side
    of a flow the sentence told first with China ("… a China sumaron X y a Estados Unidos Y",
    "seguido por Estados Unidos con Y"): that partner's trade with the state, not China's."""
    window = folded[max(0, mention_start - PARTNER_BEFORE_REACH) : mention_start]
    return _PARTNER_BEFORE_FIGURE.search(window) is not None


def flow_to_partner_before(folded: str, clause: tuple[int, int], mention_start: int) -> bool:
    """ "las exportaciones chilenas a Estados Unidos sumaron US$ 16.000 millones y a China …":
    a flow whose other side, another partner, is named before the figure, with no China before
    it in the clause (China named after the figure is the next figure's partner; round s18b:
    main refuted the first figure as Chile's exports to China)."""
    if _CHINA_WORD.search(folded, clause[0], mention_start):
        return False
    partners = list(_TO_PARTNER.finditer(folded, clause[0], mention_start))
    if not partners:
        return False
    found = partners[-1]
    return bool(
        _FLOW_BEFORE_PARTNER.search(
            folded, max(clause[0], found.start() - FLOW_PARTNER_REACH), found.start() + 1
        )
    )


def flow_with_other_partner(folded: str, clause: tuple[int, int], number_end: int) -> bool:
    """Whether the figure's clause names another partner than China (the United States, Japan,
    Taiwan, the EU …) as the other side of its flow, and no China: that partner's trade with the
    state, not China's (round s17a: main read "Colombia sold US$ 100 million to Japan" as
    Colombia's exports to China and refuted them)."""
    end = min(clause[1], number_end + FLOW_PARTNER_REACH)
    found = _TO_PARTNER.search(folded, clause[0], end)
    if found is None or _CHINA_WORD.search(folded, clause[0], clause[1]):
        return False
    return bool(
        _FLOW_BEFORE_PARTNER.search(
            folded, max(clause[0], found.start() - FLOW_PARTNER_REACH), found.start() + 1
        )
    )


# Counts of the states that hold a tie with China (the ties table's and the stored counts:
# fta_count, bri_members_count).
TIE_COUNT_METRICS = frozenset({"fta_count", "bri_members_count"})
# A tie "with" a partner other than China (folded): "Three countries of the region have free
# trade agreements with the United States", "con la Unión Europea", "com o Japão", "with Taiwan".
_TIE_WITH_THIRD_PARTNER = re.compile(
    r"(?<![\w])(?:with|con|com)\s{1,3}(?:(?:the|la|el|los|las|o|a|os|as)\s{1,3})?"
    r"(?:" + _THIRD_PARTNERS_NAMES + r"|taiwan|taipei|formosa)(?![\w])"
)
# States in talks on a tie, or meaning to take one up (folded), between the count and the tie:
# "are negotiating free trade agreements", "negocian tratados", "estudam aderir", "plan to join".
_TIE_TALKS = re.compile(
    r"(?<![\w])(?:negotiat|negocia|talks|conversaciones|conversas|tratativas|consider"
    r"|stud(?:y|ies|ying)(?![\w])|estudi?(?:a|an|am|ando)(?![\w])|plan(?:s|ning)?\s{1,3}to(?![\w])"
    r"|planea|planej|pretend|want|quieren|querem|seek|busca|aspir|interes|hope|esperan\s{1,3}(?:firmar|unirse|adherir)"
    r"|esperam\s{1,3}(?:assinar|aderir))"
)
# How far after the count the talks may stand when no tie word follows it (folded characters).
TIE_TALKS_REACH = 80


def tie_count_of_no_china_tie(
    folded: str, clause: tuple[int, int], count_end: int, tie_start: int | None
) -> bool:
    """Whether a count of states with a tie (a free trade agreement, the Belt and Road) counts
    states whose tie is not China's: the sentence names no China and the tie is "with" another
    partner, or the words between the count and the tie tell talks or an intent, not a tie held
    ("Three countries of the region are negotiating free trade agreements with China"). The
    ties table and the stored counts hold China's ties in force or signed (round 33d: main bore
    both out by the three FTAs in force, in English, Spanish and Portuguese)."""
    if not _CHINA_WORD.search(folded) and _TIE_WITH_THIRD_PARTNER.search(
        folded, clause[0], clause[1]
    ):
        return True
    end = (
        tie_start
        if tie_start is not None and count_end <= tie_start <= clause[1]
        else min(clause[1], count_end + TIE_TALKS_REACH)
    )
    return _TIE_TALKS.search(folded, count_end, end) is not None


# A verb of lending (folded), and what may stand between its subject and it: "o Japão
# emprestou", "Russia has lent", "el BNDES le prestó", "os bancos ocidentais concederam".
_LEND_VERB = re.compile(
    r"\b(?:lent|loaned|lends|granted|extended|emprestou|emprestaram|empresta|emprestam|"
    r"concedeu|concederam|presto|prestaron|presta|prestan|otorgo|otorgaron|concedio|"
    r"concedieron)\b"
)
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
    r"|japoneses|americanos|estadounidenses|norte-?americanos)|" + _THIRD_PARTNERS_NAMES
)
_OTHER_LENDER_WORDS = re.compile(r"\b(?:" + _OTHER_LENDERS + r")$")


# A participle of lending and its agent right after a figure (folded): "… emprestados pelo", "…
# lent by the", "… otorgados por el" (the lender's name follows).
_LENT_BY_AFTER = re.compile(
    r"[^.;:\d]{0,25}?\b(?:lent|loaned|granted|extended|emprestad[oa]s?|concedid[oa]s?|"
    r"otorgad[oa]s?|prestad[oa]s?)\s+(?:by|pel[oa]s?|por)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
)
_OTHER_LENDER_AFTER = re.compile(r"(?:" + _OTHER_LENDERS + r")\b")
# A relative clause right after a figure whose subject is the lender (folded): "acima dos US$ 20
# bilhões que o Banco Mundial e o BID concederam juntos", "los 20.000 millones de dólares que el
# Banco Mundial y el BID concedieron", "the US$20 billion that the World Bank and the IDB lent"
# (the lender's name follows, then a verb of lending).
_LENT_BY_RELATIVE = re.compile(
    r"[^.;:\d]{0,20}?\s(?:que|that|which)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
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
    if number_end >= 0 and (relative := _LENT_BY_RELATIVE.match(folded, number_end)) is not None:
        # "acima dos US$ 20 bilhões que o Banco Mundial (BM) e o BID concederam juntos à
        # região", "the US$20 billion that the World Bank and the IDB lent": the lender is the
        # subject of the relative clause (round 30c: main bore the World Bank's and the IDB's
        # lending out by China's 22.1 billion of 2014, in all three languages).
        after = folded[relative.end() : relative.end() + 60]
        verb = _LEND_VERB.search(folded, relative.end(), relative.end() + LEND_VERB_REACH)
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
