"""Find the numbers a sentence states, and what each is (money, share, count, rank …).

Works on one sentence at a time, on its folded text (same offsets as the original). Steps:
set aside citations and labels (citations.py); read dates and periods (periods.py) so that
years are not counted; read every number in digits or words; attach what surrounds it —
a hedge before it ("nearly", "más de"), a currency and scale around it ("US$ … billion",
"… mil millones de dólares"), "%" or "times" after it, or the noun it counts; then read
rank words ("second-largest trading partner", "the first country to …").
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from dataclasses import dataclass

from chinalac.claims.article_date import find_relative_dates
from chinalac.claims.citations import excluded_spans, inside, overlaps
from chinalac.claims.models import Kind, Period, Qualifier
from chinalac.claims.number_words import HALF_CENTURY, find_word_numbers
from chinalac.claims.numbers import NUMBER, parse_number, scale_at
from chinalac.claims.periods import PeriodMention, find_periods
from chinalac.claims.vocabulary import count_nouns, fold, qualifiers, ranks, rows, stopwords

MAX_NUMBER_VALUE = 1e15  # larger digit strings are identifiers or noise, never a reported figure

PERCENT = re.compile(
    r"\s?(?:%|percent\b|per\s+cent\b|por\s+ciento\b|por\s+cento\b|pct\b|percentage\s+points?\b|puntos?\s+porcentual(?:es)?\b|"
    # "pontos porcentuais", the Brazilian spelling, and the singular point (round r55c)
    r"pontos?\s+(?:percentua|porcentua)(?:l|is)\b)"
)
MULTIPLE = re.compile(r"(?:\s?-?fold\b|\s+times\b|\s+veces\b|\s+vezes\b|x\b)")
# "35° aniversario": the degree sign that stands for "º" is no word character, so no word
# boundary follows it before a space (round s22b: "35°" was read as a count of 35).
ORDINAL_SUFFIX = re.compile(r"(?:(?:st|nd|rd|th|\.?º|\.?ª)\b|°(?![\w°]))")
NOUN_STOP = frozenset(
    [
        "of",
        "in",
        "to",
        "from",
        "that",
        "which",
        "with",
        "for",
        "at",
        "by",
        "on",
        "as",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "been",
        "be",
        "and",
        "or",
        "than",
        "more",
        "but",
        "while",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "per",
        "into",
        "over",
        "under",
        "de",
        "del",
        "en",
        "que",
        "con",
        "para",
        "por",
        "y",
        "o",
        "se",
        "es",
        "son",
        "fue",
        "eram",
        "era",
        "los",
        "las",
        "el",
        "la",
        "um",
        "uma",
        "do",
        "da",
        "dos",
        "das",
        "em",
        "no",
        "na",
        # Portuguese contractions, as "no"/"na" (round 35c: "200 mil barris diários nos nove
        # anos seguintes" ran over the duration after it, which went unread).
        "nos",
        "nas",
        "num",
        "numa",
        "pelo",
        "pela",
        "pelos",
        "pelas",
        "ao",
        "aos",
        "e",
        "a",
        # A hedge opens the next phrase ("Brazil's main trading partner almost a decade ago",
        # "o maior parceiro comercial quase dez anos atrás"): it ends the noun (round 29e: the
        # rank's span ran over the hedge and the duration).
        "almost",
        "nearly",
        "roughly",
        "approximately",
        "casi",
        "quase",
        "aproximadamente",
        "since",
        "ago",
        "later",
        "after",
        "before",
        "earlier",
        "desde",
        "atras",
        "antes",
        "despues",
        "depois",
        "hacia",
        "toward",
        "towards",
        "hasta",
        "ate",
        # "Exporta casi 10.000 millones pero importa algo más": a conjunction ends the noun of a
        # count ("pero importa algo" was read as what 10,000 million counted; round s22b).
        "pero",
        "mas",
        "sino",
        "aunque",
        "embora",
        "mientras",
        "enquanto",
        "whereas",
        "although",
    ]
)
STRUCTURE_NOUNS = frozenset(
    [
        "chapter",
        "chapters",
        "section",
        "sections",
        "article",
        "paragraph",
        "part",
        "parts",
        "point",
        "points",
        "page",
        "pages",
        "capitulo",
        "seccion",
        "articulo",
        "parte",
    ]
)
# Parts of a year after an ordinal name a period ("in the first quarter", "no primeiro
# semestre"), which the period reader takes; they rank nothing.
PART_OF_YEAR_NOUNS = frozenset(
    ["quarter", "quarters", "half", "trimestre", "trimestres", "semestre", "semestres",
     "bimestre", "bimester", "semester", "cuatrimestre", "quadrimestre", "mitad", "metade"]
)  # fmt: skip
# Spans of time after "latest"/"último" name a period ("en el último año", "no último ano",
# "in the latest year", "en los últimos meses"), which ranks nothing.
TIME_SPAN_NOUNS = frozenset(
    ["year", "years", "month", "months", "decade", "decades", "ano", "anos", "meses", "mes",
     "decada", "decadas", "tiempo", "tempo", "periodo", "ejercicio", "exercicio"]
)  # fmt: skip
RANK_EXCLUDE_NEXT = re.compile(
    # The verbs are whole words: "the top export destination" is a rank, though "e" (é) and
    # "es" begin "export" and "economy".
    r"^(?:\s*(?:one\s+)?(?:(?:is|was|are|were|se|es|son|e|foi|of all|place|lugar|instance)(?![\w])"
    r"|,|\.|;|:))"
)
# "ocupa el séptimo lugar", "ocupa o sétimo lugar", "ranks in seventh place": a place held is a
# rank (the list's "En cuarto lugar" has no verb of holding and stays a text-structure word).
# "à frente do segundo colocado", "el segundo clasificado" (round 33c): the one placed second.
PLACE_AFTER = re.compile(
    r"^\s+(?:lugar|place|posicion|posicao|puesto|posto|colocad[oa]|clasificad[oa]|classificad[oa])\b"
)
# Verbs of holding a place, shared by the two readings below (each adds its own forms).
PLACE_VERBS = (
    r"ocupa|ocupan|ocupo|ocupaba|ocupou|ocupava|ocupam|ocuparon|ocuparam|ocupaban|ocupavam|"
    r"occupies|occupied|holds|held|ranks|ranked|"
    r"finished|se\s+ubica|se\s+ubico|figura|fica|ficou|aparece|quedo|quedaron|queda|quedan|"
    # "ha conservado el primer lugar del ranking", "mantuvo el primer lugar", "manteve o primeiro
    # lugar", "kept first place" (round s20b): a place kept is a place held.
    r"conserva|conservo|conservado|conservaba|mantiene|mantuvo|mantenido|mantenia|mantem|"
    r"manteve|mantido|mantinha|keeps|kept|retains|retained|"
    # "siguió en el segundo lugar de origen de las importaciones", "continúa en el primer lugar",
    # "seguia no segundo lugar", "stayed in second place" (round 35b: main read no rank).
    r"sigue|siguio|seguia|siguen|siguieron|continua|continuo|continuaba|segue|seguiu|seguem|"
    r"continuou|remains|remained|stays|stayed"
)
OCCUPIES_BEFORE = re.compile(
    rf"(?<![\w])(?:{PLACE_VERBS}|esta|esta\s+en)(?:\s+(?:en|em|in))?\s+(?:el|o|the|un|um|a)$"
)
# A place held with no determiner before the ordinal: "quedó en segundo lugar", "ficou em
# segundo lugar", "se ubicó en el segundo lugar"; a place among a group, the verb after it:
# "Em segundo lugar entre os produtos vendidos … ficou o minério", "in second place among";
# and English ranking verbs: "ranked second", "came in third". A bare "En segundo lugar," opens
# an item of a list and stays no claim.
HELD_VERB_BEFORE = re.compile(
    rf"(?<![\w])(?:{PLACE_VERBS}|placed|came|comes|se\s+ubicaba|se\s+ubicaron|se\s+ubican|"
    r"se\s+situa|se\s+situo|se\s+situaron|se\s+situan|se\s+coloca|se\s+coloco|se\s+colocaron|"
    r"se\s+colocou|se\s+colocaram|se\s+posiciono|quedaba|figuraba|ficam|ficaram|ficava|aparecia|"
    r"estaba|estava)(?:\s+(?:en|em|in|at))?(?:\s+(?:el|o|the))?$"
)
PLACE_AMONG = re.compile(
    r"^\s+(?:lugar|place|posicion|posicao|puesto|posto)\s+(?:entre|among|dentre|de\s+la\s+lista|"
    r"da\s+lista|en\s+el\s+ranking|no\s+ranking|in\s+the\s+ranking)\b"
)
# "En segunda posición quedó la celulosa", "Em terceiro lugar ficou o petróleo", "In second
# place came soy": the place first, then the verb of holding it and what holds it.
PLACE_THEN_HELD = re.compile(
    r"^\s+(?:lugar|place|posicion|posicao|puesto|posto)\s+(?:quedo|quedaron|se\s+ubico|"
    r"se\s+ubicaron|figura|figuro|figuraron|aparece|aparecen|aparecio|esta|estuvo|ficou|ficaram|"
    r"fica|ficam|aparecem|apareceu|vem|vinha|viene|venia|came|comes|stood|stands|was|were)\s"
)
ENGLISH_RANK_VERB = re.compile(r"(?<![\w])(?:ranks|ranked|placed|came(?:\s+in)?|finished)$")
# A place held with no "lugar" after the ordinal, the verb of holding or coming right before it:
# "o Chile ficou em terceiro na América Latina", "o México vem em segundo entre os parceiros", "a
# Argentina veio em quarto.", "Chile quedó tercero en la región", "llegó en segundo" (round 33c:
# main read no rank). Only a scope ("na", "en", "entre", "com"), a comma or a full stop may follow:
# "ficou em segundo plano" stays no rank.
ROMANCE_BARE_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:ficou|fica|ficam|ficaram|vem|veio|vinha|vieram|chegou|aparece|apareceu|"
    r"quedo|quedaron|queda|quedan|viene|vino|llego|aparecio)(?:\s+(?:em|en))?$"
)
ROMANCE_BARE_PLACE_AFTER = re.compile(
    r"^(?:\s*[,.;:)]|\s*$|\s+(?:na|no|nas|nos|en|entre|dentre|com|con|among|in)\s)"
)
# The verb of a place left out in a run of places: "Hong Kong veio em quarto lugar, com …, e os
# Emirados Árabes em quinto, com …", "y los Emiratos en quinto, con …" (round 34c: main read no
# rank). A place word or a verb of a place stands earlier in the sentence; "em/en" then the
# ordinal, then a comma and "com/con" (the figure of the one placed) or the sentence's end.
# A bare ordinal opening a clause of a run, its verb and the one placed after it: "…, y tercero
# fue Estados Unidos, con US$ 242 millones", "e terceiro foi os Estados Unidos", "and third came
# the United States" (round 35b: main read no rank). Not a first ("Primero fue la crisis" orders
# a narrative) and not an ordinal that opens its sentence ("Segundo, …").
RUN_ORDINAL_BEFORE = re.compile(r"(?:,|\s(?:y|e|and))$")
RUN_ORDINAL_AFTER = re.compile(
    r"^\s+(?:fue|fueron|quedo|quedaron|se\s+ubico|vino|llego|foi|foram|ficou|ficaram|veio|"
    r"vieram|chegou|came|was|were)\s+[^\W\d_]"
)
ELIDED_PLACE_BEFORE = re.compile(r"(?<![\w])(?:em|en)$")
ELIDED_PLACE_AFTER = re.compile(r"^(?:\s*,\s*(?:com|con)\s|\s*[.;]|\s*$)")
ELIDED_PLACE_EARLIER = re.compile(
    r"(?<![\w])(?:lugar|posicao|posicion|puesto|posto|colocad[oa]|clasificad[oa]|ficou|veio|vem"
    r"|vinha|quedo|vino|viene|llego|chegou)(?![\w])"
)
# A bare place opening its clause, the verb of holding it and its holder after it: "Em segundo
# lugar está Minas Gerais, … e em terceiro aparece Goiás", "y en tercero aparece Goiás" (round
# 35c: main read no rank). "Em segundo, …" (a comma) and "em segundo plano" (no verb) stay no
# rank; "em/en" stands right before the ordinal (ELIDED_PLACE_BEFORE).
BARE_PLACE_THEN_HELD = re.compile(
    r"^\s(?:aparece|aparecem|apareceu|vem|vinha|fica|ficou|ficam|ficaram|esta|figura|figuram"
    r"|figurou|surge|queda|quedo|viene|vino|aparecio|se\s+ubica|se\s+ubico|se\s+situa)"
    r"\s(?:(?:o|a|os|as|el|la|los|las)\s)?[a-z]"
)
# "one of the largest partners", "uno de los principales socios", "um dos maiores": a rank
# shared with others is no rank of one.
ONE_OF_BEFORE = re.compile(
    r"(?<![\w])(?:one\s+of|among|uno\s+de|una\s+de|entre|um\s+dos|uma\s+das|dentre)\s+"
    r"(?:the|los|las|os|as|sus|seus|suas|its|their)$"
)
# Superlatives of size or weight after a determiner rank first: "as vendas para a China foram
# as mais expressivas", "os produtos chineses foram os mais comprados", "the most important
# partner", "el más importante". Only adjectives of weight and participles of trade: "the most
# dynamic region" ranks nothing the store holds.
SUPERLATIVE = re.compile(
    r"(?<![\w])(?:the|el|la|los|las|o|os|as)\s+(?:most|mas|mais)\s+(?:important|importantes?|"
    r"relevant|relevantes?|significant|significativ[oa]s?|expressiv[oa]s?|expresiv[oa]s?|"
    r"comprad[oa]s?|vendid[oa]s?|exportad[oa]s?|importad[oa]s?|purchased|bought|sold|exported|"
    r"imported)(?![\w])"
)
# A superlative of size or weight after the partner it ranks, with the determiner before the
# noun: "el socio comercial más grande de China en el Caribe", "o parceiro comercial mais
# importante", as "el mayor socio comercial" (round r55d: main read no rank in it). Singular
# only: "los socios más importantes" may be one of several.
POSTPOSED_SUPERLATIVE = re.compile(
    r"(?<![\w])(?:el|la|o|a)\s(?P<noun>(?:socio|socia|parceiro|parceira)(?:\scomercial)?)\s"
    r"(?:mas|mais)\s(?:grande|importante)(?![\w])"
)
# A rank in apposition, after a comma, with the superlative it ranks by: "as de minério de
# ferro, segundo item mais importante da pauta", "el cobre, segundo producto más exportado".
APPOSITION = re.compile(
    r"^\s+[^\W\d_]+\s+(?:mais|mas|most)\s+[^\W\d_]+|^[\s\-]+(?:largest|biggest|mayor|maior)\b"
)
# A first rank told by a relative clause of trade: "la economía de la cual más importamos",
# "o país do qual mais compramos", "the country from which it imports most".
RELATIVE_SUPERLATIVE = re.compile(
    r"(?<![\w])(?:el|la|o|a|the)\s+[^\W\d_]+\s+(?:(?:de\s+la\s+cual|del\s+cual|al\s+cual|"
    r"a\s+la\s+cual|da\s+qual|do\s+qual|ao\s+qual|a\s+qual|para\s+o\s+qual|para\s+a\s+qual)"
    r"\s+(?:[^\W\d_]+\s+){0,2}(?:mas|mais)\s+(?:importa|exporta|compra|vende)[^\W\d_]*"
    r"|(?:from|to)\s+which\s+(?:[^\W\d_]+\s+){1,3}(?:imports?|exports?|buys|sells|bought|sold)"
    r"\s+(?:the\s+)?most(?![\w]))"
)
PREPOSITION_FIRST = re.compile(r"(?:among|entre|dentre|pelo|pela|por|by|in|en|em|of|de)(?![\w])")
# A rank is an ordinal or superlative after a determiner: "the first country", "its first-ever
# policy paper", "su mayor socio"; "This paper first analyzes" is an adverb.
DETERMINER_BEFORE = re.compile(
    r"(?:^|[\s(\"“])(?:the|its|their|his|her|our|a|an|el|la|los|las|su|sus|un|una|o|a|os|as|seu|sua|seus|suas|um|uma"
    r"|como|its\s+new|um\s+novo|un\s+nuevo|a\s+new|\w+['’]s"
    # The first-person possessive in Spanish and Portuguese, as "our" in English: '"China es
    # nuestro principal socio comercial"', '"A China é o nosso principal parceiro comercial"'
    # (round 51a: main read no rank in them; OURS_BEFORE gives the rank the state the text is
    # about, as for "our").
    r"|nuestro|nuestra|nosso|nossa"
    # A name ending in "s" whose possessive is the apostrophe alone: "The Bahamas' largest trade
    # partner", "Honduras' second largest trading partner" (round 35a: main read no rank).
    r"|\w+s['’]"
    # "el puesto de principal socio comercial", "a posição de maior parceiro", "its position as
    # top trading partner" (round s16a): a rank held as a post, with no determiner of its own.
    r"|(?:puesto|posicion|posto|posicao|condicion|condicao|papel|rol)\s+de"
    # "tirou aos Estados Unidos o lugar de principal parceiro comercial do Brasil", "le quitó a
    # Estados Unidos el lugar de principal socio" (round r53b); never "en lugar de", "em lugar
    # de" (instead of).
    r"|(?<!en\s)(?<!em\s)lugar\s+de"
    r"|(?:position|status|role|place)\s+(?:as|of))$"
)
# A state named right before an English partner rank with its "'s" left out, after China or a
# verb of being (folded head; the name's capital checked on the original): "soya has made China
# Argentina second largest trading partner", "China is Argentina second largest trading
# partner" (round 34a: main read no rank). A name opening its clause ("Brazil second largest
# partner of China", a headline's subject) is not read so.
ELIDED_POSSESSIVE_CUE = frozenset(
    {"china", "is", "was", "became", "becomes", "remains", "remained", "become"}
)
ELIDED_POSSESSIVE_AFTER = re.compile(
    r"^\s(?:trading\s|trade\s|commercial\s)?(?:partner|supplier|buyer|market)(?![\w])"
)


def _elided_possessive(text: str, head: str, rest: str, lang: str) -> bool:
    """A partner rank after a capitalised name that stands for "<name>'s" (see above): the
    name is one or two capitalised words, right after China or a verb of being."""
    if lang != "en" or not ELIDED_POSSESSIVE_AFTER.match(rest[:40]):
        return False
    words = head[-48:].split()
    original = text[: len(head)].split()[-len(words) :] if words else []
    for size in (1, 2):
        if len(words) <= size or len(original) != len(words):
            continue
        name = original[-size:]
        if words[-size - 1] in ELIDED_POSSESSIVE_CUE and all(
            w[:1].isupper() and w.isalpha() and w.lower() not in ELIDED_POSSESSIVE_CUE for w in name
        ):
            return True
    return False


# A preposition fused with its article before the ordinal of a meeting (folded): "No quarto
# encontro ministerial", "na quarta reunião", "del cuarto foro", "al tercer encuentro"
# (round s22c: the Portuguese "no quarto encontro ministerial" was not read as a rank).
CONTRACTION_BEFORE = re.compile(r"(?:^|[\s(\"“])(?:no|na|do|da|ao|pelo|pela|del|al)$")
# What follows the word "year" of an agreement's life (folded): "de vigencia", "of its
# validity", "in force". One pattern for both readers of it: the rank after a contraction here,
# and rules/ties_rank.YEAR_IN_FORCE, which dates the tie (stop 39 had written it twice).
IN_FORCE_AFTER_YEAR = (
    r"\s{1,2}(?:(?:de|of)\s{1,2}(?:(?:su|sua|its)\s{1,2})?(?:vigencia|validity)"
    r"|in\s{1,2}force)(?![\w])"
)
# … and before a year of a tie in force: "no segundo ano de vigência do TLC", "en el segundo año
# de vigencia" (folded; round 33b left the Portuguese contraction unread, and with it the
# year-in-force rule, rules/ties_rank._years_in_force).
YEAR_IN_FORCE_AFTER = re.compile(r"^\s+(?:ano|year)" + IN_FORCE_AFTER_YEAR)
MEETING_AFTER = re.compile(
    r"(?<!\s)\s+(?:encontro|encuentro|reuniao|reunion|ministerial|cumbre|cupula|foro|forum"
    # "con motivo del primer aniversario del establecimiento de relaciones", "pelo quinto
    # aniversário" (round 28b: main read "the first anniversary" only in English).
    r"|aniversario"
    # "na terceira edição do boletim", "da quinta edição do fórum": an edition, as "the third
    # edition" and "la tercera edición" are read (round 39c: main read no rank in Portuguese).
    r"|edicao)\b"
)
# … and before a trading partner's place: "outro recorde do maior parceiro comercial do
# Brasil", "la posición del principal socio", "ao segundo maior parceiro" (round s22c).
PARTNER_AFTER = re.compile(
    r"(?<!\s)\s+(?:(?:maior|mayor|largest|biggest)\s+)?(?:parceiro|parceira|socio|socia|"
    r"partner|fornecedor|proveedor|supplier|comprador|compradora|buyer)\b"
)
# … and before a run of years or times: "pelo segundo ano seguido", "pela terceira vez
# consecutiva", "por segundo año consecutivo" (round s24c: English "for the second year in a
# row" was read, the Portuguese and Spanish were not).
RUN_BEFORE = re.compile(r"(?:^|[\s(\"“])(?:pelo|pela|por)$")
RUN_AFTER = re.compile(r"(?<!\s)\s+(?:ano|anos|vez|mes)\s+(?:seguid[oa]s?|consecutiv[oa]s?)\b")
# Rank words that are whole claims without a noun after them ("la cifra más alta", "um novo
# recorde", "el primero de los países").
SELF_STANDING_RANKS = re.compile(r"^(?:record|recorde|cifra|nivel|novo|all|maior\s+valor)")
FOLD_WORD = re.compile(
    r"(?<![\w\-])(two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)fold(?![\w])"
)
# Verbs of multiplying: "trade doubled", "made trade triple over ten years", "se triplicó",
# "dobrou". The multiple is the verb's; journalists round it, so it is read as approximate.
VERB_MULTIPLE = re.compile(
    # "nearly double that of 2022", "almost doubles the debt", "casi el doble", "quase o dobro"
    # (round s22a: a hedged double, in the present or as an adjective, was read as no claim).
    r"(?<![\w\-])(?:(?P<near_two>(?:nearly|almost|casi|quase)\s+(?:doubles|double|el\s+doble"
    r"|o\s+dobro|duplica|dobra))|"
    # "mais do dobro", "más del doble", "more than double(d)", "quase o triplo", "casi el
    # triple" (round s24c: a bound on a multiple, or a hedged triple, was read as no claim).
    r"(?P<more_two>(?:more\s+than|mais\s+do|mais\s+que\s+o|mas\s+del|mas\s+que\s+el)\s+"
    r"(?:doubled|double|dobro|doble))|"
    r"(?P<more_three>(?:more\s+than|mais\s+do|mais\s+que\s+o|mas\s+del|mas\s+que\s+el)\s+"
    r"(?:tripled|triple|triplo))|"
    r"(?P<near_three>(?:nearly|almost|casi|quase)\s+(?:triples|triple|el\s+triple|o\s+triplo"
    r"|triplica))|"
    # "casi cuadruplica el déficit con Brasil", "quase quadruplica", "nearly quadruples" (round
    # 30b: a hedged multiple of four, in the present, was read as no claim).
    r"(?P<near_four>(?:nearly|almost|casi|quase)\s+(?:quadruples|quadruple|cuadruplica|cuadriplica"
    r"|quadruplica|quadriplica|el\s+cuadruple|o\s+quadruplo))|"
    r"(?P<two>doubled|doubling|duplico|duplicaron|duplicado|duplicou|duplicaram|"
    r"dobrou|dobraram)|(?P<three>tripled|tripling|triplico|triplicaron|triplicado|triplicou|"
    r"triplicaram)|(?P<four>quadrupled|quadrupling|cuadruplico|cuadruplicaron|cuadruplicado|"
    # "se cuadriplicaron", "quadriplicou": the spelling with an i, as common (round s20b).
    r"cuadriplico|cuadriplicaron|cuadriplicado|quadruplicou|quadruplicaram|quadriplicou|"
    r"quadriplicaram)|(?P<five>quintupled|quintupling|quintuplico|quintuplicaron|"
    r"quintuplicado|quintuplicou|quintuplicaram)|(?P<base>double|triple)(?=\s+(?:over|in|since|from|between|"
    r"during|within)\b))(?![\w\-])"
)
OUT_OF = re.compile(r"(?<!\s)\s+out\s+of\b")
# "21 out of the 33 countries", "21 out of 33", "21 dos 33 países" (round s17a: main read the
# whole, 33, as a count of its own and refuted it by the stored 21).
AMOUNT_WORDS = re.compile(
    r"^\s+(?:(?:out\s+of|of|de)\s+(?:the|these|those|them|ellos|ellas|eles|elas|los|las|estos|estas|os|as|esses|essas)\b"
    r"|out\s+of\b(?=\s+\d)|dos\b(?=\s+\d)|das\b(?=\s+\d))"
    r"(?:\s+(?:are|were|is|was|being|son|eran|sao|eram)\b)?"
)


# Shares in words: "just under half", "la mitad", "metade", "two thirds", "dois terços",
# "one in five", "1 de cada 5", "um em cada cinco" (a percentage of a whole).
SHARE_WORDS = {
    "half": 50.0, "la mitad": 50.0, "mitad": 50.0, "metade": 50.0, "a metade": 50.0,
    "a third": 100 / 3, "one third": 100 / 3, "un tercio": 100 / 3, "um terco": 100 / 3,
    # "almost one-third of China's food imports" (round s17a: the hyphen hid the share).
    "one-third": 100 / 3, "one-quarter": 25.0,
    "two thirds": 200 / 3, "two-thirds": 200 / 3, "dos tercios": 200 / 3,
    # "below one-thousandth of the total", "la milésima parte", "a milésima parte" (round s15b).
    "one-thousandth": 0.1, "one thousandth": 0.1, "a thousandth": 0.1, "la milesima parte": 0.1,
    "una milesima parte": 0.1, "a milesima parte": 0.1, "uma milesima parte": 0.1,
    "dois tercos": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "una cuarta parte": 25.0,
    "three quarters": 75.0, "three-quarters": 75.0, "tres cuartas partes": 75.0,
    "tres quartos": 75.0,
    # "una octava parte de la economía mundial", "one eighth of the world economy", "um oitavo
    # da economia mundial"; fifths and tenths alike (round 30d: main read no share in them).
    "one fifth": 20.0, "one-fifth": 20.0, "a fifth": 20.0, "una quinta parte": 20.0,
    "la quinta parte": 20.0, "um quinto": 20.0, "uma quinta parte": 20.0,
    "one eighth": 12.5, "one-eighth": 12.5, "an eighth": 12.5, "una octava parte": 12.5,
    "la octava parte": 12.5, "um oitavo": 12.5, "uma oitava parte": 12.5,
    "one tenth": 10.0, "one-tenth": 10.0, "a tenth": 10.0, "una decima parte": 10.0,
    "la decima parte": 10.0, "um decimo": 10.0, "uma decima parte": 10.0,
}  # fmt: skip
SHARE_WORD = re.compile(
    # "the first three quarters", "the first half", "a primeira metade": parts of a year.
    r"(?<![\w\-])(?<!first )(?<!second )(?<!last )(?<!primera )(?<!primeira )(?<!segunda )"
    r"(?<!ultima )(?P<w>"
    + "|".join(sorted((re.escape(w) for w in SHARE_WORDS), key=len, reverse=True))
    + r")(?![\w\-])(?!\s+(?:a\s+|an\s+|of\s+a\s+|de\s+)?(?:trillion|billion|million|century|"
    r"decade|year|hour|billon|millon|trilhao|bilhao|milhao|seculo|siglo|ano|hora)s?\b)"
    # "Quase a metade desses recursos" (round s18a): "de" contracted with a demonstrative.
    r"(?=\s+(?:of|de|do|da|dos|das|del|the|its|their|that|esse|essa|eso|esa|ese|desse|dessa|"
    r"desses|dessas|deste|desta|destes|destas|daquele|daquela|daqueles|daquelas)\b)"
)
ONE_IN_N = re.compile(
    r"(?<![\w])(?P<a>1|one|uno|una|un|um|uma)\s+(?:in|de\s+cada|em\s+cada|out\s+of)\s+(?P<n>\d{1,2}|"
    r"two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
    r"dois|quatro|sete|oito|nove|dez)(?![\w])"
)
SMALL_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "dois": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
}  # fmt: skip


def _share_words(folded: str, excluded, taken) -> list:
    found = []
    hits = [
        (m.start("w"), m.end("w"), SHARE_WORDS[m.group("w")]) for m in SHARE_WORD.finditer(folded)
    ]
    for m in ONE_IN_N.finditer(folded):
        n = int(m.group("n")) if m.group("n").isdigit() else SMALL_NUMBERS.get(m.group("n"))
        if n and n > 1:
            hits.append((m.start(), m.end(), 100.0 / n))
    for start, end, value in hits:
        if inside(start, end, excluded) or any(start < e and s < end for s, e in taken):
            continue
        qualifier, qualifier_start = _qualifier_before(folded, start)
        if qualifier is Qualifier.EXACT:
            qualifier = Qualifier.APPROXIMATE  # a share in words is a round figure
        else:
            start = qualifier_start
        found.append(
            Mention(
                Kind.PERCENT,
                start,
                end,
                round(value, 3),
                "percent",
                qualifier=qualifier,
                decimals=0,
                number_start=start,
                number_end=end,
            )
        )
        taken.append((start, end))
    return found


# "10 mil 544,4 millones de dólares", "cuatro mil 774,3 millones" (Prensa Latina's usage): a
# fraction of a million after the three digits, one or two digits behind a comma or a point
# (round 34b: main read "4 mil" and "500,3 millones" and refuted the second by the stored 4,122
# million of Guatemala's imports from China).
_MILLION_FRACTION = r"(?:[.,](?P<f>\d{1,2})(?=\s+(?:millones|millon|milhoes|milhao)\b))?"
THOUSANDS_IN_WORDS = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,3})\s+mil\s+(?P<b>\d{3})"
    + _MILLION_FRACTION
    + r"(?=\s+(?:millones|millon|milhoes|milhao)\b)"
)
# "unas 3 mil 600 empresas" (Spanish and Portuguese): the thousands written as "mil" before any
# counted noun, not only before "millones" (round s23a: main read a count of 3 and one of 600).
# The units may be fewer than three digits: "cuatro mil 74 empresas", "4 mil 74 empresas" (Prensa
# Latina's usage, 4,074; round 37b: main read a count of 4,000 and one of 74).
THOUSANDS_IN_WORDS_NOUN = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,3})\s+mil\s+(?P<b>\d{1,3})(?=\s+(?!mil\b)[a-z])"
)
# "mil 800 millones de dólares", "tres mil 500 millones", "dos mil 300 milhões": the thousands in
# words, the rest in digits, one number (round s23a: main read 800 and 500 millions and refuted
# Uruguay's exports of 1,800 and 3,500 million by the stored ones). The word number must end in
# "mil"; the digits are three and stand before a word.
# "de ellos, 264.000 …", "deles, 264.000 …", "of them, 264,000 …": a part of the figure before.
OF_THEM_BEFORE = re.compile(
    r"(?:\bde\s+(?:ellos|ellas|estos|estas|los\s+cuales|las\s+cuales)|\bdel[ea]s"
    r"|\bd[oa]s\s+quais|\bof\s+(?:them|these|which))\s*,?\s*$"
)
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
YEAR_NOUN_BEFORE = re.compile(r"\b(?:ano|anos|year)\s+$")
# "983 millones 649 mil 600 dólares", "34 millones 877 mil", "12 milhões 500 mil toneladas"
# (Spanish and Portuguese, the exact figure of a central bank written out): the thousands and
# units after the millions word belong to the same number (round s24e: main read 983 millions
# with no currency beside an amount of 649,600 dollars, and 34 millions beside 877 thousand).
# Used with `.match` right after the millions word; a "mil millones" that follows is another
# number.
MILLIONS_TAIL = re.compile(
    r"(?<!\s)\s+(?P<t>\d{1,3})\s+mil(?:\s+(?P<u>\d{1,3}))?(?![\d.,]?\d)"
    r"(?!\s+(?:mil|millones|millon|milhoes|milhao)\b)"
)
AFTER_WORD_THOUSANDS = re.compile(
    r"(?<!\s)\s+(?P<b>\d{1,3})" + _MILLION_FRACTION + r"(?![\d.,]?\d)(?=\s+[a-z])"
)
FRACTIONS = {
    "half": 0.5,
    "quarter": 0.25,
    "third": 1 / 3,
    "medio": 0.5,
    "media": 0.5,
    "meio": 0.5,
    "meia": 0.5,
    "cuarto": 0.25,
    "quarto": 0.25,
}
FRACTION_OF_SCALE = re.compile(
    r"(?<![\w])(?P<n>(?:(?:a|one)\s+(?=half|quarter|third)|(?:un|um)\s+(?=cuarto|quarto))?"
    r"(?P<f>half|quarter|third|medio|media|meio|meia|cuarto|quarto)"
    r"(?:\s+(?:of\s+)?(?:a|an|one|de))?)(?=\s+(?:trillion|billion|million|billon|billones|millon|"
    r"millones|trilhao|trilhoes|bilhao|bilhoes|milhao|milhoes|mil\s+millones)\b)"
)
# Ordinals written with digits or Roman numerals before a noun: "the 4th ministerial
# meeting", "el III Foro", "a IV Reunião", "o 50º aniversário", "9.º país".
DIGIT_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3})(?:(?:st|nd|rd|th|º|ª|°|\.º|\.ª)(?=\s+[^\W\d_])"
    # "el 14 aniversario de la entrada en vigor del TLC": Spanish and Portuguese print an
    # anniversary's ordinal as a bare number (round s19b).
    r"|(?=\s+(?:aniversario|aniversário|anniversary)\b))",
    re.IGNORECASE,
)
# The same bare ordinal, on folded text after the number: not read as a count.
BARE_ANNIVERSARY = re.compile(r"(?<!\s)\s+(?:aniversario|anniversary)\b")
# An anniversary's ordinal written after it: "el aniversario número 55 de las relaciones",
# "o aniversário número 50 das relações", "anniversary number 50" (round 28e: main read the 55
# as a count of relations).
NUMBERED_ANNIVERSARY = re.compile(
    r"(?<![\w])(?P<noun>aniversario|aniversário|anniversary)\s+(?:número|numero|number|n\.?º)"
    r"\s+(?P<n>\d{1,3})(?![\w.,]\d)",
    re.IGNORECASE,
)
# The same, on folded text before the number: not read as a count.
NUMBERED_ANNIVERSARY_BEFORE = re.compile(
    r"\b(?:aniversario|anniversary)\s+(?:numero|number|n\.?o)\s+$"
)
ROMAN_ORDINAL = re.compile(
    r"(?<![\w\-])(?P<n>(?:X{0,3})(?:IX|IV|V?I{0,3}))(?=\s+(?:[A-ZÁÉÍÓÚ][a-záéíóúãõç]+|"
    r"(?:ministerial|summit|forum|meeting|cumbre|foro|reunion|reunión|cúpula|fórum|encontro)))"
)
ROMAN = {"I": 1, "V": 5, "X": 10}
# A lone "I" is an ordinal only between an article and a meeting's noun: "la I Reunión
# Ministerial", "en la I Cumbre", "o I Fórum China-CELAC" (the lead, stop 51: main read no rank
# in them, while "la II Reunión" was read). Elsewhere it is the English pronoun or a letter.
ROMAN_ONE_BEFORE = re.compile(r"(?<![\w])(?:la|el|a|o|del|da|do|na|no)\s{1,2}$", re.IGNORECASE)
ROMAN_ONE_AFTER = re.compile(
    r"\s{1,2}(?:reuni[oó]n|reuni[aã]o|cumbre|c[uú]pula|foro|f[oó]rum|encuentro|encontro)(?![\w])",
    re.IGNORECASE,
)
# "650 millones de habitantes", "1,4 bilhão de pessoas": what follows "de/of" is counted.
# The lookbehind keeps a search over a run of spaces linear: only the run's first space starts it.
COUNTED_AFTER = re.compile(r"(?<!\s)\s*(?:de|of|do|da|dos|das|del)\s+[a-z]")
# Words of a sentence about an amount of money flowing (trade, loans, investment).
MONEY_FLOW = re.compile(
    r"\b(?:trade|comercio|intercambio|exports?|imports?|exportaciones|importaciones|exportacoes|"
    r"importacoes|ventas|vendas|compras|purchases|sales|loans?|lending|prestamos?|emprestimos?|"
    r"investment|inversion(?:es)?|investimentos?|financiamiento|financiamento|credit|creditos?|"
    r"borrowers|prestatarios|tomadores|"
    # a balance: "un déficit de 2.599,7 millones", "o superávit de 11,4 bilhões"
    r"deficits?|defices?|superavits?|surplus(?:es)?|saldos?|balanza|balanca)\b"
)
CENTURY = re.compile(r"(?:century|centuries|siglo|seculo)")
# Rank words that rank anything ("the main reason"); read as ranks only before PARTNER_NOUN.
LOOSE_RANK_WORDS = {"principal", "primary", "main"}
# Words of size or weight after an ordinal: "second-largest", "segundo maior"; and the loose
# ones, "segundo principal destino", "second main market" (round 26d), read only before a
# partner's noun (`_rank_pattern`).
SIZE_WORDS = frozenset({"largest", "biggest", "mayor", "maior"})
ORDINAL_LOOSE_WORDS = frozenset({"principal", "main", "leading"})
# The close of an apposition that opens a sentence: a few words, then a comma.
APPOSITION_CLOSE = re.compile(r"[^,.;:!?]{1,60},")
# "No. " right before a number (folded, searched in the five characters before it).
NUMBERED_BEFORE = re.compile(r"(?<![\w])no\.\s?$")
PARTNER_NOUN = re.compile(
    r"(?:socio|socia|parceiro|parceira|destino|mercado|comprador|compradora|proveedor|"
    r"fornecedor|inversor|investidor|acreedor|credor|origen|origem|"
    # "el principal banquero de América Latina", "o principal financiador": a lender's rank
    r"banquero|banqueiro|prestamista|financiador|financiadora|lender|creditor|banker|"
    # "the main destination of Brazil's exports", "its main trading partner"
    r"destination|partner|trading\s+partner|export\s+(?:destination|market)|market|buyer|supplier|"
    # "China, the country's main trade partner", "its top commercial partner" (round 52c: main
    # read "main trading partner" as a rank, but no rank in "main trade partner")
    r"(?:trade|commercial)\s+partner|"
    # "Chile's main source of imports", "its largest import source", "la principal fuente de
    # importaciones", "a principal fonte de importações" (folded; round 29a)
    r"source\s+of\s+imports|source\s+of\s+imported\s+goods|import\s+source|"
    r"fuente\s+de\s+(?:las\s+)?importaciones|fonte\s+de\s+(?:as\s+)?importacoes|"
    # "el principal receptor de crédito chino", "the main recipient of Chinese loans", "o
    # principal receptor"; "la principal fuente de crédito de la región", "the main source of
    # credit", "a principal fonte de crédito" (folded; round 30d: main read no rank in them)
    r"receptor|receptora|recipient|destinatario|destinataria|beneficiario|beneficiaria|"
    r"fuente\s+de\s+(?:credito|financiamiento|financiacion|prestamos)|"
    r"fonte\s+de\s+(?:credito|financiamento|emprestimos)|"
    # (an adjective of the credit may come between in English, round 32a: "Bolivia's main
    # source of bilateral credit", "the main source of external financing")
    r"source\s+of\s+(?:(?:bilateral|external|foreign|official|development)\s+)?"
    r"(?:credit|finance|financing|funding|loans))"
)


def _roman(text: str) -> int:
    total = 0
    for index, char in enumerate(text):
        value = ROMAN[char]
        following = ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


# A first rank written after its noun: "el socio comercial número uno de Chile", "o parceiro
# comercial número um do Brasil" (folded; a digit, "número 1", is read as a count first). The
# noun keeps its determiner before it, as a rank word must.
POSTNOMINAL_RANK = re.compile(
    r"(?<![\w])(?:el|la|su|o|a|seu|sua|nuestro|nosso)\s+"
    r"(?P<noun>(?:socio|socia|parceiro|parceira|destino|mercado|proveedor|fornecedor|comprador)"
    r"(?:\s+(?:comercial|de\s+exportacion|de\s+exportacao|exportador))?)"
    r"\s+(?P<rank>numero\s+(?:uno|um))(?![\w])"
)


def _postnominal_ranks(text: str, folded: str, excluded, taken) -> list[Mention]:
    found: list[Mention] = []
    for match in POSTNOMINAL_RANK.finditer(folded):
        start, end = match.start("noun"), match.end("rank")
        if inside(start, end, excluded) or any(s < end and start < e for s, e in taken):
            continue
        found.append(_rank_beside_noun(text, match, start, end, 1.0, "rank"))
    return found


def _rank_beside_noun(text: str, match: re.Match, start: int, end: int, rank: float, number: str):
    """A rank read at start:end from a match with a `noun` group and a `number` group, in either
    order ("50th anniversary", "socio comercial número uno")."""
    return Mention(
        Kind.RANK,
        start,
        end,
        rank,
        "rank",
        noun=text[match.start("noun") : match.end("noun")],
        noun_start=match.start("noun"),
        noun_end=match.end("noun"),
        number_start=match.start(number),
        number_end=match.end(number),
    )


def _ordinal_ranks(text: str, folded: str, excluded, taken) -> list[Mention]:
    found: list[Mention] = []
    # On the text as written: folding turns "4ª" and "50º" into "4a" and "50o".
    hits = [(m, int(m.group("n"))) for m in DIGIT_ORDINAL.finditer(text)]
    hits += [
        (m, _roman(m.group("n")))
        for m in ROMAN_ORDINAL.finditer(text)
        if m.group("n")
        and len(m.group("n")) >= 2
        or m.group("n") in ("V", "X")
        or (
            m.group("n") == "I"
            and ROMAN_ONE_BEFORE.search(text, max(0, m.start() - 5), m.start())
            and ROMAN_ONE_AFTER.match(text, m.end())
        )
    ]
    for match in NUMBERED_ANNIVERSARY.finditer(text):
        start, end = match.span()
        if inside(start, end, excluded) or any(s < end and start < e for s, e in taken):
            continue
        found.append(_rank_beside_noun(text, match, start, end, float(match.group("n")), "n"))
        taken.append((start, end))
    for match, value in hits:
        start, end = match.span()
        if (
            value <= 0
            or inside(start, end, excluded)
            or any(s < end and start < e for s, e in taken)
        ):
            continue
        noun, noun_start, noun_end = _noun_after(folded, end)
        if not noun or noun.split(" ")[0] in STRUCTURE_NOUNS or CENTURY.match(noun):
            continue
        found.append(
            Mention(
                Kind.RANK,
                start,
                noun_end,
                float(value),
                "rank",
                noun=text[noun_start:noun_end],
                noun_start=noun_start,
                noun_end=noun_end,
                number_start=start,
                number_end=end,
            )
        )
        taken.append((start, noun_end))
    return found


BOTH_SIDES_BEFORE = re.compile(r"(?:^|\s)(?:the|los|las|os|as|ambos|both)\s+$")
BOTH_SIDES_AFTER = re.compile(
    r"^\s+(?:countries|nations|sides|parties|governments|paises|naciones|nacoes|lados|partes|"
    r"gobiernos|governos)\b"
)
# "sus dos países", "their two countries", "seus dois países", "nuestros dos pueblos": the two
# parties named before, owned by a possessive, not a count (round 39b: "firmaron este martes 21 de
# agosto el documento con el que sus dos países establecen relaciones" read "dos" as a count and
# the signing day as its period, so the date went unjudged). Only two: "their three countries"
# may be a list's count.
POSSESSIVE_BOTH_BEFORE = re.compile(
    r"(?:^|\s)(?:sus|their|seus|suas|nuestros|nuestras|our|nossos|nossas)\s+$"
)
BOTH_PEOPLES_AFTER = re.compile(r"^\s+(?:peoples|pueblos|povos)\b")
# "between the two", "entre los dos", "entre os dois": the two parties named before, not a count.
BETWEEN_BOTH = re.compile(r"(?:^|\s)(?:between\s+the|entre\s+(?:los|las|os|as))\s+$")
RANGE_JOIN = re.compile(r"^\s*(?:and|y|e|to|a|-|–|—)\s*$")
RANGE_LEAD = re.compile(r"(?:between|entre)\s+(?:(?:el|la|los|las|o|os|as|the)\s+)?$")


def _ranges(folded: str, mentions: list) -> list:
    """ "between US$300 and 320 billion", "entre el 30% y el 37%", "300–320 billion": one
    mention whose value is the lower end and `upper` the higher (in the same scale)."""
    out: list = []
    index = 0
    while index < len(mentions):
        a = mentions[index]
        b = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = None
        if b is not None and a.kind in (Kind.COUNT, Kind.MONEY, Kind.PERCENT):
            gap = folded[a.end : b.start]
            gap = re.sub(r"^\s*%", "", gap)
            dash = re.fullmatch(r"\s?[-–—]\s?", gap) is not None
            lead = RANGE_LEAD.search(folded[max(0, a.start - 16) : a.start])
            gap_words = re.sub(r"\b(?:el|la|o|a|os|as|los|las|the)\s*$", "", gap)
            if (
                (lead or dash)
                and RANGE_JOIN.match(gap_words)
                and b.kind in (Kind.MONEY, Kind.PERCENT, Kind.COUNT)
            ):
                low = a.value
                if a.scale == 1.0 and b.scale > 1.0 and a.kind is not Kind.PERCENT:
                    low = a.value  # "between US$300 and 320 billion": the scale is shared
                elif a.scale != b.scale:
                    low = a.value * a.scale / b.scale
                if low < b.value:
                    start = a.start - (len(lead.group(0)) if lead else 0)
                    joined = Mention(
                        b.kind,
                        start,
                        b.end,
                        low,
                        b.unit,
                        b.scale,
                        Qualifier.RANGE,
                        max(a.decimals, b.decimals),
                        min(a.trailing_zeros, b.trailing_zeros),
                        b.noun,
                        b.noun_start,
                        b.noun_end,
                        a.number_start,
                        b.number_end,
                        b.value,
                    )
        if joined is not None:
            out.append(joined)
            index += 2
        else:
            out.append(a)
            index += 1
    return out


# One point before exactly three digits, nothing else: "101.728" (thousands in es/pt, unless
# the scale word makes that absurd).
POINT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
SCALE_SHARED_JOIN = re.compile(r"\s(?:and|y|e)\s")


def _amount_like(bare, amount):
    """A bare number read as an amount in the scale and currency of the amount it goes with
    ("43 y 25 mil millones", "Brazil 29.7 bn, Ecuador 18.4")."""
    return dataclasses.replace(
        bare,
        kind=Kind.MONEY,
        unit=amount.unit,
        scale=amount.scale,
        currency_assumed=amount.currency_assumed,
        currency_doubt=amount.currency_doubt,
    )


def _shared_scale(folded: str, mentions: list) -> list:
    """ "43 y 25 mil millones de dólares", "43 and 25 billion dollars", "43 e 25 bilhões": a
    bare number joined by "and" to an amount with a scale word shares its scale and currency
    (it had been left a bare count). Only a number with nothing counted and no scale of its
    own, right before the amount."""
    for index in range(len(mentions) - 1):
        a, b = mentions[index], mentions[index + 1]
        if (
            a.kind is Kind.COUNT
            and not a.noun
            and a.scale == 1.0
            and a.qualifier is Qualifier.EXACT
            and b.kind is Kind.MONEY
            and b.scale > 1.0
            and b.qualifier is not Qualifier.RANGE
            and SCALE_SHARED_JOIN.fullmatch(folded[a.end : b.start])
            and not (a.decimals == 0 and 1900 <= a.value <= 2100)
        ):
            mentions[index] = _amount_like(a, b)
    return mentions


# Between two items of a list of named amounts: a comma or "and", then the next item's name
# (capitalised words, original text): "Venezuela 62.2 billion, Brazil 29.7 bn, Ecuador 18.4".
LIST_ITEM_GAP = re.compile(
    r"\A(?:,[^\S\n]*(?:(?:and|y|e)[^\S\n]+)?|[^\S\n]+(?:and|y|e)[^\S\n]+)"
    r"(?:[A-ZÁÉÍÓÚÑ][\w'’\-]*[^\S\n]+){1,3}"
)


def _list_scale(text: str, mentions: list) -> list:
    """A list of named amounts writes the scale once: "Venezuela 62.2 billion, Brazil 29.7 bn,
    Ecuador 18.4, Argentina 17.1 and Mexico 1", "Venezuela 62,2 mil millones, Brasil 29,7,
    Ecuador 18,4", "Venezuela US$ 62,2 bilhões, Brasil 29,7 e Equador 18,4". A bare number
    (nothing counted, no scale, not a year) right after the next item's name shares the
    amount's scale and currency. The currency of an amount with none written stays assumed."""
    for index in range(1, len(mentions)):
        a, prev = mentions[index], mentions[index - 1]
        if (
            a.kind is Kind.COUNT
            and not a.noun
            and a.scale == 1.0
            and a.qualifier is Qualifier.EXACT
            and prev.kind is Kind.MONEY
            and prev.scale > 1.0
            and LIST_ITEM_GAP.fullmatch(text[prev.end : a.start])
            and not (a.decimals == 0 and 1900 <= a.value <= 2100)
        ):
            mentions[index] = _amount_like(a, prev)
    return mentions


@dataclass
class Mention:
    kind: Kind
    start: int  # sentence-relative, the whole mention ("US$489 billion")
    end: int
    value: float
    unit: str
    scale: float = 1.0
    qualifier: Qualifier = Qualifier.EXACT
    decimals: int = 0
    trailing_zeros: int = 0
    noun: str = ""
    noun_start: int = -1
    noun_end: int = -1
    number_start: int = -1  # the number itself
    number_end: int = -1
    upper: float | None = None  # a range's upper end ("between 300 and 320 billion"), same scale
    currency_assumed: bool = False  # "sumó 310.000 millones" in a trade sentence: dollars read
    currency_doubt: str = ""  # why the currency read may be wrong ("$" alone in es/pt)
    value_doubt: str = ""  # why the number read may be wrong ("101.728 bilhões")
    number_doubt: str = ""  # why the number read may be wrong (AMBIGUOUS_COMMA)


# Why a Spanish or Portuguese "23,156" read as 23.156 may be 23156 (numbers.ParsedNumber).
AMBIGUOUS_COMMA = "a comma before three digits may group thousands"


@functools.cache
def _currency_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    prefixes, suffixes, currency_of = [], [], {}
    for row in rows("currencies.csv"):
        phrase = fold(row["phrase"])
        currency_of[phrase] = row["currency"]
        (prefixes if row["position"] == "prefix" else suffixes).append(phrase)

    def alternation(items):
        return "|".join(
            re.escape(p).replace(r"\ ", r"\s*") for p in sorted(set(items), key=len, reverse=True)
        )

    prefix = re.compile(rf"(?:{alternation(prefixes)})\s*$")
    suffix = re.compile(rf"^\s*(?:{alternation(suffixes)})(?![\w])")
    return prefix, suffix, currency_of


# Letters written right before "$" (folded): another state's dollar or peso ("tt$", "j$", "rd$",
# "ec$", "bds$", "nt$"); "us$", "usd$", "u$s" and "$us" are US dollars.
LOCAL_DOLLAR_BEFORE = re.compile(r"(?<![\w$])(?!(?:u|us|usd)$)[a-z]{1,3}$")
LOCAL_CURRENCY = "local_currency"  # a unit no stored figure has: never compared


def _currency_name(text: str) -> str:
    _, _, currency_of = _currency_patterns()
    key = re.sub(r"\s+", " ", text.strip())
    for phrase, currency in currency_of.items():
        if re.sub(r"\s+", "", phrase) == re.sub(r"\s+", "", key):
            return currency
    return "cny" if any(w in key for w in ("yuan", "rmb", "cny", "renminbi", "¥")) else "usd"


# A verb of change in the words before "hasta"/"até" (same clause: no sentence stop between).
CHANGE_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:aument|creci|subi|subio|cresc|elev|ascend|salt|cay|cai|baj|reduj|reduz|disminu"
    r"|diminu|retroced|recu|pas(?:o|ou|aron|aram)\b"
    # "se desplomó un 70% el año pasado, hasta 2.224 millones", "despencou até US$ 5 bilhões":
    # a collapse is a change too (lead, stop 43: the level was read as a ceiling).
    r"|desplom|despenc|hundi|afund|dispar)[^.;:!?]*$"
)

ADDED_BEFORE = re.compile(r"(?<![\w])add(?:s|ed|ing)?\s*$")


# After the first level of "passou de X (em 2010) para Y": a second level follows.
SECOND_LEVEL_AFTER = re.compile(
    r"(?<!\s)(?:\s+(?:em|en|in|no|na)\s+(?:19|20)\d\d)?,?\s+(?:para|a|ao|ate|hasta|to)\s+"
    r"(?:(?:us|r)?\$|usd|brl)?\s*\d"
)


def _qualifier_before(folded: str, position: int, end: int | None = None) -> tuple[Qualifier, int]:
    head = folded[:position].rstrip()
    for phrase, qualifier in qualifiers():
        if head.endswith(phrase):
            before = head[: len(head) - len(phrase)]
            if (
                qualifier == "more_than"
                and end is not None
                and re.search(r"\s(?:de|dos|das)$", phrase)
                and SECOND_LEVEL_AFTER.match(folded, end)
            ):
                # "passou de US$ 80 bilhões em 2010 para US$ 100 bilhões em 2020": a change
                # from one level to another (both exact), not "more than 80".
                return Qualifier.EXACT, position
            if re.search(
                r"(?:^|\s)(?:the|these|those|el|la|los|las|o|os|as|estos|estas)\s*$", before
            ):
                continue  # "the above three factors": an adjective, not a bound
            if qualifier == "at_most" and ADDED_BEFORE.search(before[-12:]):
                # "exports and imports added up to $3.2 billion": a sum, not a ceiling.
                return Qualifier.EXACT, position
            if qualifier == "at_most" and CHANGE_VERB_BEFORE.search(before[-60:]):
                # "subió con fuerza en 2015, hasta 29.000 millones", "caiu até US$ 50 milhões":
                # after a verb of change, "hasta"/"até" names the level reached, not a ceiling.
                return Qualifier.EXACT, position
            if not before or not before[-1].isalnum() or not phrase[0].isalnum():
                return Qualifier(qualifier), len(before)
    return Qualifier.EXACT, position


def _noun_after(folded: str, position: int) -> tuple[str, int, int]:
    """The noun phrase a count counts: up to five words, stopping at function words."""
    opening = re.match(r"\s*[\"“‘']", folded[position:])
    if opening:  # a quoted name: the first "China's Policy Document"
        position += opening.end()
    words = list(re.finditer(r"\w[\w'’\-]*", folded[position : position + 80]))
    chosen = []
    cursor = position
    for word in words:
        gap = folded[cursor : position + word.start()]
        if re.search(r"[^\s]", gap):  # punctuation ends the noun phrase
            break
        token = word.group(0)
        if token[0].isdigit():
            break  # "Trade between the two hit 6.17 billion": a number is never the noun
        if token in NOUN_STOP or any(token in s for s in stopwords().values()) and chosen:
            break
        if token in NOUN_STOP:
            break
        chosen.append(word)
        cursor = position + word.end()
        if len(chosen) == 5:
            break
    if not chosen:
        return "", -1, -1
    start, end = position + chosen[0].start(), position + chosen[-1].end()
    return folded[start:end], start, end


# "66 milhões de toneladas", "66 million tonnes", "3 millones de personas": the scale word is
# followed (after "de"/"of" or directly) by a noun of the count-nouns lexicon.
UNIT_NOUN_AFTER = re.compile(r"(?:\s(?:de|of|do|da|dos|das|del))?\s(?P<noun>[a-z])")


def _counted_noun(folded: str, position: int) -> tuple[int, int] | None:
    """The span of a count-nouns lexicon noun right after a scale word ("66 milhões de
    toneladas", "66 million tonnes", "3 millones de personas"), or None."""
    match = UNIT_NOUN_AFTER.match(folded, position)
    if match is None:
        return None
    start = match.start("noun")
    window = folded[start : start + 40]
    for phrase, _unit in count_nouns():
        if re.match(rf"{re.escape(phrase)}(?![\w])", window):
            return start, start + len(phrase)
    return None


def _counts_a_noun(folded: str, position: int) -> bool:
    """True when the words after a scale word name what is counted (tonnes, people, jobs …):
    such a number is no amount of money, whatever currency the sentence wrote before it."""
    return _counted_noun(folded, position) is not None


# "11 consecutive years", "three straight months" (count_nouns.csv): a duration whose noun comes
# after an adjective (round s24a: main read "for 11 consecutive years" as a count of the top
# trading partners of the region and refuted it by the stored 3).
DURATION_ADJECTIVES = ("consecutive", "straight", "successive")


def _count_unit(folded: str, noun_start: int, noun_end: int) -> tuple[str, int]:
    """(unit, end of the noun) from the count-nouns lexicon: households, jobs, people,
    t CO2/yr (which may run past the noun phrase: "tons per year"), or a duration."""
    if noun_start < 0:
        return "count", noun_end
    window = folded[noun_start : noun_start + 60]
    for phrase, unit in count_nouns():
        if unit == "duration":
            if re.match(rf"^{re.escape(phrase)}(?![\w])", window):
                return unit, max(noun_end, noun_start + len(phrase))
            continue
        match = re.match(rf"^(?:[\w\-]+\s+){{0,3}}?{re.escape(phrase)}(?![\w])", window)
        if match:
            return unit, max(noun_end, noun_start + match.end())
    return "count", noun_end


# A scale word glued to digits before it ("US$353 million", "353-million"), at the start of a
# run of number words (folded).
DIGIT_SCALE_BEFORE = re.compile(r"\d[ \u00a0-]?$")
SCALE_LEAD = re.compile(r"(?:trillion|billion|million|thousand)s?[\s-]+")


def _after_digit_scale(text: str, folded: str, words: list, lang: str) -> list:
    """Number-word runs with a leading scale word that belongs to the digits before it: "the
    US$353 million three-year programme" reads "million three" as one run (1,000,003), which
    the figure's scale then swallows; the run after the scale word is a number of its own
    (round s19a: "three-year" was lost)."""
    kept = []
    for word in words:
        lead = SCALE_LEAD.match(folded, word.start, word.end)
        if lead and lead.end() < word.end and DIGIT_SCALE_BEFORE.search(folded[: word.start]):
            kept += [
                type(word)(lead.end() + w.start, lead.end() + w.end, w.value)
                for w in find_word_numbers(text[lead.end() : word.end], lang)
            ]
            continue
        kept.append(word)
    return kept


def find_mentions(
    text: str, lang: str, heading: bool = False, base=None, decimal_mark: str | None = None
) -> tuple[list[Mention], list[PeriodMention], list[tuple[int, int]]]:
    """(mentions, periods, excluded spans) of one sentence; offsets relative to the sentence.

    `base`: the article's date (article_date.ArticleDate) for relative dates ("last year",
    "3 de junio"); without it they are periods of kind `unresolved` with no year.
    `decimal_mark`: the one the whole text writes (numbers.written_decimal_mark), which
    decides a Spanish or Portuguese "23,156"."""
    folded = fold(text)
    excluded = excluded_spans(text, folded, heading)
    periods = [p for p in find_periods(folded) if not overlaps(p.core_start, p.core_end, excluded)]
    for relative in find_relative_dates(folded, base):
        if overlaps(relative.start, relative.end, [(p.start, p.end) for p in periods]):
            continue
        if overlaps(relative.start, relative.end, excluded):
            continue
        period = relative.period or Period("unresolved", None, None, text=relative.why)
        if relative.period is not None:
            period = Period(
                period.kind,
                period.start_year,
                period.end_year,
                period.start_month,
                period.end_month,
                relative.why,
            )
        periods.append(
            PeriodMention(relative.start, relative.end, relative.start, relative.end, period)
        )
    periods.sort(key=lambda p: p.start)
    period_spans = [(p.start, p.end) for p in periods]
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []

    shares = _share_words(folded, excluded, [])
    share_spans = [(m.start, m.end) for m in shares]
    numbers: list[tuple[int, int, float, int, int]] = []
    ambiguous: set[int] = set()  # "23,156" with no decimal mark shown elsewhere in the text
    not_numbers = period_spans + share_spans  # once, not once per number
    for match in NUMBER.finditer(folded):
        start, end = match.span()
        if inside(start, end, excluded) or overlaps(start, end, not_numbers):
            continue
        before = folded[max(0, start - 3) : start]
        if before == "$us":
            pass  # "$us7.700 millones": Bolivia's dollar sign written close (round 34b)
        elif re.search(r"[a-z]-?$", before) or re.search(r"[a-z]\($", before):
            continue  # COVID-19, G20, 5(1)
        if NUMBERED_BEFORE.search(folded, max(0, start - 5), start):
            continue  # "No. 1 trading partner": a rank (a label "No. 5" is excluded already)
        try:
            parsed = parse_number(match.group(0), lang, decimal_mark)
        except ValueError:
            continue
        if not math.isfinite(parsed.value) or abs(parsed.value) > MAX_NUMBER_VALUE:
            continue  # 400 nines: not a figure anyone reports (and no JSON for infinity)
        if parsed.ambiguous and _thousands_before_a_scale(match.group(0), folded, end, lang):
            parsed = _grouped(match.group(0))
        if parsed.ambiguous:
            ambiguous.add(start)
        numbers.append((start, end, parsed.value, parsed.decimals, parsed.trailing_zeros))
    for split in THOUSANDS_IN_WORDS.finditer(folded):
        # "54 mil 503 millones" (Mexican usage): 54,503 millions, one number.
        start, end = split.start("a"), split.end("b")
        if inside(start, end, excluded):
            continue
        fraction = split.group("f") or ""
        start, end = split.start("a"), split.end("f") if fraction else split.end("b")
        numbers[:] = [n for n in numbers if not (start <= n[0] < end)]
        value = int(split.group("a")) * 1000 + int(split.group("b"))
        value += int(fraction or 0) / 10 ** len(fraction)
        numbers.append((start, end, float(value), len(fraction), 0))
    word_numbers = find_word_numbers(text, lang)
    if lang in ("es", "pt"):
        for split in THOUSANDS_IN_WORDS_NOUN.finditer(folded):
            start, end = split.start("a"), split.end("b")
            if inside(start, end, excluded) or any(s == start and e == end for s, e, *_ in numbers):
                continue
            numbers[:] = [n for n in numbers if not (start <= n[0] < end)]
            value = int(split.group("a")) * 1000 + int(split.group("b"))
            numbers.append((start, end, float(value), 0, 0))
        for word in word_numbers:
            rest = AFTER_WORD_THOUSANDS.match(folded, word.end)
            if (
                rest is None
                or not folded[word.start : word.end].endswith("mil")
                or word.value % 1000
                or not 1000 <= word.value < 1_000_000
                or inside(word.start, rest.end("b"), excluded)
                or YEAR_NOUN_BEFORE.search(folded, 0, word.start)
            ):  # "en el año dos mil 500 empresas …": a year in words, then a count
                continue
            fraction = rest.group("f") or ""
            start, end = word.start, rest.end("f") if fraction else rest.end("b")
            numbers[:] = [n for n in numbers if not (start <= n[0] < end)]
            value = word.value + int(rest.group("b")) + int(fraction or 0) / 10 ** len(fraction)
            numbers.append((start, end, float(value), len(fraction), 0))
    rounded: set[int] = set()  # numbers written as fractions: round figures by nature
    # "half a century", "medio siglo", "meio século": fifty years, the phrase its own noun
    half_centuries = {match.start() for match in HALF_CENTURY.finditer(folded)}
    rounded |= half_centuries
    for fraction in FRACTION_OF_SCALE.finditer(folded):
        # "half a trillion", "a quarter of a trillion", "medio billón", "meio trilhão": the
        # fraction is the number, the scale word that follows scales it.
        start, end = fraction.span("n")
        if inside(start, end, excluded) or any(start < e and s < end for s, e, *_ in numbers):
            continue
        value = FRACTIONS[fraction.group("f")]
        numbers.append((start, fraction.end("n"), value, 2, 0))
        rounded.add(start)
    for word in _after_digit_scale(text, folded, word_numbers, lang):
        if inside(word.start, word.end, excluded) or overlaps(
            word.start, word.end, period_spans + share_spans
        ):
            continue
        if BOTH_SIDES_BEFORE.search(folded[: word.start]) and BOTH_SIDES_AFTER.match(
            folded[word.end :]
        ):
            continue  # "los dos países", "the two countries": both sides, not a count
        if (
            word.value == 2
            and POSSESSIVE_BOTH_BEFORE.search(folded[max(0, word.start - 20) : word.start])
            and (
                BOTH_SIDES_AFTER.match(folded[word.end :])
                or BOTH_PEOPLES_AFTER.match(folded[word.end :])
            )
        ):
            continue  # "sus dos países", "their two countries": both sides, not a count
        if word.value == 2 and BETWEEN_BOTH.search(folded[: word.start]):
            continue  # "trade between the two hit …", "entre los dos": the two parties
        if any(word.start < e and s < word.end for s, e, *_ in numbers):
            continue
        zeros = len(str(word.value)) - len(str(word.value).rstrip("0"))
        numbers.append((word.start, word.end, float(word.value), 0, zeros))
    numbers.sort()

    prefix_re, suffix_re, _ = _currency_patterns()
    # The furthest end of the spans taken so far: a number starting at or past it lies in
    # none of them, and the scan of every span taken (once per number: n² on a text of
    # thousands of numbers, "1 2 3 4 5 6 7 8 9 " * 1600) is skipped.
    reach = -1
    for start, end, value, decimals, zeros in numbers:
        if start < reach and any(s <= start < e for s, e in taken):
            continue
        after = folded[end:]
        if (
            ORDINAL_SUFFIX.match(after)
            or ORDINAL_SUFFIX.match(text[end : end + 3])
            or BARE_ANNIVERSARY.match(after)
            or NUMBERED_ANNIVERSARY_BEFORE.search(folded[max(0, start - 24) : start])
        ):
            continue  # "16th", "2nd", "4ª", "50º" (folded to "4a", "50o"): ranks, read below
        mention_start, mention_end = start, end
        kind, unit, scale, noun, noun_span = Kind.COUNT, "count", 1.0, "", (-1, -1)
        currency_assumed = False
        currency_doubt = ""
        prefix = prefix_re.search(folded[max(0, start - 12) : start])
        multiplier, scale_end = scale_at(folded, end, lang)
        if (
            lang in ("es", "pt")
            and multiplier == 1e6
            and not decimals
            and (tail := MILLIONS_TAIL.match(folded, scale_end)) is not None
            and not inside(start, tail.end(), excluded)
        ):
            digits = f"{int(tail.group('t')):03d}"
            if tail.group("u"):
                digits += f"{int(tail.group('u')):03d}"
            digits = digits.rstrip("0")
            value += int(tail.group("t")) / 1e3 + int(tail.group("u") or 0) / 1e6
            decimals, zeros, scale_end = len(digits), 0, tail.end()
        suffix = suffix_re.match(folded[scale_end:])
        carried = (
            not prefix
            and not suffix
            and multiplier > 1
            and mentions
            and mentions[-1].kind is Kind.MONEY
            and not _counts_a_noun(folded, scale_end)
        )  # "… 140.000 millones de dólares …, de los cuales Brasil recibió 64.000 millones"
        value_doubt = ""
        if prefix or suffix or carried:
            kind = Kind.MONEY
            scale = multiplier
            if (
                lang in ("es", "pt")
                and multiplier == 1e9
                and POINT_THOUSANDS.fullmatch(folded[start:end])
                and not folded[end:scale_end].strip().startswith("mil")
            ):
                # "US$ 101.728 bilhões", "US$ 67.685 bilhões": read as thousands, 101,728
                # billions of dollars (a hundred trillion) is no figure of a state's trade, so the
                # point is the writer's decimal mark; read so, at low confidence.
                value, decimals, zeros = value / 1000, 3, 0
                value_doubt = (
                    f"'{text[start:end]}' before a billions word: the point read as the "
                    "decimal mark"
                )
            if carried:
                # "3.566,2 millones de dólares (3.015,94 millones de euros), …, bajó a 50
                # millones": a conversion in brackets is an aside; the bare figure carries the
                # currency of the last amount outside brackets (round s15b: main read euros).
                unit = next(
                    (
                        m.unit
                        for m in reversed(mentions)
                        if m.kind is Kind.MONEY and not _in_brackets(folded, m.start, m.end)
                    ),
                    mentions[-1].unit,
                )
            else:
                currency_text = prefix.group(0) if prefix else suffix.group(0)
                unit = _currency_name(fold(currency_text))
            if prefix:
                mention_start = start - len(prefix.group(0))
                if prefix.group(0).strip() == "$" and LOCAL_DOLLAR_BEFORE.search(
                    folded, max(0, mention_start - 4), mention_start
                ):
                    # "TT$500 million", "J$500 million", "RD$500 millones", "EC$", "BDS$": the
                    # dollar or peso of a state, not the US dollar (round s22d: main refuted
                    # Trinidad and Tobago's exports in TT$ by the stored US$ 35.4 million, and
                    # bore out Jamaica's J$ by a figure in US$). Compared with nothing stored.
                    unit = LOCAL_CURRENCY
                    mention_start -= len(
                        LOCAL_DOLLAR_BEFORE.search(
                            folded, max(0, mention_start - 4), mention_start
                        ).group(0)
                    )
                elif prefix.group(0).strip() == "$" and not suffix and lang in ("es", "pt"):
                    # "$ 3.000 millones" in Buenos Aires, Santiago or Mexico City may be pesos
                    # (and "R$" is written for reais): dollars are read, never enough to refute.
                    currency_doubt = "'$' alone in Spanish or Portuguese may be pesos"
            mention_end = scale_end + (suffix.end() if suffix else 0)
        elif start in half_centuries:
            kind, unit = Kind.DURATION, "years"
        elif (percent := PERCENT.match(after)) is not None:
            kind, unit, mention_end = Kind.PERCENT, "percent", end + percent.end()
        elif (
            multiplier >= 1e6
            and MONEY_FLOW.search(folded)
            and not _noun_after(folded, scale_end)[0]
            and not COUNTED_AFTER.match(folded[scale_end:])
        ):
            # "El comercio … sumó 310.000 millones en 2019": a scale word with no currency and
            # nothing counted, in a sentence about trade, loans or investment, is an amount;
            # the dollar is assumed, so the reading is never enough to contradict.
            kind, unit, scale, mention_end = Kind.MONEY, "usd", multiplier, scale_end
            currency_assumed = True
        elif (times := MULTIPLE.match(after)) is not None:
            kind, unit, mention_end = Kind.MULTIPLE, "times", end + times.end()
        else:
            scale = multiplier
            mention_end = scale_end
            noun, noun_start, noun_end = _noun_after(folded, scale_end)
            if (not noun or OUT_OF.match(folded, scale_end)) and AMOUNT_WORDS.match(
                folded[scale_end:]
            ):
                # "the first seven of these twelve countries": the noun comes after "of these …"
                rest = AMOUNT_WORDS.match(folded[scale_end:]).end() + scale_end
                skip = re.match(r"\s+([\w\-]+)(?=\s)", folded[rest:])
                if skip and (skip.group(1).isdigit() or find_word_numbers(skip.group(1), lang)):
                    rest += skip.end()
                noun, noun_start, noun_end = _noun_after(folded, rest)
            if not noun and multiplier > 1 and (counted := _counted_noun(folded, scale_end)):
                # "mais de 66 milhões de toneladas de soja": the noun follows "de"; counted,
                # the figure is never read as an amount of the paragraph's currency
                noun_start, noun_end = counted
                noun = folded[noun_start:noun_end]
            unit, noun_end = _count_unit(folded, noun_start, noun_end)
            if (
                unit == "count"
                and mentions
                and mentions[-1].kind is Kind.COUNT
                and mentions[-1].unit not in ("duration", "years", "months")
                and (of_them := OF_THEM_BEFORE.search(folded, max(0, start - 30), start))
                and not SENTENCE_END.search(folded, mentions[-1].end, start)
            ):
                # "640.000 barriles diarios …; de ellos, 264.000 sirven para pagar los
                # créditos": the part counts what the whole counted (round s24e: main read the
                # part as a number of loans); "7 préstamos; de ellos, 5 …": a part, never the
                # whole the store holds.
                if mentions[-1].unit != "count":
                    unit = mentions[-1].unit
                else:
                    anaphor = text[of_them.start() : of_them.end()].strip(" ,")
                    value_doubt = f"a part of the figure before it: '{anaphor}'"
            if unit == "duration":
                # "11 consecutive years", "three straight months": the adjective and its noun
                words = noun.split(" ") if noun else []
                take = 2 if len(words) > 1 and words[0] in DURATION_ADJECTIVES else 1
                noun_end = noun_start + len(" ".join(words[:take])) if noun else noun_end
                kind, unit = Kind.DURATION, "years"
                head = words[take - 1] if words else ""
                if head.startswith("month") or head.startswith("mes"):
                    unit = "months"
                elif head.startswith("day") or head.startswith("dia"):
                    # "viagens de até 30 dias", "stays of up to 30 days": a length of time,
                    # never a count of the states a pledge names (round s25c: main bore "até 30
                    # dias" out by the five visa-free countries, 5 being at most 30)
                    unit = "days"
                elif head.startswith("week") or head.startswith("semana"):
                    unit = "weeks"
                elif head.startswith("decad"):
                    # "five decades", "cinco décadas": not five years (the anniversary rule
                    # dated Guyana's relations of 1972 to 2019 from "five decades" in 2024)
                    unit = "decades"
            noun_span = (noun_start, noun_end)
            if noun_start >= 0:
                mention_end = max(mention_end, noun_end)
        qualifier, qualifier_start = _qualifier_before(folded, mention_start, mention_end)
        if qualifier is not Qualifier.EXACT:
            mention_start = qualifier_start
        elif start in rounded:
            qualifier = Qualifier.APPROXIMATE
        mention = Mention(
            kind,
            mention_start,
            mention_end,
            value,
            unit,
            scale,
            qualifier,
            decimals,
            zeros,
            text[noun_span[0] : noun_span[1]] if noun_span[0] >= 0 else "",
            noun_span[0],
            noun_span[1],
            start,
            end,
            currency_assumed=currency_assumed,
            currency_doubt=currency_doubt,
            number_doubt=AMBIGUOUS_COMMA if start in ambiguous else "",
            value_doubt=value_doubt,
        )
        mentions.append(mention)
        taken.append((mention_start, mention_end))
        reach = max(reach, mention_end)

    mentions += [m for m in shares if not any(m.start < e and s < m.end for s, e in taken)]
    mentions.sort(key=lambda m: m.start)
    mentions = _ranges(folded, mentions)
    mentions = _shared_scale(folded, mentions)
    mentions = _list_scale(text, mentions)
    taken[:] = [(m.start, m.end) for m in mentions]

    for match in FOLD_WORD.finditer(folded):
        if any(s <= match.start() < e for s, e in taken) or inside(*match.span(), excluded):
            continue
        value = find_word_numbers(match.group(1), "en")
        if value:
            # "fortyfold", "a hundredfold": a round word is as rounded as "40" or "100" written
            # in digits (round s19a: "from US$256 million to US$10.6 billion, a fortyfold
            # increase", 41.4×, was called inconsistent against 40 ± 0.5).
            whole = f"{float(value[0].value):.0f}"
            mentions.append(
                Mention(
                    Kind.MULTIPLE,
                    match.start(),
                    match.end(),
                    float(value[0].value),
                    "times",
                    number_start=match.start(),
                    number_end=match.end(),
                    trailing_zeros=len(whole) - len(whole.rstrip("0")),
                )
            )
            taken.append(match.span())
    for match in VERB_MULTIPLE.finditer(folded):
        if any(s < match.end() and match.start() < e for s, e in taken) or inside(
            *match.span(), excluded
        ):
            continue
        base = match.group("base")
        value = (
            2.0
            if match.group("two")
            or match.group("near_two")
            or match.group("more_two")
            or base == "double"
            else 3.0
            if match.group("three")
            or match.group("more_three")
            or match.group("near_three")
            or base == "triple"
            else 5.0
            if match.group("five")  # "se quintuplicó", "quintuplicou" (round s15b)
            else 4.0
        )
        mentions.append(
            Mention(
                Kind.MULTIPLE,
                match.start(),
                match.end(),
                value,
                "times",
                qualifier=Qualifier.NEARLY
                if match.group("near_two") or match.group("near_three") or match.group("near_four")
                else Qualifier.MORE_THAN
                if match.group("more_two") or match.group("more_three")
                else Qualifier.APPROXIMATE,
                number_start=match.start(),
                number_end=match.end(),
            )
        )
        taken.append(match.span())
    mentions += _ranks(text, folded, excluded, taken, lang)
    mentions += _ordinal_ranks(text, folded, excluded, [(m.start, m.end) for m in mentions])
    mentions += _superlatives(text, folded, excluded, [(m.start, m.end) for m in mentions])
    mentions += _postnominal_ranks(text, folded, excluded, [(m.start, m.end) for m in mentions])
    mentions.sort(key=lambda m: m.start)
    return mentions, periods, excluded


# "Besides" right before a rank word with no article (folded head's end): "além de", "además
# de", "aparte de", "besides", "as well as".
BESIDES_BEFORE = re.compile(
    r"(?:^|\s)(?:alem\s+de|ademas\s+de|aparte\s+de|besides|as\s+well\s+as)$"
)
# The noun a bare rank after "besides" must rank (folded, .match right after the rank word): a
# partner's noun or a buyer's, seller's or lender's ("importador", "exportador", "importer").
BARE_RANK_NOUN_AFTER = re.compile(
    r"\s{1,3}(?:(?:comercial|trading|commercial)\s+)?(?:socio|socia|parceiro|parceira|destino|"
    r"mercado|comprador|compradora|proveedor|fornecedor|inversor|investidor|acreedor|credor|"
    r"importador|importadora|exportador|exportadora|financiador|financiadora|destination|"
    r"partner|market|buyer|supplier|importer|exporter|investor|lender|creditor)(?![\w])"
)


@functools.cache
def _rank_pattern() -> re.Pattern:
    words = sorted(ranks(), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\-", r"[\s\-]") for w in words)
    return re.compile(
        rf"(?<![\w\-])(?:{alternation})"
        # "segundo principal destino", "second main market": the loose word only before a
        # partner's noun (round 26d); "the third leading source" keeps its ordinal alone.
        rf"(?:[\s\-]+(?:ever|largest|biggest|mayor|maior"
        rf"|(?:principal|main|leading)(?=\s+(?:{PARTNER_NOUN.pattern}))))?(?![\w])"
    )


MOVED_TO_BEFORE = re.compile(
    r"(?<![\w])(?:risen|rose|rises|rise|climbed|climbs|moved|moves|fell|fallen|falls|dropped|"
    r"drops|slipped|slips|relegated|relegating|sube|subio|subieron|sobe|subiu|subiram|cae|cayo|"
    r"cai|caiu|pasa|paso|pasaron|passa|passou|passaram|relega|relego|relegou|desceu|desce|bajo|"
    r"baja|avanzo|avancou|"
    # One pushed down to a place (round 44c: "empurrando os Estados Unidos para o segundo lugar"
    # was read as no rank): "desplazando a Estados Unidos al segundo lugar", "pushing the United
    # States to second place".
    r"empurr(?:ando|ou|a|am|aram)|desloc(?:ando|ou|a|am|aram)|desplaz(?:ando|o|a|an|aron)|"
    r"relegando|push(?:ing|ed|es)|displac(?:ing|ed|es)|knock(?:ing|ed|s))"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:to|al|ao|para\s+(?:o|a|el|la))(?:\s+the)?$"
)
# "o Brasil em nono lugar", "y Chile en tercer lugar" (folded, the head before "en"/"em"): a
# place a name holds, its verb left out; "En segundo lugar," opens an item of a list instead.
DISCOURSE_OPENER = re.compile(r"(?:^|[.;:!?,(]|\s(?:y|e|and|pero|mas|but))\s{0,3}(?:en|em|por|in)$")


def _place_of_a_named_one(head: str, rest: str) -> bool:
    """'em nono lugar' after a word, in no list's opening ("En segundo lugar, …", "…, em
    segundo lugar, …"); and English's "the United States in second place" (round 48a: "ahead
    of the United States in second place with 18.5%" was read as no rank). Read on the head's
    last words only: no pattern scans a long head."""
    words = head[-60:].split()
    if len(words) < 2 or len(words[-2]) < 2 or not words[-2].isalpha():
        return False
    if DISCOURSE_OPENER.search(head[-12:]) is not None:
        return False
    if words[-1] in ("en", "em"):
        return re.match(r"^\s+lugar\b", rest) is not None
    return words[-1] == "in" and re.match(r"^\s+place\b", rest) is not None


def _leading_rank(words: list[str]) -> int:
    """The rank of the longest run of leading words the lexicon holds: "décimo quarto maior"
    is 14, not the 10 of "décimo"."""
    for count in range(len(words), 0, -1):
        for joiner in (" ", "-"):
            rank = ranks().get(joiner.join(words[:count]))
            if rank is not None:
                return rank
    return 1


def _ranks(text: str, folded: str, excluded, taken, lang: str) -> list[Mention]:
    found: list[Mention] = []
    for match in _rank_pattern().finditer(folded):
        start, end = match.span()
        if inside(start, end, excluded) or any(s < end and start < e for s, e in taken):
            continue
        word = re.split(r"[\s\-]+", match.group(0))
        rank = ranks().get(match.group(0).replace(" ", "-"), _leading_rank(word))
        if len(word) > 1 and word[1] in SIZE_WORDS | ORDINAL_LOOSE_WORDS:
            rank = ranks().get(word[0], 1)
        head = folded[:start].rstrip()
        rest = folded[end:]
        held = bool(
            PLACE_AFTER.match(rest)
            and (
                HELD_VERB_BEFORE.search(head)
                or (
                    re.search(r"(?:^|\s)(?:en|em|in)$", head)
                    and (PLACE_AMONG.match(rest) or PLACE_THEN_HELD.match(rest))
                )
            )
            or ENGLISH_RANK_VERB.search(head)
            or (
                ROMANCE_BARE_PLACE_BEFORE.search(head[-24:]) is not None
                and ROMANCE_BARE_PLACE_AFTER.match(rest) is not None
            )
        ) or _place_of_a_named_one(head, rest)
        held = held or bool(
            ELIDED_PLACE_BEFORE.search(head[-4:]) is not None
            and ELIDED_PLACE_AFTER.match(rest) is not None
            and len(word) == 1
            and ELIDED_PLACE_EARLIER.search(head[-200:-3]) is not None
        )
        held = held or bool(
            len(word) == 1
            and rank >= 2
            and RUN_ORDINAL_BEFORE.search(head[-5:]) is not None
            and RUN_ORDINAL_AFTER.match(rest) is not None
        )
        held = held or bool(
            ELIDED_PLACE_BEFORE.search(head[-4:]) is not None
            and len(word) == 1
            and BARE_PLACE_THEN_HELD.match(rest) is not None
        )
        # "China had risen to second place", "sobe para o segundo lugar", "relegó a Brasil al
        # segundo lugar": a place moved to is a place held.
        held = held or bool(PLACE_AFTER.match(rest) and MOVED_TO_BEFORE.search(head))
        in_apposition = head.endswith(",") and bool(
            APPOSITION.match(rest)
            # "à frente dos Estados Unidos, segundo colocado do ranking", "Estados Unidos,
            # segundo clasificado" (round 34c): the one placed, in apposition.
            or re.match(r"^\s+(?:colocad[oa]|clasificad[oa]|classificad[oa])\b", rest)
            or re.search(r"(?:largest|biggest|mayor|maior|principal|main|leading)$", match.group(0))
            # "China, primer destino de Uruguay", "a China, primeiro destino das exportações",
            # "China, first destination of Uruguay's exports" (round 35b: main read no rank in
            # the title's apposition): an ordinal right before a partner's noun.
            or (
                len(word) == 1
                and (space := re.match(r"\s{1,2}", rest)) is not None
                and PARTNER_NOUN.match(rest, space.end()) is not None
            )
        )
        # An apposition that opens its sentence: "Segunda maior economia do mundo, o país …",
        # "Second-largest economy in the world, China …", "Maior parceiro comercial do Brasil,
        # a China …" (round 26d). Only a rank word with its size word, or a first rank of a
        # partner: "Segundo dados do governo, …" is "according to".
        opens_apposition = (
            (not head or head[-1] in ".!?:;")
            and bool(APPOSITION_CLOSE.match(rest))
            and (len(word) > 1 or word[0] in SIZE_WORDS | LOOSE_RANK_WORDS)
        )
        contracted_meeting = (
            bool(
                CONTRACTION_BEFORE.search(head)
                and (MEETING_AFTER.match(rest) or PARTNER_AFTER.match(rest))
            )
            or bool(RUN_BEFORE.search(head) and RUN_AFTER.match(rest))
            # A place held after a contraction: "a Bolívia aparece na quarta posição do
            # ranking", "pasó al quinto puesto" (round 28c: main read no rank).
            or bool(CONTRACTION_BEFORE.search(head) and PLACE_AFTER.match(rest))
            or bool(CONTRACTION_BEFORE.search(head) and YEAR_IN_FORCE_AFTER.match(rest))
        )
        # "… além de maior importador de cobre", "… además de mayor comprador", "…, as well as
        # top buyer": a rank word with no article after "besides" (the article left out with the
        # verb it shares); read only before a partner's or a buyer's noun, since "além de maior
        # controle" is "greater control" (round 37c: main read no rank).
        after_besides = bool(
            BESIDES_BEFORE.search(head[-16:]) is not None
            and BARE_RANK_NOUN_AFTER.match(rest) is not None
        )
        if (
            not DETERMINER_BEFORE.search(head)
            and not after_besides
            and not _elided_possessive(text, head, rest, lang)
            and not held
            and not in_apposition
            and not opens_apposition
            and not contracted_meeting
        ):
            continue  # "this paper first analyzes": an adverb, not a rank
        if ONE_OF_BEFORE.search(head):
            continue  # "one of the largest partners": not the first
        if word[0] == "top" and head.endswith("the") and found and found[-1].end >= len(head) - 4:
            continue
        held_place = held or (PLACE_AFTER.match(rest) and OCCUPIES_BEFORE.search(head))
        if (
            RANK_EXCLUDE_NEXT.match(rest) and not held_place and not COMPARATIVE_BETWEEN.match(rest)
        ) or re.match(r"^\s+(?:\d|of\s+(?:all|them)\b)", rest):
            continue  # "the first one is", "first of all", "the first 11 months"
        if find_word_numbers(rest[:20], lang) and find_word_numbers(rest[:20], lang)[0].start <= 1:
            continue  # "the first seven": the count is the claim
        if (
            not held
            and re.search(r"(?:^|\s)(?:en|em|por)$", head)
            and re.match(r"^\s+(?:lugar|termino|ultimo)", rest)
        ):
            continue
        noun, noun_start, noun_end = _noun_after(folded, end)
        if held and PREPOSITION_FIRST.match(noun):
            noun, noun_start, noun_end = "", -1, -1  # "ranked second among …"
        if noun.split(" ")[0] in STRUCTURE_NOUNS:
            continue  # "the sixth chapter": a part of the document
        if noun.split(" ")[0] in PART_OF_YEAR_NOUNS:
            continue  # "the first quarter", "el primer trimestre": a period, not a rank
        if rank == -1 and noun.split(" ")[0] in TIME_SPAN_NOUNS:
            continue  # "en el último año", "no último ano": a period, not a rank
        if (word[0] in LOOSE_RANK_WORDS or (opens_apposition and len(word) == 1)) and not (
            PARTNER_NOUN.match(folded, noun_start) if noun_start >= 0 else None
        ):
            # "la principal forma", "the main reason", "the primary goal": a rank only of
            # partners, destinations, markets, suppliers and lenders.
            continue
        if not noun and not held and (between := COMPARATIVE_BETWEEN.match(rest)):
            # "a second, more detailed White Paper", "a third, less ambitious plan": the
            # ordinal ranks the noun after the comparative set off by its comma (round 32a:
            # main read no rank and left the 2016 paper unread).
            noun, noun_start, noun_end = _noun_after(folded, end + between.end())
        if (
            not noun
            and not held
            and not re.match(r"^\s+(?:to|in|a|en|em|of|de|del|dos|das)\b", rest)
            # "foi o segundo maior da série", "o terceiro maior do mundo" (round 33c: main read
            # no rank before a contraction of "de"); an ordinal alone there stays no claim.
            and not (len(word) > 1 and re.match(r"^\s+(?:da|do)\b", rest))
            and not SELF_STANDING_RANKS.match(match.group(0))
        ):
            continue  # "Secondly," handled by the word boundary; a bare ordinal is no claim
        # Adjacent rank words ("the first top Chinese leader") make one mention.
        if found and folded[found[-1].number_end : start].strip() == "":
            previous = found[-1]
            previous.end = max(previous.end, noun_end if noun_end > 0 else end)
            continue
        found.append(_rank_mention(text, start, end, float(rank), noun_start, noun_end))
        if (
            noun_end > 0
            and PARTNER_NOUN.match(noun)
            and (shared := SHARED_RANK_NOUN.match(folded, noun_end))
        ):
            # "o maior parceiro comercial e destino de exportações do Brasil", "the top trading
            # partner and export destination", "el principal socio y destino": the rank word
            # ranks both nouns (round s17c: main read the first only).
            second, second_start, second_end = _noun_after(folded, shared.start("noun"))
            # A likely reading: the second noun may carry a scope of its own ("and market for
            # Brazilian beef"), so it may be borne out, never refuted.
            if second and not any(s < second_end and second_start < e for s, e in taken):
                # "the ninth largest export destination and the largest trading partner": a
                # rank word of its own ranks the second noun first, not ninth (round s23a: main
                # gave the partner the rank 9, and "second … and the largest partner" was borne
                # out by a stored second rank).
                own_rank = 1.0 if shared.group("own") else float(rank)
                shared_rank = _rank_mention(
                    text, second_start, second_end, own_rank, second_start, second_end
                )
                shared_rank.value_doubt = f"the rank word '{match.group(0)}' of the noun before"
                found.append(shared_rank)
    return found


# A comparative set off by a comma between an ordinal and its noun (folded): ", more detailed",
# ", less ambitious" (the noun follows).
COMPARATIVE_BETWEEN = re.compile(r"^,\s(?:more|less)\s(?!than\b)[a-z]{3,20}(?=\s[a-z])")


# After a ranked partner noun, a second one it shares the rank word with: "and/y/e" and a
# partner noun ("destino de exportações", "export destination", "proveedor").
SHARED_RANK_NOUN = re.compile(
    r"(?<!\s)\s+(?:and|y|e)\s+(?:(?:the\s+)?(?P<own>main\s+|top\s+|largest\s+)?)(?P<noun>"
    r"(?:destino|socio|parceiro|mercado|comprador|proveedor|fornecedor|destination|partner|"
    r"trading\s+partner|export\s+(?:destination|market)|market|buyer|supplier)(?![\w]))"
)


def _rank_mention(text: str, start: int, end: int, rank: float, noun_start: int, noun_end: int):
    """A rank read at start:end, with the noun it ranks (if one was found) as its end."""
    return Mention(
        Kind.RANK,
        start,
        noun_end if noun_end > 0 else end,
        rank,
        "rank",
        noun=text[noun_start:noun_end] if noun_start >= 0 else "",
        noun_start=noun_start,
        noun_end=noun_end,
        number_start=start,
        number_end=end,
    )


def _superlatives(text: str, folded: str, excluded, taken) -> list[Mention]:
    """Superlatives of weight after a determiner, read as a first rank: "as mais expressivas",
    "los más importantes", "the most important partner" (not "one of the most important")."""
    found: list[Mention] = []
    for match in [*SUPERLATIVE.finditer(folded), *RELATIVE_SUPERLATIVE.finditer(folded)]:
        start, end = match.span()
        if inside(start, end, excluded) or any(s < end and start < e for s, e in taken):
            continue
        if ONE_OF_BEFORE.search(folded[:start].rstrip() + " " + match.group(0).split()[0]):
            continue
        noun, noun_start, noun_end = _noun_after(folded, end)
        if PREPOSITION_FIRST.match(noun):
            noun, noun_start, noun_end = "", -1, -1  # "os mais comprados pelo Brasil"
        found.append(_rank_mention(text, start, end, 1.0, noun_start, noun_end))
        taken.append((start, found[-1].end))
    for match in POSTPOSED_SUPERLATIVE.finditer(folded):
        start, end = match.start("noun"), match.end()
        if inside(start, end, excluded) or any(s < end and start < e for s, e in taken):
            continue
        noun_start, noun_end = match.span("noun")
        found.append(
            dataclasses.replace(_rank_mention(text, start, end, 1.0, noun_start, noun_end), end=end)
        )
        taken.append((start, end))
    return found


def _in_brackets(folded: str, start: int, end: int) -> bool:
    """Whether the figure at start:end stands inside round brackets ("(3.015,94 millones de
    euros)"): an opening bracket before it with no closing one between, and a closing one
    shortly after it."""
    opening = folded.rfind("(", max(0, start - 16), start)
    if opening < 0 or ")" in folded[opening:start]:
        return False
    closing = folded.find(")", end, end + 24)
    return closing >= 0 and "(" not in folded[end:closing]


def _thousands_before_a_scale(raw: str, folded: str, end: int, lang: str | None) -> bool:
    """Is a Spanish or Portuguese "10,000" written before a scale of millions or more ("10,000
    millones de dólares", "257,000 millones", "500,000 milhões")? Three zeros after a decimal
    comma would be a precision no one writes before such a word: the comma groups thousands
    (round 30d: "creció de 10,000 millones de dólares en 2000" was read as a decimal comma and
    never refuted). Other digits after the comma ("2,360 millones") keep their doubt."""
    if not raw.strip().endswith(",000"):
        return False
    multiplier, _ = scale_at(folded, end, lang)
    return multiplier >= 1e6


def _grouped(raw: str):
    """The number read with its comma grouping thousands ("10,000" → 10000)."""
    digits = re.sub(r"[,\s]", "", raw.strip())
    parsed = parse_number(digits)
    return dataclasses.replace(parsed, ambiguous=False)
