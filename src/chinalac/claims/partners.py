"""Figures of partners other than China, and counts of ties that are not China's.

The store holds China's trade, loans and ties with the region only. A figure the text gives for
another partner is read under its own metric (nothing stored: unverifiable), never checked
against China's:

* **Another trading partner** (`OTHER_TRADER`): "…, solo por detrás de Estados Unidos, que en
  2025 le vendió mercancías por 4.677,8 millones de dólares" (round s15b).
* **The state's trade with the world** (`WORLD_TRADER`): "las exportaciones totales de Chile"
  (a state's flows with every partner, not with China).
* **A count of ties that are not China's** (`tie_count_of_no_china_tie`): free trade agreements
  "with the United States", or in talks.

Split from chinalac.claims.lenders (lead stop 39), which keeps whose money a loan figure is; the
lenders' rules use the names of the other partners (`THIRD_PARTNERS_NAMES`) too.
"""

from __future__ import annotations

import re

# A flow of another trading partner (round s15b): "…, solo por detrás de Estados Unidos, que en
# 2025 le vendió mercancías por 4.677,8 millones de dólares", "behind the United States, which
# sold it goods worth US$4,677.8 million". The store holds trade with China only.
OTHER_TRADER = "trade_other_partner"

# A group of China's partners other than the LAC states, named as the other side of a figure
# (folded): the Portuguese-speaking countries (Forum Macau: Brazil with Angola, Portugal,
# Mozambique …), Africa, ASEAN, the Arab states, the BRICS, the world. A figure of such a group is
# no figure of the region (lead, stop 43: "O comércio entre a China e os países de língua
# portuguesa ultrapassou 220 mil milhões de dólares" was borne out by the region's trade).
OTHER_GROUP = re.compile(
    r"(?<![\w])(?:paises\s+de\s+lingua\s+portuguesa|paises\s+lusofonos|lusofon\w*"
    r"|portuguese[\s-]speaking\s+countries|lusophone\s+countries|cplp|forum\s+(?:de\s+)?macau"
    r"|paises\s+de\s+habla\s+portuguesa|africa|african\s+countries|paises\s+african\w*"
    r"|asean|arab\s+(?:states|countries)|paises\s+arabes|brics)(?![\w])"
)


def names_another_group(folded: str) -> str | None:
    """The group of partners other than the region a sentence names (OTHER_GROUP), or None."""
    found = OTHER_GROUP.search(folded)
    return " ".join(found.group(0).split()) if found else None


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
    r"|(?<!latin\s)(?<!south\s)(?<!central\s)americans|europeus|europeos|europeans"
    # The market of the United States (round 35c: "as exportações brasileiras para o mercado
    # americano … US$ 15,2 bilhões" was read as Brazil's exports to China; "Brazil's exports to
    # the American market" in the wrong direction as well). "o mercado latino-americano", "the
    # Latin American market", "the North American market" are no such partner.
    r"|mercado\s+(?:norte-?americano|americano|estadounidense|estadunidense)"
    r"|(?<!latin\s)(?<!south\s)(?<!central\s)(?<!north\s)(?<![-\w])american\s+market"
    r"|u\.?s\.?\s+market)"
)
# The same names, to end a subject (no group of their own).
THIRD_PARTNERS_NAMES = _THIRD_PARTNERS[3:-1]
_THIRD_PARTNER_CLAUSE = re.compile(
    r"\b" + _THIRD_PARTNERS + r"\s?,\s?(?:que|which|who|quien|el\s+cual|la\s+cual|o\s+qual"
    # … or a possessive relative (round 41b: main refuted "detrás de Estados Unidos, cuyo
    # comercio con el país sudamericano superó los 30.000 millones" by Venezuela's trade with
    # China, in all three languages): "cuyo comercio", "whose trade", "cujo comércio".
    r"|a\s+qual|cuy[oa]s?|whose|cuj[oa]s?)\s(?P<rest>[^.;:()]{0,90})$"
)
# A sentence whose subject is another partner: "Estados Unidos quedó en el segundo lugar, con un
# intercambio de US$ 20.991 millones", "The United States came second, with trade of …".
_THIRD_PARTNER_SUBJECT = re.compile(
    # … also after an opening phrase set off by a comma (round 35c: main bore out "Em 2015, os
    # Estados Unidos ficaram com um superávit de US$ 4,9 bilhões no comércio com o Brasil" by
    # Brazil's surplus with China): "Nos nove meses deste ano, os Estados Unidos …", "In 2015,
    # the United States ran …", "En 2015, Estados Unidos tuvo …".
    r"(?:[^,.;:()]{1,60},\s{1,2})?"
    r"(?:(?:los|las|os|the)\s+)?" + _THIRD_PARTNERS + r"\b(?!\$)"  # not "The US$ 5 billion"
)
_CHINA_WORD = re.compile(r"\b(?:chin(?:a|ese|o|os|as|es|eses|esa|esas|eso|esos))\b")
# A sentence opening with a heading phrase that names another partner, set off by a colon or a
# comma, before the flows it lists (round 37a: main bore out "Trade with Japan in 2022: exports
# of US$38.4 billion …", "Comercio con Japón en 2022: exportaciones por …", "With Japan,
# Chile's exports reached …" by Chile's trade with China): that partner's trade, not China's.
_THIRD_PARTNER_HEADING = re.compile(
    r"(?:(?:in|en|em|no|na)\s+)?(?:(?:the|el|la|o|a)\s+)?"
    r"(?:(?:trade|commerce|comercio|intercambio|trocas|exports?|imports?|exportaciones"
    r"|importaciones|exportacoes|importacoes)\s+)?"
    r"(?:with|con|com)\s+(?:(?:the|el|la|los|las|o|os|a|as)\s+)?"
    + _THIRD_PARTNERS
    + r"\b(?!\$)[^,.;:()]{0,40}[:,]"
)
# Trade "with" another partner named before the figure, in a sentence that names no China
# (round 37a: main read the second flow of "In 2022, Chile's trade with Japan was made of exports
# of US$38.4 billion and imports of US$26 billion", "el comercio de Chile con Japón se compuso de
# … e importaciones por …", "o comércio do Chile com o Japão somou … e importações de …" as
# Chile's imports from China and bore it out; the first flow was read as Japan's already).
_TRADE_WITH_THIRD_PARTNER = re.compile(
    r"\b(?:trade|commerce|comercio|intercambio|trocas)\b[^.;:()]{0,40}?"
    r"\b(?:with|con|com)\s+(?:(?:the|el|la|los|las|o|os|a|as)\s+)?" + _THIRD_PARTNERS + r"\b(?!\$)"
)

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
    if _CHINA_WORD.search(head):
        return False
    # … or with a heading phrase that names the partner and ends at a colon or comma (round 37a).
    if _THIRD_PARTNER_SUBJECT.match(head.lstrip()) or _THIRD_PARTNER_HEADING.match(head.lstrip()):
        return True
    # … or trade with the other partner is named before the figure, and the sentence names no
    # China at all (round 37a).
    return bool(_TRADE_WITH_THIRD_PARTNER.search(head)) and not _CHINA_WORD.search(folded)


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
    r"\b(?:to|a|al|hacia|para|ao|aos|from|desde|de|da|do|dos|das|del|with|con|com"
    # "imports originating in the United States at 1 billion" (round 41a: read as imports from
    # China, held back only by the bare word "imports")
    r"|originat(?:ing|ed)\s+in)\s+"
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


# Another partner named right after the figure as its other side (folded, the text after the
# figure): "exported approximately US$10.4 billion of goods to the United States and almost US$2.3
# billion to China", "exportó unos 10.400 millones de dólares a Estados Unidos y …", "exportou
# cerca de US$ 10,4 bilhões para os Estados Unidos e …", "imported some US$15.4 billion from the
# United States". The figure's own phrase names its partner, also when China is named later in
# the clause for the next figure (round 39a: main read such figures as the state's trade with
# China, refuted the first and bore out the third by Colombia's stored flows with China).
_PARTNER_RIGHT_AFTER = re.compile(
    r"\s{0,2}(?:(?:of|in|worth\s+of|de|em|en)\s+(?:goods|products|merchandise|bienes|mercancias"
    r"|productos|mercaderias|mercadorias|produtos|bens)\s+)?"
    r"(?:to|a|al|hacia|para|ao|aos|from|desde|de|da|do|dos|das|del|with|con|com)\s+"
    r"(?:(?:la|el|los|the|o|os)\s+)?"
    r"(?:" + _THIRD_PARTNERS[3:-1] + r"|taiwan|formosa|hong\s+kong|macau|macao)\b"
)


def partner_right_after(folded: str, number_end: int) -> bool:
    """Whether the words right after the figure name another partner than China as its other
    side ("US$10.4 billion to the United States", "10.400 millones de dólares a Estados Unidos",
    "US$ 10,4 bilhões para os Estados Unidos"): that partner's trade, not China's."""
    return _PARTNER_RIGHT_AFTER.match(folded, number_end) is not None


# China named right after the figure as its other side (folded, the text after the figure): "and
# almost US$2.3 billion to China", "y unos 2.300 millones de dólares a China", "e quase US$ 2,3
# bilhões para a China", "another US$9.75 billion from China". The figure's own phrase names
# China, also when another partner's flow stands before it in the clause (stop 42, round 39a's
# miss: main read such figures as the third partner's, from the clause before).
_CHINA_RIGHT_AFTER = re.compile(
    r"\s{0,2}(?:(?:of|in|worth\s+of|de|em|en)\s+(?:goods|products|merchandise|bienes|mercancias"
    r"|productos|mercaderias|mercadorias|produtos|bens)\s+)?"
    r"(?:to|a|al|hacia|para|para\s+a|ao|from|desde|de|da|del)\s+(?:(?:la|a|the)\s+)?"
    r"(?:china|pequim|pekin|beijing)(?![\w])"
)


def china_right_after(folded: str, number_end: int) -> bool:
    """Whether the words right after the figure name China as its other side ("… and almost
    US$2.3 billion to China")."""
    return _CHINA_RIGHT_AFTER.match(folded, number_end) is not None


# Counts of the states that hold a tie with China (the ties table's and the stored counts:
# fta_count, bri_members_count).
TIE_COUNT_METRICS = frozenset({"fta_count", "bri_members_count"})
# A tie "with" a partner other than China (folded): "Three countries of the region have free
# trade agreements with the United States", "con la Unión Europea", "com o Japão", "with Taiwan".
_TIE_WITH_THIRD_PARTNER = re.compile(
    r"(?<![\w])(?:with|con|com)\s{1,3}(?:(?:the|la|el|los|las|o|a|os|as)\s{1,3})?"
    r"(?:" + THIRD_PARTNERS_NAMES + r"|taiwan|taipei|formosa)(?![\w])"
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


# A state of the region as the other side of a flow told in a sentence that names no China (round
# 40b: main bore out "El desequilibrio se repite con Venezuela, a la que la isla compró bienes por
# más de 1.582 millones" by Venezuela's stored imports from China; the island, Cuba, bought from
# Venezuela). Two shapes, folded:
# * a relative clause opened on the state: "Venezuela, a la que la isla compró …", "Venezuela, to
#   which the island sold …", "a Venezuela, da qual a ilha comprou …";
# * a past-tense flow verb with the state as its other side: "la isla compró a Venezuela bienes
#   por …", "the island bought from Venezuela goods worth …", "a ilha comprou da Venezuela …".
# China named anywhere in the sentence before the figure ("China compró a Venezuela …") keeps
# the flow China's; nouns ("las exportaciones a Venezuela") are not read, as China may own them.
_RELATIVE_ON_STATE = re.compile(
    r"\s{0,2},\s{0,2}(?:a\s+la\s+que|al\s+que|a\s+quien|a\s+la\s+cual|al\s+cual|de\s+la\s+que"
    r"|del\s+que|de\s+la\s+cual|del\s+cual|desde\s+la\s+que|desde\s+el\s+que|con\s+la\s+que"
    r"|con\s+el\s+que|to\s+which|from\s+which|with\s+which|to\s+whom|from\s+whom|a\s+qual"
    r"|ao\s+qual|da\s+qual|do\s+qual|para\s+a\s+qual|para\s+o\s+qual|com\s+a\s+qual"
    r"|com\s+o\s+qual)\s"
)
_PAST_FLOW_VERB = re.compile(
    r"\b(?:compro|compraron|vendio|vendieron|envio|enviaron|importo|importaron|exporto"
    r"|exportaron|bought|sold|shipped|sent|imported|exported|comprou|compraram|vendeu|venderam"
    r"|enviou|enviaram|importou|importaram|exportou|exportaram)\b"
)
_PAST_FLOW_TO_STATE = re.compile(
    _PAST_FLOW_VERB.pattern
    + r"\s{1,2}(?:(?:bienes|mercancias|productos|goods|products|merchandise|bens|mercadorias"
    r"|produtos)\s{1,2})?(?:a|al|de|desde|to|from|para|ao|da|do)\s{1,2}(?:(?:la|el|the|o|a)\s{1,2})?$"
)
# How far before the state's name the flow verb may stand (folded characters).
STATE_FLOW_REACH = 40


def flow_with_region_state(
    folded: str, clause: tuple[int, int], number_start: int, states: tuple[tuple[int, int], ...]
) -> bool:
    """Whether a state of the region named before the figure in its clause is the other side of
    the figure's flow, told with a past-tense verb or a relative clause opened on the state, and
    the sentence names no China before the figure: trade between two states of the region (the
    subject another state, "la isla"), not China's with either."""
    if _CHINA_REFERENCE.search(folded, 0, number_start):
        return False
    for start, end in states:
        if start < clause[0] or end > number_start:
            continue
        if _RELATIVE_ON_STATE.match(folded, end) and _PAST_FLOW_VERB.search(
            folded, end, number_start
        ):
            return True
        window = folded[max(clause[0], start - STATE_FLOW_REACH) : start]
        if _PAST_FLOW_TO_STATE.search(window):
            return True
    return False


# A balance with another partner named right before the figure, in a sentence that told a balance
# with China first (folded): "a deficit with the People's Republic of China, of 1,135 million
# dollars, which almost quadruples the deficit with Brazil (308 million dollars) and is almost ten
# times that registered with Germany (127 million dollars)", "Ecuador's deficit with China reached
# US$ 2.1 billion, while the deficit with Colombia was US$ 1.2 billion", "el déficit con China
# … casi cuadruplica el déficit con Brasil (308 millones)". The owner of the first balance owns
# the later ones: its balance with that partner, not the partner's with China (round 41a: main
# read the deficit with Brazil as Brazil's deficit with China, and refuted nothing only by a
# reporter's doubt where a stored row was near).
_BALANCE_WORD = r"(?:deficits?|surplus(?:es)?|superavits?|saldos?|balances?|balanzas?|balancas?)"
_BALANCE_WITH_CHINA = re.compile(
    r"\b" + _BALANCE_WORD + r"\b[^.;()]{0,40}?\b(?:with|con|com)\s+(?:(?:the|la|a|el)\s+)?"
    r"(?:people'?s\s+republic\s+of\s+china|republica\s+popular\s+(?:de\s+(?:la\s+)?|da\s+)?china"
    r"|china|pequim|pekin|beijing|(?:gigante|pais)\s+asiatico|asian\s+giant)\b"
)
_BALANCE_WITH_PARTNER_BEFORE = re.compile(
    r"\b(?:" + _BALANCE_WORD + r"(?:\s+(?:comercial|commercial|trade))?|that|el|o|the\s+one)"
    r"(?:\s+(?:registered|recorded|registrado|registrada|registrad[oa]s?|que\s+hay|que\s+se"
    r"\s+registra))?\s+(?:with|con|com)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
    r"(?!(?:people'?s\s+republic|republica\s+popular|china|pequim|pekin|beijing|gigante"
    r"|asian)\b)(?P<name>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"\s{0,2}(?:\(\s{0,2}|,?\s{1,2}(?:was|were|stood\s+at|reached|of|fue\s+de|fue|llego\s+a"
    r"|de|foi\s+de|foi|chegou\s+a)\s{1,2})"
    r"(?:(?:about|some|around|unos|cerca\s+de|more\s+than|mas\s+de)\s{1,2})?"
    r"(?:(?:us\$|u\$s|r\$|usd|\$|€)\s{0,2})?$"
)
BALANCE_PARTNER_REACH = 90


def balance_with_other_partner(folded: str, number_start: int) -> bool:
    """Whether the figure is a balance with a partner other than China, named right before it
    ("the deficit with Brazil (308 million dollars)", "that registered with Germany (127 …)",
    "while the deficit with Colombia was US$ 1.2 billion"), in a sentence that told a balance with
    China before that partner: the same owner's balance with another partner, not the partner's
    with China."""
    window_start = max(0, number_start - BALANCE_PARTNER_REACH)
    found = _BALANCE_WITH_PARTNER_BEFORE.search(folded, window_start, number_start)
    if found is None:
        return False
    return _BALANCE_WITH_CHINA.search(folded, 0, found.start()) is not None


# A balance's partner right before a state's name (folded, the text before the name): "the
# deficit with Brazil", "el déficit con Brasil", "o déficit com o Brasil".
_BALANCE_PARTNER_BEFORE_STATE = re.compile(
    r"\b" + _BALANCE_WORD + r"(?:\s+(?:comercial|commercial|trade))?\s+(?:with|con|com)\s+"
    r"(?:(?:the|el|la|o|a)\s+)?$"
)


def balance_partner_after(folded: str, state_start: int, number_start: int) -> bool:
    """Whether a state named after the figure is only the partner of another balance ("which
    almost quadruples the deficit with Brazil"), the figure itself being a balance with China
    told before it ("a deficit with the People's Republic of China, of 1,135 million
    dollars"): that state is not the figure's owner."""
    if state_start < number_start:
        return False
    if not _BALANCE_PARTNER_BEFORE_STATE.search(folded[max(0, state_start - 40) : state_start]):
        return False
    return _BALANCE_WITH_CHINA.search(folded, 0, number_start) is not None
