import { scoreRun } from "../../../src/core/run/plan-for-run";
import type { ReportContext } from "../../../src/core/report/report-context";
import { evenCap, traceSheet } from "../../../src/core/report/trace-sheet";
import { syntheticTickets } from "../../helpers/ticket-logs";
import { planTexts } from "../../helpers/fixtures";

describe("evenCap", () => {
  it("cuts only the longest lists, as far as they must be cut", () => {
    expect(evenCap([5, 1, 3], 9)).toBe(Infinity);
    // 2 + 1 + 2 = 5 fits in 6; a cap of 3 would need 3 + 1 + 3 = 7.
    expect(evenCap([5, 1, 3], 6)).toBe(2);
    expect(evenCap([5, 1, 3], 7)).toBe(3);
    expect(evenCap([5, 1, 3], 0)).toBe(0);
    expect(evenCap([], 0)).toBe(Infinity);
  });
});

describe("核对 sheet", () => {
  // 2 400 tickets: ticket i goes to 单位(i % 80) unless i % 3 = 0 (answered on the spot), and is
  // late (是否超期 是) when i % 7 = 0 — late and transferred: 343 multiples of 7 below 2 400, less
  // the 115 multiples of 21, = 228.
  const run = scoreRun(
    { sheet: "log", top: 0, left: 0, values: syntheticTickets(2400) as never },
    null,
  );
  const tickets = run.tickets!;
  const ctx: ReportContext = {
    lang: "zh",
    reading: run.reading,
    evaluation: run.evaluation!,
    title: "测试",
    top: 10,
    liveFormulas: false,
    charts: false,
    tickets,
  };
  const lateLabel = tickets.resolved.rules.counters.find((c) => c.id === "late")!.label.zh;
  const rowsOf = (sheet: ReturnType<typeof traceSheet>) =>
    sheet.rows.map((r) => planTexts({ rows: [r] }));
  const headerAt = (sheet: ReturnType<typeof traceSheet>) =>
    rowsOf(sheet).findIndex((r) => r[0] === "单位");
  const full = traceSheet(ctx, "核对", tickets, "T_Trace");
  const listed = rowsOf(full).slice(headerAt(full) + 1);

  it("lists every traced ticket once, the late ones being the 228 counted by hand", () => {
    expect(listed.filter((r) => r[1] === lateLabel)).toHaveLength(228);
    const late = listed.filter((r) => r[1] === lateLabel && r[0] === "单位7").map((r) => r[2]);
    // 单位7 holds i ≡ 7 (mod 80); late also needs i ≡ 0 (mod 7), so i ≡ 7 (mod 560): 7, 567,
    // 1127, 1687, 2247 — less 567 and 2247, answered on the spot (multiples of 3).
    expect(late).toEqual(["G000000007", "G000001127", "G000001687"]);
    expect(full.tables[0]?.range).toBe(`A${headerAt(full) + 1}:C${full.rows.length}`);
  });

  it("fits a sheet that has fewer rows than tickets, cutting the longest lists evenly and saying so", () => {
    const total = listed.length;
    const rows = headerAt(full) + 1 + Math.floor(total / 2);
    const cut = traceSheet(ctx, "核对", tickets, "T_Trace", rows);
    expect(cut.rows.length).toBeLessThanOrEqual(rows);
    const texts = rowsOf(cut);
    const note = texts.find(
      (r) => typeof r[0] === "string" && r[0].includes("超过一张工作表的行数"),
    );
    expect(note?.[0]).toContain(`共有 ${total.toLocaleString("en-US")} 个工单编号`);
    const kept = texts.slice(headerAt(cut) + 1);
    // Every unit's every count that had tickets still has some, each its first ones.
    const key = (r: unknown[]) => `${String(r[0])}|${String(r[1])}`;
    const before = new Map<string, unknown[]>();
    for (const r of listed) before.set(key(r), [...(before.get(key(r)) ?? []), r[2]]);
    const after = new Map<string, unknown[]>();
    for (const r of kept) after.set(key(r), [...(after.get(key(r)) ?? []), r[2]]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const longest = Math.max(...[...after.values()].map((v) => v.length));
    for (const [k, ids] of after) {
      const all = before.get(k) ?? [];
      expect(ids).toEqual(all.slice(0, ids.length));
      // A list is cut only to the common cap.
      if (ids.length < all.length) expect(ids.length).toBe(longest);
    }
    expect(cut.tables[0]?.range).toBe(`A${headerAt(cut) + 1}:C${cut.rows.length}`);
  });

  it("does not cut a list that exactly fills the sheet", () => {
    const rows = headerAt(full) + 1 + listed.length;
    const exact = traceSheet(ctx, "核对", tickets, "T_Trace", rows);
    expect(exact.rows).toHaveLength(rows);
    expect(rowsOf(exact).slice(headerAt(exact) + 1)).toEqual(listed);
  });
});
