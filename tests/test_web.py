"""The pages in a real headless Chromium (Debian's chromium + chromedriver, via selenium).

The seed notice's page highlights its six sanctions: the parser makes eight action
nodes there (each 報告等の求め sets two deadlines, so it is two actions), which share
six sanction-term spans — two 勧告, two 指導 and two 報告等の求め, each highlighted once
and carrying the IRIs of every action it is evidence for.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest_api import Server
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement

pytest_plugins = ["conftest_api"]
CHROMIUM = Path(os.environ.get("SHOBUN_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("SHOBUN_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"))
SEED = "ppc-2024-01-ntt-procx-overview"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:  # a test that cannot run fails: CI must not pass without the browser tests
        pytest.fail(f"no {', '.join(missing)}: install Debian's chromium and chromium-driver "
                    "(.ci/apt-packages, which .ci/run installs)")  # fmt: skip

    profile = tempfile.mkdtemp(prefix="shobun-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={profile}", "--window-size=1280,1600"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def rows_after_click(browser: WebDriver, element: WebElement, css: str) -> list[WebElement]:
    """Click, wait for the next page, and find `css` there. The old page is marked and
    the wait is for a complete page without the mark; asking about the old page's
    elements while Chromium swaps documents can fail with an inspector error instead of
    a stale-element one, so no element of the old page is asked about."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.execute_script("document.documentElement.dataset.shobunOld = '1'")
    element.click()

    def next_page(b: WebDriver) -> bool:
        try:
            return bool(
                b.execute_script(
                    "return document.readyState === 'complete'"
                    " && !document.documentElement.dataset.shobunOld"
                )
            )
        except WebDriverException:  # the document is being replaced: ask again
            return False

    WebDriverWait(browser, 30).until(next_page)
    return browser.find_elements(By.CSS_SELECTOR, css)


def test_seed_notice_highlights_its_six_sanctions(browser: WebDriver, server: Server) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server.url}/notices/{SEED}")
    marks = browser.find_elements(By.CSS_SELECTOR, "#notice-text [id^='m-sanction-']")
    assert [m.text for m in marks] == ["勧告", "指導", "報告等の求め"] * 2
    nodes = [m.get_attribute("data-nodes") or "" for m in marks]
    actions = [iri for n in nodes for iri in n.split()]
    assert len(actions) == 8 and len(set(actions)) == 8
    assert all(re.fullmatch(rf".*/notice/{SEED}/action/a\d", a) for a in actions)
    for mark in marks:  # each one is drawn, and links to its row in the facts table
        assert mark.value_of_css_property("background-color") not in ("", "rgba(0, 0, 0, 0)")
        target = (mark.get_attribute("href") or "").split("#")[-1]
        row = browser.find_element(By.ID, target)
        assert row.get_attribute("data-iri") in mark.get_attribute("data-nodes").split()


def test_notice_page_loads_nothing_from_other_hosts(browser: WebDriver, server: Server) -> None:
    browser.get(f"{server.url}/notices/{SEED}")
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert loaded and all(url.startswith(server.url) for url in loaded)


def editor_rows(browser: WebDriver, count: int) -> list[WebElement]:
    """The rows of YASGUI's results table once it shows `count` of them."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def rows(b: WebDriver) -> list[WebElement] | bool:
        found = b.find_elements(By.CSS_SELECTOR, ".yasr table.dataTable tbody tr")
        return found if len(found) == count else False

    found: list[WebElement] = WebDriverWait(browser, 30).until(rows)
    return found


def test_sparql_page_runs_an_example_and_shows_rows(browser: WebDriver, server: Server) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server.url}/sparql")
    browser.find_element(By.ID, "example-appi-recommendations").click()
    rows = editor_rows(browser, 3)
    query = browser.execute_script("return shobunYasgui.getTab().getQuery()")
    assert "sbo:Recommendation" in query
    first = [td.text for td in rows[0].find_elements(By.TAG_NAME, "td")]
    assert first[1].startswith('"2024-01"') and first[3] == "第148条"


def test_sparql_page_runs_a_typed_query(browser: WebDriver, server: Server) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server.url}/sparql")
    query = "SELECT ?n WHERE { ?n a sbo:Notice }"  # sbo: is known without a PREFIX
    browser.execute_script("shobunYasgui.getTab().setQuery(arguments[0])", query)
    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    rows = editor_rows(browser, 5)
    link = rows[0].find_element(By.TAG_NAME, "a").get_attribute("href") or ""
    assert link.startswith(f"{server.url}/notices/")  # minted IRIs link to this server


def test_organization_page_draws_its_network(browser: WebDriver, server: Server) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server.url}/organizations/株式会社NTTマーケティングアクトProCX")
    svg = browser.find_element(By.CSS_SELECTOR, "figure.network svg")
    assert svg.size["width"] > 300
    kinds = {c.get_attribute("data-kind") for c in svg.find_elements(By.TAG_NAME, "circle")}
    assert kinds == {"organization", "notice", "action", "provision", "company"}


def test_search_page_filters(browser: WebDriver, server: Server) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(f"{server.url}/search")
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.notices tbody tr")) == 5
    Select(browser.find_element(By.NAME, "action_type")).select_by_value("Recommendation")
    button = browser.find_element(By.CSS_SELECTOR, "form.search button")
    assert len(rows_after_click(browser, button, "table.notices tbody tr")) == 3
