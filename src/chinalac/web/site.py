"""`chinalac site --out DIR`: the dashboard's pages as a static site (no SQL, no article check).

The pages are rendered by the same application in "site mode" (links relative to each page's
own file, forms that need a server hidden) through an in-process client, so the static site
and the server can never drift apart. English at the root, Spanish under es/, Portuguese under
pt/; downloads and static files are shared by the three.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Callable
from pathlib import Path

with warnings.catch_warnings():  # starlette's note about httpx vs httpx2: not for site users
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from chinalac.web.app import PLOTLY_JS, STATIC_DIR, create_app
from chinalac.web.i18n import LANGUAGES
from chinalac.web.layers import LAYER_KEYS
from chinalac.web.rendering import site_file


def page_paths(app) -> list[str]:
    state = app.state.dashboard
    from chinalac.web.routes.indicators import registry

    paths = ["/", *[f"/map/{key}" for key in LAYER_KEYS], "/architecture", "/commitments", "/data"]
    paths += [f"/country/{iso3}" for iso3 in state.store.countries["iso3"]]
    paths += [f"/indicators/{name}" for name in registry()]
    paths += [f"/data/{name}" for name in sorted(state.store.relations)]
    return paths


def download_paths(app) -> list[str]:
    state = app.state.dashboard
    from chinalac.web.routes.country import country_sections
    from chinalac.web.routes.data import FORMATS
    from chinalac.web.routes.indicators import chartable, registry

    paths = ["/architecture/timeline.csv", "/commitments.csv"]
    for iso3 in state.store.countries["iso3"]:
        for key, section in country_sections(state, iso3).items():
            if section.available:
                paths.append(f"/country/{iso3}/{key}.csv")
    paths += [f"/indicators/{name}.csv" for name, entry in registry().items() if chartable(entry)]
    paths += [f"/data/{name}.{fmt}" for name in sorted(state.store.relations) for fmt in FORMATS]
    return paths


def write_site(
    db_path: str | Path, out: str | Path, on_page: Callable[[str], None] | None = None
) -> int:
    """Write every page and download under `out`; returns the number of files written."""
    out = Path(out)
    app = create_app(db_path, site_mode=True)
    client = TestClient(app)
    written = 0
    for path in page_paths(app):
        for lang in LANGUAGES:
            response = client.get(path, params={"lang": lang})
            if response.status_code != 200:
                continue  # e.g. a data view over files this build has not ingested
            target = out / site_file(path, lang)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(response.content)
            written += 1
            if on_page:
                on_page(str(target.relative_to(out)))
    for path in download_paths(app):
        response = client.get(path)
        if response.status_code != 200:
            continue
        target = out / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(response.content)
        written += 1
    static = out / "static"
    shutil.copytree(STATIC_DIR, static, dirs_exist_ok=True)
    shutil.copyfile(PLOTLY_JS, static / "plotly.min.js")
    app.state.dashboard.close()
    return written
