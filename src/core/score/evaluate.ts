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
import { fieldFormat, fieldValue, type SourceRow } from "../table/source-row";
import { roundHalfUp } from "../values/decimal-round";
import { parseCell, type ParsedValue } from "../values/parse-cell";
import { checkPrinted } from "./consistency";
import { indexValue } from "./index-value";
import { computeMeasures } from "./measures";
import { overallFigures, type Overall } from "./overall";
import type { ExcludedUnit, ScoredUnit } from "./scored-unit";
import { plainScorer } from "./plain-rows";
import { keyValue } from "./key-value";
import { rankOrder } from "./rank-order";
import { readPrinted, readUnitInputs } from "./unit-inputs";

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

/**
 * The ranked units' figures as columns, in `units` order (NaN where a unit has none): what the
 * report reads for every unit, without a property lookup on each unit object (#21).
 */
export interface UnitColumns {
  measures: Readonly<Record<string, Float64Array>>;
  score: Float64Array;
  rank: Float64Array;
  groupRank: Float64Array;
}

export interface Evaluation {
  scheme: Scheme;
  units: ScoredUnit[];
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

function groupOf(row: SourceRow): string | null {
  const v = fieldValue(row, "group");
  if (v === null || v === undefined || String(v).trim() === "") return null;
  return String(v).normalize("NFKC").trim();
}

/** A sort key's value per unit, as the ranking compares it (key-value.ts). */
function keyColumn(scheme: Scheme, units: readonly ScoredUnit[], key: string): Float64Array {
  const column = new Float64Array(units.length);
  const m = key === "score" ? undefined : scheme.measures.find((x) => x.id === key);
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as ScoredUnit;
    column[i] = keyValue(m, key === "score" ? u.score : u.measures[key]);
  }
  return column;
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
  const units: ScoredUnit[] = [];
  const excluded: ExcludedUnit[] = [];
  // Σ numerator and Σ denominator of each ratio over the scored units, in their order.
  const partSums: Record<string, { numerator: number; denominator: number }> = {};
  const tableBroken = reading.problems.some(
    (p) =>
      p.severity === "error" && (p.code === "missing-column" || p.code === "mapping-not-found"),
  );

  // Rows of plain numbers are scored from typed columns; the rest, and every problem, the general way.
  const plain = tableBroken ? undefined : plainScorer(scheme, reading.rows, days ?? DEFAULT_DAYS);
  const finish = (row: SourceRow, scored: Scored): ScoredUnit =>
    finishUnit(scheme, bands, row, scored, problems);

  for (const [i, row] of reading.rows.entries()) {
    const group = groupOf(row);
    const section = row.section ?? null;
    const base = { unit: row.unit, group, section, cell: row.unitCell };
    if (row.unit === "") {
      problems.push(
        problem(
          "error",
          "blank-unit-name",
          `${row.unitCell} 单位名称为空，但这一行有数据。请填入单位名称，或删除这一行。`,
          `${row.unitCell}: the unit name is blank but the row has data. Fill in the name or delete the row.`,
          { cell: row.unitCell },
        ),
      );
      excluded.push({ ...base, reason: "invalid-input", codes: ["blank-unit-name"] });
      continue;
    }
    if (plain?.noTickets(i) ?? isNoTickets(scheme, row)) {
      excluded.push({ ...base, reason: "no-tickets", codes: [] });
      continue;
    }
    const fast = plain?.score(i);
    if (fast) {
      for (const p of fast.parts) addPart(partSums, p.id, p.numerator, p.denominator);
      units.push(
        finish(row, {
          group,
          section,
          rawScore: fast.raw,
          approximate: false,
          measures: fast.measures,
          zeroDenominator: NONE,
          approximateInputs: NONE,
          notes: fast.notes,
          printed: readPrinted(scheme, row),
        }),
      );
      continue;
    }
    const inputs = readUnitInputs(scheme, row);
    problems.push(...inputs.problems);
    if (inputs.hasErrors || tableBroken) {
      excluded.push({
        ...base,
        reason: "invalid-input",
        codes: inputs.problems.filter((p) => p.severity === "error").map((p) => p.code),
      });
      continue;
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
      excluded.push({ ...base, reason: "invalid-input", codes: ["zero-denominator"] });
      continue;
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
        excluded.push({ ...base, reason: "invalid-input", codes: ["missing-value"] });
        continue;
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
        excluded.push({ ...base, reason: "invalid-input", codes: ["score-not-a-number"] });
        continue;
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
    units.push(
      finish(row, {
        group,
        section,
        rawScore,
        approximate,
        measures: measured.values,
        zeroDenominator: measured.zeroDenominator,
        approximateInputs: [...inputs.approximate],
        notes: inputs.notes,
        printed: inputs.printed,
      }),
    );
  }

  flagDuplicateNames(units, problems);
  const order = options.sortKey ? [options.sortKey] : scheme.ranking.order;
  const rankMethod = options.rankMethod ?? scheme.ranking.method;
  const { ordered, columns } = orderAndRank(scheme, units, order, rankMethod);
  const overall = overallFigures(
    scheme,
    ordered,
    excluded,
    [partSums],
    options.population,
    columns.measures,
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
    units: ordered,
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

/** No lists to carry: shared, and frozen so a consumer that tried to add to one would fail loudly. */
const NONE = Object.freeze([]) as unknown as string[];

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

const NO_PRINTED = Object.freeze({}) as Record<string, number | string>;

/** Whether a record has any key, without listing them. */
function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

function flagDuplicateNames(units: readonly ScoredUnit[], problems: Problem[]): void {
  const seen = new Map<string, ScoredUnit>();
  // Names repeat within a group; without groups the name alone is the key (no string per unit).
  const grouped = units.some((u) => u.group !== null);
  for (const u of units) {
    const key = grouped ? `${u.group ?? ""}\u0000${u.unit}` : u.unit;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, u);
      continue;
    }
    problems.push(
      problem(
        "warning",
        "duplicate-unit",
        `单位名称“${u.unit}”出现了两次（${first.cell} 和 ${u.cell}）。两行都参与排名；如果是同一单位，请删除或合并其中一行。`,
        `The unit name “${u.unit}” appears twice (${first.cell} and ${u.cell}). Both are ranked; if they are one unit, delete or merge a row.`,
        { cell: u.cell, unit: u.unit },
      ),
    );
  }
}

function orderAndRank(
  scheme: Scheme,
  units: ScoredUnit[],
  order: readonly SortKey[],
  method: RankMethod,
): { ordered: ScoredUnit[]; columns: UnitColumns } {
  const n = units.length;
  // Group codes as integers in the order groups first appear; units without one sort last.
  const groupOrder = new Map<string, number>();
  for (const u of units)
    if (u.group !== null && !groupOrder.has(u.group)) groupOrder.set(u.group, groupOrder.size);
  const grouped = groupOrder.size > 0;
  const groupCode = new Int32Array(n);
  if (grouped)
    units.forEach((u, i) => (groupCode[i] = groupOrder.get(u.group ?? "") ?? groupOrder.size));
  // Each key as a column (NaN for a unit without it), read once per unit, not per comparison.
  const keys = order.map((k) => keyColumn(scheme, units, k.key));
  // One native sort of packed keys; ranks from the same integer codes (rank-order.ts).
  const ranked = rankOrder({
    keys,
    descending: order.map((k) => k.direction === "desc"),
    groupCode: grouped ? groupCode : null,
    method,
  });
  const indices = ranked.order;
  // Each measure read off the units in the table's order (the order they were made in, close
  // together in memory), then put in rank order as a column.
  const measures: Record<string, Float64Array> = {};
  for (const m of scheme.measures) {
    const byRow = new Float64Array(n);
    units.forEach((u, i) => (byRow[i] = u.measures[m.id] ?? Number.NaN));
    const column = new Float64Array(n);
    for (let at = 0; at < n; at++) column[at] = byRow[indices[at] as number] as number;
    measures[m.id] = column;
  }
  const columns: UnitColumns = {
    measures,
    score: new Float64Array(n),
    rank: new Float64Array(n),
    groupRank: new Float64Array(n),
  };
  // The units were made by evaluate() just now and nobody else holds them: rank them in place
  // rather than copying each one.
  const ordered = new Array<ScoredUnit>(n);
  for (let at = 0; at < n; at++) {
    const i = indices[at] as number;
    const u = units[i] as ScoredUnit;
    const r = ranked.rank[i] as number;
    const g = ranked.groupRank ? (ranked.groupRank[i] as number) : Number.NaN;
    u.rank = Number.isNaN(r) ? null : r;
    u.groupRank = Number.isNaN(g) ? null : g;
    u.order = at;
    columns.score[at] = u.score ?? Number.NaN;
    columns.rank[at] = r;
    columns.groupRank[at] = g;
    ordered[at] = u;
  }
  return { ordered, columns };
}
