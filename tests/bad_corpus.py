"""A generator of bad inputs for the documents folder (issue 6).

`generate(docs, outside)` writes every kind of file people drop into the folder and returns,
for each relative path the scan must see, what must become of it: ingested (with the
decoding recorded) or rejected with a reason (and the sha256 of its bytes where they could
be read). Nothing here is a hand-picked fixture file: contents are produced from templates,
the binary file from a seeded RNG, the large file by repetition.
"""

from __future__ import annotations

import hashlib
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

MB = 1024 * 1024


@dataclass(frozen=True)
class Expect:
    outcome: str  # "ingested" | "rejected"
    reason: str | None = None  # substring the rejection reason must contain
    hashed: bool = False  # a rejection that must carry the sha256 of the file's bytes
    encodings: tuple[str, ...] = ()  # acceptable recorded decodings
    content_type: str | None = None
    contains: tuple[str, ...] = ()  # substrings of the ingested text
    excludes: tuple[str, ...] = ()  # substrings that must not be in the ingested text
    statistic: tuple[str, int] | None = None  # (area, burglary count) the article states
    sha256: str | None = None  # sha256 of the bytes written (regular files only)


@dataclass
class Corpus:
    expected: dict[str, Expect] = field(default_factory=dict)
    unseen: list[str] = field(default_factory=list)  # present but must not be scanned
    forbidden_text: list[str] = field(default_factory=list)  # must never reach the warehouse


def article(area: str, count: int, previous: int, *, pound: bool = False) -> str:
    """A short news article stating one burglary figure for `area` (April 2021 - March 2022)."""
    pct = round((count - previous) * 100 / previous)
    direction = "up" if count >= previous else "down"
    cost = " The cost to victims was put at £1.2m." if pound else ""
    return (
        f"Crime in {area} changed last year, new figures show.\n\n"
        f"There were {count:,} burglaries in {area} between April 2021 and March 2022, "
        f"{direction} by {abs(pct)}% on the previous year, when {previous:,} were recorded.{cost}\n\n"
        f"The statistics are based on crimes reported to the police.\n"
    )


NO_STATISTICS = (
    "Residents gathered at the community centre on Tuesday evening to discuss plans for the "
    "new park. The council said it would publish its response in the spring, and thanked "
    "everyone who took part.\n"
)

# Names that break SQL, shell and format-string quoting; each holds a distinct article.
HOSTILE_NAMES = [
    ("with  spaces .txt", "Hull"),
    ('quote\'s "double".txt', "Blackpool"),
    ("ünïcödé £ 犯罪 ☃.txt", "Lincoln"),
    ("x'; drop table raw.documents; --.txt", "Norwich"),
    ("$(touch pwned).txt", "York"),
    ("`touch pwned2`.txt", "Cardiff"),
    ("semi; amp & pipe | gt > star *.txt", "Swansea"),
    ("new\nline.txt", "Sheffield"),
    ("%s {0} {{x}} ? $1.txt", "Oxford"),
    ("-dash-leading.txt", "Reading"),
    ("back\\slash.txt", "Bradford"),
]


def _write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def generate(docs: Path, outside: Path, *, big: bool = True) -> Corpus:
    """Write the bad corpus into `docs` (and a few targets into `outside`, a folder that is
    not under `docs`). Returns what must become of every file."""
    docs.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    c = Corpus()
    e = c.expected

    def ingested(name: str, data: bytes, **kw) -> None:
        e[name] = Expect("ingested", sha256=_write(docs / name, data), **kw)

    def rejected(name: str, data: bytes, reason: str, hashed: bool = True) -> None:
        e[name] = Expect("rejected", reason=reason, hashed=hashed, sha256=_write(docs / name, data))

    # -- contents ------------------------------------------------------------------------
    rejected("empty.txt", b"", "empty file")
    rejected("blank.txt", b"\n \r\n\t  \n", "empty file")
    rng = random.Random(6)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4096))
    rejected("photo.jpg", png, "binary file")
    control = "".join(chr(rng.randrange(1, 9)) for _ in range(2000)).encode()
    rejected("control characters.txt", control, "binary file")

    text = article("Leeds", 2_310, 2_100)
    ingested(
        "utf16 with bom.txt",
        b"\xff\xfe" + text.encode("utf-16-le"),
        encodings=("utf-16",),
        contains=("2,310 burglaries in Leeds",),
        statistic=("Leeds", 2310),
    )
    ingested(
        "utf8 with bom.txt",
        b"\xef\xbb\xbf" + article("Exeter", 640, 600).encode(),
        encodings=("utf-8-sig",),
        contains=("640 burglaries in Exeter",),
        excludes=("\ufeff",),
        statistic=("Exeter", 640),
    )
    ingested(
        "latin1 pound.txt",
        article("Luton", 1_480, 1_300, pound=True).encode("latin-1"),
        encodings=("cp1252", "latin-1", "iso-8859-1"),
        contains=("£1.2m", "1,480 burglaries in Luton"),
        statistic=("Luton", 1480),
    )
    ingested(
        "cp1252 smart quotes.txt",
        (
            "\u201cWe are pleased,\u201d said the chief constable.\n\n" + article("Bath", 410, 500)
        ).encode("cp1252"),
        encodings=("cp1252",),
        contains=("\u201cWe are pleased,\u201d",),
        statistic=("Bath", 410),
    )
    ingested(
        "windows line endings.txt",
        article("Bristol", 5_020, 4_800).replace("\n", "\r\n").encode(),
        encodings=("utf-8",),
        contains=("5,020 burglaries in Bristol",),
        excludes=("\r",),
        statistic=("Bristol", 5020),
    )
    html_page = f"""<!DOCTYPE html>
<html><head><title>Local news</title><style>body {{ color: red }}</style>
<script>var tracking = "There were 999,999 burglaries in Leeds";</script></head>
<body>
<header><a href="/">Home</a> | <a href="/sport">Sport</a> | Subscribe now</header>
<nav><ul><li>News</li><li>Weather</li><li>Cookie settings</li></ul></nav>
<article><h1>Burglary in Plymouth</h1>
<p>{article("Plymouth", 1_902, 1_750).replace(chr(10), " ")}</p>
<p>Police said &amp; officers would patrol more often.</p></article>
<aside>Most read: celebrity news</aside>
<footer>&copy; Example Media. All rights reserved. Privacy policy</footer>
</body></html>
"""
    ingested(
        "news page.html",
        html_page.encode(),
        encodings=("utf-8",),
        content_type="html",
        contains=("1,902 burglaries in Plymouth", "Police said & officers"),
        excludes=(
            "Subscribe now",
            "Cookie settings",
            "999,999",
            "color: red",
            "Privacy policy",
            "<p>",
        ),
        statistic=("Plymouth", 1902),
    )
    ingested(
        "report.md",
        (
            "# Crime in Derby\n\n* **Burglary** is the focus this year.\n\n"
            + article("Derby", 1_111, 1_010)
        ).encode(),
        encodings=("utf-8",),
        content_type="markdown",
        contains=("# Crime in Derby", "1,111 burglaries in Derby"),
        statistic=("Derby", 1111),
    )
    original = article("Wigan", 1_337, 1_200).encode()
    ingested("a-original.txt", original, encodings=("utf-8",), statistic=("Wigan", 1337))
    rejected("b-same content.txt", original, "duplicate: same content as a-original.txt")
    ingested("no statistics.txt", NO_STATISTICS.encode(), encodings=("utf-8",))
    ingested(
        "sub dir/nested article.txt",
        article("Darlington", 777, 700).encode(),
        encodings=("utf-8",),
        statistic=("Darlington", 777),
    )
    for name, area in HOSTILE_NAMES:
        n = 1_000 + 37 * len(e)
        ingested(name, article(area, n, 900).encode(), encodings=("utf-8",), statistic=(area, n))

    if big:
        block = b"Nothing of note happened in the town today, the council said again. " * 15 + b"\n"
        data = block * (50 * MB // len(block) + 1)
        e["huge 50mb.txt"] = Expect(
            "rejected",
            reason="CRIME_MAX_DOCUMENT_BYTES",
            hashed=False,
            sha256=_write(docs / "huge 50mb.txt", data[: 50 * MB]),
        )

    # -- files that cannot be read -------------------------------------------------------
    fifo = docs / "named pipe.txt"
    os.mkfifo(fifo)
    e["named pipe.txt"] = Expect("rejected", reason="not a regular file")
    locked_text = article("Colchester", 1_234, 1_100).encode()
    sha = _write(docs / "no permission.txt", locked_text)
    os.chmod(docs / "no permission.txt", 0)
    if os.geteuid() == 0:
        # root ignores file permissions: the file is readable and must simply be ingested.
        # tests/test_robustness.py checks the refusal as an unprivileged user separately.
        e["no permission.txt"] = Expect("ingested", sha256=sha, statistic=("Colchester", 1234))
    else:
        e["no permission.txt"] = Expect("rejected", reason="permission denied", sha256=sha)

    # -- links and escapes ---------------------------------------------------------------
    secret = article("Carlisle", 4_444, 4_000)
    _write(outside / "secret.txt", secret.encode())
    _write(outside / "deeper" / "secret2.txt", (secret + "second copy\n").encode())
    c.forbidden_text += ["4,444 burglaries in Carlisle", "secret2", "second copy"]
    os.symlink(outside / "secret.txt", docs / "link to outside.txt")
    e["link to outside.txt"] = Expect("rejected", reason="points outside")
    rel = os.path.relpath(outside / "secret.txt", docs)
    assert rel.startswith(".."), rel
    os.symlink(rel, docs / "dotdot escape.txt")  # a relative ../ target
    e["dotdot escape.txt"] = Expect("rejected", reason="points outside")
    os.symlink(outside / "deeper", docs / "linked folder", target_is_directory=True)
    e["linked folder"] = Expect("rejected", reason="points outside")
    os.symlink("a-original.txt", docs / "link to inside.txt")
    e["link to inside.txt"] = Expect("rejected", reason="symlink refused")
    os.symlink(docs / "does-not-exist.txt", docs / "broken link.txt")
    e["broken link.txt"] = Expect("rejected", reason="symlink refused")
    loop = docs / "loop.txt"
    os.symlink("loop.txt", loop)
    e["loop.txt"] = Expect("rejected", reason="symlink refused")

    # -- never scanned -------------------------------------------------------------------
    _write(docs / ".hidden.txt", article("Warrington", 2_020, 2_000).encode())
    _write(docs / ".git" / "notes.txt", article("Warrington", 2_021, 2_000).encode())
    c.unseen += [".hidden.txt", ".git/notes.txt"]
    return c
