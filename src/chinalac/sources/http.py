"""HTTP with patience: retries with exponential backoff, and downloads that resume.

Public statistical APIs answer 429 (rate limit) and 5xx under load and time out on large
files; a fetch must survive that without duplicating work. A connection that cannot be made
at all, though, almost always means no network: that fails at once with "no network", unless
the caller asked for retries (`RetryPolicy.with_retries`, the CLI's `--retries N`). `sleep`
is injectable so that tests replay recorded failures without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "chinalac (https://github.com/chinalac; open data observatory)"


# Seconds to wait for a connection: a reachable server answers far sooner, so an offline
# machine learns it in one short attempt.
CONNECT_TIMEOUT = 5.0
# Failures to open a connection at all (DNS, refused, unreachable, connect timeout).
NO_CONNECTION = (httpx.ConnectError, httpx.ConnectTimeout)


class FetchError(Exception):
    """A request that kept failing after every retry, or that failed for good."""


@dataclass
class RetryPolicy:
    attempts: int = 6  # for answers that say "busy" (429, 5xx), read timeouts, dropped transfers
    connect_attempts: int = 1  # for a connection that cannot be made: no network, say so
    base_delay: float = 1.0  # seconds; doubles after every failure
    max_delay: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep)

    @classmethod
    def with_retries(cls, retries: int | None, **options) -> RetryPolicy:
        """The default policy, or `retries` more attempts after any failure (--retries N)."""
        if retries is None:
            return cls(**options)
        return cls(attempts=retries + 1, connect_attempts=retries + 1, **options)

    def no_network(self, url: str, exc: Exception, failures: int) -> FetchError | None:
        """The error to raise after `failures` failed connections, or None to try again."""
        if failures < self.connect_attempts:
            return None
        host = httpx.URL(url).host
        tried = f"after {failures} attempts" if failures > 1 else "after one attempt"
        hint = "" if self.connect_attempts > 1 else "; give --retries N to keep trying"
        return FetchError(f"no network: cannot connect to {host} {tried} ({exc}){hint}")

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        if response is not None:
            retry_after = response.headers.get("Retry-After", "")
            if retry_after.isdigit():  # the server knows best how long to wait
                return min(float(retry_after), self.max_delay)
        return min(self.base_delay * 2 ** (attempt - 1), self.max_delay)


def make_client(timeout: float = 60.0) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(timeout, connect=CONNECT_TIMEOUT),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=True,
    )


def get_json(
    client: httpx.Client,
    url: str,
    *,
    params: dict | None = None,
    headers: dict | None = None,
    policy: RetryPolicy | None = None,
):
    """GET `url` and decode JSON, retrying 429/5xx answers, timeouts and dropped connections."""
    policy = policy or RetryPolicy()
    last, unconnected, answered = "", 0, False  # answered: the server has been reached once
    for attempt in range(1, policy.attempts + 1):
        response = None
        try:
            response = client.get(url, params=params, headers=headers)
            answered = True
        except NO_CONNECTION as exc:
            unconnected += not answered  # the server was never reached: maybe offline
            if not answered and (error := policy.no_network(url, exc, unconnected)):
                raise error from None
            last = f"{type(exc).__name__}: {exc}"
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            last = f"{type(exc).__name__}: {exc}"
        else:
            if response.status_code == 200:
                try:
                    return response.json()
                except ValueError as exc:
                    raise FetchError(f"{url}: the answer is not JSON ({exc})") from None
            if response.status_code not in RETRY_STATUS:
                raise FetchError(f"{url}: HTTP {response.status_code}: {response.text[:300]}")
            last = f"HTTP {response.status_code}"
        if attempt < policy.attempts:
            policy.sleep(policy.delay(attempt, response))
    raise FetchError(f"{url}: gave up after {policy.attempts} attempts (last: {last})")


def download(
    client: httpx.Client,
    url: str,
    target: Path,
    *,
    policy: RetryPolicy | None = None,
    on_bytes: Callable[[int, int | None], None] | None = None,
) -> Path:
    """Stream `url` to `target`, resuming a partial `<target>.part` with an HTTP Range request.

    The file only gets its final name once complete, so an interrupted download is resumed
    by the next call (or the next run) instead of being mistaken for a release. The server's
    ETag (or Last-Modified) of the partial download is kept in `<target>.part.validator` and
    sent as If-Range: if the file changed upstream, the server sends it whole and the download
    starts over, never splicing two versions. `on_bytes(done, total)` reports progress.
    """
    policy = policy or RetryPolicy()
    if target.exists():
        return target
    partial = target.with_name(target.name + ".part")
    validator = target.with_name(target.name + ".part.validator")
    target.parent.mkdir(parents=True, exist_ok=True)
    last, unconnected, answered = "", 0, False  # answered: the server has been reached once
    for attempt in range(1, policy.attempts + 1):
        have = partial.stat().st_size if partial.exists() else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        if have and validator.exists():
            headers["If-Range"] = validator.read_text(encoding="utf-8").strip()
        response = None
        try:
            with client.stream("GET", url, headers=headers) as response:
                answered = True
                if response.status_code == 416:  # nothing left to fetch: the part is whole
                    break
                if response.status_code not in (200, 206):
                    if response.status_code not in RETRY_STATUS:
                        raise FetchError(f"{url}: HTTP {response.status_code}")
                    last = f"HTTP {response.status_code}"
                else:
                    resumed = response.status_code == 206
                    if not resumed:
                        have = 0  # the server ignored the range, or the file changed: start over
                        tag = response.headers.get("ETag") or response.headers.get("Last-Modified")
                        if tag:
                            validator.write_text(tag, encoding="utf-8")
                        else:
                            validator.unlink(missing_ok=True)
                    total = _expected_size(response, have)
                    with partial.open("ab" if resumed else "wb") as out:
                        for chunk in response.iter_bytes(1 << 20):
                            out.write(chunk)
                            have += len(chunk)
                            if on_bytes:
                                on_bytes(have, total)
                    if total is not None and have < total:
                        last = f"connection closed at {have} of {total} bytes"
                    else:
                        break
        except NO_CONNECTION as exc:
            unconnected += not answered
            if not answered and (error := policy.no_network(url, exc, unconnected)):
                kept = f"; {partial} is kept and the next run resumes it" if have else ""
                raise FetchError(f"{error}{kept}") from None
            last = f"{type(exc).__name__}: {exc}"
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            last = f"{type(exc).__name__}: {exc}"
        if attempt == policy.attempts:
            raise FetchError(
                f"{url}: gave up after {policy.attempts} attempts (last: {last}); "
                f"{partial} is kept and the next run resumes it"
            )
        policy.sleep(policy.delay(attempt, response))
    partial.replace(target)
    validator.unlink(missing_ok=True)
    return target


def _expected_size(response: httpx.Response, already: int) -> int | None:
    content_range = response.headers.get("Content-Range", "")
    if "/" in content_range and content_range.rsplit("/", 1)[1].isdigit():
        return int(content_range.rsplit("/", 1)[1])
    length = response.headers.get("Content-Length", "")
    return already + int(length) if length.isdigit() else None
