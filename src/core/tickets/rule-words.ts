/**
 * The counting rules in words, for the method sheet and the pane: each counter as the condition
 * the log was counted by ("办理方式为“转办”“派单”之一，且承办单位不为空"), which alternative that
 * was, and what could not be counted. A clerk checks these, not the JSON.
 */
import type { Language } from "../i18n";
import type { ResolvedRules } from "./resolve-rules";
import type { Condition } from "./ticket-rules";
import { TICKET_FIELDS, type TicketRole } from "./ticket-fields";

const name = (role: TicketRole, lang: Language) => TICKET_FIELDS[role].label[lang];

function quoted(values: readonly string[], lang: Language): string {
  return lang === "zh"
    ? values.map((v) => `“${v}”`).join("")
    : values.map((v) => `"${v}"`).join(", ");
}

/**
 * A condition in words; a reference to another counter is said by its name ("属于“转部门办理”"),
 * so each line reads as the rule was written, not with every definition spelled out again.
 */
export function conditionWords(
  c: Condition,
  lang: Language,
  cutoff: string | undefined,
  counterName: (id: string) => string = (id) => id,
): string {
  const zh = lang === "zh";
  const words = (x: Condition) => conditionWords(x, lang, cutoff, counterName);
  if ("counter" in c)
    return zh ? `属于“${counterName(c.counter)}”` : `counted as "${counterName(c.counter)}"`;
  if ("all" in c) {
    if (c.all.length === 0) return zh ? "全部" : "every ticket";
    return c.all.map(words).join(zh ? "，且" : ", and ");
  }
  if ("any" in c) return `（${c.any.map(words).join(zh ? "，或" : ", or ")}）`;
  if ("not" in c) return zh ? `不满足（${words(c.not)}）` : `not (${words(c.not)})`;
  const f = name(c.field, lang);
  if ("in" in c)
    return zh
      ? `${f}为${quoted(c.in, lang)}${c.in.length > 1 ? "之一" : ""}`
      : `${f} is ${c.in.length > 1 ? "one of " : ""}${quoted(c.in, lang)}`;
  if ("filled" in c)
    return zh ? `${f}${c.filled ? "不为空" : "为空"}` : `${f} is ${c.filled ? "filled" : "blank"}`;
  if ("above" in c) return zh ? `${f}大于${c.above}` : `${f} above ${c.above}`;
  const late = "after" in c;
  const ref = late ? c.after : c.notAfter;
  const hours = c.hours ? (zh ? `加${c.hours}小时` : ` plus ${c.hours} h`) : "";
  const refName =
    ref === "cutoff"
      ? cutoff
        ? zh
          ? `截止日（${cutoff}）当天结束`
          : `the end of the cut-off day (${cutoff})`
        : zh
          ? "（未设截止日：有时间即算）"
          : "(no cut-off: any time counts)"
      : name(ref, lang);
  if (ref === "cutoff" && !cutoff) return zh ? `${f}不为空${refName}` : `${f} is filled ${refName}`;
  return zh
    ? `${f}${late ? "晚于" : "不晚于"}${refName}${hours}`
    : `${f} ${late ? "after" : "no later than"} ${refName}${hours}`;
}

export interface RuleLine {
  label: string;
  words: string;
  /** "按第2种口径" when the first alternative's columns were not in the log. */
  alternative: string;
}

export function ruleLines(resolved: ResolvedRules, lang: Language): RuleLine[] {
  const zh = lang === "zh";
  const cutoff = resolved.rules.cutoff;
  const counterName = (id: string) =>
    resolved.rules.counters.find((c) => c.id === id)?.label[lang] ?? id;
  const alt = (i: number, of: number) =>
    of <= 1 ? "" : zh ? `第${i + 1}种口径（共${of}种）` : `alternative ${i + 1} of ${of}`;
  const lines: RuleLine[] = [
    {
      label: zh ? "计入范围" : "Counted",
      words: conditionWords(resolved.scope, lang, cutoff),
      alternative: alt(resolved.scopeAlternative, resolved.rules.scope.length),
    },
  ];
  for (const r of resolved.counters) {
    const base = conditionWords(r.condition, lang, cutoff, counterName);
    const sum = r.counter.sum
      ? zh
        ? `；累加${name(r.counter.sum, lang)}${r.counter.less ? `减${r.counter.less}（不小于0）` : ""}`
        : `; adds up ${name(r.counter.sum, lang)}${r.counter.less ? ` less ${r.counter.less} (not below 0)` : ""}`
      : "";
    lines.push({
      label: r.counter.label[lang],
      words: base + sum,
      alternative: alt(r.alternative, r.counter.when.length),
    });
  }
  return lines;
}
