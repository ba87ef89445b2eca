"""China's share of a state's (or the region's) exports, from the phrasings the lexicon misses.

    share = X_state→CHN / X_state→World   (percent; the store's "China's share of … exports")

Four phrasings, in EN/ES/PT (folded text, see vocabulary.fold):

* China as the subject of a verb of receiving, before the percent of exports: "China … se llevó
  el 13% de sus exportaciones", "o país asiático recebeu 34,1% de tudo o que … exportaram",
  "os chineses ficam com 30,7% das exportações", "China took 13% of the region's exports";
* the exports as the subject of a verb of going to China, after the percent: "el 9,1% de las
  exportaciones nacionales fueron hacia China", "28% of its exports went to China";
* a share noun beside China: "deu à China uma fatia de 31,27% do total exportado", "China's
  share of Peru's exports reached 28%", "la participación de China en las exportaciones";
* the percent as an apposition of an amount of exports to China: "as exportações foram US$
  89,4 mil milhões ao país asiático, o equivalente a 26% de todas as vendas internacionais do
  Brasil", "lo que representa el 26% de sus exportaciones", "equivalent to 26% of its exports".

Exports of China ("exportaciones chinas", "China's exports") are another whole and are not
read. Reference: the indicator of domain/figure_indicators.py (`china_share_of_exports`).
"""

from __future__ import annotations

import re

CHINA_SHARE_OF_EXPORTS = "china_share_of_exports"

_CHINA = (
    r"(?:china|beijing|pekin|pequim|(?:el|o)\s+(?:pais|gigante|socio|parceiro)\s+asiatico|"
    r"(?:os\s+)?chineses|(?:los\s+)?chinos|the\s+asian\s+giant)"
)
_RECEIVE = (
    r"(?:took|takes|take|received|receives|absorbed|absorbs|bought|buys|accounted\s+for|"
    r"accounts\s+for|(?:was|is)\s+the\s+destination\s+(?:of|for)|"
    r"se\s+llevo|se\s+lleva|se\s+llevaba|recibio|recibe|recibia|absorbio|absorbe|absorbia|compro|"
    r"(?:fue|es|era)\s+el\s+destino\s+del?|capto|capta|"
    r"recebeu|recebe|recebia|absorveu|absorve|absorvia|comprou|fic(?:a|am|ou|aram)\s+com|levou|leva|"
    r"(?:foi|e|era)\s+o\s+destino\s+de)"
)
# Words that may stand between the verb and the number: "en promedio entre el", "about".
_FILLER = (
    r"(?:(?:en\s+promedio|on\s+average|em\s+media|entre|between|about|some|around|nearly|almost|"
    r"cerca\s+de|casi|quase|mais\s+de|more\s+than|mas\s+del?|el|la|o|a|an?|uma\s+fatia\s+de|"
    r"una\s+cuota\s+del?|a\s+share\s+of)\s+)*"
)
RECEIVED_BEFORE = re.compile(r"\b" + _RECEIVE + r"\s+" + _FILLER + r"$")
CHINA_WORD = re.compile(r"\b" + _CHINA + r"\b")
_EXPORTS = (
    r"(?:exports|exportaciones|exportacoes|total\s+exportado|lo\s+exportado|o\s+exportado|"
    r"(?:todo\s+)?lo\s+que\s+(?:[\w']+\s+){0,4}?(?:exporto|exportaron|exporta|vendio|vendieron)|"
    r"(?:tudo\s+)?o\s+que\s+(?:[\w']+\s+){0,4}?(?:exportou|exportaram|exporta|vendeu|venderam)|"
    r"(?:everything|all|what)\s+(?:[\w']+\s+){0,3}?(?:exported|exports|sold)|"
    # "de todas as vendas internacionais do Brasil", "de las ventas externas", "of its foreign
    # sales": the state's sales abroad, its exports.
    r"(?:vendas|ventas)\s+(?:internacionais|internacionales|externas|al\s+exterior|ao\s+exterior)|"
    r"(?:international|foreign|overseas|external)\s+sales|sales\s+abroad)"
)
# "… of the region's exports", "de sus exportaciones", "das exportações do País" (anchored at
# the end of the percent; not the exports of China).
# "uma participação de 32,3% em tudo o que o Brasil exportou", "en las exportaciones", "in
# its exports": the share noun's "in".
OF_EXPORTS_AFTER = re.compile(
    r"\A\s{0,2}(?:of|de|do|da|dos|das|del|em|en|in|nas|no|na)\s+(?:[\w'’]+\s+){0,4}?"
    + _EXPORTS
    + r"\b"
    r"(?!\s+(?:chin\w*|de\s+china|da\s+china|of\s+china))"
)
# "… de las exportaciones nacionales fueron hacia China", "… of its exports went to China".
WENT_TO_CHINA_AFTER = re.compile(
    r"\A\s{0,2}(?:of|de|do|da|dos|das|del)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:exports|exportaciones|exportacoes)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:went|go|goes|were\s+(?:sent|shipped)|fueron|fue|van|iban|se\s+dirigieron|foram|vao|iam|"
    r"seguiram|tuvieron\s+como\s+destino|tiveram\s+como\s+destino|had\s+as\s+destination)\s+"
    r"(?:(?:hacia|a|al|to|para|rumbo\s+a)\s+)?(?:(?:la|a|o|el|the)\s+)?" + _CHINA + r"\b"
)
# "as exportações foram US$ 89,4 mil milhões ao país asiático, o equivalente a 26% de todas as
# vendas internacionais", "exports to China of US$ 89 billion, equivalent to 26% of Brazil's
# exports", "lo que representa el 26% de …": the percent restates the amount of exports to
# China before it as a share of all exports.
EQUIVALENT_BEFORE = re.compile(
    r"(?<![\w])(?:(?:(?:o|lo|el)\s+)?equivalent(?:es?)?\s+(?:a|al|to)|equal\s+to|igual\s+al?|"
    r"(?:o\s+que|lo\s+que|que|which|that)\s+(?:representa|representam|representou|representaram|"
    r"represento|representaron|represents|represented|significou|significo|equivale|equivalia|"
    r"equivalio)|representing|accounting\s+for)\s+(?:(?:el|o|a|un|um|about|some|cerca\s+de)\s+)?$"
)
EXPORTS_TO_CHINA_BEFORE = re.compile(
    r"(?<![\w])(?:exports|exportaciones|exportacoes|ventas|vendas|sales|envios|embarques|shipments)"
    r"(?:\s+[^\s]+){0,8}?\s+(?:to|a|al|ao|para|hacia|rumo\s+a)\s+(?:(?:la|a|o|el|the)\s+)?"
    r"(?:" + _CHINA + r"|(?:pais|gigante|mercado)\s+asiatico)(?![\w])"
)
# "uma fatia de", "China's share of Peru's exports … ", "la participación de China en …".
SHARE_NOUN = re.compile(r"\b(?:share|fatia|participacao|participacion|cuota|peso)\b")
# A share noun with China, then the level it moved to (round s16b): "China's share of Brazil's
# exports fell to 26.8%", "la participación de China en las exportaciones chilenas bajó al
# 39,4%", "a participação da China nas exportações brasileiras caiu para 26,8%", "a participação
# chinesa recuou para 26,8%". Main read only shares whose "of exports" follows the number.
SHARE_LEVEL_BEFORE = re.compile(
    r"\b(?:share|fatia|participacao|participacion|cuota|peso)\b"
    r"(?P<rest>(?:\s+[^\s]+){0,12}?)"
    r"\s+(?:fell|dropped|declined|slipped|rose|climbed|increased|grew|reached|was|stood\s+at|"
    r"hit|caiu|recuou|diminuiu|subiu|cresceu|aumentou|chegou|atingiu|foi|ficou|passou|"
    r"cayo|bajo|descendio|disminuyo|retrocedio|subio|crecio|aumento|llego|alcanzo|fue|"
    r"se\s+ubico|paso|"
    # a gerund after a change in points (stop 42): "ganhou 14,1 pontos percentuais, passando de
    # 17,2% …", "rising from", "pasando del"
    r"passando|pasando|subindo|caindo|subiendo|cayendo|rising|falling|climbing|dropping|going|"
    # A perfect tense (round s23b): "had reached", "tinha atingido", "había alcanzado".
    r"(?:had|has|have)\s+(?:reached|risen|fallen|climbed|dropped)|"
    r"(?:tinha|tem|havia|teria)\s+(?:atingido|chegado|subido|caido|alcancado)|"
    r"(?:habia|ha|habria)\s+(?:alcanzado|llegado|subido|caido|trepado))"
    # "fell from 11.56% in 2019 to …": the level it left is a level too (round s17a).
    r"(?:\s+(?:to|at|a|al|para|em|en|in|de|del|from))?(?:\s+(?:el|o|the))?\s+$"
)
_CHINESE = re.compile(r"\b(?:chinesa|china|chinese|china's)\b|\bchin[ae]s\b")
_EXPORTS_WORD = re.compile(
    r"\b(?:exports|exportaciones|exportacoes|ventas\s+externas|vendas\s+externas|"
    # "a participação da China no total exportado pelo Brasil" (round s23b)
    r"total\s+exportado)\b"
)
_IMPORTS_WORD = re.compile(r"\b(?:imports|importaciones|importacoes|compras)\b")
SHARE_LEVEL_REACH = 120
_WORLD = re.compile(r"\b(?:world|world's|global|mundo|mundial|mundiales|mundiais)\b")


def _china_share_reaching(
    folded: str, clause: tuple[int, int], number_start: int
) -> re.Match | None:
    """The share noun with China beside it that reaches the level at `number_start`
    (`SHARE_LEVEL_BEFORE` ending at the number), read by both readings of such a level: with
    the share's whole in its own sentence (`_share_level`) or in the sentences before
    (`share_level_of_exports_before`). None when there is none."""
    window_start = max(clause[0], number_start - SHARE_LEVEL_REACH)
    match = SHARE_LEVEL_BEFORE.search(folded, window_start, number_start)
    if match is None or match.end() != number_start:
        return None
    china = CHINA_WORD.search(folded, max(0, match.start() - 30), match.start("rest") + 40)
    if china is None and not _CHINESE.search(folded, match.start(), match.start("rest") + 30):
        return None
    return match


def _share_level(folded: str, clause: tuple[int, int], number_start: int) -> bool:
    """China's share of the state's exports named before the level it reached: the share noun
    with China beside it, exports named between the noun and the number (or, with no flow
    word there, exports and no imports named before in the sentence)."""
    match = _china_share_reaching(folded, clause, number_start)
    if match is None:
        return False
    rest = match.group("rest")
    if _IMPORTS_WORD.search(rest) or _WORLD.search(rest):
        return False  # "China's share of world exports": China's own exports, another whole
    if _EXPORTS_WORD.search(rest):
        return True
    before = folded[: match.start()]
    return bool(_EXPORTS_WORD.search(before)) and not _IMPORTS_WORD.search(before)


# The exports to China as the subject of a copula, the percent "of the total" (round s18b): "al
# 2022, las exportaciones al país asiático fueron del 31,8% del total", "Peru's exports to China
# were 31.8% of the total", "as exportações para a China foram 31,8% do total". "Of the total"
# must close the phrase ("del total de ventas mineras" is another whole).
COPULA_BEFORE = re.compile(
    r"(?<![\w])(?:fueron|fue|son|eran|were|was|are|foram|foi|sao|eram|representaron|represento|"
    r"representan|representaram|representou|represented|made\s+up|accounted\s+for)\s+"
    r"(?:(?:del?|el|o|a|un|um|about|some|cerca\s+de)\s+)?$"
)
OF_TOTAL_AFTER = re.compile(
    r"\A\s{0,2}(?:of|de|do|del)\s+(?:(?:the|el|o)\s+)?total(?:\s+(?:exportado|exported))?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:y|e|and|en|in|em|no|na)\b)"
)


def _exports_to_china_of_total(
    folded: str, clause: tuple[int, int], number_start: int, after: str
) -> bool:
    if not OF_TOTAL_AFTER.match(after):
        return False
    near = folded[max(clause[0], number_start - NEAR) : number_start]
    if not COPULA_BEFORE.search(near):
        return False
    subjects = list(
        EXPORTS_TO_CHINA_BEFORE.finditer(
            folded, max(clause[0], number_start - SUBJECT_REACH), number_start
        )
    )
    subject = subjects[-1] if subjects else None
    # The nearest flow named before the copula is the exports to China, no imports after it.
    return subject is not None and not _IMPORTS_WORD.search(folded, subject.end(), number_start)


# How far before the number the verb or share noun may stand, and China before it (folded
# characters; a sentence's subject stands within this).
NEAR = 60
SUBJECT_REACH = 160


# "30% de todo comércio brasileiro terá a China como destino", "el 20% de las ventas externas
# tuvo como destino a China", "a fifth of its exports had China as their destination": the share
# of a state's outgoing goods bound for China. A trade word ("comércio") with a destination can
# only be exports, but that is read, not written: the caller keeps it at low confidence.
DESTINATION_AFTER = re.compile(
    r"\A\s{0,2}(?:of|de|do|da|dos|das|del)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:exports|exportaciones|exportacoes|ventas|vendas|sales|shipments|envios|embarques|"
    r"trade|comercio)\b(?:\s+[\w'’]+){0,3}?\s+"
    r"(?:tera|tem|teve|tinha|tiveram|tem|tiene|tuvo|tendra|tenia|tuvieron|has|had|have|"
    r"will\s+have)\s+(?:(?:como\s+destino|as\s+(?:its|their\s+)?destination)\s+)?"
    r"(?:(?:a|la|o|el)\s+)?" + _CHINA + r"\s+(?:como\s+destino|as\s+(?:its\s+|their\s+)?"
    r"destination)\b|"
    r"\A\s{0,2}(?:of|de|do|da|dos|das|del)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:exports|exportaciones|exportacoes|ventas|vendas|sales|shipments|envios|embarques|"
    r"trade|comercio)\b(?:\s+[\w'’]+){0,3}?\s+"
    r"(?:tera|tem|teve|tinha|tiveram|tiene|tuvo|tendra|tenia|tuvieron)\s+como\s+destino\s+"
    r"(?:(?:a|la|o|el)\s+)?" + _CHINA + r"\b"
)


def china_as_destination(folded: str, mention_end: int) -> bool:
    """The percent ending at `mention_end` is the part of a state's trade or exports that has
    China as its destination ("30% de todo comércio brasileiro terá a China como destino")."""
    return DESTINATION_AFTER.match(folded[mention_end : mention_end + 200]) is not None


# A sentence whose verb has no subject before it but a year, or "it"/"ela" ("En 2019 recibía el
# 11,56 por ciento de …", "In 2019 it received 11.56 percent of …"), and a sentence before it that opens
# with China as its subject ("China, el mayor mercado del planeta, pesa cada vez menos como
# destino."): the subject of the verb is China.
SUBJECTLESS_LEAD = re.compile(
    r"(?:(?:en|em|in|durante|during)\s+(?:el\s+|o\s+)?\d{4},?\s*)?(?:it|ela)?"
)
CHINA_OPENS = re.compile(
    r"(?<!\s)\s*(?:(?:en|em|in)\s+\d{4},?\s+)?(?:la\s+|a\s+)?" + _CHINA + r"\b"
)


def _china_opens_before(folded: str, verb_start: int, previous: str) -> bool:
    return bool(
        previous
        and SUBJECTLESS_LEAD.fullmatch(folded[:verb_start].strip())
        and CHINA_OPENS.match(previous)
    )


# The level a share moved to, after the level it left (folded, right before the second
# number): "passou de 17,2% em 2012 para 31,3%", "rose from 17.2% in 2012 to 31.3%", "pasó del
# 17,2% en 2012 al 31,3%". The first level is read by the phrasings above; the second is the
# same share (stop 42: main read the first and left the second with no metric, in the three
# languages).
TO_LEVEL_BEFORE = re.compile(
    r"(?<![\d.,])(?P<level>\d[\d.,]*\s?(?:%|por\s+ciento|por\s+cento|per\s?cent|percent))"
    r"(?:\s+(?:en|em|in|no|na)\s+(?:el\s+|o\s+)?\d{4})?,?\s+(?:to|a|al|para|ate|hasta)\s+"
    r"(?:(?:el|o|the)\s+)?$"
)
TO_LEVEL_REACH = 40


def china_share_of_exports(
    folded: str,
    clause: tuple[int, int],
    number_start: int,
    mention_end: int,
    previous: str = "",
) -> str | None:
    """The metric `china_share_of_exports` when the percent ending at `mention_end` is China's
    share of a state's exports, in one of the phrasings above, or the level that share moved to
    after one so read (`TO_LEVEL_BEFORE`); else None. `previous` is the sentence before
    (folded), whose subject a sentence with no subject of its own continues."""
    moved = TO_LEVEL_BEFORE.search(
        folded, max(clause[0], number_start - TO_LEVEL_REACH), number_start
    )
    if moved is not None and moved.end() == number_start:
        first = china_share_of_exports(
            folded, clause, moved.start("level"), moved.end("level"), previous
        )
        if first is not None:
            return first
    after = folded[mention_end : mention_end + 200]
    if WENT_TO_CHINA_AFTER.match(after):
        return CHINA_SHARE_OF_EXPORTS
    of_exports = OF_EXPORTS_AFTER.match(after)
    if of_exports is None and _share_level(folded, clause, number_start):
        return CHINA_SHARE_OF_EXPORTS
    if of_exports is None and _exports_to_china_of_total(folded, clause, number_start, after):
        return CHINA_SHARE_OF_EXPORTS
    if of_exports is None or "chin" in of_exports.group(0):
        return None  # "… of China's exports": China's own exports, another whole
    near = folded[max(clause[0], number_start - NEAR) : number_start]
    before = folded[max(0, number_start - SUBJECT_REACH) : number_start]
    if received := RECEIVED_BEFORE.search(near):
        # The subject may stand before a colon ("China desplazó …: en 2022 se llevó el 13%"),
        # or open the sentence before when this one has none ("China … pesa cada vez menos
        # como destino. En 2019 recibía el 11,56 por ciento de las exportaciones colombianas").
        verb_start = max(clause[0], number_start - NEAR) + received.start()
        if CHINA_WORD.search(before) or _china_opens_before(folded, verb_start, previous):
            return CHINA_SHARE_OF_EXPORTS
        return None
    if EQUIVALENT_BEFORE.search(near) and EXPORTS_TO_CHINA_BEFORE.search(
        folded, max(0, number_start - SUBJECT_REACH), number_start
    ):
        return CHINA_SHARE_OF_EXPORTS
    share = SHARE_NOUN.search(near)
    if share and CHINA_WORD.search(folded, max(0, share.start() - 30), number_start):
        return CHINA_SHARE_OF_EXPORTS
    return None


# A share of China that reaches a level in a sentence naming no flow, whose exports a sentence
# before names (round r55c): "A fatia chinesa nas vendas externas do Brasil ganhou quatro pontos
# em 2020. … Com a pandemia, a fatia da China disparou e chegou a 32,3% em 2020.", "China's
# share of Brazil's exports rose again. … With the pandemic, China's share jumped to 32.3%",
# "La participación china en las exportaciones … Con la pandemia, la cuota de China llegó al
# 32,3%". Going back at most two sentences, each one passed over must take the share up (a share
# noun, no flow word); the first naming a flow must name exports with a share noun and China,
# and no imports, trade or world. Read, not written: the caller keeps it at low confidence.
_OTHER_FLOW = re.compile(
    r"\b(?:trade|comercio|intercambio|investment|investments|inversion|inversiones|"
    r"investimento|investimentos|loans|prestamos|emprestimos|market|mercado)\b"
)
_WHOLE_AFTER = re.compile(r"\A\s{0,2}(?:of|de|do|da|dos|das|del)\b")
EARLIER_SHARE_SENTENCES = 2


def share_level_of_exports_before(
    folded: str, clause: tuple[int, int], number_start: int, mention_end: int, earlier: list[str]
) -> bool:
    """True when the percent starting at `number_start` is the level China's share reached
    (`SHARE_LEVEL_BEFORE`), its sentence names no flow and no whole after the percent, and the
    sentences before (`earlier`, nearest first) name China's share of exports as above."""
    match = _china_share_reaching(folded, clause, number_start)
    if match is None:
        return False
    if _WHOLE_AFTER.match(folded, mention_end):
        return False  # "chegou a 32,3% das importações": a whole of its own
    for words in (_EXPORTS_WORD, _IMPORTS_WORD, _WORLD, _OTHER_FLOW):
        if words.search(folded):
            return False  # the sentence's own flow decides, as the phrasings above read it
    for sentence in earlier[:EARLIER_SHARE_SENTENCES]:
        if not SHARE_NOUN.search(sentence):
            return False
        if (
            _IMPORTS_WORD.search(sentence)
            or _WORLD.search(sentence)
            or _OTHER_FLOW.search(sentence)
        ):
            return False
        if _EXPORTS_WORD.search(sentence):
            return bool(CHINA_WORD.search(sentence) or _CHINESE.search(sentence))
    return False
