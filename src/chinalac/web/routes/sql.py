"""Read-only SQL: one query at a time on a locked-down copy of the store (see sql_sandbox),
run in the SQL page's own worker process (see workers).

A query runs on POST from this site's form, or on GET when the link carries this server's
token for that very query (the example links do): a third-party page that puts
`<img src="/sql?q=…">` in front of a visitor cannot make the server run anything. A GET
without a valid token only fills the form.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from urllib.parse import urlsplit

import pandas as pd
from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from chinalac.web.downloads import csv_response, csv_with_sources, json_records, sources_of
from chinalac.web.i18n import N_
from chinalac.web.pages import dashboard, uncached_page
from chinalac.web.sql_sandbox import (
    ROW_LIMIT,
    TIME_LIMIT_SECONDS,
    QueryFailed,
    QueryRefused,
    SqlSandbox,
)
from chinalac.web.tasks import run_query
from chinalac.web.workers import PoolBusy, TaskTimedOut, WorkerFailed

router = APIRouter()

EXAMPLES = [
    "SELECT iso3, name_en, name_es, name_pt, partnership, bri_member FROM country_status ORDER BY name_en",
    "SELECT tie_type, quality, count(*) AS n FROM ties WHERE NOT superseded GROUP BY ALL ORDER BY 1, 2",
    "SELECT metric, entity, period_start, value, unit, reporter, source_id FROM facts WHERE conflict_group IS NOT NULL ORDER BY metric",
]
NOT_RUN = N_("The query was not run: press Run to run it.")
_SECRET = secrets.token_bytes(32)  # per process: tokens are only valid on this server


def query_token(query: str) -> str:
    """The token that lets a GET link run `query` on this server."""
    return hmac.new(_SECRET, query.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[
        :32
    ]


def render(
    request: Request,
    query: str,
    result=None,
    refusal: str = "",
    status_code: int = 200,
    notice: str = "",
    error: str = "",
):
    return uncached_page(
        request,
        "sql.html",
        status_code=status_code,
        query=query,
        result=result,
        refusal=refusal,
        error=error,
        notice=notice,
        schema=schema(request),
        examples=[(example, query_token(example)) for example in EXAMPLES],
        row_limit=ROW_LIMIT,
        time_limit=TIME_LIMIT_SECONDS,
    )


def schema(request: Request) -> list[tuple[str, list[tuple[str, str]]]]:
    """The store's tables and views with their columns and types, for the sidebar."""
    store = dashboard(request).store

    def compute():
        frame = store.sql(
            """SELECT table_name, column_name, data_type FROM information_schema.columns
               WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"""
        )
        tables: dict[str, list[tuple[str, str]]] = {}
        for row in frame.itertuples():
            tables.setdefault(row.table_name, []).append((row.column_name, row.data_type))
        return list(tables.items())

    return store.memo("sql-schema", compute)


def download(request: Request, query: str, result, kind: str) -> Response:
    """The result as CSV (citation header: the query, the sources of its rows) or JSON."""
    state = dashboard(request)
    frame = pd.DataFrame(result.rows, columns=result.columns)
    sources = sources_of(frame, state.store.sources, "source_id", "source")
    notes = [f"query: {' '.join(query.split())}"]
    if result.truncated:
        notes.append(f"truncated at {result.row_limit} rows")
    if kind == "json":
        body = {
            "title": "chinalac read-only SQL result",
            "query": query,
            "truncated": result.truncated,
            "sources": sources,
            "rows": json.loads(json_records(frame)),
        }
        return Response(
            json.dumps(body, ensure_ascii=False, indent=1, default=str).encode("utf-8"),
            media_type="application/json",
            headers={"Content-Disposition": 'attachment; filename="chinalac-sql.json"'},
        )
    text = csv_with_sources(frame, "chinalac read-only SQL result", sources, notes)
    return csv_response(text, "chinalac-sql.csv")


async def run(request: Request, query: str, kind: str = ""):
    state = dashboard(request)
    try:
        SqlSandbox.check(query)  # refuse what is not one read-only query before any worker runs
        result = await state.sql_pool.run(run_query, query, state.generation)
    except QueryFailed as failure:  # DuckDB's own message and hint: not a refusal
        return render(request, query, error=str(failure), status_code=400)
    except QueryRefused as refusal:
        return render(request, query, refusal=str(refusal), status_code=400)
    except PoolBusy as busy:  # refused at once, with when to come back
        response = render(request, query, refusal=str(busy), status_code=503)
        response.headers["Retry-After"] = str(busy.retry_after)
        return response
    except TaskTimedOut:
        return render(
            request, query, refusal="the query ran too long and was stopped", status_code=400
        )
    except WorkerFailed:
        return render(
            request,
            query,
            refusal="the query needed more memory than this page allows and was stopped",
            status_code=400,
        )
    # Up to 1,000 rows and 10 MB: rendered (or written as a download) in a thread, not on the
    # event loop.
    if kind in ("csv", "json"):
        return await run_in_threadpool(download, request, query, result, kind)
    return await run_in_threadpool(render, request, query, result)


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc == request.headers.get("host", "")
    return origin != "null"


@router.get("/sql")
async def sql_form(request: Request, q: str = "", token: str = ""):
    if not q:
        return render(request, EXAMPLES[0])
    if token and hmac.compare_digest(token, query_token(q)):
        return await run(request, q)
    return render(request, q, notice=NOT_RUN)


@router.post("/sql")
async def sql_submit(request: Request, query: str = Form(...), download: str = Form("")):
    if not same_origin(request):
        return render(
            request, query, refusal="queries are only run from this site's form", status_code=403
        )
    return await run(request, query, download)
