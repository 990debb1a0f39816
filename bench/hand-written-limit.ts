/**
 * The hand-written limit (#21): the fastest honest code for one scheme — the comprehensive
 * evaluation (综合评价, schemes.md §1) — reading the same grid as govrank and giving the same
 * scores, grades and ranks. Written once for this table and nothing else: no header detection, no
 * problems, no report. It is what govrank's general core is measured against, so it must agree
 * with it unit by unit; `test/bench/hand-written-limit.test.ts` checks that on random tables.
 *
 * Same arithmetic as the core, in the same order (30·办结率 + 30·按期办结率 + 20·(1 − 返工率) +
 * 20·满意率, summed left to right, then half-up to 0.1 on the decimal value), so the doubles are
 * bit-identical, not merely close. Ranks come from one sort of packed keys in a Float64Array:
 * (1000 − score·10) · 2^24 + row, which orders by score descending and then by row, as the core's
 * stable order does.
 */
import type { CellGrid } from "../src/core/table/cell-grid";
import type { CellValue } from "../src/core/values/parse-cell";
import { roundHalfUp } from "../src/core/values/decimal-round";
import { syntheticColumns } from "./synthetic";

export interface LimitResult {
  /** In the core's order (by group as they first appear, then by score): names, scores, grades,
   * competition ranks over all units and within the unit's group (0 when there are no groups). */
  units: string[];
  scores: Float64Array;
  grades: string[];
  ranks: Int32Array;
  groupRanks: Int32Array;
}

const ROW_BITS = 2 ** 24;
const SCORE_STEPS = 1001; // 0.0 … 100.0 in tenths
const GROUP_SHIFT = ROW_BITS * SCORE_STEPS;

function gradeOf(score: number): string {
  return score >= 95 ? "A" : score >= 90 ? "B" : score >= 80 ? "C" : score >= 60 ? "D" : "E";
}

export function handWrittenLimit(grid: CellGrid): LimitResult {
  const rows = grid.values;
  const header = rows[0] ?? [];
  const columns = syntheticColumns(header);
  for (const [field, c] of Object.entries(columns))
    if (c < 0 && field !== "group")
      throw new Error(`the limit reads only the synthetic layout: no column for ${field}`);
  const { name, due, handled, late, rework, satisfaction, group: groupColumn } = columns;
  const n = rows.length - 1;
  if (n >= ROW_BITS) throw new Error("the packed keys hold at most 2^24 rows");
  const scores = new Float64Array(n);
  const tenths = new Int32Array(n);
  const groupOf = new Int32Array(n);
  const keys = new Float64Array(n);
  const above = new Int32Array(SCORE_STEPS + 1);
  // Group codes as integers in the order groups first appear; a blank group sorts last.
  const codes = new Map<string, number>();
  const blank: number[] = [];
  let ranked = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i + 1] as CellValue[];
    const d = row[due] as number;
    // A unit with nothing due has no rates: the core sets it aside (no tickets), so does this.
    if (!(d > 0)) continue;
    const h = row[handled] as number;
    const l = row[late] as number;
    const w = row[rework] as number;
    const cell = row[satisfaction];
    // Blank 满意率 counts as 100 %; a spreadsheet's 1.0000000000000002 is 100 % too.
    let s = typeof cell === "number" ? cell : 1;
    if (Math.abs(s - 1) < 1e-9) s = 1;
    let sum = 0;
    sum += 30 * (h / d);
    sum += 30 * ((h - l) / d);
    sum += 20 * (1 - w / d);
    sum += 20 * s;
    const score = roundHalfUp(sum, 1);
    scores[i] = score;
    const t = 1000 - Math.round(score * 10);
    tenths[i] = t;
    above[t + 1] = (above[t + 1] as number) + 1;
    if (groupColumn >= 0) {
      const g = row[groupColumn];
      const text = g === null || g === undefined ? "" : String(g).normalize("NFKC").trim();
      if (text === "") blank.push(i);
      else {
        let code = codes.get(text);
        if (code === undefined) codes.set(text, (code = codes.size));
        groupOf[i] = code;
      }
    }
    keys[ranked++] = i;
  }
  for (const i of blank) groupOf[i] = codes.size;
  // Competition rank over all units = 1 + the units with a higher score: a prefix sum over tenths.
  for (let t = 1; t <= SCORE_STEPS; t++) above[t] = (above[t] as number) + (above[t - 1] as number);
  for (let k = 0; k < ranked; k++) {
    const i = keys[k] as number;
    keys[k] = (groupOf[i] as number) * GROUP_SHIFT + (tenths[i] as number) * ROW_BITS + i;
  }
  const order = keys.subarray(0, ranked).sort();
  const out: LimitResult = {
    units: new Array<string>(ranked),
    scores: new Float64Array(ranked),
    grades: new Array<string>(ranked),
    ranks: new Int32Array(ranked),
    groupRanks: new Int32Array(ranked),
  };
  let previousGroup = -1;
  let previousScore = Number.NaN;
  let first = 0;
  let groupRank = 0;
  for (let k = 0; k < ranked; k++) {
    const i = (order[k] as number) % ROW_BITS;
    const score = scores[i] as number;
    const group = groupOf[i] as number;
    if (group !== previousGroup) {
      previousGroup = group;
      first = k;
      previousScore = Number.NaN;
    }
    if (score !== previousScore) {
      groupRank = k - first + 1;
      previousScore = score;
    }
    out.units[k] = String((rows[i + 1] as CellValue[])[name]);
    out.scores[k] = score;
    out.grades[k] = gradeOf(score);
    out.ranks[k] = (above[tenths[i] as number] as number) + 1;
    out.groupRanks[k] = groupColumn >= 0 ? groupRank : 0;
  }
  return out;
}
