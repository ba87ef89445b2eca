"""Work that could hold the dashboard up runs in worker processes, each task with a time limit.

A worker is a spawned Python process that serves one task at a time through a pipe; a pool
has a fixed number of them, so the article checker and the SQL page each have their own and
neither can starve the other or the pages (which stay in the web process's threads):

* a task that runs past its time limit gets its worker killed and replaced (`TaskTimedOut`):
  a runaway regex or query cannot outlive its request;
* a worker that dies (out of memory under its address-space limit, a crash) is replaced too
  (`WorkerFailed`);
* when `max_waiting` tasks are already queued, new work is refused at once (`PoolBusy`)
  rather than queued for minutes.

Each task names a module-level function `function(state, *args)`; `state` is what the
pool's `setup(*setup_args)` returned in that worker (the knowledge to check against, an
open sandbox), made once per worker. Tasks carry the store's generation so a worker can
reopen its state after a rebuild or an ingest.

Waiting happens in the pool's own threads, never on the event loop and never in the
thread pool that renders pages.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any

KILL_GRACE_SECONDS = 2.0  # a task gets this long past its limit to stop on its own
# A new worker imports the libraries and opens its state before its first task. That start
# is not the task's time: on a loaded machine it can take longer than a task's whole limit,
# and counting it made a one-sentence check time out. It has its own, generous, limit.
START_LIMIT_SECONDS = 120.0
WORKER_NICENESS = 10


class PoolBusy(RuntimeError):
    """Too many tasks are already waiting: try again in a moment."""


class TaskTimedOut(RuntimeError):
    """The task ran past its time limit; its worker was stopped."""


class WorkerFailed(RuntimeError):
    """The worker died while running the task (e.g. it ran out of its memory allowance)."""


def _address_space_bytes() -> int | None:
    """This process's virtual size (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _serve(connection: Connection, setup, setup_args: tuple, memory_limit: int | None) -> None:
    """The worker process: build the state, cap the memory, then answer tasks.

    memory_limit is an allowance on top of what the worker maps once set up (the libraries
    reserve far more address space than they use): past it, allocations fail.
    """
    state = setup(*setup_args) if setup is not None else None
    baseline = _address_space_bytes() if memory_limit else None
    if memory_limit and baseline:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (baseline + memory_limit, baseline + memory_limit))
    connection.send(("ready", None))
    while True:
        try:
            function, args = connection.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", function(state, *args))
        except MemoryError:
            reply = ("error", WorkerFailed("the task ran out of memory"))
        except Exception as error:  # sent back to the caller, who decides what it means
            reply = ("error", error)
        try:
            connection.send(reply)
        except Exception as error:  # an unpicklable result or error: send its words instead
            connection.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))


def worker_main(fd: int) -> None:
    """Entry point of a worker process: its end of the socket pair is file descriptor `fd`.

    Workers run at a lower CPU priority than the web process: on a busy machine a long
    check or query slows down before the pages do."""
    with contextlib.suppress(AttributeError, OSError):  # os.nice: not on Windows
        os.nice(WORKER_NICENESS)
    connection = Connection(fd)
    setup, setup_args, memory_limit = connection.recv()
    _serve(connection, setup, setup_args, memory_limit)


class _Worker:
    """A fresh interpreter (never a fork of the threaded server, never a re-import of the
    server's __main__), talking over a socket pair."""

    def __init__(self, setup, setup_args: tuple, memory_limit: int | None):
        ours, theirs = socket.socketpair()
        with theirs:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys; from chinalac.web.workers import worker_main; "
                    "worker_main(int(sys.argv[1]))",
                    str(theirs.fileno()),
                ],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
            )
        self.connection = Connection(ours.detach())
        self.connection.send((setup, setup_args, memory_limit))
        self.ready = False

    def wait_until_ready(self) -> None:
        """Wait for the worker to finish its start (imports, state), once."""
        if self.ready:
            return
        if not self.connection.poll(START_LIMIT_SECONDS):
            raise WorkerFailed(f"the worker did not start within {START_LIMIT_SECONDS:g} s")
        self.connection.recv()  # ("ready", None); EOFError if the set-up failed
        self.ready = True

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.wait(5)
        with contextlib.suppress(Exception):
            self.connection.close()


class WorkerPool:
    def __init__(
        self,
        name: str,
        size: int,
        setup: Callable | None,
        setup_args: tuple = (),
        *,
        time_limit: float,
        memory_limit: int | None = None,
        max_waiting: int = 8,
    ):
        self.name = name
        self.size = size
        self.time_limit = time_limit
        self.max_waiting = max_waiting
        self._setup = setup
        self._setup_args = setup_args
        self._memory_limit = memory_limit
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        self._started = False
        self._closed = False
        self._lock = threading.Lock()
        self._pending = 0  # tasks running or waiting
        self._threads = ThreadPoolExecutor(size + max_waiting, thread_name_prefix=name)
        self._workers: set[_Worker] = set()

    def _new_worker(self) -> _Worker:
        worker = _Worker(self._setup, self._setup_args, self._memory_limit)
        with self._lock:
            self._workers.add(worker)
        return worker

    def start(self) -> None:
        """Start the workers now (otherwise at the first task)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        for _ in range(self.size):
            self._idle.put(self._new_worker())

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._workers.discard(worker)

    def call(self, function: Callable, *args: Any, time_limit: float | None = None) -> Any:
        """Run function(state, *args) in a worker and wait for it (blocking)."""
        self._admit()
        return self._call_admitted(function, args, time_limit)

    def _call_admitted(self, function: Callable, args: tuple, time_limit: float | None) -> Any:
        limit = self.time_limit if time_limit is None else time_limit
        try:
            self.start()
            worker = self._idle.get()
            if worker is None:  # closing
                self._idle.put(None)
                raise WorkerFailed(f"the {self.name} pool is closed")
            return self._run_on(worker, function, args, limit)
        finally:
            with self._lock:
                self._pending -= 1

    def _admit(self) -> None:
        """Count one more task, or refuse it (PoolBusy) when the queue is full."""
        with self._lock:
            if self._closed:
                raise WorkerFailed(f"the {self.name} pool is closed")
            if self._pending >= self.size + self.max_waiting:
                raise PoolBusy(f"the {self.name} workers are busy: try again in a moment")
            self._pending += 1

    def _run_on(self, worker: _Worker, function: Callable, args: tuple, limit: float) -> Any:
        healthy = False
        try:
            worker.wait_until_ready()  # the time limit below counts the task only
            worker.connection.send((function, args))
            if not worker.connection.poll(limit + KILL_GRACE_SECONDS):
                raise TaskTimedOut(f"stopped after {limit:g} s")
            status, value = worker.connection.recv()
            healthy = True
        except (EOFError, OSError, BrokenPipeError):
            raise WorkerFailed("the worker stopped while running the task") from None
        finally:
            if healthy or self._closed:
                self._idle.put(worker if healthy else None)
            else:
                self._retire(worker)
                self._idle.put(self._new_worker())
        if status == "error":
            raise value
        return value

    async def run(self, function: Callable, *args: Any, time_limit: float | None = None) -> Any:
        """`call` from async code: the wait happens in the pool's own threads."""
        self._admit()  # before queueing for a thread: a full pool refuses at once
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(
                self._threads, self._call_admitted, function, args, time_limit
            )
        except BaseException:
            with self._lock:
                self._pending -= 1
            raise
        return await future

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
        self._idle.put(None)
        for worker in workers:
            self._retire(worker)
        self._threads.shutdown(wait=False, cancel_futures=True)
