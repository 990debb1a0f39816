/**
 * The units an evaluation makes on demand from its columns must be the units the general path
 * would make: on random tables of every built-in scheme (plain figures, blanks, a few odd cells),
 * each unit — made alone by `unitAt` or with the rest by `units` — is checked against its row read
 * the general way (readUnitInputs, computeMeasures, indexValue, half-up rounding, the grade bands)
 * and against the ranks of `rank`; `unitAt(i)` and `units[i]` are one object.
 */
import fc from "fast-check";
import { gradeFor } from "../../../src/core/grade/grade";
import { rank } from "../../../src/core/rank/rank";
import { builtinSchemes } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { evaluate } from "../../../src/core/score/evaluate";
import { indexValue } from "../../../src/core/score/index-value";
import { keyValue } from "../../../src/core/score/key-value";
import { computeMeasures } from "../../../src/core/score/measures";
import { readUnitInputs } from "../../../src/core/score/unit-inputs";
import { readTable } from "../../../src/core/table/read-table";
import { roundHalfUp } from "../../../src/core/values/decimal-round";
import type { CellValue } from "../../../src/core/values/parse-cell";

const odd = fc.constantFrom<CellValue>(0, "95%", "-", "64W+", "", null, -3);

/** The columns of the random tables: the unit first, no printed values (a unit with those is checked as it is made). */
function tableFields(scheme: Scheme) {
  return scheme.fields.filter((f) => f.kind !== "printed" && f.kind !== "ignored");
}

function rowFor(scheme: Scheme): fc.Arbitrary<CellValue[]> {
  const fields = tableFields(scheme).slice(1);
  return fc
    .tuple(
      ...fields.map((f) =>
        fc.oneof(
          {
            weight: 40,
            arbitrary:
              f.kind === "rate"
                ? fc.integer({ min: 0, max: 100 }).map((x): CellValue => x / 100)
                : f.id === "group"
                  ? fc.constantFrom<CellValue>("县市区", "市直单位")
                  : fc.integer({ min: 20, max: 60 }).map((x): CellValue => x),
          },
          { weight: 1, arbitrary: odd },
        ),
      ),
    )
    .map((cells) => {
      // Mostly keep the scheme's relations (办理数 ≤ 应办理数 …), so most rows are plain.
      for (const rel of scheme.relations) {
        const l = fields.findIndex((f) => f.id === rel.lesser);
        const g = fields.findIndex((f) => f.id === rel.greater);
        const [x, y] = [cells[l], cells[g]];
        if (typeof x === "number" && typeof y === "number" && x > y) cells[l] = y;
      }
      return cells;
    });
}

describe("units made from the columns", () => {
  for (const scheme of builtinSchemes()) {
    it(`are the general path's units: ${scheme.id}`, () => {
      let plain = 0;
      fc.assert(
        fc.property(
          fc.array(rowFor(scheme), { minLength: 1, maxLength: 20 }),
          fc.boolean(),
          (rows, alone) => {
            const header = tableFields(scheme).map((f) => f.label.zh);
            const values = [header, ...rows.map((r, i) => [`单位${i + 1}`, ...r])];
            const reading = readTable(
              { sheet: "表", top: 0, left: 0, values },
              { schemes: [scheme], scheme },
            );
            const evaluation = evaluate({ ...reading, scheme });
            const n = evaluation.columns.score.length;
            // Made one at a time first, or all at once: the same objects either way.
            const made = alone
              ? Array.from({ length: n }, (_, i) => evaluation.unitAt(i))
              : evaluation.units;
            made.forEach((u, i) => expect(evaluation.units[i]).toBe(u));
            const byName = new Map(reading.rows.all().map((r) => [r.unit, r]));
            const key = evaluation.order[0] ?? { key: "score", direction: "desc" as const };
            const keyMeasure = scheme.measures.find((m) => m.id === key.key);
            const ranks = rank(
              made.map((u) =>
                keyValue(keyMeasure, key.key === "score" ? u.score : u.measures[key.key]),
              ),
              key.direction,
              evaluation.rankMethod,
            );
            made.forEach((u, i) => {
              const row = byName.get(u.unit);
              if (!row) throw new Error(`no row for ${u.unit}`);
              expect(u.order).toBe(i);
              expect(u.cell).toBe(row.unitCell);
              expect(u.sheetRow).toBe(row.sheetRow);
              expect(u.rank).toBe(ranks[i] ?? null);
              if (evaluation.columns.flagged[i]) return; // made while scoring, by the general code
              plain++;
              const inputs = readUnitInputs(scheme, row);
              expect(inputs.problems.filter((p) => p.severity !== "info")).toEqual([]);
              expect(u.notes).toEqual([]);
              expect(u.approximate).toBe(false);
              expect(u.zeroMeasures).toEqual([]);
              expect(u.printed).toEqual({});
              const measured = computeMeasures(scheme.measures, inputs.values);
              for (const m of scheme.measures)
                expect(u.measures[m.id] ?? null).toBe(measured.values[m.id] ?? null);
              if (!scheme.index) return expect(u.score).toBeNull();
              const outcome = indexValue(scheme.index, {
                value: (id) => measured.values[id] ?? inputs.values[id] ?? undefined,
                days: 30,
              });
              if (!outcome.ok) throw new Error("a plain unit without a score");
              expect(u.rawScore).toBe(outcome.raw);
              const score = roundHalfUp(outcome.raw, scheme.index.precision);
              expect(u.score).toBe(score);
              expect(u.grade).toBe(scheme.grades ? (gradeFor(score, scheme.grades) ?? null) : null);
            });
          },
        ),
        { numRuns: 60 },
      );
      // Not a vacuous pass: units were made from the columns.
      expect(plain).toBeGreaterThan(50);
    });
  }

  it("says which place has no unit", () => {
    const scheme = builtinSchemes()[0] as Scheme;
    const header = scheme.fields.map((f) => f.label.zh);
    const reading = readTable(
      { sheet: "表", top: 0, left: 0, values: [header] },
      { schemes: [scheme], scheme },
    );
    expect(() => evaluate({ ...reading, scheme }).unitAt(0)).toThrow(RangeError);
  });
});
