"""Write N synthetic enforcement notices for benchmarks and tests.

    python benchmarks/gen_corpus.py 1000 /tmp/corpus [--seed 7]

Fictional companies recur across notices (a few often, most rarely), so repeat
addressees and escalation chains (指導 → 勧告 → 命令) exist; five regulators with their
statutes and sanction kinds; three layouts (.txt, .md, .html); dates in 和暦 with
full-width, half-width or kanji numerals. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import random
from dataclasses import dataclass
from pathlib import Path

HEAD = [
    "あさひ",
    "みどり",
    "ひかり",
    "さくら",
    "つばさ",
    "やまと",
    "しろがね",
    "あおば",
    "こだま",
    "ほしぞら",
    "なぎさ",
    "かえで",
    "いろは",
    "はやて",
    "みなと",
    "すばる",
]
TAIL = [
    "データサービス",
    "ネットワークス",
    "商事",
    "フーズ",
    "システムズ",
    "証券",
    "銀行",
    "物産",
    "ホールディングス",
    "テクノロジー",
    "マーケティング",
    "通販",
    "建設",
    "ファイナンス",
]
KANJI = "〇一二三四五六七八九"


@dataclass(frozen=True)
class Company:
    name: str
    alias: str
    number: str


def corporate_number(rng: random.Random) -> str:
    """12 random digits behind a valid 法人番号 check digit."""
    body = "".join(rng.choice("0123456789") for _ in range(12))
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return f"{9 - total % 9}{body}"


def companies(rng: random.Random, n: int) -> list[Company]:
    made: dict[str, Company] = {}
    while len(made) < n:
        head, tail = rng.choice(HEAD), rng.choice(TAIL)
        core = f"{head}{tail}" if len(made) < len(HEAD) * len(TAIL) else f"{head}{tail}{len(made)}"
        name = f"株式会社{core}" if rng.random() < 0.6 else f"{core}株式会社"
        made.setdefault(name, Company(name, head, corporate_number(rng)))
    return list(made.values())


def numerals(n: int, style: int) -> str:
    if style == 0:
        return str(n)
    if style == 1:
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else KANJI[tens]) + "十" if tens else "") + (
        KANJI[ones] if ones else ""
    )


def wareki(day: dt.date, style: int) -> str:
    y = day.year - 2018
    return f"令和{numerals(y, style)}年{numerals(day.month, style)}月{numerals(day.day, style)}日"


@dataclass(frozen=True)
class Notice:
    title: str
    date: str
    authority: str
    lead: str
    sections: list[tuple[str, list[str]]]


def ppc(rng: random.Random, c: Company, agent: Company, step: int, day: str) -> Notice:
    term, basis = [
        ("指導", "第百四十七条"),
        ("勧告", "第百四十八条第一項"),
        ("命令", "第百四十八条第二項"),
    ][min(step, 2)]
    duty = rng.choice(
        [
            ("第23条", "組織的安全管理措置の不備"),
            ("第25条", "委託先の監督の不備"),
            ("第27条第1項", "本人の同意を得ない個人データの第三者提供"),
        ]
    )
    people = rng.choice(["約3万2千人分", "約928万人分", "1,245人分", "約15万人分"])
    return Notice(
        f"{c.name}に対する個人情報の保護に関する法律に基づく行政上の対応について",
        day,
        "個人情報保護委員会",
        f"個人情報保護委員会（以下「当委員会」という。）は、本日、{c.name}（法人番号　{c.number}。"
        f"以下「{c.alias}」という。）に対し、個人情報の保護に関する法律（平成十五年法律第五十七号。"
        f"以下「法」という。）{basis}の規定に基づく{term}を行った。",
        [
            (
                "事案の概要",
                [
                    f"{c.alias}は、{agent.name}（以下「{agent.alias}社」という。）に個人データの"
                    f"取扱いを委託していたところ、{agent.alias}社の従業者が個人データ{people}を"
                    "不正に持ち出したことにより、漏えいした事案である。"
                ],
            ),
            (
                f"{term}の内容",
                [
                    f"法{duty[0]}の規定違反（{duty[1]}）を是正するために必要な措置をとること。",
                    f"前記の措置の実施状況について、{day}から1か月以内に報告すること。",
                ],
            ),
        ],
    )


def caa(rng: random.Random, c: Company, agent: Company, step: int, day: str) -> Notice:
    del agent, step
    goods = rng.choice(
        ["まいにちすっきり茶", "ぐっすりサプリ", "ひざらくらくゼリー", "みらい美容液"]
    )
    amount = rng.randrange(100, 9000) * 10000
    return Notice(
        f"{c.name}に対する景品表示法に基づく措置命令及び課徴金納付命令について",
        day,
        "消費者庁",
        f"消費者庁は、本日、{c.name}（以下「{c.alias}」といいます。）に対し、同社が供給する「{goods}」"
        "と称する商品に係る表示について、景品表示法に違反する行為（同法第5条第1号（優良誤認）に該当）が"
        "認められたことから、同法第7条第1項の規定に基づく措置命令及び同法第8条第1項の規定に基づく"
        "課徴金納付命令を行いました。",
        [
            ("違反行為者の概要", [f"名称　{c.name}（法人番号　{c.number}）"]),
            ("課徴金納付命令の概要", [f"課徴金額　{amount:,}円", "納付期限　令和8年6月1日"]),
        ],
    )


def fsa(rng: random.Random, c: Company, agent: Company, step: int, day: str) -> Notice:
    del step
    law, art = rng.choice(
        [
            ("銀行法（昭和56年法律第59号）", "第26条第1項"),
            ("金融商品取引法（昭和23年法律第25号）", "第51条"),
        ]
    )
    return Notice(
        f"{c.name}に対する行政処分について",
        day,
        "金融庁",
        f"金融庁は、本日、{c.name}（法人番号：{c.number}。以下「当社」という。）に対し、{law}{art}に"
        "基づき、下記のとおり業務改善命令を発出しました。",
        [
            (
                "処分の理由",
                [
                    f"当社は、委託先である{agent.name}に対する適切な監督を行わないまま、顧客情報を"
                    "取り扱わせていた。"
                ],
            ),
            (
                "処分の内容",
                ["経営責任の所在の明確化", "改善計画を令和8年2月27日までに提出すること"],
            ),
        ],
    )


def jftc(rng: random.Random, c: Company, agent: Company, step: int, day: str) -> Notice:
    del step
    amount = rng.randrange(10, 900) * 1000000
    return Notice(
        f"{c.name}ほか1名に対する排除措置命令及び課徴金納付命令について",
        day,
        "公正取引委員会",
        f"公正取引委員会は、{c.name}及び{agent.name}に対し、私的独占の禁止及び公正取引の確保に関する"
        "法律（昭和22年法律第54号。以下「独占禁止法」という。）第3条（不当な取引制限の禁止）の規定に"
        "違反する行為を行っていたとして、本日、独占禁止法第7条第1項の規定に基づく排除措置命令を行った。",
        [
            ("違反行為の概要", [f"{c.name}及び{agent.name}は、共同して受注予定者を決定していた。"]),
            (
                "課徴金納付命令の概要",
                [
                    f"{c.name}に対し、独占禁止法第7条の2第1項の規定に基づき、"
                    f"課徴金{amount:,}円の納付を命じた。"
                ],
            ),
        ],
    )


REGULATORS = [("ppc", ppc), ("caa", caa), ("fsa", fsa), ("jftc", jftc)]


def render(n: Notice, layout: str) -> str:
    if layout == "md":
        body = [f"# {n.title}", "", n.date, n.authority, "", n.lead, ""]
        for i, (heading, items) in enumerate(n.sections, 1):
            body += (
                [f"## {i}．{heading}", ""] + [f"（{k}）{t}" for k, t in enumerate(items, 1)] + [""]
            )
        return "\n".join([*body, "以上", ""])
    if layout == "html":
        parts = [
            f"<h1>{html.escape(n.title)}</h1>",
            f"<p>{n.date}<br>{n.authority}</p>",
            f"<p>{html.escape(n.lead)}</p>",
        ]
        for i, (heading, items) in enumerate(n.sections, 1):
            parts.append(f"<h2>{i}　{html.escape(heading)}</h2>")
            parts += [f"<p>({k}) {html.escape(t)}</p>" for k, t in enumerate(items, 1)]
        return "<!DOCTYPE html><html><body>" + "\n".join(parts) + "</body></html>\n"
    body = [n.date, n.authority, "", n.title, "", "　" + n.lead, ""]
    for i, (heading, items) in enumerate(n.sections, 1):
        body += [f"{i}　{heading}"] + [f"({k}) {t}" for k, t in enumerate(items, 1)] + [""]
    return "\n".join([*body, "以　上", ""])


def generate(count: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    pool = companies(rng, max(20, count // 4))
    weights = [1 / (i + 1) for i in range(len(pool))]  # a few recur often, most rarely
    steps: dict[str, int] = {}
    out.mkdir(parents=True, exist_ok=True)
    start, span = dt.date(2022, 4, 1), 1300
    written = []
    for i in range(count):
        code, make = REGULATORS[rng.randrange(len(REGULATORS))]
        company, agent = rng.choices(pool, weights)[0], rng.choice(pool)
        if agent == company:
            agent = pool[(pool.index(company) + 1) % len(pool)]
        day = start + dt.timedelta(days=i * span // max(count, 1))
        step = steps.get(company.name, 0)
        steps[company.name] = step + 1
        notice = make(rng, company, agent, step, wareki(day, rng.randrange(3)))
        layout = rng.choice(["txt", "txt", "md", "html"])
        path = out / f"{i:06d}-{code}.{layout}"
        path.write_text(render(notice, layout), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(f"wrote {len(generate(args.count, args.outdir, args.seed))} notices to {args.outdir}")


if __name__ == "__main__":
    main()
