"""A place held in a ranking, in the shapes main left unread (stop 35, on the dev misses u2020,
u2211, u2214, u2708, u3658, u4408, u4907): a name "em nono lugar" with its verb left out; "ocuparon
el tercer lugar"; a place moved to ("had risen to second place", "sobe para o segundo lugar",
"relegó a Brasil al segundo lugar"); the place first, then its verb ("En segunda posición quedó
…"). "En segundo lugar," opening an item of a list stays no claim. Sentences are our own."""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check


def _ranks(text: str):
    return [r for r in check(text) if r.claim.kind is Kind.RANK]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Entre los emergentes, Indonesia lideró y Brasil en noveno lugar.", 9),
        ("Com a Indonésia na liderança, o Brasil ficou desta vez em nono lugar.", 9),
        ("Los lácteos ocuparon el tercer lugar con 818 millones de dólares.", 3),
        ("Os lácteos ocuparam o terceiro lugar, com 818 milhões de dólares.", 3),
        ("By 2022, China had risen to second place.", 2),
        ("A indústria manufatureira sobe para o segundo lugar, com 28% dos projetos.", 2),
        ("China relegó a Brasil al segundo lugar entre los socios de Argentina.", 2),
        ("En segunda posición quedó la celulosa, con 2.019 millones de dólares.", 2),
        ("Em terceiro lugar ficou o petróleo, com 9 bilhões de dólares.", 3),
        ("In second place came soybeans, at US$ 5 billion.", 2),
    ],
)
def test_a_place_held_is_a_rank(text, rank):
    found = _ranks(text)
    assert [r.claim.value for r in found] == [rank], [r.claim.text for r in found]
    # A place of no stated measure is never judged either way.
    assert all(r.verdict is Verdict.UNVERIFIABLE for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "En segundo lugar, China invierte en minería.",
        "Em segundo lugar, a China investe em mineração.",
        "El cobre, en primer lugar, explica la caída.",
        "O minério de ferro, em segundo lugar, somou 20 bilhões de dólares.",
        "Y en segundo lugar la inversión creció.",
        "In second place, the report looks at loans.",
    ],
)
def test_a_list_item_opener_is_no_rank(text):
    assert not _ranks(text), [r.claim.text for r in _ranks(text)]
