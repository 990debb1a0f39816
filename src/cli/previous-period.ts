/**
 * Last period's tables for a comparison: every sheet of the file the request names (or just the
 * one it names), from a raw table or from a workbook govrank wrote. core/run picks the sheet that
 * yields the most ranked units and compares.
 */
import type { RunSettings } from "../core/settings/run-settings";
import type { CellGrid } from "../core/table/cell-grid";
import { InputError, readAllGrids } from "./read-input";

/** The options `report` and `bulletin` take for a comparison with last period. */
export const PREVIOUS_OPTIONS = {
  previous: { type: "string" },
  "previous-sheet": { type: "string" },
  "previous-map": { type: "string", multiple: true },
  rename: { type: "string", multiple: true },
  basis: { type: "string" },
} as const;

export async function previousGrids(request: RunSettings): Promise<CellGrid[] | undefined> {
  const file = request.previousFile;
  if (file === undefined) return undefined;
  const sheet = request.previousSheet;
  const grids = (await readAllGrids(file)).filter((g) => sheet === undefined || g.sheet === sheet);
  if (sheet !== undefined && grids.length === 0)
    throw new InputError(
      `上期文件 ${file} 中没有名为“${sheet}”的工作表。`,
      `last period's file ${file} has no sheet named “${sheet}”.`,
    );
  return grids;
}

/** What to say when last period's file holds no table of this period's scheme. */
export function noPreviousTable(
  request: RunSettings,
  schemeName: { zh: string; en: string },
  reason?: { zh: string; en: string },
) {
  const file = request.previousFile ?? "";
  const sheet = request.previousSheet;
  return new InputError(
    `在 ${file}${sheet ? ` 的“${sheet}”工作表` : ""} 中没有找到方案“${schemeName.zh}”的表格，无法与上期比较。${reason ? `上期表：${reason.zh} 上期的表头与本期不同时，用 --previous-map 字段=表头 指定上期的列。` : ""}`,
    `no table of the scheme ${schemeName.en} was found in ${file}${sheet ? ` (sheet ${sheet})` : ""}: cannot compare.${reason ? ` Last period: ${reason.en} Where last period's headers differ, --previous-map FIELD=HEADER names its column.` : ""}`,
  );
}
