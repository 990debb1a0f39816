/**
 * From a grid of cells to the scheme's rows: finds the title and header, picks (or is told) the
 * scheme, maps columns to fields, splits side-by-side blocks, and walks the body — section rows
 * label the units below them, totals rows are set aside, trailing notes end the table. Every row
 * that looks like a unit comes out, with the address of each cell, so nothing is dropped silently.
 */
import { problem, type Problem } from "../problems";
import {
  confidenceOf,
  fieldMatchesHeader,
  knownHeaders,
  matchReason,
  rankSchemes,
  type Confidence,
  type SchemeMatch,
} from "../schemes/detect";
import type { Field, Scheme } from "../schemes/scheme";
import { normalizeText, type CellValue } from "../values/parse-cell";
import { cellAddress, columnIndex, rangeAddress } from "./address";
import { columnProblems } from "./column-checks";
import { GridRows, mergedOver, tallMerge, type TablePlace } from "./grid-rows";
import { valuesWithMergesFilled, type CellGrid } from "./cell-grid";
import { findHeader } from "./find-header";
import { foldHeader } from "./header-text";
import { periodFromTitle, type Period } from "./period";
import { rowList, type RowList } from "./source-row";

export type { RawRow, RowList, SourceCell, SourceRow } from "./source-row";

export interface BlockMapping {
  /** Grid-relative columns of the block. */
  left: number;
  right: number;
  /** Field id → grid-relative column. */
  columns: Record<string, number>;
}

export interface TableReading {
  scheme?: Scheme | undefined;
  detected: boolean;
  /** How sure the detection is; a scheme the clerk chose is `sure`. */
  confidence: Confidence;
  candidates: SchemeMatch[];
  title?: string | undefined;
  period?: Period | undefined;
  sheet: string;
  /** The header as written, per field id (from the first block). */
  headers: Record<string, string>;
  /** Every column's header as written, left to right (grid-relative), for choosing a mapping. */
  columnHeaders: string[];
  headerRange?: string | undefined;
  blocks: BlockMapping[];
  /** The unit rows, in sheet order (block after block), each made an object only when asked for. */
  rows: RowList;
  notes: string[];
  problems: Problem[];
}

export interface ReadOptions {
  /** Candidates for detection (the built-ins, plus the clerk's own). */
  schemes: readonly Scheme[];
  /** Use this scheme rather than detecting one. */
  scheme?: Scheme | undefined;
  /** Field id → header text or column letter (as on the sheet), or "" for none; overrides detection. */
  mapping?: Readonly<Record<string, string>> | undefined;
}

/**
 * A note: its marker followed by a colon or a number ("注：", "备注1、", "制表人：", "说明："), or the
 * marker alone on a row with no figures. A unit whose name merely begins so (注册登记中心, 审核中心)
 * has figures in its row and stays a unit.
 */
const NOTE_MARKER = /^(注|备注|说明|附注|数据来源|资料来源|制表|填表|审核|note)/i;
const NOTE_ROW =
  /^(注|备注|说明|附注|数据来源|资料来源|制表|填表|审核)(人|单位|日期|时间)?\s*(\d+|[一二三四五六七八九十]+)?\s*[:：、.)）]|^notes?\s*\d*\s*[:.]/i;
/**
 * A totals row, however it is written: 合计, 合计：, 全市总计, 汇总, 总计(全市), 合计（3个单位）,
 * 全市合计数, Total:, Grand total. Anchored, so 汇总中心 is a unit.
 */
const TOTALS =
  /^(全[市县区省州盟旗])?(合计|总计|小计|共计|汇总|总数|总和)(数)?([:：]|[(（][^)）]*[)）])?$|^(grand)?(sub)?(total|sum)s?[:：]?$/i;

/**
 * How a totals row's name can begin (the name is trimmed): a look at its first character spares
 * every unit's name a copy without spaces (#21).
 */
const TOTALS_START = /^[全合总小共汇gst]/i;

/**
 * The patterns a row's cells are tried against, made once: a regular expression written inside a
 * function is a new object each time it runs (the language says so), ~100 bytes a row at 10^6
 * rows (#21).
 */
const FIGURE_CHARACTERS = /^[\s\d.,%％+-]+$/;
const DIGIT = /\d/;
const SPACES = /\s/g;
const SPACE_BESIDE_CJK = /\s*([\u3000-\u9fff\uff00-\uffef])\s*/g;

/** Whether a cell is a figure (a note's or a heading's text is not). */
function isFigure(v: CellValue): boolean {
  return (
    typeof v === "number" || (typeof v === "string" && FIGURE_CHARACTERS.test(v) && DIGIT.test(v))
  );
}
const SECTION =
  /(^(综合评价)?[A-Ea-e]类(单位)?|类及以下|无工单|单位$|^(县市区|市直|县直|乡镇|区县|直属)(单位|部门)?$)/;

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Unit names as clerks paste them: stray spaces, line breaks, full-width letters. */
export function cleanUnitName(value: CellValue): string {
  if (isBlank(value)) return "";
  return cleanFolded(normalizeText(String(value)));
}

/** A name already folded by normalizeText, with the spaces around CJK characters dropped. */
function cleanFolded(folded: string): string {
  // normalizeText leaves no space at the ends and only single spaces inside: none, nothing to drop.
  if (!folded.includes(" ")) return folded;
  return folded.replace(SPACE_BESIDE_CJK, "$1").trim();
}

function titleAbove(values: CellValue[][], headerTop: number): string | undefined {
  for (let r = 0; r < headerTop; r++) {
    const text = (values[r] ?? []).find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof text === "string") return normalizeText(text);
  }
  return undefined;
}

function fieldForHeader(scheme: Scheme, folded: string): Field | undefined {
  return scheme.fields.find((f) => fieldMatchesHeader(f, folded));
}

/** Blocks: one per unit column when the header repeats side by side, else the whole width. */
function splitBlocks(unitColumns: number[], width: number): { left: number; right: number }[] {
  if (unitColumns.length <= 1) return [{ left: 0, right: width - 1 }];
  return unitColumns.map((left, i) => ({
    left: i === 0 ? 0 : left,
    right: (unitColumns[i + 1] ?? width) - 1,
  }));
}

function explicitColumn(
  grid: CellGrid,
  written: string[],
  target: string,
  block: { left: number; right: number },
): number | undefined {
  const letter = columnIndex(target);
  if (letter !== undefined && /^[A-Za-z]{1,3}$/.test(target.trim())) {
    const c = letter - grid.left;
    return c >= block.left && c <= block.right ? c : undefined;
  }
  const folded = foldHeader(target);
  for (let c = block.left; c <= block.right; c++)
    if (foldHeader(written[c] ?? "") === folded) return c;
  return undefined;
}

function mapBlock(
  scheme: Scheme,
  grid: CellGrid,
  folded: string[],
  written: string[],
  block: { left: number; right: number },
  mapping: Readonly<Record<string, string>> | undefined,
  headerRow: number,
  problems: Problem[],
): BlockMapping {
  const columns: Record<string, number> = {};
  for (let c = block.left; c <= block.right; c++) {
    const field = fieldForHeader(scheme, folded[c] ?? "");
    if (!field) continue;
    if (columns[field.id] === undefined) columns[field.id] = c;
    else if (field.kind !== "ignored") {
      problems.push(
        problem(
          "warning",
          "duplicate-column",
          `“${written[c]}”列与前面的“${written[columns[field.id] ?? c]}”列都是${field.label.zh}，只使用前一列。如需使用这一列，请在列映射中指定。`,
          `Column “${written[c]}” is ${field.label.en} again; the first one is used. Set the mapping to use this one.`,
          { cell: cellAddress(grid.sheet, grid.top + headerRow, grid.left + c) },
        ),
      );
    }
  }
  for (const [fieldId, target] of Object.entries(mapping ?? {})) {
    const field = scheme.fields.find((f) => f.id === fieldId);
    if (!field) {
      problems.push(
        problem(
          "error",
          "unknown-field",
          `列映射中的“${fieldId}”不是方案“${scheme.name.zh}”的字段。`,
          `“${fieldId}” in the mapping is not a field of ${scheme.name.en}.`,
        ),
      );
      continue;
    }
    // An empty target says the table has no such column (a clerk's "none" overrides detection).
    if (target.trim() === "") {
      delete columns[fieldId];
      continue;
    }
    const c = explicitColumn(grid, written, target, block);
    if (c !== undefined) columns[fieldId] = c;
    else if (block.left === 0) {
      problems.push(
        problem(
          "error",
          "mapping-not-found",
          `列映射把${field.label.zh}指定为“${target}”，但表中没有这一列。`,
          `The mapping sets ${field.label.en} to “${target}”, which is not a column of the table.`,
        ),
      );
    }
  }
  return { left: block.left, right: block.right, columns };
}

function isSectionRow(
  grid: CellGrid,
  values: CellValue[][],
  r: number,
  block: BlockMapping,
): string | undefined {
  const cells = values[r]?.slice(block.left, block.right + 1) ?? [];
  const filled = cells.filter((v) => !isBlank(v));
  if (filled.length === 0 || filled.some((v) => typeof v !== "string")) return undefined;
  const texts = new Set(filled.map((v) => normalizeText(String(v))));
  if (texts.size !== 1) return undefined;
  const [text = ""] = texts;
  const mergedAcross = grid.merges?.some(
    (m) =>
      m.top <= r &&
      m.bottom >= r &&
      m.right > m.left &&
      m.left <= block.right &&
      m.right >= block.left,
  );
  if (mergedAcross || filled.length >= 2) return text;
  return SECTION.test(text.replace(SPACES, "")) ? text : undefined;
}

/** No rows: a reading that found no header, or no unit column. */
const NO_ROWS = rowList([]);

export function readTable(grid: CellGrid, options: ReadOptions): TableReading {
  const problems: Problem[] = [];
  const values = valuesWithMergesFilled(grid);
  const candidateSchemes = options.scheme ? [options.scheme] : options.schemes;
  const empty: TableReading = {
    detected: false,
    confidence: "unsure",
    candidates: [],
    sheet: grid.sheet,
    headers: {},
    columnHeaders: [],
    blocks: [],
    rows: NO_ROWS,
    notes: [],
    problems,
  };
  const header = findHeader(
    values,
    knownHeaders(options.schemes.concat(options.scheme ? [options.scheme] : [])),
  );
  if (!header) {
    const whole = values.length
      ? rangeAddress(
          grid.sheet,
          grid.top,
          grid.left,
          grid.top + values.length - 1,
          grid.left + Math.max(0, (values[0]?.length ?? 1) - 1),
        )
      : undefined;
    problems.push(
      problem(
        "error",
        "no-header-row",
        "没有找到表头行：请选中包含表头（如“部门名称”“应办理数”）的整个表格，或在列映射中指定各列。",
        "No header row found: select the whole table including its header (e.g. 部门名称, 应办理数), or set the column mapping.",
        { cell: whole },
      ),
    );
    return empty;
  }

  const title = titleAbove(values, header.top);
  // The title and the sheet's name are evidence beside the headers (…综合评价…, 网上问政).
  const candidates = rankSchemes(candidateSchemes, header.folded, `${title ?? ""} ${grid.sheet}`);
  const best = candidates[0];
  if (!best) return empty;
  const scheme = best.scheme;
  const reading: TableReading = {
    scheme,
    detected: !options.scheme,
    confidence: options.scheme ? "sure" : confidenceOf(candidates),
    candidates,
    title,
    period: periodFromTitle(title),
    sheet: grid.sheet,
    headers: {},
    columnHeaders: header.written.map((h) => String(h ?? "")),
    headerRange: rangeAddress(
      grid.sheet,
      grid.top + header.top,
      grid.left,
      grid.top + header.bottom,
      grid.left + header.folded.length - 1,
    ),
    blocks: [],
    rows: NO_ROWS,
    notes: [],
    problems,
  };

  if (reading.detected && reading.confidence === "unsure") {
    const shown = candidates.slice(0, 3);
    problems.push(
      problem(
        "warning",
        "scheme-uncertain",
        `未能确定这是哪种表格，暂按“${scheme.name.zh}”计算。候选：${shown.map((m) => `${m.scheme.name.zh}（${matchReason(m).zh}）`).join("；")}。请选择方案（命令行用 --scheme）。`,
        `Which kind of table this is could not be decided; it is computed as ${scheme.name.en} for now. Candidates: ${shown.map((m) => `${m.scheme.name.en} (${matchReason(m).en})`).join("; ")}. Choose the scheme (--scheme on the command line).`,
        { cell: reading.headerRange },
      ),
    );
  }

  const unitField = scheme.fields.find((f) => f.kind === "unit");
  const unitColumns = header.folded.flatMap((f, c) =>
    unitField && fieldMatchesHeader(unitField, f) ? [c] : [],
  );
  reading.blocks = splitBlocks(unitColumns, header.folded.length).map((b) =>
    mapBlock(
      scheme,
      grid,
      header.folded,
      header.written,
      b,
      options.mapping,
      header.bottom,
      problems,
    ),
  );
  const first = reading.blocks[0];
  for (const [id, c] of Object.entries(first?.columns ?? {}))
    reading.headers[id] = header.written[c] ?? id;

  const missing = scheme.fields.filter((f) => f.required && first?.columns[f.id] === undefined);
  for (const f of missing) {
    problems.push(
      problem(
        "error",
        "missing-column",
        `缺少“${f.label.zh}”列（可用表头：${f.synonyms.slice(0, 4).join("、")}）。请在表中加上这一列，或在列映射中指定哪一列是${f.label.zh}。`,
        `The ${f.label.en} column is missing (headers such as ${f.synonyms.slice(0, 4).join(", ")}). Add it, or set which column it is in the mapping.`,
        { cell: reading.headerRange },
      ),
    );
  }
  if (missing.some((f) => f.kind === "unit")) return reading;

  const hasTallMerges = (grid.merges ?? []).some((m) => m.bottom > m.top && m.top > header.bottom);
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const places: TablePlace[] = [];
  // At most every grid row below the header, in each block.
  const rows = new GridRows(
    values,
    places,
    reading.blocks.length * Math.max(0, values.length - header.bottom - 1),
  );
  reading.rows = rows;
  for (const [b, block] of reading.blocks.entries()) {
    const unitColumn = block.columns["unit"];
    if (unitColumn === undefined) continue;
    const table: TablePlace = {
      grid,
      headerBottom: header.bottom,
      block: b,
      unitColumn,
      columns: block.columns,
    };
    const place = places.push(table) - 1;
    let section: string | undefined;
    // Notes usually close a table, but one may stand between rows: text rows after a note are
    // more of it; a row with figures is a unit again.
    let inNotes = false;
    for (let r = header.bottom + 1; r < values.length; r++) {
      const row = values[r] ?? [];
      // One pass over the block's cells: the first filled one, and whether any is a figure.
      let firstText: CellValue;
      let filled = false;
      let figures = false;
      let onlyText = true; // every filled cell text: all a section heading can be
      for (let c = block.left; c <= block.right; c++) {
        const v = row[c];
        if (isBlank(v)) continue;
        if (!filled) {
          filled = true;
          firstText = v;
        }
        if (typeof v !== "string") onlyText = false;
        if (!figures && isFigure(v)) figures = true;
      }
      if (!filled) continue;
      const text = typeof firstText === "string" ? normalizeText(firstText) : undefined;
      if (text !== undefined && NOTE_ROW.test(text)) {
        reading.notes.push(text);
        inNotes = true;
        continue;
      }
      const sectionText = onlyText ? isSectionRow(grid, values, r, block) : undefined;
      if (sectionText !== undefined) {
        section = sectionText;
        inNotes = false;
        continue;
      }
      if (text !== undefined && !figures && (inNotes || NOTE_MARKER.test(text))) {
        // Taken for a note without its colon (not as more of a note above): said, so a unit is
        // never dropped unseen.
        reading.notes.push(text);
        const inferred = !inNotes;
        inNotes = true;
        if (!inferred) continue;
        const at = cellAddress(grid.sheet, grid.top + r, grid.left + block.left);
        problems.push(
          problem(
            "info",
            "note-row",
            `第${grid.top + r + 1}行“${text.slice(0, 40)}”没有数字，按说明文字处理，不参与排名；如是单位，请补上数据。`,
            `Row ${grid.top + r + 1} “${text.slice(0, 40)}” has no figures and is taken for a note, not ranked; if it is a unit, fill in its data.`,
            { cell: at },
          ),
        );
        continue;
      }
      inNotes = false;
      // A unit written on a tall row (its name merged over several rows) is one unit: its
      // figures may be merged over the same rows; the rows below the first are part of it.
      const unitSpan = hasTallMerges ? tallMerge(grid, r, unitColumn, header.bottom) : undefined;
      if (unitSpan && r > unitSpan.top) continue;
      const ownBottom = unitSpan?.bottom ?? r;
      const sheetRow = grid.top + r;
      // The name is most often the row's first text, already folded above: not folded again.
      const unitValue = row[unitColumn];
      const unit =
        text !== undefined && unitValue === firstText
          ? cleanFolded(text)
          : cleanUnitName(unitValue);
      // A cleaned name is already folded (normalizeText gives the same text again).
      if (TOTALS_START.test(unit) && TOTALS.test(unit.replace(SPACES, ""))) {
        problems.push(
          problem(
            "info",
            "totals-row",
            `第${sheetRow + 1}行是“${unit}”行，不作为单位参与排名；总体指标由各单位数据重新汇总。`,
            `Row ${sheetRow + 1} is a “${unit}” row: not ranked as a unit; overall figures are recomputed from the units.`,
            { cell: cellAddress(grid.sheet, sheetRow, grid.left + unitColumn) },
          ),
        );
        continue;
      }
      if (hiddenRows.has(r))
        problems.push(
          problem(
            "info",
            "hidden-row",
            `第${sheetRow + 1}行（${unit}）在原表中是隐藏的，仍参与排名；如不应参评，请删除该行。`,
            `Row ${sheetRow + 1} (${unit}) is hidden in the sheet and is still ranked; delete it if it should not be.`,
            { cell: cellAddress(grid.sheet, sheetRow, grid.left + unitColumn), unit },
          ),
        );
      // A figure merged over several units' rows is for the general path to report.
      const merged =
        hasTallMerges &&
        Object.values(block.columns).some(
          (c) => mergedOver({ table, r, ownBottom }, c) !== undefined,
        );
      rows.add(place, r, ownBottom, unit, section, merged);
    }
  }
  problems.push(
    ...columnProblems(grid, scheme, reading.blocks, reading.rows, reading.columnHeaders),
  );
  if (reading.rows.length === 0) {
    problems.push(
      problem(
        "error",
        "no-units",
        "表头下面没有单位数据行。请选中包含数据的整个表格。",
        "There are no unit rows below the header. Select the whole table with its data.",
        { cell: reading.headerRange },
      ),
    );
  }
  return reading;
}
