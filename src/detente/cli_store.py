"""Commands over the store: query, follow a dyad, show the evidence, exchange with other
datasets. Registered on the ``detente`` group by ``cli.py``; thin layers over the library."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from detente.errors import StoreError
from detente.render import to_table
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.store import Store
    from detente.store.queries import EventQuery
    from detente.store.store import Stored

CSV_COLUMNS = (
    "event_id", "date", "date_precision", "source_code", "source_country", "target_code",
    "target_country", "cameo", "cameo_label", "quad_class", "goldstein", "plover_type",
    "negated", "modality", "location_country", "num_mentions", "num_sources", "num_articles",
    "origin", "url", "sentence",
)  # fmt: skip
EXPORT_FORMATS = ("gdelt", "gdelt-mentions", "icews", "plover", "polecat", "parquet", "jsonl")


def parse_day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """The click callback for every date option: YYYY-MM-DD, or a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _open(ctx: click.Context, db: str | None, read_only: bool = True) -> Store:
    from detente.store import Store

    root = ctx.find_root().params
    settings = Settings.load(root.get("config"), db=db)
    if read_only and not Path(settings.db).exists():
        raise StoreError(f"no store at {settings.db}: run 'detente ingest' first")
    return Store(settings.db, read_only=read_only)


def _query(params: dict[str, Any]) -> EventQuery:
    from detente.store.queries import EventQuery, parse_dyad

    try:
        pair = parse_dyad(params["dyad"]) if params.get("dyad") else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--dyad") from exc
    return EventQuery(
        dyad=pair, directed=params.get("directed", False), actor=params.get("actor"),
        since=params.get("since"), until=params.get("until"), root=params.get("root"),
        plover=params.get("plover"), origin=params.get("origin"), limit=params.get("limit"),
        offset=params.get("offset") or 0,
    )  # fmt: skip


def query_options(f: Any) -> Any:
    """The filters every query command shares."""
    options = [
        click.option("--dyad", metavar="A-B", help="Two actors, e.g. USA-PRK (either way round)."),
        click.option("--directed", is_flag=True, help="With --dyad: only A acting on B."),
        click.option("--actor", metavar="CODE", help="A country (PRK) or actor code (PRKGOV)."),
        click.option("--since", callback=parse_day, metavar="YYYY-MM-DD", help="Events from."),
        click.option("--until", callback=parse_day, metavar="YYYY-MM-DD", help="Events until."),
        click.option("--root", metavar="CODE", help="CAMEO root or code prefix (16, 164)."),
        click.option("--plover", metavar="TYPE", help="PLOVER type (SANCTION)."),
        click.option("--origin", metavar="NAME", help="Only events from detente, gdelt, icews."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _csv_row(s: Stored) -> dict[str, object]:
    e = s.event
    return {
        "event_id": e.event_id, "date": e.date, "date_precision": e.date_precision,
        "source_code": e.source.code, "source_country": e.source.country,
        "target_code": e.target.code if e.target else None,
        "target_country": e.target.country if e.target else None, "cameo": e.cameo,
        "cameo_label": e.cameo_label, "quad_class": e.quad_class, "goldstein": e.goldstein,
        "plover_type": e.plover_type, "negated": e.negated, "modality": e.modality,
        "location_country": e.location.country if e.location else None,
        "num_mentions": s.counts.num_mentions, "num_sources": s.counts.num_sources,
        "num_articles": s.counts.num_articles, "origin": s.origin, "url": e.url,
        "sentence": e.sentence,
    }  # fmt: skip


def stored_json(s: Stored) -> dict[str, object]:
    return {**s.event.to_dict(), "num_mentions": s.counts.num_mentions,
            "num_sources": s.counts.num_sources, "num_articles": s.counts.num_articles,
            "origin": s.origin}  # fmt: skip


def print_stored(rows: Iterable[Stored], fmt: str) -> None:
    if fmt == "jsonl":
        for s in rows:
            click.echo(json.dumps(stored_json(s), ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_csv_row(s) for s in rows)
    else:
        for line in to_table(s.event for s in rows):
            click.echo(line)


@click.command()
@click.option("--db", default=None, metavar="FILE", help="DuckDB file.")
@query_options
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.option("--offset", type=int, default=0, help="Skip this many first.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format.")  # fmt: skip
@click.pass_context
def events(ctx: click.Context, /, db: str | None, fmt: str, **filters: Any) -> None:
    """Print stored events, filtered.

    \b
    Examples:
      detente events --dyad USA-PRK --since 2021-01-01 --root 16
      detente events --actor PRKGOV --plover SANCTION --format csv > prk.csv
    """
    with _open(ctx, db) as store:
        print_stored(store.select(_query(filters)), fmt)


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--db", default=None, metavar="FILE", help="DuckDB file.")
@click.option("--by", type=click.Choice(["week", "month"]), default="month", show_default=True)
@click.option("--phases", metavar="FILE|us-presidents", default=None,
              help="Policy phases: a file (name, start, end) or us-presidents.")  # fmt: skip
@click.option("--directed", is_flag=True, help="Only A acting on B.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)  # fmt: skip
@click.pass_context
def dyad(ctx: click.Context, a: str, b: str, db: str | None, by: str, phases: str | None,
         directed: bool, fmt: str) -> None:  # fmt: skip
    """A relationship over time: events of A and B per week or month, by quad class, with
    the Goldstein sum and mean, and a summary per policy phase.

    \b
    Examples:
      detente dyad USA PRK --by month --phases us-presidents
      detente dyad RUS UKR --by week --directed --format csv
    """
    from detente.analysis.dyads import Period, dyad_series, phase_summary
    from detente.analysis.phases import load_phases
    from detente.store.queries import EventQuery

    spans = load_phases(phases) if phases else []
    with _open(ctx, db) as store:
        query = EventQuery(dyad=(a.upper(), b.upper()), directed=directed)
        series = dyad_series(store, query, cast(Period, by), spans)
    summary = phase_summary(series, spans) if spans else []
    _print_buckets(series, fmt, "period")
    if summary:
        if fmt == "table":
            click.echo()
        _print_buckets(summary, fmt, "phase")


def _print_buckets(buckets: list[Any], fmt: str, kind: str) -> None:
    rows = [{"kind": kind, **b.to_dict()} for b in buckets]
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row))
        return
    names = ["period", "events", "verbal_coop", "material_coop", "verbal_conflict",
             "material_conflict", "goldstein_sum", "goldstein_mean", "phase"]  # fmt: skip
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, ["kind", *names], extrasaction="ignore",
                                lineterminator="\n")  # fmt: skip
        writer.writeheader()
        writer.writerows(rows)
        return
    heads = [kind.upper(), "EVENTS", "V-COOP", "M-COOP", "V-CONFL", "M-CONFL", "GS-SUM",
             "GS-MEAN", "PHASE"]  # fmt: skip
    click.echo("  ".join(h.ljust(9) for h in heads).rstrip())
    for row in rows:
        cells = ["-" if row[n] is None else str(row[n]) for n in names]
        click.echo("  ".join(c.ljust(9) for c in cells).rstrip())


@click.group(invoke_without_command=True)
@click.option("--db", default=None, metavar="FILE", help="DuckDB file.")
@click.option("--top", type=int, default=20, show_default=True, help="How many.")
@click.pass_context
def actors(ctx: click.Context, db: str | None, top: int) -> None:
    """The most active actors in the store; 'actors lookup' explains a name.

    \b
    Examples:
      detente actors --top 20
      detente actors lookup "the US president" --date 2019-06-01
    """
    if ctx.invoked_subcommand is not None:
        return
    from detente.analysis.dyads import top_actors

    with _open(ctx, db) as store:
        rows = top_actors(store, top)
    click.echo(f"{'ACTOR':<14}{'AS SOURCE':>10}{'AS TARGET':>10}{'EVENTS':>8}")
    for code, source, target, total in rows:
        click.echo(f"{code:<14}{source:>10}{target:>10}{total:>8}")


@actors.command()
@click.argument("phrase")
@click.option("--date", "day", callback=parse_day, metavar="YYYY-MM-DD",
              help="Resolve as of this day (default: today).")  # fmt: skip
@click.option("--actors", "extra", multiple=True, metavar="FILE",
              help="User actor files (detente TSV or TABARI), tried first.")  # fmt: skip
@click.pass_context
def lookup(ctx: click.Context, phrase: str, day: date | None, extra: tuple[str, ...]) -> None:
    """What PHRASE resolves to on a day, and why."""
    from detente.pipeline import Pipeline

    root = ctx.find_root().params
    settings = Settings.load(root.get("config"), model=root.get("model"), actors=extra or None)
    pipeline = Pipeline(settings)
    found = pipeline.resolve_text(phrase, day or date.today())
    if not found:
        click.echo(f"{phrase!r}: no actor found")
        ctx.exit(1)
    for m in found:
        actor = m.actor
        office = f", {actor.role}" if actor.role else ""
        click.echo(f"{m.text!r} → {actor.code} ({actor.name or actor.country}{office}) "
                   f"by {m.how}; entry {m.kb_id}")  # fmt: skip


@click.command()
@click.argument("event_id")
@click.option("--db", default=None, metavar="FILE", help="DuckDB file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def show(ctx: click.Context, event_id: str, db: str | None, fmt: str) -> None:
    """One event with its evidence: the sentence, the article, every other report of it."""
    with _open(ctx, db) as store:
        found = store.get(event_id)
        if found is None:
            raise StoreError(f"no event {event_id!r} in {store.path}")
        reports = store.reports(event_id)
        article = store.article(found.event.doc_id)
    if fmt == "json":
        data = {**stored_json(found), "article": _plain(article),
                "reports": [_report(r) for r in reports]}  # fmt: skip
        click.echo(json.dumps(data, ensure_ascii=False, default=str))
        return
    _show_text(found, article, reports)


def _report(r: Any) -> dict[str, object]:
    return {"doc_id": r.doc_id, "url": r.url, "source_name": r.source_name,
            "published": r.published, "sentence": r.sentence,
            "sentence_index": r.sentence_index, "trigger": r.trigger.text,
            "confidence": r.confidence}  # fmt: skip


def _plain(value: dict[str, Any] | None) -> dict[str, Any] | None:
    return (
        {k: (v.isoformat() if isinstance(v, date) else v) for k, v in value.items()}
        if value
        else None
    )


def _show_text(found: Stored, article: dict[str, Any] | None, reports: list[Any]) -> None:
    e = found.event
    target = e.target.code if e.target else "-"
    click.echo(f"{e.event_id}  {e.source.code} → {target}  {e.cameo} {e.cameo_label}")
    click.echo(f"  PLOVER {e.plover_type or '-'}  quad {e.quad_class}  Goldstein {e.goldstein}")
    mood = ("negated " if e.negated else "") + e.modality
    said = f", {e.date_text!r}" if e.date_text else ""
    place = e.location.name if e.location else "-"
    click.echo(f"  date {e.date or '-'} ({e.date_precision}{said})  mood {mood}  place {place}")
    click.echo(f"  sentence: {highlight(e.sentence, e.source_span, e.target_span, e.trigger)}")
    click.echo(f"  rule {e.rule}  confidence {e.confidence}")
    if article:
        click.echo(
            f"  article: {article.get('title') or article.get('source')} "
            f"({article.get('published') or 'undated'}) {article.get('url') or ''}"
        )
    c = found.counts
    click.echo(f"  {c.num_mentions} mentions, {c.num_articles} articles, {c.num_sources} sources")
    for r in reports:
        click.echo(f"   - {r.published or 'undated'} {r.source_name or r.doc_id}: {r.sentence}")


def highlight(sentence: str, source: tuple[int, int] | None, target: tuple[int, int] | None,
              trigger: Any) -> str:  # fmt: skip
    """The sentence with [source], {target} and <trigger> marked (spans may nest)."""
    spans = [(source, "[", "]"), (target, "{", "}"), ((trigger.start, trigger.end), "<", ">")]
    inserts: list[tuple[int, int, int, str]] = []
    for span, open_, close in spans:
        if span is not None and span[1] > span[0]:
            length = span[1] - span[0]
            inserts += [(span[0], 0, length, open_), (span[1], 1, -length, close)]
    # Inserted right to left; at one position the last inserted stands first, so opens go
    # innermost first and closes outermost first, to read "}>" and "<{".
    out = sentence
    for position, _, _, mark in sorted(inserts, key=lambda m: (-m[0], m[1], m[2])):
        out = out[:position] + mark + out[position:]
    return out


@click.command(name="export")
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--db", default=None, metavar="FILE", help="DuckDB file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    required=True,
    help="GDELT 2.0 events or mentions, ICEWS, PLOVER JSON, POLECAT, Parquet, JSONL.",
)
@query_options
@click.pass_context
def export(ctx: click.Context, /, out: str, db: str | None, fmt: str, **filters: Any) -> None:
    """Write stored events in a format the field uses (OUT may be - for stdout).

    \b
    Examples:
      detente export --format gdelt events.export.CSV
      detente export --format plover --dyad USA-PRK usa_prk.jsonl
      detente export --format parquet events.parquet
    """
    from detente.exchange import export_events

    with _open(ctx, db) as store:
        written = export_events(store, _query(filters), fmt, out)
    click.echo(f"{written} rows written to {out} ({fmt})", err=True)


@click.command(name="import")
@click.argument("kind", type=click.Choice(["gdelt", "icews", "parquet"]))
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--db", default=None, metavar="FILE", help="DuckDB file.")
@click.pass_context
def import_(ctx: click.Context, kind: str, files: tuple[str, ...], db: str | None) -> None:
    """Lay events from GDELT, ICEWS or a detente Parquet export beside your own.

    \b
    Examples:
      detente import gdelt 20210501.export.CSV --db detente.duckdb
      detente compare --dyad USA-PRK --by month
    """
    from detente.exchange import import_events

    with _open(ctx, db, read_only=False) as store:
        for name in files:
            added, skipped = import_events(store, kind, name)
            note = f" ({skipped})" if skipped else ""
            click.echo(f"{name}: {added} events imported ({kind}){note}", err=True)


@click.command()
@click.option("--dyad", required=True, metavar="A-B", help="Two actors, e.g. USA-PRK.")
@click.option("--db", default=None, metavar="FILE", help="DuckDB file.")
@click.option("--by", type=click.Choice(["week", "month"]), default="month", show_default=True)
@click.pass_context
def compare(ctx: click.Context, dyad: str, db: str | None, by: str) -> None:
    """detente's events beside imported ones (GDELT, ICEWS) for a dyad, period by period."""
    from detente.analysis.dyads import Period, compare_origins

    with _open(ctx, db) as store:
        origins, rows = compare_origins(store, _query({"dyad": dyad}), cast(Period, by))
    click.echo("PERIOD    " + "".join(f"{o.upper():>10}" for o in origins))
    for period, counts in rows:
        click.echo(f"{period:<10}" + "".join(f"{counts.get(o, 0):>10}" for o in origins))


COMMANDS = [events, dyad, actors, show, export, import_, compare]
