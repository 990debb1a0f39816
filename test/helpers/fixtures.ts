/**
 * The published tables, kept byte for byte in test/fixtures/published (a copy of the project's
 * shared transcription, checked by fixtures.test.ts). The CSV is the printed text and the source of
 * golden values; it is parsed here with csv-parse directly, not with govrank's reader,
 * so a reading bug cannot hide behind its own output.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { CellGrid } from "../../src/core/table/cell-grid";
import { scoreGrid, type ScoreOptions } from "../../src/core/score/score-grid";
import { buildReport, type ReportOptions } from "../../src/core/report/build-report";
import type { PlanCell } from "../../src/core/report/plan";

export const FIXTURES = join(__dirname, "..", "fixtures", "published");

/** The path of a published table; a missing fixture fails the test that asked, loudly. */
export function fixturePath(name: string): string {
  const path = join(FIXTURES, name);
  if (!existsSync(path))
    throw new Error(
      `missing published fixture ${path}: restore it from git (test/fixtures/published)`,
    );
  return path;
}

/** The printed rows as header → text records (side-by-side tables: left block, then right). */
export function publishedRows(name: string): Record<string, string>[] {
  const rows = parse(readFileSync(fixturePath(`${name}.csv`), "utf8"), {
    bom: true,
    relax_column_count: true,
  }) as string[][];
  const [header = [], ...body] = rows;
  const blockStarts = header.flatMap((h, i) => (h === header[0] && i > 0 ? [i] : []));
  const width = blockStarts[0] ?? header.length;
  const out: Record<string, string>[] = [];
  for (const start of [0, ...blockStarts]) {
    for (const row of body) {
      const record: Record<string, string> = {};
      for (let c = 0; c < width; c++) record[header[start + c] ?? ""] = row[start + c] ?? "";
      if (Object.values(record).some((v) => v !== "")) out.push(record);
    }
  }
  return out;
}

/** "99.59%" → 99.59, "100%" → 100 (percent points, as printed). */
export function percentPoints(text: string): number {
  return Number(text.replace("%", ""));
}

/**
 * A published table's CSV as the grid a shell would hand the core (cells as printed text), read
 * with csv-parse here so core tests need no shell's reader.
 */
export function publishedGrid(name: string): CellGrid {
  const rows = parse(readFileSync(fixturePath(`${name}.csv`), "utf8"), {
    bom: true,
    relax_column_count: true,
  }) as string[][];
  return {
    sheet: name,
    top: 0,
    left: 0,
    values: rows.map((r) => r.map((v) => (v === "" ? null : v))),
  };
}

/** A published table scored by the core alone (reading, evaluation), for the core's own tests. */
export function publishedEvaluation(name: string, options: ScoreOptions = {}) {
  const grid = publishedGrid(name);
  const { reading, evaluation } = scoreGrid(grid, options);
  if (!evaluation) throw new Error(`${name} was not scored`);
  return { grid, reading, evaluation };
}

/** A published table's report plan, built by the core alone (a fixed stamp, so plans compare). */
export function publishedPlan(name: string, options: Partial<ReportOptions> = {}) {
  const { grid, reading, evaluation } = publishedEvaluation(name);
  const plan = buildReport(
    { grid, reading, evaluation },
    { generatedAt: "2026-12-02T08:00:00.000Z", generator: "govrank test", ...options },
  );
  return { plan, evaluation };
}

/** What a plan sheet's cells show: text, numbers, formulas' cached values; null for empty. */
export function planTexts(sheet: { rows: readonly (readonly (PlanCell | null)[])[] }): unknown[] {
  return sheet.rows.flatMap((row) =>
    row.map((cell) => {
      if (!cell) return null;
      const v = cell.value;
      return v.kind === "text" || v.kind === "link"
        ? v.text
        : v.kind === "number"
          ? v.value
          : v.cached;
    }),
  );
}
