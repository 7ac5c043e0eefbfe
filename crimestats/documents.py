"""Reading source documents from the documents folder, safely and without losing any.

Pure Python, no Dagster. Every file under the folder ends up as exactly one outcome:
an `IngestedDocument` (text decoded, decoding recorded) or a `RejectedFile` with a
clear reason and, when its bytes could be read, their sha256.

Rules:
- Only regular files under the documents folder are read. Symlinks (to anywhere) and
  paths that resolve outside the folder are refused with a reason, never followed.
- The official-data subfolder (`official/`) and hidden files (`.name`) are not articles
  and are not scanned.
- Size limit (`CRIME_MAX_DOCUMENT_BYTES`), empty files, binary content, undecodable
  bytes, unreadable files, files that change while being read, and exact duplicates of
  another document (same bytes under another name) are rejected with their reason.
- HTML is reduced to its visible text (navigation, header, footer, script and style
  removed); Markdown and plain text are kept as they are.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".text", ""}


@dataclass(frozen=True)
class FileSeen:
    """A file found by the scan, before it is read."""

    relpath: str  # posix path relative to the documents folder: the document id
    path: Path
    size: int
    mtime_ns: int
    refused: str | None = None  # reason it must not be read at all (symlink, escape)


@dataclass(frozen=True)
class IngestedDocument:
    document_id: str
    file_name: str
    doc: str  # file name without extension, the spec's `doc`
    sha256: str
    text: str
    size: int
    encoding: str
    content_type: str
    mtime_ns: int


@dataclass(frozen=True)
class RejectedFile:
    file_name: str
    sha256: str | None
    size: int | None
    reason: str
    mtime_ns: int | None = None


Outcome = IngestedDocument | RejectedFile


def scan(documents_dir: Path, official_dir: Path | None = None) -> list[FileSeen]:
    """Every file under the folder, sorted by relative path, without reading contents."""
    root = Path(documents_dir)
    if not root.is_dir():
        return []
    root_real = root.resolve()
    official_real = official_dir.resolve() if official_dir is not None else None
    seen: list[FileSeen] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        rel_dir = here.relative_to(root).as_posix()
        # os.walk does not follow symlinked folders (they are refused below), so a folder it
        # enters is inside the root unless the tree changed under it: checked once per
        # folder, not per file.
        here_inside = here.resolve().is_relative_to(root_real)
        keep = []
        for d in sorted(dirnames):
            full = here / d
            if d.startswith("."):
                continue
            if official_real is not None and full.resolve() == official_real:
                continue
            if full.is_symlink():
                rel = full.relative_to(root).as_posix()
                seen.append(FileSeen(rel, full, 0, 0, refused=_symlink_reason(full, root_real)))
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            full = here / name
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            try:
                st = os.lstat(full)
            except OSError as exc:
                seen.append(FileSeen(rel, full, 0, 0, refused=f"cannot stat file: {exc.strerror}"))
                continue
            if stat.S_ISLNK(st.st_mode):
                seen.append(FileSeen(rel, full, 0, 0, refused=_symlink_reason(full, root_real)))
                continue
            if not stat.S_ISREG(st.st_mode):
                seen.append(
                    FileSeen(rel, full, 0, 0, refused="not a regular file (device, fifo or socket)")
                )
                continue
            if not here_inside:
                seen.append(
                    FileSeen(
                        rel, full, st.st_size, st.st_mtime_ns, "path escapes the documents folder"
                    )
                )
                continue
            seen.append(FileSeen(rel, full, st.st_size, st.st_mtime_ns))
    seen.sort(key=lambda f: f.relpath)
    return seen


def _symlink_reason(path: Path, root_real: Path) -> str:
    try:
        target = path.resolve()
    except (OSError, RuntimeError):
        return "symlink refused: cannot be resolved (loop or broken)"
    where = "inside" if target.is_relative_to(root_real) else "outside"
    return f"symlink refused: points {where} the documents folder ({target}); only regular files are read"


def read_document(f: FileSeen, max_bytes: int) -> Outcome:
    """Read and decode one scanned file. Never raises."""
    if f.refused:
        return RejectedFile(f.relpath, None, None, f.refused, f.mtime_ns or None)
    if f.size > max_bytes:
        return RejectedFile(
            f.relpath,
            None,
            f.size,
            f"file too large: {f.size:,} bytes exceeds the limit of {max_bytes:,} bytes "
            f"(set CRIME_MAX_DOCUMENT_BYTES to raise it)",
            f.mtime_ns,
        )
    try:
        # O_NONBLOCK: if the file was replaced by a FIFO since the scan, open must not hang.
        fd = os.open(f.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except PermissionError:
        return RejectedFile(
            f.relpath, None, f.size, "cannot read file: permission denied", f.mtime_ns
        )
    except OSError as exc:
        return RejectedFile(
            f.relpath, None, f.size, f"cannot read file: {exc.strerror}", f.mtime_ns
        )
    try:
        with os.fdopen(fd, "rb") as fh:
            before = os.fstat(fh.fileno())
            if not stat.S_ISREG(before.st_mode):
                return RejectedFile(
                    f.relpath, None, None, "not a regular file (device, fifo or socket)", f.mtime_ns
                )
            data = fh.read(max_bytes + 1)
            after = os.fstat(fh.fileno())
    except OSError as exc:
        return RejectedFile(
            f.relpath, None, f.size, f"cannot read file: {exc.strerror}", f.mtime_ns
        )
    sha = hashlib.sha256(data).hexdigest()
    if (
        before.st_mtime_ns != after.st_mtime_ns
        or before.st_size != after.st_size
        or len(data) != after.st_size
        or after.st_mtime_ns != f.mtime_ns
        or after.st_size != f.size
    ):
        return RejectedFile(
            f.relpath,
            sha,
            len(data),
            "file changed while being read; it will be picked up again on the next refresh",
            after.st_mtime_ns,
        )
    if len(data) > max_bytes:
        return RejectedFile(
            f.relpath,
            sha,
            len(data),
            f"file too large: exceeds the limit of {max_bytes:,} bytes",
            f.mtime_ns,
        )
    if not data.strip():
        return RejectedFile(f.relpath, sha, len(data), "empty file: no text to read", f.mtime_ns)
    decoded = decode(data)
    if decoded is None:
        return RejectedFile(
            f.relpath,
            sha,
            len(data),
            "binary file: content is not text in a known encoding",
            f.mtime_ns,
        )
    text, encoding = decoded
    content_type = detect_content_type(f.relpath, text)
    if content_type == "html":
        text = html_to_text(text)
    text = normalise_newlines(text)
    if not text.strip():
        return RejectedFile(
            f.relpath, sha, len(data), f"no text after reading {content_type}", f.mtime_ns
        )
    name = Path(f.relpath).name
    return IngestedDocument(
        document_id=f.relpath,
        file_name=f.relpath,
        doc=Path(name).stem if "." in name else name,
        sha256=sha,
        text=text,
        size=len(data),
        encoding=encoding,
        content_type=content_type,
        mtime_ns=f.mtime_ns,
    )


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes) -> tuple[str, str] | None:
    """Decode bytes as text, recording how; None for binary content."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        if b"\x00" in data[:8192]:
            return None
        candidates = ["utf-8", "cp1252", "latin-1"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:65536]
        if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
            return None
        return text, enc
    return None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def detect_content_type(relpath: str, text: str) -> str:
    suffix = Path(relpath).suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "text"


_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg"}
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "article",
    "section",
}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; fall back to tag stripping
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in "".join(parser.parts).split("\n")]
    return "\n\n".join(ln for ln in lines if ln)


def read_all(files: list[FileSeen], max_bytes: int) -> Iterator[Outcome]:
    """Read files in order, rejecting byte-identical duplicates of an earlier document."""
    first_by_hash: dict[str, str] = {}
    for f in files:
        outcome = read_document(f, max_bytes)
        if isinstance(outcome, IngestedDocument):
            original = first_by_hash.get(outcome.sha256)
            if original is not None:
                outcome = RejectedFile(
                    outcome.file_name,
                    outcome.sha256,
                    outcome.size,
                    f"duplicate: same content as {original}",
                    outcome.mtime_ns,
                )
            else:
                first_by_hash[outcome.sha256] = outcome.file_name
        yield outcome
