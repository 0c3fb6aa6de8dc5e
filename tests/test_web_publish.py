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


def click_and_wait(chromium: Browser, element: object, css: str) -> list[object]:
    """Click a link and wait for the next page to show `css`."""
    from selenium.webdriver.common.by import By

    d = chromium.driver
    d.execute_script("document.documentElement.dataset.shobunOld = '1'")
    element.click()  # type: ignore[attr-defined]

    def arrived() -> list[object] | bool:
        fresh = d.execute_script(
            "return document.readyState === 'complete' && !document.documentElement.dataset.shobunOld"
        )
        return bool(fresh) and d.find_elements(By.CSS_SELECTOR, css)

    found = chromium.wait(arrived)
    assert isinstance(found, list)
    return found


def test_walk_company_action_article_other_companies(chromium: Browser, server: Server) -> None:
    from selenium.webdriver.common.by import By

    d = chromium.driver
    d.get(f"{server.url}/organizations/株式会社NTTマーケティングアクトProCX")
    chromium.shot("walk-1-company")
    action = next(
        a for a in d.find_elements(By.CSS_SELECTOR, "table.actions a.action") if a.text == "勧告"
    )
    click_and_wait(chromium, action, "table.properties")
    chromium.shot("walk-2-action")
    assert "sbo:Recommendation" in d.page_source
    basis = d.find_element(By.CSS_SELECTOR, "tr[data-predicate='sbo:legalBasis'] td.value a")
    assert "第148条" in basis.text
    click_and_wait(chromium, basis, "#own-page")
    chromium.shot("walk-3-provision")
    page = d.find_element(By.ID, "own-page")
    companies = click_and_wait(chromium, page, "#article-companies a")
    chromium.shot("walk-4-article")
    names = {c.text for c in companies}  # type: ignore[attr-defined]
    assert "NTTビジネスソリューションズ株式会社" in names  # another company, same article
    assert d.current_url.endswith("/statutes/415AC0000000057/articles/148")


def test_actions_table_sorts_by_amount_and_totals(chromium: Browser, server: Server) -> None:
    from selenium.webdriver.common.by import By

    d = chromium.driver
    d.get(f"{server.url}/actions")
    header = d.find_element(By.CSS_SELECTOR, "a.sort[data-sort='amount']")
    click_and_wait(chromium, header, "#actions tbody tr")
    header = d.find_element(By.CSS_SELECTOR, "a.sort[data-sort='amount']")
    rows = click_and_wait(chromium, header, "#actions tbody tr")  # second click: descending
    assert "sort=-amount" in d.current_url
    chromium.shot("actions-by-amount")
    amounts = [r.find_element(By.CSS_SELECTOR, "td.amount").text for r in rows]  # type: ignore[attr-defined]
    assert amounts[0] == "23,450,000" and all(a == "" for a in amounts[1:])
    totals = d.find_element(By.ID, "totals").text
    assert "19 件" in totals and "23,450,000" in totals


def test_charts_are_drawn(chromium: Browser, server: Server) -> None:
    from selenium.webdriver.common.by import By

    d = chromium.driver
    for path, css, name in [
        ("/", "#chart-authority-year svg rect.bar", "chart-home"),
        ("/statutes/415AC0000000057", "#chart-most-cited svg rect.bar", "chart-statute"),
        (
            "/organizations/株式会社NTTマーケティングアクトProCX",
            "#chart-timeline svg circle.event",
            "chart-timeline",
        ),
    ]:
        d.get(server.url + path)
        marks = d.find_elements(By.CSS_SELECTOR, css)
        assert marks and all(m.size["width"] > 0 for m in marks), path
        chromium.shot(name)
    d.get(server.url + "/")
    bars = d.find_elements(By.CSS_SELECTOR, "#chart-authority-year rect.bar")
    assert sum(int(b.get_attribute("data-value") or 0) for b in bars) == 19


def test_notice_page_fits_390_px(chromium: Browser, server: Server) -> None:
    d = chromium.driver
    chromium.size(390, 844)
    try:
        for path in [
            "/notices/ppc-2024-01-ntt-procx-overview",
            "/actions",
            "/",
            "/sparql",
            "/search",
            "/statutes/415AC0000000057/articles/23",
            "/organizations/株式会社NTTマーケティングアクトProCX",
            "/authorities",
            "/ontology",
            "/id/notice/ppc-2024-01-ntt-procx-overview/action/a1",
        ]:
            d.get(server.url + path)
            wide = d.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert wide <= 0, (path, wide)
            chromium.shot("mobile" + path.replace("/", "-"))
    finally:
        chromium.size(1280, 1000)


def test_sparql_editor_completes_the_ontologys_terms(chromium: Browser, server: Server) -> None:
    from selenium.webdriver.common.by import By

    d = chromium.driver
    d.get(f"{server.url}/sparql")
    d.execute_script("shobunYasgui.getTab().setQuery('SELECT * WHERE { ?a a sbo:Surch')")
    d.execute_script(
        "var y = shobunYasgui.getTab().getYasqe(); y.focus();"
        "y.setCursor({line: 0, ch: y.getLine(0).length}); y.autocomplete();"
    )
    hints = chromium.wait(lambda: d.find_elements(By.CSS_SELECTOR, ".CodeMirror-hints li"))
    assert isinstance(hints, list)
    assert any("sbo:SurchargeOrder" in h.text for h in hints), [h.text for h in hints]
    chromium.shot("sparql-editor-completion")
    loaded = d.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(url.startswith(server.url) for url in loaded)
