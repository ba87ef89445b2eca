"""chinalac.domain.ties.spells: the statuses a state's tie has held, read from the shipped
ties table (the store built from the package), one per spell, in date order."""

from __future__ import annotations

import pytest

from chinalac.domain.ties import TieBook, spells


@pytest.fixture(scope="module")
def book(db) -> TieBook:
    return db.tie_book


def _spells(book, iso3, tie, before=None):
    return [(held.value, held.since) for held in spells(book, iso3, tie, before)]


def test_a_broken_tie_has_each_of_its_spells(book):
    # Nicaragua: relations 1985, Taipei 1990–2021, Beijing again from 2021-12-10.
    held = _spells(book, "NIC", "relations")
    assert held[0] == ("relations", "1985-12")
    assert ("taiwan", "1990") in held
    assert held[-1] == ("relations", "2021-12-10")
    assert held.index(("relations", "1985-12")) < held.index(("taiwan", "1990"))


def test_spells_before_a_date_leave_the_later_ones_out(book):
    assert _spells(book, "NIC", "relations", before="2000-01-01") == [
        ("relations", "1985-12"),
        ("taiwan", "1990"),
    ]
    assert _spells(book, "NIC", "relations", before="1985-01-01") == []


def test_an_unbroken_tie_has_one_spell(book):
    # Chile's relations with the PRC, from December 1970, never broken.
    held = _spells(book, "CHL", "relations")
    assert len(held) == 1 and held[0][0] == "relations" and held[0][1].startswith("1970")


def test_an_fta_signed_then_in_force_is_two_spells(book):
    assert _spells(book, "NIC", "fta") == [("signed", "2023-08"), ("in_force", "2024-01-01")]


def test_rival_rows_are_the_conflicting_dates_of_the_same_status(book):
    from chinalac.domain.ties import rival_rows

    # Panama's Belt and Road memorandum: 2017-11-17 (Varela's visit), and a row flagged CONFLICT
    # dating it to Xi's visit of 2018-12-03 (DW).
    assert [row.date for row in rival_rows(book, "PAN", "bri", "member")] == ["2018-12-03"]
    # Chile's relations with the PRC have no conflicting row.
    assert rival_rows(book, "CHL", "relations", "relations") == []
    # A conflicting row of another status is no rival of this one.
    assert rival_rows(book, "PAN", "bri", "withdrawn") == []
