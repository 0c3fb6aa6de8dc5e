"""Forms of the header that pages reproducing a notice take, and of the actions, dates and
deadlines that notices state, one row per form. Every notice here is written for this test
(fictional companies); each row is a form seen on real pages (law firms' columns, news
sites, document-sharing pages, regulators' own press pages)."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.markup import html_to_text
from shobun.parser.model import Notice


def _parse(text: str) -> Notice:
    return parser.parse(text)


HEADERS = [
    (  # a news item: its headline, then a stamp of the day, the weekday and the time
        "けいざい速報\nホーム > 金融\n\n貸金業者に業務改善命令　帳簿の不備で　財務局\n"
        "2019年02月08日(金) 17時05分\n\n"
        "　東海財務局は8日、株式会社ことぶき信販に対し、業務改善命令を出した。\n",
        ("貸金業者に業務改善命令帳簿の不備で財務局", "2019-02-08", "東海財務局"),
    ),
    (  # the same stamped with a clock time and a byline, never part of the headline
        "たびニュース\n\n運輸局、バス会社に行政処分　点呼記録の不備で\n"
        "2021年6月3日 09:15　編集部\n\n"
        "　四国運輸局は6月2日、さくら交通株式会社に事業停止を命じた。\n",
        ("運輸局、バス会社に行政処分点呼記録の不備で", "2021-06-03", "四国運輸局"),
    ),
    (  # a site's line that ends in 。 above the notice's own header
        "すべての機能をご利用いただくにはJavascriptを有効にしてください。\n報道資料\n"
        "令和6年2月2日\n株式会社こもれび通信に対する業務改善命令等\n"
        "総務省は、本日、株式会社こもれび通信に対し、業務の改善を命じました。\n",
        ("株式会社こもれび通信に対する業務改善命令等", "2024-02-02", "総務省"),
    ),
    (  # a law firm's column: its headline and prose, then the notice's own header
        "法務トピックス|企業法務の話題\n\n金融庁がみなづき証券株式会社に対する行政処分について公表\n\n"
        "2023/05/08 金融法務\n2023年4月28日、東海財務局は行政処分を公表しました。本稿で見ていきます。\n"
        "(以下、公表文)\n令和5年4月28日\n東海財務局\n\nみなづき証券株式会社に対する行政処分について\n\n"
        "1.本日、みなづき証券株式会社に対し、業務改善命令を発出した。\n",
        ("みなづき証券株式会社に対する行政処分について", "2023-04-28", "東海財務局"),
    ),
    (  # a document-sharing page: a spaced, cut-off preview, then the header, its title wrapped
        " ".join("連鎖販売業者に対する業務停止命令及び指示について令和2年3月2日中部経済産業局中部経済"
                 "産業局は連鎖販売業者である株式会社あおぞら(本社:名古屋")
        + "\n\nSimilar documents\n" + " ".join("必要な指示をさせることができる(検査)第8条甲は")
        + "\n\nTranscript\n\n令和2年3月2日\n中部経済産業局\n\n連鎖販売業者に対する業務停止命令\n"
        "(6か月)及び指示について\n\n"
        "中部経済産業局は、本日、株式会社あおぞらに対し、業務停止命令を行いました。\n",
        ("連鎖販売業者に対する業務停止命令(6か月)及び指示について", "2020-03-02", "中部経済産業局"),
    ),
    (  # a news site's headline and its posting line with columns, then the notice's title
        "# 行政ニュース|官公庁の発表\n\n[トップ](/) / [経済産業省](/meti) / 2020年06月\n\n"
        "## 経済産業省、ひだまり信販に業務改善命令 苦情処理を怠る\n\n"
        "投稿日:2020年6月5日 | カテゴリ:割賦販売法, 経済産業省\n\n---\n\n"
        "割賦販売法に基づく個別信用購入あっせん業者に対する行政処分を行いました\n\n2020年6月5日\n\n"
        "経済産業省は、本日、ひだまり信販株式会社に対し、業務の改善を命じました。\n",
        ("割賦販売法に基づく個別信用購入あっせん業者に対する行政処分を行いました", "2020-06-05",
         "経済産業省"),
    ),
    (  # a site's marks around its menu and body (サイトメニューここまで, 本文ここから)
        "サイトマップ\n組織について\nサイトメニューここまで\n本文ここから\n"
        "(令和2年7月1日)株式会社ゆうなぎ食品に対する景品表示法に基づく措置命令について\n"
        "令和2年7月1日\n消費者庁\n"
        "消費者庁は、本日、株式会社ゆうなぎ食品に対し、措置命令を行いました。\n",
        ("株式会社ゆうなぎ食品に対する景品表示法に基づく措置命令について", "2020-07-01", "消費者庁"),
    ),
    (  # a news article: its posting time, and a ministry written before the bureau that speaks
        "しまなみ経済ニュース\n\n四国運輸局、タクシー事業者に車両使用停止\n\n2023年9月8日 10:15 配信\n"
        "シェア ポスト\n\n国土交通省四国運輸局は、みさき交通株式会社に対し、処分を行った。\n",
        ("四国運輸局、タクシー事業者に車両使用停止", "2023-09-08", "四国運輸局"),
    ),
    (  # a prefecture named only in the page's contact block
        "令和05年02月10日\n\n産業廃棄物処理業者の許可を取り消しました\n\n"
        "令和5年2月9日、県は、やまびこ環境株式会社の許可を取り消しました。\n"
        "本ページに関する問い合わせ先\n岐阜県 環境生活部 廃棄物対策課 監視係\n電話番号:058-000-0000\n",
        ("産業廃棄物処理業者の許可を取り消しました", "2023-02-10", "岐阜県"),
    ),
    (  # the office that answers, on the line above the title
        "令和5年8月4日\n厚生労働省\n医薬局監視指導・麻薬対策課\n\n"
        "株式会社ひいらぎ製薬に対する医薬品医療機器等法に基づく行政処分について\n\n"
        "厚生労働省は、本日、株式会社ひいらぎ製薬に対し、業務停止命令を行いました。\n",
        ("株式会社ひいらぎ製薬に対する医薬品医療機器等法に基づく行政処分について", "2023-08-04",
         "厚生労働省"),
    ),
    (  # a News Release whose label stands before its date, then its 別添 with another header
        "News Release　　　令和4年9月1日\n消　費　者　庁\n\n特定商取引法に基づく行政処分について\n\n"
        "東北経済産業局は、本日、行政処分を行いました。内容を別添のとおりお知らせします。\n\n"
        "（別添）\n令和4年9月1日\n東北経済産業局\n\n訪問販売業者に対する業務停止命令について\n\n"
        "東北経済産業局は、本日、株式会社はなみずき住設に対し、業務停止を命じました。\n",
        ("特定商取引法に基づく行政処分について", "2022-09-01", "消費者庁"),
    ),
    (  # a blog: its name, a tagline that ends in 。, a date line, then the post's headline
        "みどりの法律メモ\n消費者法の動きを追うブログです。\n\n2021年3月5日 (金)\n\n"
        "静岡県も業務停止命令（特定商取引法）\n\n"
        "昨日、静岡県が、株式会社さざなみ工務に対し、業務停止命令を行いました。\n",
        ("静岡県も業務停止命令(特定商取引法)", "2021-03-05", "静岡県"),
    ),
    (  # a news item dated with slashes, whose lead gives the day alone: 「〇〇県は9日、」
        "まちかど経済\n\n建設業者2社に営業停止　県\n\n2022/11/10\n\n"
        "　長野県は9日、建設業者2社に営業停止を命じた。\n",
        ("建設業者2社に営業停止県", "2022-11-10", "長野県"),
    ),
    (  # a prefecture's page: the 西暦 year in brackets, glued to the page-number line above
        "印刷用ページを表示する ページ番号:0101234 更新日:2023年4月3日更新\n"
        "令和5年（2023年）3月30日\n\n株式会社ささゆり食品に対する食品表示法に基づく指示について\n\n"
        "県は、本日、株式会社ささゆり食品に対し、表示を改めるよう指示しました。\n"
        "問い合わせ先\n山形県 健康福祉部 食品安全課\n",
        ("株式会社ささゆり食品に対する食品表示法に基づく指示について", "2023-03-30", "山形県"),
    ),
    (  # a prefecture's page dated only by its header field 更新日: (no 発表日, no date line)
        "ページ番号:0204567 更新日:2024年9月12日\n\n宅地建物取引業者に対する監督処分について\n\n"
        "千葉県は、本日、株式会社あさひ住販に対し、業務停止処分を行いました。\n",
        ("宅地建物取引業者に対する監督処分について", "2024-09-12", "千葉県"),
    ),
    (  # a blog that copies a release: the day in brackets after the title is its date
        "ブログ村\n\n派遣元事業主に対する労働者派遣事業改善命令について(令和4年2月18日付)\n\n"
        "北海道労働局は、本日、株式会社ゆきどけ人材に対し、改善命令を行った。\n",
        ("派遣元事業主に対する労働者派遣事業改善命令について", "2022-02-18", "北海道労働局"),
    ),
    (  # a law firm's article: its headline wrapped over two lines, then the firm and author
        "経産省、割賦販売業者に対する業務停止命令及び\n業務改善命令\nみなと総合法律事務所\n"
        "弁護士 山 川 花 子\n1\n経済産業省は、令和3年6月4日、株式会社ほのか信販に対し、"
        "業務停止を命じたと公表した。\n",
        ("経産省、割賦販売業者に対する業務停止命令及び業務改善命令", None, "経済産業省"),
    ),
    (  # a news page's <title>: the headline, then | and the site's name
        "外壁塗装業者に業務停止命令 | すまいの窓口ニュース\n\n2024年6月3日\n\n"
        "群馬県は3日、株式会社あかぎ塗装に対し、業務停止を命じた。\n",
        ("外壁塗装業者に業務停止命令", "2024-06-03", "群馬県"),
    ),
    (  # a headline with a category tag, the dotted date and 掲載 on the next line
        "【行政処分】県、塗装業者に業務停止命令\n2024.06.03 掲載\n\n"
        "群馬県は、本日、株式会社あかぎ塗装に対し、業務停止を命じた。\n",
        ("県、塗装業者に業務停止命令", "2024-06-03", "群馬県"),
    ),
    (  # the ministry and its bureau on lines of their own: the bureau speaks
        "令和6年6月3日\n\n株式会社あかぎ無線に対する行政処分について\n\n総務省\n信越総合通信局\n\n"
        "信越総合通信局(局長:山田 太郎)は、本日、株式会社あかぎ無線に対し、業務改善命令を行った。\n",
        ("株式会社あかぎ無線に対する行政処分について", "2024-06-03", "信越総合通信局"),
    ),
    (  # a date line that says 報道発表 after the date
        "2024年06月03日 報道発表\n\n株式会社あかぎ信販に対する行政処分について\n\n"
        "東海財務局は、本日、株式会社あかぎ信販に対し、業務改善命令を行った。\n",
        ("株式会社あかぎ信販に対する行政処分について", "2024-06-03", "東海財務局"),
    ),
    (  # a prefecture's page: header fields, then the title; 県 known only by its mail domain
        "ページ番号:123456\n発表日:2022年9月8日11時\n部局名:県民生活部\n担当者名:山田、川口\n"
        "内線電話番号:1234\nEmail:a1234-05@pref.nagano.lg.jp\n"
        "訪問販売事業者に対する業務停止命令について\n"
        "県は、本日、株式会社やまびこ住建に対し、業務停止を命じました。\n",
        ("訪問販売事業者に対する業務停止命令について", "2022-09-08", "長野県"),
    ),
    (  # a legal-news post: the headline, then its date with the post's tags
        "法務ニュース\nホーム > ニュース\n\n通信販売業者に対する業務停止命令\n"
        "2019/07/12　消費者取引, 特定商取引法, 通信販売\n\n"
        "消費者庁は、株式会社ほしなみ通販に対し、令和元年7月5日、業務停止を命じた。\n",
        ("通信販売業者に対する業務停止命令", "2019-07-12", "消費者庁"),
    ),
    (  # a law firm's post: the date with the author's byline
        "みなみ法律事務所 > 法律情報\n\n親事業者に対する勧告(公正取引委員会)\n"
        "2022/10/05　弁護士　北川 花子\n\n"
        "公正取引委員会は、2022年9月30日、株式会社ほしぞら製菓に対し、勧告を行いました。\n",
        ("親事業者に対する勧告(公正取引委員会)", "2022-10-05", "公正取引委員会"),
    ),
    (  # a reprint site's stamp, then the notice's own line with its day and issuer
        "訪販ニュース\n\n【行政処分】東北経産局、業者に業務停止命令\n\n2024.02.09 掲載 / カテゴリ:特商法\n"
        "訪問販売業者に対する行政処分について\n(令和6年2月7日 東北経済産業局発表)\n"
        "東北経済産業局は、本日、株式会社こがね住設に対し、業務停止を命じました。\n",
        ("訪問販売業者に対する行政処分について", "2024-02-07", "東北経済産業局"),
    ),
    (  # a subtitle fenced by ～ that names the action: no part of the title (PHENOMENA 1.2)
        "2023年5月12日\n経済産業省\n\n割賦販売法に基づく行政処分を行いました\n"
        "～包括信用購入あっせん業者に対する業務改善命令～\n\n"
        "経済産業省は、本日、株式会社ひまわりカードに対し、業務の改善を命じました。\n",
        ("割賦販売法に基づく行政処分を行いました", "2023-05-12", "経済産業省"),
    ),
    (  # a subtitle in ＜＞ on its own line is no breadcrumb's item: the title goes on with it
        # (a 総合通信局 page's <title> and breadcrumb carry it after the headline)
        "報道資料\n令和2年7月8日\n信越総合通信局\n不法無線局に係る行政処分について\n"
        "＜10日間の無線局運用停止処分＞\n"
        "信越総合通信局は、本日、株式会社ゆきぐに運送に対し、無線局の運用停止を命じました。\n",
        ("不法無線局に係る行政処分について<10日間の無線局運用停止処分>", "2020-07-08",
         "信越総合通信局"),
    ),
    (  # a dash-fenced subtitle under a 総合通信局 headline stays out
        "報道資料\n令和2年7月8日\n北陸総合通信局\n電波法違反の無線従事者に対する行政処分\n"
        "－ 株式会社あさひ運輸に対し厳重注意 －\n"
        "北陸総合通信局は、本日、無線従事者2名に対し、従事停止の行政処分を行いました。\n",
        ("電波法違反の無線従事者に対する行政処分", "2020-07-08", "北陸総合通信局"),
    ),
    (  # a subtitle with a date or naming no action stays out
        "2018年08月14日\n東京都\n\n住宅リフォーム業者に業務停止命令\n―点検を装って訪問―\n\n"
        "東京都は、本日、株式会社かすみ住建に対し、業務停止を命じました。\n",
        ("住宅リフォーム業者に業務停止命令", "2018-08-14", "東京都"),
    ),
    (  # a list page: skip-link and print-page lines, dated only by its 更新 stamp
        "ページの先頭です。 メニューを飛ばして本文へ\n"
        "印刷ページ表示 ページ番号：0101010 2022年4月1日更新 建築指導課\n"
        "鳥取県知事が行った宅地建物取引業者に対する監督処分\n"
        "宅地建物取引業法第65条第2項の規定による業務停止の処分について、公告したものを掲載しています。\n",
        ("鳥取県知事が行った宅地建物取引業者に対する監督処分", "2022-04-01", "鳥取県"),
    ),
    (  # a round-up of items, each a mark, its day, its headline and the link to the release
        "◆9月3日 県が「相談窓口」を開設\nhttps://www.example.jp/soudan/\n 相談の受付を始めた。\n\n"
        "◆9月7日 訪問販売業者【あおぞら住設(株)】に対する行政処分 https://www.example.jp/r/0907.pdf\n\n"
        "東北経済産業局は、株式会社あおぞら住設に対し、本日、業務停止を命じました。\n",
        ("訪問販売業者【あおぞら住設(株)】に対する行政処分", None, "東北経済産業局"),
    ),
    (  # skip links, then a breadcrumb trail as a numbered list, then the title on its own
        "ページの先頭です\nページ内を移動するためのリンク\n本文(c)へ\nグローバルナビゲーション(g)へ\n"
        "1. トップ\n2. プレス発表\n3. 原産地を偽って表示した仲卸業者への処分について\n\n"
        "原産地を偽って表示した仲卸業者への処分について\n\n令和6年6月11日\n東京都中央卸売市場\n\n"
        "令和6年5月7日に、食品表示法違反で指示を受けた仲卸業者に対し、本日行政処分を"
        "行いましたので、お知らせします。\n",
        ("原産地を偽って表示した仲卸業者への処分について", "2024-06-11", "東京都中央卸売市場"),
    ),
    (  # a title whose company's name begins with 第一, under a sharing site's headline
        "第一ひかり運輸(株)に対する事業改善命令について - 架空航空局\n令和6年3月4日\n大阪航空局\n"
        "第一ひかり運輸(株)に対する事業改善命令について\n立入検査を行った結果、記録の改ざんが"
        "明らかになったことから、本日、同社に対し事業改善命令を行いましたので、お知らせします。\n",
        ("第一ひかり運輸(株)に対する事業改善命令について", "2024-03-04", "大阪航空局"),
    ),
    (  # the ministry's own bureau named after its ministry, then by itself
        "2024年11月16日\nあさかぜエアに航空局が書面で厳重注意\n国土交通省航空局は11月16日、あさかぜエア"
        "株式会社に対し、書面で厳重注意を行った。航空局によると、資格要件を満たさない者を選任していた。\n",
        ("あさかぜエアに航空局が書面で厳重注意", "2024-11-16", "国土交通省航空局"),
    ),
    (  # a news site's headline with its source after ~, then the site's menu lines
        "2031年11月05日( 火 )\n\n架空県のバス事業者、95日間の事業停止処分~架空運輸局\n\n記事を保存する\n\n"
        "保存した記事はマイページからいつでも閲覧いただけます。\n\n 架空運輸局は2月4日、架空県の"
        "バス事業者に対し、同日から95日間の事業停止処分を行った。\n",
        ("架空県のバス事業者、95日間の事業停止処分~架空運輸局", "2031-11-05", None),
    ),
    (  # a news headline ending in a count, then the lead with its day: no wrapped line
        "2031年4月30日\n消費者庁、3月の措置件数を公表 あけぼの物産など措置命令3件\n消費者庁は本日、景品表示法に"
        "基づく法的措置件数の推移を発表した。\n",
        ("消費者庁、3月の措置件数を公表あけぼの物産など措置命令3件", "2031-04-30", "消費者庁"),
    ),
    (  # the page's own trail gives the headline with its dash-fenced subtitle: so is the title
        "総務省トップ > 組織案内 > 北陸総合通信局 > 報道資料 > 電波法違反の無線局に対する行政処分 "
        "−無線局の運用停止処分−\n報道資料\n令和3年1月25日\n北陸総合通信局\n"
        "電波法違反の無線局に対する行政処分\n−無線局の運用停止処分−\n"
        "北陸総合通信局は、株式会社あさひ運輸に対し、無線局の運用停止の行政処分を行いました。\n",
        ("電波法違反の無線局に対する行政処分−無線局の運用停止処分−", "2021-01-25", "北陸総合通信局"),
    ),
    (  # a mirror's trail with ≫ between its items is no title
        "官公庁ニュース\nホーム ≫ 総務省 ≫ 株式会社あさなぎ通信への指導\n報道資料\n令和4年3月25日\n"
        "総務省\n株式会社あさなぎ通信への指導\n総務省は、本日、株式会社あさなぎ通信に対し、"
        "指導しました。\n",
        ("株式会社あさなぎ通信への指導", "2022-03-25", "総務省"),
    ),
    (  # a forum thread's comment counter under its title is no part of it
        "【通信】あさなぎ通信に業務改善命令 総務省 [3/25]\n12コメント\n"
        "1 :名無しさん:22/03/25(金) 18:02:11.55 ID:abc\n総務省は、本日、株式会社あさなぎ通信に"
        "対し、業務改善命令を行いました。\n",
        ("【通信】あさなぎ通信に業務改善命令総務省[3/25]", "2022-03-25", "総務省"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    HEADERS,
    ids=[
        "news-stamp-with-weekday-and-time",
        "news-stamp-with-clock-and-byline",
        "site-sentence-above-the-header",
        "law-firm-column-then-the-notice",
        "document-sharing-preview-then-wrapped-title",
        "news-headline-and-posting-columns",
        "site-menu-and-body-marks",
        "news-posting-time-and-bureau-after-ministry",
        "prefecture-in-the-contact-block",
        "office-line-above-the-title",
        "news-release-label-before-its-date-and-its-annex",
        "blog-tagline-ending-in-a-full-stop",
        "slashed-date-and-a-day-in-the-lead",
        "western-year-in-brackets-below-the-page-number",
        "prefecture-page-dated-only-by-its-koushinbi-field",
        "day-in-brackets-after-the-title",
        "wrapped-headline-then-the-firm-and-its-author",
        "page-title-then-bar-and-site-name",
        "category-tag-then-dotted-date-and-keisai",
        "ministry-and-bureau-on-lines-of-their-own",
        "date-line-saying-houdou-happyou",
        "header-fields-and-a-prefecture-known-by-its-mail-domain",
        "legal-news-date-with-the-post-s-tags",
        "law-firm-post-date-with-the-author-s-byline",
        "reprint-stamp-then-the-notice-s-dated-issuer-line",
        "fenced-subtitle-naming-the-action",
        "subtitle-in-angle-brackets-is-no-breadcrumb-the-title-goes-on-with-it",
        "dash-fenced-subtitle-stays-out",
        "subtitle-naming-no-action-stays-out",
        "list-page-dated-by-its-update-stamp",
        "round-up-item-with-its-day-and-link",
        "skip-links-and-a-numbered-breadcrumb-trail-a-market-speaks",
        "a-title-whose-name-begins-with-dai-ichi",
        "the-ministrys-own-bureau-koku-kyoku",
        "a-headline-then-the-sites-save-this-article-menu",
        "a-headline-ending-in-a-count-then-a-dated-lead",
        "the-pages-own-trail-gives-the-dash-subtitle",
        "a-mirrors-trail-with-much-greater-than-signs",
        "a-forums-comment-counter-under-the-title",
    ],
)
def test_header(text: str, expected: tuple[str, str | None, str]) -> None:
    n = _parse(text)
    issued = n.issued.iso() if n.issued else None
    assert (n.title_text, issued, n.issued_by) == expected


def _actions(n: Notice) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        ((a.kind, a.addressee, a.date.iso() if a.date else None) for a in n.actions), key=str
    )


GROUP = (
    "令和6年12月6日\n総務省\n\n報告の誤りに関する行政指導\n\n"
    "総務省は、本日、株式会社あかね通信(代表取締役 赤根太郎、本社 東京都)(以下「あかね」といいます。)、"
    "株式会社しらかば電設(代表取締役 白樺次郎)(以下「しらかば」といいます。)及び株式会社くぬぎネット"
    "(以下「くぬぎ」といいます。)に対し、報告の正確性の確保について指導を行いました。\n"
    "1 指導の内容\nこのため、総務省は、3社に対し、再発防止の観点から注意を行いました。\n"
)

ACTIONS = [
    (  # names with two parentheticals each, coordinated; then the group named by its count
        GROUP,
        [(kind, who, "2024-12-06") for kind in ("Caution", "Guidance")
         for who in ("株式会社あかね通信", "株式会社くぬぎネット", "株式会社しらかば電設")],
    ),
    (  # a count that does not agree with those named before points at no one
        GROUP.replace("3社に対し", "2社に対し"),
        [("Caution", None, "2024-12-06")]
        + [("Guidance", who, "2024-12-06")
           for who in ("株式会社あかね通信", "株式会社くぬぎネット", "株式会社しらかば電設")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ACTIONS,
    ids=["coordinated-names-then-a-group-by-its-count", "a-count-that-disagrees-names-no-one"],
)
def test_actions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _actions(_parse(text)) == sorted(expected, key=str)


def _facts(n: Notice) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted(
        (
            (
                a.kind,
                a.addressee,
                f"{a.legal_basis.article}/{a.legal_basis.paragraph}" if a.legal_basis else None,
                a.date.iso() if a.date else None,
                a.deadline.iso() if a.deadline else None,
            )
            for a in n.actions
        ),
        key=str,
    )


HEAD = "令和6年3月1日\n東北農政局\n\n食品表示法に基づく指示について\n\n"
FACTS = [
    (  # the end of a period (AからBにかけて) dates no inspection
        HEAD + "東北農政局は、令和5年11月から令和6年1月にかけて、株式会社ゆきむろ食品に対し"
        "立入検査を実施しました。\n",
        [("OnSiteInspection", "株式会社ゆきむろ食品", None, None, None)],
    ),
    (  # an instruction told as …等を指示しました
        HEAD + "東北農政局は、本日、株式会社ゆきむろ食品に対し、表示の是正のほか、"
        "再発防止対策の実施等を指示しました。\n",
        [("Order", "株式会社ゆきむろ食品", None, "2024-03-01", None)],
    ),
    (  # a report the authority demanded in the past, named by 「…に基づき求めた報告」
        HEAD + "株式会社ゆきむろ食品は、当局が食品表示法第15条第1項に基づき求めた報告においても、"
        "事実と異なる報告を行っていた。\n",
        [("ReportRequest", "株式会社ゆきむろ食品", "15/1", None, None)],
    ),
    (  # 「次の措置を講ずるよう命じ」: the items below it give the order its deadline
        "令和6年3月1日\n総務省\n\n株式会社みずなら通信に対する業務改善命令\n\n"
        "総務省は、本日、株式会社みずなら通信に対し、電気通信事業法第29条第1項の規定に基づき、"
        "業務の方法の改善その他の措置を講ずるよう命じました。\n1 事案の概要\n通信履歴が漏えいした。\n2 法に基づく措置\n"
        "このため、総務省は、株式会社みずなら通信に対し、次の措置を講ずるよう命じました。\n"
        "アクセス管理を徹底すること。\n上記の措置の実施状況を、令和6年4月1日までに総務省に報告すること。\n",
        [("BusinessImprovementOrder", "株式会社みずなら通信", "29/1", "2024-03-01", "2024-04-01")],
    ),
    (  # a suspension written 営業の停止命令 (建設業法)
        "令和6年3月1日\n東北地方整備局\n\n建設業者に対する監督処分について\n\n"
        "東北地方整備局は、本日、株式会社あけび建設に対し、建設業法第28条第3項の規定に基づく"
        "営業の停止命令を行った。\n",
        [("BusinessSuspensionOrder", "株式会社あけび建設", "28/3", "2024-03-01", None)],
    ),
    (  # two labelled sanctions in one section: the report due belongs to the second only
        "令和6年3月1日\n大阪府\n\n宅地建物取引業者に対する行政処分について\n\n"
        "大阪府は、本日、下記の宅地建物取引業者に対し行政処分を行いました。\n記\n1 被処分者\n"
        "商号又は名称 株式会社すずかけ住宅\n2 処分の内容\n業務停止処分(法第65条第2項)\n"
        "令和6年3月15日から令和6年4月13日までの30日間、業務の全部を停止する。\n"
        "指示処分(法第65条第1項)\n(1)全ての事務所において点検を行うこと。\n"
        "(2)上記(1)の結果を、令和6年5月10日までに大阪府知事あて文書で報告すること。\n",
        [("BusinessSuspensionOrder", "株式会社すずかけ住宅", "65/2", "2024-03-01", None),
         ("Order", "株式会社すずかけ住宅", "65/1", "2024-03-01", "2024-05-10")],
    ),
    (  # a sanction announced, repeated as a label line, set out in a section of its own
        "令和6年3月1日\n東京労働局\n\n派遣元事業主に対する労働者派遣事業改善命令について\n\n"
        "東京労働局は、本日、株式会社くすのきスタッフに対し、労働者派遣法第49条第1項に基づく"
        "労働者派遣事業改善命令を行った。\n第1 被処分派遣元事業主\n名称 株式会社くすのきスタッフ\n"
        "処分内容 労働者派遣法第49条第1項に基づく労働者派遣事業改善命令\n"
        "第2 労働者派遣事業改善命令の内容\n(1)法令遵守の責任体制を整備すること。\n"
        "(2)上記(1)に基づいて講じた措置について、令和6年3月29日までに報告すること。\n",
        [("BusinessImprovementOrder", "株式会社くすのきスタッフ", "49/1", "2024-03-01",
          "2024-03-29")],
    ),
    (  # 「以下の事項を指示しました」, its numbered items restarting as sections of their own
        "平成29年3月1日\n東北農政局\n\n食品表示法違反に係る指示について(2事業者)\n\n"
        "東北農政局は、本日、以下の2事業者に対し、食品表示法第6条第1項の規定に基づき、表示の是正等を"
        "指示しました。\n1. 事業者の概要\n(1) 有限会社ささがわ水産\n(2) 株式会社あおね屋\n"
        "2. 違反の内容\n両事業者は、原産地を事実と異なる表示をしていた。\n3. 指示の内容\n"
        "両事業者に対し、以下の事項を指示しました。\n1. 表示の点検を行うこと。\n"
        "2. 原因の究明を徹底すること。\n3. 再発防止対策を実施すること。\n"
        "4. 上記1から3までに基づき講じた措置について、平成29年3月31日までに報告すること。\n"
        "4. 経緯\n東北農政局は、両事業者に対し立入検査を実施しました。\n",
        [("OnSiteInspection", w, None, None, None) for w in ("有限会社ささがわ水産", "株式会社あおね屋")]
        + [("Order", w, "6/1", "2017-03-01", "2017-03-31")
           for w in ("有限会社ささがわ水産", "株式会社あおね屋")],
    ),
    (  # a section headed 指示の内容 gives the instruction, not the suspension, its deadline
        "2018年08月14日\n生活文化局\n\n訪問販売事業者に業務停止命令(3か月)\n\n"
        "東京都は、株式会社ひのき住設に対し、本日、特定商取引法第8条第1項に基づき、業務の一部を"
        "3か月間停止するよう命じるとともに、同法第7条第1項に基づき、再発防止策を講ずることなどを"
        "指示しました。\n1 業務の一部停止命令の内容\n平成30年8月15日から平成30年11月14日までの間、"
        "訪問販売に関する業務を停止すること。\n2 指示の内容\n(1)再発防止策を講ずること。\n"
        "(2)前記(1)に基づき講じた措置について、平成30年9月14日までに東京都知事あてに文書で報告すること。\n",
        [("BusinessSuspensionOrder", "株式会社ひのき住設", "8/1", "2018-08-14", None),
         ("Order", "株式会社ひのき住設", "7/1", "2018-08-14", "2018-09-14")],
    ),
    (  # one action per section, each with its company and day in the cells of its table
        "発表日:令和5年11月20日\n栃木県県土整備部監理課\n\n建設業者に対する監督処分について\n\n"
        "建設業法に違反した建設業者に対して、次のとおり監督処分を行いました。\n\n1 営業停止処分\n"
        "商号又は名称 | 株式会社なすの組 |\n---|---|\n"
        "処分内容 | 法第28条第3項の規定により、令和5年12月4日から令和5年12月18日まで営業の全部を停止する。 |\n"
        "処分日 | 令和5年11月20日 |\n\n2 指示処分\n商号又は名称 | 有限会社きぬ設備 |\n"
        "処分内容 | 法第28条第1項の規定により、次の事項を指示する。(1)社内研修を実施すること。"
        "(2)令和5年12月20日までに報告すること。 |\n処分日 | 令和5年11月20日 |\n\n"
        "(参考)営業停止処分については、法第29条の5第1項の規定に基づき、県報に公告します。\n",
        [("BusinessSuspensionOrder", "株式会社なすの組", "28/3", "2023-11-20", None),
         ("Order", "有限会社きぬ設備", "28/1", "2023-11-20", "2023-12-20")],
    ),
    (  # a title that says it revoked, and the revocations as label lines with their basis
        "令和06年03月15日\n\n産業廃棄物処理業者の許可を取り消しました\n\n"
        "令和6年3月14日、廃棄物の処理及び清掃に関する法律(以下「法」という。)の規定に基づき、"
        "産業廃棄物処理業者に対し、次のとおり行政処分を行いました。\n1 行政処分を受けた者\n"
        "株式会社ひがた環境(代表取締役 干潟一)\n2 行政処分の内容\n"
        "産業廃棄物収集運搬業の許可の取消し(法第14条の3の2第1項)\n"
        "産業廃棄物処分業の許可の取消し(法第14条の3の2第1項)\n",
        [("RegistrationRevocation", "株式会社ひがた環境", "14の3の2/1", "2024-03-14", None)],
    ),
    (  # two sections, each listing its own 処分を受けた者 beside 処分の内容; an inspection
        # told of one company as the topic of its sentence (「Aについては、…立入検査により」)
        "平成26年7月18日\n福岡県商工部中小企業振興課\n\n貸金業者に対する行政処分について\n\n"
        "福岡県は、本日、下記の貸金業者に対し、貸金業法に基づく行政処分を行いました。\n記\n"
        "1 業務停止命令\n(1)処分を受けた者\n商号 株式会社いとしま信販\n(2)処分の内容\n"
        "法第24条の6の4第1項の規定に基づき、平成26年7月22日から同年8月20日までの30日間、"
        "貸金業の業務の全部を停止すること。\n2 登録の取消し\n(1)処分を受けた者\n"
        "商号 有限会社けやきファイナンス\n(2)処分の内容\n"
        "法第24条の6の6第1項第1号の規定に基づき、貸金業の登録を取り消す。\n3 その他\n"
        "株式会社いとしま信販については、平成26年3月に県が実施した立入検査により、"
        "違反が判明したものです。\n",
        [("BusinessSuspensionOrder", "株式会社いとしま信販", "24の6の4/1", "2014-07-18", None),
         ("OnSiteInspection", "株式会社いとしま信販", None, "2014-03", None),
         ("RegistrationRevocation", "有限会社けやきファイナンス", "24の6の6/1", "2014-07-18", None)],
    ),
    (  # a two-column table flattened into lines: each action's label below its company,
        # 指示 as a label, the paragraph from each company's reasons (…に該当する)
        "令和6年8月29日\n国土交通省北陸地方整備局\n\n宅地建物取引業者に対する監督処分について\n\n"
        "北陸地方整備局は、本日、宅地建物取引業法に違反した次の宅地建物取引業者に対し、"
        "同法第65条の規定に基づく監督処分を行いました。\n1.処分の概要\n商号又は名称 免許番号\n"
        "処分の内容 処分年月日\n株式会社ほくりく不動産販売            国土交通大臣（２）\n第1111号\n"
        "業務停止(20日間)            令和6年8月29日\n令和6年9月5日から同月24日まで\n株式会社えちご不動産販売    "
        "        国土交通大臣（１）\n第2222号\n指示            令和6年8月29日\n2.処分の理由\n"
        "(1)株式会社ほくりく不動産販売\n同社は、重要事項の説明をさせていなかった。これは、"
        "法第65条第2項第2号に該当する。\n(2)株式会社えちご不動産販売\n同社は、書面を交付していなかった。"
        "これは、法第65条第1項に該当する。\n3.指示の内容(株式会社えちご不動産販売)\n"
        "(1)従業者に研修を行うこと。\n(2)上記(1)の結果を、令和6年10月31日までに報告すること。\n",
        [("BusinessSuspensionOrder", "株式会社ほくりく不動産販売", "65/2", "2024-08-29", None),
         ("Order", "株式会社えちご不動産販売", "65/1", "2024-08-29", "2024-10-31")],
    ),
    (  # a 注意喚起 to a whole trade, in the lead and as a heading, is no action on the company
        "令和6年12月18日\n個人情報保護委員会\n\n漏えい事案を踏まえた注意喚起及び株式会社そよかぜ住販に対する"
        "指導について\n\n個人情報保護委員会は、本日、株式会社そよかぜ住販に対し、指導を行いました。\n"
        "また、不動産仲介業を営む個人情報取扱事業者に対し、別添のとおり注意喚起を行いました。\n"
        "1 不動産仲介業を営む個人情報取扱事業者に対する注意喚起\n別添のとおりです。\n",
        [("Guidance", "株式会社そよかぜ住販", None, "2024-12-18", None)],
    ),
    (  # one of the group the lead orders to pay is spared the surcharge (課徴金減免)
        "令和7年2月20日\n公正取引委員会\n\n製造販売業者に対する排除措置命令及び課徴金納付命令について\n\n"
        "公正取引委員会は、本日、株式会社しおかぜ工業及び有限会社なぎさ機工(以下「2社」という。)に対し、"
        "独占禁止法第7条第2項の規定に基づく排除措置命令及び同法第7条の2第1項の規定に基づく課徴金納付命令を"
        "行った。\n(注)有限会社なぎさ機工については、独占禁止法第7条の4第1項の規定により、"
        "課徴金の納付を命じていない。\n",
        [("CeaseAndDesistOrder", w, "7/2", "2025-02-20", None)
         for w in ("株式会社しおかぜ工業", "有限会社なぎさ機工")]
        + [("SurchargeOrder", "株式会社しおかぜ工業", "7の2/1", "2025-02-20", None)],
    ),
    (  # an undated lead by the issuer is the notice's day; an order received before keeps its own
        "平成27年5月15日\n岐阜労働局\n\n事業停止命令に違反した事業主をさらに事業停止処分\n\n"
        "岐阜労働局(局長 山田一郎)は、労働者派遣事業停止命令に違反した派遣元事業主に対し、"
        "再度、労働者派遣事業停止命令を行った。\n第1 処分を受けた事業主\n名称 株式会社みのわ技研\n"
        "第2 処分理由\n株式会社みのわ技研は、平成26年8月8日、岐阜労働局長より、労働者派遣法第21条第2項に"
        "基づき、労働者派遣事業の停止を命令され、労働者派遣事業を行ってはならなかった。\n",
        [("BusinessSuspensionOrder", "株式会社みのわ技研", "21/2", "2014-08-08", None),
         ("BusinessSuspensionOrder", "株式会社みのわ技研", None, "2015-05-15", None)],
    ),
    (  # a prefecture's own orders to the same company, told in the bureau's notice
        "令和7年3月25日\n九州経済産業局\n\n訪問販売業者に対する行政処分について\n\n"
        "九州経済産業局は、本日、株式会社ありあけ住設に対し、特定商取引法第8条第1項の規定に基づき、"
        "業務の一部を3か月間停止するよう命じました。\n本件は、九州経済産業局と佐賀県が連携して調査を行い、"
        "佐賀県も令和7年3月25日付けで株式会社ありあけ住設に対する特定商取引法に基づく業務停止命令(3か月)"
        "及び指示を行いました。\n",
        [("BusinessSuspensionOrder", "株式会社ありあけ住設", "8/1", "2025-03-25", None),
         ("BusinessSuspensionOrder", "株式会社ありあけ住設", None, "2025-03-25", None),
         ("Order", "株式会社ありあけ住設", None, "2025-03-25", None)],
    ),
    (  # a report recounted in a section's opening sentence takes no deadline from the
        # subsection that sets out another order
        "平成18年10月27日\n金融庁\n\nしらさぎ生命保険相互会社等に対する行政処分について\n\n"
        "I.しらさぎ生命保険相互会社(以下、「当社」という。)については、当庁の検査の結果、並びに当庁が"
        "保険業法第128条第1項に基づき求めた、過去5年分の支払状況に係る報告によると、以下のとおり、"
        "法令違反が確認された。\n1.保険金の支払漏れが認められた。\n2.虚偽告知が認められた。\n"
        "このため、本日、当社に対し、以下の行政処分を行った。\n"
        "(1)保険業法第133条に基づく業務の一部停止命令\n"
        "新規の保険契約の締結に係る業務を停止すること(平成18年11月1日から平成18年11月30日まで)。\n"
        "(2)保険業法第132条第1項に基づく業務改善命令\nア 経営責任の明確化を図ること。\n"
        "イ 支払管理態勢を見直すこと。\n"
        "ウ 上記ア及びイに係る業務改善計画を平成18年12月15日までに提出すること。\n",
        [("BusinessImprovementOrder", "しらさぎ生命保険相互会社", "132/1", "2006-10-27", "2006-12-15"),
         ("BusinessSuspensionOrder", "しらさぎ生命保険相互会社", "133/None", "2006-10-27", None),
         ("ReportRequest", "しらさぎ生命保険相互会社", "128/1", None, None)],
    ),
    (  # a past action dated by a year alone is neither that year's nor today's
        "令和7年6月24日\n公正取引委員会\n\n株式会社ゆうづき食品に対する勧告について\n\n"
        "公正取引委員会は、本日、株式会社ゆうづき食品に対し、下請法第7条第2項の規定に基づき勧告を行った。\n"
        "公正取引委員会は、平成30年にも、株式会社ゆうづき食品に対し、下請代金の減額について"
        "是正等を求める指導を行っている。\n",
        [("Guidance", "株式会社ゆうづき食品", None, None, None),
         ("Recommendation", "株式会社ゆうづき食品", "7/2", "2025-06-24", None)],
    ),
    (  # a radio station's 運用停止 announced by a bureau after its ministry, its basis in a
        # section 行政処分の根拠
        "令和3年1月25日\n東海総合通信局\n\n電波法違反の無線局に対する行政処分\n\n"
        "総務省東海総合通信局(局長:山田一郎)は、電波法に違反した下記の無線局の免許人に対し、"
        "無線局の運用停止の行政処分を行いました。\n1 行政処分の内容\n被処分者 株式会社やはぎ警備保障\n"
        "簡易無線局3局の運用を30日間停止\n2 行政処分の根拠\n"
        "無線局の運用停止処分は、電波法第76条第1項の規定に基づくものです。\n",
        [("Order", "株式会社やはぎ警備保障", "76/1", "2021-01-25", None)],
    ),
    (  # a wire story: 業務の停止を命令した is a suspension, not a plain order
        "令和6年3月1日\n近畿財務局\n\n貸金業者に対する行政処分について\n\n"
        "近畿財務局は、本日、貸金業者のさくら信販株式会社(大阪市)に対し、貸金業法第24条の6の4に基づき"
        "業務の停止を命令した。\n",
        [("BusinessSuspensionOrder", "さくら信販株式会社", "24の6の4/None", "2024-03-01", None)],
    ),
    (  # a news story: 業務停止命令を出した is performed, to the counted companies named after
        "令和6年3月1日\n東北経済産業局\n\n電話勧誘販売業者2社に業務停止命令\n\n"
        "東北経済産業局は、本日、教材を電話で売り込んでいた2社に対し、特定商取引法第23条第1項の規定に"
        "基づき、3か月間の業務停止命令を出した。\n命令の対象は、株式会社あさぎり教材(宮城県)、"
        "株式会社ほたる学習社(山形県)の2社。\n",
        [("BusinessSuspensionOrder", who, "23/1", "2024-03-01", None)
         for who in ("株式会社あさぎり教材", "株式会社ほたる学習社")],
    ),
    (  # 地方整備局: 「…第28条第3項の規定に基づき、営業停止の処分を行いました」
        "令和6年3月1日\n中部地方整備局\n\n建設業者に対する監督処分について\n\n"
        "中部地方整備局は、本日、株式会社みやま建工に対し、建設業法第28条第3項の規定に基づき、"
        "営業停止の処分を行いました。\n",
        [("BusinessSuspensionOrder", "株式会社みやま建工", "28/3", "2024-03-01", None)],
    ),
    (  # 市: 「…第14条の3第1号の規定に基づき、事業の全部停止(30日間)の処分を行いました」
        "令和6年3月1日\n川崎市\n\n産業廃棄物収集運搬業者に対する行政処分について\n\n"
        "川崎市は、本日、株式会社たまがわ環境に対し、廃棄物の処理及び清掃に関する法律第14条の3第1号の"
        "規定に基づき、事業の全部停止(30日間)の処分を行いました。\n",
        [("BusinessSuspensionOrder", "株式会社たまがわ環境", "14の3/None", "2024-03-01", None)],
    ),
    (  # a news story writes 立入検査 with its okurigana: 立ち入り検査をしたところ
        "令和6年3月1日\n東京都\n\n貸金業者に対する行政処分について\n\n"
        "東京都は、本日、株式会社ききょう金融の登録を取り消した。苦情が寄せられたため、都が株式会社"
        "ききょう金融に立ち入り検査をしたところ、帳簿を備え付けていないことが分かった。\n",
        [("RegistrationRevocation", "株式会社ききょう金融", None, "2024-03-01", None),
         ("OnSiteInspection", "株式会社ききょう金融", None, None, None)],
    ),
    (  # a PDF's line ends inside brackets after 。 (…第54号。\n以下「…」という。)): the
        # sentence, and its date, go on into the next line
        "令和6年3月1日\n中部地方整備局\n\n建設業者に対する監督処分について\n\n"
        "中部地方整備局は、本日、株式会社みやま建工に対し、建設業法第28条第3項の規定に基づき、"
        "営業停止の処分を行いました。\n3.処分の理由\n公正取引委員会は、令和5年12月15日、株式会社"
        "みやま建工に対し、私的独占の禁止及び公正取引の確保に関する法律(昭和22年法律第54号。\n"
        "以下「独占禁止法」という。)第7条第2項の規定に基づく排除措置命令を行った。\n",
        [("BusinessSuspensionOrder", "株式会社みやま建工", "28/3", "2024-03-01", None),
         ("CeaseAndDesistOrder", "株式会社みやま建工", "7/2", "2023-12-15", None)],
    ),
    (  # a news story: 「…に立ち入り検査に入り」 is an inspection made; 「口頭で指導してきました」
        # tells a practice, not an action
        "令和6年5月17日\n高知県\n\n食肉販売業者に対する指示について\n\n"
        "県は、本日、株式会社やまびこ精肉に対し、食品表示法第6条第1項の規定に基づき指示を行いました。"
        "県が株式会社やまびこ精肉に立ち入り検査に入り、表示の誤りが分かりました。\n"
        "表示の誤りには、これまで県が口頭で指導してきましたが、指示は今回が初めてです。\n",
        [("Order", "株式会社やまびこ精肉", "6/1", "2024-05-17", None),
         ("OnSiteInspection", "株式会社やまびこ精肉", None, None, None)],
    ),
    (  # a wire story: 「Aには、…業務を5月7日から5日間停止するよう命じた」, and an order passive
        # (「Bに対し、…業務改善命令が出された」)
        "令和6年3月1日\n関東財務局\n\n貸金業者2社に行政処分\n\n"
        "本日、株式会社すずらん商事に対し、貸金業法第24条の6の3に基づく業務改善命令が"
        "出された。\nあやめ信販株式会社には、同法第24条の6の4第1項に基づき、本店の業務を5月7日から5日間"
        "停止するよう命じた。\n",
        [("BusinessImprovementOrder", "株式会社すずらん商事", "24の6の3/None", "2024-03-01", None),
         ("BusinessSuspensionOrder", "あやめ信販株式会社", "24の6の4/1", "2024-03-01", None)],
    ),
    (  # 「…の規定に基づき、…を報告するよう2社に求め」: the addressees between よう and 求め
        "令和6年7月1日\n総務省\n\n電気通信事業者2社に対する指導\n\n"
        "株式会社あけぼの通信及びこだま回線株式会社(以下「2社」という。)から事故の報告がありました。\n"
        "総務省は、令和6年5月10日、電気通信事業法第166条第1項の規定に基づき、事案の経過を報告するよう"
        "2社に求めました。\n",
        [("ReportRequest", who, "166/1", "2024-05-10", None)
         for who in ("株式会社あけぼの通信", "こだま回線株式会社")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    FACTS,
    ids=[
        "period-end-dates-no-inspection",
        "instruction-told-as-tou-wo-shiji",
        "report-demanded-in-the-past",
        "items-below-tsugi-no-sochi-give-the-deadline",
        "eigyo-no-teishi-meirei",
        "two-labels-in-one-section-each-its-own-block",
        "label-repeating-the-lead-lends-no-heading",
        "items-restarting-the-numbering-after-the-lead",
        "section-headed-shiji-no-naiyou",
        "one-action-per-section-company-and-day-in-its-cells",
        "revocations-as-label-lines-below-a-title-that-revoked",
        "each-section-its-own-list-and-a-topic-inspected",
        "two-column-table-flattened-labels-under-their-companies",
        "caution-to-a-whole-trade-is-no-action",
        "one-of-the-group-spared-the-surcharge",
        "undated-lead-and-an-order-received-before",
        "another-bodys-orders-to-the-same-company",
        "a-recounted-report-takes-no-deadline-of-another-order",
        "a-past-action-dated-by-a-year-alone",
        "radio-station-stopped-basis-in-its-own-section",
        "gyomu-no-teishi-wo-meirei-is-a-suspension",
        "meirei-wo-dashita-is-performed",
        "eigyo-teishi-no-shobun-wo-okonatta",
        "jigyo-no-zenbu-teishi-kikan-no-shobun",
        "tachiiri-kensa-with-okurigana",
        "a-line-ending-inside-brackets-goes-on",
        "kensa-ni-hairi-and-a-practice-shite-kita",
        "niwa-addressee-and-a-suspension-from-a-day",
        "houkoku-suru-you-n-sha-ni-motome",
    ],
)
def test_facts(
    text: str, expected: list[tuple[str, str | None, str | None, str | None, str | None]]
) -> None:
    assert _facts(_parse(text)) == sorted(expected, key=str)


SURCHARGES = [
    (  # 公正取引委員会: 「入札参加業者2社に対し，…課徴金の納付を命じた」, a flattened table
        # (番号 事業者名 本店所在地 課徴金額; the address ends in a number), the due date in
        # a section of its own
        "平成28年4月8日\n公正取引委員会\n\n入札参加業者に対する課徴金納付命令について\n"
        "公正取引委員会は，平成28年4月6日，県が発注する水門設備工事の入札参加業者2社に対し，"
        "独占禁止法第7条の2第1項の規定に基づき，次のとおり課徴金の納付を命じた。\n"
        "1 課徴金の納付を命じた事業者及び課徴金額\n番号 事業者名 本店所在地 課徴金額\n"
        "1 かわせみ工業株式会社 東京都港区芝一丁目2番地34 1億2,300万円\n"
        "2 株式会社やまばと設備 大阪府大阪市北区梅田5番6号 4,560万円\n"
        "2 課徴金の納付期限\n平成28年7月7日\n",
        [("かわせみ工業株式会社", "7の2/1", "2016-04-06", "2016-07-07", 123_000_000),
         ("株式会社やまばと設備", "7の2/1", "2016-04-06", "2016-07-07", 45_600_000)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), SURCHARGES, ids=["bidders-n-sha-flattened-table-due-date-section"]
)
def test_surcharges(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [
        (
            a.addressee,
            f"{a.legal_basis.article}/{a.legal_basis.paragraph}" if a.legal_basis else None,
            a.date.iso() if a.date else None,
            a.deadline.iso() if a.deadline else None,
            a.amount,
        )
        for a in _parse(text).actions
        if a.kind == "SurchargeOrder"
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)


MONTHLY = [
    (  # 運輸局: a month's actions in an HTML table, one row per company, its day in a cell,
        # a cell listing two actions on lines of its own (<br>), a written warning
        "<html><body><h1>自動車運送事業者に対する行政処分等(令和6年5月分)</h1>"
        "<p>掲載日:令和6年6月7日</p><p>中部運輸局</p>"
        "<p>管内の自動車運送事業者に対し、令和6年5月中に行った行政処分等は次のとおりです。</p>"
        "<table><tr><th>事業者の名称</th><th>処分等年月日</th><th>処分等の内容</th></tr>"
        "<tr><td>株式会社かもめ急送</td><td>令和6年5月9日</td>"
        "<td>事業の停止 3日間<br>輸送施設の使用停止 20日車<br>(貨物自動車運送事業法第33条)</td></tr>"
        "<tr><td>有限会社うぐいす交通</td><td>令和6年5月21日</td><td>文書警告</td></tr>"
        "</table></body></html>",
        [("BusinessSuspensionOrder", "株式会社かもめ急送", "2024-05-09"),
         ("Order", "株式会社かもめ急送", "2024-05-09"),
         ("Warning", "有限会社うぐいす交通", "2024-05-21")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("markup", "expected"), MONTHLY, ids=["unyukyoku-monthly-table-br-in-a-cell"]
)
def test_monthly_tables(markup: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _actions(_parse(html_to_text(markup))) == sorted(expected, key=str)


WRONGS = [
    (  # a news story: 「…行為が特定商取引法のA(第N条第M項)及びB(第K条)に当たると認定した」
        "令和6年3月1日\n東北経済産業局\n\n電話勧誘販売業者に業務停止命令\n\n"
        "東北経済産業局は、本日、株式会社あさぎり教材に対し、特定商取引法第23条第1項の規定に基づき、"
        "業務停止命令を出した。\n同局は、同社の行為が特定商取引法の不実告知(第21条第1項)及び"
        "勧誘目的等不明示(第16条)に当たると認定した。\n",
        [("株式会社あさぎり教材", "16", "勧誘目的等不明示"), ("株式会社あさぎり教材", "21", "不実告知")],
    ),
    (  # 「…第N条に規定するAに違反するものです」: the duty the provision sets is the wrong
        "令和6年7月1日\n総務省\n\n電気通信事業者に対する指導\n\n"
        "株式会社あけぼの通信の事案は、個人情報の保護に関する法律第23条に規定する安全管理措置義務に"
        "違反するものです。このため、総務省は、本日、株式会社あけぼの通信に対し、文書で指導しました。\n",
        [("株式会社あけぼの通信", "23", "安全管理措置義務")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    WRONGS,
    ids=["ni-ataru-to-nintei-law-name-cut", "ni-kitei-suru-gimu-ni-ihan-suru-mono"],
)
def test_wrongs(text: str, expected: list[tuple[str, str, str]]) -> None:
    n = _parse(text)
    got = [(v.committed_by, v.provisions[0].article, v.description) for v in n.violations]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_a_warning_in_a_row_takes_no_basis_from_the_broken_provision() -> None:
    markup = (
        "<html><body><h1>自動車運送事業者に対する行政処分等(令和6年5月分)</h1><p>中部運輸局</p>"
        "<table><tr><th>事業者の名称</th><th>処分等年月日</th><th>処分等の内容</th><th>違反の内容</th></tr>"
        "<tr><td>有限会社うぐいす交通</td><td>令和6年5月21日</td><td>文書警告</td>"
        "<td>指導監督の未実施(貨物自動車運送事業輸送安全規則第10条第1項)</td></tr>"
        "<tr><td>株式会社かもめ急送</td><td>令和6年5月9日</td>"
        "<td>輸送施設の使用停止 20日車(貨物自動車運送事業法第33条)</td>"
        "<td>点呼の未実施(貨物自動車運送事業輸送安全規則第7条第1項)</td></tr>"
        "</table></body></html>"
    )
    bases = {
        a.kind: a.legal_basis.article if a.legal_basis else None
        for a in _parse(html_to_text(markup)).actions
    }
    assert bases == {"Warning": None, "Order": "33"}
