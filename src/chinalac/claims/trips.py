"""The words of a trip in the three languages (folded text), in one place.

`TRIP_NOUN` ("trip", "tour", "visit", "gira", "viaje", "visita", "viagem") tells `extract` that a
date names a trip, so the date is a claim of its own beside the sentence's figures. `TRIP` adds
the verbs ("visited", "viajó", "visitou") and "journey", for the visit-date rule, which looks
for any word of a trip in the date's clause.
"""

from __future__ import annotations

import re

_NOUNS = r"trips?|tours?|visits?|giras?|viajes?|visitas?|viagem|viagens"
# "toured", "travelled", "recorrió", "percorreu" too (lead, stop 43: "In July 2014 Xi toured
# Brazil, Argentina, Venezuela and Cuba" was read as a date of no metric).
_VERBS = (
    r"visited|journey|viajo|visito|visitou|viajou|toured|travell?ed|recorrio|percorreu"
    r"|visitaron|visitaram"
    # The host's side of a visit, and the future of one: "Dilma receberá em julho, em Brasília,
    # o presidente chinês, Xi Jinping", "recibió a Xi en julio", "will host Xi in July",
    # "visitará o Brasil em julho" (round 49a).
    r"|recebeu|recebera|receberam|recibio|recibira|recibieron|hosted|host|hosts"
    r"|visitara|visitarao|visitaran|viajara"
)

TRIP_NOUN = re.compile(rf"\b(?:{_NOUNS})\b")
TRIP = re.compile(rf"\b(?:{_NOUNS}|{_VERBS})\b")
