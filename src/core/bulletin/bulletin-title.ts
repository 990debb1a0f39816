/**
 * The bulletin's title from the table's: a table is titled as a table ("…统计表", "…排行榜(总榜
 * TOP20)", "…办理情况(2021.2.1—2021.2.28)") and a bulletin as a bulletin ("…情况通报"). The
 * table's own words are kept; what only a table says is dropped, the period put in front when the
 * title lacks it, and the scheme's topic added when the title does not name it.
 *
 *   "2017年二季度12345公众服务热线综合评价统计表" → "2017年二季度12345公众服务热线综合评价情况通报"
 *   "荆州市政务微博2021年2月排行榜(总榜TOP20)"     → "荆州市政务微博2021年2月传播力情况通报"
 */

/** Brackets holding only what a table needs: a date range, 总榜/市直/TOP20/前20名. */
const TABLE_BRACKETS =
  /[（(【[][^）)】\]]*(?:TOP\s*\d+|前\s*\d+\s*名?|总榜|榜单|\d{4}\s*[.．/-]\s*\d{1,2}\s*[.．/-]\s*\d{1,2})[^）)】\]]*[）)】\]]/gi;

/** Words that end a table's title and not a bulletin's, longest first. */
const TABLE_ENDINGS = [
  "情况统计表",
  "情况一览表",
  "情况汇总表",
  "统计汇总表",
  "情况表",
  "统计表",
  "汇总表",
  "一览表",
  "排名表",
  "排行榜",
  "排名榜",
  "榜单",
  "情况",
  "表",
];

export function bulletinBase(
  tableTitle: string,
  options: { period?: string | undefined; periodInTitle: boolean; topic?: string | undefined },
): string {
  let base = tableTitle.normalize("NFC").replace(TABLE_BRACKETS, "").replace(/\s+/g, "").trim();
  base = base.replace(/通报(?:（草稿）)?$/, "");
  for (let changed = true; changed;) {
    changed = false;
    for (const ending of TABLE_ENDINGS)
      if (base.endsWith(ending) && base.length > ending.length) {
        base = base.slice(0, -ending.length);
        changed = true;
        break;
      }
  }
  if (options.topic && !base.includes(options.topic)) base += options.topic;
  if (options.period && !options.periodInTitle) base = options.period + base;
  return base;
}
