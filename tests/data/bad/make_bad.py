"""Make the bad-input corpus of issue 6: every file a user might wrongly give ccwdiff.

Each builder writes one case to the path it is given; the end-to-end tests
(``tests/e2e/test_bad_input_cli.py``) call them in a temporary folder, so no
generated file is committed. To try every case by hand, in the CLI or in the
window, write them all into a folder::

    python tests/data/bad/make_bad.py /tmp/bad
    ccwdiff compare /tmp/bad/truncated.pdf /tmp/bad/good.txt

``README.md`` beside this file lists the cases with the exit code and message
each one gets. Everything is derived from committed fixtures
(``tests/data/loaders/zh-2pages.pdf``, ``tests/data/zh/*.docx``, the sample pair)
or built byte by byte here; random bytes come from a fixed seed.
"""

from __future__ import annotations

import random
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
SOURCE_PDF = DATA / "loaders" / "zh-2pages.pdf"
SOURCE_DOCX = DATA / "zh" / "CCW-MSP-2022-7.zh.docx"
ENGLISH_TEXT = DATA / "en" / "report-new.txt"
PASSWORD = "secret"

# Typical sentence of a report in each legacy encoding the loader must refuse.
JAPANESE = "締約国会議は二〇二三年十一月にジュネーブで開催された。\n"
ENGLISH = "The Meeting of the High Contracting Parties was held in Geneva in 2023.\n"
FRENCH = "La Réunion des Hautes Parties contractantes s'est tenue à Genève en 2023.\n"


def _junk(size: int, seed: int = 6) -> bytes:
    """Random bytes that start with no known magic number and hold no %%EOF."""
    data = random.Random(seed).randbytes(size)
    return b"\x01\x02" + data.replace(b"%%EOF", b"%%EOE")


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF file of numbered ``objects`` (1-based), the last one being the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        len(objects),
        xref,
    )
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dictionary, len(data), data)


# --- builders: each writes one case to ``path`` --------------------------------------


def empty(path: Path) -> None:
    path.write_bytes(b"")


def blank_text(path: Path) -> None:
    path.write_text("   \n\n\t\n  \n", encoding="utf-8")


def junk(path: Path) -> None:
    path.write_bytes(_junk(5000))


def pdf_with_junk_body(path: Path) -> None:
    """Starts and ends like a PDF; what lies between is noise."""
    path.write_bytes(b"%PDF-1.7\n" + _junk(5000) + b"\n%%EOF\n")


def truncated_pdf(path: Path) -> None:
    """The first half of a real PDF, as a download cut short leaves it."""
    data = SOURCE_PDF.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def encrypted_pdf(path: Path) -> None:
    """The two-page fixture locked with the user password :data:`PASSWORD`."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(SOURCE_PDF))
    # RC4 needs no extra crypto package; the loader's code path is the same as for AES.
    writer.encrypt(user_password=PASSWORD, owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)


def scanned_pdf(path: Path) -> None:
    """Page 1 of the fixture as a grey image (a scan), framed by a drawn rectangle.

    The page looks like the report but has no text layer at all.
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(SOURCE_PDF))
    page = document[0]
    width, height = page.get_size()
    bitmap = page.render(scale=0.5, grayscale=True)
    pixels = bytes(bitmap.buffer)
    # Rows may be padded to the bitmap's stride; the image stream must not be.
    rows = b"".join(
        pixels[row * bitmap.stride : row * bitmap.stride + bitmap.width]
        for row in range(bitmap.height)
    )
    pixel_size = (bitmap.width, bitmap.height)
    page.close()
    document.close()
    image = _stream(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode" % pixel_size,
        zlib.compress(rows),
    )
    drawing = b"q %.2f 0 0 %.2f 0 0 cm /Scan Do Q 0 0 1 RG 2 w 20 20 %.2f %.2f re S" % (
        width,
        height,
        width - 40,
        height - 40,
    )
    path.write_bytes(
        raw_pdf(
            [
                image,
                _stream(b"", drawing),
                b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 %.2f %.2f] /Contents 2 0 R "
                b"/Resources << /XObject << /Scan 1 0 R >> >> >>" % (width, height),
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Catalog /Pages 4 0 R >>",
            ]
        )
    )


def hostile_pdf(path: Path, pages: int = 200, depth: int = 4, fan: int = 10) -> None:
    """A small file that is slow to read: every page draws a form that draws a form...

    Each page shows ``fan ** depth`` copies of one letter through ``depth`` levels of
    nested form XObjects (10,000 by default, about a quarter of a second each), so
    the whole file takes about a minute to parse while its memory stays small: the
    time budget, not the end of the file, must stop it.
    """
    text = b"BT /F1 12 Tf 10 10 Td (x) Tj ET"
    objects = [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(
            b"/Type /XObject /Subtype /Form /BBox [0 0 600 800] "
            b"/Resources << /Font << /F1 1 0 R >> >>",
            text,
        ),
    ]
    for _ in range(depth):
        objects.append(
            _stream(
                b"/Type /XObject /Subtype /Form /BBox [0 0 600 800] "
                b"/Resources << /XObject << /X %d 0 R >> >>" % len(objects),
                b" ".join([b"/X Do"] * fan),
            )
        )
    top_form = len(objects)
    objects.append(_stream(b"", b"/X Do"))
    contents = len(objects)
    pages_object = contents + pages + 1
    first_page = contents + 1
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 600 800] /Contents %d 0 R "
            b"/Resources << /XObject << /X %d 0 R >> >> >>" % (pages_object, contents, top_form)
        )
    kids = b" ".join(b"%d 0 R" % number for number in range(first_page, first_page + pages))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_object)
    path.write_bytes(raw_pdf(objects))


def greedy_pdf(path: Path) -> None:
    """Three pages of a million letters each (6 levels of forms): gigabytes to parse.

    For the memory budget: with ``CCWDIFF_PDF_MEMORY_MB`` set to a few hundred
    megabytes the worker runs out long before the time budget.
    """
    hostile_pdf(path, pages=3, depth=6)


def docx_not_archive(path: Path) -> None:
    """Starts like a ZIP (so like a .docx) and then is noise."""
    path.write_bytes(b"PK\x03\x04" + _junk(3000))


def docx_truncated(path: Path) -> None:
    data = SOURCE_DOCX.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def zip_without_document(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("report.txt", "Not a Word document.")


def shift_jis(path: Path) -> None:
    path.write_bytes((JAPANESE * 20).encode("shift_jis"))


def ebcdic(path: Path) -> None:
    path.write_bytes((ENGLISH * 20).encode("cp500"))


def latin1(path: Path) -> None:
    path.write_bytes((FRENCH * 20).encode("latin-1"))


def high_bytes(path: Path) -> None:
    """Random bytes above 0x7F with line breaks: no encoding makes sense of them."""
    rng = random.Random(66)
    lines = (bytes(rng.randrange(0x80, 0x100) for _ in range(60)) for _ in range(20))
    path.write_bytes(b"\n".join(lines) + b"\n")


def huge_sparse(path: Path, size: int = 200 * 1024 * 1024 + 1) -> None:
    """Just over the default 200 MB limit, without writing 200 MB: a sparse file."""
    with path.open("wb") as handle:
        handle.truncate(size)


def no_structure(path: Path) -> None:
    """Prose without numbers, headings or bullets: compared as plain paragraphs."""
    paragraphs = [
        "The delegations met in Geneva and exchanged views on the work ahead.",
        "They agreed that the discussion should continue next year in the same format.",
        "Several delegations asked for more time to consult their capitals.",
    ]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def good_text(path: Path) -> None:
    """A valid report (the 2023 sample), the other side of most bad cases."""
    from ccwdiff.resources import sample_pair

    path.write_bytes(Path(sample_pair()[1]).read_bytes())


def english_text(path: Path) -> None:
    """A valid English report, to compare with the Chinese one."""
    path.write_bytes(ENGLISH_TEXT.read_bytes())


# File name -> builder. Folders, missing and unreadable files need no bytes: see README.md.
CASES: dict[str, Callable[[Path], None]] = {
    "good.txt": good_text,
    "english.txt": english_text,
    "empty.txt": empty,
    "empty.pdf": empty,
    "empty.docx": empty,
    "blank.txt": blank_text,
    "junk.pdf": junk,
    "junk.docx": junk,
    "junk.txt": junk,
    "damaged.pdf": pdf_with_junk_body,
    "truncated.pdf": truncated_pdf,
    "locked.pdf": encrypted_pdf,
    "scanned.pdf": scanned_pdf,
    "hostile.pdf": hostile_pdf,
    "greedy.pdf": greedy_pdf,
    "not-archive.docx": docx_not_archive,
    "truncated.docx": docx_truncated,
    "no-document.docx": zip_without_document,
    "shift-jis.txt": shift_jis,
    "ebcdic.txt": ebcdic,
    "latin1.txt": latin1,
    "high-bytes.txt": high_bytes,
    "huge.txt": huge_sparse,
    "no-structure.txt": no_structure,
}


def make_all(folder: Path) -> None:
    """Write every case of :data:`CASES` into ``folder`` (plus an empty sub-folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in CASES.items():
        build(folder / name)
    (folder / "a-folder.pdf").mkdir(exist_ok=True)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/data/bad/make_bad.py FOLDER")
    make_all(Path(sys.argv[1]))
    print(f"wrote {len(CASES)} files to {sys.argv[1]}; password of locked.pdf: {PASSWORD}")
