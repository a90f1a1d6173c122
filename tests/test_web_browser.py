"""The dashboard in headless Chromium (Debian's ``chromium``, driven by Playwright): the
relationship chart on the demo data, a click through to an event and its marked sentence,
the overview and search. Screenshots are kept in tests/artifacts/.

With CI=true a missing browser fails these tests instead of skipping them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from detente.api import create_app
from detente.store import Store
from tests.conftest import ROOT
from tests.test_web_parts import build_store, serving

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI needs the browser tests to run: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Iterator[str]:
    """examples/ coded by the real pipeline into a store, as `make demo` does."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with Store(path) as store:
        store.add_all(pipeline.run(sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))))
    with serving(create_app(path)) as url:
        yield url


@pytest.fixture(scope="module")
def usa_prk_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = build_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    with serving(create_app(path)) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records every request it makes and every script error."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    tab.requests, tab.errors = [], []
    tab.on("request", lambda r: tab.requests.append(r.url))
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def _only_local(page: Any, url: str) -> None:
    assert [r for r in page.requests if not r.startswith((url, "data:"))] == []
    assert page.errors == []


@pytest.mark.model
def test_relationship_chart_renders_on_the_demo_data(page: Any, demo_url: str) -> None:
    page.goto(f"{demo_url}/dyad?a=UKR&b=RUS&by=month&phases=us-presidents")
    page.wait_for_selector("#timeline[data-ready=true]")
    assert page.locator("#timeline .period").count() >= 1
    assert page.locator("#timeline rect.bar").count() >= 1
    assert page.locator("#timeline rect.band").count() >= 1
    box = page.locator("#timeline").bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 150
    assert page.locator("table.events tr.event-row").count() >= 3
    _shot(page, "relationship-demo.png")
    _only_local(page, demo_url)


@pytest.mark.model
def test_a_click_opens_an_event_with_its_sentence_marked(page: Any, demo_url: str) -> None:
    page.goto(f"{demo_url}/dyad?a=UKR&b=RUS")
    page.wait_for_selector("#timeline[data-ready=true]")
    page.locator("#timeline .period").first.click()
    link = page.locator("#period-events li a.evidence").first
    link.wait_for()
    assert link.locator("mark.trg").count() == 1
    _shot(page, "relationship-clicked.png")
    link.click()
    page.wait_for_url("**/events/*")
    sentence = page.locator("#sentence")
    assert sentence.locator("mark.src").count() >= 1
    assert sentence.locator("mark.trg").count() >= 1
    trigger = sentence.locator("mark.trg").first.inner_text()
    assert trigger and trigger in sentence.inner_text()
    assert page.locator("#map").count() == 1
    _shot(page, "event-demo.png")
    _only_local(page, demo_url)


@pytest.mark.model
def test_overview_on_the_demo_data(page: Any, demo_url: str) -> None:
    page.goto(f"{demo_url}/")
    assert page.locator("#network .node").count() >= 5
    assert page.locator("#network .arc").count() >= 5
    assert page.locator("#roots rect.cell").count() >= 5
    assert page.locator("#dyads tbody tr").count() >= 5
    _shot(page, "overview-demo.png")
    _only_local(page, demo_url)


def test_the_dip_of_october_2019(page: Any, usa_prk_url: str) -> None:
    page.goto(f"{usa_prk_url}/dyad?a=USA&b=PRK&by=month")
    page.wait_for_selector("#timeline[data-ready=true]")
    labels = page.locator("#timeline .band-label").all_text_contents()
    assert {"Obama", "Trump", "Biden"} <= set(labels)
    page.locator('#timeline .period[data-period="2019-10"]').click()
    items = page.locator("#period-events li")
    items.first.wait_for()
    assert items.count() == 4
    assert page.locator("#period-events h3").inner_text() == "2019-10: 4 events"
    _shot(page, "relationship.png")
    items.first.locator("a.evidence").click()
    page.wait_for_url("**/events/ev007")
    assert page.locator("#sentence mark.tgt").inner_text() == "US"
    assert page.locator("#map circle.place").count() == 1
    assert page.locator("#reports li").count() == 2
    _shot(page, "event.png")
    _only_local(page, usa_prk_url)


def test_overview_and_search(page: Any, usa_prk_url: str) -> None:
    page.goto(f"{usa_prk_url}/")
    assert page.locator("#network .node").count() >= 3
    assert page.locator("#roots rect.cell").count() >= 5
    assert page.locator("#dyads tbody tr").first.inner_text().startswith("PRK – USA")
    _shot(page, "overview.png")
    page.goto(f"{usa_prk_url}/search")
    page.fill("input[name=q]", "singapore")
    page.fill("input[name=since]", "2019-01-01")
    page.click("form.filters button")
    page.wait_for_url("**/search?*")
    assert page.locator("#total").inner_text() == "2"
    assert page.locator("table.events mark.trg").first.inner_text() == "met"
    _shot(page, "search.png")
    _only_local(page, usa_prk_url)
