"""Organisation forms seen on regulators' notices and the pages that reproduce them, one
row per form: brands listed before one に対して, a 農事組合法人, a prefecture at the start
of a line run on from a headline, a city that also acts (〇〇市も、…処分とする), a business
with its address in brackets as the object of the action, a police station a referral
goes to, and the matter (違反行為) where a name would stand.

Every sentence here is written for this test; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser


def _orgs(text: str) -> set[str]:
    return {o.label for o in parser.parse(text).organizations}


# (text, organisations expected, organisations not wanted)
ROWS = [
    (  # brands listed before one に対して, each an addressee of its own
        "観光庁は3月1日、ハマナスツアー、ミサキトラベル、コハクツーリストに対して、旅行業法第19条"
        "第1項に基づき、業務停止命令を行った。",
        {"ハマナスツアー", "ミサキトラベル", "コハクツーリスト"},
        set(),
    ),
    (  # one piece of the list is no name: no list is taken (the one name the guidance is
        # given to is the sentence grammar's: `argued.py`, a business's head word 企画)
        "本日、当委員会は、あおば企画に対して指導を行った。",
        {"あおば企画"},
        {"当委員会は", "当委員会は、あおば企画"},
    ),
    (  # a topic before the one name: no list, and the bureau is no addressee
        "平成30年9月19日、青葉厚生局は、みどり薬局中央店に対し、指導を行った。",
        set(),
        {"青葉厚生局は", "みどり薬局中央店"},
    ),
    (  # a 農事組合法人, its form before the name
        "農林水産省は、「農事組合法人みのり耕作組合」に対し、報告を求めた。",
        {"農事組合法人みのり耕作組合"},
        set(),
    ),
    (  # a headline with no 。 that the line repair runs into the prefecture's lead
        "薬局を業務停止処分 無許可の販売で\n青森県は、10月2日、株式会社ほしぞら薬局に対し、"
        "業務停止を命じた。",
        {"青森県", "株式会社ほしぞら薬局"},
        set(),
    ),
    (  # a city that also acts, and a business with its address in brackets as the object
        "また、秋田市も、10月2日、ハマナス薬品（秋田市中央区本町1丁目）を、10月3日から"
        "7日間の業務停止処分とすることを発表しました。",
        {"秋田市", "ハマナス薬品"},
        set(),
    ),
    (  # a police station a referral goes to; its chief is a person
        "労働局は、有限会社ゆうなぎ工業を山形県酒田警察署に告発した。また、同社の役員を"
        "米沢警察署長に告発し、山形県警察本部に通知した。",
        {"山形県酒田警察署", "有限会社ゆうなぎ工業", "山形県警察本部"},
        {"米沢警察署"},
    ),
    (  # the matter where a name would stand
        "宅建業法違反で行政処分を受けた違反行為は、以下のとおりです。",
        set(),
        {"違反行為"},
    ),
    (  # a basis, then the ministers by 及び: no list of names, the basis is no name
        "本日、金融庁設置法第20条第1項の規定に基づき、内閣総理大臣及び金融庁長官に対して、"
        "みなと精機株式会社に対する課徴金納付命令を発出するよう勧告を行った。",
        set(),
        {
            "金融庁設置法第20条第1項の規定に基づき",
            "金融庁設置法第20条第1項の規定に基づき、内閣総理大臣",
        },
    ),
]
IDS = ["brands-listed-before-ni-taishite", "a-list-with-no-name-in-it", "a-topic-then-one-name",
       "noji-kumiai-hojin",
       "prefecture-after-a-run-on-headline", "city-also-acts-and-address-in-brackets",
       "police-station-not-its-chief", "the-matter-is-no-name", "a-basis-before-ministers"]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ROWS, ids=IDS)
def test_org_forms(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _orgs(text)
    assert wanted <= found, wanted - found
    assert not (unwanted & found), unwanted & found


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "4 処分の実施機関\n\n青葉、緑川、白浜及び東町保健所\n\n5 改善命令の内容",
            {"青葉保健所", "緑川保健所", "白浜保健所", "東町保健所"},
            set(),
        ),
        ("青葉県緑川保健所が立入検査を実施した。保健所長が確認した。", {"青葉県緑川保健所"}, set()),
        ("青葉県及び東町保健所が調査した。", {"東町保健所"}, {"青葉県保健所"}),
    ],
    ids=["a-list-that-writes-the-word-once", "one-centre-not-its-chief", "a-prefecture-before-it"],
)
def test_health_centres(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _orgs(text)
    assert wanted <= found, wanted - found
    assert not (unwanted & found), unwanted & found


@pytest.mark.parametrize(
    "text",
    [
        "青葉労働局は、本日、有限会社ゆうなぎ工業を山形県酒田警察署に告発した。",
        "公正取引委員会は、本日、株式会社みなと建設を青葉地方検察庁に告発した。",
    ],
    ids=["police-station", "prosecutors-office"],
)
def test_a_referral_is_against_the_company_not_the_office_it_is_filed_with(text: str) -> None:
    referrals = [a for a in parser.parse(text).actions if a.kind == "CriminalReferral"]
    assert [a.addressee for a in referrals] == [text.split("、")[2].split("を")[0]]
