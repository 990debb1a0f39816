/**
 * Last period's table read like this period's: under this period's scheme, with the clerk's
 * mapping carried over by header text (she mapped 返工数 to the column headed 退回件数: last
 * month's 退回件数 column is it too), and her own mapping for last period's sheet on top where its
 * headers differ. Of several grids (a govrank workbook holds the source copy and the rankings), the
 * one that yields the most ranked units.
 */
import { columnLetters } from "../table/address";
import type { CellGrid } from "../table/cell-grid";
import type { TableReading } from "../table/read-table";
import type { Evaluation } from "../score/evaluate";
import { scoreGrid, type ScoreOutcome } from "../score/score-grid";
import type { LocalText } from "../schemes/scheme";
import type { RunSettings } from "../settings/run-settings";

/**
 * This period's letter mapping ("G") as header texts ("退回件数"), which mean the same column on
 * any sheet with those headers; a field mapped to none stays none.
 */
export function mappingByHeader(
  reading: TableReading,
  left: number,
  mapping: Readonly<Record<string, string>>,
): Record<string, string> {
  const byHeader: Record<string, string> = {};
  for (const [fieldId, target] of Object.entries(mapping)) {
    if (target.trim() === "" || !/^[A-Za-z]{1,3}$/.test(target.trim())) {
      byHeader[fieldId] = target;
      continue;
    }
    const c = reading.columnHeaders.findIndex(
      (_h, i) => columnLetters(left + i) === target.trim().toUpperCase(),
    );
    const header = reading.columnHeaders[c];
    if (header) byHeader[fieldId] = header;
  }
  return byHeader;
}

export interface PreviousReading extends ScoreOutcome {
  grid: CellGrid;
}

/** The best reading of last period's grids, or undefined when none has a table of the scheme. */
export function readPreviousTable(
  grids: readonly CellGrid[],
  current: { reading: TableReading; evaluation: Evaluation; left: number },
  request: RunSettings | null,
): PreviousReading | undefined {
  const carried = mappingByHeader(current.reading, current.left, request?.mapping ?? {});
  let best: PreviousReading | undefined;
  for (const grid of grids) {
    // A carried header that last period's sheet lacks is no error there: detection, or the
    // clerk's mapping for that sheet, decides that column.
    const headers = new Set(grid.values.flat().filter((v): v is string => typeof v === "string"));
    const mapping: Record<string, string> = {};
    for (const [id, header] of Object.entries(carried))
      if (header === "" || headers.has(header)) mapping[id] = header;
    Object.assign(mapping, request?.previousMapping ?? {});
    const outcome = scoreGrid(grid, {
      scheme: current.evaluation.scheme,
      mapping,
      rankMethod: request?.rankMethod,
      sortKey: request?.sortKey,
      days: request?.days,
    });
    // Counted from the columns, not by making every unit object.
    const units = outcome.evaluation?.columns.unit.length ?? 0;
    if (!best || units > (best.evaluation?.columns.unit.length ?? 0)) best = { ...outcome, grid };
  }
  return best;
}

/** Whether a reading of last period yields anything to compare with. */
export function comparable(previous: PreviousReading | undefined): previous is PreviousReading & {
  evaluation: Evaluation;
} {
  return (previous?.evaluation?.columns.unit.length ?? 0) > 0;
}

/** The first error of last period's reading, to say why it cannot be compared with. */
export function previousTrouble(previous: PreviousReading | undefined): LocalText | undefined {
  const problems = previous?.evaluation?.problems ?? previous?.reading.problems ?? [];
  return problems.find((p) => p.severity === "error")?.message;
}
