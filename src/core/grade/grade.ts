/**
 * Grade bands, highest first: the first band whose floor the score reaches; the last band has no
 * floor and catches the rest. Default (the comprehensive evaluation): A ≥ 95, B ≥ 90, C ≥ 80,
 * D ≥ 60, else E.
 */
import { z } from "zod";

export const GradeBandSchema = z.object({
  min: z.number().finite().optional(),
  label: z.string().min(1),
});
export type GradeBand = z.infer<typeof GradeBandSchema>;

export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { min: 95, label: "A" },
  { min: 90, label: "B" },
  { min: 80, label: "C" },
  { min: 60, label: "D" },
  { label: "E" },
];

export function gradeFor(
  score: number,
  bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS,
): string | undefined {
  for (const band of bands) if (band.min === undefined || score >= band.min) return band.label;
  return undefined;
}

/** "A:95,B:90,C:80,D:60,E" → bands; a problem description when the text is not of that form. */
export function parseGradeBands(text: string): { bands: GradeBand[] } | { error: string } {
  const parts = text
    .normalize("NFKC")
    .split(/[,;，；\s]+/)
    .filter(Boolean);
  const bands: GradeBand[] = [];
  for (const part of parts) {
    const m = /^([^:=≥>]+)\s*(?:[:=≥>]+\s*(-?\d+(?:\.\d+)?))?$/.exec(part);
    if (!m || !m[1]) return { error: `“${part}”应写成 等级:下限，如 A:95` };
    bands.push(
      m[2] === undefined ? { label: m[1].trim() } : { label: m[1].trim(), min: Number(m[2]) },
    );
  }
  return validateGradeBands(bands);
}

/**
 * Bands typed as a table (floor, label), in any row order: highest floor first, the band without a
 * floor last — the order bands are checked in — then validated as typed bands are.
 */
export function gradeBandsFromTable(
  rows: readonly GradeBand[],
): { bands: GradeBand[] } | { error: string } {
  const sorted = [...rows].sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity));
  return validateGradeBands(sorted);
}

export function validateGradeBands(
  bands: readonly GradeBand[],
): { bands: GradeBand[] } | { error: string } {
  if (bands.length === 0) return { error: "至少需要一个等级" };
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]?.min;
    const cur = bands[i]?.min;
    if (prev === undefined)
      return { error: `只有最后一个等级可以没有下限（“${bands[i - 1]?.label}”后面还有等级）` };
    if (cur !== undefined && cur >= prev)
      return {
        error: `等级下限应从高到低：${bands[i]?.label} 的下限 ${cur} 不低于上一等级的 ${prev}`,
      };
  }
  return { bands: bands.slice() };
}
