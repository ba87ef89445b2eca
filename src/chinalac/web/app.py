"""The dashboard application: FastAPI, Jinja2 templates, Plotly served from the package itself.

    uvicorn's factory:  create_app(db_path)

Nothing is loaded from a CDN: plotly.min.js comes out of the installed plotly package, the map
is SVG drawn on the server, and the CSS and the little JavaScript are in web/static.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import plotly
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from chinalac.web import errors, i18n
from chinalac.web.limits import BodySizeLimit
from chinalac.web.pages import Dashboard, set_language_cookie
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
# Static files never change while a version is served: let browsers keep them for a day.
STATIC_CACHE = "public, max-age=86400"


def create_app(db_path: str | Path, *, site_mode: bool = False, warm_up: bool = False) -> FastAPI:
    """The dashboard over the store at `db_path`.

    warm_up: compute the map layers (the cooperation depth index takes a few seconds) in the
    background at start-up, so the first visitor does not wait for them.
    """
    dashboard = Dashboard(db_path, site_mode=site_mode)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        if warm_up:
            threading.Thread(target=lambda: dashboard.layers, name="warm-up", daemon=True).start()
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
    app.add_middleware(SecurityHeaders)  # added last: runs first, so every answer has them

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(
            PLOTLY_JS, media_type="text/javascript", headers={"Cache-Control": STATIC_CACHE}
        )

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

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
