/**
 * The rules made definite for one log: each counter's first alternative whose columns the log has
 * (a reference to another counter stays one: the engines count in the rules' order and read the
 * referred counter's result). Both engines start from here, which is why they cannot choose
 * differently.
 */
import type { LocalText } from "../schemes/scheme";
import { TICKET_FIELDS, type TicketRole } from "./ticket-fields";
import type { Condition, Counter, TicketRules } from "./ticket-rules";

export interface ResolvedCounter {
  counter: Counter;
  /** The alternative chosen, as the rules wrote it. */
  condition: Condition;
  /** Which of its alternatives (0-based), for the method sheet. */
  alternative: number;
}

export interface ResolvedRules {
  rules: TicketRules;
  /** Which tickets count at all (never refers to a counter: checkRules refuses that). */
  scope: Condition;
  scopeAlternative: number;
  /** Available counters in the rules' order. */
  counters: ResolvedCounter[];
  /** Counters no alternative of which the log can answer, with the columns each lacks. */
  missing: { counter: Counter; needs: TicketRole[] }[];
  /** The columns the log has. */
  fields: ReadonlySet<TicketRole>;
}

function fieldsOf(c: Condition, out: Set<TicketRole>) {
  if ("field" in c) {
    out.add(c.field);
    if ("after" in c && c.after !== "cutoff") out.add(c.after);
    if ("notAfter" in c && c.notAfter !== "cutoff") out.add(c.notAfter);
  } else if ("all" in c) c.all.forEach((x) => fieldsOf(x, out));
  else if ("any" in c) c.any.forEach((x) => fieldsOf(x, out));
  else if ("not" in c) fieldsOf(c.not, out);
  return out;
}

/** Whether a condition can be answered: its columns are there, of the kind it compares. */
function answerable(
  c: Condition,
  has: ReadonlySet<TicketRole>,
  counters: Map<string, ResolvedCounter>,
): boolean {
  if ("counter" in c) return counters.has(c.counter);
  if ("all" in c) return c.all.every((x) => answerable(x, has, counters));
  if ("any" in c) return c.any.every((x) => answerable(x, has, counters));
  if ("not" in c) return answerable(c.not, has, counters);
  if (!has.has(c.field)) return false;
  const kind = TICKET_FIELDS[c.field].kind;
  if ("in" in c || "filled" in c) return true;
  if ("above" in c) return kind === "number";
  const ref = "after" in c ? c.after : c.notAfter;
  return (
    kind === "time" && (ref === "cutoff" || (has.has(ref) && TICKET_FIELDS[ref].kind === "time"))
  );
}

export function resolveRules(rules: TicketRules, has: ReadonlySet<TicketRole>): ResolvedRules {
  const byId = new Map<string, ResolvedCounter>();
  const missing: ResolvedRules["missing"] = [];
  const counters: ResolvedCounter[] = [];
  for (const counter of rules.counters) {
    const sumOk =
      counter.sum === undefined ||
      (has.has(counter.sum) && TICKET_FIELDS[counter.sum].kind === "number");
    const alternative = sumOk ? counter.when.findIndex((c) => answerable(c, has, byId)) : -1;
    const chosen = counter.when[alternative];
    if (!chosen) {
      const needs = new Set<TicketRole>();
      for (const alt of counter.when.slice(0, 1)) fieldsOf(alt, needs);
      if (counter.sum) needs.add(counter.sum);
      missing.push({ counter, needs: [...needs].filter((f) => !has.has(f)) });
      continue;
    }
    const resolved = { counter, condition: chosen, alternative };
    byId.set(counter.id, resolved);
    counters.push(resolved);
  }
  const scopeAlternative = Math.max(
    0,
    rules.scope.findIndex((c) => answerable(c, has, byId)),
  );
  const scopeRule = rules.scope[scopeAlternative] ?? { all: [] };
  const scope = answerable(scopeRule, has, byId) ? scopeRule : { all: [] };
  return { rules, scope, scopeAlternative, counters, missing, fields: has };
}

/** A missing counter said for the clerk: which columns the log would need. */
export function missingWords(m: ResolvedRules["missing"][number]): LocalText {
  const zh = m.needs.map((f) => TICKET_FIELDS[f].label.zh).join("、");
  const en = m.needs.map((f) => TICKET_FIELDS[f].label.en).join(", ");
  return {
    zh: `无法统计“${m.counter.label.zh}”：工单明细中没有${zh || "所需的"}列`,
    en: `Cannot count "${m.counter.label.en}": the log has no ${en || "such"} column`,
  };
}
