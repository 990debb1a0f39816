/**
 * The Hubei 网络问政 May 2019 figures (schemes.md §7) from a message log made to agree with them,
 * and the opening that says them, with the growth on last May's 136 replies (28.7 %).
 */
import { prepareRun } from "../../../src/core/run/plan-for-run";
import { builtinSchemes } from "../../../src/core/schemes/builtin";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/run-settings";
import { recogniseLog } from "../../../src/core/tickets/read-ticket-log";
import { runTickets } from "../../../src/core/tickets/ticket-run";
import { hubeiMay2019 } from "../../helpers/ticket-logs";

const log = hubeiMay2019();
const grid = { sheet: "留言明细", top: 0, left: 0, values: log.rows };

describe("Hubei 网络问政, May 2019, from its messages", () => {
  const recognised = recogniseLog(grid);
  const result = recognised && runTickets(recognised, undefined, builtinSchemes());
  if (!result?.ok) throw new Error("not counted");
  const { headline } = result.run;

  it("takes the message rules and counts both columns", () => {
    expect(result.run.resolved.rules.id).toBe("messages-petition");
    expect(headline.all.received).toBe(242);
    expect(headline.all.replied?.count).toBe(175);
    const byName = new Map(headline.columns.map((c) => [c.name, c]));
    const jc = byName.get("荆楚问政");
    const ms = byName.get("民生热线");
    expect([
      jc?.received,
      jc?.valid,
      jc?.forwarded,
      jc?.forwardedAgain,
      jc?.replied?.count,
    ]).toEqual([65, 37, 60, 23, 18]);
    expect([
      ms?.received,
      ms?.forwarded,
      ms?.forwardedAgain,
      ms?.replied?.count,
      ms?.repliedUnasked,
    ]).toEqual([177, 258, 81, 157, 18]);
    expect(ms?.categories.map((c) => `${c.name} ${c.count}`)).toEqual([
      "行政管理问题 27",
      "城市管理问题 25",
      "住房管理问题 24",
      "交通管理问题 17",
      "企业投诉问题 15",
    ]);
  });

  it("opens the bulletin with them and last May's growth", () => {
    const prepared = prepareRun({
      grid,
      request: { ...DEFAULT_SETTINGS, tickets: { previousFigures: { replied: 136 } } },
      stamp: { generatedAt: "2019-06-10T02:00:00Z", generator: "test" },
    });
    if (prepared.kind !== "ready") throw new Error(prepared.kind);
    const text = prepared.bulletin.sections.flatMap((s) => s.paragraphs).join("\n");
    // (175 − 136) / 136 = 28.676 % → 28.7 %.
    expect(text).toContain("共收到242条网友留言，有175条留言得到相关部门回复，同比增长28.7%。");
    expect(text).toContain(
      "《荆楚问政》栏目收到留言65条，有效留言37条，转办60次（含二次转交23次），获得回复18条",
    );
    expect(text).toContain("转办258次（含二次转交81次），获得回复157条（含主动回复18条）");
    expect(text).toContain(
      "《民生热线》留言按问题分类，NO.1 行政管理问题27条，NO.2 城市管理问题25条，NO.3 住房管理问题24条，NO.4 交通管理问题17条，NO.5 企业投诉问题15条。",
    );
    // The petition table counted per replying unit: letters and those closed.
    const units = prepared.run.evaluation.units;
    expect(units.reduce((s, u) => s + (u.measures.letters ?? 0), 0)).toBe(37 + 177);
    expect(units.reduce((s, u) => s + (u.measures.closed ?? 0), 0)).toBe(175);
  });
});

describe("last period's log", () => {
  it("is counted by this period's rules and gives the growth", () => {
    const last = hubeiMay2019();
    // Last May: the same log with 39 fewer replies (175 − 39 = 136).
    let dropped = 0;
    const rows = last.rows.map((row, i) => {
      if (i < 2 || dropped >= 39 || row[9] === null) return row;
      dropped++;
      return [...row.slice(0, 9), null, ...row.slice(10)];
    });
    const prepared = prepareRun({
      grid,
      request: { ...DEFAULT_SETTINGS, basis: "yoy" },
      previous: [{ sheet: "去年5月", top: 0, left: 0, values: rows }],
      stamp: { generatedAt: "2019-06-10T02:00:00Z", generator: "test" },
    });
    if (prepared.kind !== "ready") throw new Error(prepared.kind);
    const text = prepared.bulletin.sections.flatMap((s) => s.paragraphs).join("\n");
    expect(text).toContain("有175条留言得到相关部门回复，同比增长28.7%");
    expect(prepared.comparison?.units.length).toBeGreaterThan(0);
  });
});
