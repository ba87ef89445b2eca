"""What every route shares: the dashboard's state, the request's language, cached pages."""

from __future__ import annotations

import functools
import gzip
import hashlib
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from chinalac.web import i18n
from chinalac.web.rendering import PageCache, PageLocation, Renderer
from chinalac.web.store import WebStore
from chinalac.web.tasks import store_generation
from chinalac.web.workers import WorkerPool

CHECK_WORKERS = 2
CHECK_TIME_LIMIT_SECONDS = 30.0
SQL_WORKERS = 1
SQL_MEMORY_ALLOWANCE_BYTES = 1_000_000_000  # address space the SQL worker may add once set up
STORE_CHECK_INTERVAL_SECONDS = 1.0


class Dashboard:
    """The application's state: the store, the templates and the cache of rendered pages.

    When the store file changes under a running dashboard (a rebuild renames a new file over
    it, an ingest rewrites its views), the next request reopens it and starts a new page
    cache, and the workers reopen their copy at their next task: pages, checks and SQL
    always answer from one version of the store.
    """

    def __init__(self, db_path: str | Path, site_mode: bool = False):
        self.db_path = str(db_path)
        self.generation = store_generation(db_path)
        self.store = WebStore(db_path)
        self.site_mode = site_mode
        self.cache = PageCache()
        self._retired: list[WebStore] = []
        self._checked_at = time.monotonic()
        self._refresh_lock = threading.Lock()
        self.renderer = Renderer(
            {
                "country_name": self.country_name,
                "pledge": self.pledge,
                "tie_type": self.tie_type,
                "source": self.source,
                "search_names": lambda: self.store.search_names,
                "site_mode": site_mode,
            }
        )

    def country_name(self, iso3: str, lang: str) -> str:
        names = self.store.country_names.get(iso3)
        return names.get(lang) or names["en"] if names else iso3

    def pledge(self, commitment_id: str) -> dict | None:
        """The stored pledge (who made it, when, its metric) an evidence item cites."""
        return self.store.pledges.get(commitment_id)

    def tie_type(self, tie_id: str) -> str | None:
        """The type of the stored tie an evidence item cites ("ties:12" → "bri_mou")."""
        return self.store.tie_types.get(tie_id)

    def source(self, source_id: str | None) -> dict | None:
        return self.store.sources.get(source_id) if source_id else None

    def refresh(self) -> None:
        """Reopen the store if its file changed (checked at most once a second)."""
        now = time.monotonic()
        if now - self._checked_at < STORE_CHECK_INTERVAL_SECONDS:
            return
        self._checked_at = now
        generation = store_generation(self.db_path)
        if generation is None or generation == self.generation:
            return
        with self._refresh_lock:
            if generation == self.generation:
                return
            try:
                store = WebStore(self._fresh_link(generation))
            except Exception:  # mid-write or locked: keep serving the old one, try again later
                return
            # Requests still running on the old store finish on it; it is closed at shutdown.
            self._retired.append(self.store)
            self.store, self.generation = store, generation
            self.cache = PageCache()
            self.__dict__.pop("layers", None)

    def _fresh_link(self, generation) -> str:
        """A new name for the store file: DuckDB keeps one instance per path and process, so
        opening the same path again would give back the old file's instance."""
        if "_links" not in self.__dict__:  # beside the store: a hard link needs one file system
            self._links = tempfile.mkdtemp(prefix=".web-", dir=Path(self.db_path).parent)
        folder = self._links
        link = Path(folder) / f"store-{generation[0]}-{generation[1]}.duckdb"
        if not link.exists():
            os.link(self.db_path, link)  # same file system only: else keep the old store
        return str(link)

    def close(self) -> None:
        for name in ("check_pool", "sql_pool"):
            pool = self.__dict__.get(name)
            if pool is not None:
                pool.close()
        folder = self.__dict__.get("sql_folder")
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        for store in [*self._retired, self.store]:
            store.close()
        if "_links" in self.__dict__:
            shutil.rmtree(self.__dict__["_links"], ignore_errors=True)

    @functools.cached_property
    def check_pool(self) -> WorkerPool:
        """The article checker's worker processes (CPU-bound work, off the web process)."""
        from chinalac.web.tasks import checker_state

        return WorkerPool(
            "check",
            CHECK_WORKERS,
            checker_state,
            (self.db_path,),
            time_limit=CHECK_TIME_LIMIT_SECONDS,
            max_waiting=6,
        )

    @functools.cached_property
    def sql_folder(self) -> str:
        return tempfile.mkdtemp(prefix="chinalac-sql-")

    @functools.cached_property
    def sql_pool(self) -> WorkerPool:
        """The SQL page's worker process: its own pool, so queries never hold up checks or pages."""
        from chinalac.web.sql_sandbox import ROW_LIMIT, TIME_LIMIT_SECONDS
        from chinalac.web.tasks import sql_state

        return WorkerPool(
            "sql",
            SQL_WORKERS,
            sql_state,
            (self.db_path, self.sql_folder, ROW_LIMIT, TIME_LIMIT_SECONDS),
            time_limit=TIME_LIMIT_SECONDS,
            memory_limit=SQL_MEMORY_ALLOWANCE_BYTES,
            max_waiting=2,
        )

    @functools.cached_property
    def layers(self):
        from chinalac.web.layers import build_layers

        return build_layers(self.store)


def dashboard(request: Request) -> Dashboard:
    state = request.app.state.dashboard
    state.refresh()
    return state


def language(request: Request) -> str:
    return i18n.choose_language(
        request.query_params.get("lang"),
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
    )


def location(request: Request, lang: str | None = None) -> PageLocation:
    state = dashboard(request)
    # Parsed, then encoded again in a fixed order: `?metric=trade%26sort%3Dvalue` and
    # `?metric=trade&sort=value` are different pages and never share a cache entry.
    query = urlencode(
        sorted((key, value) for key, value in request.query_params.multi_items() if key != "lang")
    )
    return PageLocation(
        path=request.url.path,
        lang=lang or language(request),
        site_mode=state.site_mode,
        query=query,
    )


def page_key(here: PageLocation) -> tuple:
    return ("page", here.path, here.query, here.lang)


def page_response(
    request: Request, here: PageLocation, rendered: tuple[bytes, bytes, str], status_code: int = 200
) -> Response:
    body, compressed, etag = rendered
    headers = {"Vary": "Accept-Encoding, Accept-Language, Cookie", "ETag": etag}
    if status_code == 200 and etag in request.headers.get("if-none-match", ""):
        # The browser holds this very page (same path, query, language and store): no body.
        response = Response(status_code=304, headers=headers)
    elif "gzip" in request.headers.get("accept-encoding", ""):
        response = HTMLResponse(compressed, status_code=status_code, headers=headers)
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = HTMLResponse(body, status_code=status_code, headers=headers)
    remember_language(request, response, here.lang)
    return response


def cached_page(
    request: Request,
    template: str,
    make_context: Callable[[str], dict],
    status_code: int = 200,
) -> Response:
    """Render `template` with make_context(lang), cached per (path, query, language)."""
    state = dashboard(request)
    here = location(request)

    def render() -> tuple[bytes, bytes, str]:
        context = make_context(here.lang)
        body = state.renderer.render(template, here, **context).encode("utf-8")
        # Compressed once, when cached: the map page's SVG shrinks to about a quarter. The
        # ETag is weak: one tag for the page whether it travels compressed or not.
        etag = 'W/"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        return body, gzip.compress(body, compresslevel=6, mtime=0), etag

    rendered = state.cache.get_or_make(page_key(here), render)
    return page_response(request, here, rendered, status_code)


def served_from_cache(handler):
    """Route decorator: answer from the page cache on the event loop, else run `handler`
    (a plain function doing queries and rendering) in the thread pool.

    Most requests are cache hits; answering them without a hop to a worker thread is what
    keeps latency low with many concurrent clients. Only successful pages are ever cached, so
    a hit needs no validation: the same path and query were valid before.
    """

    @functools.wraps(handler)
    async def route(request: Request, **parameters):
        here = location(request)
        rendered = dashboard(request).cache.get(page_key(here))
        if rendered is not None:
            return page_response(request, here, rendered)
        return await run_in_threadpool(handler, request=request, **parameters)

    return route


class CachedPages:
    """ASGI middleware: a GET for a page already in the page cache is answered here, before
    routing, parameter parsing, the body limit and the compression middleware.

    Under load almost every request is such a hit, and this is what makes it cheap: the
    page's key (path, normalised query, language) is computed exactly as `cached_page` does,
    and only pages that rendered successfully are ever cached, so a hit needs no validation.
    Everything else, first renders included, goes on to the application.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            request = Request(scope)
            here = location(request)
            rendered = dashboard(request).cache.get(page_key(here))
            if rendered is not None:
                await page_response(request, here, rendered)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def uncached_page(request: Request, template: str, status_code: int = 200, **context) -> Response:
    state = dashboard(request)
    here = location(request)
    body = state.renderer.render(template, here, **context)
    response = HTMLResponse(body, status_code=status_code)
    remember_language(request, response, here.lang)
    return response


def remember_language(request: Request, response: Response, lang: str) -> None:
    """`?lang=` on any page sets the cookie too, so the choice sticks."""
    if request.query_params.get("lang") == lang and request.cookies.get(i18n.COOKIE) != lang:
        set_language_cookie(response, lang)


def set_language_cookie(response: Response, lang: str) -> None:
    response.set_cookie(i18n.COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
