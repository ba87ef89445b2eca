"""Module-level set-ups and tasks for the worker-pool tests (a worker imports them by name)."""

from __future__ import annotations

import time


def slow_start(seconds: float) -> str:
    time.sleep(seconds)
    return "state"


def broken_start() -> None:
    raise RuntimeError("the state could not be opened")


def echo(state, value):
    return (state, value)


def sleep_for(state, seconds: float) -> str:
    time.sleep(seconds)
    return state
