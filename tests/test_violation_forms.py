"""Violations in the forms real notices state them (issue 12), each row a sentence of our
own with fictional names: which provisions each company broke, the wrong that describes
each, and which actions remedy it. Parsed whole, since the forms span the events stage."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser import stages, violations
from shobun.parser.model import Notice
from shobun.parser.normalize import normalize

Fact = tuple[str, str, str, str]  # (action kind, addressee, article, description)


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (a.kind, a.addressee or "", p.article, by_key[k].description or "")
        for a in n.actions
        for k in a.violations
        for p in by_key[k].provisions
    )


_SENT_TO_BUILD = "建設現場に派遣労働者を送り、建設業務に従事させていた"

CASES: list[tuple[str, list[Fact]]] = [
    (  # what a provision forbids in a kind of work, done in that work all the same
        "令和6年7月1日\n架空労働局\n\n労働者派遣事業者に対する改善命令について\n\n架空労働局は、本日、"
        "株式会社あさなぎ人材に対し、労働者派遣法第49条第1項に基づく改善命令を行った。\n"
        "株式会社あさなぎ人材は、労働者派遣法第4条第1項第2号で労働者派遣事業を行うことが禁止"
        "されている建設業務について、労働者派遣事業を行ったもの。\n",
        [("BusinessImprovementOrder", "株式会社あさなぎ人材", "4", "")],
    ),
    (  # an item pointing at the wrongs below, each subsection headed by one; a law's item
        # through the ordinance it delegates to
        "令和6年6月7日\n東海財務局\n\n株式会社はやせ投資顧問に対する行政処分について\n\n"
        "1.株式会社はやせ投資顧問(本店:名古屋市、投資助言・代理業。以下「当社」という。)に対する"
        "証券取引等監視委員会の検査の結果、以下の法令違反等の事実が認められた。\n"
        "(1) 顧客に虚偽の運用実績を示す行為\n 当社は、存在しない運用実績を記載した資料を顧客に交付"
        "していた。\n このような当社の行為は、金融商品取引法第38条第9号に基づく金融商品取引業等に"
        "関する内閣府令(以下「金商業等府令」という。)第117条第1項第2号に掲げる行為に該当する"
        "ものと認められる。\n(2) 帳簿書類の不実記載\n 当社は、実際と異なる帳簿書類を作成していた。"
        "\n この状況は、金融商品取引法第47条の規定に違反するものである。\n"
        "2.以上のことから、本日、当社に対し、金融商品取引法第51条の規定に基づき、業務改善命令を"
        "発出した。\n",
        [
            ("BusinessImprovementOrder", "株式会社はやせ投資顧問", "117", "顧客に虚偽の運用実績を示す行為"),
            ("BusinessImprovementOrder", "株式会社はやせ投資顧問", "38", "顧客に虚偽の運用実績を示す行為"),
            ("BusinessImprovementOrder", "株式会社はやせ投資顧問", "47", "帳簿書類の不実記載"),
        ],
    ),
    (  # a tab-separated table: the wrong on the line after the provision, then an ordinance
        "令和6年5月8日\n富山県\n\n訪問販売業者に業務停止命令を行いました\n\n富山県は、本日、"
        "株式会社こがね食品に対し、特定商取引に関する法律第8条第1項の規定に基づき、業務の一部停止を"
        "命じました。\n違反行為\t根拠条項\n「ご案内に来ました」と告げるのみで、社名を明らかに"
        "していなかった。\t第3条\n氏名等不明示\n「無農薬です」と事実と異なることを告げていた。\t"
        "第6条第1項第1号\n不実告知\n また、上記の行為は、富山県消費生活条例第12条第1項の規定に"
        "より知事が定める不当な取引行為にも該当します。\n",
        [
            ("BusinessSuspensionOrder", "株式会社こがね食品", "12", ""),
            ("BusinessSuspensionOrder", "株式会社こがね食品", "3", "氏名等不明示"),
            ("BusinessSuspensionOrder", "株式会社こがね食品", "6", "不実告知"),
        ],
    ),
    (  # a flattened table: one cell lists two wrongs, each with its provision, apart by 、
        "令和6年9月10日\n東海運輸局\n\n自動車運送事業者に対する行政処分等\n\n"
        "事業者の名称\t処分等年月日\t処分等の内容\t主な違反の内容(違反条項)\n"
        "株式会社こもれび運送\t令和6年8月6日\t輸送施設の使用停止 30日車(貨物自動車運送事業法第33条)"
        "\t点呼の未実施(貨物自動車運送事業輸送安全規則第7条第1項)、過積載運行(同規則第5条)\n",
        [
            ("Order", "株式会社こもれび運送", "5", "過積載運行"),
            ("Order", "株式会社こもれび運送", "7", "点呼の未実施"),
        ],
    ),
    (  # a wrong whose words hold a sanction's word (指導) but end as a wrong does
        "令和6年9月10日\n東海運輸局\n\n自動車運送事業者に対する行政処分等\n\n"
        "事業者の名称\t処分等年月日\t処分等の内容\t主な違反の内容(違反条項)\n"
        "有限会社ゆうなぎ便\t令和6年8月20日\t文書警告\t乗務員に対する指導監督の未実施"
        "(貨物自動車運送事業輸送安全規則第10条第1項)\n",
        [("Warning", "有限会社ゆうなぎ便", "10", "乗務員に対する指導監督の未実施")],
    ),
    (  # two laws' provisions, the second with a long name and its number, two wrongs in turn
        "平成27年3月2日\n総務省\n\nさざなみ通信株式会社に対する指導\n\n総務省は、本日、さざなみ"
        "通信株式会社に対し、文書で指導しました。同社の事案は、個人情報の保護に関する法律第20条"
        "及び第22条並びに電気通信事業における個人情報保護に関するガイドライン(平成16年総務省告示"
        "第695号。以下「ガイドライン」という。)第11条及び第12条に規定する安全管理措置義務及び"
        "委託先の監督義務に違反するものです。\n",
        [
            ("Guidance", "さざなみ通信株式会社", "11", "安全管理措置義務"),
            ("Guidance", "さざなみ通信株式会社", "12", "委託先の監督義務"),
            ("Guidance", "さざなみ通信株式会社", "20", "安全管理措置義務"),
            ("Guidance", "さざなみ通信株式会社", "22", "委託先の監督義務"),
        ],
    ),
    (  # as many wrongs as provisions of one law: paired in order
        "令和6年4月1日\n個人情報保護委員会\n\n株式会社ほたる舎に対する指導について\n\n"
        "個人情報保護委員会は、本日、株式会社ほたる舎に対し、指導を行った。同社の対応は、"
        "個人情報の保護に関する法律第23条及び第25条に規定する安全管理措置及び委託先の監督に"
        "違反するものである。\n",
        [
            ("Guidance", "株式会社ほたる舎", "23", "安全管理措置"),
            ("Guidance", "株式会社ほたる舎", "25", "委託先の監督"),
        ],
    ),
    (  # a section of violated provisions, one company and its provision per line
        "令和6年11月1日\n栃木県\n\n事業者2社に対する景品表示法に基づく措置命令について\n\n"
        "栃木県は、本日、以下の2事業者に対し、景品表示法第7条第1項の規定に基づき、措置命令を"
        "行いました。\n1 対象事業者\n(1)株式会社あさぎり食品\n(2)合同会社ゆうひ堂\n"
        "2 違反法条\n(1)株式会社あさぎり食品 景品表示法第5条第1号(同法第7条第2項の規定により"
        "同号に該当する表示とみなされるもの)\n(2)合同会社ゆうひ堂 景品表示法第5条第2号\n",
        [
            ("MeasuresOrder", "合同会社ゆうひ堂", "5", ""),
            ("MeasuresOrder", "株式会社あさぎり食品", "5", ""),
        ],
    ),
    (  # the same section with one line, no company named on it, and the article's caption
        "令和6年11月1日\n公正取引委員会\n\n株式会社みずかね工業に対する排除措置命令について\n\n"
        "公正取引委員会は、本日、株式会社みずかね工業に対し、独占禁止法第7条第1項の規定に"
        "基づき、排除措置命令を行った。\n1 違反法条\n独占禁止法第3条(私的独占又は不当な取引制限"
        "の禁止)\n",
        [("CeaseAndDesistOrder", "株式会社みずかね工業", "3", "私的独占又は不当な取引制限の禁止")],
    ),
    (  # a table column headed 違反条項: each cell its row's company's provisions
        "令和6年9月10日\n北陸信越運輸局\n\n自動車運送事業者に対する行政処分等\n\n北陸信越運輸局は、次の"
        "事業者に対し、行政処分等を行いました。\n事業者の名称\t処分等の内容\t違反条項\n株式会社ゆきぐに"
        "運送\t文書警告\t貨物自動車運送事業輸送安全規則第3条第4項、第7条第1項\n有限会社しなの便\t"
        "文書警告\t貨物自動車運送事業輸送安全規則第10条第1項\n",
        [
            ("Warning", "有限会社しなの便", "10", ""),
            ("Warning", "株式会社ゆきぐに運送", "3", ""),
            ("Warning", "株式会社ゆきぐに運送", "7", ""),
        ],
    ),
    (  # a table of 不適正な取引行為 | 条項, the provision and its wrong in one cell
        "令和6年3月27日\n東京都\n\n訪問販売業者に業務停止命令\n\n東京都は、本日、株式会社やまぶき住建に"
        "対し、特定商取引に関する法律第8条第1項に基づき、業務停止命令を行った。\n"
        "不適正な取引行為 | 特定商取引に関する法律の条項 |\n---|---|\n勧誘に先立って、勧誘をする目的"
        "である旨を明らかにしていなかった。 | 第3条 勧誘目的等不明示 |\n契約書面の一体性が明らかに"
        "なっていない。 | 第5条第1項 契約書面の不備 |\n",
        [
            ("BusinessSuspensionOrder", "株式会社やまぶき住建", "3", "勧誘目的等不明示"),
            ("BusinessSuspensionOrder", "株式会社やまぶき住建", "5", "契約書面の不備"),
        ],
    ),
    (  # a news item: a wrong whose provision defers to a ministerial ordinance
        "2009/03/02\n電話勧誘販売業者に業務停止命令(経済産業省)\n経済産業省は、2月27日、"
        "株式会社あけぼの教材に対し、特定商取引法第23条第1項の規定に基づき、業務停止命令を出した。"
        "同省は、同社の行為が特定商取引法の迷惑勧誘(第22条第3号に基づく省令)に当たると認定した。\n",
        [("BusinessSuspensionOrder", "株式会社あけぼの教材", "22", "迷惑勧誘")],
    ),
    (  # two provisions, each with its caption, broken together: two violations
        "2011年06月01日\n貸金業者を行政処分 県\n県は31日、株式会社ふたば金融の登録を取り消した。"
        "県は、同社が貸金業法第16条第1項(誇大広告の禁止)及び第19条(帳簿の備付け)に違反したと"
        "している。\n",
        [
            ("RegistrationRevocation", "株式会社ふたば金融", "16", "誇大広告の禁止"),
            ("RegistrationRevocation", "株式会社ふたば金融", "19", "帳簿の備付け"),
        ],
    ),
    (  # 「これらが…などに違反」 in a news item: the company the paragraph is about, by its stem
        "2012年04月10日\n金融庁、2社に行政処分\n金融庁は9日、株式会社あさひ信販に対し、貸金業法"
        "第24条の6の3に基づく業務改善命令を出した。株式会社ゆうがお商事には、同法第24条の6の4"
        "第1項に基づき、業務の一部を停止するよう命じた。\nあさひ信販では、交渉の経過を帳簿に"
        "記さなかった例があった。金融庁は、これらが同法第19条(帳簿の備付け)などに違反するとみて"
        "いる。\n",
        [("BusinessImprovementOrder", "株式会社あさひ信販", "19", "帳簿の備付け")],
    ),
    (  # a blog: the provision with the named wrong 「に当たる」
        "2019年5月8日 (水)\n県が措置命令\n昨日、県が、株式会社みさき商店に対し、景品表示法に"
        "基づき、措置命令を行いました。県は、景品表示法第5条第1号(優良誤認)に当たると判断して"
        "います。\n",
        [("MeasuresOrder", "株式会社みさき商店", "5", "優良誤認")],
    ),
    (  # an entry of a standard's table is what the provision's breach names
        "令和5年3月28日\n鳥取県\n\n有限会社はまかぜ水産に対する措置について\n\n"
        "上記の表示は、食品表示法第4条第1項に基づいて定められた食品表示基準(平成27年内閣府令"
        "第10号)第18条第1項の表の「原産地」の規定に違反します。そこで県は、本日、食品表示法"
        "第6条第1項の規定に基づき、有限会社はまかぜ水産に次のとおり指示しました。\n",
        [("Order", "有限会社はまかぜ水産", "18", "")],
    ),
    (  # a breach of another (the bus company's) the sanctioned company took part in
        "2016年10月27日\n観光庁、旅行会社を処分\n観光庁は10月26日、あかね旅行株式会社に対し、"
        "同社が道路運送法第20条違反にも加担したとして、旅行業法第13条第3項第2号違反を理由に、"
        "同法第18条の3第1項に基づく業務改善命令を出した。\n",
        [("BusinessImprovementOrder", "あかね旅行株式会社", "13", "")],
    ),
    (  # orders under a law and a 勧告 under a 条例: each remedies the wrongs of its own law
        "令和3年2月1日\n青森県\n\n訪問販売業者に対する行政処分等について\n\n青森県は、"
        "株式会社ねぶた寝具に対し、本日、特定商取引に関する法律(以下「法」という。)第8条第1項の"
        "規定に基づき、業務の一部を停止するよう命じました。また、青森県消費生活条例(以下「条例」"
        "という。)第17条第3項の規定に基づき、同社に勧告しました。\n2 処分等の原因となる事実\n"
        "(1)不実告知(法第6条第1項第6号)\n同社は、事実と異なることを告げていた。\n"
        "(2)勧誘拒絶の意思表示の機会を与えない勧誘(条例第16条第1項、青森県消費生活条例施行規則"
        "別表第1(2))\n同社は、勧誘を行っていた。\n",
        [
            ("BusinessSuspensionOrder", "株式会社ねぶた寝具", "6", "不実告知"),
            ("Recommendation", "株式会社ねぶた寝具", "16", "勧誘拒絶の意思表示の機会を与えない勧誘"),
        ],
    ),
    (  # 「…法第N条で禁止している…を行ったこと」 in the reasons for a 労働局's orders
        "令和6年8月1日\n奈良労働局\n\n派遣元事業主に対する労働者派遣事業改善命令について\n\n"
        "奈良労働局は、本日、株式会社やまと人材に対し、労働者派遣法第49条第1項に基づく労働者"
        "派遣事業改善命令を行った。\n第1 処分理由\n株式会社やまと人材は、労働者を建設業務に"
        "従事させ、もって労働者派遣法第4条第1項第2号で禁止している建設業務への労働者派遣事業を"
        "行ったこと。\n",
        # what the provision forbids, named, is the wrong (`parser/prosed.py`)
        [("BusinessImprovementOrder", "株式会社やまと人材", "4", "建設業務への労働者派遣事業")],
    ),
    (  # a table of 違反行為 | 該当条項, the provision with its caption in the second cell
        "令和元年7月25日\n千葉県\n\n訪問販売事業者に対する指示について\n\n県は、本日、株式会社"
        "かもめ工務店に対し、特定商取引に関する法律第7条第1項に基づき指示を行いました。\n"
        "3 違反行為\n違反行為\t該当条項\n「点検に来ました」と告げるのみだった\t第3条(勧誘目的等不明示)\n"
        "「このままでは危ない」などと告げた\t第6条第1項(不実告知)\n",
        [
            ("Order", "株式会社かもめ工務店", "3", "勧誘目的等不明示"),
            ("Order", "株式会社かもめ工務店", "6", "不実告知"),
        ],
    ),
    (  # a duty named in the provision broken, the sentence broken by a PDF line
        "平成29年2月10日\n東海財務局\n\nみなと投資株式会社に対する行政処分について\n\n"
        "1.みなと投資株式会社(以下「当社」という。)に対する検査の結果、以下の法令違反等の事実が"
        "認められた。\n当社の上記行為は、金融商品取引法第42条第1項に規定する忠実義務に違反する"
        "\nとともに、同法第51条に該当するものと認められる。\n2.以上のことから、本日、当社に対し、"
        "同法第51条に基づき、業務改善命令を行った。\n",
        [("BusinessImprovementOrder", "みなと投資株式会社", "42", "忠実義務")],
    ),
    (  # a group's name as the subject: each company of it
        "令和5年11月9日\n消費者庁\n\n2社に対する措置命令について\n\n消費者庁は、本日、株式会社"
        "あさなぎ及び合同会社ゆうなぎ(以下「2社」という。)に対し、景品表示法第7条第1項の規定に"
        "基づき、措置命令を行いました。\n2社の表示は、それぞれ、景品表示法第5条第1号(優良誤認)に"
        "該当するものです。\n",
        [
            ("MeasuresOrder", "合同会社ゆうなぎ", "5", "優良誤認"),
            ("MeasuresOrder", "株式会社あさなぎ", "5", "優良誤認"),
        ],
    ),
    (  # a duty the provision sets found wanting, and a duty not to be let pass: no wrong named
        "令和3年3月26日\n総務省\n\n株式会社そよかぜ回線に対する指導\n\n総務省は、本日、株式会社"
        "そよかぜ回線に対し、文書により指導を行いました。本事案は、電気通信事業法第4条第1項に規定"
        "する通信の秘密の保護の観点から看過できないものです。また、同社は、個人情報の保護に関する"
        "法律第23条に基づく技術的安全管理措置に不備があった。\n",
        [
            ("Guidance", "株式会社そよかぜ回線", "23", ""),
            ("Guidance", "株式会社そよかぜ回線", "4", ""),
        ],
    ),
    (  # the penalties quoted under 参考2 are no violation; a thing unmet names no wrong
        "令和元年9月18日\n東海総合通信局\n\n不法無線局の開設者に対する行政処分\n\n当局は、本日、"
        "株式会社はやて運輸に対し、電波法第76条第1項の規定に基づき、業務改善命令を行った。"
        "同社は、電波法第4条第1項の規定に違反していた。また、同社は、同法第17条第1項に規定する書面の"
        "一部を交付していなかった。\n参考2 不法無線局の開設者に対する罰則\n1年以下の懲役又は100万円"
        "以下の罰金(電波法第110条第1号)\n",
        [
            ("BusinessImprovementOrder", "株式会社はやて運輸", "17", ""),
            ("BusinessImprovementOrder", "株式会社はやて運輸", "4", ""),
        ],
    ),
    (  # 「別紙2の貸金業者は、…に違反し」: only the companies of that list
        "令和4年10月21日\n関東財務局\n\n貸金業者に対する行政処分について\n\n関東財務局は、本日、"
        "別紙1に掲げる貸金業者1社に対し、貸金業法第24条の6の5第1項の規定に基づき、登録の取消しを"
        "行いました。また、本日、別紙2に掲げる貸金業者1社に対し、同法第24条の6の4第1項の規定に"
        "基づき、登録の取消しを行いました。\n2.法令違反による登録の取消し\n別紙2の貸金業者は、"
        "法第12条の6第1号に規定する虚偽告知の禁止に違反した。\n(別紙1)\n| 商号 |\n|---|\n"
        "| 株式会社あかつき金融 |\n(別紙2)\n| 商号 |\n|---|\n| 株式会社ひぐらし信販 |\n",
        [("RegistrationRevocation", "株式会社ひぐらし信販", "12の6", "虚偽告知の禁止")],
    ),
    (  # 「…の規定により…てはならないとされている…に従事させていた」
        "令和6年3月22日\n大阪労働局\n\n派遣元事業主に対する労働者派遣事業改善命令について\n\n"
        "大阪労働局は、本日、株式会社なにわ派遣に対し、労働者派遣法第49条第1項の規定に基づく労働者"
        "派遣事業改善命令を行った。\n株式会社なにわ派遣は、労働者派遣法第4条第1項の規定により労働者"
        "派遣事業を行ってはならないとされている建設業務に、派遣労働者を従事させていた。\n",
        [("BusinessImprovementOrder", "株式会社なにわ派遣", "4", "")],
    ),
    (  # a system the provision requires does not work; a duty named 「に違反している」
        "令和3年6月1日\n金融庁\n\n株式会社あさぎ保険に対する行政処分について\n\n"
        "(1) 法第294条の2に規定する体制が十分に機能しておらず、問題が認められる。\n"
        "(2) 法第294条の3第1項に規定する体制整備義務に違反している。\n以上のことから、本日、"
        "株式会社あさぎ保険に対し、保険業法第306条の規定に基づき、業務改善命令を発出した。\n",
        [
            ("BusinessImprovementOrder", "株式会社あさぎ保険", "294の2", ""),
            ("BusinessImprovementOrder", "株式会社あさぎ保険", "294の3", "体制整備義務"),
        ],
    ),
    (  # 「A社は、…。また、…報告していなかった」: A's wrong, not that of the company cautioned
        "令和5年9月1日\n個人情報保護委員会\n\n2社に対する行政上の対応について\n\n委員会は、本日、"
        "株式会社あまね通販(以下「あまね通販」という。)に対し、法第147条に基づく指導を行うとともに、"
        "株式会社いぶき印刷(以下「いぶき印刷」という。)に対し、"
        "注意喚起を行った。\n(2)法律上の問題点\nあまね通販は、個人情報の保護に関する法律第25条が"
        "求める委託先の監督を適切に行っていなかった。また、本件漏えいについて、同法第26条第1項に"
        "基づく委員会への報告を、速やかに行っていなかった。\n",
        [
            ("Guidance", "株式会社あまね通販", "25", "委託先の監督"),
            ("Guidance", "株式会社あまね通販", "26", "委員会への報告"),
        ],
    ),
    (  # 「第十九条の規定に違反する行為(…第二条第九項第五号(…)に該当)」: the bracketed one defines
        "平成26年6月5日\n公正取引委員会\n\n株式会社ひよどり商店に対する排除措置命令について\n\n"
        "公正取引委員会は、株式会社ひよどり商店に対し調査を行ってきたところ、同社は独占禁止法第十九条"
        "の規定に違反する行為(独占禁止法第二条第九項第五号(優越的地位の濫用)に該当)を行っていたこと"
        "から、本日、独占禁止法第二十条第一項の規定に基づき排除措置命令を行った。\n",
        [("CeaseAndDesistOrder", "株式会社ひよどり商店", "19", "優越的地位の濫用")],
    ),
    (  # what an action itself says to mend: 「法第23条が求める…について、…改善するよう指導した」
        "令和6年6月1日\n個人情報保護委員会\n\n株式会社みぞれ情報に対する指導について\n\n"
        "当委員会は、本日、株式会社みぞれ情報(以下「みぞれ情報」という。)に対し、個人情報の保護に"
        "関する法律第147条に基づき、同法第23条が求める安全管理措置について、問題点を改善するよう"
        "指導した。\n",
        [("Guidance", "株式会社みぞれ情報", "23", "安全管理措置")],
    ),
    (  # provisions told one by one, then together as what to mend: one violation each
        "令和6年6月1日\n個人情報保護委員会\n\n株式会社あられ通商に対する勧告について\n\n"
        "あられ通商は、個人情報の保護に関する法律(以下「法」という。)第23条の規定に違反していた。"
        "また、あられ通商は、法第28条第1項の規定に違反していた。\n当委員会は、本日、株式会社あられ"
        "通商(以下「あられ通商」という。)に対し、法第148条第1項に基づき、法第23条及び第28条第1項の"
        "規定違反を是正するために必要な措置をとるよう勧告した。\n",
        [
            ("Recommendation", "株式会社あられ通商", "23", ""),
            ("Recommendation", "株式会社あられ通商", "28", ""),
        ],
    ),
    (  # a duty unmet, then 「これは、法第65条第1項に該当する」: the ground of the order, no violation
        "令和6年8月29日\n東北地方整備局\n\n宅地建物取引業者に対する監督処分について\n\n"
        "東北地方整備局は、本日、株式会社いわき住販に対し、宅地建物取引業法第65条第1項の規定に基づき、"
        "指示処分を行いました。\n同社は、宅地建物取引業法第37条第1項に規定する書面を交付していなかった。"
        "これは、法第65条第1項に該当する。\n",
        [("Order", "株式会社いわき住販", "37", "")],
    ),
    (  # a prose list that counts the wrongs it names: 「(1)A(法…)、(2)B(法…)の2つです」
        "令和6年4月1日\n九州経済産業局\n\n株式会社ふくろう販売に対する業務停止命令について\n\n"
        "九州経済産業局は、本日、株式会社ふくろう販売に対し、特定商取引に関する法律(以下「法」という。)"
        "第8条第1項の規定に基づき、業務停止命令を行いました。\n認定した違反行為は、(1)勧誘目的等"
        "不明示(法第3条)、(2)不実告知(法第6条第1項)の2つです。\n",
        [
            ("BusinessSuspensionOrder", "株式会社ふくろう販売", "3", "勧誘目的等不明示"),
            ("BusinessSuspensionOrder", "株式会社ふくろう販売", "6", "不実告知"),
        ],
    ),
    (  # a wrong headed, told in a sentence, its provision in brackets after the sentence
        "令和6年4月1日\n九州経済産業局\n\n株式会社ふくろう販売に対する業務停止命令について\n\n"
        "九州経済産業局は、本日、株式会社ふくろう販売に対し、特定商取引に関する法律(以下「法」という。)"
        "第8条第1項の規定に基づき、業務停止命令を行いました。\n3 違反事実\n(1)勧誘目的等不明示\n"
        "同社は、勧誘目的を告げなかった。(法第3条)\n(2)不実告知\n同社は、事実と異なることを告げた。"
        "(法第6条第1項)\n",
        [
            ("BusinessSuspensionOrder", "株式会社ふくろう販売", "3", "勧誘目的等不明示"),
            ("BusinessSuspensionOrder", "株式会社ふくろう販売", "6", "不実告知"),
        ],
    ),
    (  # 「第2条第6項に規定する不当な取引制限に該当し,同法第3条の規定に違反」: the second, described
        "平成23年6月17日\n公正取引委員会\n\n株式会社かささぎ鉄工に対する課徴金納付命令について\n\n"
        "公正取引委員会は,本日,株式会社かささぎ鉄工に対し,独占禁止法第7条の2第1項の規定に基づき,"
        "課徴金納付命令を行った。\n株式会社かささぎ鉄工は,共同して,受注予定者を決定していた。"
        "この行為は,独占禁止法第2条第6項に規定する不当な取引制限に該当し,同法第3条の規定に違反する"
        "ものである。\n",
        [("SurchargeOrder", "株式会社かささぎ鉄工", "3", "不当な取引制限")],
    ),
    (  # a group counted, not named (2社は), then 「これは…に違反します」: both companies'
        # wrong, the sentence before it, read back to though no 、 follows これは
        "令和7年2月3日\n架空労働局\n\n派遣会社2社に事業停止命令\n\n架空労働局は、本日、派遣会社2社に対し、"
        "労働者派遣法第14条第2項に基づく労働者派遣事業停止命令を出しました。\n【処分対象】\n"
        "- 株式会社ゆうなぎ派遣\n- 合同会社トモシビ人材\n【理由】\n2社は、建設現場に派遣労働者を送り、"
        "建設業務に従事させていました。これは労働者派遣法第4条第1項第2号に違反します。\n",
        [
            # これは (no 、) points back to the sentence before: its wrong describes both
            ("BusinessSuspensionOrder", "合同会社トモシビ人材", "4", _SENT_TO_BUILD),
            ("BusinessSuspensionOrder", "株式会社ゆうなぎ派遣", "4", _SENT_TO_BUILD),
        ],
    ),
    (  # the lead's chain names no wrong; the instruction's items name each: one violation
        # per company per provision, with its wrong, for the suspension too
        "屋根工事の訪問販売業者に対し、業務停止命令及び指示を実施\n"
        "\n"
        "次の事業者は、特定商取引に関する法律（昭和51年法律第57号。以下「法」という。）第2条第1項に規定する訪問販売において、法第3条、法第4条第1項及び法第6条第1項第1号に規定する義務又は禁止に反する行為を行ったことから、当該事業者に対し、法第8条第1項の規定に基づき訪問販売に関する業務の一部を停止すべき旨の命令をし、併せて法第7条第1項の規定に基づき、再発防止策を報告するよう指示を行った。\n"
        "令和7年3月4日\n"
        "架空県知事\n"
        "\n"
        "1事業者の概要\n"
        "- 名称\n"
        "株式会社こもれび住宅\n"
        "- 所在地\n"
        "架空県みどり市本町1番地\n"
        "2不利益処分の内容\n"
        "- 業務停止命令\n"
        "令和7年3月5日から令和7年6月4日までの間、訪問販売に係る次の業務を停止すること。- ア 役務提供契約の締結について勧誘すること。\n"
        "- 指示\n"
        "- ア 同社は、次の行為を行っていたが、このような行為は法により禁止されているので、その発生原因を検証し、令和7年4月4日までに文書で報告すること。\n"
        "- (ア)法第3条に規定する勧誘目的等の明示義務に違反する行為\n"
        "- (イ)法第4条第1項に規定する書面の交付義務に違反する行為\n"
        "- (ウ)法第6条第1項第1号に規定する不実告知の禁止に違反する行為\n",
        [
            ("BusinessSuspensionOrder", "株式会社こもれび住宅", "3", "勧誘目的等の明示義務"),
            ("BusinessSuspensionOrder", "株式会社こもれび住宅", "4", "書面の交付義務"),
            ("BusinessSuspensionOrder", "株式会社こもれび住宅", "6", "不実告知の禁止"),
            ("Order", "株式会社こもれび住宅", "3", "勧誘目的等の明示義務"),
            ("Order", "株式会社こもれび住宅", "4", "書面の交付義務"),
            ("Order", "株式会社こもれび住宅", "6", "不実告知の禁止"),
        ],
    ),
    (  # news: the article's caption in 「」 and that the conduct breaks it (総務省's 指導)
        "2031年6月13日\n架空省、通信2社に行政指導\n\n架空省は2031年6月12日、株式会社そよかぜ通信と"
        "こだま回線株式会社に行政指導を出した。利用者に断りなく通信を遮断しており、電気通信事業法第4条の"
        "「秘密の保護」に反すると判断した。\n",
        [
            ("Guidance", "こだま回線株式会社", "4", "秘密の保護"),
            ("Guidance", "株式会社そよかぜ通信", "4", "秘密の保護"),
        ],
    ),
    (  # one sentence gives each company its own article, the second's action told in it
        "2031年9月16日\n架空委員会の公表事例から\n\n2031年8月27日、個人情報保護委員会は、株式会社"
        "あさひ学舎に対し、同法147条に基づく指導を行ったと公表しました。\n委員会は、株式会社あさひ学舎に"
        "ついて同法25条(委託先の監督)に、株式会社ゆうひデータについて同法23条(安全管理措置)に違反すると"
        "認め、委託先である株式会社ゆうひデータに対しても、同日、同法147条に基づく指導を行いました。\n",
        [
            ("Guidance", "株式会社あさひ学舎", "25", "委託先の監督"),
            ("Guidance", "株式会社ゆうひデータ", "23", "安全管理措置"),
        ],
    ),
    (  # 委託元には…、委託先には…: each party to the entrustment its own wrong
        "2031年2月2日\n個人情報保護委員会の執行動向\n\n委員会は、2031年1月24日、株式会社こなみ通販及び"
        "同社の発送業務の委託先であるさざなみ物流株式会社に対し、それぞれ法第147条に基づく指導を行い"
        "ました。委託元には委託先の監督(法第25条)、委託先には安全管理措置(法第23条)の不備が認められた"
        "ものです。\n",
        [
            ("Guidance", "さざなみ物流株式会社", "23", "安全管理措置"),
            ("Guidance", "株式会社こなみ通販", "25", "委託先の監督"),
        ],
    ),
    (  # the licensee's wrong and the operator's, each in its own item: the order against
        # the licensee remedies only its own
        "報道資料\n令和6年9月10日\n架空総合通信局\n電波法違反に対する行政処分\n架空総合通信局は、"
        "架空県みなと市の船舶局の免許人であるしおさい漁業協同組合に対して9日間の無線局運用停止処分を、"
        "同船舶局を運用していた無線従事者に対して40日の従事停止処分を、それぞれ本日付けで行いました。\n"
        "1 電波法違反の概要\n(1)免許人の違反\nしおさい漁業協同組合は、資格を持たない乗組員に無線設備を"
        "操作させていたもので、電波法第39条第1項の規定に違反するものです。\n(2)無線従事者の違反\n"
        "同船舶局を運用していた無線従事者(男性58歳)が、免許状に記載のない周波数を使って通信したもので、"
        "電波法第53条の規定に違反するものです。\n2 行政処分の根拠\n無線局の運用停止処分は電波法第76条"
        "第1項に基づくものです。\n",
        [("Order", "しおさい漁業協同組合", "39", "")],
    ),
    (  # a two-column table flattened: each provision on its own line, its caption on the
        # next; an ordinance's prohibition the lead says the conduct falls under
        "令和6年11月5日\n架空県\n\n訪問販売業者に対する行政処分等について\n\n県は、本日、"
        "株式会社ひだまり寝具(以下「同社」という。)に対し、特定商取引に関する法律第8条第1項に基づく"
        "業務停止命令を行いました。\nまた、同社が勧誘を断った消費者を再び訪問した行為を、架空県消費生活"
        "条例第12条第1項で禁止する不当な取引方法に該当するものと認定し、同条例第13条の規定に基づき"
        "勧告を行いました。\n3 処分の原因となる事実\n違反行為\n根拠条項\n同社の販売員は、「点検に"
        "来ました」と告げるのみで、勧誘の目的を明らかにしていなかった。\n特定商取引法第3条\n"
        "(氏名等の明示義務違反)\n同社の販売員は、事実と異なることを告げていた。\n"
        "特定商取引法第6条第1項第1号\n(不実告知)\n",
        [
            ("BusinessSuspensionOrder", "株式会社ひだまり寝具", "3", "氏名等の明示義務違反"),
            ("BusinessSuspensionOrder", "株式会社ひだまり寝具", "6", "不実告知"),
            ("Recommendation", "株式会社ひだまり寝具", "12", "不当な取引方法"),
        ],
    ),
    (  # the cause section's lead says the wrongs follow; each numbered heading ends with
        # the wrong's short name in brackets, its provision at the end of the paragraph
        "令和6年10月2日\n架空経済産業局\n\n電話勧誘販売業者に対する行政処分について\n\n"
        "架空経済産業局は、株式会社みずほし健康(以下「同社」といいます。)に対し、本日、特定商取引法"
        "第23条第1項の規定に基づき、業務の一部を停止するよう命じました。\n4.処分の原因となる事実\n"
        "架空経済産業局は、以下のとおり、同社が特定商取引法に違反する行為を行っており、購入者の利益が"
        "著しく害されるおそれがあることを認定しました。\n(1)契約を締結しない旨の意思を表示した者に"
        "対する勧誘(再勧誘)\n同社は、断った消費者に日を改めて電話をかけ、勧誘を続けていました。"
        "(特定商取引法第17条)\n(2)不実告知\n同社は、事実と異なることを告げていました。"
        "(特定商取引法第21条第1項第1号)\n",
        [
            ("BusinessSuspensionOrder", "株式会社みずほし健康", "17", "再勧誘"),
            ("BusinessSuspensionOrder", "株式会社みずほし健康", "21", "不実告知"),
        ],
    ),
    (  # the facts found, each headed by the wrong and its provision with 違反 in brackets
        "令和6年9月20日\n架空委員会\n\n個人情報の保護に関する法律に基づく行政上の対応について\n\n"
        "(1)事案の概要\n株式会社あけぼのポイントは、会員の個人データを扱っている。その結果、以下の事実"
        "が認められた。\nア 本人の同意を得ない個人データの第三者提供(法第27条第1項違反)\n同社は、"
        "本人の同意を得ることなく、提携先に個人データを提供していた。\nイ 漏えい等の報告の遅延"
        "(法第26条第1項違反)\n同社は、委員会への報告を遅れて行った。\n(2)対応\n委員会は、本日、"
        "株式会社あけぼのポイントに対し、個人情報の保護に関する法律第147条の規定に基づき、指導を"
        "行った。\n",
        [
            ("Guidance", "株式会社あけぼのポイント", "26", "漏えい等の報告の遅延"),
            ("Guidance", "株式会社あけぼのポイント", "27", "本人の同意を得ない個人データの第三者提供"),
        ],
    ),
    (  # a 被処分者 / 違反の概要 / 処分の内容 table flattened one cell per line: each wrong is
        # the company whose name opens its row
        "報道資料\n令和6年9月12日\n架空総合通信局\n電波法に違反した簡易無線局の免許人に対する行政処分\n"
        "架空総合通信局は、電波法に違反した下記の2法人に対し、本日、簡易無線局の運用停止の行政処分を"
        "行いました。\n1 違反の概要及び行政処分の内容\n被処分者\n違反の概要\n処分の内容\n"
        "有限会社やまなみ運送\n(架空県みなと市)\n免許を受けずに無線局を開設していた。\n"
        "(電波法第4条第1項の規定に違反)\n被処分者の簡易無線局10局の運用を、本日から20日間停止する。\n"
        "株式会社みずなぎ建設\n(架空県はやせ町)\n免許状に記載のない周波数で通信を行っていた。\n"
        "(電波法第53条の規定に違反)\n被処分者の簡易無線局5局の運用を、本日から14日間停止する。\n"
        "2 行政処分の根拠\n無線局の運用停止処分は、電波法第76条第1項の規定に基づくものです。\n",
        [
            ("Order", "有限会社やまなみ運送", "4", ""),
            ("Order", "株式会社みずなぎ建設", "53", ""),
        ],
    ),
    (  # the officials' wrong, told after the cartel and pointed back to (これらの行為は、):
        # no violation of the companies the orders are against
        "令和6年5月15日\n公正取引委員会\n\n架空県が発注する舗装工事の入札参加業者に対する排除措置命令"
        "について\n\n公正取引委員会は、株式会社みなづき舗道及びハヅキ道路株式会社に対し、独占禁止法第3条"
        "(不当な取引制限の禁止)の規定に違反する行為を行っていたとして、本日、同法第7条第2項の規定に基づく"
        "排除措置命令を行った。\n第2 改善措置要求について\n架空県土木事務所の複数の職員が、一部の入札"
        "参加業者に対し、予定価格を事前に教示していた。\nこれらの行為は、入札談合等関与行為防止法第2条"
        "第5項第3号に規定する入札談合等関与行為に該当すると認められた。\n",
        [
            ("CeaseAndDesistOrder", "ハヅキ道路株式会社", "3", "不当な取引制限の禁止"),
            ("CeaseAndDesistOrder", "株式会社みなづき舗道", "3", "不当な取引制限の禁止"),
        ],
    ),
    (  # a table flattened one cell per line, its bars lost: the conduct, the bare article
        # (its law in the column's header), the wrong; (2社) is both companies', (…のみ) one's;
        # the officers' ban, its addressees not named, does not keep them from the companies'
        "令和6年11月5日\n架空県\n\n訪問販売業者2社に対する業務停止命令等について\n\n 架空県は、本日、給湯器の交換工事を訪問販売で勧誘していた株式会社あお"
        "ば建装及びミドリ住設株式会社に対し、業務の一部の停止を命じるとともに、必要な措置を指示しました。\n1 業務停止命令\n 訪問販売に関する業務のうち、役務提供契"
        "約の締結について勧誘することを停止すること。\n2 業務禁止命令(代表取締役)\n 両社の代表取締役に対し、前記1と同一の期間、当該業務を新たに開始することを禁"
        "止すること。\n命令の対象となる不適正な取引行為\n不適正な取引行為\n特定商取引に関する法律の条項\n点検に来たと告げるのみで、勧誘の目的を明らかにしていなか"
        "った。(2社)\n第3条\n勧誘目的等不明示\n契約書面に、工事の内容を記載していなかった。(株式会社あおば建装のみ)\n第5条第1項\n書面の記載不備\n",
        [
            ("BusinessSuspensionOrder", "ミドリ住設株式会社", "3", "勧誘目的等不明示"),
            ("BusinessSuspensionOrder", "株式会社あおば建装", "3", "勧誘目的等不明示"),
            ("BusinessSuspensionOrder", "株式会社あおば建装", "5", "書面の記載不備"),
            ("Order", "ミドリ住設株式会社", "3", "勧誘目的等不明示"),
            ("Order", "株式会社あおば建装", "3", "勧誘目的等不明示"),
            ("Order", "株式会社あおば建装", "5", "書面の記載不備"),
            ("Order", "", "3", "勧誘目的等不明示"),
        ],
    ),
    (  # a list of wrongs under labels of whose they are (・統括者:…), the provisions in
        # 別紙: the label is no wrong; the law's own 施行規則 under its item only tells the act
        "令和6年3月1日\n架空庁\n\n連鎖販売業者に対する業務停止命令について\n\n架空庁は、本日、"
        "株式会社みのり水に対し、特定商取引法第39条第1項の規定に基づき、業務の一部を停止するよう命じ"
        "ました。\n認定した違反行為は、以下のとおりです。\n・統括者:株式会社みのり水\n不実告知、迷惑勧誘\n"
        "別紙1\n2.統括者の違反行為\n(1)不実告知(特定商取引法第34条第1項)\n同社の勧誘者は、事実と"
        "異なることを告げていました。\n(2)迷惑勧誘(特定商取引法第38条第1項第4号に基づく特定商取引に"
        "関する法律施行規則第31条第1号)\n同社の勧誘者は、深夜まで勧誘を続けていました。\n",
        [
            ("BusinessSuspensionOrder", "株式会社みのり水", "34", "不実告知"),
            ("BusinessSuspensionOrder", "株式会社みのり水", "38", "迷惑勧誘"),
        ],
    ),
    (  # the law's duty unmet, the term its 施行規則 sets on the way: the law's provision
        "令和6年2月9日\n架空労働局\n\n労働者派遣事業改善命令について\n\n架空労働局は、本日、"
        "有限会社しらかば派遣に対し、労働者派遣法第49条第1項に基づく改善命令を行った。\n処分理由\n"
        "有限会社しらかば派遣は、労働者派遣法第23条第1項により提出が義務付けられている事業報告書を、"
        "労働者派遣法施行規則第17条第3項に定める期限を過ぎても提出しなかった。\n",
        [("BusinessImprovementOrder", "有限会社しらかば派遣", "23", "")],
    ),
    (  # each wrong on a bulleted line, its provision in brackets on the line below
        "平成31年3月19日\n架空県\n\n訪問販売業者に対する行政処分について\n\n架空県は、本日、"
        "株式会社せせらぎ浄水に対し、特定商取引法第7条第1項の規定に基づき指示を行いました。\n違反行為\n"
        "・契約書面の交付義務に違反する行為(記載不備)\n(特定商取引法第5条第1項違反)\n",
        [("Order", "株式会社せせらぎ浄水", "5", "契約書面の交付義務に違反する行為(記載不備)")],
    ),
    (  # the article's caption in brackets names the wrong, not the thing the order's item
        # tells the company to stop
        "令和7年9月5日\n個人情報保護委員会\n\n個人情報の保護に関する法律に基づく行政上の対応について"
        "\n\n個人情報保護委員会は、本日、株式会社あさぎ名簿に対し、個人情報の保護に関する法律(以下「法」"
        "という。)第148条第1項の規定に基づき、次のとおり勧告を行った。\n(1) 法第19条(不適正な利用の"
        "禁止)の規定に違反する個人情報の提供を直ちに中止すること。\n",
        [("Recommendation", "株式会社あさぎ名簿", "19", "不適正な利用の禁止")],
    ),
    (  # table rows without their first bar: each wrong is the company's whose row holds it
        "令和5年8月1日\n架空総合通信局\n\n電波法違反の無線局の免許人に対する行政処分\n\n架空総合通信局は、"
        "電波法に違反した2法人に対し、本日、無線局の運用停止の行政処分を行いました。\n"
        "被処分者 | 違反内容 | 処分内容 |\n---|---|---|\n株式会社しおかぜ水産(港市) | 登録を受けずに"
        "無線局を開設したもの。 | 無線局2局の運用停止(電波法第76条第1項) |\n"
        "ヤマセミ林業有限会社(森市) | 免許状に記載のない周波数で通信したもの。(電波法第53条違反) | "
        "無線局3局の運用停止(電波法第76条第1項) |\n",
        [("Order", "ヤマセミ林業有限会社", "53", "")],
    ),
    (  # news: the duty a provision sets, held broken (…に違反するとしている), of a counted group
        "2022年11月17日\n食品業界ニュース\n\nあおい食品とみどり畜産が食品表示法違反\n\n農林水産省は"
        "16日、株式会社あおい食品とみどり畜産株式会社の2社に「指示」処分を出した。指示は食品表示法"
        "第6条第1項に基づくもので、2社の行為は同法第5条に規定する食品表示基準の遵守義務に違反すると"
        "している。\n",
        [
            ("Order", "みどり畜産株式会社", "5", "食品表示基準の遵守義務"),
            ("Order", "株式会社あおい食品", "5", "食品表示基準の遵守義務"),
        ],
    ),
    (  # what the law's provision requires, said not kept (…において、…しなければならないと
        # されているのに、…提出することなく): the law's provision is broken
        "平成27年7月1日\n架空労働局\n\n派遣元事業主に対する労働者派遣事業改善命令について\n\n"
        "架空労働局長は、本日、有限会社こまくさ派遣に対し、労働者派遣法第49条第1項に基づく労働者派遣"
        "事業改善命令を行った。\n処分理由\n有限会社こまくさ派遣は、労働者派遣法第23条第1項において、"
        "事業報告書を提出しなければならないとされているのに、期限を経過してもこれを提出することなく、"
        "労働者派遣法の規定に違反したこと。\n",
        [("BusinessImprovementOrder", "有限会社こまくさ派遣", "23", "")],
    ),
    (  # the staff of the body sanctioned (同市の職員が): the wrong is the body's own
        "2024年1月20日\n架空法律事務所ニュース\n\n個人情報保護委員会の指導事例\n\n委員会は、2023年12月"
        "5日、みどり台市に対し、個人情報の保護に関する法律(以下「法」)第157条に基づく指導を行いました。"
        "同市の職員が住民の名簿をメールで誤送信した事案で、委員会への速報は期限を大幅に過ぎてから行われて"
        "いました(法第68条第1項)。\n",
        [("Guidance", "みどり台市", "68", "")],
    ),
    (  # a records database's prose list: each numbered wrong with its provision in brackets
        "自動車運送事業者に対する行政処分等の情報\n事業者名 |\nかすみ運送株式会社 |\n処分年月日 |\n"
        "令和6年2月20日 |\n違反行為の概要 |\n令和5年12月6日、監査を実施。違反が認められたため、"
        "本日、かすみ運送株式会社に対し、貨物自動車運送事業法第33条の規定に基づき、輸送施設の使用停止"
        "処分を行った。(1)点呼の実施義務違反(貨物自動車運送事業輸送安全規則第7条第1項)、(2)運行"
        "記録計による記録義務違反(貨物自動車運送事業輸送安全規則第9条) |\n",
        [
            ("Order", "かすみ運送株式会社", "7", "点呼の実施義務違反"),
            ("Order", "かすみ運送株式会社", "9", "運行記録計による記録義務違反"),
        ],
    ),
    (  # a news item: the provision 「で禁じられた行為に該当する」 what was done, no caption
        "観光庁は12日、あけぼの旅行株式会社に対し、旅行業法に基づく業務停止命令を出した。"
        "あけぼの旅行は、運送事業者が届け出た運賃の下限を下回る額で貸切バスを手配していた。"
        "観光庁は、この手配が旅行業法第13条第3項第2号で禁じられた行為に該当すると判断した。\n",
        [("BusinessSuspensionOrder", "あけぼの旅行株式会社", "13", "")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=[
        "forbidden-in-a-kind-of-work-done-in-it",
        "item-points-below-subsections-headed-by-wrongs-law-item-through-ordinance",
        "tab-table-wrong-below-the-provision-and-an-ordinances-unfair-dealing",
        "cell-lists-two-wrongs",
        "wrong-ending-as-a-wrong-though-it-names-shido",
        "two-enactments-long-name-wrongs-in-turn",
        "two-provisions-two-wrongs-paired",
        "ihan-hojo-lines-company-and-provision",
        "ihan-hojo-one-line-with-caption",
        "column-headed-ihan-joko",
        "cell-provision-then-its-wrong",
        "news-wrong-through-an-ordinance",
        "two-provisions-each-its-caption",
        "korera-points-back-to-the-company-of-the-paragraph",
        "blog-caption-ni-ataru",
        "entry-of-a-standards-table",
        "a-breach-of-another-taken-part-in",
        "each-action-remedies-the-wrongs-of-its-own-law",
        "de-kinshi-shite-iru-okonatta",
        "table-cell-provision-with-caption",
        "duty-named-broken-across-a-pdf-line",
        "a-groups-name-each-company",
        "duty-wanting-and-not-to-be-let-pass",
        "quoted-penalties-and-a-thing-unmet",
        "besshi-2-no-kashikin-gyosha-wa",
        "naranai-to-sarete-iru-jusaseteita",
        "system-not-working-and-duty-ihan-shite-iru",
        "mata-goes-on-about-the-company-before",
        "bracketed-provision-defines-the-wrong",
        "motomeru-ni-tsuite-kaizen-suru-yo-shido",
        "told-one-by-one-then-together",
        "ground-after-an-unmet-duty",
        "prose-list-counted-ni-tsu-desu",
        "headed-wrong-provision-after-the-sentence",
        "defined-wrong-then-violated-provision-with-commas",
        "a-counted-group-then-kore-wa-each-companys-wrong",
        "lead-chain-without-wrongs-then-items-with-their-duties",
        "a-caption-in-kagikakko-after-the-article-ni-hansuru",
        "each-company-its-own-article-ni-tsuite-in-one-sentence",
        "itakumoto-ni-wa-itakusaki-ni-wa-each-its-wrong",
        "the-operators-wrong-is-no-wrong-of-the-licensee",
        "provision-line-then-caption-line-and-an-ordinances-prohibition-in-the-lead",
        "cause-lead-points-below-headings-end-with-the-wrongs-short-name",
        "heading-wrong-then-provision-ihan-in-brackets",
        "flattened-table-rows-each-opened-by-its-company",
        "officials-wrong-pointed-back-to-is-no-companys",
        "cells-on-lines-bare-article-column-law-2sha-and-nomi",
        "labels-of-whose-wrongs-and-the-laws-own-rules-under-its-item",
        "law-duty-unmet-its-rules-set-the-term",
        "bulleted-wrong-then-its-provision-line-in-brackets",
        "caption-over-the-thing-an-orders-item-stops",
        "rows-without-their-first-bar-each-wrong-its-rows-company",
        "news-duty-held-broken-to-shite-iru-of-a-counted-group",
        "law-requires-ni-oite-to-sarete-iru-noni-not-kept",
        "the-staff-of-the-body-sanctioned-its-own-wrong",
        "numbered-wrongs-each-with-its-provision-in-a-prose-list",
        "news-provision-de-kinjirareta-koui-ni-gaitou",
    ],
)
def test_violations_remedied(text: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(text)) == sorted(expected)


def test_a_sanction_in_a_cell_is_no_violation() -> None:
    n = parser.parse(
        "令和6年9月10日\n東海運輸局\n\n自動車運送事業者に対する行政処分等\n\n"
        "事業者の名称\t処分等年月日\t処分等の内容\n"
        "株式会社こもれび運送\t令和6年8月6日\t輸送施設の使用停止 30日車(貨物自動車運送事業法第33条)\n"
    )
    assert n.violations == ()


@pytest.mark.parametrize(
    "text",
    [
        "近畿厚生局は、同社に対し、健康保険法第73条の規定に基づく個別指導を実施したが、調剤録の"
        "提示がなかったため、個別指導を中断した。",
        "同社は、法第17条第1項に規定する書面を交付したが、その写しを保存していなかった。",
    ],
    ids=["an-action-done-then-another-clause", "a-duty-met-then-another-clause"],
)
def test_an_unmet_clause_after_another_is_no_unmet_duty(text: str) -> None:
    norm = normalize(text)
    cites = stages.resolved(stages.extract(norm)).citations
    assert cites, "the text cites a provision"
    assert violations.violations(norm, cites) == []


def test_a_ground_told_with_its_provision_in_brackets_is_no_violation() -> None:
    """「このことは、違反行為をし情状が特に重いとき(法第N条第1項第5号)に該当する」: the
    law's condition for the revocation, no wrong of the company's."""
    n = parser.parse(
        "令和3年6月10日\n架空県\n\n廃棄物処理法に基づく行政処分について\n\n県は、本日、株式会社"
        "あさつゆ環境に対し、廃棄物の処理及び清掃に関する法律(以下「法」という。)第14条の3の2第1項"
        "の規定により、産業廃棄物収集運搬業の許可を取り消しました。\n処分理由\n株式会社あさつゆ環境は、県知事の"
        "改善命令を履行しなかった。このことは、違反行為をし情状が特に重いとき(法第14条の3の2第1項"
        "第5号)に該当する。\n"
    )
    assert n.actions, "the revocation is read"
    assert n.violations == ()


def test_an_officers_conviction_and_a_class_of_persons_are_grounds_not_violations() -> None:
    """「取締役…は、法第16条(投棄禁止)違反の罪により罰金の刑に処せられ…。このことは、法第14条
    第5項第2号イに規定する者が役員である法人に該当し、…に該当する」: the revocation's grounds."""
    n = parser.parse(
        "令和3年6月10日\n架空県\n\n廃棄物処理法に基づく行政処分について\n\n県は、本日、有限会社"
        "こはぜ産業に対し、廃棄物の処理及び清掃に関する法律(以下「法」という。)第14条の3の2第1項の"
        "規定により、産業廃棄物収集運搬業の許可を取り消しました。\n処分理由\n有限会社こはぜ産業の取締役"
        "は、法第16条(投棄禁止)違反の罪により罰金の刑に処せられ、その刑が確定した。このことは、法第14条"
        "第5項第2号イに規定する者が役員である法人に該当し、法第14条の3の2第1項第4号に該当する。\n"
    )
    assert n.actions, "the revocation is read"
    assert n.violations == ()
