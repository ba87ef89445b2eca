"""Check an article: paste text or upload a file; each numeric claim comes back highlighted by
verdict (supported, contradicted, inconsistent, disputed, unverifiable), with the evidence
and sources that decided it on hover and on click. Uses `chinalac.claims.check` and its JSON;
the evidence is presented in the reader's language by `chinalac.web.evidence`.
An optional article date (YYYY-MM-DD) dates a text without a dateline, as `chinalac check
--date` does: relative dates ("last year") are read against it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from chinalac.web.errors import InvalidParameter
from chinalac.web.evidence import evidence_lines
from chinalac.web.i18n import N_
from chinalac.web.pages import Dashboard, dashboard, uncached_page
from chinalac.web.tasks import check_text
from chinalac.web.workers import PoolBusy, TaskTimedOut, WorkerFailed

log = logging.getLogger(__name__)
router = APIRouter()

MAX_UPLOAD_BYTES = 1_000_000
MAX_TEXT_CHARACTERS = 200_000
VERDICTS = {
    "supported": N_("supported"),
    "contradicted": N_("contradicted"),
    "inconsistent": N_("internally inconsistent"),
    "disputed": N_("disputed (sources disagree)"),
    "unverifiable": N_("cannot be judged"),
}
NOT_AVAILABLE = N_("The article checker is not part of this edition of the observatory.")


def checker():
    try:
        from chinalac.claims import check, results_to_json
    except ImportError:
        return None
    return check, results_to_json


def segments(text: str, claims: list[dict]) -> list[dict]:
    """The text cut into plain and claim pieces; overlapping claims keep the first."""
    pieces, position = [], 0
    ordered = sorted(
        (c for c in claims if isinstance(c.get("start"), int) and isinstance(c.get("end"), int)),
        key=lambda c: (c["start"], -c["end"]),
    )
    for index, claim in enumerate(ordered):
        start, end = max(claim["start"], 0), min(claim["end"], len(text))
        if start < position or end <= start:
            continue
        if start > position:
            pieces.append({"text": text[position:start], "claim": None})
        pieces.append({"text": text[start:end], "claim": claim, "index": index})
        position = end
    if position < len(text):
        pieces.append({"text": text[position:], "claim": None})
    return pieces


def source_ids(sources) -> list[str]:
    if not sources:
        return []
    if isinstance(sources, str):
        return [s.strip() for s in sources.split(";") if s.strip()]
    out = []
    for item in sources:
        out.append(
            item.get("source_id") or item.get("id") or str(item)
            if isinstance(item, dict)
            else str(item)
        )
    return out


def article_date(date: str | None) -> str | None:
    """The form's article date (YYYY-MM-DD, optional); anything else is a 422 with its reason."""
    date = (date or "").strip()
    if not date:
        return None
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise InvalidParameter(
            "date", "the article date must be YYYY-MM-DD, e.g. 2025-05-20"
        ) from None
    return date


async def checked(state: Dashboard, text: str, date: str | None = None) -> str:
    """The checker's results; input it refuses (binary, too large, not prose) is a 422 with
    its reason. The checker is CPU-bound: it runs in the check workers' processes, with a
    time limit, so no article can hold up the pages or another check."""
    from chinalac.claims import ClaimsInputError

    try:
        return await state.check_pool.run(check_text, text, state.generation, date)
    except ClaimsInputError as error:
        field = "date" if "date" in str(error).lower() and date else "text"
        raise InvalidParameter(field, str(error)) from None
    except TaskTimedOut:
        raise InvalidParameter(
            "text",
            f"checking this text took longer than {state.check_pool.time_limit:g} s and was "
            "stopped: check a shorter text",
        ) from None
    except PoolBusy as busy:  # refused at once, with when to come back
        raise HTTPException(
            503, str(busy), headers={"Retry-After": str(busy.retry_after)}
        ) from None
    except WorkerFailed as error:
        raise HTTPException(503, str(error)) from None


@router.get("/check")
def check_form(request: Request):
    return uncached_page(
        request,
        "check.html",
        text="",
        pieces=None,
        claims=[],
        available=checker() is not None,
        unavailable_reason=NOT_AVAILABLE,
        verdicts=VERDICTS,
        max_upload=MAX_UPLOAD_BYTES,
        evidence_lines=evidence_lines,
        source_ids=source_ids,
        counts={},
    )


async def read_input(text: str | None, upload: UploadFile | None) -> str:
    if upload is not None and upload.filename:
        content = await upload.read(MAX_UPLOAD_BYTES + 1)
        if len(content) > MAX_UPLOAD_BYTES:
            raise InvalidParameter("file", f"the file is larger than {MAX_UPLOAD_BYTES:,} bytes")
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidParameter(
                "file", "the file is not UTF-8 text (upload .txt or .md)"
            ) from None
    text = (text or "").replace("\r\n", "\n")
    if not text.strip():
        raise InvalidParameter("text", "paste some text or upload a file")
    if len(text) > MAX_TEXT_CHARACTERS:
        raise InvalidParameter(
            "text", f"the text is longer than {MAX_TEXT_CHARACTERS:,} characters"
        )
    return text


@router.post("/check")
async def check_submit(
    request: Request,
    text: str | None = Form(default=None),
    file: UploadFile | None = File(default=None),
    date: str | None = Form(default=None),
):
    state = dashboard(request)
    text = await read_input(text, file)
    date = article_date(date)
    if checker() is None:
        return uncached_page(
            request,
            "check.html",
            text=text,
            pieces=None,
            claims=[],
            available=False,
            unavailable_reason=NOT_AVAILABLE,
            verdicts=VERDICTS,
            max_upload=MAX_UPLOAD_BYTES,
            evidence_lines=evidence_lines,
            source_ids=source_ids,
            counts={},
        )
    payload = await checked(state, text, date)
    # A long article's results are large: parse and render them in a thread, not on the loop.
    return await run_in_threadpool(results_page, request, text, payload)


def results_page(request: Request, text: str, payload: str):
    claims = json.loads(payload)
    counts: dict[str, int] = {}
    for claim in claims:
        verdict = claim.get("verdict", "unverifiable")
        counts[verdict] = counts.get(verdict, 0) + 1
    return uncached_page(
        request,
        "check.html",
        text=text,
        pieces=segments(text, claims),
        claims=claims,
        available=True,
        unavailable_reason="",
        verdicts=VERDICTS,
        max_upload=MAX_UPLOAD_BYTES,
        evidence_lines=evidence_lines,
        source_ids=source_ids,
        counts=counts,
    )


@router.post("/api/check")
async def check_json(
    request: Request,
    text: str | None = Form(default=None),
    file: UploadFile | None = File(default=None),
    date: str | None = Form(default=None),
):
    state = dashboard(request)
    text = await read_input(text, file)
    date = article_date(date)
    if checker() is None:
        return JSONResponse(
            {"error": "the claims checker is not available in this build"}, status_code=501
        )
    claims = await checked(state, text, date)  # already JSON: passed on without parsing
    return Response(('{"claims": ' + claims + "}").encode("utf-8"), media_type="application/json")
