/**
 * The core's engine: the resolved rules over a columnar log in a few passes — one mask per
 * condition (a byte per ticket), then one pass adding each ticket to its unit, type, category and
 * column. Used by the pane and by the command line for ordinary files; `ticket-sql.ts` says the
 * same rules to DuckDB and PostgreSQL, and the tests hold the three to the same tally.
 */
import type { ResolvedRules } from "./resolve-rules";
import type { Condition } from "./ticket-rules";
import type { LogColumn, TicketLog } from "./ticket-log";
import { parseDay, SECONDS_PER_DAY } from "./ticket-time";
import { categoryKey, type KeyedCounts, type TicketTally, type UnitCounts } from "./tally";

/** The cut-off's last second, or undefined when the rules set none. */
export function cutoffSeconds(day: string | undefined): number | undefined {
  const start = day === undefined ? undefined : parseDay(day);
  return start === undefined ? undefined : start + SECONDS_PER_DAY - 1;
}

function timesOf(column: LogColumn | undefined, rows: number): Float64Array {
  return column && column.kind !== "text" ? column.values : new Float64Array(rows).fill(NaN);
}

/** Masks of the counters already counted, by id: a counter built on another reads its mask. */
type Masks = ReadonlyMap<string, Uint8Array>;

function mask(
  log: TicketLog,
  c: Condition,
  cutoff: number | undefined,
  counters: Masks = new Map(),
): Uint8Array {
  const n = log.rows;
  if ("counter" in c) return counters.get(c.counter) ?? new Uint8Array(n);
  const out = new Uint8Array(n);
  if ("all" in c) {
    out.fill(1);
    for (const part of c.all) {
      const m = mask(log, part, cutoff, counters);
      for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) & (m[i] ?? 0);
    }
    return out;
  }
  if ("any" in c) {
    for (const part of c.any) {
      const m = mask(log, part, cutoff, counters);
      for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) | (m[i] ?? 0);
    }
    return out;
  }
  if ("not" in c) {
    const m = mask(log, c.not, cutoff, counters);
    for (let i = 0; i < n; i++) out[i] = 1 - (m[i] ?? 0);
    return out;
  }
  const column = log.columns[c.field];
  if (!column) return out;
  if ("in" in c) {
    if (column.kind !== "text") return out;
    const wanted = new Set(c.in);
    const table = Uint8Array.from(column.dictionary, (text) => (wanted.has(text) ? 1 : 0));
    for (let i = 0; i < n; i++) out[i] = table[column.codes[i] ?? 0] ?? 0;
    return out;
  }
  if ("filled" in c) {
    const want = c.filled ? 1 : 0;
    if (column.kind === "text")
      for (let i = 0; i < n; i++) out[i] = (column.codes[i] !== 0 ? 1 : 0) === want ? 1 : 0;
    else
      for (let i = 0; i < n; i++)
        out[i] = (Number.isNaN(column.values[i]) ? 0 : 1) === want ? 1 : 0;
    return out;
  }
  if ("above" in c) {
    if (column.kind === "text") return out;
    for (let i = 0; i < n; i++) out[i] = (column.values[i] ?? NaN) > c.above ? 1 : 0;
    return out;
  }
  const t = timesOf(column, n);
  const late = "after" in c;
  const ref = late ? c.after : c.notAfter;
  const shift = (c.hours ?? 0) * 3600;
  if (ref === "cutoff") {
    // No cut-off: everything closed is closed in time, nothing is after it.
    for (let i = 0; i < n; i++) {
      const ti = t[i] ?? NaN;
      if (Number.isNaN(ti)) continue;
      out[i] =
        cutoff === undefined
          ? late
            ? 0
            : 1
          : (late ? ti > cutoff + shift : ti <= cutoff + shift)
            ? 1
            : 0;
    }
    return out;
  }
  const r = timesOf(log.columns[ref], n);
  for (let i = 0; i < n; i++) {
    const ti = t[i] ?? NaN;
    const ri = (r[i] ?? NaN) + shift;
    if (Number.isNaN(ti) || Number.isNaN(ri)) continue;
    out[i] = (late ? ti > ri : ti <= ri) ? 1 : 0;
  }
  return out;
}

/** Seconds bounds of the period (from's first second, to's last), undefined where open. */
export function periodBounds(rules: ResolvedRules["rules"]): { from?: number; to?: number } {
  const from = rules.from === undefined ? undefined : parseDay(rules.from);
  const to = cutoffSeconds(rules.to);
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/** Codes of a text column per row, or zeros when the log lacks it. */
function keyCodes(
  log: TicketLog,
  role: "unit" | "type" | "category" | "column" | "group",
): { codes: Int32Array; dictionary: string[] } {
  const column = log.columns[role];
  if (column && column.kind === "text") return column;
  return { codes: new Int32Array(log.rows), dictionary: [""] };
}

export function tallyLog(log: TicketLog, resolved: ResolvedRules): TicketTally {
  const n = log.rows;
  const cutoff = cutoffSeconds(resolved.rules.cutoff);
  const scope = mask(log, resolved.scope, cutoff);
  const periodColumn = log.columns[resolved.rules.periodField];
  const periodTimes = timesOf(periodColumn, n);
  const { from, to } = periodBounds(resolved.rules);
  let firstTime = Infinity;
  let lastTime = -Infinity;
  for (let i = 0; i < n; i++) {
    if (log.blank[i]) {
      scope[i] = 0;
      continue;
    }
    if (!scope[i]) continue;
    const t = periodTimes[i] ?? NaN;
    if ((from !== undefined || to !== undefined) && Number.isNaN(t)) scope[i] = 0;
    else if ((from !== undefined && t < from) || (to !== undefined && t > to)) scope[i] = 0;
    else if (!Number.isNaN(t)) {
      if (t < firstTime) firstTime = t;
      if (t > lastTime) lastTime = t;
    }
  }
  const K = resolved.counters.length;
  // Each counter's contribution per ticket: 1/0 for counts, the number (less its offset) for sums.
  // Counters in order, each from its written alternative: 已办结 reads 转部门办理's mask.
  const masks = new Map<string, Uint8Array>();
  const contributions = resolved.counters.map((r) => {
    const { counter } = r;
    const m = mask(log, r.condition, cutoff, masks);
    masks.set(counter.id, m);
    if (!counter.sum) return m;
    const column = log.columns[counter.sum];
    const values = column && column.kind !== "text" ? column.values : new Float64Array(n);
    const less = counter.less ?? 0;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i] ?? NaN;
      out[i] = m[i] && !Number.isNaN(v) ? Math.max(v - less, 0) : 0;
    }
    return out;
  });

  const unit = keyCodes(log, "unit");
  const type = keyCodes(log, "type");
  const category = keyCodes(log, "category");
  const column = keyCodes(log, "column");
  const group = keyCodes(log, "group");
  const catWidth = category.dictionary.length;
  const unitSums = new Float64Array(unit.dictionary.length * K);
  const typeSums = new Float64Array(type.dictionary.length * K);
  const columnSums = new Float64Array(column.dictionary.length * K);
  const unitSeen = new Uint8Array(unit.dictionary.length);
  const typeSeen = new Uint8Array(type.dictionary.length);
  const columnSeen = new Uint8Array(column.dictionary.length);
  const unitGroup = new Int32Array(unit.dictionary.length);
  const total = new Float64Array(K);
  // Each ticket's (column, category) pair as a slot, numbered in order of first sight.
  const slotOfKey = new Map<number, number>();
  const slotKeys: number[] = [];
  const slot = new Int32Array(n);
  const unitCodes = unit.codes;
  const typeCodes = type.codes;
  const columnCodes = column.codes;
  const categoryCodes = category.codes;
  let rows = 0;
  for (let i = 0; i < n; i++) {
    if (!scope[i]) continue;
    rows++;
    const u = unitCodes[i] ?? 0;
    const co = columnCodes[i] ?? 0;
    unitSeen[u] = 1;
    typeSeen[typeCodes[i] ?? 0] = 1;
    columnSeen[co] = 1;
    const key = co * catWidth + (categoryCodes[i] ?? 0);
    let s = slotOfKey.get(key);
    if (s === undefined) {
      s = slotKeys.length;
      slotKeys.push(key);
      slotOfKey.set(key, s);
    }
    slot[i] = s;
    const g = group.codes[i] ?? 0;
    if (g !== 0) {
      const had = unitGroup[u] ?? 0;
      if (had === 0 || (group.dictionary[g] ?? "") < (group.dictionary[had] ?? ""))
        unitGroup[u] = g;
    }
  }
  const slotSums = new Float64Array(slotKeys.length * K);
  // Counter by counter over the tickets: one typed array read, four sums written.
  for (let k = 0; k < K; k++) {
    const c = contributions[k];
    if (!c) continue;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = c[i] ?? 0;
      if (v === 0 || !scope[i]) continue;
      sum += v;
      const u = (unitCodes[i] ?? 0) * K + k;
      unitSums[u] = (unitSums[u] ?? 0) + v;
      const t = (typeCodes[i] ?? 0) * K + k;
      typeSums[t] = (typeSums[t] ?? 0) + v;
      const co = (columnCodes[i] ?? 0) * K + k;
      columnSums[co] = (columnSums[co] ?? 0) + v;
      const sl = (slot[i] ?? 0) * K + k;
      slotSums[sl] = (slotSums[sl] ?? 0) + v;
    }
    total[k] = sum;
  }
  const keyed = (dictionary: string[], sums: Float64Array, seen: Uint8Array): KeyedCounts[] =>
    dictionary.flatMap((key, code) =>
      seen[code] ? [{ key: key, counts: Array.from(sums.subarray(code * K, code * K + K)) }] : [],
    );
  const units: UnitCounts[] = unit.dictionary.flatMap((key, code) =>
    unitSeen[code]
      ? [
          {
            key: key,
            group: group.dictionary[unitGroup[code] ?? 0] ?? "",
            counts: Array.from(unitSums.subarray(code * K, code * K + K)),
          },
        ]
      : [],
  );
  const byCategory: KeyedCounts[] = slotKeys.map((key, s) => ({
    key: categoryKey(
      column.dictionary[Math.floor(key / catWidth)] ?? "",
      category.dictionary[key % catWidth] ?? "",
    ),
    counts: Array.from(slotSums.subarray(s * K, s * K + K)),
  }));

  const ids = log.columns.id;
  const trace: TicketTally["trace"] = [];
  for (const counterId of resolved.rules.traced) {
    const k = resolved.counters.findIndex((r) => r.counter.id === counterId);
    const m = contributions[k];
    if (!m || !ids || ids.kind !== "text") continue;
    const perUnit = new Map<number, string[]>();
    for (let i = 0; i < n; i++) {
      if (!scope[i] || !m[i]) continue;
      const u = unit.codes[i] ?? 0;
      const list = perUnit.get(u) ?? [];
      list.push(ids.dictionary[ids.codes[i] ?? 0] ?? "");
      perUnit.set(u, list);
    }
    for (const [u, list] of perUnit)
      trace.push({ counter: counterId, unit: unit.dictionary[u] ?? "", ids: list.sort() });
  }
  return {
    counters: resolved.counters.map((r) => r.counter.id),
    rows,
    total: Array.from(total),
    units,
    byType: keyed(type.dictionary, typeSums, typeSeen),
    byCategory,
    byColumn: keyed(column.dictionary, columnSums, columnSeen),
    ...(firstTime !== Infinity && { firstTime, lastTime }),
    trace,
  };
}
