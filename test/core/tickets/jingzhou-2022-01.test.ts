/**
 * The Jingzhou January 2022 opening figures (schemes.md §7) from a log made to agree with them:
 * every figure exactly, at the bulletin's precision, and the bulletin opening with them.
 */
import { prepareRun } from "../../../src/core/run/plan-for-run";
import { builtinSchemes } from "../../../src/core/schemes/builtin";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/run-settings";
import { recogniseLog } from "../../../src/core/tickets/read-ticket-log";
import { runTickets } from "../../../src/core/tickets/ticket-run";
import { jingzhouJanuary2022 } from "../../helpers/ticket-logs";

const log = jingzhouJanuary2022();
const grid = { sheet: "工单明细", top: 0, left: 0, values: log.rows };
const settings = {
  from: "2022-01-01",
  to: "2022-01-31",
  cutoff: "2022-02-06",
  previousFigures: {},
};

function counted() {
  const recognised = recogniseLog(grid);
  if (!recognised) throw new Error("not recognised as a log");
  const result = runTickets(recognised, settings, builtinSchemes());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.run;
}

describe("Jingzhou 12345, January 2022, from its tickets", () => {
  const run = counted();
  const all = run.headline.all;

  it("recognises the log and leaves the personal columns unread", () => {
    expect(run.layout.roles.map((r) => r.role)).toEqual(
      expect.arrayContaining([
        "id",
        "received",
        "type",
        "category",
        "mode",
        "unit",
        "group",
        "closed",
        "valid",
        "callback",
      ]),
    );
    expect(run.layout.personal.map((p) => p.header).sort()).toEqual(
      ["来电人", "联系电话", "身份证号", "诉求内容", "事发地址"].sort(),
    );
  });

  it("counts what the bulletin printed", () => {
    expect(all.received).toBe(32345);
    expect(all.onTheSpot?.count).toBe(27188);
    expect(all.transferred?.count).toBe(5157);
    expect(all.handled?.count).toBe(4725);
    expect(all.categories.slice(0, 4).map((c) => [c.name, c.count])).toEqual([
      ["疫情防控类", 13143],
      ["城市管理类", 6041],
      ["行政管理类", 4646],
      ["社会民生类", 4306],
    ]);
  });

  it("opens the bulletin with them, at the printed precision", () => {
    const prepared = prepareRun({
      grid,
      request: { ...DEFAULT_SETTINGS, tickets: settings },
      stamp: { generatedAt: "2022-02-07T02:00:00Z", generator: "test" },
    });
    expect(prepared.kind).toBe("ready");
    if (prepared.kind !== "ready") return;
    const text = prepared.bulletin.sections.flatMap((s) => s.paragraphs).join("\n");
    expect(text).toContain(
      "2022年1月，受理市民有效诉求共32345件，其中当场答复27188件，当场答复率84.06%；转部门办理5157件，截至2月6日已办结4725件，办结率为91.62%。",
    );
    expect(text).toContain(
      "疫情防控类13143件，占40.63%；城市管理类6041件，占18.68%；行政管理类4646件，占14.36%；社会民生类4306件，占13.31%",
    );
    expect(text).not.toContain("待填：受理总量");
    // Ranked from the counted table: its units are the log's, with the tickets each was sent.
    expect(prepared.run.evaluation.units.length).toBe(log.unitCounts.size);
    const sent = prepared.run.evaluation.units.map((u) => [u.unit, u.measures.tasks]);
    expect(new Map(sent as [string, number][])).toEqual(log.unitCounts);
  });
});
