/**
 * The core's engine on a log small enough to count by hand: five tickets, two units, a cut-off.
 */
import { checkRules } from "../../../src/core/tickets/ticket-rules";
import { ticketsComposite } from "../../../src/core/tickets/builtin-rules";
import { recogniseLog } from "../../../src/core/tickets/read-ticket-log";
import { resolveRules } from "../../../src/core/tickets/resolve-rules";
import { tallyLog } from "../../../src/core/tickets/tally-log";

const values = [
  [
    "工单编号",
    "受理时间",
    "办理方式",
    "承办单位",
    "办结时间",
    "办结时限",
    "重办次数",
    "回访结果",
    "诉求类型",
  ],
  [
    "A1",
    "2022-01-03 09:00",
    "转办",
    "市住建局",
    "2022-01-05 10:00",
    "2022-01-06 18:00",
    "0",
    "满意",
    "投诉",
  ],
  [
    "A2",
    "2022-01-04 09:00",
    "转办",
    "市住建局",
    "2022-01-08 10:00",
    "2022-01-06 18:00",
    "1",
    "不满意",
    "投诉",
  ],
  [
    "A3",
    "2022-01-05 09:00",
    "转办",
    "市交通局",
    "2022-02-08 10:00",
    "2022-01-09 18:00",
    null,
    "基本满意",
    "求助",
  ],
  ["A4", "2022-01-06 09:00", "当场答复", null, null, null, null, null, "咨询"],
  [
    "A5",
    "2021-12-31 09:00",
    "转办",
    "市交通局",
    "2022-01-02 10:00",
    "2022-01-05 18:00",
    "0",
    "未回访",
    "投诉",
  ],
];

describe("tallyLog", () => {
  const recognised = recogniseLog({ sheet: "log", top: 0, left: 0, values });
  const checked = checkRules({
    ...ticketsComposite,
    from: "2022-01-01",
    to: "2022-01-31",
    cutoff: "2022-02-06",
  });
  if (!recognised || !checked.ok) throw new Error("setup");
  const resolved = resolveRules(checked.rules, new Set(recognised.layout.roles.map((r) => r.role)));
  const tally = tallyLog(recognised.log, resolved);
  const of = (counts: number[], id: string) => counts[tally.counters.indexOf(id)];

  it("counts only the period's tickets, handled ones only by the cut-off", () => {
    // A5 was received in December; A3 closed on 8 February, after the cut-off.
    expect(tally.rows).toBe(4);
    expect(of(tally.total, "transferred")).toBe(3);
    expect(of(tally.total, "onTheSpot")).toBe(1);
    expect(of(tally.total, "handled")).toBe(2);
    // A2 closed on the 8th, due on the 6th: late, and sent back once.
    expect(of(tally.total, "late")).toBe(1);
    expect(of(tally.total, "rework")).toBe(1);
    expect(of(tally.total, "calledBack")).toBe(3);
    expect(of(tally.total, "satisfied")).toBe(2);
  });

  it("adds each ticket to its unit and type, and lists the tickets behind", () => {
    const housing = tally.units.find((u) => u.key === "市住建局");
    expect(
      housing && [
        of(housing.counts, "transferred"),
        of(housing.counts, "late"),
        of(housing.counts, "dissatisfied"),
      ],
    ).toEqual([2, 1, 1]);
    expect(tally.byType.map((t) => [t.key, of(t.counts, "received")])).toEqual([
      ["投诉", 2],
      ["求助", 1],
      ["咨询", 1],
    ]);
    expect(tally.trace).toEqual(
      expect.arrayContaining([
        { counter: "late", unit: "市住建局", ids: ["A2"] },
        { counter: "dissatisfied", unit: "市住建局", ids: ["A2"] },
      ]),
    );
    expect(tally.firstTime).toBe(Date.UTC(2022, 0, 3, 9) / 1000);
  });
});
