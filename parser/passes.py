"""The events stage: an ordered, named list of passes over drafts of actions. Each pass
takes the context and the drafts so far and returns new drafts; nothing is changed in
place. The drafts themselves come from the performed, headed, labelled and tabled
sanction terms (`taken.drafts`), or from the title where the body states none."""

from __future__ import annotations

from collections.abc import Callable

from shobun.parser import (
    asked,
    based,
    beside,
    bidden,
    cased,
    celled,
    chronicle,
    contents,
    deadlines,
    described,
    dues,
    headed,
    labels,
    lead,
    merge,
    portioned,
    reasoned,
    recounted,
    referred,
    retold,
    rowed,
    rowkinds,
    surcharged,
    tallied,
    topical,
)
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.positions import ByStart
from shobun.parser.taken import drafts

Pass = Callable[[Context, tuple[Draft, ...], ByStart[Term]], tuple[Draft, ...]]

PASSES: tuple[tuple[str, Pass], ...] = (
    # 「…に基づく勧告を公表した案件は3件…」 over 「日付対象企業違反事項」 rows run together
    ("actions a run-together table lists", rowed.listed),
    # 「(1) 排除措置命令」 over 「…に対する件 A株式会社とB株式会社が…。 3条後段 令和元年6月4日」
    ("actions a list of cases sets out", cased.cases),
    # 「|被処分者|⏎違反内容|⏎処分内容|⏎A社…|⏎…|⏎…の運用停止(電波法第76条第1項)|」: A's
    ("actions a table's cells of actions hold", celled.rowed),
    # 「業務停止の期間は、A支店が…、B…とC…が…。」 after a lead of 行政処分: each company's
    ("actions a sentence of contents portions out", portioned.portioned),
    # 「処分日|令和5年11月20日|」 in the block that sets an action out dates it
    ("dates labelled in an action's block", lambda ctx, ds, _: labels.labelled_dates(ctx, ds)),
    # 「■X・本社営業所(…県…市)⏎10月10日、…の使用停止(…)、文書警告の行政処分。」: X's
    ("addressees a news list's bullet line names", headed.bulleted),
    # whom the actions set out without an addressee are for, and the lead's day
    ("addressees from the lead and the lists", lambda ctx, ds, _: lead.fill(ctx, ds)),
    # 「2023年8月29日 立入調査の実施。」 in a chronology; 「…処分を行いましたので、お知らせします」
    ("days of a chronology's rows and of an undated lead", chronicle.dated),
    # 「## Ⅱ 株式会社Bに対する業務改善命令」 above an action that names no one: B
    ("addressees a heading line names", headed.addressees),
    # 「本日、…勧告を行い、…報告等の求めを行うことを決定した。」: the request is today's too
    ("requests today's action's sentence names", contents.requested_after),
    # 「…日、…事業者に対し、…停止を命じた。…同社に、…停止するよう命じ」: the first's day
    ("days an action told again was first told on", retold.first_told),
    # 「…同社に、…停止するよう命じ、あわせて…を指示した。」: the second is of the first's day
    ("days of the other action in a sentence", retold.same_sentence),
    # 「命令では、…までに報告するよう求めた。」: the order's own report, before any merging
    ("reports an order spoken of asks for", asked.asked_of_spoken),
    # 「…局は3日、…処分としたと発表した。…2日に監査…即日…使用停止にした」: the 2nd
    ("days of an announced action told again", retold.announced),
    # the announcement, the heading and the body of one action become one draft
    ("one draft per action", lambda ctx, ds, ts: merge.merge(ds, labels.title_order(ctx, ts))),
    # 「…2社に…を命じた。…局は9月29日付で、A(…)に命じた。」: each addressee's own day
    ("days a later sentence gives each addressee", retold.days),
    # a 根拠条文 section gives the actions of its kinds their basis
    ("bases listed apart", lead.bases),
    # 「改善命令はいずれも同法第49条第1項に基づくもので、…報告するよう求めた」: that kind's
    ("a sentence about one kind of action", topical.told_of),
    # 「命令の根拠として「景品表示法第7条第1項」」, 「根拠法令 建設業法第28条第3項」
    ("bases told apart", based.told_apart),
    # 「…第8条第1項(業務停止命令)、第7条第1項(指示)…に基づく処分です」, 「運用停止(電波法…)」
    ("bases written beside a kind", beside.bases),
    # 「下記(1)については…第52条第1項第9号に基づき、下記(2)については…」: each item's basis
    ("bases given by reference to the items", lambda ctx, ds, _: referred.by_reference(ctx, ds)),
    # the paragraph a company's reasons say its conduct falls under (…第65条第2項に該当する)
    ("bases the reasons name", reasoned.reasons),
    # 「…第52条第1項及び第51条の規定に基づき、以下の行政処分を行った。(1)…(2)…」
    ("bases a lead names before its items", lambda ctx, ds, _: referred.in_order(ctx, ds)),
    # sections that describe an action lend it their deadlines, items and scope
    ("sections that describe an action", described.describe),
    # …and an investigation in B's part keeps only the deadlines B's part gives
    ("deadlines of a company's part", headed.own_deadlines),
    # a section headed 指示の内容 gives the instructions their deadline
    ("instructions set out apart", labels.instructed),
    # 「Aについては、…課徴金の納付を命じていない」「(注)Bは、…排除措置命令の対象としていない」
    ("orders not given to some of a group", lead.exempted),
    # 「5 課徴金納付命令の概要⏎A株式会社⏎課徴金額⏎…」 of two offenders: A's only
    ("surcharges a part sets out for some", surcharged.named_only),
    # 「| C合同会社 | … | 業務改善命令 |」 under a lead of 停止命令及び改善命令: C's row decides
    ("orders a table's row does not give its company", rowkinds.spared),
    # 「排除措置命令⏎課徴金額」 columns of a 違反行為者一覧 with ― in a company's row: not given
    ("orders a table of offenders marks as not given", tallied.spared),
    # a 納付期限 section, or 「納付期限は…です」, gives the surcharges their deadline
    ("deadlines set apart", lambda ctx, ds, _: dues.due_sections(ctx, ds)),
    # 「(3) A社 …A社は、…までに改善措置を講じ…報告すること。」: the one action A was given
    (
        "deadlines a company's section imposes",
        lambda ctx, ds, _: deadlines.in_company_sections(ctx, ds),
    ),
    # 「…の実施を同社に指示し、11月17日までに改善策を報告するよう求めている」: the 指示's own
    ("reports an instruction asks for", asked.with_instruction),
    # 「…に業務改善命令を出した。…までに改善計画を提出するよう求めた。」: the order's own
    ("plans an order asks for", asked.plans),
    # 「厳重注意を行うとともに、…までに報告するよう求めました」: the warning's own report
    ("reports a warning asks for", asked.with_warning),
    # 「業務改善命令では、…を8月29日までに報告することが求められている。」
    ("deadlines of an order spoken of", asked.spoken_of),
    # 「(2)勧告内容 ア …こと。 イ …までに報告すること。」 with no section: the 勧告's deadline
    ("deadlines of an action's content told inline", contents.told),
    # 「業務改善報告書の提出期限は12月16日。」 in a news item: today's actions' deadline
    ("a report's deadline said on its own", contents.said_due),
    # 「…行政指導を行った。…文書では、同社に次の5点を…求めた。⏎1. …⏎5. …までに報告すること」
    ("deadlines of items a sentence of their own announces", bidden.announced),
    # 「経緯⏎…2. このため、当局は、同組合に対して改善指導を行い、…」: an earlier step, no day
    ("undated steps of a case's history", recounted.undated),
)


def found(ctx: Context, terms: list[Term]) -> tuple[Draft, ...]:
    """The drafts the body states; the title's, where the body states none."""
    stated, said = drafts(ctx, terms)
    return tuple(stated) if said else lead.titled(ctx, terms)


def run(ctx: Context, terms: list[Term]) -> tuple[Draft, ...]:
    terms = labels.with_label_orders(ctx, terms)
    by_start = ByStart(terms, lambda t: t.start)
    out = found(ctx, terms)
    for _name, step in PASSES:
        out = step(ctx, out, by_start)
    return out
