/**
 * The fast path may only ever take a row the general path would score without a word: on random
 * tables of every built-in scheme — plain numbers, blanks, text, percents, W+, negatives, rates
 * above 100 %, zeros — each row the fast path scores must give, by the general path, no problem,
 * nothing approximate, and the same measures, raw score, notes and ratio parts; and its no-ticket
 * answer, where it gives one, must be the general one.
 */
import fc from "fast-check";
import { builtinSchemes } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { isNoTickets } from "../../../src/core/score/evaluate";
import { indexValue } from "../../../src/core/score/index-value";
import { computeMeasures } from "../../../src/core/score/measures";
import { plainScorer } from "../../../src/core/score/plain-rows";
import { readUnitInputs } from "../../../src/core/score/unit-inputs";
import { readTable } from "../../../src/core/table/read-table";
import type { CellValue } from "../../../src/core/values/parse-cell";

const odd = fc.constantFrom<CellValue>(
  0,
  -3,
  1.5,
  97.5,
  250,
  1e16,
  Number.NaN,
  1 + 1e-12,
  "95%",
  "-",
  "无",
  "64W+",
  "x",
  "12",
  true,
  "",
  null,
);

/** A row of the scheme's fields after the unit: plain figures of each field's kind, a few odd cells. */
function rowFor(scheme: Scheme): fc.Arbitrary<CellValue[]> {
  const fields = scheme.fields.slice(1);
  return fc
    .tuple(
      ...fields.map((f) =>
        fc.oneof(
          {
            weight: 12,
            arbitrary:
              f.kind === "rate"
                ? fc.integer({ min: 0, max: 100 }).map((x): CellValue => x / 100)
                : fc.integer({ min: 0, max: 60 }).map((x): CellValue => x),
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
        if (typeof x === "number" && typeof y === "number" && x > y && Number.isInteger(x))
          cells[l] = y;
      }
      return cells;
    });
}

function gridFor(scheme: Scheme, rows: CellValue[][]) {
  const header = scheme.fields.map((f) => f.label.zh);
  const values: CellValue[][] = [header, ...rows.map((r, i) => [`单位${i + 1}`, ...r])];
  return { sheet: "表", top: 0, left: 0, values };
}

describe("plainScorer", () => {
  for (const scheme of builtinSchemes()) {
    it(`scores only rows the general path scores silently, alike: ${scheme.id}`, () => {
      let taken = 0;
      fc.assert(
        fc.property(
          fc.array(rowFor(scheme), {
            minLength: 1,
            maxLength: 25,
          }),
          (rows) => {
            const reading = readTable(gridFor(scheme, rows), { schemes: [scheme], scheme });
            const days = 30;
            const plain = plainScorer(scheme, reading.rows, days);
            reading.rows.all().forEach((row, i) => {
              const quick = plain.noTickets(i);
              if (quick !== undefined) expect(quick).toBe(isNoTickets(scheme, row));
              const fast = plain.score(i);
              if (!fast) return;
              taken++;
              const inputs = readUnitInputs(scheme, row);
              expect(inputs.problems).toEqual([]);
              expect(inputs.hasErrors).toBe(false);
              expect([...inputs.approximate]).toEqual([]);
              expect(fast.notes).toEqual(inputs.notes);
              const measured = computeMeasures(scheme.measures, inputs.values);
              expect(measured.failed).toEqual([]);
              expect(measured.zeroDenominator).toEqual([]);
              expect(fast.measures).toEqual(measured.values);
              expect(
                Object.fromEntries(
                  fast.parts.map((p) => [
                    p.id,
                    { numerator: p.numerator, denominator: p.denominator },
                  ]),
                ),
              ).toEqual(measured.parts);
              if (!scheme.index) return expect(fast.raw).toBeNull();
              const outcome = indexValue(scheme.index, {
                value: (id) => measured.values[id] ?? inputs.values[id] ?? undefined,
                days,
              });
              expect(outcome.ok && outcome.raw).toBe(fast.raw);
            });
          },
        ),
        { numRuns: 150 },
      );
      // Not a vacuous pass: the fast path took rows.
      expect(taken).toBeGreaterThan(20);
    });
  }

  it("takes the plain rows of a table worked by hand, and leaves the others to the general path", () => {
    const scheme = builtinSchemes().find((s) => s.id === "hotline-composite") as Scheme;
    // 应办理数, 办理数, 超期办理数, 返工数, 抽查不满意数 come after 单位 (and 分组, 序号) in the fields.
    const at = (id: string) => scheme.fields.findIndex((f) => f.id === id) - 1;
    const row = (due: CellValue, handled: CellValue, late: CellValue, sat: CellValue) => {
      const r: CellValue[] = Array.from({ length: scheme.fields.length - 1 }, () => null);
      r[at("due")] = due;
      r[at("handled")] = handled;
      r[at("late")] = late;
      r[at("rework")] = 0;
      r[at("satisfactionRate")] = sat;
      return r;
    };
    const reading = readTable(
      gridFor(scheme, [row(3, 3, 2, 1), row(3, 3, 2, "100%"), row(3, 4, 0, 1), row(3, 3, 2, null)]),
      { schemes: [scheme], scheme },
    );
    const plain = plainScorer(scheme, reading.rows, 30);
    // 长岭炼化公司's row (3 due, 3 handled, 2 late): 30 + 10 + 20 + 20 = 80.
    expect(plain.score(0)?.raw).toBe(80);
    expect(plain.score(1)).toBeUndefined(); // "100%" is text: parsed by the general path
    expect(plain.score(2)).toBeUndefined(); // handled above due: a relation to report
    // A blank 满意率 counts as 100 %, with the scheme's note.
    expect(plain.score(3)?.raw).toBe(80);
    expect(plain.score(3)?.notes.map((n) => n.zh)).toEqual(["无回访，满意率按100%计"]);
  });

  it("reads its columns a block at a time: rows past a block and visited out of order score alike", () => {
    const scheme = builtinSchemes().find((s) => s.id === "hotline-composite") as Scheme;
    const fields = scheme.fields.slice(1);
    // 10 000 rows (more than two blocks), every 97th one odd, figures that vary with the row.
    const rows: CellValue[][] = Array.from({ length: 10_000 }, (_, i) =>
      fields.map((f, k) =>
        i % 97 === 0 && k === 2
          ? "无"
          : f.kind === "rate"
            ? ((i * 7 + k) % 101) / 100
            : f.kind === "count"
              ? 50 + ((i * (k + 3)) % 40) - (f.id === "due" ? 0 : 40)
              : null,
      ),
    );
    const reading = readTable(gridFor(scheme, rows), { schemes: [scheme], scheme });
    const inOrder = plainScorer(scheme, reading.rows, 30);
    const expected = reading.rows.all().map((_, i) => inOrder.score(i));
    // Not vacuous: every block has rows the fast path takes (about half break a relation).
    for (const from of [0, 4_096, 8_192])
      expect(
        expected.slice(from, from + 1_800).filter((x) => x !== undefined).length,
      ).toBeGreaterThan(500);
    // Each row alone, by a scorer that has just read another block.
    const jumping = plainScorer(scheme, reading.rows, 30);
    const visits = [9_999, 0, 4_095, 4_096, 8_191, 8_192, 1, 5_000, 4_095, 9_998, 97, 194];
    visits.push(...Array.from({ length: 200 }, (_, k) => (k * 7_919) % 10_000));
    for (const i of visits) {
      expect(jumping.score(i)).toEqual(expected[i]);
      expect(jumping.noTickets(i)).toBe(inOrder.noTickets(i));
    }
    // And by the general path, for a row in the third block.
    const third = expected.findIndex((x, i) => i > 8_192 && x !== undefined);
    const inputs = readUnitInputs(scheme, reading.rows.at(third));
    expect(computeMeasures(scheme.measures, inputs.values).values).toEqual(
      expected[third]?.measures,
    );
  });
});
