"""changes_in: which figure pairs of a sentence are a change "from A to B", and its direction.

Found by `python3 tasks.py mutate claims_rules` (docs/mutation.md): the rule tests only ever
wrote rising changes, so "fell" read as a rise, a pair skipped before a real change, and the
60-character zone where the verb is looked for were all unpinned.
"""

from __future__ import annotations

import pytest

from chinalac.claims import extract
from chinalac.claims.rules.changes import changes_in
from tests.claims.conftest import tiny_knowledge


def changes(text: str) -> list[tuple[str, str, str]]:
    found = changes_in(extract(text, tiny_knowledge()))
    return [(c.start.text, c.end.text, c.direction) for c in found]


@pytest.mark.parametrize(
    ("verb", "direction"),
    [
        ("rose", "up"),
        ("kept rising", "up"),
        ("fell", "down"),
        ("kept falling", "down"),
        ("went", ""),
    ],
)
def test_the_verb_before_the_change_gives_its_direction(verb, direction):
    text = f"Trade {verb} from $5 billion in 2019 to $3 billion in 2020."
    assert changes(text) == [("$5 billion", "$3 billion", direction)]


def test_a_verb_at_the_start_of_the_sentence_counts():
    assert changes("Fell from $5 billion in 2019 to $3 billion in 2020, trade is low.") == [
        ("$5 billion", "$3 billion", "down")
    ]


@pytest.mark.parametrize(("distance", "direction"), [(60, "down"), (61, "")])
def test_the_verb_is_looked_for_in_the_60_characters_before_the_first_figure(distance, direction):
    text = "Trade fell " + "x" * (distance - 11) + " from $5 billion in 2019 to $3 billion in 2020."
    assert text.index("$5") - text.index("fell") == distance
    assert changes(text) == [("$5 billion", "$3 billion", direction)]


@pytest.mark.parametrize(
    "text",
    [
        # a count, then money: no change of one kind
        "In 2019, 5 ministers met; trade rose from $1 billion to $2 billion.",
        # no "to" between the first two figures
        "Trade fell from $5 billion, a record, before growing from $1 billion to $2 billion.",
        # the first two figures are not written as a change ("from" missing)
        "Trade was $7 billion and $1 billion; it grew from $1 billion to $2 billion.",
    ],
)
def test_a_change_after_a_pair_that_is_none_is_still_found(text):
    assert changes(text) == [("$1 billion", "$2 billion", "up")]


@pytest.mark.parametrize(
    "text",
    [
        "Trade rose from 2 billion yuan to $1 billion.",
        "Trade rose from $1 billion in 2019 to 2 billion yuan in 2020.",
    ],
)
def test_figures_in_two_currencies_are_no_change(text):
    assert changes(text) == []


def test_ranks_written_from_one_to_another_are_no_change_of_level():
    # Two ranks of one kind and unit: an order, not a level that grew by some amount.
    assert changes("China went from 3rd trading partner to 1st trading partner of Brazil.") == []
