"""Bad input (issue 6): a generated corpus of everything people drop into the documents
folder goes through the real pipeline; every file ends up ingested (decoding recorded) or in
raw.document_errors with a reason; the run succeeds for the rest; documents + errors = files
seen after every run; removing, renaming and re-adding files is exact and idempotent.

The first tests work on the documents layer and on `ingest_documents` (no dbt, fast); the
module-scoped `bad_warehouse` fixture runs full Dagster refreshes (real dbt, real DuckDB)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crimestats.config import Settings
from crimestats.config import settings as env_settings
from crimestats.documents import IngestedDocument, RejectedFile, read_all, read_document, scan
from crimestats.warehouse import connect, ingest_documents
from orchestration.runner import refresh
from tests.bad_corpus import MB, Corpus, article, generate
from tests.conftest import (
    AUDIT_COLUMNS,
    PROJECT_ROOT,
    copy_seed_documents,
    make_settings,
    query,
    table_checksums,
)


def _outcomes(docs: Path, max_bytes: int = 20 * MB) -> dict[str, IngestedDocument | RejectedFile]:
    return {o.file_name: o for o in read_all(scan(docs, docs / "official"), max_bytes)}


# --------------------------------------------------------------------------- documents layer


def test_every_generated_file_has_exactly_one_outcome(tmp_path: Path) -> None:
    corpus = generate(tmp_path / "docs", tmp_path / "outside")
    out = _outcomes(tmp_path / "docs")
    assert set(out) == set(corpus.expected), "scan must see exactly the generated files"
    for name in corpus.unseen:
        assert name not in out
    for name, exp in corpus.expected.items():
        o = out[name]
        if exp.outcome == "ingested":
            assert isinstance(o, IngestedDocument), (name, o)
            assert o.sha256 == exp.sha256
            if exp.encodings:
                assert o.encoding in exp.encodings, (name, o.encoding)
            if exp.content_type:
                assert o.content_type == exp.content_type
            for s in exp.contains:
                assert s in o.text, (name, s)
            for s in exp.excludes:
                assert s not in o.text, (name, s)
        else:
            assert isinstance(o, RejectedFile), (name, o)
            assert exp.reason in o.reason, (name, o.reason)
            if exp.hashed:
                assert o.sha256 == exp.sha256, name
    # nothing outside the folder was read through a link
    for o in out.values():
        if isinstance(o, IngestedDocument):
            assert "Carlisle" not in o.text


def test_size_limit_is_configurable_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    body = article("Leeds", 2_000, 1_900).encode()
    (docs / "two megabytes.txt").write_bytes(body + b"filler line of text\n" * (2 * MB // 20))
    monkeypatch.setenv("CRIME_MAX_DOCUMENT_BYTES", str(1 * MB))
    limit = env_settings().max_document_bytes
    assert limit == MB
    [o] = read_all(scan(docs), limit)
    assert isinstance(o, RejectedFile)
    assert "exceeds the limit of 1,048,576 bytes" in o.reason
    assert "CRIME_MAX_DOCUMENT_BYTES" in o.reason
    assert o.size == (docs / "two megabytes.txt").stat().st_size

    # a 50 MB article: rejected under the default limit, read when the limit is raised
    block = b"Nothing of note happened in the town today, the council said. " * 16 + b"\n"
    big = (body + block * (50 * MB // len(block) + 1))[: 50 * MB]
    (docs / "two megabytes.txt").unlink()
    (docs / "fifty.txt").write_bytes(big)
    monkeypatch.delenv("CRIME_MAX_DOCUMENT_BYTES")
    [o] = read_all(scan(docs), env_settings().max_document_bytes)
    assert isinstance(o, RejectedFile) and "file too large: 52,428,800 bytes" in o.reason
    monkeypatch.setenv("CRIME_MAX_DOCUMENT_BYTES", str(64 * MB))
    [o] = read_all(scan(docs), env_settings().max_document_bytes)
    assert isinstance(o, IngestedDocument), o
    assert o.size == 50 * MB and o.sha256 == hashlib.sha256(big).hexdigest()
    assert o.text.startswith("Crime in Leeds")


def test_file_appended_to_while_read_is_rejected_then_picked_up(tmp_path: Path) -> None:
    """A thread really appends to a 40 MB file while it is read (from after the scan until
    the read has returned); the change is detected, then the next ingest reads it whole."""
    docs = tmp_path / "docs"
    docs.mkdir()
    path = docs / "growing.txt"
    path.write_bytes(
        article("Leeds", 2_000, 1_900).encode() + b"more words here.\n" * (40 * MB // 17)
    )
    [seen] = scan(docs)
    started, stop = threading.Event(), threading.Event()

    def appender() -> None:
        with open(path, "ab", buffering=0) as fh:
            while not stop.is_set():
                fh.write(b"Breaking: a late correction.\n")
                started.set()

    t = threading.Thread(target=appender, daemon=True)
    t.start()
    try:
        assert started.wait(30)
        outcome = read_document(seen, 100 * MB)
    finally:
        stop.set()
        t.join(30)
    assert isinstance(outcome, RejectedFile), outcome
    assert "changed while being read" in outcome.reason
    assert outcome.sha256 is not None  # the bytes that were read are hashed

    conn = connect(tmp_path / "wh.duckdb")
    try:
        ingest_documents(conn, docs, None, 100 * MB)
        sha, size = conn.execute("select sha256, size from raw.documents").fetchone()
    finally:
        conn.close()
    data = path.read_bytes()
    assert size == len(data) and sha == hashlib.sha256(data).hexdigest()


def test_mtime_change_between_scan_and_read_is_detected(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    path = docs / "touched.txt"
    path.write_text(article("Leeds", 2_000, 1_900))
    [seen] = scan(docs)
    os.utime(path, ns=(seen.mtime_ns + 10**9, seen.mtime_ns + 10**9))  # same size, new mtime
    outcome = read_document(seen, MB)
    assert isinstance(outcome, RejectedFile) and "changed while being read" in outcome.reason


def test_file_replaced_by_a_fifo_after_the_scan_does_not_hang(tmp_path: Path) -> None:
    """A regular file at scan time that is a FIFO at read time: open() must not block
    waiting for a writer (the refresh would hang forever, holding the warehouse lock)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    path = docs / "swapped.txt"
    path.write_text(article("Leeds", 2_000, 1_900))
    [seen] = scan(docs)
    path.unlink()
    os.mkfifo(path)
    result: list = []
    t = threading.Thread(target=lambda: result.append(read_document(seen, MB)), daemon=True)
    t.start()
    t.join(30)
    if t.is_alive():  # unblock the reader before failing
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        t.join(30)
        pytest.fail("read_document blocked opening a FIFO")
    [outcome] = result
    assert isinstance(outcome, RejectedFile) and "not a regular file" in outcome.reason


def test_unreadable_file_is_rejected_for_an_unprivileged_user(tmp_path: Path) -> None:
    """chmod 000 means nothing to root, so when the tests run as root this part drops to
    uid/gid 65534 (nobody) in a subprocess and ingests there, for real."""
    base = Path(os.environ.get("TMPDIR", "/tmp")) / f"crimestats-nobody-{os.getpid()}"
    shutil.rmtree(base, ignore_errors=True)
    docs = base / "docs"
    docs.mkdir(parents=True)
    (docs / "locked.txt").write_text(article("Leeds", 2_000, 1_900))
    (docs / "open.txt").write_text(article("York", 1_000, 900))
    os.chmod(docs / "locked.txt", 0)
    for p in (base, docs, docs / "open.txt"):
        os.chmod(p, 0o777 if p.is_dir() else 0o644)
    script = textwrap.dedent(
        f"""
        import os, json
        from pathlib import Path
        import crimestats.warehouse as w   # imported before dropping privileges
        if os.geteuid() == 0:
            os.setgroups([]); os.setgid(65534); os.setuid(65534)
        assert os.geteuid() != 0
        try:
            open({str(docs / "locked.txt")!r}).close()
            raise SystemExit("file is readable: permissions not enforced")
        except PermissionError:
            pass
        conn = w.connect(Path({str(base / "wh.duckdb")!r}))
        w.ingest_documents(conn, Path({str(docs)!r}), None, 10**6)
        print(json.dumps({{
            "docs": conn.execute("select file_name from raw.documents").fetchall(),
            "errors": conn.execute("select file_name, sha256, size, reason "
                                   "from raw.document_errors").fetchall(),
            "seen": conn.execute("select count(*) from raw.document_scan").fetchone()[0],
        }}))
        """
    )
    try:
        proc = subprocess.run(
            [sys.executable, "-c", script],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        import json

        res = json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(base, ignore_errors=True)
    assert res["docs"] == [["open.txt"]]
    [[name, sha, size, reason]] = res["errors"]
    assert name == "locked.txt" and "permission denied" in reason
    assert sha is None and size > 0  # its bytes could not be read, so there is no hash
    assert res["seen"] == 2


def test_duplicate_choice_does_not_depend_on_history(tmp_path: Path) -> None:
    """Same bytes under two names: the first name (in path order) is the document, whatever
    order the files arrived in -- so an incremental ingest equals one from scratch."""
    text = article("Leeds", 2_000, 1_900)

    def state(db: Path) -> tuple:
        conn = duckdb.connect(str(db), read_only=True)
        try:
            return (
                conn.execute("select document_id from raw.documents order by 1").fetchall(),
                conn.execute(
                    "select file_name, sha256, size, reason from raw.document_errors order by 1"
                ).fetchall(),
                conn.execute("select * from raw.document_scan order by 1").fetchall(),
            )
        finally:
            conn.close()

    inc, fresh = tmp_path / "inc", tmp_path / "fresh"
    inc.mkdir()
    (inc / "b.txt").write_text(text)
    conn = connect(tmp_path / "inc.duckdb")
    ingest_documents(conn, inc, None, MB)
    shutil.copy2(inc / "b.txt", inc / "c.txt")
    ingest_documents(conn, inc, None, MB)
    shutil.copy2(inc / "b.txt", inc / "a.txt")  # an earlier name arrives later
    ingest_documents(conn, inc, None, MB)
    conn.close()
    shutil.copytree(inc, fresh)
    conn = connect(tmp_path / "fresh.duckdb")
    ingest_documents(conn, fresh, None, MB)
    conn.close()
    docs, errors, _ = state(tmp_path / "inc.duckdb")
    assert docs == [("a.txt",)]
    assert [(e[0], e[3]) for e in errors] == [
        ("b.txt", "duplicate: same content as a.txt"),
        ("c.txt", "duplicate: same content as a.txt"),
    ]
    assert state(tmp_path / "inc.duckdb") == state(tmp_path / "fresh.duckdb")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    """read_document on arbitrary bytes, then the extractor on whatever text came out."""
    import tempfile

    from crimestats.extraction import extract_mentions

    with tempfile.TemporaryDirectory() as d:
        Path(d, "x.txt").write_bytes(data)
        [o] = read_all(scan(Path(d)), MB)
    if isinstance(o, IngestedDocument):
        for m in extract_mentions(o.text):
            assert o.text[m.start : m.end] == m.sentence
    else:
        assert o.reason


# --------------------------------------------------------------------------- the pipeline


def _assert_accounted(s: Settings, corpus_names: set[str]) -> None:
    """documents + document_errors = files seen, name for name, verbatim."""
    wh = s.warehouse
    seen = [r[0] for r in query(wh, "select file_name from raw.document_scan")]
    docs = [r[0] for r in query(wh, "select file_name from raw.documents")]
    errs = [r[0] for r in query(wh, "select file_name from raw.document_errors")]
    assert len(seen) == len(set(seen)) == len(docs) + len(errs)
    assert set(docs) | set(errs) == set(seen) and not set(docs) & set(errs)
    assert set(seen) == corpus_names


def _refresh(s: Settings, force: bool = False) -> None:
    report = refresh(s, force=force, instance=DagsterInstance.ephemeral(), log_level="WARNING")
    assert report.ran and report.success, report
    assert not report.checks_failed, report.checks_failed


def _news_fact(s: Settings, area: str) -> list[tuple]:
    return query(
        s.warehouse,
        "select count, document_ids from marts.fct_offence_statistics "
        "where source = 'news' and area = ? and offence = 'burglary' "
        "and period_start = date '2021-04-01' and period_end = date '2022-03-31'",
        [area],
    )


@pytest.fixture(scope="module")
def bad_warehouse(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("bad")
    s = make_settings(root)
    corpus = generate(s.documents_dir, root / "outside")
    copy_seed_documents(s.documents_dir)
    names = set(corpus.expected) | {p.name for p in s.documents_dir.glob("0*.txt")}
    mp = pytest.MonkeyPatch()
    mp.setenv("CRIME_DOCUMENTS_DIR", str(s.documents_dir))
    mp.setenv("CRIME_WAREHOUSE", str(s.warehouse))
    mp.setenv("CRIME_OFFICIAL_DIR", str(s.official_dir))
    _refresh(s)
    yield s, corpus, names
    mp.undo()


def test_bad_corpus_through_the_pipeline(bad_warehouse: tuple[Settings, Corpus, set[str]]) -> None:
    s, corpus, names = bad_warehouse
    _assert_accounted(s, names)
    docs = {
        r[0]: r[1:]
        for r in query(
            s.warehouse, "select file_name, encoding, content_type, sha256 from raw.documents"
        )
    }
    errs = {
        r[0]: r[1:]
        for r in query(
            s.warehouse, "select file_name, sha256, size, reason from raw.document_errors"
        )
    }
    for name, exp in corpus.expected.items():
        if exp.outcome == "ingested":
            assert name in docs, (name, errs.get(name))
            encoding, content_type, sha = docs[name]
            assert sha == exp.sha256
            if exp.encodings:
                assert encoding in exp.encodings
            if exp.content_type:
                assert content_type == exp.content_type
        else:
            assert name in errs, (name, docs.get(name))
            sha, size, reason = errs[name]
            assert exp.reason in reason, (name, reason)
            if exp.hashed:
                assert sha == exp.sha256, name
    # statistics of the awkward files reach the marts, attributed to the verbatim file name
    for name, exp in corpus.expected.items():
        if exp.outcome == "ingested" and exp.statistic:
            area, count = exp.statistic
            rows = _news_fact(s, area)
            assert rows, (name, area)
            assert rows[0][0] == count and rows[0][1] == [name], (name, rows)
    assert query(
        s.warehouse,
        "select count(*) from raw.statistic_mentions where document_id = 'no statistics.txt'",
    ) == [(0,)]
    for text in corpus.forbidden_text:  # nothing read through links out of the folder
        assert query(
            s.warehouse,
            "select count(*) from raw.documents where contains(text, ?)",
            [text],
        ) == [(0,)]
    # the hostile names executed nothing
    assert not (PROJECT_ROOT / "pwned").exists() and not (s.documents_dir / "pwned").exists()
    assert not Path("pwned").exists() and not Path("pwned2").exists()


def test_remove_rename_and_readd_are_exact(
    bad_warehouse: tuple[Settings, Corpus, set[str]],
) -> None:
    s, corpus, names = bad_warehouse
    d = s.documents_dir
    baseline = table_checksums(s.warehouse, AUDIT_COLUMNS)

    # same inputs, forced: identical contents
    _refresh(s, force=True)
    assert table_checksums(s.warehouse, AUDIT_COLUMNS) == baseline

    # remove the original of a duplicate pair, rename another, delete a hostile one
    stash = s.warehouse.parent.parent / "stash"
    stash.mkdir()
    shutil.move(d / "a-original.txt", stash / "a-original.txt")
    os.rename(d / "report.md", d / "renamed report.md")
    shutil.move(d / "x'; drop table raw.documents; --.txt", stash / "sql.txt")
    _refresh(s)
    now = names - {"a-original.txt", "report.md", "x'; drop table raw.documents; --.txt"}
    _assert_accounted(s, now | {"renamed report.md"})
    # the copy takes over the Wigan figure; Derby moves to the new name; Norwich is gone
    assert _news_fact(s, "Wigan")[0][1] == ["b-same content.txt"]
    assert _news_fact(s, "Derby")[0][1] == ["renamed report.md"]
    assert _news_fact(s, "Norwich") == []
    for doc in ("a-original.txt", "report.md", "x'; drop table raw.documents; --.txt"):
        for table, col in (
            ("raw.documents", "document_id"),
            ("raw.statistic_mentions", "document_id"),
            ("raw.extraction_log", "document_id"),
            ("raw.document_errors", "file_name"),
        ):
            assert query(s.warehouse, f"select count(*) from {table} where {col} = ?", [doc]) == [
                (0,)
            ]
    assert query(
        s.warehouse, "select count(*) from raw.documents where file_name = 'b-same content.txt'"
    ) == [(1,)]

    # put everything back: the warehouse is exactly what it was
    shutil.move(stash / "a-original.txt", d / "a-original.txt")
    os.rename(d / "renamed report.md", d / "report.md")
    shutil.move(stash / "sql.txt", d / "x'; drop table raw.documents; --.txt")
    _refresh(s)
    _assert_accounted(s, names)
    assert table_checksums(s.warehouse, AUDIT_COLUMNS) == baseline
