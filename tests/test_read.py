"""shobun.parser.read: raw bytes → Source — encodings detected, HTML and PDF text, bad input refused.

Each table row is one phenomenon; its id says what must hold. Notices are made up but
shaped like the real ones (個人情報保護委員会, 金融庁, 消費者庁 press releases).
"""

from __future__ import annotations

import hashlib
import io
import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from shobun.core.errors import ShobunError
from shobun.parser.read import Source, read_bytes, read_path

SHORT = "個人情報保護委員会は、本日、株式会社〇〇に対し勧告を行った。"  # 30 characters
LONG = (
    "個人情報保護委員会は、本日、株式会社〇〇に対し、個人情報の保護に関する法律"
    "第148条第1項に基づく勧告を行った。\n"
    "第1　事案の概要\n"
    "１　株式会社〇〇（以下「〇〇社」という。）は、令和6年3月29日、約12万人分の顧客情報が"
    "漏えいしたおそれがある旨を当委員会に報告した。\n"
    "２　当委員会は、同法第146条第1項に基づき報告を求め、立入検査を実施した。\n"
)
NEC_SPECIALS = "①㈱〇〇商事に対する業務改善命令について（令和６年３月２９日）"
HALF_WIDTH = "（株）ｶﾌﾞｼｷｶﾞｲｼｬﾏﾙﾏﾙに対する指導について"
PDF_FONT = "HeiseiMin-W3"


def encoded(text: str, codec: str, *, bom: bytes = b"", crlf: bool = False) -> bytes:
    return bom + (text.replace("\n", "\r\n") if crlf else text).encode(codec)


def row(data: bytes, text: str, encoding: str, id: str) -> object:
    return pytest.param(data, text, encoding, id=id)


ENCODINGS = [
    row(encoded(SHORT, "utf-8"), SHORT, "utf-8", "UTF-8, short"),
    row(encoded(LONG, "utf-8", crlf=True), LONG, "utf-8", "UTF-8, long, CRLF becomes LF"),
    row(encoded(LONG, "utf-8-sig"), LONG, "utf-8-sig", "UTF-8 with BOM, the BOM stripped"),
    row(encoded(SHORT, "cp932"), SHORT, "cp932", "CP932, short (30 characters)"),
    row(encoded(NEC_SPECIALS, "cp932"), NEC_SPECIALS, "cp932", "CP932 with ① and ㈱"),
    row(encoded(HALF_WIDTH, "cp932"), HALF_WIDTH, "cp932", "CP932 with half-width kana"),
    row(encoded(LONG, "cp932", crlf=True), LONG, "cp932", "CP932, long, CRLF becomes LF"),
    row(
        encoded(LONG, "cp932").replace(b"\n", b"\r"), LONG, "cp932", "CP932, old Mac CR becomes LF"
    ),
    row(encoded(SHORT, "shift_jis"), SHORT, "cp932", "Shift_JIS, reported as its superset CP932"),
    row(encoded(SHORT, "euc_jp"), SHORT, "euc-jp", "EUC-JP, short (30 characters)"),
    row(encoded(LONG, "euc_jp"), LONG, "euc-jp", "EUC-JP, long"),
    row(encoded(SHORT, "iso2022_jp"), SHORT, "iso-2022-jp", "ISO-2022-JP (mail), short"),
    row(encoded(LONG, "utf-16-le", bom=b"\xff\xfe"), LONG, "utf-16", "UTF-16 LE with BOM"),
    row(encoded(LONG, "utf-16-be", bom=b"\xfe\xff"), LONG, "utf-16", "UTF-16 BE with BOM"),
    row(encoded(SHORT, "utf-16-le"), SHORT, "utf-16-le", "UTF-16 LE without BOM, short"),
    row(encoded(LONG, "utf-16-le"), LONG, "utf-16-le", "UTF-16 LE without BOM, long"),
    row(encoded(LONG, "utf-16-be"), LONG, "utf-16-be", "UTF-16 BE without BOM, long"),
    row(encoded("Order\n", "utf-16-le"), "Order\n", "utf-16-le", "UTF-16 LE ASCII, no BOM"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), ENCODINGS)
def test_encoding_is_detected_and_text_decoded(data: bytes, text: str, encoding: str) -> None:
    source = read_bytes(data, "notice.txt")
    assert source == Source(text, "text/plain", encoding, hashlib.sha256(data).hexdigest())


MEDIA_TYPES = [
    pytest.param("notice.txt", b"<p>plain</p>", "text/plain", id="extension wins: .txt stays text"),
    pytest.param("NOTICE.MD", b"notice", "text/markdown", id=".md, any case, is markdown"),
    pytest.param("notice.markdown", b"notice", "text/markdown", id=".markdown is markdown"),
    pytest.param("notice.htm", b"notice", "text/html", id=".htm is HTML"),
    pytest.param("notice.HTML", b"notice", "text/html", id=".HTML is HTML"),
    pytest.param("<stdin>", b"<!DOCTYPE html><p>x</p>", "text/html", id="sniffed: doctype"),
    pytest.param("<stdin>", b"<html><body>x</body></html>", "text/html", id="sniffed: html tag"),
    pytest.param("<stdin>", "<P>本文</P>".encode(), "text/html", id="sniffed: p tag"),
    pytest.param("<stdin>", b'<div class="a">x</div>', "text/html", id="sniffed: div tag"),
    pytest.param("notice.csv", "# 見出し\n本文".encode(), "text/markdown", id="sniffed: # heading"),
    pytest.param("<stdin>", "**重要**".encode(), "text/markdown", id="sniffed: bold"),
    pytest.param("<stdin>", "#1 本文".encode(), "text/plain", id="sniffed: #1 is no heading"),
    pytest.param("<stdin>", SHORT.encode(), "text/plain", id="sniffed: else plain text"),
]


@pytest.mark.parametrize(("name", "data", "media_type"), MEDIA_TYPES)
def test_media_type_from_extension_else_sniffed(name: str, data: bytes, media_type: str) -> None:
    assert read_bytes(data, name).media_type == media_type


def test_markdown_text_is_kept_as_it_is_but_for_newlines() -> None:
    markdown = "# 勧告について\r\n\r\n**株式会社〇〇**に対し、<br>勧告を行った。\r\n"
    expected = "# 勧告について\n\n**株式会社〇〇**に対し、<br>勧告を行った。\n"
    assert read_bytes(markdown.encode(), "notice.md").text == expected


PAGE = """<!DOCTYPE html><html lang="ja"><head><title>報道発表資料</title>
<style>p {{ color: red }}</style><script>var x = "<p>x</p>";</script></head><body>
<header><div class="site">個人情報保護委員会</div></header>
<nav class="breadcrumb"><ol><li><a href="/">ホーム</a></li><li>報道発表</li></ol></nav>
{body}
<footer><p>&copy; 個人情報保護委員会</p></footer></body></html>"""


def html(body: str, expected: str, id: str) -> object:
    return pytest.param(PAGE.format(body=body), expected, id=id)


HTML = [
    html(
        "<main><h1>勧告について</h1></main>",
        "勧告について\n",
        "main preferred: nav, header, footer left out",
    ),
    html(
        "<div><article><h1>勧告</h1></article><aside>関連</aside></div>",
        "勧告\n",
        "article preferred when there is no main",
    ),
    html(
        "<div><h1>勧告</h1></div>",
        "個人情報保護委員会\n勧告\n© 個人情報保護委員会\n",
        "neither main nor article: the body, nav still dropped",
    ),
    html(
        "<main><h1>勧告について</h1><h2>第1　概要</h2><p>本文一。</p><div>本文二。</div></main>",
        "勧告について\n第1　概要\n本文一。\n本文二。\n",
        "headings and paragraphs become lines",
    ),
    html(
        "<main><p>　委員会は、\n  本日、勧告を行った。</p><p>Personal\n Information</p></main>",
        "　委員会は、本日、勧告を行った。\nPersonal Information\n",
        "line break inside Japanese vanishes, between Latin words becomes a space",
    ),
    html(
        "<main><p>第1<br>第2<br><br><br><br>第3</p></main>",
        "第1\n第2\n\n第3\n",
        "br breaks lines, blank lines never more than one",
    ),
    html(
        "<main><table><tr><th>事業者名</th><th>処分</th></tr>"
        "<tr><td>株式会社〇〇</td><td>勧告</td></tr><tr><td>△△</td><td></td><td>指導</td></tr>"
        "</table></main>",
        "事業者名\t処分\n株式会社〇〇\t勧告\n△△\t\t指導\n",
        "table rows become lines, cells separated by tabs",
    ),
    html(
        "<main><p>A &amp; B &lt;法&gt; &#x2460; &quot;x&quot; &nbsp;</p></main>",
        'A & B <法> ① "x"\n',
        "entities decoded",
    ),
    html(
        "<main><p>本文</p><script>alert(1)</script><style>p{}</style>"
        "<noscript>JavaScriptを有効に</noscript><template><p>雛形</p></template></main>",
        "本文\n",
        "script, style, noscript, template dropped",
    ),
    html(
        "<main><ul><li>一 <b>勧告</b> <i> 命令 </i></li><li>二</li></ul>"
        "<dl><dt>名称</dt><dd>株式会社〇〇</dd></dl></main>",
        "一 勧告 命令\n二\n名称\n株式会社〇〇\n",
        "list items and dt/dd become lines, inline markup joins",
    ),
    html(
        "<main><pre>  第1\n    1 概要\n</pre></main>",
        "  第1\n    1 概要\n",
        "pre keeps its lines and indentation",
    ),
]


@pytest.mark.parametrize(("markup", "expected"), HTML)
def test_html_text_keeps_block_structure(markup: str, expected: str) -> None:
    source = read_bytes(markup.encode(), "notice.html")
    assert (source.text, source.media_type, source.encoding) == (expected, "text/html", "utf-8")


def test_html_in_cp932_is_decoded_before_markup_is_removed() -> None:
    markup = PAGE.format(body=f"<main><h1>{NEC_SPECIALS}</h1><p>{SHORT}</p></main>")
    source = read_bytes(markup.encode("cp932"), "notice.htm")
    assert (source.text, source.encoding) == (f"{NEC_SPECIALS}\n{SHORT}\n", "cp932")


def make_pdf(pages: list[list[str]], encrypt: StandardEncryption | None = None) -> bytes:
    """A PDF with one text line per string, in reportlab's built-in Japanese CID font."""
    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    for lines in pages:
        pdf.setFont(PDF_FONT, 12)
        for number, line in enumerate(lines):
            pdf.drawString(72, 760 - 20 * number, line)
        if not lines:
            pdf.rect(72, 400, 300, 200, fill=1)  # a page with ink but no text, as scanned
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


PDF_PAGES = [[SHORT, "第1　事案の概要", "①㈱〇〇商事"], ["２　当委員会は、立入検査を実施した。"]]
PDF_TEXT = f"{SHORT}\n第1　事案の概要\n①㈱〇〇商事\n２　当委員会は、立入検査を実施した。"


def test_pdf_text_comes_back_page_by_page() -> None:
    data = make_pdf(PDF_PAGES)
    source = read_bytes(data, "notice.pdf")
    assert source == Source(PDF_TEXT, "application/pdf", "pdf", hashlib.sha256(data).hexdigest())


def test_pdf_is_sniffed_by_its_magic_without_extension() -> None:
    assert read_bytes(make_pdf(PDF_PAGES), "<stdin>").media_type == "application/pdf"


def test_pdf_with_owner_password_only_is_read() -> None:
    """Copy-protected PDFs, common on ministry sites, open without a password."""
    locked = StandardEncryption("", "owner", canPrint=0, canCopy=0, canModify=0)
    assert read_bytes(make_pdf(PDF_PAGES, locked), "notice.pdf").text == PDF_TEXT


def bad(data: bytes, code: str, id: str, *, name: str = "notice-001.txt", limit: int = 0) -> object:
    return pytest.param(data, name, limit or 20 * 1024 * 1024, code, id=id)


BAD_INPUT = [
    bad(b"", "SHOBUN-E011", "empty bytes"),
    bad(" \u3000\r\n\t\n".encode(), "SHOBUN-E011", "only white space, full-width too"),
    bad(
        b"<html><body><script>x()</script><p>&nbsp;</p></body></html>",
        "SHOBUN-E011",
        "HTML without text",
        name="notice.html",
    ),
    bad(random.Random(0).randbytes(4096), "SHOBUN-E012", "random bytes"),
    bad(b"Notice\x00\x00\x00 of order", "SHOBUN-E012", "NUL bytes in text"),
    bad(b"\x1b\x01\x02\x03 notice \x04\x05", "SHOBUN-E012", "control characters"),
    bad(b"\x81\x20\x82\x7f\xeb\x40", "SHOBUN-E010", "undecodable bytes"),
    bad(b"\x80\xa0\xfd" * 8, "SHOBUN-E010", "decodes only as private-use and C1"),
    bad(b"\xef\xbb\xbf" + SHORT.encode("cp932"), "SHOBUN-E010", "UTF-8 BOM, then not UTF-8"),
    bad(SHORT.encode(), "SHOBUN-E020", "over the size limit", limit=10),
    bad(make_pdf(PDF_PAGES)[:400], "SHOBUN-E013", "truncated PDF", name="notice.pdf"),
    bad(b"%PDF-1.7\n1 0 obj garbage", "SHOBUN-E013", "corrupted PDF", name="notice.pdf"),
    bad(b"<html>not a PDF</html>", "SHOBUN-E013", "HTML named .pdf", name="notice.pdf"),
    bad(make_pdf([[]]), "SHOBUN-E013", "PDF without text layer", name="scan.pdf"),
    bad(
        make_pdf(PDF_PAGES, StandardEncryption("user", "owner")),
        "SHOBUN-E013",
        "PDF that needs a password",
        name="notice.pdf",
    ),
]


@pytest.mark.parametrize(("data", "name", "max_bytes", "code"), BAD_INPUT)
def test_bad_input_raises_coded_error_naming_the_file(
    data: bytes, name: str, max_bytes: int, code: str
) -> None:
    with pytest.raises(ShobunError) as raised:
        read_bytes(data, name, max_bytes=max_bytes)
    assert (raised.value.code, raised.value.source) == (code, name)
    assert f"{code} {name}: " in str(raised.value)


def test_size_error_names_size_and_limit() -> None:
    with pytest.raises(ShobunError, match=r"11 bytes, over the limit of 10 bytes"):
        read_bytes(b"x" * 11, "notice.txt", max_bytes=10)


def test_scanned_pdf_error_says_why() -> None:
    with pytest.raises(ShobunError, match=r"no text layer \(scanned\?\)"):
        read_bytes(make_pdf([[]]), "scan.pdf")


def test_read_path_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(encoded(LONG, "cp932", crlf=True))
    assert read_path(path) == read_bytes(path.read_bytes(), str(path))
    assert read_path(str(path)).text == LONG


def path_error(tmp_path: Path, kind: str) -> Path:
    (tmp_path / "notice.txt").write_text(SHORT)
    return {
        "missing": tmp_path / "missing.txt",
        "directory": tmp_path,
        "under a file": tmp_path / "notice.txt" / "x.txt",
    }[kind]


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        pytest.param("missing", "SHOBUN-E001", id="nonexistent path is E001"),
        pytest.param("under a file", "SHOBUN-E001", id="path below a file is E001"),
        pytest.param("directory", "SHOBUN-E002", id="directory is E002"),
    ],
)
def test_read_path_errors_name_the_path(tmp_path: Path, kind: str, code: str) -> None:
    path = path_error(tmp_path, kind)
    with pytest.raises(ShobunError) as raised:
        read_path(path)
    assert (raised.value.code, raised.value.source) == (code, str(path))


def test_unreadable_file_is_e002(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(SHORT)

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(ShobunError, match=r"SHOBUN-E002 .*notice\.txt: .*: Permission denied"):
        read_path(path)


def test_oversized_file_is_refused_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: nothing written
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("opened"))
    with pytest.raises(ShobunError, match=r"SHOBUN-E020 .*huge\.txt: .*67,108,864 bytes"):
        read_path(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_read_only_up_to_the_limit() -> None:
    with pytest.raises(ShobunError, match="SHOBUN-E020"):
        read_path("/dev/zero", max_bytes=1000)


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> io.BytesIO:
    raw = io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
    return raw


def test_dash_reads_stdin_and_sniffs(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, "<p>本文</p>".encode("euc_jp"))
    assert read_path("-") == read_bytes("<p>本文</p>".encode("euc_jp"), "<stdin>")


def test_stdin_is_read_only_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = fake_stdin(monkeypatch, b"x" * 10_000)
    with pytest.raises(ShobunError, match=r"SHOBUN-E020 <stdin>: .*more than the limit of 100"):
        read_path("-", max_bytes=100)
    assert raw.tell() == 101  # the limit and one byte, not the whole stream


ANY_BYTES = st.one_of(
    st.binary(max_size=2048),
    st.binary(max_size=512).map(lambda b: b"%PDF-1.4\n" + b),
    st.binary(max_size=512).map(lambda b: b"<div>" + b + b"</div>"),
    st.binary(max_size=512).map(lambda b: b"\xff\xfe" + b),
)


@settings(deadline=None, max_examples=300)
@given(data=ANY_BYTES, name=st.sampled_from(["notice", "notice.txt", "notice.html", "x.pdf"]))
def test_any_bytes_give_a_source_or_a_shobun_error_and_the_same_each_time(
    data: bytes, name: str
) -> None:
    outcomes: list[Source | str] = []
    for _ in range(2):
        try:
            outcomes.append(read_bytes(data, name))
        except ShobunError as err:
            outcomes.append(err.line())
    assert outcomes[0] == outcomes[1]


TEXT = st.text(st.characters(exclude_categories=["Cc", "Cs"], include_characters="\r\n\t"))


@settings(deadline=None)
@given(text=TEXT)
def test_utf8_text_comes_back_with_newlines_normalised(text: str) -> None:
    if text.startswith("\ufeff"):  # a leading U+FEFF is read as a byte-order mark
        text = "x" + text
    if not text.strip():
        with pytest.raises(ShobunError, match="SHOBUN-E011"):
            read_bytes(text.encode(), "notice.txt")
        return
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert read_bytes(text.encode(), "notice.txt").text == expected


JAPANESE = st.text(
    st.sampled_from(list("あいうえおかがきくけこさしすせそたちつてとなにのはをん、。「」（）")),
    min_size=1,
)
KANJI = st.text(st.sampled_from(list("個人情報保護委員会株式会社勧告命令法律第条項号令和年月日")))


@settings(deadline=None)
@given(kana=JAPANESE, kanji=KANJI, codec=st.sampled_from(["cp932", "euc_jp"]))
def test_japanese_text_in_cp932_or_euc_jp_comes_back(kana: str, kanji: str, codec: str) -> None:
    text = kanji + kana
    source = read_bytes(text.encode(codec), "notice.txt")
    assert (source.text, source.encoding) == (text, codec.replace("_", "-"))


def test_html_nested_beyond_any_real_page_is_refused_quickly() -> None:
    import time

    markup = ("<div>" * 50_000 + "勧告" + "</div>" * 50_000).encode("utf-8")
    started = time.monotonic()
    with pytest.raises(ShobunError) as err:
        read_bytes(markup, "deep.html")
    assert err.value.code == "SHOBUN-E014" and "deep.html" in err.value.line()
    assert time.monotonic() - started < 30  # a guard against a stall, not a speed target


def test_ordinary_nesting_is_read() -> None:
    markup = ("<div>" * 200 + "<p>金融庁は、本日、勧告を行った。</p>" + "</div>" * 200).encode(
        "utf-8"
    )
    assert read_bytes(markup, "ok.html").text.strip() == "金融庁は、本日、勧告を行った。"
