/**
 * The scheme rendered as native Excel formulas, so a result sheet can be audited cell by cell and
 * recalculates without the add-in: rates (with the zero-denominator rule), the index tree
 * (=ROUND(30*H4+30*J4+20*(1-L4)+20*N4,1)), grades (nested IF over the bands) and ranks
 * (RANK.EQ, COUNTIF across group sheets, SUMPRODUCT for dense ranks). Function names are Excel's
 * English ones; a file writer adds whatever prefix its format needs.
 */
import type { GradeBand } from "../grade/grade";
import type { RankMethod } from "../rank/rank";
import { foldIndex, type IndexAlgebra } from "../schemes/index-tree";
import { transformMeaning } from "../schemes/leaf-transforms";
import type { Index, Measure } from "../schemes/scheme";

/** The current row's cell (e.g. "D4") holding a measure or input, if the sheet has one. */
export type CellOf = (valueId: string) => string | undefined;

type RatioMeasure = Extract<Measure, { kind: "ratio" }>;

function num(n: number): string {
  return String(n);
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function ratioFormula(measure: RatioMeasure, cellOf: CellOf): string | undefined {
  const denominator = cellOf(measure.denominator);
  if (!denominator) return undefined;
  let numerator = "";
  for (const [i, term] of measure.numerator.entries()) {
    const cell = cellOf(term.input);
    if (!cell) return undefined;
    numerator += term.sign === -1 ? `-${cell}` : i === 0 ? cell : `+${cell}`;
  }
  const quotient =
    measure.numerator.length > 1 ? `(${numerator})/${denominator}` : `${numerator}/${denominator}`;
  const whenZero = { error: null, zero: "0", full: "1", blank: '""' }[measure.zeroPolicy];
  return whenZero === null ? `=${quotient}` : `=IF(${denominator}=0,${whenZero},${quotient})`;
}

/** The index tree as one Excel expression over the row's cells (undefined if a cell is missing). */
function formulaAlgebra(cellOf: CellOf, days: number): IndexAlgebra<string | undefined> {
  return {
    leaf(leaf) {
      const cell = cellOf(leaf.value);
      if (!cell) return undefined;
      const per = leaf.per;
      let x = cell;
      if (per === "day") x = `(${cell}/${num(days)})`;
      else if (per) {
        const divisor = cellOf(per.input);
        if (!divisor) return undefined;
        x = `IF(${divisor}=0,0,${cell}/${divisor})`;
      }
      return transformMeaning(leaf.transform).excel(x);
    },
    sum(parts, node) {
      const terms: string[] = [];
      for (const part of parts) {
        if (part.value === undefined) return undefined;
        terms.push(part.weight === 1 ? part.value : `${num(part.weight)}*${part.value}`);
      }
      const sum = terms.join("+");
      return node ? `(${sum})` : sum;
    },
  };
}

/** =ROUND(scale*(Σ weight·node)^power, precision): the score as the bulletin rounds it. */
export function indexFormula(index: Index, cellOf: CellOf, days: number): string | undefined {
  const sum = foldIndex(index, formulaAlgebra(cellOf, days));
  if (sum === undefined) return undefined;
  let body = index.power === 1 ? sum : `(${sum})^${num(index.power)}`;
  if (index.scale !== 1) body = `${num(index.scale)}*${index.power === 1 ? `(${body})` : body}`;
  return `=ROUND(${body},${index.precision})`;
}

/** =IF(S4>=95,"A",IF(S4>=90,"B",…,"E")): the first band whose floor the score reaches. */
export function gradeFormula(scoreCell: string, bands: readonly GradeBand[]): string {
  let expression = '""';
  for (const band of [...bands].reverse()) {
    expression =
      band.min === undefined
        ? quoteText(band.label)
        : `IF(${scoreCell}>=${num(band.min)},${quoteText(band.label)},${expression})`;
  }
  return `=${expression}`;
}

/** A rank among the cells of one range (absolute, e.g. $S$4:$S$40). */
export function rankFormula(
  cell: string,
  range: string,
  direction: "desc" | "asc",
  method: RankMethod,
): string {
  if (method === "competition") return `=RANK.EQ(${cell},${range},${direction === "desc" ? 0 : 1})`;
  const better = direction === "desc" ? ">" : "<";
  return `=SUMPRODUCT((${range}${better}${cell})/COUNTIF(${range},${range}))+1`;
}

/** A competition rank over several sheets' ranges: one plus the units that did better anywhere. */
export function rankAcrossFormula(
  cell: string,
  ranges: readonly string[],
  direction: "desc" | "asc",
): string {
  const better = direction === "desc" ? '">"' : '"<"';
  return `=1+${ranges.map((r) => `COUNTIF(${r},${better}&${cell})`).join("+")}`;
}
