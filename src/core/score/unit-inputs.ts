/**
 * One source row's inputs as numbers, with every reason a cell cannot be used. Applies the
 * scheme's blank rules, W+ estimates and substitutes, and marks what they make approximate.
 */
import { problem, type Problem } from "../problems";
import type { Field, LocalText, Scheme } from "../schemes/scheme";
import {
  fieldFormat,
  fieldValue,
  hasField,
  type SourceCell,
  type SourceRow,
} from "../table/source-row";
import { isPlausible, parseCell, type ParsedValue } from "../values/parse-cell";

export interface UnitInputs {
  values: Record<string, number>;
  /** Inputs that are lower bounds (W+) or stand in for a missing input. */
  approximate: Set<string>;
  notes: LocalText[];
  problems: Problem[];
  /** Printed values, parsed, for the consistency checks. */
  printed: Record<string, ParsedValue>;
  hasErrors: boolean;
}

export const DATA_KINDS: ReadonlySet<string> = new Set(["count", "rate", "value", "aux"]);

/**
 * The number a numeric cell gives when `readNumber` would take it as it is — no problem to report
 * and no re-reading (a percent typed without %, say) — else undefined; its number format does not
 * matter then. The scorer's fast path (plain-rows.ts) reads a column of such cells without the
 * general path; plain-rows.test.ts checks the two agree on random tables of every scheme.
 */
export function plainNumber(kind: Field["kind"], value: number): number | undefined {
  if (!isPlausible(value)) return undefined; // NaN, ±∞ and implausible sizes: text to report
  if (kind === "rate") {
    const v = Math.abs(value - 1) < 1e-9 ? 1 : value;
    // A fraction reads the same with a % format or without; above 1 it is reported or re-read.
    return v > 1 || v < 0 ? undefined : v;
  }
  if (value < 0) return undefined;
  if (kind === "count" && !Number.isInteger(value)) return undefined;
  return value;
}

function describe(v: unknown): string {
  return typeof v === "string" ? `“${v}”` : String(v);
}

function readNumber(
  field: Field,
  parsed: ParsedValue,
  raw: unknown,
  at: SourceCell,
  unit: string,
  out: UnitInputs,
): number | undefined {
  const err = (code: string, zh: string, en: string) => {
    out.problems.push(
      problem(field.kind === "aux" ? "warning" : "error", code, zh, en, { cell: at.address, unit }),
    );
    if (field.kind !== "aux") out.hasErrors = true;
    return undefined;
  };
  switch (parsed.kind) {
    case "blank":
      return undefined;
    case "excel-error":
      return err(
        "excel-error",
        `${at.address}（${unit}的${field.label.zh}）是错误值 ${parsed.code}，请先修正该单元格的公式或填入数值。`,
        `${at.address} (${unit}, ${field.label.en}) holds the error ${parsed.code}: fix its formula or type the number.`,
      );
    case "text":
      // A formula whose file holds no computed value (written by a program, never opened in Excel).
      if (parsed.text.startsWith("="))
        return err(
          "formula-without-value",
          `${at.address}（${unit}的${field.label.zh}）是公式 ${parsed.text}，但文件中没有保存它的计算结果（文件多半由其他程序生成）。请在 Excel 中打开并保存后再试，或填入数值。`,
          `${at.address} (${unit}, ${field.label.en}) is the formula ${parsed.text} with no computed value saved (the file was probably written by a program). Open and save it in Excel, or type the number.`,
        );
      return err(
        "unreadable-number",
        `${at.address}（${unit}的${field.label.zh}）${describe(raw)}不是数字，请改为数字。`,
        `${at.address} (${unit}, ${field.label.en}) ${describe(raw)} is not a number: type a number.`,
      );
    case "number":
      break;
  }
  // A rate computed in a spreadsheet can be 1.0000000000000002: that is 100 %, not above it.
  const value = field.kind === "rate" && Math.abs(parsed.value - 1) < 1e-9 ? 1 : parsed.value;
  if (field.kind === "rate") {
    // A rate cannot be 97.5 times itself: between 1 and 100 it is a percent typed without %.
    // Read so (the unit stays ranked) and said, so the clerk can type the % or correct it.
    if (!parsed.percent && value > 1 && value <= 100) {
      out.problems.push(
        problem(
          "warning",
          "rate-as-number",
          `${at.address}（${unit}的${field.label.zh}）为 ${value}，像是省略了百分号，已按 ${value}% 计算；如不是，请改正。`,
          `${at.address} (${unit}, ${field.label.en}) is ${value}, read as ${value} % (a percent without %); correct it if that is wrong.`,
          { cell: at.address, unit },
        ),
      );
      return value / 100;
    }
    if (value > 1)
      return err(
        "rate-above-100",
        `${at.address}（${unit}的${field.label.zh}）为 ${Number((value * 100).toPrecision(12))}%，超过100%，请核对。`,
        `${at.address} (${unit}, ${field.label.en}) is ${Number((value * 100).toPrecision(12))} %, above 100 %: check it.`,
      );
    if (value < 0)
      return err(
        "rate-below-zero",
        `${at.address}（${unit}的${field.label.zh}）为负数，请核对。`,
        `${at.address} (${unit}, ${field.label.en}) is negative: check it.`,
      );
    return value;
  }
  if (value < 0)
    return err(
      "negative-count",
      `${at.address}（${unit}的${field.label.zh}）为负数 ${value}，请核对。`,
      `${at.address} (${unit}, ${field.label.en}) is negative (${value}): check it.`,
    );
  if (field.kind === "count" && !Number.isInteger(value)) {
    return err(
      "count-not-whole",
      `${at.address}（${unit}的${field.label.zh}）为 ${value}，件数应为整数，请核对。`,
      `${at.address} (${unit}, ${field.label.en}) is ${value}; counts are whole numbers: check it.`,
    );
  }
  if (parsed.lowerBound) {
    out.approximate.add(field.id);
    out.problems.push(
      problem(
        "info",
        "lower-bound",
        `${at.address}（${unit}的${field.label.zh}）“${String(raw)}”是截断值，实际不少于 ${value}；依赖它的结果标为近似值。`,
        `${at.address} (${unit}, ${field.label.en}) “${String(raw)}” is truncated: at least ${value}. Results depending on it are marked approximate.`,
        { cell: at.address, unit },
      ),
    );
  }
  return value;
}

/** A figure merged over several units' rows: whose it is cannot be known, so none gets it. */
function readMergedFigure(
  field: Field,
  merged: string,
  at: SourceCell,
  unit: string,
  out: UnitInputs,
) {
  out.problems.push(
    problem(
      field.kind === "aux" ? "warning" : "error",
      "merged-across-units",
      `${at.address}（${unit}的${field.label.zh}）在合并单元格 ${merged} 中，一个数不能同时算给几个单位。请取消合并，为每个单位分别填写。`,
      `${at.address} (${unit}, ${field.label.en}) lies in the merged cells ${merged}: one figure cannot count for several units. Unmerge them and fill in each unit's own figure.`,
      { cell: at.address, unit },
    ),
  );
  if (field.kind !== "aux") out.hasErrors = true;
}

/** The row's printed values (办结率, 综合指标值 … as the table printed them), parsed. */
export function readPrinted(scheme: Scheme, row: SourceRow): Record<string, ParsedValue> {
  const printed: Record<string, ParsedValue> = {};
  for (const id of printedFieldIds(scheme))
    if (hasField(row, id)) printed[id] = parseCell(fieldValue(row, id), fieldFormat(row, id));
  return printed;
}

const printedIds = new WeakMap<Scheme, readonly string[]>();

/** The scheme's printed fields, listed once per scheme. */
export function printedFieldIds(scheme: Scheme): readonly string[] {
  let ids = printedIds.get(scheme);
  if (!ids)
    printedIds.set(
      scheme,
      (ids = scheme.fields.filter((f) => f.kind === "printed").map((f) => f.id)),
    );
  return ids;
}

export function readUnitInputs(scheme: Scheme, row: SourceRow): UnitInputs {
  const out: UnitInputs = {
    values: {},
    approximate: new Set(),
    notes: [],
    problems: [],
    printed: {},
    hasErrors: false,
  };
  const lowerBounds: Record<string, { step: number }> = {};
  out.printed = readPrinted(scheme, row);
  for (const field of scheme.fields) {
    const cell = row.cells[field.id];
    if (!DATA_KINDS.has(field.kind)) continue;
    if (!cell) continue;
    if (cell.mergedOver) {
      readMergedFigure(field, cell.mergedOver, cell, row.unit, out);
      continue;
    }
    const parsed = parseCell(cell.value, cell.format);
    if (parsed.kind === "number" && parsed.lowerBound) lowerBounds[field.id] = parsed.lowerBound;
    const value = readNumber(field, parsed, cell.value, cell, row.unit, out);
    if (value !== undefined) out.values[field.id] = value;
    else if (parsed.kind === "blank" && field.whenBlank) {
      out.values[field.id] = field.whenBlank.value;
      out.notes.push(field.whenBlank.note);
    }
  }

  // A truncated count is better estimated from an average × a count, kept within its truncation.
  for (const est of scheme.estimates) {
    const bound = lowerBounds[est.input];
    const low = out.values[est.input];
    const [a, b] = est.product.map((id) => out.values[id]);
    if (!bound || low === undefined || a === undefined || b === undefined) continue;
    out.values[est.input] = Math.min(Math.max(a * b, low), low + bound.step - 1);
  }

  for (const sub of scheme.substitutes) {
    if (out.values[sub.input] !== undefined) continue;
    const from = out.values[sub.from];
    if (from === undefined) continue;
    out.values[sub.input] = from;
    out.approximate.add(sub.input);
    if (!out.notes.includes(sub.note)) out.notes.push(sub.note);
  }

  for (const field of scheme.fields) {
    if (!field.required || !DATA_KINDS.has(field.kind) || out.values[field.id] !== undefined)
      continue;
    const cell = row.cells[field.id];
    if (!cell) continue; // the whole column is missing: reported once for the table
    const parsed = parseCell(cell.value, cell.format);
    if (parsed.kind !== "blank") continue; // already reported
    out.hasErrors = true;
    out.problems.push(
      problem(
        "error",
        "missing-value",
        `${cell.address}（${row.unit}的${field.label.zh}）是空的，请填入数值。`,
        `${cell.address} (${row.unit}, ${field.label.en}) is blank: fill in the number.`,
        { cell: cell.address, unit: row.unit },
      ),
    );
  }

  for (const rel of scheme.relations) {
    const lesser = out.values[rel.lesser];
    const greater = out.values[rel.greater];
    if (lesser === undefined || greater === undefined || lesser <= greater) continue;
    const lf = scheme.fields.find((f) => f.id === rel.lesser);
    const gf = scheme.fields.find((f) => f.id === rel.greater);
    const cell = row.cells[rel.lesser]?.address;
    const other = row.cells[rel.greater]?.address;
    out.hasErrors = true;
    out.problems.push(
      problem(
        "error",
        rel.code,
        `${row.unit}：${lf?.label.zh}（${cell}）${lesser} 大于${gf?.label.zh}（${other}）${greater}，请核对这两个单元格。`,
        `${row.unit}: ${lf?.label.en} (${cell}) ${lesser} exceeds ${gf?.label.en} (${other}) ${greater}: check both cells.`,
        { cell, related: other, unit: row.unit },
      ),
    );
  }
  return out;
}
