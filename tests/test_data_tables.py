"""The shipped data tables in `parser/data/` (statutes, authorities, org forms, sanction terms).

Each table is checked against the rule it encodes, row by row, so a typo in a law number,
an e-Gov ID, a parent body or a class name fails with the row's key in the test id.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import get_args

import pytest

from shobun.api.vocab import ActionType

DATA = Path(__file__).resolve().parent.parent / "parser" / "data"

HEADERS = {
    "statutes": ["law_number", "title", "short_names", "egov_id", "note"],
    "authorities": ["name", "kind", "common_names", "parent"],
    "org_forms": ["form", "position", "kind"],
    "sanction_terms": ["term", "class", "note"],
    "local_governments": ["suffix", "stem", "note"],
    "prefectures": ["name", "domain"],
}

# Columns that may be empty; every other cell must have a value.
OPTIONAL = {("statutes", "short_names"), ("authorities", "common_names"), ("authorities", "parent")}

# The contract's sbo:EnforcementAction subclasses (shared/contract/vocabulary.md), as the
# API's typed models name them.
ACTION_CLASSES = frozenset(get_args(ActionType))
AUTHORITY_KINDS = frozenset({"Authority", "PublicBody"})
FORM_KINDS = frozenset({"Company", "PublicBody"})
FORM_POSITIONS = frozenset({"prefix", "suffix", "both"})

# e-Gov 法令ID: era digit, two-digit year, type code, ten digits.
ERA_DIGITS = {"明治": "1", "大正": "2", "昭和": "3", "平成": "4", "令和": "5"}
ERA_LAST_YEAR = {"明治": 45, "大正": 15, "昭和": 64, "平成": 31, "令和": 99}
TYPE_CODES = {"法律": "AC", "政令": "CO"}
# A 府令, 省令 or 規則 is type M, then its issuer's eight digits and a three-digit number:
# 食品表示基準 (平成27年内閣府令第10号) is 427M60000002010, 金融商品取引業等に関する内閣府令
# (平成19年内閣府令第52号) 419M60000002052. The issuer's code says which ministry, and
# which side of the 2001 reorganisation (5…: the ministries before it, 6…: after it): a
# 運輸省令 is 50000800 where a 国土交通省令 is 60000800. Only issuers whose code was seen
# paired with a title in e-Gov links or API responses are listed (parser/data/README.md).
ORDINANCE_ISSUERS = {
    "内閣府令": "60000002",
    "大蔵省令": "50000040",
    "建設省令": "50004000",
    "運輸省令": "50000800",
    "労働省令": "50002000",
    "厚生労働省令": "60000100",
    "法務省令": "60000010",
    "個人情報保護委員会規則": "60020000",
}
LAW_NUMBER = re.compile(  # a first year as the notices write it and the parser keeps it: 元年
    rf"^(明治|大正|昭和|平成|令和)(\d+|元)年(法律|政令|{'|'.join(ORDINANCE_ISSUERS)})第(\d+)号$"
)

# The ten digits are the law number zero-padded, except that e-Gov marks a law passed as a
# members' bill in the first two of them: "10" for the House of Representatives, "01" for
# the House of Councillors (宅地建物取引業法 is 327AC1000000176, not 327AC0000000176).
# Every such row is listed here, so a stray digit in any other row still fails.
BILL_ORIGIN = {
    "昭和27年法律第176号": "10",  # 宅地建物取引業法
    "昭和43年法律第78号": "10",  # 消費者基本法
    "昭和58年法律第32号": "10",  # 貸金業法
    "平成14年法律第26号": "01",  # 特定電子メールの送信の適正化等に関する法律
    "平成10年法律第130号": "10",  # 金融庁設置法
    "昭和25年法律第202号": "10",  # 建築士法
    "平成12年法律第149号": "10",  # マンションの管理の適正化の推進に関する法律
    "昭和45年法律第96号": "10",  # 電気工事業の業務の適正化に関する法律
    "昭和58年法律第43号": "10",  # 浄化槽法
    "昭和23年法律第186号": "10",  # 消防法
    "昭和26年法律第249号": "10",  # 森林法
    "昭和49年法律第92号": "10",  # 国土利用計画法
    "昭和43年法律第89号": "10",  # 社会保険労務士法
    "昭和48年法律第105号": "10",  # 動物の愛護及び管理に関する法律
    "昭和27年法律第180号": "10",  # 道路法
}


def derive_egov_id(law_number: str, origin: str = "00") -> str:
    """The e-Gov 法令ID that the rule derives from a normalised law number."""
    m = LAW_NUMBER.fullmatch(law_number)
    assert m, f"not a normalised law number: {law_number!r}"
    era, written, kind, number = m.groups()
    year = "1" if written == "元" else written
    if kind in ORDINANCE_ISSUERS:
        return f"{ERA_DIGITS[era]}{int(year):02d}M{ORDINANCE_ISSUERS[kind]}{int(number):03d}"
    return f"{ERA_DIGITS[era]}{int(year):02d}{TYPE_CODES[kind]}{origin}{int(number):08d}"


def read_lines(name: str) -> list[str]:
    return (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines()


def read_rows(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def split(cell: str) -> list[str]:
    return cell.split("|") if cell else []


STATUTES = read_rows("statutes")
AUTHORITIES = read_rows("authorities")
FORMS = read_rows("org_forms")
TERMS = read_rows("sanction_terms")


def duplicates(values: list[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


# --- every table -----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HEADERS), ids=lambda n: f"{n}.tsv")
def test_header_is_first_line_and_no_comment_lines(name: str) -> None:
    lines = read_lines(name)
    assert lines[0].split("\t") == HEADERS[name]
    assert not [line for line in lines if line.startswith("#")]
    assert all(line for line in lines), "blank line in table"


@pytest.mark.parametrize("name", sorted(HEADERS), ids=lambda n: f"{n}.tsv")
def test_every_row_has_one_cell_per_column(name: str) -> None:
    for line in read_lines(name)[1:]:
        assert len(line.split("\t")) == len(HEADERS[name]), line


@pytest.mark.parametrize("name", sorted(HEADERS), ids=lambda n: f"{n}.tsv")
def test_cells_are_nfkc_clean_and_required_ones_filled(name: str) -> None:
    for row in read_rows(name):
        for column, cell in row.items():
            assert cell == cell.strip(), (column, cell)
            if column != "note":
                assert cell == unicodedata.normalize("NFKC", cell), (column, cell)
                assert not re.search(r"\s", cell), (column, cell)
            if (name, column) not in OPTIONAL:
                assert cell, (column, row)
            if column in ("short_names", "common_names"):
                assert all(split(cell)), f"empty name in {cell!r}"


def test_derivation_rule_examples() -> None:
    assert derive_egov_id("平成15年法律第57号") == "415AC0000000057"
    assert derive_egov_id("昭和37年法律第134号") == "337AC0000000134"
    assert derive_egov_id("令和1年法律第1号") == "501AC0000000001"
    assert derive_egov_id("明治29年法律第89号") == "129AC0000000089"
    assert derive_egov_id("平成15年政令第507号") == "415CO0000000507"
    assert derive_egov_id("昭和27年法律第176号", "10") == "327AC1000000176"
    assert derive_egov_id("平成19年内閣府令第52号") == "419M60000002052"
    assert derive_egov_id("昭和31年運輸省令第44号") == "331M50000800044"
    assert derive_egov_id("平成28年個人情報保護委員会規則第3号") == "428M60020000003"


# --- statutes --------------------------------------------------------------------------


@pytest.mark.parametrize("row", STATUTES, ids=lambda r: r["egov_id"])
def test_statute_law_number_is_normalised(row: dict[str, str]) -> None:
    m = LAW_NUMBER.fullmatch(row["law_number"])
    assert m, row["law_number"]
    era, year, _, number = m.groups()
    assert 1 <= (1 if year == "元" else int(year)) <= ERA_LAST_YEAR[era]
    assert not year.startswith("0") and not number.startswith("0")


@pytest.mark.parametrize("row", STATUTES, ids=lambda r: r["egov_id"])
def test_statute_egov_id_follows_from_law_number(row: dict[str, str]) -> None:
    origin = BILL_ORIGIN.get(row["law_number"], "00")
    assert row["egov_id"] == derive_egov_id(row["law_number"], origin)


def test_members_bill_exceptions_are_laws_in_the_table() -> None:
    numbers = {r["law_number"] for r in STATUTES}
    assert set(BILL_ORIGIN) <= numbers
    assert all("法律" in n for n in BILL_ORIGIN)


@pytest.mark.parametrize("column", ["law_number", "title", "egov_id"])
def test_statute_keys_are_unique(column: str) -> None:
    assert duplicates([r[column] for r in STATUTES]) == []


def test_statute_names_point_to_one_law() -> None:
    names = [r["title"] for r in STATUTES] + [s for r in STATUTES for s in split(r["short_names"])]
    assert duplicates(names) == []


# --- authorities -----------------------------------------------------------------------


def test_authority_names_are_unique_across_names_and_common_names() -> None:
    names = [r["name"] for r in AUTHORITIES]
    names += [c for r in AUTHORITIES for c in split(r["common_names"])]
    assert duplicates(names) == []


@pytest.mark.parametrize("row", AUTHORITIES, ids=lambda r: r["name"])
def test_authority_kind_and_parent(row: dict[str, str]) -> None:
    assert row["kind"] in AUTHORITY_KINDS
    names = {r["name"] for r in AUTHORITIES}
    if row["parent"]:
        assert row["parent"] in names
        assert row["parent"] != row["name"]


def test_authority_parents_form_no_cycle() -> None:
    parent = {r["name"]: r["parent"] for r in AUTHORITIES}
    for name in parent:
        seen = {name}
        while parent[name]:
            name = parent[name]
            assert name not in seen, f"parent cycle through {name}"
            seen.add(name)


def test_prefectural_labour_bureaus_are_all_there() -> None:
    bureaus = [r["name"] for r in AUTHORITIES if r["name"].endswith("労働局")]
    assert len(bureaus) == 47


# --- organisation forms ----------------------------------------------------------------


def test_forms_are_unique() -> None:
    assert duplicates([r["form"] for r in FORMS]) == []


@pytest.mark.parametrize("row", FORMS, ids=lambda r: r["form"])
def test_form_position_and_kind(row: dict[str, str]) -> None:
    assert row["position"] in FORM_POSITIONS
    assert row["kind"] in FORM_KINDS


@pytest.mark.parametrize(
    "form", ["独立行政法人", "国立研究開発法人", "国立大学法人", "地方独立行政法人"]
)
def test_public_law_corporations_are_public_bodies(form: str) -> None:
    assert {r["form"]: r["kind"] for r in FORMS}[form] == "PublicBody"


# --- sanction terms --------------------------------------------------------------------


def test_terms_are_unique() -> None:
    assert duplicates([r["term"] for r in TERMS]) == []


@pytest.mark.parametrize("row", TERMS, ids=lambda r: r["term"])
def test_term_class_is_a_contract_action_class(row: dict[str, str]) -> None:
    assert row["class"] in ACTION_CLASSES


def test_every_contract_class_has_a_term() -> None:
    assert {r["class"] for r in TERMS} == ACTION_CLASSES


def test_sanction_verb_patterns_compile_to_contract_classes() -> None:
    rows = read_rows("sanction_verbs")
    assert read_lines("sanction_verbs")[0] == "pattern\tclass\tnote"
    assert rows
    for row in rows:
        re.compile(row["pattern"])
        assert row["class"] in ACTION_CLASSES, row


LOCAL_STEMS = frozenset({"none", "prefecture", "place", "body"})


@pytest.mark.parametrize("row", read_rows("local_governments"), ids=lambda r: r["suffix"])
def test_local_government_stem(row: dict[str, str]) -> None:
    assert row["stem"] in LOCAL_STEMS


def test_local_government_suffixes_are_unique_and_every_stem_is_used() -> None:
    rows = read_rows("local_governments")
    assert not duplicates([r["suffix"] for r in rows])
    assert {r["stem"] for r in rows} == LOCAL_STEMS


# roles.tsv: the phrasing that marks a role, one row per phrasing, each with an example
ROLE_NAMES = {
    "offenders_heading", "name_label", "not_performed", "to_authority", "former_name",
    "trade_name_label", "imposed_item", "person_sanction",
    "generic_order", "group_addressee", "order_heading", "action_date_label", "action_day_topic",
    "topic_addressee", "subject_addressee", "order_label", "to_industry", "not_ordered", "not_subject", "branch_addressee", "negated", "unnamed_group", "person_licence",
    "ordered_plan", "instructed_report", "order_topic", "business_compound", "basis_label", "court_sanction",
    "credit_line", "guided_status", "retold_action", "basis_told", "basis_beside", "basis_beside_end", "address_after", "address_before", "ordering_client",
    "addressee_catalogue", "trade_name_person", "tally_head", "tally_number",
    "surcharge_column", "none_mark", "concluding", "explained_action", "done_before", "contact_head", "alternative_before",
    "same_body", "first_item", "instruction_line", "basis_heading", "listed_person",
    "unnamed_items", "recipients_named", "recipients_told", "content_label", "content_label_opens", "due_said",
    "label_lead", "label_rest", "next_heading", "due_heading", "title_not_taken",
    "title_to_officer", "surcharge_due_said", "glued_column", "action_column", "sole_trader_mark",
    "each_addressee", "kind_topic", "suspension_period_topic",
    "contents_topic", "shobun_basis", "portions_became", "items_announced", "history_heading",
}  # fmt: skip
ROLE_NAMES |= {"requested_under"}  # a 資料提出要求's provision, no order's basis (first_basis)
ROLE_NAMES |= {"annex_line", "case_name", "unnamed_own_prefecture"}  # session 11, realfix17
ROLE_NAMES |= {"counted_bracket"}
ROLE_NAMES |= {
    "basis_label_lead",
    "group_receiver",
}  # …に基づく命令(業務改善命令) (`beside.py`), actions20  # 損害保険会社3社(A、B、C)に対し (`listed.bracketed_list`)
ROLE_NAMES |= {"bracket_label"}  # 【処分内容】… read as 処分内容: (`normalize.py`), blocks20
ROLE_NAMES |= {"surcharge_part"}  # 課徴金納付命令の概要 naming some (`surcharged.py`), blocks20
ROLE_NAMES |= {
    "found_subject",
    "supervised_party",
}  # 「A及びBが、…ことを確認したため」 (`grouped.py`), groups20
ROLE_NAMES |= {
    "announced_tail",
    "column_header",
}  # …処分としたと発表した: the announcement's day (`retold.py`)


def test_roles_header_and_roles() -> None:
    assert read_lines("roles")[0] == "role\tpattern\texample\tnote"
    assert {r["role"] for r in read_rows("roles")} == ROLE_NAMES


@pytest.mark.parametrize("row", read_rows("roles"), ids=lambda r: f"{r['role']}:{r['example']}")
def test_roles_row_matches_its_example(row: dict[str, str]) -> None:
    assert re.search(row["pattern"], row["example"]), row
    assert row["note"].strip(), "every phrasing says where it is used"


# violation_forms.tsv: the phrasing of violations, one row per phrasing, each with an example
VIOLATION_ROLES = {
    "chain_link", "applying", "sub_item", "after", "lead_in", "named_tail", "listed_wrong",
    "not_a_wrong", "not_a_description", "no_violation_after", "quoted_law", "cause_heading",
    "wrongs_heading", "wrongs_below", "defines_for", "falls_under", "wrong_subject", "ground_after_breach",
    "wrong_tail", "violated_heading", "refers_back", "topic_after", "duty_noun", "goes_on",
    "named_list", "list_below", "not_a_named_wrong", "pointer_subject", "wrongs_column",
    "named_caption", "list_marker", "list_close", "group_of_companies",
    "told_wrong_end", "told_step", "told_done", "group_subject", "each_subject", "person_subject",
    "only_of", "named_list_after", "ground_words", "step_end", "not_against", "row_wrong",
    "violated_label", "made_under", "role_group", "role_named",
    "quoted_wrong", "law_named",
}  # fmt: skip
VIOLATION_ROLES |= {  # the wrongs told in prose (`parser/prosed.py`)
    "prose_breach_close", "prose_clause_end", "prose_joined_end", "prose_done", "prose_lead",
    "prose_subject", "prose_pointer", "prose_forbidden", "reason_as", "wrong_field",
    "wrongs_counted", "not_a_listed_wrong", "reason_clause_end", "prose_pointer_act", "prose_tail",
    "prose_that", "prose_breach_then",
}  # fmt: skip
VIOLATION_ROLES |= {"heading_run_on"}  # a heading's line run on into its facts (`wrongs.py`)
VIOLATION_ROLES |= {"held_wrong"}  # 優良誤認表示に当たるとして (`uncited.py`)
VIOLATION_ROLES |= {"told_wrong", "not_a_told_wrong"}  # …を売買したとして、…命令 (`uncited.py`)
VIOLATION_ROLES |= {"colon_wrong"}  # ・点呼の未実施:同法第17条第1項 (`fielded.py`), blocks20
VIOLATION_ROLES |= {"facts_label"}  # 違反内容⏎…を締結しました。 (`prosed.py`)
VIOLATION_ROLES |= {"breach_told"}  # …販売したのは…法違反に当たるとして (`uncited.py`)
VIOLATION_ROLES |= {
    "told_item",
    "told_items_close",
    "told_items",
    "told_noun_close",
}  # ①…こと、②…ことなど (`itemized.py`)
VIOLATION_ROLES |= {
    "bracket_label",
    "kind_heading",
    "wrong_label",
    "rule_caption",
    "past_for",
}  # (不実告知:法第21条), 違反行為(有利誤認) (`unworded.py`)


def test_violation_forms_header_and_roles() -> None:
    assert read_lines("violation_forms")[0] == "role\tpattern\texample\tnote"
    assert {r["role"] for r in read_rows("violation_forms")} == VIOLATION_ROLES


@pytest.mark.parametrize(
    "row", read_rows("violation_forms"), ids=lambda r: f"{r['role']}:{r['example']}"
)
def test_violation_forms_row_matches_its_example(row: dict[str, str]) -> None:
    assert re.search(row["pattern"], row["example"], re.MULTILINE), row
    assert row["note"].strip(), "every phrasing says where it is used"
    assert not re.search(r"\s", row["pattern"]), "a pattern writes a space as \\x20"


# org_phrases.tsv: the phrasing around organisation names, each row with an example it
# must match and a counter-example it must not
ORG_PHRASE_ROLES = {
    "officer_title", "branch", "business_noun", "name_paren", "reading", "count_alias",
    "list_place", "not_a_name", "security", "received_by", "name_after_quote",
    "financial_name", "placed_name", "company_branch", "dated_addressee", "listed_addressee",
    "not_addressee", "received_topic", "rank_before", "ranked_name",
}  # fmt: skip
ORG_PHRASE_ROLES |= {
    "received_list",
    "received_list_told",
}  # 命令を受けたのはA、BのN社 (`bare_names.py`)
ORG_PHRASE_ROLES |= {"argued_marker", "business_head", "trade_word", "introduced_paren"}
ORG_PHRASE_ROLES |= {"office_after"}  # X・本社営業所 (`bare_names.py`)  # `argued.py`
ORG_PHRASE_ROLES |= {"bulleted_name"}  # ■X・営業所(…県…市) over its sanction (`bare_names.py`)
ORG_PHRASE_ROLES |= {"received_placed"}  # 処分を受けたのは、A(東京)、B(大阪)。 (`bare_names.py`)
ORG_PHRASE_ROLES |= {"facility"}  # 株式会社Xの最終処分場: X's site (`phrases.py`)


def test_org_phrases_header_and_roles() -> None:
    assert read_lines("org_phrases")[0] == "role\tpattern\texample\tcounter\tnote"
    assert {r["role"] for r in read_rows("org_phrases")} == ORG_PHRASE_ROLES


@pytest.mark.parametrize(
    "row", read_rows("org_phrases"), ids=lambda r: f"{r['role']}:{r['example']}"
)
def test_org_phrase_matches_its_example_and_not_its_counter(row: dict[str, str]) -> None:
    assert re.search(row["pattern"], row["example"]), row
    assert not re.search(row["pattern"], row["counter"]), row
    assert row["note"].strip(), "every phrasing says where it is used"


def test_prefectures_are_the_47_with_domains_of_their_own() -> None:
    rows = read_rows("prefectures")
    assert len(rows) == 47
    assert not duplicates([r["name"] for r in rows]) and not duplicates([r["domain"] for r in rows])
    assert all(re.fullmatch(r"(?:pref|metro)\.[a-z]+", r["domain"]) for r in rows)
