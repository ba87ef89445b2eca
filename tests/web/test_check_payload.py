"""The check worker's payload (web/tasks.check_text): valid JSON whatever the results hold."""

from __future__ import annotations

import json

import chinalac.claims
from chinalac.claims.check import knowledge_for
from chinalac.web import tasks


def _state() -> dict:
    return {"path": None, "generation": None, "knowledge": knowledge_for(None)}


def test_non_finite_numbers_become_null(monkeypatch):
    # The payload is encoded as it is when it can be; an inf or nan anywhere sends it
    # through finite() instead, so the answer stays valid JSON (allow_nan=False).
    monkeypatch.setattr(
        chinalac.claims,
        "results_to_json",
        lambda results, indent=None: '[{"value": Infinity, "evidence": [{"v": NaN}], "n": 1.5}]',
    )
    payload = tasks.check_text(_state(), "Trade reached US$5 billion in 2021.", None)
    assert json.loads(payload) == [{"value": None, "evidence": [{"v": None}], "n": 1.5}]
    assert "Infinity" not in payload and "NaN" not in payload


def test_payload_is_the_results_as_json():
    text = "Trade between China and Brazil reached US$5 billion in 2021."
    state = _state()
    payload = json.loads(tasks.check_text(state, text, None))
    results = chinalac.claims.check(text, db=state["knowledge"])
    assert payload == json.loads(chinalac.claims.results_to_json(results))
    assert payload and payload[0]["text"]
