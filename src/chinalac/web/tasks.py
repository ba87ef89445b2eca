"""The tasks the dashboard's worker processes run (see workers.py), and the store's generation.

Each task receives the worker's state and the store generation the web process is serving;
a worker whose state was made from an older generation reopens it first, so after a build
or an ingest the checker and the SQL page answer from the same store as the pages.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import warnings
from pathlib import Path


def store_generation(path: str | Path) -> tuple[int, int, int] | None:
    """What identifies one version of the store file: a rebuild renames a new file over it
    (new inode), an ingest rewrites it in place (new mtime)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


# -- the article checker -------------------------------------------------------------------
def checker_state(db_path: str) -> dict:
    """Loaded at the worker's start, which has its own limit, so the first check's time
    limit counts the check only (not the imports and the knowledge)."""
    state = {"path": db_path, "generation": None, "knowledge": None}
    with contextlib.suppress(Exception):  # no store yet: the first task says so, in words
        load_knowledge(state, store_generation(db_path))
    return state


def load_knowledge(state: dict, generation) -> None:
    from chinalac.claims.check import knowledge_for

    if state["knowledge"] is None or state["generation"] != generation:
        state["knowledge"] = knowledge_for(state["path"])
        state["generation"] = generation


def check_text(state: dict, text: str, generation, date: str | None = None) -> str:
    """The checker's results as a JSON array (a string: the web process passes it on to
    /api/check as it is, and parses it off the event loop for the page). `date` (YYYY-MM-DD)
    dates an article without a dateline, for "last year" and the like."""
    from chinalac.claims import check, results_to_json

    load_knowledge(state, generation)
    with warnings.catch_warnings():  # input warnings (e.g. HTML stripped) are not errors here
        warnings.simplefilter("ignore")
        results = check(text, db=state["knowledge"], date=date or None)
    # Compact: the payload is parsed again just below, so its layout is lost anyway, and
    # json.dumps with an indent runs the pure-Python encoder (≈1.5 s of the 200 KB run-on
    # article's check), without one the C encoder.
    payload = results_to_json(results, indent=None)
    claims = json.loads(payload) if isinstance(payload, str) else payload
    if isinstance(claims, dict):  # {"claims": [...]} or a single object
        claims = claims.get("claims", claims.get("results", [claims]))
    claims = list(claims)
    try:
        # Most results hold no inf/nan: encoded as they are (allow_nan=False refuses any),
        # without first copying every list and dict through finite() (≈0.4 s of CPU on the
        # 200 KB run-on article's 3,341 claims).
        return json.dumps(claims, ensure_ascii=False, allow_nan=False)
    except ValueError:
        return json.dumps(finite(claims), ensure_ascii=False, allow_nan=False)


def finite(value):
    """The value with every non-finite float (inf, nan) replaced by None: valid JSON."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list):
        return [finite(item) for item in value]
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    return value


# -- the SQL page --------------------------------------------------------------------------
def sql_state(db_path: str, folder: str, row_limit: int, time_limit: float) -> dict:
    """Opened at once, so the worker's memory cap is set on top of an open sandbox."""
    state = {"args": (db_path, folder, row_limit, time_limit), "generation": None, "sandbox": None}
    run_query(state, "SELECT 1", store_generation(db_path))
    return state


def run_query(state: dict, query: str, generation):
    from chinalac.web.sql_sandbox import SqlSandbox

    if state["sandbox"] is None or state["generation"] != generation:
        if state["sandbox"] is not None:
            state["sandbox"].close()
        db_path, folder, row_limit, time_limit = state["args"]
        state["sandbox"] = SqlSandbox(
            db_path, row_limit=row_limit, time_limit=time_limit, folder=folder
        )
        state["generation"] = generation
    return state["sandbox"].run(query)
