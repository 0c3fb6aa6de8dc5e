"""The published site in a real headless Chromium, with screenshots saved under the test
output (conftest_web): the SPARQL editor, the walk company → action → article → other
companies, the actions table sorted by amount, the charts, and the notice page at
390 px wide."""

from __future__ import annotations

from typing import TYPE_CHECKING

pytest_plugins = ["conftest_api", "conftest_web"]

if TYPE_CHECKING:
    from conftest_api import Server
    from conftest_web import Browser


def test_sparql_editor_runs_an_example_and_downloads_csv(chromium: Browser, server: Server) -> None:
    from selenium.webdriver.common.by import By

    d = chromium.driver
    d.get(f"{server.url}/sparql")
    d.find_element(By.ID, "example-largest-surcharges").click()
    rows = chromium.wait(lambda: d.find_elements(By.CSS_SELECTOR, ".yasr table.dataTable tbody tr"))
    assert isinstance(rows, list) and len(rows) == 1
    chromium.shot("sparql-editor-example")
    d.find_element(By.CSS_SELECTOR, ".yasr_downloadIcon").click()
    done = chromium.wait(lambda: [p for p in chromium.downloads.glob("*.csv")])
    assert isinstance(done, list)
    text = done[0].read_text(encoding="utf-8")
    assert text.splitlines()[0].replace('"', "") == "company,amount,deadline,notice"
    assert "株式会社きらり堂" in text and "23450000" in text
    loaded = d.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert loaded and all(url.startswith(server.url) for url in loaded)


def test_sparql_editor_error_keeps_the_query_and_says_where(
    chromium: Browser, server: Server
) -> None:
    from selenium.webdriver.common.by import By

    d = chromium.driver
    d.get(f"{server.url}/sparql")
    query = "SELECT * WHERE {\n  ?s ex:p ?o }"
    d.execute_script("shobunYasgui.getTab().setQuery(arguments[0])", query)
    d.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    box = d.find_element(By.ID, "query-error")
    chromium.wait(lambda: box.is_displayed() and box.text)
    assert "line 2, column 6" in box.text and "ex:" in box.text
    assert d.execute_script("return shobunYasgui.getTab().getQuery()") == query
    chromium.shot("sparql-editor-error")
