"""What every route shares: the dashboard's state, the request's language, cached pages."""

from __future__ import annotations

import functools
import gzip
from collections.abc import Callable
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from chinalac.web import i18n
from chinalac.web.rendering import PageCache, PageLocation, Renderer
from chinalac.web.store import WebStore


class Dashboard:
    """The application's state: the store, the templates and the cache of rendered pages."""

    def __init__(self, db_path: str | Path, site_mode: bool = False):
        self.store = WebStore(db_path)
        self.site_mode = site_mode
        self.cache = PageCache()
        self.renderer = Renderer(
            {
                "country_name": self.country_name,
                "source": self.source,
                "site_mode": site_mode,
            }
        )

    def country_name(self, iso3: str, lang: str) -> str:
        names = self.store.country_names.get(iso3)
        return names.get(lang) or names["en"] if names else iso3

    def source(self, source_id: str | None) -> dict | None:
        return self.store.sources.get(source_id) if source_id else None

    def close(self) -> None:
        sandbox = self.__dict__.get("sql_sandbox")
        if sandbox is not None:
            sandbox.close()
        self.store.close()

    @functools.cached_property
    def sql_sandbox(self):
        from chinalac.web.sql_sandbox import SqlSandbox

        return SqlSandbox(self.store.path)

    @functools.cached_property
    def layers(self):
        from chinalac.web.layers import build_layers

        return build_layers(self.store)


def dashboard(request: Request) -> Dashboard:
    return request.app.state.dashboard


def language(request: Request) -> str:
    return i18n.choose_language(
        request.query_params.get("lang"),
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
    )


def location(request: Request, lang: str | None = None) -> PageLocation:
    state = dashboard(request)
    query = "&".join(
        f"{key}={value}" for key, value in request.query_params.multi_items() if key != "lang"
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
    request: Request, here: PageLocation, rendered: tuple[bytes, bytes], status_code: int = 200
) -> Response:
    body, compressed = rendered
    if "gzip" in request.headers.get("accept-encoding", ""):
        response = HTMLResponse(compressed, status_code=status_code)
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = HTMLResponse(body, status_code=status_code)
    response.headers["Vary"] = "Accept-Encoding, Accept-Language, Cookie"
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

    def render() -> tuple[bytes, bytes]:
        context = make_context(here.lang)
        body = state.renderer.render(template, here, **context).encode("utf-8")
        # Compressed once, when cached: the map page's SVG shrinks to about a quarter.
        return body, gzip.compress(body, compresslevel=6, mtime=0)

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
