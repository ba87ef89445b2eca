"""Read-only SQL: one query at a time on a locked-down copy of the store (see sql_sandbox)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Form, Request

from chinalac.web.pages import dashboard, uncached_page
from chinalac.web.sql_sandbox import QueryRefused

router = APIRouter()

EXAMPLES = [
    "SELECT iso3, name_en, name_es, name_pt, partnership, bri_member FROM country_status ORDER BY name_en",
    "SELECT tie_type, quality, count(*) AS n FROM ties WHERE NOT superseded GROUP BY ALL ORDER BY 1, 2",
    "SELECT metric, entity, period_start, value, unit, reporter, source_id FROM facts WHERE conflict_group IS NOT NULL ORDER BY metric",
]


def render(request: Request, query: str, result=None, refusal: str = "", status_code: int = 200):
    return uncached_page(
        request,
        "sql.html",
        status_code=status_code,
        query=query,
        result=result,
        refusal=refusal,
        examples=EXAMPLES,
        row_limit=dashboard(request).sql_sandbox.row_limit,
        time_limit=dashboard(request).sql_sandbox.time_limit,
    )


async def run(request: Request, query: str):
    sandbox = dashboard(request).sql_sandbox
    try:
        result = await asyncio.to_thread(sandbox.run, query)
    except QueryRefused as refusal:
        return render(request, query, refusal=str(refusal), status_code=400)
    return render(request, query, result=result)


@router.get("/sql")
async def sql_form(request: Request, q: str = ""):
    if q:
        return await run(request, q)
    return render(request, EXAMPLES[0])


@router.post("/sql")
async def sql_submit(request: Request, query: str = Form(...)):
    return await run(request, query)
