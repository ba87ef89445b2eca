"""Ranks written with a number: "China is Brazil's No. 1 trading partner" (the "No." read as a
numbered label, like "Law No. 1", hid the rank and main gave no claim) and the Spanish and
Portuguese "el socio comercial número uno", "o parceiro comercial número um" (a rank after its
noun, which main did not read). Real-shaped sentences, our own, on the package's knowledge base."""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check


def _ranks(text, kb):
    # Dated: an undated text's rank of no year is not judged (ranks change; lead, stop 44).
    return [r for r in check(text, db=kb, date="2025-02-15") if r.claim.kind is Kind.RANK]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("China is Brazil's No. 1 trading partner.", 1),
        ("China is Chile's No.1 trading partner.", 1),
        ("China was Brazil's No. 3 trading partner in 2001.", 3),
        ("China has become Peru's No. 1 export destination.", 1),
    ],
)
def test_no_before_a_digit_and_a_partner_is_a_rank(kb, text, rank):
    (result,) = _ranks(text, kb)
    assert result.claim.value == rank
    assert not [r for r in check(text, db=kb) if r.claim.kind is Kind.COUNT]


@pytest.mark.parametrize(
    "text",
    [
        "China is Brazil's No. 1 trading partner.",
        "China es el socio comercial número uno de Chile.",
        "A China é o parceiro comercial número um do Brasil.",
    ],
)
def test_a_numbered_first_rank_is_checked_against_the_stored_rank(kb, text):
    (result,) = _ranks(text, kb)
    assert result.claim.value == 1
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "china_partner_rank" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "The rule is set out in Law No. 1 of 2009.",
        "See table No. 2 for the totals.",
        "Issue No. 3 of the bulletin was published in 2019.",
    ],
)
def test_a_numbered_label_is_still_no_claim(kb, text):
    assert not _ranks(text, kb)
    assert not [r for r in check(text, db=kb) if r.claim.text.strip() in ("1", "2", "3")]


def test_a_rank_of_another_partner_is_not_chinas(kb):
    text = "Estados Unidos sigue siendo el socio comercial número uno de México."
    (result,) = _ranks(text, kb)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
