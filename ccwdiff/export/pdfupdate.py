"""Add the outline and the document information to Qt's PDF as an incremental update.

Qt's PDF writer has no outline. Reading the whole file back and writing it again
with pypdf took longer than painting the pages, so the outline, a new document
information dictionary and a catalog that opens with the outline shown are appended
after Qt's ``%%EOF`` as a PDF incremental update (ISO 32000-1, 7.5.6): new objects,
a cross-reference section for them and a trailer pointing back at Qt's. Only the
trailer, the catalog and the page tree of Qt's file are read, through its
cross-reference table.

:func:`append_outline` refuses (:class:`UnexpectedLayout`) a file that is not laid
out as Qt writes it (a cross-reference stream, an earlier update, encryption, a
nested page tree, ...); the caller then lets pypdf do the same in its incremental
mode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Bookmark:
    """An outline entry: where it opens (page index, top of the view in points from the
    bottom of the page) and the entries under it."""

    title: str
    page: int
    top: float
    children: tuple[Bookmark, ...] = ()


class UnexpectedLayout(ValueError):
    """The PDF is not laid out as this module expects Qt to write it."""


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SUBSECTION = re.compile(rb"\s*(\d+) (\d+)[ \t]*\r?\n")
_REFERENCE = re.compile(rb"(\d+)\s+0\s+R")
_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\((D:[0-9A-Za-z+\-']*)\)")


def _pdf_text(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, as hexadecimal."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _reference(trailer: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+(\d+)\s+0\s+R", trailer)
    if not found:
        raise UnexpectedLayout(f"no /{key.decode()} in the trailer")
    return int(found.group(1))


class _Xref:
    """Qt's cross-reference table and trailer, read from the end of the file."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        end = _STARTXREF.search(raw, max(0, len(raw) - 1024))
        if not end:
            raise UnexpectedLayout("no startxref at the end")
        self.offset = int(end.group(1))
        if raw[self.offset : self.offset + 4] != b"xref":
            raise UnexpectedLayout("a cross-reference stream, not a table")
        start = raw.find(b"trailer", self.offset)
        stop = raw.find(b"startxref", start)
        if start < 0 or stop < 0:
            raise UnexpectedLayout("no trailer")
        self.trailer = raw[start:stop]
        if b"/Prev" in self.trailer or b"/Encrypt" in self.trailer:
            raise UnexpectedLayout("an updated or encrypted file")
        size = re.search(rb"/Size\s+(\d+)", self.trailer)
        if not size:
            raise UnexpectedLayout("no /Size in the trailer")
        self.size = int(size.group(1))
        self.root = _reference(self.trailer, b"Root")
        self.info = _reference(self.trailer, b"Info")
        ids = re.search(rb"/ID\s*\[[^\]]*\]", self.trailer)
        self.id = ids.group(0) if ids else b""
        self.sections: list[tuple[int, int, int]] = []  # first object, count, entries offset
        position = self.offset + 4
        while True:
            header = _SUBSECTION.match(raw, position)
            if not header:
                break
            first, count = int(header.group(1)), int(header.group(2))
            self.sections.append((first, count, header.end()))
            position = header.end() + 20 * count

    def body(self, number: int) -> bytes:
        """The text of object ``number`` between ``obj`` and ``endobj`` (no streams)."""
        for first, count, entries in self.sections:
            if first <= number < first + count:
                entry = self.raw[
                    entries + 20 * (number - first) : entries + 20 * (number - first + 1)
                ]
                if entry[17:18] != b"n" or entry[11:16] != b"00000":
                    break
                offset = int(entry[:10])
                head = b"%d 0 obj" % number
                if not self.raw.startswith(head, offset):
                    break
                end = self.raw.find(b"endobj", offset)
                body = self.raw[offset + len(head) : end].strip()
                if end < 0 or b"stream" in body:
                    break
                return body
        raise UnexpectedLayout(f"object {number} not found as expected")


def _outline_objects(
    bookmarks: Sequence[Bookmark], root: int, pages: list[int]
) -> Iterator[tuple[int, bytes]]:
    """The outline dictionary (object ``root``) and its items, numbered from ``root + 1``."""
    numbers: dict[int, int] = {}  # id(bookmark) -> object number
    counter = root

    def number(items: Sequence[Bookmark]) -> None:
        nonlocal counter
        for item in items:
            counter += 1
            numbers[id(item)] = counter
            number(item.children)

    number(bookmarks)

    def visible(items: Sequence[Bookmark]) -> int:
        return len(items) + sum(visible(item.children) for item in items)

    def items(level: Sequence[Bookmark], parent: int) -> Iterator[tuple[int, bytes]]:
        for index, item in enumerate(level):
            if not 0 <= item.page < len(pages):
                raise UnexpectedLayout(f"bookmark on page {item.page + 1} of {len(pages)}")
            parts = [
                b"/Title " + _pdf_text(item.title),
                b"/Parent %d 0 R" % parent,
                b"/Dest [%d 0 R /XYZ 0 %.2f null]" % (pages[item.page], item.top),
            ]
            if index:
                parts.append(b"/Prev %d 0 R" % numbers[id(level[index - 1])])
            if index + 1 < len(level):
                parts.append(b"/Next %d 0 R" % numbers[id(level[index + 1])])
            if item.children:
                parts.append(b"/First %d 0 R" % numbers[id(item.children[0])])
                parts.append(b"/Last %d 0 R" % numbers[id(item.children[-1])])
                parts.append(b"/Count %d" % visible(item.children))  # open
            yield numbers[id(item)], b"<<\n" + b"\n".join(parts) + b"\n>>"
            yield from items(item.children, numbers[id(item)])

    head = [b"/Type /Outlines", b"/Count %d" % visible(bookmarks)]
    if bookmarks:
        head.append(b"/First %d 0 R" % numbers[id(bookmarks[0])])
        head.append(b"/Last %d 0 R" % numbers[id(bookmarks[-1])])
    yield root, b"<<\n" + b"\n".join(head) + b"\n>>"
    yield from items(bookmarks, root)


def append_outline(
    raw: bytes, bookmarks: Sequence[Bookmark], info: dict[str, str], *, pages: int
) -> bytes:
    """``raw`` with the outline, the document information ``info`` (keys without the
    slash) and ``/PageMode /UseOutlines``, as an incremental update.

    ``pages`` is the page count the file must have. Raises :class:`UnexpectedLayout`
    when the file is not as Qt writes it.
    """
    xref = _Xref(raw)
    catalog = xref.body(xref.root)
    if not (catalog.startswith(b"<<") and catalog.endswith(b">>")):
        raise UnexpectedLayout("the catalog is not a dictionary")
    if b"/Outlines" in catalog or b"/PageMode" in catalog:
        raise UnexpectedLayout("the catalog already has an outline or a page mode")
    tree = xref.body(_reference(catalog, b"Pages"))
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", tree)
    count = re.search(rb"/Count\s+(\d+)", tree)
    page_objects = [int(n) for n in _REFERENCE.findall(kids.group(1))] if kids else []
    if not count or int(count.group(1)) != len(page_objects) or len(page_objects) != pages:
        raise UnexpectedLayout("the page tree is not one flat list of the pages")

    outline_root = xref.size
    objects = list(_outline_objects(bookmarks, outline_root, page_objects))
    info_number = outline_root + len(objects)
    entries = [b"/%s %s" % (key.encode("ascii"), _pdf_text(value)) for key, value in info.items()]
    old_info = xref.body(xref.info)
    for key, date in _DATE.findall(old_info):
        entries.append(b"/%s (%s)" % (key, date))
    entries.append(b"/Trapped /False")
    objects.append((info_number, b"<<\n" + b"\n".join(entries) + b"\n>>"))
    objects.append(
        (
            xref.root,
            catalog[:-2].rstrip()
            + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>" % outline_root,
        )
    )

    out = bytearray(raw)
    if not raw.endswith(b"\n"):
        out += b"\n"
    offsets: dict[int, int] = {}
    for number, body in objects:
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"  # object 0 first, as readers expect
    runs: list[list[int]] = []  # consecutive object numbers: one subsection each
    for number in sorted(offsets):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    for run in runs:
        out += b"%d %d\n" % (run[0], len(run))
        for number in run:
            out += b"%010d 00000 n \n" % offsets[number]
    size = max(xref.size, info_number + 1)
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/Prev %d\n%s\n>>\n" % (
        size,
        xref.root,
        info_number,
        xref.offset,
        xref.id,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)
