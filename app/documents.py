"""Turn an uploaded file's bytes into text: .txt in any common encoding, .docx, .pdf, .html.

Encodings readouts arrive in: UTF-8 (with or without BOM), UTF-16 with BOM, CP1251
(Russian), EUC-KR/CP949 (Korean). Anything that does not decode to readable text is
refused rather than stored as mojibake.
"""

from __future__ import annotations

import codecs
import io
import re
from html.parser import HTMLParser
from pathlib import PurePath

ACCEPTED_SUFFIXES = (".txt", ".text", ".md", ".docx", ".pdf", ".html", ".htm")
CONTROL_SHARE_LIMIT = 0.02
"""Share of control characters above which decoded "text" is taken to be binary."""


class DocumentError(ValueError):
    """A file that cannot be read as a statement; the message is shown to the user."""


class DocumentTooLarge(DocumentError):
    pass


def read_document(filename: str, data: bytes, *, max_bytes: int) -> str:
    """Decode ``data`` by the file's suffix; raise DocumentError with a reason the user can act on."""
    if len(data) > max_bytes:
        raise DocumentTooLarge(f"{filename} is {len(data):,} bytes; the limit is {max_bytes:,} bytes.")
    suffix = PurePath(filename.lower()).suffix or ".txt"
    if suffix not in ACCEPTED_SUFFIXES:
        raise DocumentError(
            f"{filename}: files of type {suffix} are not accepted. "
            "Use .txt, .docx, .pdf (with a text layer) or .html."
        )
    if not data.strip():
        raise DocumentError(f"{filename} is empty.")
    if suffix == ".docx":
        text = _docx_text(filename, data)
    elif suffix == ".pdf":
        text = _pdf_text(filename, data)
    elif suffix in (".html", ".htm"):
        text = html_to_text(decode_text(filename, data))
    else:
        text = decode_text(filename, data)
    if not text.strip():
        raise DocumentError(f"{filename} holds no text.")
    return text


def decode_text(filename: str, data: bytes) -> str:
    """Decode plain-text bytes: BOMs first, then UTF-8, then the detector's best guess."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _checked(filename, data.decode(encoding))
    if b"\x00" in data:
        raise DocumentError(f"{filename} looks like a binary file, not text.")
    try:
        return _checked(filename, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1251", "cp949", "euc_kr", "koi8_r", "cp1252", "utf_16"]).best()
    if best is None:
        raise DocumentError(f"{filename}: the text encoding could not be recognised; save it as UTF-8.")
    return _checked(filename, str(best))


def _checked(filename: str, text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f")
    if text and controls / len(text) > CONTROL_SHARE_LIMIT:
        raise DocumentError(f"{filename} looks like a binary file, not text.")
    return text


def _docx_text(filename: str, data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken file
        raise DocumentError(f"{filename} is not a readable .docx file.") from exc
    return "\n\n".join(p.text for p in document.paragraphs if p.text.strip())


def _pdf_text(filename: str, data: bytes) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds for a broken file
        raise DocumentError(f"{filename} is not a readable PDF.") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise DocumentError(f"{filename} has no text layer (a scanned PDF?); paste the text instead.")
    return text


class _TextExtractor(HTMLParser):
    BLOCKS = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
    )
    SKIP = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one paragraph per block element."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\xa0]+", " ", text)
    text = re.sub(r" *\n[ \n]*\n *", "\n\n", text)
    return text.strip()
