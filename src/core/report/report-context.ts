/** What every sheet builder needs to know about the run. */
import { inPrintOrder } from "./print-order";
import type { Bulletin } from "../bulletin/bulletin";
import type { Comparison } from "../compare/compare";
import type { Language } from "../i18n";
import type { Evaluation } from "../score/evaluate";
import type { ScoredUnit } from "../score/scored-unit";
import type { TableReading } from "../table/read-table";
import type { Analysis } from "../gap/analysis";
import type { TicketRun } from "../tickets/ticket-run";

export interface ReportContext {
  lang: Language;
  reading: TableReading;
  evaluation: Evaluation;
  title: string;
  /** How many units the summary's top and bottom lists and long charts show. */
  top: number;
  liveFormulas: boolean;
  charts: boolean;
  /** Last period's results matched to this one's, when given. */
  comparison?: Comparison | undefined;
  /** The bulletin draft, written as a text block on the summary. */
  bulletin?: Bulletin | undefined;
  /** When the table was counted from a log: its figures, rules and the tickets behind them. */
  tickets?: TicketRun | undefined;
  /** The gaps and rank robustness (the 分析 sheet, the ranking's 距上一等级); absent when left out. */
  analysis?: Analysis | undefined;
}

export interface GroupSlice {
  /** null when the table has no groups. */
  group: string | null;
  units: ScoredUnit[];
}

/**
 * The units split by group, in the evaluation's order (groups in order of first appearance), each
 * group in the order the bulletin prints it (print-order.ts).
 */
export function groupSlices(evaluation: Evaluation): GroupSlice[] {
  const grouped = evaluation.units.some((u) => u.group !== null);
  if (!grouped) return [{ group: null, units: inPrintOrder(evaluation, evaluation.units) }];
  const slices = new Map<string, GroupSlice>();
  for (const unit of evaluation.units) {
    const key = unit.group ?? "";
    let slice = slices.get(key);
    if (!slice) {
      slice = { group: unit.group ?? "", units: [] };
      slices.set(key, slice);
    }
    slice.units.push(unit);
  }
  return [...slices.values()].map((s) => ({ ...s, units: inPrintOrder(evaluation, s.units) }));
}

/** The measure or "score" that ranks are given on, with its label. */
export function rankKey(evaluation: Evaluation): { key: string; direction: "desc" | "asc" } {
  return evaluation.order[0] ?? { key: "score", direction: "desc" };
}

/** The value charted and shown with a data bar: the score, or the rank key when there is none. */
export function chartedValue(evaluation: Evaluation): string {
  return evaluation.scheme.index ? "score" : rankKey(evaluation).key;
}
