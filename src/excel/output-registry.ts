/**
 * Which sheets govrank wrote, per source sheet, kept in the workbook's settings by sheet id (ids
 * survive renames). A re-run replaces exactly these and never a clerk's own sheet, even one that
 * happens to be called 排名.
 */
import { z } from "zod";
import type { LocalText } from "../core/schemes/scheme";

export const REGISTRY_KEY = "govrank.outputs";

const RegistrySchema = z.object({
  version: z.literal(1),
  /** Runs so far: numbers each run's table names, which must be unique in the workbook. */
  runs: z.number().int().nonnegative(),
  outputs: z.array(
    z.object({
      source: z.string(),
      sheetIds: z.array(z.string()),
      /** The table the report was made from ('Sheet1'!A1:L92), to read it again from the report. */
      address: z.string().optional(),
    }),
  ),
});

export type OutputRegistry = z.infer<typeof RegistrySchema>;

export const EMPTY_REGISTRY: OutputRegistry = { version: 1, runs: 0, outputs: [] };

export function parseRegistry(value: unknown): { registry: OutputRegistry; warnings: LocalText[] } {
  if (value === undefined || value === null) return { registry: EMPTY_REGISTRY, warnings: [] };
  const parsed = RegistrySchema.safeParse(value);
  if (parsed.success) return { registry: parsed.data, warnings: [] };
  return {
    registry: EMPTY_REGISTRY,
    warnings: [
      {
        zh: "工作簿中记录的 govrank 输出清单无法识别，本次不会替换以前生成的工作表（可手动删除）。",
        en: "The list of sheets govrank wrote earlier cannot be read; earlier output is not replaced this time (delete it by hand if needed).",
      },
    ],
  };
}

export function previousOutput(registry: OutputRegistry, source: string): string[] {
  return registry.outputs.find((o) => o.source === source)?.sheetIds ?? [];
}

export function withOutput(
  registry: OutputRegistry,
  source: string,
  sheetIds: readonly string[],
  address: string,
): OutputRegistry {
  return {
    version: 1,
    runs: registry.runs + 1,
    outputs: [
      ...registry.outputs.filter((o) => o.source !== source),
      { source, sheetIds: [...sheetIds], address },
    ],
  };
}

/** The source an output sheet was made from, if the sheet is govrank's output. */
export function sourceOfOutput(
  registry: OutputRegistry,
  sheetId: string,
): { source: string; address?: string | undefined } | undefined {
  return registry.outputs.find((o) => o.sheetIds.includes(sheetId));
}
