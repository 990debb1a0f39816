import fc from "fast-check";
import { cellText, numberCell, text } from "../../../src/core/report/cells";
import { bodyCell, type BodyColumn } from "../../../src/core/report/plan";
import { firstOfRun, SheetDraft } from "../../../src/core/report/sheet-draft";
import { displayWidth } from "../../../src/core/text/display-width";

const print = { orientation: "portrait" as const, fitToWidth: true as const, header: "标题" };

describe("SheetDraft", () => {
  it("sizes columns from what they show (CJK twice as wide), ignoring merged title cells", () => {
    const draft = new SheetDraft("k", "summary", "汇总");
    draft.addRow([text("一个很长很长很长很长很长很长的标题", "title")]);
    draft.merge({ top: 0, left: 0, bottom: 0, right: 1 });
    draft.addRow([text("市自来水公司"), numberCell(0.99876, "0.00%")]);
    const sheet = draft.finish(print);
    // 市自来水公司: 12 columns + 2; 99.88%: 6 + 2 → the minimum width wins.
    expect(sheet.columnWidths[0]).toBe(14);
    expect(sheet.rows[1]?.[1]?.value).toEqual({ kind: "number", value: 0.99876 });
  });

  it("sizes a number column from its widest figure, whatever the order, the sign or the format", () => {
    const draft = new SheetDraft("k", "summary", "汇总");
    // Column 0: "1234567.9" (9 + 2 = 11) is the widest of the 0.0 figures; "-98765.43" (9 + 2)
    // under 0.00; a formula's cached figure counts like a number.
    for (const value of [12.3, 1234567.89, 5, 0.04]) draft.addRow([numberCell(value, "0.0")]);
    draft.addRow([numberCell(-98765.432, "0.00")]);
    draft.addRow([
      null,
      { value: { kind: "formula", formula: "=1", cached: -123456789.5 }, format: "0" },
    ]);
    draft.addRow([null, numberCell(0.5, "0.00%")]);
    const widths = draft.finish(print).columnWidths;
    expect(widths[0]).toBe(11);
    // "-123456790" is 10 characters (rounded by the format) + 2; "50.00%" is only 6.
    expect(widths[1]).toBe(12);
  });

  it("makes a wrapped row tall enough for its lines, 15 points a line", () => {
    const draft = new SheetDraft("k", "summary", "汇总");
    draft.fixWidth(0, 11);
    draft.addRow([text("岳".repeat(25), undefined, true)]);
    // 25 CJK characters = 50 columns in a 10-column width: 5 lines.
    expect(draft.finish(print).rowHeights[0]).toBe(75);
  });

  it("places cells by row and column, padding with empty cells", () => {
    const draft = new SheetDraft("k", "summary", "汇总");
    draft.set(2, 3, text("x"));
    expect(draft.rows).toHaveLength(3);
    expect(draft.rows[2]).toEqual([null, null, null, text("x")]);
  });

  it("sizes a body given as columns (typed figures, texts) as the same cells placed one by one", () => {
    const textArb = fc.oneof(
      fc.constantFrom("岳阳市公安局", "市自来水公司", "A", "B", "\u0001x", "𠀀𠀀"),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: fc.constantFrom("岳", "a", "\ud800"), maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            figure: fc.oneof(fc.double({ min: -1e7, max: 1e7 }), fc.constant(Number.NaN)),
            name: fc.option(textArb, { nil: null }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom("reversed", "rotated", "repeated", "every other"),
        (units, seed, order) => {
          // The body lists the units in another order than they are held, through `at`: a run of
          // places reordered (read front to back for widths), places repeated (min to max as many
          // as the units, not a run) or a run with gaps. Three entries before them are not theirs.
          const n = units.length;
          const place = {
            reversed: (i: number) => n - 1 - i,
            rotated: (i: number) => (i + seed) % n,
            repeated: (i: number) => i - (i % 2),
            "every other": (i: number) => (2 * i) % n,
          }[order];
          const at = Int32Array.from(units.keys(), (i) => 3 + place(i));
          const values = Float64Array.from([-1e9, 1e9, Number.NaN, ...units.map((u) => u.figure)]);
          const names = ["最长的一个单位名称不属于这张表", null, "x", ...units.map((u) => u.name)];
          const columns: BodyColumn[] = [
            {
              format: "0.00",
              style: "figure",
              value: (i) => {
                const v = values[at[i] as number] as number;
                return Number.isFinite(v) ? v : null;
              },
              figures: { values, at },
            },
            {
              format: "@",
              style: "cell",
              value: (i) => {
                const v = names[at[i] as number] ?? null;
                return v === null ? null : cellText(v);
              },
              texts: { values: names, at },
            },
            {
              // The same texts with their widths measured by their producer (a ranking's names).
              format: "@",
              style: "cell",
              value: (i) => {
                const v = names[at[i] as number] ?? null;
                return v === null ? null : cellText(v);
              },
              texts: {
                values: names,
                at,
                widths: Int32Array.from(names, (v) => (v === null ? 99 : displayWidth(v))),
              },
            },
          ];
          const body = new SheetDraft("k", "ranking", "排名");
          body.addRow([text("表头"), text(`列${seed}`), text("列")]);
          body.setBody({ top: 1, count: n, columns });
          const cells = new SheetDraft("k", "ranking", "排名");
          cells.addRow([text("表头"), text(`列${seed}`), text("列")]);
          for (let i = 0; i < n; i++) cells.addRow(columns.map((column) => bodyCell(column, i)));
          const a = body.finish(print);
          const b = cells.finish(print);
          expect(a.columnWidths).toEqual(b.columnWidths);
          expect(a.rowHeights).toEqual(b.rowHeights);
          expect(a.rows).toEqual(b.rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds the run a body's places make, whatever their order, and no run where they have gaps or repeats", () => {
    expect(firstOfRun(Int32Array.of(7, 5, 6), 3)).toBe(5);
    expect(firstOfRun(Int32Array.of(5, 5, 7), 3)).toBe(-1);
    expect(firstOfRun(Int32Array.of(5, 7), 2)).toBe(-1);
    // Only the first `count` places are the body's.
    expect(firstOfRun(Int32Array.of(2, 1, 9), 2)).toBe(1);
    expect(firstOfRun(new Int32Array(0), 0)).toBe(-1);
  });
});
