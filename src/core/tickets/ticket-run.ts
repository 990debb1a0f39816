/**
 * A log counted for a run: the rules chosen (the request's, else the built-in whose outputs this
 * log can all fill), made definite for its columns, counted by an engine, and turned into the
 * department table and the opening figures. The core's engine is the default; the command line
 * passes the tally of DuckDB or the warehouse instead, and the rest is the same code.
 */
import type { Language } from "../i18n";
import type { LocalText, Scheme } from "../schemes/scheme";
import type { RunSettings } from "../settings/run-settings";
import type { Period } from "../table/period";
import { BUILTIN_TICKET_RULES } from "./builtin-rules";
import { departmentTable, type DepartmentTable } from "./department-table";
import { headlineOf, type Headline } from "./headline";
import { logPeriod } from "./log-period";
import type { RecognisedLog } from "./read-ticket-log";
import { missingWords, resolveRules, type ResolvedRules } from "./resolve-rules";
import { maskedTally, type TicketTally } from "./tally";
import { tallyLog } from "./tally-log";
import type { TicketRole } from "./ticket-fields";
import type { LogLayout } from "./ticket-log";
import { checkRules, type TicketRules } from "./ticket-rules";

export type TicketSettings = NonNullable<RunSettings["tickets"]>;

export interface TicketRun {
  layout: LogLayout;
  resolved: ResolvedRules;
  /** Masked: no phone or ID number in any key or ticket number. */
  tally: TicketTally;
  table: DepartmentTable;
  headline: Headline;
  period?: Period | undefined;
  /** Which engine counted: said on the method sheet. */
  engine: "core" | "duckdb" | "postgres" | "clickhouse";
  /** What the log could not give (a counter without its columns), said to the clerk. */
  warnings: LocalText[];
}

export type RulesChoice = { ok: true; rules: TicketRules } | { ok: false; errors: LocalText[] };

function builtin(id: string): TicketRules | undefined {
  const input = BUILTIN_TICKET_RULES.find((r) => r.id === id);
  if (!input) return undefined;
  const checked = checkRules(input);
  return checked.ok ? checked.rules : undefined;
}

/** How many of the rules' outputs this log can fill. */
function filled(rules: TicketRules, has: ReadonlySet<TicketRole>): number {
  const resolved = resolveRules(rules, has);
  const ok = new Set(resolved.counters.map((c) => c.counter.id));
  return (
    rules.outputs.filter((o) => ("count" in o ? ok.has(o.count) : o.rate.every((x) => ok.has(x))))
      .length / rules.outputs.length
  );
}

export function chooseRules(
  has: ReadonlySet<TicketRole>,
  settings: TicketSettings | undefined,
): RulesChoice {
  let rules: TicketRules | undefined;
  if (settings?.customRules !== undefined) {
    const checked = checkRules(settings.customRules);
    if (!checked.ok) return checked;
    rules = checked.rules;
  } else if (settings?.rulesId) {
    rules = builtin(settings.rulesId);
    if (!rules)
      return {
        ok: false,
        errors: [
          {
            zh: `没有名为 ${settings.rulesId} 的计数规则；可用：${BUILTIN_TICKET_RULES.map((r) => r.id).join("、")}`,
            en: `No counting rules named ${settings.rulesId}; there are ${BUILTIN_TICKET_RULES.map((r) => r.id).join(", ")}`,
          },
        ],
      };
  } else {
    const messages = has.has("column") || has.has("forwards") || has.has("proactive");
    const candidates = (messages ? ["messages-petition"] : ["tickets-composite", "tickets-monthly"])
      .map(builtin)
      .filter((r): r is TicketRules => r !== undefined);
    // The first whose outputs the log fills best: a log with 签收时限 but no 超期 is a monthly one.
    rules = candidates.reduce<TicketRules | undefined>(
      (best, r) => (!best || filled(r, has) > filled(best, has) ? r : best),
      undefined,
    );
  }
  if (!rules) return { ok: false, errors: [{ zh: "没有可用的计数规则", en: "No counting rules" }] };
  const withDays: TicketRules = {
    ...rules,
    ...(settings?.cutoff !== undefined && { cutoff: settings.cutoff }),
    ...(settings?.from !== undefined && { from: settings.from }),
    ...(settings?.to !== undefined && { to: settings.to }),
  };
  return { ok: true, rules: withDays };
}

/** The rest of a run once an engine has counted. */
export function finishTicketRun(
  layout: LogLayout,
  resolved: ResolvedRules,
  rawTally: TicketTally,
  scheme: Scheme,
  engine: TicketRun["engine"],
  lang: Language = "zh",
): TicketRun {
  const tally = maskedTally(rawTally);
  const period = logPeriod(resolved.rules, tally);
  const table = departmentTable(tally, resolved, scheme, period, lang, layout.title);
  // Only what the department table needs is a warning; a headline figure the log lacks is left out.
  const needed = new Set(
    resolved.rules.outputs.flatMap((o) => ("count" in o ? [o.count] : o.rate)),
  );
  const warnings = resolved.missing.filter((m) => needed.has(m.counter.id)).map(missingWords);
  return {
    layout,
    resolved,
    tally,
    table,
    headline: headlineOf(tally, resolved),
    period,
    engine,
    warnings,
  };
}

export type TicketRunResult = { ok: true; run: TicketRun } | { ok: false; errors: LocalText[] };

export type CountPlan =
  { ok: true; resolved: ResolvedRules; scheme: Scheme } | { ok: false; errors: LocalText[] };

/** The rules and target scheme for a log with these columns: what every engine then counts. */
export function planCount(
  roles: readonly { role: TicketRole }[],
  settings: TicketSettings | undefined,
  schemes: readonly Scheme[],
): CountPlan {
  const has = new Set(roles.map((r) => r.role));
  const choice = chooseRules(has, settings);
  if (!choice.ok) return choice;
  const scheme = schemes.find((s) => s.id === choice.rules.target);
  if (!scheme)
    return {
      ok: false,
      errors: [
        {
          zh: `计数规则的目标方案 ${choice.rules.target} 不存在`,
          en: `No scheme ${choice.rules.target}`,
        },
      ],
    };
  return { ok: true, resolved: resolveRules(choice.rules, has), scheme };
}

/** A recognised log counted by the core's engine. */
export function runTickets(
  recognised: RecognisedLog,
  settings: TicketSettings | undefined,
  schemes: readonly Scheme[],
  lang: Language = "zh",
): TicketRunResult {
  const plan = planCount(recognised.layout.roles, settings, schemes);
  if (!plan.ok) return plan;
  const tally = tallyLog(recognised.log, plan.resolved);
  return {
    ok: true,
    run: finishTicketRun(recognised.layout, plan.resolved, tally, plan.scheme, "core", lang),
  };
}
