/**
 * The Yueyang 2017 Q2 opening (schemes.md §7) from a log made to agree with what can agree, and
 * the figures its bulletin printed inconsistently flagged, not forced: its category shares fit
 * about 39 710 tickets, which is none of the totals the log has.
 */
import { prepareRun } from "../../../src/core/run/plan-for-run";
import { builtinSchemes } from "../../../src/core/schemes/builtin";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/run-settings";
import { checkPrinted } from "../../../src/core/tickets/printed-figures";
import { recogniseLog } from "../../../src/core/tickets/read-ticket-log";
import { runTickets } from "../../../src/core/tickets/ticket-run";
import { yueyang2017Q2 } from "../../helpers/ticket-logs";

const log = yueyang2017Q2();
const grid = { sheet: "工单明细", top: 0, left: 0, values: log.rows };
const recognised = recogniseLog(grid);
const result = recognised && runTickets(recognised, undefined, builtinSchemes());
if (!result?.ok) throw new Error("not counted");
const { headline, resolved } = result.run;

describe("Yueyang 12345, 2017 Q2, from its tickets", () => {
  it("is counted by the comprehensive evaluation's rules, to the printed figures", () => {
    expect(resolved.rules.id).toBe("tickets-composite");
    expect(headline.all.received).toBe(71266);
    expect(headline.byType.map((t) => [t.name, t.count])).toEqual([
      ["投诉", 29486],
      ["求助", 20780],
      ["咨询", 14938],
      ["其他", 5580],
      ["建议", 285],
      ["表扬", 197],
    ]);
    expect(headline.all.transferred?.count).toBe(39818);
    expect(headline.all.handled?.count).toBe(39770);
    expect([headline.all.urgent, headline.all.urgentInTime?.count]).toEqual([3017, 3004]);
    expect([headline.all.calledBack, headline.all.satisfied?.count]).toEqual([2713, 2617]);
    const counties = headline.busiest.find((g) => g.group === "县市区");
    expect(counties?.units.map((u) => `${u.name} ${u.count}`)).toEqual([
      "岳阳县 4383",
      "岳阳楼区 4048",
      "湘阴县 3532",
      "汨罗市 2570",
      "临湘市 2328",
    ]);
  });

  it("agrees with what the bulletin printed consistently, at its precision", () => {
    const checks = checkPrinted(headline, [
      { figure: "received", count: 71266 },
      { figure: "type", name: "投诉", count: 29486 },
      { figure: "handled", rate: "99.88%" },
      { figure: "satisfied", count: 2617, rate: "96.5%" },
      { figure: "unit", name: "岳阳县", count: 4383 },
    ]);
    expect(checks.map((c) => c.agrees)).toEqual([true, true, true, true, true]);
  });

  it("flags the category shares, which fit no total of the log", () => {
    const [city] = checkPrinted(headline, [
      { figure: "category", name: "城市管理类", count: 5341, rate: "13.45%" },
    ]);
    expect(city?.agrees).toBe(false);
    // 5341 / 0.13455 = 39695.3 … 5341 / 0.13445 = 39724.8: a total of 39 696 to 39 724.
    expect(city?.note.zh).toContain("13.45%对应的总数约为39696—39724件");
    expect(city?.note.zh).toContain("受理总量71266件");
    expect(city?.note.zh).toContain("转部门办理（承办）总量39818件");
    // A share of what was received, as a bulletin should print it: 5341 / 71266 = 7.49 %.
    expect(
      checkPrinted(headline, [{ figure: "category", name: "城市管理类", rate: "7.49%" }])[0]
        ?.agrees,
    ).toBe(true);
  });

  it("opens with the year-on-year growth on 64 085", () => {
    const prepared = prepareRun({
      grid,
      request: { ...DEFAULT_SETTINGS, tickets: { previousFigures: { received: 64085 } } },
      stamp: { generatedAt: "2017-07-10T02:00:00Z", generator: "test" },
    });
    if (prepared.kind !== "ready") throw new Error(prepared.kind);
    const text = prepared.bulletin.sections.flatMap((s) => s.paragraphs).join("\n");
    // 7181 / 64085 = 11.21 % → 11.2 %.
    expect(text).toContain(
      "2017年第二季度，受理市民诉求共71266件，同比增加7181件，增幅11.2%，其中",
    );
    expect(text).toContain("急办工单3017件，已及时办理3004件");
    expect(text).toContain("回访2713件，满意2617件，满意率96.46%");
  });
});
