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
  /** The slice's units as places in the evaluation's `units` (its columns), in print order. */
  at: Int32Array;
}

/**
 * The units split by group, in the evaluation's order (groups in order of first appearance), each
 * group in the order the bulletin prints it (print-order.ts). Read from the columns: no unit
 * object is made (#21).
 */
export function groupSlices(evaluation: Evaluation): GroupSlice[] {
  const { codes, names } = evaluation.columns.group;
  const n = codes.length;
  if (names.length === 0) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return [{ group: null, at: inPrintOrder(evaluation, all) }];
  }
  // Each group's places counted by its code, then filled into one typed array per group — no
  // list grown by 10^6 pushes. The units without a group in a grouped table (code -1, ranked
  // after every group) take the last slot, a slice named "".
  const none = names.length;
  const slotOf = (code: number) => (code < 0 ? none : code);
  const sizes = new Int32Array(none + 1);
  for (let i = 0; i < n; i++) {
    const slot = slotOf(codes[i] as number);
    sizes[slot] = (sizes[slot] as number) + 1;
  }
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(sizes.length);
  for (let i = 0; i < n; i++) {
    const slot = slotOf(codes[i] as number);
    (members[slot] as Int32Array)[filled[slot] as number] = i;
    filled[slot] = (filled[slot] as number) + 1;
  }
  const slices = names.map((group, c) => ({
    group,
    at: inPrintOrder(evaluation, members[c] as Int32Array),
  }));
  if ((sizes[none] as number) > 0)
    slices.push({ group: "", at: inPrintOrder(evaluation, members[none] as Int32Array) });
  return slices;
}

/** A slice's units as objects: for a consumer of a few of them, or of a small table. */
export function sliceUnits(evaluation: Evaluation, slice: GroupSlice): ScoredUnit[] {
  return Array.from(slice.at, (at) => evaluation.unitAt(at));
}

/** The measure or "score" that ranks are given on, with its label. */
export function rankKey(evaluation: Evaluation): { key: string; direction: "desc" | "asc" } {
  return evaluation.order[0] ?? { key: "score", direction: "desc" };
}

/** The value charted and shown with a data bar: the score, or the rank key when there is none. */
export function chartedValue(evaluation: Evaluation): string {
  return evaluation.scheme.index ? "score" : rankKey(evaluation).key;
}
