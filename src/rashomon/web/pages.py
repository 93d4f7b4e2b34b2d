"""The HTML pages: server-rendered, the same data the API serves.

    GET  /                    the story list: search, filter by outlet, dates and number of
                              outlets, a page at a time
    GET  /stories/{id}        a story: the outlets side by side, digest, conflicts, entities,
                              framing, timeline, removed boilerplate
    GET  /entities/{key}      an entity across the compared stories
    GET  /outlets/{name}      an outlet across the compared stories, with a chart (/outlets?name=
                              for a name with a "." or ".." segment, which a path cannot carry)
    GET  /compare             the compare form; POST /compare answers the story layout
    GET  /login?token=...     sets the token cookie the compare form then uses
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from ..errors import NotEnoughArticles, RashomonError
from .api import find_story
from .handlers import status_of
from .readcache import Answer, cached
from .inputs import CompareInput, PastedArticle, Upload, url_lines
from .security import TOKEN_COOKIE, same_origin
from ..renderers import to_html, to_json
from ..renderers.summary import report_title
from .views import Page, clean_date, entity_view, outlet_view, page_query, story_title, story_view

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)

BLANK_ARTICLES = 3


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return request.app.state.web.templates.TemplateResponse(request, name, context, status_code=status)


def _number(value: str, default: int, lowest: int, highest: int) -> int:
    """A whole number from a query field, clamped; anything else is the default (not an error)."""
    try:
        return min(max(int(value), lowest), highest)
    except ValueError:
        return default


@router.get("/")
def story_list(request: Request, q: str = "", outlet: str = "", since: str = "", until: str = "",
               min_outlets: str = "", offset: str = "", limit: str = "") -> Response:
    web = request.app.state.web
    limits = web.limits
    q = q.strip()[: limits.max_query_chars]
    since, until = clean_date(since), clean_date(until)
    least = _number(min_outlets, 1, 1, 1000)
    size = _number(limit, limits.page_size, 1, limits.max_page_size)
    start = _number(offset, 0, 0, 10**9)
    filters = {"query": q, "outlet": outlet, "since": since, "until": until, "min_outlets": least}
    items, matched = web.store.story_page(**filters, limit=size, offset=start)
    if start and start >= matched:  # past the end: the last page
        start = (matched - 1) // size * size if matched else 0
        items, matched = web.store.story_page(**filters, limit=size, offset=start)
    page = Page(items=items, total=matched, offset=start, limit=size)
    params = {"q": q, "outlet": outlet, "since": since, "until": until, "min_outlets": least if least > 1 else None,
              "limit": size if size != limits.page_size else None}
    return render(request, "stories.html.j2", {
        "nav": "stories", "stories": page.items, "page": page, "total": web.store.story_count(), "outlets": web.store.outlets(),
        "q": q, "outlet": outlet, "since": since, "until": until, "min_outlets": least,
        "filtered": bool(q or outlet or since or until or least > 1),
        "previous_url": page_query("/", params, page.previous_offset) if page.previous_offset is not None else "",
        "next_url": page_query("/", params, page.next_offset) if page.next_offset is not None else "",
        "max_query": limits.max_query_chars, "error": "", "outlet_groups": web.outlet_groups,
    })


def _story_context(request: Request, report: Any, heading: str, **extra: Any) -> dict[str, Any]:
    """What story.html.j2 needs around the report body it shares with the CLI's HTML report."""
    web = request.app.state.web
    view = extra.pop("view", None) or story_view(report)
    return {
        "nav": "", "heading": heading, "view": view, "unsaved": False, "downloads": [], "save_form": None,
        "can_save": False, "permalink": "", "anchor": "sent-", "site": True, "cross_links": True, "show_settings": False,
        "partial": "",
        "groups": web.outlet_groups.coverage(a.source for a in report.articles if a.source),
        **extra,
    }


def _partial(stored: int, compared: int) -> str:
    """What the page says when the comparison reads only some of a big story's articles."""
    if compared < 2 or compared >= stored:
        return ""
    return f"This story has {stored} articles; the comparison reads {compared} of them."


def _file_stem(title: str) -> str:
    return "-".join(re.findall(r"[A-Za-z0-9]+", title.casefold()))[:60] or "comparison"


@router.get("/stories/{story_id}")
async def story_page(story_id: int, request: Request) -> Response:
    """The story page: answered from memory until the store changes (:mod:`.readcache`)."""
    web = request.app.state.web

    def build() -> Answer:
        summary = find_story(request, story_id)
        report = web.reports.report(summary)

        def page() -> str:  # the same for every request: rendered once per story version and report
            heading = story_title(summary, report) or f"Story {summary.id}"
            stem = f"story-{summary.id}-{_file_stem(heading)}"
            return web.templates.get_template("story.html.j2").render(_story_context(
                request, report, heading,
                view=web.reports.view(summary, report, lambda: story_view(report, web.store.story_articles(summary.id))),
                downloads=[("Report JSON", f"/api/stories/{summary.id}", f"{stem}.json"),
                           ("Report HTML", f"/stories/{summary.id}/report.html", f"{stem}.html")],
                partial=_partial(summary.size, len(report.articles)),
            ))

        return Answer.of(web.reports.page(summary, report, page).encode("utf-8"), "text/html; charset=utf-8")

    return await cached(request, ("story-page", story_id), build)


@router.get("/stories/{story_id}/report.html")
def story_report_html(story_id: int, request: Request) -> Response:
    """The story's report as the CLI's self-contained HTML file, as a download."""
    summary = find_story(request, story_id)
    report = request.app.state.web.reports.report(summary)
    return _download(to_html(report), "text/html; charset=utf-8", f"story-{summary.id}.html")


def _download(text: str, media_type: str, name: str) -> Response:
    return Response(content=text, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _compared(request: Request, stories: list[Any] | None = None) -> tuple[list[Any], list[Any]]:
    """The stories with a stored report (never computed here), and the stories of two or more
    articles without one (not compared yet)."""
    web = request.app.state.web
    pairs, pending = [], []
    for summary in web.store.stories() if stories is None else stories:
        if summary.size < 2:
            continue
        report = web.reports.stored(summary)
        if report is None:
            pending.append(summary)
        else:
            pairs.append((summary, report))
    return pairs, pending


@router.get("/entities/{key}")
def entity_page(key: str, request: Request) -> Response:
    pairs, pending = _compared(request)
    view = entity_view(key, pairs)
    if view is None:
        raise HTTPException(404, "no compared story names this entity" + (
            f" ({len(pending)} stor{'y is' if len(pending) == 1 else 'ies are'} not compared yet)" if pending else ""))
    return render(request, "entity.html.j2", {"nav": "", "e": view, "pending": len(pending)})


@router.get("/outlets")
def outlet_page_by_query(request: Request, name: str = Query(..., description="the outlet's name as stored")) -> Response:
    """The same page for a name a path cannot carry (".." and "." segments; see views.outlet_href)."""
    return outlet_page(name, request)


@router.get("/outlets/{name:path}")
def outlet_page(name: str, request: Request) -> Response:
    web = request.app.state.web
    every = web.store.stories()
    pairs, pending = _compared(request, every)
    view = outlet_view(name, pairs, every)
    mine = [s for s in every if name in s.outlets]
    if not view["stories"] and not mine:
        raise HTTPException(404, "no story has an article from this outlet")
    covered = {item["story"].id for item in view["stories"]}
    reprinted = _reprinted(web.store, name, [s for s in mine if s.id not in covered])
    copies_only = {item["story"].id for item in reprinted}
    return render(request, "outlet.html.j2", {
        "nav": "", "o": view, "reprinted": reprinted,
        "not_compared": [s for s in pending if name in s.outlets and s.id not in copies_only],
        "single": [s for s in mine if s.size < 2 and s.id not in copies_only],
        "described": web.outlet_groups.of(name),
    })


def _reprinted(store: Any, name: str, stories: list[Any]) -> list[dict[str, Any]]:
    """The stories in which this outlet wrote no article and ran another outlet's word for word
    (a reprint, compared once under the outlet whose copy was stored first), with those outlets:
    the story list counts it there, so its page lists them too."""
    found = []
    for summary in stories:
        articles = store.story_articles(summary.id)
        if any(a.source == name for a in articles):
            continue
        copies = store.reprints(a.id for a in articles)
        of = sorted({a.source or "an unnamed outlet" for a in articles
                     if any(c.source == name for c in copies.get(a.id, ()))}, key=str.casefold)
        if of:
            found.append({"story": summary, "of": of})
    return found


@dataclass(slots=True)
class FormState:
    """What the compare form shows: what the user typed, so an error keeps it."""

    articles: list[PastedArticle] = field(default_factory=list)
    urls: str = ""

    def padded(self) -> FormState:
        articles = list(self.articles)
        while len(articles) < max(2, BLANK_ARTICLES if not any(a.text for a in articles) else 2):
            articles.append(PastedArticle())
        return FormState(articles=articles, urls=self.urls)


def _form_page(request: Request, state: FormState, error: str = "", status: int = 200) -> Response:
    web = request.app.state.web
    return render(request, "compare.html.j2", {
        "nav": "compare", "form": state.padded(), "error": error, "limits": web.limits,
        "token_required": web.token.required, "token_cookie": web.token.required and web.token.matches(request.cookies.get(TOKEN_COOKIE)),
    }, status=status)


@router.get("/compare")
def compare_form(request: Request) -> Response:
    return _form_page(request, FormState())


@router.post("/compare")
async def compare_submit(request: Request) -> Response:
    web = request.app.state.web
    limits = web.limits
    if not same_origin(request.headers, request.url.scheme):
        raise HTTPException(403, "cross-site requests cannot write")
    unread = _not_a_form(request.headers)
    if unread:
        return _form_page(request, FormState(), unread, 415)
    try:
        form = await request.form(max_files=limits.max_articles + 1, max_fields=3 * limits.max_articles + 10,
                                  max_part_size=limits.max_article_bytes + 1)
    except HTTPException as exc:  # a malformed body, or a text field over the per-article cap
        detail = str(exc.detail)
        too_large = "size" in detail.lower() or "too many" in detail.lower()
        message = f"the form is too large: {detail}" if too_large else f"the form could not be read: {detail}"
        return _form_page(request, FormState(), message, 413 if too_large else 400)
    texts, titles, outlets = form.getlist("text"), form.getlist("title"), form.getlist("source")
    articles = [
        PastedArticle(text=str(t), title=str(titles[i]) if i < len(titles) else "", source=str(outlets[i]) if i < len(outlets) else "")
        for i, t in enumerate(texts)
    ]
    state = FormState(articles=articles, urls=str(form.get("urls") or ""))
    cookie_token = request.cookies.get(TOKEN_COOKIE)
    form_token = str(form.get("token") or "")
    if web.token.required and not (web.token.matches(form_token) or web.token.matches(cookie_token)):
        return _form_page(request, state, "this server needs its access token to compare", 401)
    uploads = []
    for item in form.getlist("files"):
        if not isinstance(item, UploadFile) or not item.filename:
            continue
        data = await item.read(limits.max_article_bytes + 1)
        uploads.append(Upload(name=item.filename, data=data))  # an empty file is skipped by the reader, with its reason
    await form.close()
    given = CompareInput(articles=articles, urls=url_lines(state.urls), uploads=uploads)
    try:
        report = await run_in_threadpool(web.compare, given)
    except NotEnoughArticles as exc:
        return _form_page(request, state, _not_enough(exc), 422)
    except RashomonError as exc:
        status = status_of(exc)
        if status >= 500:
            raise
        return _form_page(request, state, str(exc), status)
    key = web.results.add(report)
    response = render(request, "story.html.j2", _result_context(request, report, key, nav="compare", unsaved=True))
    if web.token.required and form_token and web.token.matches(form_token):
        _set_token_cookie(response, request, form_token)
    return response


_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def _not_a_form(headers: Any) -> str:
    """Why a body that is not a form cannot be read here, or "": Starlette reads any other body
    as an empty form, so JSON posted to /compare was answered "give at least two articles" as if
    nothing had been sent."""
    kind = (headers.get("content-type") or "").split(";")[0].strip().lower()
    has_body = headers.get("content-length", "0") not in ("", "0") or "transfer-encoding" in headers
    if kind in _FORM_TYPES or not has_body:
        return ""
    sent = f"a body of {kind}" if kind else "a body without a content type"
    hint = "; a script posts JSON to /api/compare (see /openapi.json)" if kind.endswith("json") else ""
    return f"the compare form reads a form ({' or '.join(_FORM_TYPES)}), not {sent}{hint}"


def _comparison_heading(report: Any) -> str:
    """The comparison's title: its most neutral headline, else the outlets it compares."""
    title = report_title(report)
    if title:
        return title
    outlets = list(dict.fromkeys(a.source for a in report.articles if a.source))
    return f"Comparison of {', '.join(outlets)}" if outlets else "Comparison"


def _result_context(request: Request, report: Any, key: str, **extra: Any) -> dict[str, Any]:
    web = request.app.state.web
    heading = _comparison_heading(report)
    stem = _file_stem(heading)
    has_cookie = web.token.required and web.token.matches(request.cookies.get(TOKEN_COOKIE))
    return _story_context(
        request, report, heading,
        downloads=[("Download JSON", f"/compare/results/{key}.json", f"{stem}.json"),
                   ("Download HTML", f"/compare/results/{key}.html", f"{stem}.html")],
        save_form={"action": f"/compare/results/{key}/save", "token_field": web.token.required and not has_cookie},
        can_save=True, cross_links=False, **extra,  # not stored: no outlet or entity page reads it
    )


def _recent(request: Request, key: str) -> Any:
    report = request.app.state.web.results.get(key)
    if report is None:
        raise HTTPException(404, "no such comparison here any more: compare the articles again (results are kept "
                                 "while the server runs, the most recent ones only), or save a comparison to keep it")
    return report


@router.get("/compare/results/{key}.json")
def compare_result_json(key: str, request: Request) -> Response:
    report = _recent(request, key)
    return _download(to_json(report), "application/json", f"{_file_stem(_comparison_heading(report))}.json")


@router.get("/compare/results/{key}.html")
def compare_result_html(key: str, request: Request) -> Response:
    report = _recent(request, key)
    return _download(to_html(report), "text/html; charset=utf-8", f"{_file_stem(_comparison_heading(report))}.html")


@router.post("/compare/results/{key}/save")
async def compare_result_save(key: str, request: Request) -> Response:
    """Keep a comparison under a permanent link (the write token beyond loopback)."""
    web = request.app.state.web
    if not same_origin(request.headers, request.url.scheme):
        raise HTTPException(403, "cross-site requests cannot write")
    form = await request.form(max_files=0, max_fields=5, max_part_size=4096)
    form_token = str(form.get("token") or "")
    await form.close()
    if web.token.required and not (web.token.matches(form_token) or web.token.matches(request.cookies.get(TOKEN_COOKIE))):
        raise HTTPException(401, "this server needs its access token to save a comparison")
    report = _recent(request, key)
    saved = await run_in_threadpool(web.saved.save, report)
    response = RedirectResponse(f"/comparisons/{saved}", status_code=303)
    if web.token.required and form_token and web.token.matches(form_token):
        _set_token_cookie(response, request, form_token)
    return response


def _saved(request: Request, key: str) -> Any:
    report = request.app.state.web.saved.load(key)
    if report is None:
        raise HTTPException(404, "no saved comparison with this link")
    return report


# a saved comparison's downloads are named as its page's links name them, and as the same
# comparison's downloads were named before it was saved (the file name a browser keeps is this one)
@router.get("/comparisons/{key}.json")
def saved_comparison_json(key: str, request: Request) -> Response:
    report = _saved(request, key)
    return _download(to_json(report), "application/json", f"{_file_stem(_comparison_heading(report))}.json")


@router.get("/comparisons/{key}.html")
def saved_comparison_html(key: str, request: Request) -> Response:
    report = _saved(request, key)
    return _download(to_html(report), "text/html; charset=utf-8", f"{_file_stem(_comparison_heading(report))}.html")


@router.get("/comparisons/{key}")
def saved_comparison(key: str, request: Request) -> Response:
    report = _saved(request, key)
    heading = _comparison_heading(report)
    stem = _file_stem(heading)
    return render(request, "story.html.j2", _story_context(
        request, report, heading, permalink=f"/comparisons/{key}", cross_links=False,
        downloads=[("Download JSON", f"/comparisons/{key}.json", f"{stem}.json"),
                   ("Download HTML", f"/comparisons/{key}.html", f"{stem}.html")],
    ))


def _not_enough(exc: NotEnoughArticles) -> str:
    reasons = "; ".join(f"{getattr(s, 'source', s)}: {getattr(s, 'reason', '')}" for s in exc.skipped)
    message = f"fewer than two usable articles (got {exc.usable})"
    return f"{message}. Skipped: {reasons}" if reasons else message + "."


def _set_token_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https", path="/")


@router.get("/login")
def login(request: Request, token: str = "") -> Response:
    web = request.app.state.web
    if not web.token.required:
        return RedirectResponse("/compare", status_code=303)
    if not web.token.matches(token):
        raise HTTPException(401, "wrong or missing token")
    response = RedirectResponse("/compare", status_code=303)
    _set_token_cookie(response, request, token)
    return response
