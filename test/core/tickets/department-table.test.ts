import { builtinScheme } from "../../../src/core/schemes/builtin";
import { ticketsMonthly } from "../../../src/core/tickets/builtin-rules";
import { departmentTable, tableTitle } from "../../../src/core/tickets/department-table";
import { resolveRules } from "../../../src/core/tickets/resolve-rules";
import type { TicketTally } from "../../../src/core/tickets/tally";
import { checkRules } from "../../../src/core/tickets/ticket-rules";

const checked = checkRules(ticketsMonthly);
if (!checked.ok) throw new Error("rules");
const resolved = resolveRules(
  checked.rules,
  new Set(["unit", "mode", "group", "signed", "signDeadline", "closed", "dueBy", "callback"]),
);
const scheme = builtinScheme("hotline-monthly");
if (!scheme) throw new Error("scheme");
const counters = resolved.counters.map((c) => c.counter.id);
const counts = (values: Record<string, number>) => counters.map((id) => values[id] ?? 0);
const tally: TicketTally = {
  counters,
  rows: 30,
  total: counts({}),
  units: [
    {
      key: "市直B",
      group: "市直单位",
      counts: counts({ transferred: 4, signedOnTime: 3, fedBackOnTime: 4, calledBack: 0 }),
    },
    {
      key: "县A",
      group: "县市区",
      counts: counts({
        transferred: 20,
        signedOnTime: 19,
        fedBackOnTime: 18,
        calledBack: 8,
        satisfied: 7,
      }),
    },
    { key: "", group: "", counts: counts({ transferred: 0 }) },
    { key: "无工单", group: "县市区", counts: counts({ transferred: 0 }) },
  ],
  byType: [],
  byCategory: [],
  byColumn: [],
  trace: [],
};

describe("departmentTable", () => {
  const table = departmentTable(
    tally,
    resolved,
    scheme,
    { kind: "month", year: 2022, month: 1, days: 31 },
    "zh",
    "荆州市12345热线工单明细（2022年1月）",
  );

  it("is the scheme's own columns, one row per unit with tickets, groups in order", () => {
    expect(table.grid.values[0]).toEqual(["荆州市12345热线2022年1月各单位办理情况统计表"]);
    expect(table.grid.values[1]).toEqual([
      "单位名称",
      "分组",
      "任务总数",
      "及时签收率",
      "按时反馈率",
      "满意率",
    ]);
    // 19/20, 18/20, 7/8; the city unit was never called back: 0 %, as Jingzhou prints it.
    expect(table.grid.values.slice(2)).toEqual([
      ["县A", "县市区", 20, 0.95, 0.9, 0.875],
      ["市直B", "市直单位", 4, 0.75, 1, 0],
    ]);
    expect(table.grid.numberFormats?.[2]).toEqual([null, null, null, "0.00%", "0.00%", "0.00%"]);
  });

  it("makes a title from the log's, or from the period and the scheme", () => {
    expect(
      tableTitle(undefined, { kind: "quarter", year: 2017, quarter: 2, days: 91 }, scheme, "zh"),
    ).toBe("2017年第二季度12345热线月度办理情况统计表");
    expect(
      tableTitle(
        "2022年1月荆州市留言明细",
        { kind: "month", year: 2022, month: 1, days: 31 },
        scheme,
        "zh",
      ),
    ).toBe("2022年1月荆州市各单位办理情况统计表");
  });
});
