/**
 * A table read under a scheme → scored, graded, ranked units in the bulletin's order, the units
 * set aside (with their reason), every problem, and the overall figures.
 */
import { gradeFor, type GradeBand } from "../grade/grade";
import { problem, type Problem } from "../problems";
import type { RankMethod } from "../rank/rank";
import { schemeAsRun } from "../schemes/edited-scheme";
import type { LocalText, Scheme, SortKey } from "../schemes/scheme";
import type { TableReading } from "../table/read-table";
import {
  fieldFormat,
  fieldValue,
  hasField,
  valueAt,
  type RowList,
  type SourceRow,
} from "../table/source-row";
import { roundHalfUp } from "../values/decimal-round";
import { parseCell, type CellValue, type ParsedValue } from "../values/parse-cell";
import { checkPrinted } from "./consistency";
import { indexValue } from "./index-value";
import { computeMeasures } from "./measures";
import { overallFigures, type Overall } from "./overall";
import type { ExcludedUnit, ScoredUnit } from "./scored-unit";
import { plainScorer } from "./plain-rows";
import { firstOccurrence } from "./first-occurrence";
import { orderAndRank, TableOrder } from "./table-order";
import { printedFieldIds, readPrinted, readUnitInputs } from "./unit-inputs";
import { LazyUnits, NONE, NO_NOTES, NO_PRINTED, type UnitColumns } from "./unit-columns";

export type { UnitColumns } from "./unit-columns";

export interface EvaluateOptions {
  /** Days in the period for per-day indices (WCI); default: the title's period, else 30. */
  days?: number | undefined;
  rankMethod?: RankMethod | undefined;
  /** Order and rank by this key (a measure id or "score") instead of the scheme's. */
  sortKey?: SortKey | undefined;
  grades?: readonly GradeBand[] | undefined;
  /** 参评单位总数: the units under assessment, for grade shares (default: the table's units). */
  population?: number | undefined;
}

export interface Evaluation {
  scheme: Scheme;
  /** The units in the bulletin's order, made as objects when first asked for (unit-columns.ts). */
  readonly units: ScoredUnit[];
  /** The unit at a place in `units`, made alone: for a consumer that needs a few of 10^6. */
  unitAt(at: number): ScoredUnit;
  /** Every unit's figures as columns, in `units` order: what a consumer of all of them reads. */
  columns: UnitColumns;
  excluded: ExcludedUnit[];
  problems: Problem[];
  overall: Overall;
  days: number | null;
  daysSource: "option" | "period" | "default" | null;
  rankMethod: RankMethod;
  order: SortKey[];
}

const DEFAULT_DAYS = 30;

/** A unit with nothing to count (无工单): its key count and every count 0 or blank. Exported for the fast path's test. */
export function isNoTickets(scheme: Scheme, row: SourceRow): boolean {
  if (!scheme.excludeWhenZero) return false;
  const countIds = scheme.fields.filter((f) => f.kind === "count").map((f) => f.id);
  const key = parseCell(
    fieldValue(row, scheme.excludeWhenZero),
    fieldFormat(row, scheme.excludeWhenZero),
  );
  if (!(key.kind === "blank" || (key.kind === "number" && key.value === 0))) return false;
  return countIds.every((id) => {
    const v = parseCell(fieldValue(row, id), fieldFormat(row, id));
    return v.kind === "blank" || (v.kind === "number" && v.value === 0);
  });
}

/** The inputs a measure (or input) id rests on: itself, or a ratio's numerator and denominator. */
function inputsBehind(scheme: Scheme, id: string): string[] {
  const measure = scheme.measures.find((m) => m.id === id);
  if (!measure) return [id];
  if (measure.kind === "input") return [measure.input];
  return [...measure.numerator.map((t) => t.input), measure.denominator];
}

function resolveDays(
  scheme: Scheme,
  reading: TableReading,
  options: EvaluateOptions,
): Pick<Evaluation, "days" | "daysSource"> {
  if (!scheme.usesDays) return { days: null, daysSource: null };
  if (options.days !== undefined) return { days: options.days, daysSource: "option" };
  if (reading.period) return { days: reading.period.days, daysSource: "period" };
  return { days: DEFAULT_DAYS, daysSource: "default" };
}

export function evaluate(
  reading: TableReading & { scheme: Scheme },
  options: EvaluateOptions = {},
): Evaluation {
  // The scheme as run: with the clerk's grade bands, and its own identity if it was edited.
  const scheme = schemeAsRun(reading.scheme, { grades: options.grades });
  const problems: Problem[] = [...reading.problems];
  const { days, daysSource } = resolveDays(scheme, reading, options);
  const bands = scheme.grades;
  const precision = scheme.index?.precision ?? 2;
  const excluded: ExcludedUnit[] = [];
  // The scored units in table order, as columns; an object only for a unit with something to say.
  const rows = reading.rows;
  const scored = new TableOrder(scheme, rows);
  // Σ numerator and Σ denominator of each ratio over the scored units, in their order.
  const partSums: Record<string, { numerator: number; denominator: number }> = {};
  const tableBroken = reading.problems.some(
    (p) =>
      p.severity === "error" && (p.code === "missing-column" || p.code === "mapping-not-found"),
  );
  const printedIds = printedFieldIds(scheme);
  // Whether a block of the table prints a value the scorer checks: asked once per block, not per row.
  const blockPrints = reading.blocks.map((b) =>
    printedIds.some((id) => b.columns[id] !== undefined),
  );
  const zeroFlagged = zeroFlagSlots(scheme);
  const groupOf = groupReader();

  // Rows of plain numbers are scored from typed columns; the rest, and every problem, the general way.
  const plain = tableBroken ? undefined : plainScorer(scheme, rows, days ?? DEFAULT_DAYS);
  const measureIds = scheme.measures.map((m) => m.id);

  /** A row the fast path cannot take: read, checked and scored the general way, every problem said. */
  const scoreGeneral = (i: number, group: string | null, section: string | null): void => {
    const row = rows.at(i);
    const inputs = readUnitInputs(scheme, row);
    problems.push(...inputs.problems);
    if (inputs.hasErrors || tableBroken) {
      setAside(
        excluded,
        row,
        group,
        section,
        "invalid-input",
        inputs.problems.filter((p) => p.severity === "error").map((p) => p.code),
      );
      return;
    }
    const measured = computeMeasures(scheme.measures, inputs.values);
    if (measured.failed.length > 0) {
      problems.push(
        problem(
          "error",
          "zero-denominator",
          `${row.unit}（${row.unitCell}）的分母为0，无法计算${measured.failed.join("、")}。`,
          `${row.unit} (${row.unitCell}): a denominator is 0, so ${measured.failed.join(", ")} cannot be computed.`,
          { cell: row.unitCell, unit: row.unit },
        ),
      );
      setAside(excluded, row, group, section, "invalid-input", ["zero-denominator"]);
      return;
    }
    let rawScore: number | null = null;
    let approximate = false;
    if (scheme.index) {
      const outcome = indexValue(scheme.index, {
        value: (id) => measured.values[id] ?? inputs.values[id] ?? undefined,
        days: days ?? DEFAULT_DAYS,
      });
      if (!outcome.ok) {
        problems.push(
          problem(
            "error",
            "missing-value",
            `${row.unit}（${row.unitCell}）缺少计算所需的${outcome.missing}。`,
            `${row.unit} (${row.unitCell}) lacks ${outcome.missing}, which the index needs.`,
            { cell: row.unitCell, unit: row.unit },
          ),
        );
        setAside(excluded, row, group, section, "invalid-input", ["missing-value"]);
        return;
      }
      // A scheme of the clerk's own can make no number (a negative sum to a power of 0.5): that
      // unit is named and set aside, never graded on NaN.
      if (!Number.isFinite(outcome.raw)) {
        problems.push(
          problem(
            "error",
            "score-not-a-number",
            `${row.unit}（${row.unitCell}）的${scheme.index.label.zh}无法计算（按方案的权重和幂次得不出数值）。请检查方案的权重是否为负、幂次是否合适。`,
            `${row.unit} (${row.unitCell}): the ${scheme.index.label.en} cannot be computed (the scheme's weights and power give no number). Check for negative weights or the power.`,
            { cell: row.unitCell, unit: row.unit },
          ),
        );
        setAside(excluded, row, group, section, "invalid-input", ["score-not-a-number"]);
        return;
      }
      rawScore = outcome.raw;
      // A measure the index used is approximate when any input it is made from is.
      approximate =
        inputs.approximate.size > 0 &&
        [...outcome.used]
          .flatMap((id) => inputsBehind(scheme, id))
          .some((id) => inputs.approximate.has(id));
    } else {
      approximate = inputs.approximate.size > 0;
    }
    for (const [id, part] of Object.entries(measured.parts))
      addPart(partSums, id, part.numerator, part.denominator);
    scored.addUnit(
      i,
      finishUnit(
        scheme,
        bands,
        row,
        {
          group,
          section,
          rawScore,
          approximate,
          measures: measured.values,
          zeroDenominator: measured.zeroDenominator,
          approximateInputs: [...inputs.approximate],
          notes: inputs.notes,
          printed: inputs.printed,
        },
        problems,
      ),
    );
  };

  // A row is read by its index; its object is made only where it has something to say (#21).
  // Nothing in this loop's body is a closure: one that captured a variable of the body made V8
  // keep each row's variables in a context object of its own (~140 bytes a row at 10^6 rows).
  for (let i = 0; i < rows.length; i++) {
    const group = groupOf(rows, i);
    const section = rows.section(i) ?? null;
    if (rows.unit(i) === "") {
      const row = rows.at(i);
      problems.push(
        problem(
          "error",
          "blank-unit-name",
          `${row.unitCell} 单位名称为空，但这一行有数据。请填入单位名称，或删除这一行。`,
          `${row.unitCell}: the unit name is blank but the row has data. Fill in the name or delete the row.`,
          { cell: row.unitCell },
        ),
      );
      setAside(excluded, row, group, section, "invalid-input", ["blank-unit-name"]);
      continue;
    }
    if (plain?.noTickets(i) ?? isNoTickets(scheme, rows.at(i))) {
      setAside(excluded, rows.at(i), group, section, "no-tickets", []);
      continue;
    }
    if (!plain?.scoreInPlace(i)) {
      scoreGeneral(i, group, section);
      continue;
    }
    const { compiled } = plain;
    for (let k = 0; k < measureIds.length; k++) {
      const numerator = compiled.numerators[k] as number;
      if (!Number.isNaN(numerator))
        addPart(partSums, measureIds[k] as string, numerator, compiled.denominators[k] as number);
    }
    // The index before rounding, NaN when the scheme has none: kept a double, never null, so the
    // common row below makes no heap number for it or its score (#21).
    const rawIndex = plain.rawIndex[0] as number;
    // Plain figures with nothing to say (the common row): columns only, no object (#21).
    const printed = rows.columns(i)
      ? (blockPrints[rows.block(i)] ?? false)
      : printsAny(rows.at(i), printedIds);
    if (!printed && plain.notes.length === 0 && !anyZero(compiled.measures, zeroFlagged)) {
      const score = scheme.index ? roundHalfUp(rawIndex, precision) : Number.NaN;
      const grade = scheme.index && bands ? (gradeFor(score, bands) ?? null) : null;
      scored.add(i, group, section, compiled.measures, rawIndex, score, grade, undefined);
      continue;
    }
    const row = rows.at(i);
    scored.addUnit(
      i,
      finishUnit(
        scheme,
        bands,
        row,
        {
          group,
          section,
          rawScore: scheme.index ? rawIndex : null,
          approximate: false,
          measures: measureRecord(measureIds, compiled.measures),
          zeroDenominator: NONE,
          approximateInputs: NONE,
          notes: plain.notes.length === 0 ? NO_NOTES : [...plain.notes],
          printed: printed ? readPrinted(scheme, row) : {},
        },
        problems,
      ),
    );
  }

  flagDuplicateNames(scored, problems);
  const order = options.sortKey ? [options.sortKey] : scheme.ranking.order;
  const rankMethod = options.rankMethod ?? scheme.ranking.method;
  const { columns, rowAt, rawScoreAt, early } = orderAndRank(scheme, scored, order, rankMethod);
  const units = new LazyUnits(columns, rowAt, rawScoreAt, early);
  const overall = overallFigures(
    scheme,
    columns,
    [...early].sort((a, b) => a[0] - b[0]).map(([, u]) => u),
    excluded,
    [partSums],
    options.population,
  );
  if (options.population !== undefined && overall.populationSource === "table")
    problems.push(
      problem(
        "warning",
        "population-below-table",
        `参评单位总数设为${options.population}，少于表中的${overall.population}个单位（含无工单单位），占比仍按${overall.population}个单位计。请改正参评单位总数。`,
        `The units under assessment are set to ${options.population}, fewer than the ${overall.population} units in the table (no-ticket units included); shares stay over ${overall.population}. Correct the number.`,
      ),
    );
  return {
    scheme,
    get units() {
      return units.all();
    },
    unitAt: (at) => units.at(at),
    columns,
    excluded,
    problems,
    overall,
    days,
    daysSource,
    rankMethod,
    order,
  };
}

/** A row set aside, with its reason (a function, not a closure per row: #21). */
function setAside(
  excluded: ExcludedUnit[],
  row: SourceRow,
  group: string | null,
  section: string | null,
  reason: ExcludedUnit["reason"],
  codes: string[],
): void {
  excluded.push({ unit: row.unit, group, section, cell: row.unitCell, reason, codes });
}

/** The places (in the scheme's measures) of the measures the bulletin names at 0 (scheme.flagZero). */
function zeroFlagSlots(scheme: Scheme): number[] {
  return scheme.measures.flatMap((m, k) => (scheme.flagZero.includes(m.id) ? [k] : []));
}

/** Whether a row made by hand has a cell of any of these fields (a printed value to check). */
function printsAny(row: SourceRow, ids: readonly string[]): boolean {
  for (const id of ids) if (hasField(row, id)) return true;
  return false;
}

/** The fast path's measures by id (null where one is NaN: none). */
function measureRecord(
  ids: readonly string[],
  values: Float64Array,
): Record<string, number | null> {
  const measures: Record<string, number | null> = {};
  for (let k = 0; k < ids.length; k++) {
    const v = values[k] as number;
    measures[ids[k] as string] = Number.isNaN(v) ? null : v;
  }
  return measures;
}

/** Whether a measure at one of those places is 0: the unit then says so. */
function anyZero(measures: Float64Array, slots: readonly number[]): boolean {
  for (const k of slots) if (measures[k] === 0) return true;
  return false;
}

/**
 * A row's group, as the ranking keys it: folded (NFKC) and trimmed, each distinct text once —
 * a table of 10^6 rows has a handful of groups.
 */
function groupReader(): (rows: RowList, i: number) => string | null {
  const folded = new Map<CellValue, string | null>();
  return (rows, i) => {
    const v = valueAt(rows, i, "group");
    let group = folded.get(v);
    if (group === undefined) {
      group =
        v === null || v === undefined || String(v).trim() === ""
          ? null
          : String(v).normalize("NFKC").trim();
      if (folded.size < 4096) folded.set(v, group);
    }
    return group;
  };
}

function addPart(
  sums: Record<string, { numerator: number; denominator: number }>,
  id: string,
  numerator: number,
  denominator: number,
): void {
  const sum = sums[id];
  if (sum) {
    sum.numerator += numerator;
    sum.denominator += denominator;
  } else sums[id] = { numerator, denominator };
}

/** What a scored row brings to its unit, by either path. */
interface Scored {
  group: string | null;
  section: string | null;
  rawScore: number | null;
  approximate: boolean;
  measures: Record<string, number | null>;
  zeroDenominator: string[];
  approximateInputs: string[];
  notes: LocalText[];
  printed: Record<string, ParsedValue>;
}

/** The unit as ranked: rounded score, grade, printed values checked, zero rates said. */
function finishUnit(
  scheme: Scheme,
  bands: readonly GradeBand[] | undefined,
  row: SourceRow,
  scored: Scored,
  problems: Problem[],
): ScoredUnit {
  const { rawScore, approximate } = scored;
  const score = rawScore === null ? null : roundHalfUp(rawScore, scheme.index?.precision ?? 2);
  const grade = score !== null && bands ? (gradeFor(score, bands) ?? null) : null;
  let printed: Record<string, number | string> = NO_PRINTED;
  let consistency: Problem[] = [];
  if (hasKeys(scored.printed)) {
    printed = {};
    for (const [key, p] of Object.entries(scored.printed)) {
      if (p.kind === "number") printed[key] = p.value;
      else if (p.kind === "text") printed[key] = p.text;
    }
    consistency = checkPrinted(scheme, row, scored.printed, {
      measures: scored.measures,
      score: rawScore,
      grade,
      approximate,
    });
    problems.push(...consistency);
  }
  let zeroMeasures: string[] = NONE;
  for (const id of scheme.flagZero) {
    if (scored.measures[id] !== 0) continue;
    if (zeroMeasures === NONE) zeroMeasures = [];
    zeroMeasures.push(id);
    const m = scheme.measures.find((x) => x.id === id);
    problems.push(
      problem(
        "info",
        "zero-rate",
        `${row.unit}的${m?.label.zh ?? id}为0。`,
        `${row.unit}: ${m?.label.en ?? id} is 0.`,
        { cell: row.cells[id]?.address ?? row.unitCell, unit: row.unit },
      ),
    );
  }
  // Every field written out (no spread): V8 builds this literal at one fixed shape, where a spread
  // made each unit a slow, dictionary-like object (#21's profile).
  return {
    unit: row.unit,
    group: scored.group,
    section: scored.section,
    cell: row.unitCell,
    score,
    rawScore,
    grade,
    rank: null,
    groupRank: null,
    order: 0,
    approximate,
    sheetRow: row.sheetRow,
    measures: scored.measures,
    zeroDenominator: scored.zeroDenominator,
    zeroMeasures,
    approximateInputs: scored.approximateInputs,
    inconsistent: consistency.length > 0,
    notes: scored.notes,
    printed,
  };
}

/** Whether a record has any key, without listing them. */
function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * Names repeat within a group; without groups the name alone is the key. One hashed pass
 * (first-occurrence.ts, no Map of 10^6 names); a repeat is said with both cells.
 */
function flagDuplicateNames(scored: TableOrder, problems: Problem[]): void {
  const first = firstOccurrence((i) => scored.unitName(i), scored.group.codes, scored.count);
  for (let i = 0; i < scored.count; i++) {
    const j = first[i] as number;
    if (j < 0) continue;
    const name = scored.unitName(i);
    const firstCell = scored.rows.at(scored.index[j] as number).unitCell;
    const cell = scored.rows.at(scored.index[i] as number).unitCell;
    problems.push(
      problem(
        "warning",
        "duplicate-unit",
        `单位名称“${name}”出现了两次（${firstCell} 和 ${cell}）。两行都参与排名；如果是同一单位，请删除或合并其中一行。`,
        `The unit name “${name}” appears twice (${firstCell} and ${cell}). Both are ranked; if they are one unit, delete or merge a row.`,
        { cell, unit: name },
      ),
    );
  }
}
