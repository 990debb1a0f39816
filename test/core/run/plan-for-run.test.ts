/** One run from a request and a table: scored once, compared, drafted and planned. */
import { prepareRun } from "../../../src/core/run/plan-for-run";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/run-settings";
import { publishedGrid } from "../../helpers/fixtures";

const stamp = { generatedAt: "2026-12-02T08:00:00.000Z", generator: "govrank test" };
const grid = publishedGrid("yueyang-2017-q2-hotline-composite");

describe("prepareRun", () => {
  it("scores the table, drafts the bulletin once and plans the report from the same run", () => {
    const run = prepareRun({ grid, request: { ...DEFAULT_SETTINGS, title: "二季度" }, stamp });
    if (run.kind !== "ready") throw new Error(run.kind);
    expect(run.run.evaluation.units).toHaveLength(82);
    // Her title names the quarter its own way; the scheme's topic is added, not the period again.
    expect(run.bulletin.title).toBe("二季度综合评价情况通报");
    const plan = run.plan({ reservedSheetNames: [], tablePrefix: "GovRank1" });
    expect(
      plan.sheets
        .find((s) => s.key === "summary")
        ?.rows.flat()
        .some(
          (c) =>
            c?.value.kind === "text" && c.value.text === run.bulletin.sections[0]?.paragraphs[0],
        ),
    ).toBe(true);
  });

  it("compares with last period's grids, taking the one with the most ranked units", () => {
    const empty = { sheet: "空", top: 0, left: 0, values: [["无关"]] };
    const run = prepareRun({ grid, request: DEFAULT_SETTINGS, previous: [empty, grid], stamp });
    if (run.kind !== "ready") throw new Error(run.kind);
    expect(run.comparison?.volumes.find((v) => v.id === "due")?.change).toBe(0);
  });

  it("says when nothing can be ranked, or last period holds no table of the scheme", () => {
    const empty = { sheet: "空", top: 0, left: 0, values: [["无关"]] };
    expect(prepareRun({ grid: empty, request: null, stamp }).kind).toBe("nothing-to-rank");
    expect(prepareRun({ grid, request: null, previous: [empty], stamp }).kind).toBe(
      "no-previous-table",
    );
  });
});
