/**
 * The bulletin reads the evaluation's columns and makes a unit object only for a unit it names
 * with more than a figure (the low grades, whose gaps it matches) or one that carries a note: on
 * every published table its text is the same through a view of the evaluation that refuses the
 * whole unit list, and a table of 20 000 units makes only the objects of its low-grade units.
 */
import { bulletinFor, bulletinText } from "../../../src/core/bulletin/bulletin";
import { textAt } from "../../../src/core/score/coded-texts";
import type { Evaluation } from "../../../src/core/score/evaluate";
import { scoreGrid } from "../../../src/core/score/score-grid";
import type { CellValue } from "../../../src/core/values/parse-cell";
import { publishedEvaluation } from "../../helpers/fixtures";

const TABLES = [
  "yueyang-2017-q2-hotline-composite",
  "jingzhou-2021-02-hotline-side-by-side",
  "jingzhou-2021-02-weibo-bci",
  "jingzhou-2021-02-wechat-wci-city",
  "shiyan-county-2020-q1-petition-towns",
];

/** The evaluation as the bulletin may use it: its columns, and `unitAt` counted. */
function columnsOnly(evaluation: Evaluation): { view: Evaluation; made: Set<number> } {
  const made = new Set<number>();
  const view = Object.create(evaluation) as Evaluation;
  Object.defineProperty(view, "units", {
    get() {
      throw new Error("the bulletin asked for every unit object");
    },
  });
  view.unitAt = (at) => {
    made.add(at);
    return evaluation.unitAt(at);
  };
  return { view, made };
}

describe("the bulletin over the columns", () => {
  it.each(TABLES)("says the same without the unit list: %s", (name) => {
    const { reading, evaluation } = publishedEvaluation(name);
    const expected = bulletinText(bulletinFor(reading, evaluation));
    const { view } = columnsOnly(evaluation);
    expect(bulletinText(bulletinFor(reading, view))).toBe(expected);
  });

  it("makes the objects of the low-grade units it names, no others, of 20 000", () => {
    const header = ["部门名称", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"];
    // Every 1 000th unit handles half its tickets late: a D or E; the rest are A.
    const rows: CellValue[][] = Array.from({ length: 20_000 }, (_, i) =>
      i % 1_000 === 7 ? [`单位${i}`, 100, 100, 60, 0, 0.95] : [`单位${i}`, 100, 100, 0, 0, 0.99],
    );
    const grid = { sheet: "表", top: 0, left: 0, values: [header, ...rows] };
    const { reading, evaluation } = scoreGrid(grid);
    if (!evaluation) throw new Error("not scored");
    const { view, made } = columnsOnly(evaluation);
    const text = bulletinText(bulletinFor(reading, view));
    expect(text).toContain("单位7");
    const grades = evaluation.columns.grade;
    const low = Array.from(grades.codes, (_, at) => textAt(grades, at)).filter(
      (g) => g !== "A" && g !== null,
    ).length;
    expect(low).toBe(20);
    expect(made.size).toBe(low);
  });
});
