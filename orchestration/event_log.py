"""Dagster's SQLite event log, with its database connections kept open between events.

Dagster's `SqliteEventLogStorage` (the default of a local DAGSTER_HOME) creates a SQLAlchemy
engine, opens a SQLite connection and disposes of both for every event it stores, and each
commit waits for the disk. A refresh stores ~300 events (every planned asset and check, every
dbt result, output and materialisation); profiled with py-spy, half of the time spent storing
them went to connecting (benchmarks/README.md). This subclass is the same storage, in the same
files ($DAGSTER_HOME/history/runs/*.db, so existing run history stays readable), except that:

- it keeps one engine, and so an open connection, per database file it writes (the run being
  executed and the cross-run index), for up to `MAX_OPEN` files;
- it opens them with `PRAGMA synchronous=NORMAL`: the databases are in WAL mode (Dagster sets
  it), where NORMAL cannot corrupt them; a power cut may lose the last events of a run, an
  application crash loses nothing.

Selected in orchestration/dagster.yaml.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from dagster import Field, StringSource
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._serdes import ConfigurableClassData
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

# Database files with an open engine at a time (a run's own file, the index, and a few runs
# the UI is watching); the least recently used one is closed beyond that.
MAX_OPEN = 8


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """`SqliteEventLogStorage` that keeps its SQLite connections open (see the module doc).

    Config: `dagster_home` (the instance's folder; the databases go in its history/runs/, as
    with Dagster's default storage) or `base_dir` (the folder of the databases itself)."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self._engines_pid = os.getpid()
        self._engines_lock = threading.Lock()
        super().__init__(base_dir, inst_data=inst_data)

    @classmethod
    def config_type(cls) -> dict[str, Field]:
        return {
            "dagster_home": Field(StringSource, is_required=False),
            "base_dir": Field(StringSource, is_required=False),
        }

    @classmethod
    def from_config_value(  # type: ignore[override]
        cls, inst_data: ConfigurableClassData | None, config_value: Mapping[str, Any]
    ) -> PooledSqliteEventLogStorage:
        base_dir = config_value.get("base_dir")
        if not base_dir:
            home = config_value.get("dagster_home")
            if not home:
                raise ValueError(
                    "PooledSqliteEventLogStorage needs `dagster_home` or `base_dir` in its config"
                )
            base_dir = os.path.join(home, "history", "runs", "")
        return cls(base_dir, inst_data=inst_data)

    def _engine(self, shard: str) -> Engine:
        with self._engines_lock:
            if self._engines_pid != os.getpid():
                # a forked child must not use its parent's connections: forget them unclosed
                for engine in self._engines.values():
                    engine.dispose(close=False)
                self._engines.clear()
                self._engines_pid = os.getpid()
            engine = self._engines.get(shard)
            if engine is not None:
                self._engines.move_to_end(shard)
                return engine
            engine = create_engine(
                self.conn_string_for_shard(shard),
                poolclass=QueuePool,
                pool_size=1,
                max_overflow=4,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
            )
            event.listen(engine, "connect", _synchronous_normal)
            self._engines[shard] = engine
            while len(self._engines) > MAX_OPEN:
                _, old = self._engines.popitem(last=False)
                old.dispose()
            return engine

    def _forget(self) -> None:
        with self._engines_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def wipe(self) -> None:
        self._forget()  # the run databases are deleted: close them first
        super().wipe()

    def dispose(self) -> None:
        self._forget()
        super().dispose()


def _synchronous_normal(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")
