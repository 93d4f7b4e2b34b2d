"""The REST API: JSON in, the core's report JSON out. OpenAPI at /openapi.json.

    POST /api/compare            {"articles": [{"text", "title"?, "source"?, "url"?}]} -> report
    GET  /api/stories            the stored stories (q, outlet, since, until, min_outlets filter
                                 them), a page at a time (limit, offset; X-Total-Count and a
                                 Link header with rel="next"/"prev")
    GET  /api/stories/{id}       a story's report (computed and stored on first request)
    GET  /healthz                {"status": "ok", "stories": n}

An article whose ``text`` is empty and that has a ``url`` is fetched (through the URL guard).
A stored story of one article answers a report holding that article and no comparison.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import AliasChoices, BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from ..errors import StoreError
from ..sources.records import COLUMN_ALIASES
from ..store.facade import StorySummary
from .inputs import CompareInput, PastedArticle
from .readcache import Answer, cached
from .security import same_origin
from .views import Page, clean_date, page_query

router = APIRouter()

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"description": text, "content": {"application/json": {"example": {"error": {"message": "…", "type": "…"}}}}}
    for status, text in [(400, "bad input"), (401, "token needed"), (403, "cross-site request"), (413, "over a size cap"),
                         (422, "fewer than two usable articles, or a body that is not a JSON object of this shape"),
                         (503, "busy (too many comparisons at once) or past the comparison's deadline; retry after Retry-After seconds")]
}
REPORT = {200: {"description": "the report JSON (schema rashomon.report/2, see docs/schema.md)", "content": {"application/json": {}}}}


def _named(field: str) -> AliasChoices:
    """A field under its own name or the column names a record file is read under ("outlet", "body")."""
    return AliasChoices(*dict.fromkeys((field, *COLUMN_ALIASES[field])))


class ArticleIn(BaseModel):
    text: str = Field("", description="the article text (may be empty when url is given: the URL is fetched); "
                                      "also read as body, content or article", validation_alias=_named("text"))
    title: str = Field("", description="the headline (also read as headline; at most 500 characters by default, 413 past it)", validation_alias=_named("title"))
    source: str = Field("", description="the outlet (also read as outlet, publisher or site; at most 200 characters by default, 413 past it)", validation_alias=_named("source"))
    url: str | None = Field(None, description="the article's address (also read as link)", validation_alias=_named("url"))
    # relative days ("yesterday", "on Tuesday") are resolved against it, as a record file's date is
    date: str | int | float | None = Field(None, description="when it was published (ISO 8601, RFC 2822, epoch seconds or "
                                           "a day written out; also read as published, pubdate or timestamp)",
                                           validation_alias=_named("date"))


class CompareIn(BaseModel):
    articles: list[ArticleIn] = Field(..., description="two or more articles about one event")


class StoryOut(BaseModel):
    id: int
    title: str
    size: int = Field(description="its stored articles; another outlet's word-for-word copy (a reprint) is not one")
    outlets: list[str] = Field(description="the outlets of its articles and of their reprints, so they can outnumber its articles")
    first_date: str | None
    last_date: str | None
    updated_at: str
    has_report: bool
    url: str
    report_url: str


def require_write(request: Request) -> None:
    """The API's write check: same-site, and the bearer token when one is set."""
    web = request.app.state.web
    if not same_origin(request.headers, request.url.scheme):
        raise HTTPException(403, "cross-site requests cannot write")
    if not web.token.matches(web.token.bearer(request.headers.get("authorization"))):
        raise HTTPException(401, "this server needs a token: send Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})


def _json(text: str) -> Response:
    return Response(content=text, media_type="application/json")


@router.post("/api/compare", responses={**REPORT, **ERRORS}, dependencies=[Depends(require_write)])
async def api_compare(body: CompareIn, request: Request) -> Response:
    """Compare two or more articles; answers the report JSON."""
    web = request.app.state.web
    given = CompareInput(articles=[PastedArticle(text=a.text, title=a.title, source=a.source, url=a.url or "", date=a.date)
                                    for a in body.articles])
    return _json(await run_in_threadpool(web.compare_json, given))


def summary_json(story: StorySummary) -> dict[str, Any]:
    return {**story.to_dict(), "url": f"/stories/{story.id}", "report_url": f"/api/stories/{story.id}"}


def find_story(request: Request, story_id: int) -> StorySummary:
    try:
        return request.app.state.web.store.story(story_id)
    except StoreError as exc:
        if str(exc).startswith("no story"):
            raise HTTPException(404, f"no story {story_id}") from None
        raise


@router.get("/api/stories", responses={200: {"model": list[StoryOut], "description": "a page of stories"}})
async def api_stories(
    request: Request,
    q: str = Query("", max_length=500, description="words in titles and texts"),
    outlet: str = "",
    since: str = Query("", description="ISO date"),
    until: str = Query("", description="ISO date"),
    min_outlets: int = Query(1, ge=1, le=1000, description="only stories with at least this many outlets (2: only compared ones)"),
    limit: int | None = Query(None, ge=1, description="stories per page (default 50, at most 500)"),
    offset: int = Query(0, ge=0, description="stories to skip"),
) -> Response:
    """The stored stories, most recent first, one page at a time.

    ``X-Total-Count`` says how many match; a ``Link`` header gives the next and previous pages.
    """
    web = request.app.state.web
    if limit is not None and limit > web.limits.max_page_size:
        raise HTTPException(400, f"limit must be at most {web.limits.max_page_size}, got {limit}")
    for name, value in (("since", since), ("until", until)):
        if value.strip() and not clean_date(value):  # a filter the client meant is never dropped silently
            raise HTTPException(400, f"{name}: {value[:40]!r} is not an ISO date (YYYY-MM-DD)")

    def build() -> Answer:
        size = limit or web.limits.page_size
        items, matched = web.store.story_page(query=q[: web.limits.max_query_chars], outlet=outlet, since=clean_date(since),
                                              until=clean_date(until), min_outlets=min_outlets, limit=size, offset=offset)
        page = Page(items=items, total=matched, offset=offset, limit=size)
        params = {"q": q, "outlet": outlet, "since": since, "until": until,
                  "min_outlets": min_outlets if min_outlets > 1 else None, "limit": limit}
        links = [f'<{page_query("/api/stories", params, page.next_offset)}>; rel="next"' if page.next_offset is not None else "",
                 f'<{page_query("/api/stories", params, page.previous_offset)}>; rel="prev"' if page.previous_offset is not None else ""]
        headers = [("X-Total-Count", str(page.total))]
        if any(links):
            headers.append(("Link", ", ".join(link for link in links if link)))
        rows = [StoryOut.model_validate(summary_json(s)).model_dump(mode="json") for s in page.items]
        return Answer.of(_dumps(rows), "application/json", tuple(headers))

    return await cached(request, ("stories", q, outlet, since, until, min_outlets, limit, offset), build)


@router.get("/api/stories/{story_id}", responses={**REPORT, 404: ERRORS[400] | {"description": "no such story"}, 503: ERRORS[503]})
async def api_story(story_id: int, request: Request) -> Response:
    """A story's report JSON (compared on first request, then stored)."""
    def build() -> Answer:
        return Answer.of(request.app.state.web.reports.json(find_story(request, story_id)).encode("utf-8"), "application/json")

    return await cached(request, ("story-json", story_id), build)


@router.get("/healthz")
async def healthz(request: Request) -> Response:
    def build() -> Answer:
        return Answer.of(_dumps({"status": "ok", "stories": request.app.state.web.store.story_count()}), "application/json")

    return await cached(request, ("healthz",), build)


def _dumps(value: Any) -> bytes:
    """JSON as FastAPI writes it (UTF-8, compact)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
