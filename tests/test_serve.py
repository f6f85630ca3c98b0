"""`casepub preview` end to end: the real command, a real Chromium driven by Playwright."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")  # Debian's; Playwright never downloads a browser here
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


class Preview:
    """`casepub preview` in a subprocess, as a user starts it; stopped with Ctrl-C (SIGINT)."""

    def __init__(self, case: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
        self.proc = subprocess.Popen([sys.executable, "-m", "casepub", "preview", str(case), "--port", "0",
                                      "--out", str(case.parent.parent / "build"), *args],
                                     cwd=case.parent.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True, env=env)
        self.lines: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.lines.append(line)
            found = re.search(r"at (http://127\.0\.0\.1:(\d+)/)", line)
            if found:
                self.url, self.port = found.group(1), int(found.group(2))
                return
        self.proc.kill()
        raise AssertionError("preview did not start:\n" + "".join(self.lines))

    def stop(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGINT)
        rest, _ = self.proc.communicate(timeout=20)
        return self.proc.returncode, "".join(self.lines) + rest


def raw_get(port: int, path: str, host: str = "127.0.0.1") -> int:
    """Send the path exactly as written (browsers and urllib would normalise the dots away)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest("GET", path, skip_host=True)
    conn.putheader("Host", f"{host}:{port}")
    conn.endheaders()
    status = conn.getresponse().status
    conn.close()
    return status


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening socket on `port`, read from the kernel's table."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for row in open(table).read().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":  # 0A: LISTEN
                found.add(socket.inet_ntop(socket.AF_INET, bytes.fromhex(address)[::-1]) if len(address) == 8
                          else address)
    return found


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


def test_live_preview_in_a_real_browser(case_copy, browser, tmp_path):
    case = case_copy()
    preview = Preview(case)
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(preview.url)
        page.wait_for_selector("casepub-panel >> #status:has-text('0 errors')")
        assert "Linagliptin-associated bullous pemphigoid" in page.title()
        page.evaluate("window.scrollTo(0, 600); window.__notReloaded = true")

        # 1. A saved edit appears by itself, in place (no reload: the marker survives), same scroll.
        yaml = case / "case.yaml"
        text = yaml.read_text(encoding="utf-8")
        yaml.write_text(text.replace('title: "*Linagliptin*-associated', 'title: "*Saxagliptin*-associated'),
                        encoding="utf-8")
        page.wait_for_function("document.title.startsWith('Saxagliptin')", timeout=15000)
        assert page.evaluate("window.__notReloaded === true")
        assert abs(page.evaluate("window.scrollY") - 600) < 5
        assert "Saxagliptin" in page.inner_text("h1")

        # 2. Broken YAML: the last good draft stays, the error is shown over it with its line.
        good = yaml.read_text(encoding="utf-8")
        lines = good.splitlines()
        bad_line = next(i for i, line in enumerate(lines) if line.startswith("keywords:")) + 1
        lines[bad_line - 1] = "keywords: [unclosed, list"
        yaml.write_text("\n".join(lines) + "\n", encoding="utf-8")
        overlay = page.locator("casepub-panel >> #overlay")
        overlay.wait_for(state="visible", timeout=15000)
        shown = overlay.inner_text()
        assert re.search(rf"case\.yaml:{bad_line}:\d+|case\.yaml:{bad_line + 1}:\d+", shown), shown
        assert "Saxagliptin" in page.inner_text("h1")

        # 3. Fixing it clears the overlay; a warning in the findings panel copies its location.
        yaml.write_text(good.replace('title: "*Saxagliptin*-associated', 'title: "*Saxagliptin*-linked'),
                        encoding="utf-8")
        overlay.wait_for(state="hidden", timeout=15000)
        page.wait_for_function("document.title.startsWith('Saxagliptin-linked')", timeout=15000)
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=preview.url.rstrip("/"))
        yaml.write_text(yaml.read_text(encoding="utf-8").replace(": a case report", ""), encoding="utf-8")
        finding = page.locator("casepub-panel >> #findings li.warning", has_text="care-title")
        finding.wait_for(timeout=15000)
        finding.click()
        location = page.evaluate("navigator.clipboard.readText()")
        assert re.fullmatch(r".*case\.yaml:\d+:\d+", location), location
        page.screenshot(path=str(tmp_path / "preview.png"))
        if os.environ.get("CASEPUB_SCREENSHOT"):
            shutil.copyfile(tmp_path / "preview.png", os.environ["CASEPUB_SCREENSHOT"])

        # 4. The PDF button opens the draft's PDF in a new tab.
        with page.context.expect_event("response", lambda r: r.url.endswith("/_casepub/pdf"),
                                       timeout=90000) as response:
            with page.context.expect_page() as popup:
                page.click("casepub-panel >> #pdf")
        assert popup.value.url.endswith("/_casepub/pdf")
        assert response.value.status == 200
        assert response.value.headers["content-type"] == "application/pdf"
        # Chromium shows it in its PDF viewer; read the same URL again (now cached) to check it.
        again = page.request.get(preview.url + "_casepub/pdf")
        import io

        import pypdf

        text = pypdf.PdfReader(io.BytesIO(again.body())).pages[0].extract_text()
        assert "Saxagliptin" in text
        care = page.request.get(preview.url + "_casepub/care")
        assert care.status == 200 and "Informed consent" in care.text()

        # 5. The style menu switches the journal: new stylesheet, so a full reload.
        page.select_option("casepub-panel >> #style", "skin-brief-article")
        page.wait_for_function("window.__notReloaded === undefined && document.querySelector('casepub-panel')"
                               " && document.querySelector('link[href=\"assets/style.css\"]')", timeout=30000)
        # (the reloaded panel fills its menu after it asks the server for the styles: wait for the value, as a
        # loaded machine may read the menu before its options arrive)
        from playwright.sync_api import expect

        expect(page.locator("casepub-panel >> #style")).to_have_value("skin-brief-article", timeout=30000)
        assert "skin-brief-article" in page.request.get(preview.url + "assets/style.css").text()

        # 6. Nothing outside the preview folder is served; only loopback listens; only the page
        #    itself can switch the style (a custom header, which other origins cannot send).
        for path in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                     "/assets/../../../case.yaml"):
            assert raw_get(preview.port, path) == 404, path
        assert raw_get(preview.port, "/assets/style.css") == 200
        assert raw_get(preview.port, "/", host="attacker.example") == 403  # DNS rebinding
        assert listening_addresses(preview.port) == {"127.0.0.1"}
        conn = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=10)
        conn.request("POST", "/_casepub/style", body="jaad-case-reports")
        assert conn.getresponse().status == 404
        conn.close()
    finally:
        code, output = preview.stop()
    assert code == 0, output
    assert "stopped" in output and "Traceback" not in output
    rebuilt = [line for line in output.splitlines() if re.search(r"\d\d:\d\d:\d\d  rebuilt in \d+\.\d\d s", line)]
    assert len(rebuilt) >= 3, output
    assert re.search(r"not rebuilt .*case\.yaml:\d+:\d+: yaml-syntax", output), output


def test_port_in_use_is_a_clear_error(case_copy):
    case = case_copy()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "casepub", "preview", str(case), "--port", str(port)],
                                capture_output=True, text=True, timeout=60, cwd=case.parent.parent)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "--port 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_not_a_case_folder(tmp_path):
    result = subprocess.run([sys.executable, "-m", "casepub", "preview", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no case.yaml" in result.stderr
