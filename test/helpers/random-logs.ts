/**
 * Random ticket logs for the engines' agreement tests (fast-check): blanks, padded and full-width
 * spaces, five time formats and impossible days, numbers as text, phone numbers where a unit or a
 * category is, under each built-in rule set with and without a period and a cut-off.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { countWithDuckDb } from "../../src/cli/tickets/duckdb-log";
import { NO_PROGRESS } from "../../src/cli/tickets/progress";
import { builtinSchemes } from "../../src/core/schemes/builtin";
import { recogniseLog } from "../../src/core/tickets/read-ticket-log";
import { runTickets, type TicketSettings } from "../../src/core/tickets/ticket-run";
import type { CellValue } from "../../src/core/values/parse-cell";
import { csvText } from "./ticket-logs";

export const HEADER = [
  "工单编号",
  "受理时间",
  "来电人",
  "联系电话",
  "诉求类型",
  "诉求分类",
  "栏目",
  "办理方式",
  "承办单位",
  "单位类别",
  "签收时间",
  "签收时限",
  "办结时限",
  "办结时间",
  "办理状态",
  "是否超期",
  "是否急件",
  "重办次数",
  "回访结果",
  "是否有效",
  "转办次数",
  "是否主动回复",
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const times = fc.oneof(
  fc
    .record({
      d: fc.integer({ min: 1, max: 31 }),
      h: fc.integer({ min: 0, max: 23 }),
      m: fc.integer({ min: 0, max: 59 }),
      mo: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ d, h, m, mo }) =>
      pick([
        `2022-0${mo}-${String(d).padStart(2, "0")} ${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00`,
        `2022/${mo}/${d} ${h}:${String(m).padStart(2, "0")}`,
        `2022年${mo}月${d}日`,
        ` 2022-0${mo}-${String(d).padStart(2, "0")}　`,
        `2022-0${mo}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:30+08:00`,
      ]),
    ),
  pick(["", "无", "2022-02-31 10:00:00", "2022-13-01", "不详", "2022-01-05 25:00"]),
);
const text = (values: string[]) =>
  fc.oneof(
    pick(values),
    pick(["", " ", "　"]),
    pick(values).map((v) => ` ${v}　`),
  );
export const ticket = fc.tuple(
  fc.integer({ min: 1, max: 99999 }).map((n) => `T${n}`),
  times,
  pick(["张伟", "李芳"]),
  pick(["13912345678", "13800001111"]),
  text(["投诉", "求助", "咨询"]),
  text(["城市管理", "交通", "13912345678类"]),
  text(["荆楚问政", "民生热线"]),
  text(["当场答复", "转办", "派单", "直接办结"]),
  text(["市住建局", "市交通局", "洪湖市", "单位13800001111"]),
  text(["县市区", "市直单位"]),
  times,
  times,
  times,
  times,
  text(["已办结", "办理中", "已归档"]),
  text(["是", "否", "Y", "1"]),
  text(["是", "否", "紧急"]),
  pick(["", "0", "1", "2", " 3 ", "一次", "1.5"]),
  text(["满意", "基本满意", "不满意", "未回访", "无法联系"]),
  text(["是", "否", "有效"]),
  pick(["", "0", "1", "2", "3"]),
  text(["是", "否"]),
);
export const settings = fc.record(
  {
    rulesId: pick(["tickets-composite", "tickets-monthly", "messages-petition"]),
    from: pick(["2022-01-01", "2022-02-01"]),
    to: pick(["2022-01-31", "2022-02-28"]),
    cutoff: pick(["2022-02-06", "2022-03-10"]),
  },
  { requiredKeys: ["rulesId"] },
);

/**
 * A random log counted by the core and by DuckDB from a CSV file (`dir/log-<tail>.csv`): the two
 * references every other engine is compared with. Every third ticket comes again — tickets alike
 * in every text, as a real log's are by the thousand — so the SQL's grouping of alike tickets is
 * weighed too.
 */
export async function countedByCoreAndDuckDb(
  tickets: readonly (readonly CellValue[])[],
  chosen: Omit<TicketSettings, "previousFigures">,
  dir: string,
  tail: number,
) {
  const rows: CellValue[][] = [...tickets, ...tickets.filter((_, i) => i % 3 === 0)].map((t) => [
    ...t,
  ]);
  const values = [["工单明细"], HEADER, ...rows];
  const ticketSettings: TicketSettings = { ...chosen, previousFigures: {} };
  const recognised = recogniseLog({
    sheet: "log",
    top: 0,
    left: 0,
    values: values.map((r) => r.map((v) => (v === "" ? null : v))),
  });
  if (!recognised) throw new Error("not a log");
  const core = runTickets(recognised, ticketSettings, builtinSchemes());
  if (!core.ok) throw new Error(JSON.stringify(core.errors));
  const file = join(dir, `log-${tail}.csv`);
  writeFileSync(file, csvText(values));
  const duck = await countWithDuckDb(
    file,
    "log",
    ticketSettings,
    builtinSchemes(),
    "zh",
    NO_PROGRESS,
  );
  if (!duck?.count.ok) throw new Error("DuckDB did not count");
  return { rows, file, ticketSettings, core: core.run, duck: duck.count.run };
}
