"""The worker pool behind the checker and the SQL page: limits count the task, not the start."""

from __future__ import annotations

import pytest

from chinalac.web.workers import TaskTimedOut, WorkerFailed, WorkerPool
from tests.web import worker_tasks


@pytest.fixture
def pool_factory():
    pools: list[WorkerPool] = []

    def make(setup, setup_args=(), **options) -> WorkerPool:
        pool = WorkerPool("test", 1, setup, setup_args, **options)
        pools.append(pool)
        return pool

    yield make
    for pool in pools:
        pool.close()


def test_a_slow_worker_start_does_not_count_against_the_first_task(pool_factory):
    # The start (2 s) is longer than the task's whole limit plus its grace (0.5 + 2 s would
    # not be enough if the start were counted together with a 1 s task).
    pool = pool_factory(worker_tasks.slow_start, (2.0,), time_limit=0.5)
    assert pool.call(worker_tasks.sleep_for, 1.0) == "state"
    assert pool.call(worker_tasks.echo, 7) == ("state", 7)


def test_a_task_past_its_limit_is_stopped_and_the_pool_goes_on(pool_factory):
    pool = pool_factory(worker_tasks.slow_start, (0.0,), time_limit=0.2)
    with pytest.raises(TaskTimedOut):
        pool.call(worker_tasks.sleep_for, 60.0)
    assert pool.call(worker_tasks.echo, "next") == ("state", "next")


def test_a_set_up_that_fails_is_a_worker_failure_not_a_hang(pool_factory):
    pool = pool_factory(worker_tasks.broken_start, time_limit=5.0)
    with pytest.raises(WorkerFailed):
        pool.call(worker_tasks.echo, 1)
