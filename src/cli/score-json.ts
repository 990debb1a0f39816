/** The `govrank score --format json` document: stable keys for programs. */
import type { Language } from "../core/i18n";
import type { Evaluation } from "../core/score/evaluate";
import type { TableReading } from "../core/table/read-table";

export interface ScoreJson {
  scheme: string | null;
  detected: boolean;
  title: string | null;
  days: number | null;
  units: {
    unit: string;
    group: string | null;
    score: number | null;
    grade: string | null;
    rank: number | null;
    groupRank: number | null;
    approximate: boolean;
    cell: string;
    measures: Record<string, number | null>;
  }[];
  excluded: { unit: string; reason: string; cell: string; codes: string[] }[];
  problems: {
    severity: string;
    code: string;
    unit: string | null;
    cell: string | null;
    message: string;
    printed?: number | string;
    recomputed?: number | string;
  }[];
  overall: Evaluation["overall"] | null;
}

export function scoreJson(
  reading: TableReading,
  evaluation: Evaluation | undefined,
  language: Language,
): ScoreJson {
  const problems = evaluation?.problems ?? reading.problems;
  return {
    scheme: reading.scheme?.id ?? null,
    detected: reading.detected,
    title: reading.title ?? null,
    days: evaluation?.days ?? null,
    units: (evaluation?.units ?? []).map((u) => ({
      unit: u.unit,
      group: u.group,
      score: u.score,
      grade: u.grade,
      rank: u.rank,
      groupRank: u.groupRank,
      approximate: u.approximate,
      cell: u.cell,
      measures: u.measures,
    })),
    excluded: (evaluation?.excluded ?? []).map((e) => ({
      unit: e.unit,
      reason: e.reason,
      cell: e.cell,
      codes: e.codes,
    })),
    problems: problems.map((p) => ({
      severity: p.severity,
      code: p.code,
      unit: p.unit ?? null,
      cell: p.cell ?? null,
      message: p.message[language],
      ...(p.printed !== undefined ? { printed: p.printed } : {}),
      ...(p.recomputed !== undefined ? { recomputed: p.recomputed } : {}),
    })),
    overall: evaluation?.overall ?? null,
  };
}
