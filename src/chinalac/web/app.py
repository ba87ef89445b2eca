"""The dashboard application: FastAPI, Jinja2 templates, Plotly served from the package itself.

    uvicorn's factory:  create_app(db_path)

Nothing is loaded from a CDN: the map and every chart are SVG drawn on the server (web/charts.py),
and the CSS and the little JavaScript are in web/static under versioned, long-cached URLs.
plotly.min.js (from the installed plotly package) is still served for notebooks and pages that
embed Plotly figures; no dashboard page loads it.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import plotly
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware

from chinalac.web import errors, i18n
from chinalac.web.limits import BodySizeLimit
from chinalac.web.pages import CachedPages, Dashboard, set_language_cookie
from chinalac.web.routes import (
    architecture,
    check,
    commitments,
    country,
    data,
    home,
    indicators,
    sql,
)
from chinalac.web.security import SecurityHeaders

STATIC_DIR = Path(__file__).parent / "static"
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
# Static files never change while a version is served: let browsers keep them for a day, and
# for a year without asking again when the URL carries the file's version (?v=, see
# rendering.static_version), since a new file gets a new URL.
STATIC_CACHE = "public, max-age=86400"
VERSIONED_CACHE = "public, max-age=31536000, immutable"


class VersionedStaticFiles(StaticFiles):
    def file_response(self, full_path, stat_result, scope, status_code=200):
        response = super().file_response(full_path, stat_result, scope, status_code)
        versioned = b"v=" in scope.get("query_string", b"")
        response.headers["Cache-Control"] = VERSIONED_CACHE if versioned else STATIC_CACHE
        return response


def render_home_pages(app: FastAPI) -> None:
    """Compute the map layers and render the home page in each language into the page cache."""
    for lang in i18n.LANGUAGES:
        scope = {
            "type": "http",
            "method": "GET",
            "path": "/",
            "raw_path": b"/",
            "query_string": b"",
            "headers": [(b"accept-language", lang.encode())],
            "app": app,
        }
        home.map_page(Request(scope), home.DEFAULT_LAYER, None)


def create_app(db_path: str | Path, *, site_mode: bool = False, warm_up: bool = False) -> FastAPI:
    """The dashboard over the store at `db_path`.

    warm_up: compute the map layers before the server accepts its first connection, so the
    first visitor does not wait for them (the cooperation depth index, the slow part, is read
    from the store: `chinalac build` writes it, store/loaders/precomputed.py).
    """
    dashboard = Dashboard(db_path, site_mode=site_mode)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        if warm_up:  # uvicorn listens only once start-up is over
            await asyncio.to_thread(render_home_pages, app)
        # The checker's and the SQL page's worker processes start now, not at the first use.
        dashboard.check_pool.start()
        dashboard.sql_pool.start()
        yield
        dashboard.close()

    app = FastAPI(
        title="chinalac", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.state.dashboard = dashboard
    app.add_middleware(BodySizeLimit)
    # Every answer compressed when the client accepts it (pages come compressed from the page
    # cache and pass through untouched; CSV, JSON, SVG and script files are compressed here).
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    # Cached pages are answered before all of the above (they are compressed already).
    app.add_middleware(CachedPages)
    app.add_middleware(SecurityHeaders)  # added last: runs first, so every answer has them

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(
            PLOTLY_JS, media_type="text/javascript", headers={"Cache-Control": VERSIONED_CACHE}
        )

    app.mount("/static", VersionedStaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/lang/{lang}", include_in_schema=False)
    def switch_language(lang: str, request: Request, next: str = "/"):  # noqa: A002 — the usual name
        if lang not in i18n.LANGUAGES:
            raise errors.InvalidParameter("lang", f"must be one of {', '.join(i18n.LANGUAGES)}")
        # Only a path on this site: never an open redirect to another host.
        if not next.startswith("/") or next.startswith("//") or "\\" in next:
            next = "/"
        response = RedirectResponse(next, status_code=303)
        set_language_cookie(response, lang)
        return response

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

    for module in (home, country, architecture, commitments, indicators, check, data, sql):
        app.include_router(module.router)
    errors.install(app)
    return app
