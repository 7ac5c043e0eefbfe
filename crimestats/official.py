"""Official data as a second source: the Home Office rolling-year table of police recorded
crime by police force area, and data.police.uk street-level crime files.

Pure Python + DuckDB, no Dagster. Each file is read by DuckDB's own CSV reader with the
columns and types declared here (no Python row loops), and loaded in one transaction of
its own, so a file is either loaded whole or not at all. A file whose header is not exactly
the expected one, whose count is not a number, or that has a truncated or ragged line is
rejected whole into raw.official_file_errors with the reason, while the other files load.

Incremental by content: raw.official_files records (file, sha256, kind, rows) of every
loaded file; an unchanged file is not read again, a changed file replaces its rows, and a
file that has gone has its rows removed. File names reach DuckDB as bound parameters.

Speed: all new or changed files of one kind are read by one multi-file read_csv call (in
parallel, in file order, so the same files give the same tables row for row) and loaded in
one transaction; only if that fails are they loaded one at a time to reject the bad ones.
The hashes of new files are computed in a background thread during that read.

Recognised files (anywhere under the official folder, which the benchmark may point at a
folder of its own):
- `rec-crime-pfa*.csv` (Home Office, kind `home_office_pfa`);
- `*-street.csv` (data.police.uk street-level crime, kind `police_uk_street`).
Other files (README, outcomes, stop-and-search, xlsx) are not official crime counts the
warehouse uses and are listed as ignored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

HOME_OFFICE_PFA = "home_office_pfa"
POLICE_UK_STREET = "police_uk_street"

# The published headers, exactly (column order and spelling), and the types DuckDB reads
# each column as. The Home Office date is read as text and parsed below (DD-MM-YYYY).
HOME_OFFICE_COLUMNS: dict[str, str] = {
    "12 months ending": "VARCHAR",
    "PFA": "VARCHAR",
    "Region": "VARCHAR",
    "Offence": "VARCHAR",
    "Rolling year total number of offences": "BIGINT",
}
STREET_COLUMNS: dict[str, str] = {
    "Crime ID": "VARCHAR",
    "Month": "VARCHAR",
    "Reported by": "VARCHAR",
    "Falls within": "VARCHAR",
    "Longitude": "DOUBLE",
    "Latitude": "DOUBLE",
    "Location": "VARCHAR",
    "LSOA code": "VARCHAR",
    "LSOA name": "VARCHAR",
    "Crime type": "VARCHAR",
    "Last outcome category": "VARCHAR",
    "Context": "VARCHAR",
}

# crime_id (a 64-character hex hash, unique per crime, empty for anti-social behaviour) is
# stored uncompressed: DuckDB's dictionary/FSST analysis of it found little to compress
# and was the single largest cost of a street-file load (about a fifth of its CPU time);
# the other text columns repeat a lot and keep DuckDB's automatic compression. This only
# shapes the table when it is created; the stored values are the same either way.
OFFICIAL_DDL = """
create schema if not exists raw;
create table if not exists raw.official_home_office_pfa (
    period_end date not null,
    period_end_published varchar not null,
    period_end_adjusted boolean not null,
    pfa varchar not null,
    region varchar,
    offence varchar not null,
    count bigint not null,
    source_file varchar not null
);
create table if not exists raw.official_street_crimes (
    crime_id varchar using compression uncompressed,
    month date not null,
    reported_by varchar,
    falls_within varchar,
    longitude double,
    latitude double,
    location varchar,
    lsoa_code varchar,
    lsoa_name varchar,
    crime_type varchar not null,
    last_outcome_category varchar,
    context varchar,
    source_file varchar not null
);
create table if not exists raw.official_files (
    file varchar not null,
    sha256 varchar not null,
    kind varchar not null,
    rows bigint not null,
    ingested_at timestamp not null
);
create table if not exists raw.official_file_errors (
    file varchar not null,
    sha256 varchar,
    kind varchar,
    reason varchar not null,
    detected_at timestamp not null
);
"""

TABLES = {
    HOME_OFFICE_PFA: "raw.official_home_office_pfa",
    POLICE_UK_STREET: "raw.official_street_crimes",
}

# The Home Office file labels one quarter end `30-12-2017` (every other is a month end).
# It is kept as published in period_end_published and moved to the last day of its month
# (2017-12-31) in period_end, with period_end_adjusted = true.
HOME_OFFICE_SELECT = """
select
    last_day(strptime("12 months ending", '%d-%m-%Y')::date) as period_end,
    "12 months ending" as period_end_published,
    strptime("12 months ending", '%d-%m-%Y')::date
        <> last_day(strptime("12 months ending", '%d-%m-%Y')::date) as period_end_adjusted,
    "PFA" as pfa,
    "Region" as region,
    "Offence" as offence,
    "Rolling year total number of offences" as count,
    ?::varchar as source_file
from read_csv(?, header = true, delim = ',', quote = '"', escape = '"',
              columns = {columns}, auto_detect = false, strict_mode = true,
              null_padding = false, ignore_errors = false, encoding = 'utf-8')
"""

STREET_SELECT = """
select
    "Crime ID" as crime_id,
    strptime("Month" || '-01', '%Y-%m-%d')::date as month,
    "Reported by" as reported_by,
    "Falls within" as falls_within,
    "Longitude" as longitude,
    "Latitude" as latitude,
    "Location" as location,
    "LSOA code" as lsoa_code,
    "LSOA name" as lsoa_name,
    "Crime type" as crime_type,
    "Last outcome category" as last_outcome_category,
    "Context" as context,
    ?::varchar as source_file
from read_csv(?, header = true, delim = ',', quote = '"', escape = '"',
              columns = {columns}, auto_detect = false, strict_mode = true,
              null_padding = false, ignore_errors = false, encoding = 'utf-8')
"""


def _columns_literal(columns: dict[str, str]) -> str:
    # Built from the constants above, never from file content.
    return "{" + ", ".join(f"'{name}': '{typ}'" for name, typ in columns.items()) + "}"


SELECTS = {
    HOME_OFFICE_PFA: (
        HOME_OFFICE_SELECT.format(columns=_columns_literal(HOME_OFFICE_COLUMNS)),
        list(HOME_OFFICE_COLUMNS),
    ),
    POLICE_UK_STREET: (
        STREET_SELECT.format(columns=_columns_literal(STREET_COLUMNS)),
        list(STREET_COLUMNS),
    ),
}


class RejectedOfficialFile(ValueError):
    """A file that cannot be loaded whole; the message is the reason recorded."""


@dataclass(frozen=True)
class OfficialFile:
    path: Path
    relpath: str
    kind: str


@dataclass
class OfficialIngestSummary:
    files_seen: int = 0
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    rows_loaded: int = 0

    @property
    def changed_anything(self) -> bool:
        return bool(self.new or self.changed or self.removed or self.rejected)


def ensure_official_schema(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(OFFICIAL_DDL)


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if not name.endswith(".csv"):
        return None
    if name.startswith("rec-crime-pfa"):
        return HOME_OFFICE_PFA
    if name.endswith("-street.csv"):
        return POLICE_UK_STREET
    return None


def scan_official(official_dir: Path) -> tuple[list[OfficialFile], list[str]]:
    """(recognised files, ignored files), both sorted by path relative to the folder."""
    files: list[OfficialFile] = []
    ignored: list[str] = []
    if not official_dir.is_dir():
        return files, ignored
    for p in sorted(official_dir.rglob("*")):
        if not p.is_file() or any(
            part.startswith(".") for part in p.relative_to(official_dir).parts
        ):
            continue
        rel = p.relative_to(official_dir).as_posix()
        kind = kind_of(p)
        if kind is None:
            ignored.append(rel)
        else:
            files.append(OfficialFile(p, rel, kind))
    return files, ignored


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_shape(path: Path, expected: list[str]) -> None:
    """Reject a file whose header is not exactly `expected`, or whose last line is cut off
    (no line ending: the file was truncated in transfer). Reads the first and last bytes only."""
    with path.open("rb") as f:
        first = f.readline()
        f.seek(0, 2)
        size = f.tell()
        if size == 0:
            raise RejectedOfficialFile("empty file")
        f.seek(size - 1)
        last = f.read(1)
    try:
        header_text = first.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RejectedOfficialFile(f"header is not UTF-8 text: {e}") from None
    header_text = header_text.removeprefix("\ufeff").rstrip("\r\n")
    header = [h.strip('"') for h in header_text.split(",")]
    if header != expected:
        missing = [c for c in expected if c not in header]
        extra = [c for c in header if c not in expected]
        detail = []
        if missing:
            detail.append(f"missing {missing}")
        if extra:
            detail.append(f"unexpected {extra}")
        if not missing and not extra:
            detail.append("columns in a different order")
        raise RejectedOfficialFile(
            f"header does not match the expected columns {expected}: found {header} ("
            + "; ".join(detail)
            + ")"
        )
    if last not in (b"\n", b"\r"):
        raise RejectedOfficialFile(
            "truncated: the last line has no line ending (the file was cut off); not loaded"
        )


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    low = text.lower()
    if "could not convert" in low or "conversion error" in low:
        kind = "a value is not of the declared type (e.g. a non-numeric count)"
    elif "expected number of columns" in low or "too many columns" in low or "columns" in low:
        kind = "a line has the wrong number of fields (truncated or ragged line)"
    elif "strptime" in low or "could not parse" in low:
        kind = "a date is not in the published format"
    elif "unterminated" in low:
        kind = "an unterminated quoted field (truncated line)"
    elif "state machine" in low:
        kind = "not well-formed CSV (a stray quote, mixed line endings or a broken line)"
    else:
        kind = "the CSV reader rejected the file"
    detail = " ".join(text.split())
    if len(detail) > 400:
        detail = detail[:397] + "..."
    return f"{kind}: {detail or first}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def load_file(conn: duckdb.DuckDBPyConnection, f: OfficialFile, sha: str) -> int:
    """Replace the rows of one file in one transaction; raise RejectedOfficialFile (and load
    nothing) if the file cannot be loaded whole."""
    select, expected = SELECTS[f.kind]
    table = TABLES[f.kind]
    check_shape(f.path, expected)
    conn.execute("begin transaction")
    try:
        for t in TABLES.values():
            conn.execute(f"delete from {t} where source_file = ?", [f.relpath])
        conn.execute(f"insert into {table} {select}", [f.relpath, str(f.path)])
        rows = conn.execute(
            f"select count(*) from {table} where source_file = ?", [f.relpath]
        ).fetchone()[0]
        if rows == 0:
            raise RejectedOfficialFile("no data rows under the header")
        conn.execute("delete from raw.official_files where file = ?", [f.relpath])
        conn.execute(
            "insert into raw.official_files values (?, ?, ?, ?, ?)",
            [f.relpath, sha, f.kind, rows, _now()],
        )
        conn.execute("delete from raw.official_file_errors where file = ?", [f.relpath])
        conn.execute("commit")
    except RejectedOfficialFile:
        conn.execute("rollback")
        raise
    except duckdb.Error as e:
        conn.execute("rollback")
        raise RejectedOfficialFile(_reason(e)) from e
    except BaseException:
        conn.execute("rollback")
        raise
    return int(rows)


def _reject(conn: duckdb.DuckDBPyConnection, f: OfficialFile, sha: str | None, reason: str) -> None:
    """Record a rejected file; whatever an earlier version of it loaded goes."""
    conn.execute("begin transaction")
    try:
        for t in TABLES.values():
            conn.execute(f"delete from {t} where source_file = ?", [f.relpath])
        conn.execute("delete from raw.official_files where file = ?", [f.relpath])
        conn.execute("delete from raw.official_file_errors where file = ?", [f.relpath])
        conn.execute(
            "insert into raw.official_file_errors values (?, ?, ?, ?, ?)",
            [f.relpath, sha, f.kind, reason, _now()],
        )
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise


def _forget(conn: duckdb.DuckDBPyConnection, relpath: str) -> None:
    conn.execute("begin transaction")
    try:
        for t in TABLES.values():
            conn.execute(f"delete from {t} where source_file = ?", [relpath])
        conn.execute("delete from raw.official_files where file = ?", [relpath])
        conn.execute("delete from raw.official_file_errors where file = ?", [relpath])
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise


def _load_batch(
    conn: duckdb.DuckDBPyConnection,
    kind: str,
    batch: list[tuple[OfficialFile, Future[str]]],
    root: Path,
) -> dict[str, int]:
    """Load several files of one kind in one transaction (one multi-file, multi-threaded
    read): all of them whole, or none. Raises on any problem (including a file whose hash
    could not be computed); the caller then loads the files one at a time to find and
    reject the bad one(s)."""
    select, _ = SELECTS[kind]
    table = TABLES[kind]
    paths = [str(f.path) for f, _ in batch]
    rels = [f.relpath for f, _ in batch]
    assert all(Path(p).relative_to(root).as_posix() == r for p, r in zip(paths, rels, strict=True))
    prefix_len = len(str(root).rstrip("/")) + 2  # 1-based start of the relative path
    multi = select.replace(
        "?::varchar as source_file", "substr(filename, ?) as source_file"
    ).replace("read_csv(?, header = true,", "read_csv(?, filename = true, header = true,")
    conn.execute("begin transaction")
    try:
        for t in TABLES.values():
            conn.execute(
                f"delete from {t} where source_file in (select unnest(?::varchar[]))", [rels]
            )
        conn.execute(f"insert into {table} {multi}", [prefix_len, paths])
        counts = dict(
            conn.execute(
                f"select source_file, count(*) from {table}"
                " where source_file in (select unnest(?::varchar[])) group by 1",
                [rels],
            ).fetchall()
        )
        if set(counts) != set(rels) or min(counts.values()) == 0:
            raise RejectedOfficialFile("a file has no data rows")
        # The hashes of new files were computed while DuckDB read them (OSError: the
        # caller rejects the unreadable file on its own).
        shas = [sha.result() for _, sha in batch]
        for t in ("raw.official_files", "raw.official_file_errors"):
            conn.execute(f"delete from {t} where file in (select unnest(?::varchar[]))", [rels])
        conn.execute(
            "insert into raw.official_files select unnest(?::varchar[]), unnest(?::varchar[]),"
            " ?::varchar, unnest(?::bigint[]), ?::timestamp",
            [rels, shas, kind, [counts[r] for r in rels], _now()],
        )
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise
    return {k: int(v) for k, v in counts.items()}


def _known_sha(sha: str) -> Future[str]:
    done: Future[str] = Future()
    done.set_result(sha)
    return done


def ingest_official(
    conn: duckdb.DuckDBPyConnection, official_dir: Path | None
) -> OfficialIngestSummary:
    """Bring the raw.official_* tables in line with the official folder (see module doc).

    New and changed files of one kind are first loaded together in one transaction (one
    parallel read; the common case, and the fast one); if that fails, each is loaded in a
    transaction of its own so that only the bad file is rejected. Either way no file is
    ever loaded half."""
    ensure_official_schema(conn)
    files, ignored = scan_official(official_dir) if official_dir is not None else ([], [])
    summary = OfficialIngestSummary(files_seen=len(files), ignored=ignored)
    loaded = dict(conn.execute("select file, sha256 from raw.official_files").fetchall())
    failed = dict(conn.execute("select file, sha256 from raw.official_file_errors").fetchall())
    present = {f.relpath for f in files}
    for rel in sorted((set(loaded) | set(failed)) - present):
        _forget(conn, rel)
        if rel in loaded:
            summary.removed.append(rel)

    def rejected(f: OfficialFile, sha: str | None, reason: str) -> None:
        _reject(conn, f, sha, reason)
        summary.rejected.append((f.relpath, reason))
        if f.relpath in loaded:
            summary.removed.append(f.relpath)

    # The hash of a file seen before decides whether it is read again, so it is computed
    # here; the hash of a new file is only recorded, so it is computed in a background
    # thread while DuckDB reads the files (hashlib releases the GIL for large blocks).
    known = set(loaded) | set(failed)
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="official-sha256")
    try:
        hashes = {
            f.relpath: pool.submit(sha256_of, f.path) for f in files if f.relpath not in known
        }
        todo: list[tuple[OfficialFile, Future[str]]] = []
        for f in files:
            if f.relpath in known:
                try:
                    sha = sha256_of(f.path)
                except OSError as e:
                    rejected(f, None, _unreadable(e))
                    continue
                if loaded.get(f.relpath) == sha:
                    summary.unchanged += 1
                    continue
                if failed.get(f.relpath) == sha:
                    reason = conn.execute(
                        "select reason from raw.official_file_errors where file = ?", [f.relpath]
                    ).fetchone()[0]
                    summary.rejected.append((f.relpath, reason))
                    continue
                pending = _known_sha(sha)
            else:
                pending = hashes[f.relpath]
            try:
                check_shape(f.path, SELECTS[f.kind][1])
            except RejectedOfficialFile as e:
                try:
                    rejected(f, pending.result(), str(e))
                except OSError as err:
                    rejected(f, None, _unreadable(err))
                continue
            except OSError as e:
                rejected(f, None, _unreadable(e))
                continue
            todo.append((f, pending))

        def done(f: OfficialFile, rows: int) -> None:
            summary.rows_loaded += rows
            (summary.changed if f.relpath in loaded else summary.new).append(f.relpath)

        for kind in (HOME_OFFICE_PFA, POLICE_UK_STREET):
            batch = [(f, sha) for f, sha in todo if f.kind == kind]
            if len(batch) > 1 and official_dir is not None:
                try:
                    counts = _load_batch(conn, kind, batch, official_dir)
                except (duckdb.Error, RejectedOfficialFile, OSError):
                    pass  # find the bad file(s) one at a time below
                else:
                    for f, _ in batch:
                        done(f, counts[f.relpath])
                    continue
            for f, pending in batch:
                try:
                    sha = pending.result()
                except OSError as e:
                    rejected(f, None, _unreadable(e))
                    continue
                try:
                    rows = load_file(conn, f, sha)
                except RejectedOfficialFile as e:
                    rejected(f, sha, str(e))
                    continue
                except OSError as e:
                    rejected(f, sha, _unreadable(e))
                    continue
                done(f, rows)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return summary


def _unreadable(e: OSError) -> str:
    return f"cannot read the file: {e.strerror or e}"
