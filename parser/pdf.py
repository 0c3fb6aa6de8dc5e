"""PDF → text: the text layer, read with pdfium (imported only when a PDF is read)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from shobun.core.errors import ShobunError
from shobun.parser.decode import normalize_newlines


def pdf_to_text(data: bytes, name: str) -> str:
    """The text layer, page by page (pages joined by "\\n"); owner-password PDFs (no
    copying, no printing) are read, PDFs that need a password to open are not."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        locked = getattr(err, "err_code", None) == pdfium_raw.FPDF_ERR_PASSWORD
        detail = "encrypted, needs a password" if locked else f"broken PDF ({err})"
        raise ShobunError("SHOBUN-E013", name, detail) from err
    try:
        pages = [_page_text(pdf, index) for index in range(len(pdf))]
    except pdfium.PdfiumError as err:
        raise ShobunError("SHOBUN-E013", name, f"broken page ({err})") from err
    finally:
        pdf.close()
    text = normalize_newlines("\n".join(pages))
    if not text.strip():
        raise ShobunError("SHOBUN-E013", name, "no text layer (scanned?)")
    return text


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    page = pdf[index]
    textpage = page.get_textpage()  # closed with the document should this fail
    try:
        return str(textpage.get_text_range())
    finally:
        textpage.close()
        page.close()
