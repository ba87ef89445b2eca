"""Data: every table and view of the store, browsable with filters, downloadable as CSV, JSON
and Parquet (each carrying the sources of its rows).

Filters are `?column=text` (case-insensitive "contains"), `sort`, `desc` and `page`. Column
names are only ever taken from the store's own catalogue, and values are bound as parameters:
no SQL is built from what the user typed.
"""

from __future__ import annotations

import io
import json
from urllib.parse import urlencode

import pyarrow as pa
import pyarrow.parquet as pq
from fastapi import APIRouter, Request
from fastapi.responses import Response

from chinalac.web.downloads import csv_response, csv_with_sources, sources_of
from chinalac.web.errors import InvalidParameter, NotFound, OutOfRange
from chinalac.web.i18n import N_
from chinalac.web.pages import Dashboard, cached_page, dashboard, served_from_cache

router = APIRouter()
PAGE_SIZE = 100
MAX_PAGE = 1_000_000  # beyond any table's length; larger numbers would overflow the OFFSET
MAX_FILTER_CHARACTERS = 200
RESERVED = {"sort", "desc", "page", "lang"}
FORMATS = ("csv", "json", "parquet")
NO_TABLE = N_("The store has no table “%(name)s”.")
NO_COLUMN = N_(
    "The parameter “%(name)s” is not valid: the table has no column “%(value)s”; its columns are %(columns)s."
)


def relation_or_404(state: Dashboard, name: str) -> str:
    if name not in state.store.relations:
        raise NotFound(NO_TABLE, [("/data", N_("all tables"))], name=name[:60])
    return name


def where_clause(
    state: Dashboard, relation: str, request: Request
) -> tuple[str, list, dict[str, str]]:
    columns = state.store.columns(relation)
    clauses, params, filters = [], [], {}
    for key, value in request.query_params.multi_items():
        if key in RESERVED or value == "":
            continue
        if key not in columns:
            raise InvalidParameter(
                key,
                f"no column '{key}' in {relation}; columns: {', '.join(columns)}",
                reader=NO_COLUMN,
                value=key[:40],
                columns=", ".join(columns),
            )
        if len(value) > MAX_FILTER_CHARACTERS:
            raise InvalidParameter(key, f"filters are at most {MAX_FILTER_CHARACTERS} characters")
        # The column name comes from the catalogue (checked above); the value is a parameter.
        clauses.append(f'CAST("{key}" AS VARCHAR) ILIKE ?')
        params.append(f"%{value}%")
        filters[key] = value
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params, filters


def order_clause(state: Dashboard, relation: str, request: Request) -> tuple[str, str | None, bool]:
    sort = request.query_params.get("sort")
    descending = request.query_params.get("desc") in ("1", "true", "yes")
    if not sort:
        return "", None, False
    if sort not in state.store.columns(relation):
        raise InvalidParameter(
            "sort",
            f"no column '{sort}' in {relation}",
            reader=NO_COLUMN,
            value=sort[:40],
            columns=", ".join(state.store.columns(relation)),
        )
    return f'ORDER BY "{sort}" {"DESC" if descending else "ASC"} NULLS LAST', sort, descending


def read_rows(
    state: Dashboard, relation: str, request: Request, limit: int | None = None, offset: int = 0
):
    where, params, filters = where_clause(state, relation, request)
    order, sort, descending = order_clause(state, relation, request)
    page_sql = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    frame = state.store.sql(f'SELECT * FROM "{relation}" {where} {order} {page_sql}', params)
    total = int(
        state.store.sql(f'SELECT count(*) AS n FROM "{relation}" {where}', params)["n"].iloc[0]
    )
    return frame, total, filters, sort, descending


@router.get("/data")
@served_from_cache
def data_index(request: Request):
    state = dashboard(request)

    def context(lang: str) -> dict:
        tables = []
        for name in sorted(state.store.relations):
            try:
                rows = int(state.store.sql(f'SELECT count(*) AS n FROM "{name}"')["n"].iloc[0])
                error = ""
            except Exception as failure:  # a view over files not ingested in this build
                rows, error = None, str(failure).splitlines()[0]
            tables.append(
                {
                    "name": name,
                    "rows": rows,
                    "columns": len(state.store.columns(name)),
                    "error": error,
                }
            )
        return {"tables": tables, "formats": FORMATS}

    return cached_page(request, "data_index.html", context)


@router.get("/data/{name}.{extension}")
def data_download(request: Request, name: str, extension: str):
    state = dashboard(request)
    relation = relation_or_404(state, name)
    if extension not in FORMATS:
        raise InvalidParameter("format", f"one of {', '.join(FORMATS)}")
    frame, _total, filters, _sort, _descending = read_rows(state, relation, request)
    sources = sources_of(frame, state.store.sources, "source_id", "delivery_source_id", "source")
    title = f"chinalac table {relation}" + (f" filtered by {filters}" if filters else "")
    filename = f"chinalac-{relation}.{extension}"
    if extension == "csv":
        return csv_response(csv_with_sources(frame, title, sources), filename)
    if extension == "json":
        document = {
            "table": relation,
            "filters": filters,
            "sources": sources,
            "rows": json.loads(
                frame.to_json(orient="records", date_format="iso", force_ascii=False)
            ),
        }
        body = json.dumps(document, ensure_ascii=False, default=str)
        return Response(
            body.encode("utf-8"),
            media_type="application/json",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
    table = pa.Table.from_pandas(frame, preserve_index=False)
    metadata = dict(table.schema.metadata or {})
    metadata[b"chinalac.title"] = title.encode()
    metadata[b"chinalac.sources"] = json.dumps(sources, ensure_ascii=False, default=str).encode()
    buffer = io.BytesIO()
    pq.write_table(table.replace_schema_metadata(metadata), buffer)
    return Response(
        buffer.getvalue(),
        media_type="application/vnd.apache.parquet",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/data/{name}")
@served_from_cache
def data_table(request: Request, name: str, page: int = 1):
    state = dashboard(request)
    relation = relation_or_404(state, name)
    if page < 1:
        raise InvalidParameter("page", "pages start at 1")
    if page > MAX_PAGE:
        raise OutOfRange("page", f"page numbers go up to {MAX_PAGE:,} at most")
    frame, total, filters, sort, descending = read_rows(
        state, relation, request, PAGE_SIZE, (page - 1) * PAGE_SIZE
    )
    pages = max(1, -(-total // PAGE_SIZE))
    if page > pages:
        raise InvalidParameter("page", f"there are {pages} page(s)")
    query = urlencode(filters)
    keep = {**filters, **({"sort": sort} if sort else {}), **({"desc": "1"} if descending else {})}

    def context(lang: str) -> dict:
        rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
        return {
            "name": relation,
            "columns": list(frame.columns),
            "rows": rows,
            "total": total,
            "page": page,
            "pages": pages,
            "filters": filters,
            "sort": sort,
            "descending": descending,
            "query": query,
            "formats": FORMATS,
            "page_size": PAGE_SIZE,
            "previous_page": "?" + urlencode({"page": page - 1, **keep}),
            "next_page": "?" + urlencode({"page": page + 1, **keep}),
        }

    return cached_page(request, "data_table.html", context)
