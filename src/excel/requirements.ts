/**
 * The Office requirement sets govrank needs, in one place: the manifests declare `DECLARED` (a
 * test holds manifest.xml to this list), and the shell checks `OPTIONAL` at run time, taking a
 * degraded path where a newer set is missing instead of failing midway.
 */
import type { LocalText } from "../core/schemes/scheme";

export interface RequirementSet {
  name: "ExcelApi" | "SharedRuntime" | "CustomFunctionsRuntime";
  version: string;
}

/**
 * What the add-in cannot work without, and why:
 * - ExcelApi 1.9: page layout, print titles and headers (pageLayout, headersFooters), and the
 *   workbook-wide selection event; everything else it calls is older (1.1–1.7).
 * - SharedRuntime 1.1: the pane, the ribbon and the functions share one page.
 * - CustomFunctionsRuntime 1.3: error values with messages (CustomFunctions.ErrorCode).
 */
export const DECLARED: readonly RequirementSet[] = [
  { name: "ExcelApi", version: "1.9" },
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.3" },
];

const EXCEL_API = DECLARED.find((set) => set.name === "ExcelApi")?.version ?? "";

/** What the clerk is told when her Excel lacks a DECLARED set. */
export const OFFICE_TOO_OLD: LocalText = {
  zh: `此版本的 Excel 无法运行“部门排名”：需要 Excel 2021、Excel 2024 或 Microsoft 365（ExcelApi ${EXCEL_API}）。请更新 Office 后再打开“部门排名”。`,
  en: `This version of Excel cannot run govrank: it needs Excel 2021, Excel 2024 or Microsoft 365 (ExcelApi ${EXCEL_API}). Update Office, then open 部门排名 again.`,
};

/** Newer sets used when present. */
export const OPTIONAL = {
  /** Range.getMergedAreasOrNullObject: merged title and header cells. Without it the table is
   * read without merge information (the header is still found from its text). */
  mergedAreas: { name: "ExcelApi", version: "1.13" },
  /** Excel.run({ mergeUndoGroup }): the whole report as one Ctrl+Z. */
  undoGroup: { name: "ExcelApi", version: "1.20" },
} as const satisfies Record<string, RequirementSet>;

/** What this Excel supports, as the shell uses it. */
export interface OfficeCapabilities {
  /** Every DECLARED set (false: an older Office installed the add-in anyway). */
  declared: boolean;
  mergedAreas: boolean;
  undoGroup: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export function officeCapabilities(isSetSupported: IsSetSupported): OfficeCapabilities {
  const has = (set: RequirementSet) => isSetSupported(set.name, set.version);
  return {
    declared: DECLARED.every(has),
    mergedAreas: has(OPTIONAL.mergedAreas),
    undoGroup: has(OPTIONAL.undoGroup),
  };
}

/** Everything supported: the tests' fake and any Excel that supports the newest sets. */
export const ALL_CAPABILITIES: OfficeCapabilities = {
  declared: true,
  mergedAreas: true,
  undoGroup: true,
};
