"""The dashboard's pages: Jinja2 templates over the same library calls as the API.

Every page is rendered on the server; ``static/app.js`` only lists a period's events when
its bar is clicked (from ``GET /api/events``). Scripts, styles and images all come from
``/static``: the pages send a Content-Security-Policy that allows nothing else.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from detente import __version__
from detente.analysis.dyads import Period, dyad_series, phase_summary, top_actors
from detente.ontology import load_codebook
from detente.records import Actor, Event, Report
from detente.store import Store
from detente.store.queries import EventQuery
from detente.web import charts, queries
from detente.web.deps import AppConfig, ConfigDep, StoreDep, phases_for
from detente.web.markup import PRECISION, highlight, quad_label, root_label, safe_url
from detente.web.queries import period_end

PER_PAGE = 50
ROOTS = [f"{n:02d}" for n in range(1, 21)]
CODE = re.compile(r"[A-Z0-9]{1,64}")
SEARCH_FIELDS = ("q", "actor", "dyad", "root", "plover", "since", "until", "directed", "page")
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
LABELS = {"q": "words", "actor": "actor", "dyad": "pair", "root": "CAMEO", "plover": "PLOVER",
          "since": "from", "until": "to"}  # fmt: skip
QUAD_KINDS = {1: "vcoop", 2: "mcoop", 3: "vconf", 4: "mconf"}

router = APIRouter(include_in_schema=False)


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("detente.web", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(evidence=evidence, report_evidence=report_evidence, root_label=root_label,
                       quad_label=quad_label, safe_url=safe_url, root_kind=root_kind,
                       precision=lambda p: PRECISION.get(p, p), party=party,
                       version=__version__)  # fmt: skip
    return env


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(name).render({"nav": "", **context})
    return HTMLResponse(html, status_code=status_code, headers={"Content-Security-Policy": CSP})


def error_page(status: int, message: str) -> str:
    return (
        environment()
        .get_template("error.html")
        .render(nav="", status=status, message=message, version=__version__)
    )


def evidence(e: Event) -> Markup:
    return highlight(e.sentence, e.source_span, e.target_span, (e.trigger.start, e.trigger.end))


def report_evidence(r: Report) -> Markup:
    return highlight(r.sentence, r.source_span, r.target_span, (r.trigger.start, r.trigger.end))


def party(actor: Actor | None) -> str:
    """An actor as the relationship page pairs it: its country, or a body's full code."""
    if actor is None:
        return ""
    return actor.code if not actor.country or actor.country in queries.BODIES else actor.country


@cache
def root_kind(root: str) -> str:
    try:
        return QUAD_KINDS.get(load_codebook()[root].quad_class, "")
    except KeyError:
        return ""


@router.get("/", response_class=HTMLResponse)
def overview(store: StoreDep) -> HTMLResponse:
    """The front page: the busiest relationships, who acts on whom, event kinds over time."""
    totals = queries.totals(store)
    months = (totals.last.year - totals.first.year) * 12 if totals.first and totals.last else 0
    by: Literal["month", "year"] = "year" if months > 120 else "month"
    return render(
        "overview.html", nav="overview", totals=totals, dyads=queries.active_dyads(store, 10),
        actors=top_actors(store, 12), network=charts.network(queries.network(store, 12)),
        heatmap=charts.heatmap(queries.roots_over_time(store, by), by, ROOTS),
    )  # fmt: skip


def _code(value: str | None, name: str, errors: list[str]) -> str:
    code = (value or "").strip().upper()
    if code and not CODE.fullmatch(code):
        errors.append(f"{name} must be a country or actor code, letters and digits (PRK, USAGOV)")
        return ""
    return code


def _page(value: str | None) -> int:
    return min(int(value), 100_000) if value and value.isdigit() else 0


@router.get("/dyad", response_class=HTMLResponse)
def dyad(request: Request, store: StoreDep, config: ConfigDep) -> HTMLResponse:
    """A relationship over time: the series chart, phases, and the events under it."""
    args, errors = request.query_params, list[str]()
    a, b = _code(args.get("a"), "actor A", errors), _code(args.get("b"), "actor B", errors)
    suggestions = queries.active_dyads(store, 8)
    if not (a or b or errors) and suggestions:
        a, b = suggestions[0].a, suggestions[0].b
    by: Period = "week" if args.get("by") == "week" else "month"
    directed = args.get("directed") in ("1", "true", "on")
    context: dict[str, Any] = {
        "nav": "dyad", "a": a, "b": b, "by": by, "directed": directed,
        "phases_name": (args.get("phases") or "")[:64], "phase_choices": config.phase_names(),
        "suggestions": suggestions, "chart": None, "summary": [], "rows": [], "total": 0,
        "page": _page(args.get("page")), "per_page": PER_PAGE, "errors": errors,
    }  # fmt: skip
    context["params"] = {k: v for k, v in args.items() if k != "page"}
    if a and b:
        _fill_dyad(context, store, config)
    elif a or b:
        errors.append("pick two actors")
    return render("dyad.html", 400 if errors else 200, **context)


def _fill_dyad(context: dict[str, Any], store: Store, config: AppConfig) -> None:
    a, b, by = context["a"], context["b"], context["by"]
    try:
        spans = phases_for(context["phases_name"] or None, a, b, config)
    except ValueError as exc:
        context["errors"].append(str(exc))
        spans = []
    query = EventQuery(dyad=(a, b), directed=context["directed"])
    buckets = dyad_series(store, query, by, spans)
    seen = (buckets[0].start, period_end(buckets[-1].start, by)) if buckets else None
    summary = [s for s, p in zip(phase_summary(buckets, spans), spans, strict=True)
               if seen and p.start < seen[1] and (p.end is None or p.end > seen[0])]  # fmt: skip
    context.update(
        chart=charts.timeline(buckets, by, spans), summary=summary,
        rows=store.select(replace(query, limit=PER_PAGE, offset=context["page"] * PER_PAGE)),
        total=store.count_events(query),
    )  # fmt: skip


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(event_id: str, store: StoreDep) -> HTMLResponse:
    """One event and its evidence: the marked sentence, codes, date, place, reports."""
    found = store.get(event_id)
    if found is None:
        return render("error.html", 404, status=404, message=f"No event {event_id!r}.")
    e = found.event
    location = e.location
    return render(
        "event.html", stored=found, e=e, article=queries.article_info(store, e.doc_id),
        reports=store.reports(event_id),
        point=charts.map_point(location.lat, location.lon) if location else None,
    )  # fmt: skip


def _day(value: str, name: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError as exc:
        raise ValueError(f"{name} must be a date, YYYY-MM-DD (got {value!r})") from exc


def _search_filters(form: dict[str, str]) -> queries.Filters:
    return queries.Filters(
        dyad=form["dyad"] or None, directed=bool(form["directed"]), actor=form["actor"] or None,
        since=_day(form["since"], "From"), until=_day(form["until"], "To"),
        root=form["root"] or None, plover=form["plover"] or None, text=form["q"] or None,
    )  # fmt: skip


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep) -> HTMLResponse:
    """Events by words, actor, pair, CAMEO code, PLOVER type and dates."""
    form = {k: request.query_params.get(k, "").strip()[:200] for k in SEARCH_FIELDS}
    page, errors, rows, total = _page(form["page"]), [], [], 0
    try:
        query = _search_filters(form).query(PER_PAGE, page * PER_PAGE)
        rows, total = store.select(query), store.count_events(replace(query, limit=None, offset=0))
    except ValueError as exc:
        errors.append(str(exc))
    params = {k: v for k, v in form.items() if v and k != "page"}
    described = ", ".join(f"{LABELS[k]} {v}" for k, v in params.items() if k in LABELS)
    return render("search.html", 400 if errors else 200, nav="search", form=form, rows=rows,
                  total=total, page=page, per_page=PER_PAGE, params=params, errors=errors,
                  described=f"matching {described}" if described else "")  # fmt: skip


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API's routes, read from its OpenAPI description (no scripts from elsewhere)."""
    spec = request.app.openapi()
    return render("docs.html", nav="docs", spec=spec, routes=list(_routes(spec)))


def _routes(spec: dict[str, Any]) -> Any:
    for path, operations in spec.get("paths", {}).items():
        for method, op in operations.items():
            yield {
                "id": op.get("operationId", path), "method": method, "path": path,
                "summary": op.get("summary", ""), "description": op.get("description", ""),
                "responses": sorted(op.get("responses", {})),
                "parameters": [{**p, "type": _type(p.get("schema", {})),
                                "description": p.get("description", "")}
                               for p in op.get("parameters", [])],
            }  # fmt: skip


def _type(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    return str(schema.get("format") or schema.get("type") or "")
