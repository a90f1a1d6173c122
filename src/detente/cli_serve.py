"""``detente serve``: the HTTP API and the dashboard on uvicorn. FastAPI and uvicorn are
imported when the command runs, so that ``import detente`` and the other commands stay light.
"""

from __future__ import annotations

from pathlib import Path

import click

from detente.errors import StoreError
from detente.settings import Settings

DEFAULT_MAX_BYTES = 1_000_000


@click.command()
@click.option("--db", default=None, metavar="FILE", help="DuckDB file (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="DETENTE_TOKEN", default=None, metavar="TOKEN",
              help="Require 'Authorization: Bearer TOKEN' on POST /api/code "
                   "(or set DETENTE_TOKEN).")  # fmt: skip
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True,
              type=click.IntRange(1), help="Largest body POST /api/code accepts.")  # fmt: skip
@click.option("--phases", "phase_files", multiple=True, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False),
              help="A phases file (name, start, end) offered by its file name.")  # fmt: skip
@click.pass_context
def serve(ctx: click.Context, *, db: str | None, host: str, port: int, token: str | None,
          max_bytes: int, phase_files: tuple[str, ...]) -> None:  # fmt: skip
    """Serve the dashboard and the JSON API over a store.

    \b
    Pages: /  /dyad?a=USA&b=PRK  /events/ID  /search  /docs (the API)
    API:   /api/events  /api/dyads/A/B/series  /api/code …  (OpenAPI: /api/openapi.json)

    \b
    Examples:
      detente serve --db detente.duckdb
      detente serve --port 8080 --token "$(openssl rand -hex 16)"
    """
    import uvicorn

    from detente.api import create_app
    from detente.store import Store
    from detente.web.deps import phases_name

    root = ctx.find_root().params
    settings = Settings.load(root.get("config"), model=root.get("model"), db=db)
    if not Path(settings.db).exists():
        raise StoreError(f"no store at {settings.db}: run 'detente ingest' first")
    Store(settings.db, read_only=True).close()  # an unreadable store stops here, not per request
    app = create_app(settings.db, token=token, max_code_bytes=max_bytes, settings=settings,
                     phases={phases_name(f): f for f in phase_files})  # fmt: skip
    click.echo(f"detente: serving {settings.db} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve]
