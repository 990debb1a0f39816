/**
 * The run request: everything a run can be told — the scheme (or the clerk's edited copy), the
 * column mapping, ordering, ranking, grade bands, days, last period and how to compare with it,
 * and the output options. The task pane saves it per source sheet (in the workbook's settings, so
 * it travels with the file); the command line's flags parse into the same object
 * (src/cli/request-from-flags.ts). Read back through zod: settings written by another version, or
 * edited by hand, fall back to defaults with a warning instead of breaking the run.
 */
import { z } from "zod";
import { LanguageSchema } from "../i18n";
import type { LocalText } from "../schemes/scheme";
import { RankMethodSchema, SortKeySchema } from "../schemes/scheme";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const RunSettingsSchema = z.object({
  version: z.literal(1),
  schemeId: z.string().min(1).optional(),
  /** A clerk's own scheme, checked again with validateScheme before use. */
  customScheme: z.unknown().optional(),
  mapping: z.record(z.string(), z.string()).default({}),
  rankMethod: RankMethodSchema.optional(),
  sortKey: SortKeySchema.optional(),
  days: z.number().positive().optional(),
  /** Grade bands as the clerk types them: "A:95,B:90,C:80,D:60,E". */
  grades: z.string().optional(),
  top: z.number().int().positive().optional(),
  /** 参评单位总数: the units under assessment, the denominator of grade shares (default: the table's). */
  population: z.number().int().positive().optional(),
  /** How many units the bulletin's 红黑榜 names at the top and at the bottom of each group (5). */
  board: z.number().int().positive().optional(),
  title: z.string().optional(),
  lang: LanguageSchema.optional(),
  /** Last period's table (or report): a sheet of this workbook, or of `previousFile`. */
  previousSheet: z.string().min(1).optional(),
  /**
   * Columns of last period's sheet where its headers differ from this period's (field id → its
   * column letter there); this period's mapping is carried over by header text first.
   */
  previousMapping: z.record(z.string(), z.string()).default({}),
  /** A file holding last period's table (the command line; the pane compares within the workbook). */
  previousFile: z.string().min(1).optional(),
  /** 同比 (on the same period a year before) or 环比 (on the period before); default 较上期. */
  basis: z.enum(["yoy", "mom"]).optional(),
  /** Units renamed since last period: old name → new name. */
  renames: z.record(z.string(), z.string()).default({}),
  liveFormulas: z.boolean().default(false),
  charts: z.boolean().default(true),
  /** The 分析 sheet, the 距上一等级 column and the bulletin's improvement paragraph. */
  analysis: z.boolean().default(true),
  /** How a ticket or message log is counted (ignored for a department table). */
  tickets: z
    .object({
      /** A built-in rules id (tickets-composite, tickets-monthly, messages-petition). */
      rulesId: z.string().min(1).optional(),
      /** The clerk's own counting rules, checked with checkRules before use. */
      customRules: z.unknown().optional(),
      /** 截至 this day: tickets closed after it are not handled in this period. */
      cutoff: Day.optional(),
      /** The period's first and last day; tickets received outside it are not counted. */
      from: Day.optional(),
      to: Day.optional(),
      /** Last period's figures typed in (received, replied …), for 同比/环比 in the opening. */
      previousFigures: z.record(z.string(), z.number().nonnegative()).default({}),
    })
    .optional(),
});

export type RunSettings = z.infer<typeof RunSettingsSchema>;

/** A request with nothing set: detection and the scheme's own rules throughout. */
export const DEFAULT_SETTINGS: RunSettings = RunSettingsSchema.parse({ version: 1 });

export function parseRunSettings(value: unknown): {
  settings: RunSettings | null;
  warnings: LocalText[];
} {
  if (value === undefined || value === null) return { settings: null, warnings: [] };
  const parsed = RunSettingsSchema.safeParse(value);
  if (parsed.success) return { settings: parsed.data, warnings: [] };
  return {
    settings: null,
    warnings: [
      {
        zh: "工作簿中保存的 govrank 设置无法识别（可能来自其他版本或被修改过），本次使用默认设置。",
        en: "The govrank settings saved in this workbook cannot be read (another version, or edited); defaults are used this time.",
      },
    ],
  };
}
