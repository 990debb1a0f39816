/**
 * The units' columns moved into rank order in place must hold each unit's own figures at its
 * place: worked by hand on a small grouped table, against a plain column-by-column gather on random
 * ones (with room for rows set aside), and the in-place move against a plain gather on any permutation.
 */
import fc from "fast-check";
import { builtinScheme } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { textAt, type CodedColumn } from "../../../src/core/score/coded-texts";
import { orderAndRank, permuteColumns, TableOrder } from "../../../src/core/score/table-order";
import { rowList, type SourceRow } from "../../../src/core/table/source-row";

const scheme = builtinScheme("hotline-composite") as Scheme;
const measureCount = scheme.measures.length;
const SCORE_ORDER = [{ key: "score", direction: "desc" as const }];

function row(unit: string, sheetRow: number): SourceRow {
  return { sheetRow, block: 0, unit, unitCell: `表!A${sheetRow + 1}`, cells: {} };
}

/** A unit whose every measure is `base + k` (k the measure's index), so each figure is traceable. */
function measuresOf(base: number): number[] {
  return Array.from({ length: measureCount }, (_, k) => base + k);
}

describe("TableOrder and orderAndRank", () => {
  it("puts each unit's figures, group and row at its place, groups in order of first appearance", () => {
    const table = new TableOrder(
      scheme,
      rowList([row("甲", 3), row("乙", 4), row("丙", 5), row("丁", 6)]),
    );
    table.add(0, "县市区", null, measuresOf(100), 90.04, 90, "B", undefined);
    table.add(1, "市直单位", "一", measuresOf(200), 95.5, 95.5, "A", undefined);
    table.add(2, null, null, measuresOf(300), 99, 99, "A", undefined);
    table.add(3, "县市区", null, measuresOf(400), 96, 96, "A", undefined);
    const { columns, rowAt, rawScoreAt, early } = orderAndRank(
      scheme,
      table,
      SCORE_ORDER,
      "competition",
    );
    // 县市区 (丁 96 before 甲 90), then 市直单位 (乙), then the unit without a group (丙) last.
    expect(columns.unit).toEqual(["丁", "甲", "乙", "丙"]);
    const texts = (column: CodedColumn) => [0, 1, 2, 3].map((at) => textAt(column, at));
    expect(texts(columns.group)).toEqual(["县市区", "县市区", "市直单位", null]);
    // The unit without a group is "none" (-1) again after ranking, not the sort's code past the groups.
    expect(Array.from(columns.group.codes)).toEqual([0, 0, 1, -1]);
    expect(texts(columns.section)).toEqual([null, null, "一", null]);
    expect(texts(columns.grade)).toEqual(["A", "B", "A", "A"]);
    expect([0, 1, 2, 3].map((at) => rowAt(at).sheetRow)).toEqual([6, 3, 4, 5]);
    expect([0, 1, 2, 3].map((at) => rowAt(at).unit)).toEqual(["丁", "甲", "乙", "丙"]);
    expect(Array.from(columns.score)).toEqual([96, 90, 95.5, 99]);
    expect([0, 1, 2, 3].map(rawScoreAt)).toEqual([96, 90.04, 95.5, 99]);
    // Over the whole table: 丙 99 is 1st, 丁 96 2nd, 乙 95.5 3rd, 甲 90 4th.
    expect(Array.from(columns.rank)).toEqual([2, 4, 3, 1]);
    expect(Array.from(columns.groupRank)).toEqual([1, 2, 1, 1]);
    scheme.measures.forEach((m, k) => {
      expect(Array.from(columns.measures[m.id] ?? [])).toEqual([
        400 + k,
        100 + k,
        200 + k,
        300 + k,
      ]);
    });
    expect(early.size).toBe(0);
  });

  it("carries each name's display width to its place (two columns a CJK character)", () => {
    const table = new TableOrder(
      scheme,
      rowList([row("岳阳市公安局", 3), row("ABC", 4), row("市A局", 5)]),
    );
    table.add(0, null, null, measuresOf(1), 80, 80, "D", undefined);
    table.add(1, null, null, measuresOf(2), 95, 95, "A", undefined);
    table.add(2, null, null, measuresOf(3), 90, 90, "B", undefined);
    const { columns } = orderAndRank(scheme, table, SCORE_ORDER, "competition");
    expect(columns.unit).toEqual(["ABC", "市A局", "岳阳市公安局"]);
    // 3 ASCII letters; 2 ideographs and a letter; 6 ideographs.
    expect(Array.from(columns.unitWidth)).toEqual([3, 5, 12]);
  });

  it("gives a unit made while scoring its place, ranks and flag, wherever the ranking puts it", () => {
    const table = new TableOrder(scheme, rowList([row("甲", 3), row("乙", 4), row("丙", 5)]));
    table.add(0, null, null, measuresOf(100), 80, 80, "D", undefined);
    table.add(1, null, null, measuresOf(200), 85, 85, "C", undefined);
    const measures = Object.fromEntries(scheme.measures.map((m, k) => [m.id, 300 + k]));
    const made = {
      unit: "丙",
      group: null,
      section: null,
      cell: "表!A6",
      score: 99,
      rawScore: 99,
      grade: "A",
      rank: null,
      groupRank: null,
      order: 0,
      approximate: true,
      sheetRow: 5,
      measures,
      zeroDenominator: [],
      zeroMeasures: [],
      approximateInputs: ["due"],
      inconsistent: false,
      notes: [],
      printed: {},
    };
    table.addUnit(2, made);
    const { columns, early } = orderAndRank(scheme, table, SCORE_ORDER, "competition");
    // 丙 (99), the third row of the table, ranks first.
    expect(columns.unit).toEqual(["丙", "乙", "甲"]);
    expect([...early.keys()]).toEqual([0]);
    expect(early.get(0)).toBe(made);
    expect(made).toMatchObject({ rank: 1, groupRank: null, order: 0 });
    expect(Array.from(columns.flagged)).toEqual([1, 0, 0]);
    expect(columns.measures[scheme.measures[0]?.id ?? ""]?.[0]).toBe(300);
  });

  it("gives each unit's own figures, as a column-by-column permutation does", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            score: fc.oneof(
              fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
              fc.constant(NaN),
            ),
            group: fc.constantFrom("甲组", "乙组", null),
            base: fc.integer({ min: -1000, max: 1000 }),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 0, max: 5 }),
        (units, setAside) => {
          // Rows the scorer set aside come first in the reading: the columns are cut to the
          // units scored, each found by its own row's index.
          const rows = [
            ...Array.from({ length: setAside }, (_, k) => row(`空${k}`, 1000 + k)),
            ...units.map((_, i) => row(`单位${i}`, i + 3)),
          ];
          const table = new TableOrder(scheme, rowList(rows));
          units.forEach((u, i) =>
            table.add(
              setAside + i,
              u.group,
              null,
              measuresOf(u.base),
              u.score,
              u.score,
              null,
              undefined,
            ),
          );
          const { columns, rowAt } = orderAndRank(scheme, table, SCORE_ORDER, "competition");
          expect(columns.unit).toHaveLength(units.length);
          expect(columns.score).toHaveLength(units.length);
          expect(columns.rank).toHaveLength(units.length);
          const at = columns.unit.map((name) => Number(name.slice(2)));
          expect([...at].sort((a, b) => a - b)).toEqual(units.map((_, i) => i));
          at.forEach((i, place) => {
            const u = units[i] as (typeof units)[number];
            expect(textAt(columns.group, place)).toBe(u.group);
            expect(columns.score[place]).toBe(Number.isNaN(u.score) ? NaN : u.score);
            expect(rowAt(place).sheetRow).toBe(i + 3);
            expect(rowAt(place).unit).toBe(`单位${i}`);
            scheme.measures.forEach((m, k) =>
              expect(columns.measures[m.id]?.[place]).toBe(u.base + k),
            );
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("moves every column as a gather by the order would, in place, for any permutation", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 40 })
          .chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
        (order) => {
          const figures = [
            Float64Array.from(order, (_, i) => i + 0.5),
            Float64Array.from(order, (_, i) => -i),
          ];
          const integers = [Int32Array.from(order, (_, i) => 7 * i)];
          const gather = <T>(values: ArrayLike<T>) => order.map((i) => values[i] as T);
          const expected = [
            gather(figures[0] as Float64Array),
            gather(figures[1] as Float64Array),
            gather(integers[0] as Int32Array),
          ];
          permuteColumns(Int32Array.from(order), figures, integers);
          expect([
            Array.from(figures[0] as Float64Array),
            Array.from(figures[1] as Float64Array),
            Array.from(integers[0] as Int32Array),
          ]).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
