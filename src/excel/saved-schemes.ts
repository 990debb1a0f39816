/**
 * The clerk's own schemes, kept in the workbook's settings so the workbook carries the rules that
 * produced its report. Each is checked again on the way in; one that no longer validates is left
 * out with a warning rather than breaking the pane.
 */
import type { LocalText, Scheme } from "../core/schemes/scheme";
import { validateScheme } from "../core/schemes/validate-scheme";

export const SCHEMES_KEY = "govrank.schemes";

export function parseSavedSchemes(value: unknown): { schemes: Scheme[]; warnings: LocalText[] } {
  if (value === undefined || value === null) return { schemes: [], warnings: [] };
  const list = Array.isArray(value) ? value : [];
  const schemes: Scheme[] = [];
  let rejected = Array.isArray(value) ? 0 : 1;
  for (const item of list) {
    const checked = validateScheme(item);
    if (checked.ok) schemes.push(checked.scheme);
    else rejected++;
  }
  const warnings: LocalText[] =
    rejected === 0
      ? []
      : [
          {
            zh: `工作簿中保存的 ${rejected} 个自定义方案无法使用（格式有误），已忽略。`,
            en: `${rejected} saved custom scheme(s) in this workbook cannot be used (invalid) and were left out.`,
          },
        ];
  return { schemes, warnings };
}
