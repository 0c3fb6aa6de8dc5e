"""A headless Chromium (Debian's chromium + chromedriver, via selenium) for the page
tests, with downloads allowed into a folder and screenshots saved under the test
output (`test-output/screenshots/`, or `$SHOBUN_TEST_OUTPUT/screenshots/`), so a person
can look at what the tests saw.

Test modules load it with `pytest_plugins = ["conftest_web"]`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parents[1]
OUTPUT = Path(os.environ.get("SHOBUN_TEST_OUTPUT", ROOT / "test-output")) / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
]


class Browser:
    """A Chromium with a download folder, resizable, that saves named screenshots."""

    def __init__(self, driver: WebDriver, downloads: Path) -> None:
        self.driver = driver
        self.downloads = downloads

    def size(self, width: int, height: int) -> None:
        self.driver.set_window_size(width, height)

    def shot(self, name: str) -> Path:
        OUTPUT.mkdir(parents=True, exist_ok=True)
        path = OUTPUT / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def wait(self, check: Callable[[], object], timeout: float = 20) -> object:
        deadline = time.monotonic() + timeout
        while True:
            found = check()
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError("timed out waiting in the browser")
            time.sleep(0.1)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.fail("needs Debian's chromium and chromium-driver (.ci/apt-packages)")
    profile = tempfile.mkdtemp(prefix="shobun-chromium-")
    downloads = Path(tempfile.mkdtemp(prefix="shobun-downloads-"))
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={profile}", "--window-size=1280,1000"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads)})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    yield Browser(driver, downloads)
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)
    shutil.rmtree(downloads, ignore_errors=True)
