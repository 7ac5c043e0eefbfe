"""The Dagster UI, tested for real (issue 6): `dagster dev` on a free loopback port with a
temporary DAGSTER_HOME and warehouse; a run of the `refresh_warehouse` job launched through
GraphQL must succeed and its asset check results must be visible through GraphQL; the asset
graph page must render asset names in headless Chromium (screenshot kept in tmp_path)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import tomllib
from pathlib import Path

import pytest
import requests

from tests.conftest import PROJECT_ROOT, copy_seed_documents, make_settings

CHROMIUM = Path("/usr/bin/chromium")
BOUND = 600  # seconds, upper bound of every wait (never asserted on)
TOOL_DAGSTER = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["tool"]["dagster"]
LOCATION = TOOL_DAGSTER["code_location_name"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of TCP sockets listening on `port` (from /proc/net/tcp{,6})."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for ln in lines:
            local, state = ln.split()[1], ln.split()[3]
            addr, p = local.split(":")
            if state == "0A" and int(p, 16) == port:  # 0A = LISTEN
                if len(addr) == 8:
                    found.add(socket.inet_ntop(socket.AF_INET, bytes.fromhex(addr)[::-1]))
                else:
                    raw = b"".join(bytes.fromhex(addr[i : i + 8])[::-1] for i in range(0, 32, 8))
                    found.add(socket.inet_ntop(socket.AF_INET6, raw))
    return found


class Dagster:
    def __init__(self, url: str) -> None:
        self.url = url

    def gql(self, query: str, variables: dict | None = None) -> dict:
        r = requests.post(
            f"{self.url}/graphql", json={"query": query, "variables": variables or {}}, timeout=120
        )
        r.raise_for_status()
        body = r.json()
        assert "errors" not in body, body["errors"]
        return body["data"]


@pytest.fixture(scope="module")
def dagster_ui(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("ui")
    s = make_settings(root)
    copy_seed_documents(s.documents_dir, official=False)
    home = root / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    port = _free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "CRIME_DOCUMENTS_DIR": str(s.documents_dir),
        "CRIME_WAREHOUSE": str(s.warehouse),
        "CRIME_OFFICIAL_DIR": str(s.official_dir),
    }
    log = (root / "dagster.log").open("w")
    proc = subprocess.Popen(
        [
            str(PROJECT_ROOT / ".venv" / "bin" / "dagster"),
            "dev",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + BOUND
        while time.monotonic() < deadline:
            assert proc.poll() is None, (root / "dagster.log").read_text()[-4000:]
            try:
                if requests.get(f"{url}/server_info", timeout=5).ok:
                    break
            except requests.RequestException:
                pass
            time.sleep(1)
        else:
            pytest.fail(
                "dagster dev did not come up:\n" + (root / "dagster.log").read_text()[-4000:]
            )
        yield Dagster(url), port, s, root
    finally:
        # teardown: the whole process group (webserver, daemon, code servers, runs)
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(60)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(60)
        log.close()


def test_ui_binds_to_loopback_only(dagster_ui) -> None:
    _, port, _, _ = dagster_ui
    assert _listening_addresses(port) == {"127.0.0.1"}
    make_ui = [
        ln for ln in (PROJECT_ROOT / "Makefile").read_text().splitlines() if "dagster dev" in ln
    ]
    assert make_ui and all("--host 127.0.0.1" in ln for ln in make_ui)


LAUNCH = """
mutation($p: ExecutionParams!) {
  launchRun(executionParams: $p) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on PythonError { message }
    ... on RunConfigValidationInvalid { errors { message } }
    ... on InvalidSubsetError { message }
  }
}"""

RUN = """query($id: ID!) { runOrError(runId: $id) { __typename ... on Run { status } } }"""

CHECKS = """
{ assetNodes { assetKey { path }
    assetChecksOrError { __typename ... on AssetChecks { checks { name } } } } }"""

EXECUTIONS = """
query($key: AssetKeyInput!, $name: String!) {
  assetCheckExecutions(assetKey: $key, checkName: $name, limit: 10) {
    runId status evaluation { success } } }"""


def test_launch_every_asset_through_graphql_and_see_check_results(dagster_ui) -> None:
    ui, _, s, root = dagster_ui
    launched = ui.gql(
        LAUNCH,
        {
            "p": {
                "selector": {
                    "repositoryLocationName": LOCATION,
                    "repositoryName": "__repository__",
                    "jobName": "refresh_warehouse",
                },
                "runConfigData": {},
            }
        },
    )["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    deadline = time.monotonic() + BOUND
    status = None
    while time.monotonic() < deadline:
        status = ui.gql(RUN, {"id": run_id})["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        time.sleep(2)
    assert status == "SUCCESS", (status, (root / "dagster.log").read_text()[-4000:])
    assert s.warehouse.exists()

    names = [
        (node["assetKey"]["path"], c["name"])
        for node in ui.gql(CHECKS)["assetNodes"]
        if node["assetChecksOrError"]["__typename"] == "AssetChecks"
        for c in node["assetChecksOrError"]["checks"]
    ]
    assert len(names) >= 20 and (["raw", "documents"], "every_file_accounted_for") in names
    results, earlier = {}, {}
    for path, name in names:
        execs = ui.gql(EXECUTIONS, {"key": {"path": path}, "name": name})["assetCheckExecutions"]
        ours = [e for e in execs if e["runId"] == run_id]
        results["/".join(path) + ":" + name] = ours[0] if ours else None
        earlier["/".join(path) + ":" + name] = [e for e in execs if e["runId"] != run_id]
    # every check (the Python ones and the dbt tests) has a visible result from our run
    missing = [k for k, v in results.items() if v is None]
    assert not missing, missing[:10]
    mine = results["raw/documents:every_file_accounted_for"]
    assert mine["status"] == "SUCCEEDED" and mine["evaluation"]["success"] is True
    # A check shows SKIPPED only when its asset was reused (its inputs had not changed since
    # an earlier run, e.g. the folder sensor's first run, which evaluated it).
    for key, v in results.items():
        if v["status"] == "SKIPPED":
            assert any(e["status"] == "SUCCEEDED" for e in earlier[key]), (key, earlier[key])
        else:
            assert v["status"] in ("SUCCEEDED", "FAILED"), (key, v)
    assert sum(v["status"] == "SUCCEEDED" for v in results.values()) >= 20


def test_asset_graph_renders_in_headless_chromium(dagster_ui, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    ui, _, _, _ = dagster_ui
    assert CHROMIUM.exists(), "Debian's chromium is needed (.ci/run installs it)"
    shot = tmp_path / "asset-graph.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(f"{ui.url}/locations/{LOCATION}/asset-groups/ingestion", timeout=BOUND * 1000)
            page.get_by_text("documents", exact=True).first.wait_for(
                state="visible", timeout=120_000
            )
            skip = page.get_by_role("button", name="Skip")  # the first-visit community dialog
            if skip.count():
                skip.first.click()
            for name in ("documents", "document_errors", "statistic_mentions"):
                page.get_by_text(name, exact=True).first.wait_for(state="visible", timeout=120_000)
            page.wait_for_timeout(1500)  # let the layout settle before the screenshot
            page.screenshot(path=str(shot), full_page=True)
            body = page.inner_text("body")
        finally:
            browser.close()
    assert shot.exists() and shot.stat().st_size > 10_000
    for name in ("documents", "document_errors", "statistic_mentions"):
        assert name in body
    keep = os.environ.get("CRIME_KEEP_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)
