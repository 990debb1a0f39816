/**
 * A ticket scheme: the counting rules that turn a log of tickets or messages into a department
 * table and the bulletin's opening figures. Like a department scheme it is data, validated by zod,
 * and read three ways: as a columnar pass in the core (`tally-log.ts`), as SQL (`ticket-sql.ts`)
 * and as words on the method sheet (`rule-words.ts`).
 *
 * A counter counts the tickets a condition holds for (or adds up a number column). Each counter
 * lists alternatives: the first whose columns the log has is used, and the method sheet says which
 * — platforms export "是否超期" or only the two times it is judged from.
 */
import { z } from "zod";
import { LocalTextSchema, type LocalText } from "../schemes/scheme";
import { isTicketRole, type TicketRole } from "./ticket-fields";

const Role = z.string().refine(isTicketRole, "ticket-field") as unknown as z.ZodType<TicketRole>;

/** A time a condition compares with: another column of the same ticket, or the rules' cut-off day. */
const TimeReference = z.union([Role, z.literal("cutoff")]);

export type Condition =
  | { field: TicketRole; in: string[] }
  | { field: TicketRole; filled: boolean }
  | { field: TicketRole; above: number }
  | { field: TicketRole; after: TicketRole | "cutoff"; hours?: number | undefined }
  | { field: TicketRole; notAfter: TicketRole | "cutoff"; hours?: number | undefined }
  | { counter: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: Role, in: z.array(z.string()).min(1) }),
    z.strictObject({ field: Role, filled: z.boolean() }),
    z.strictObject({ field: Role, above: z.number() }),
    z.strictObject({ field: Role, after: TimeReference, hours: z.number().optional() }),
    z.strictObject({ field: Role, notAfter: TimeReference, hours: z.number().optional() }),
    z.strictObject({ counter: z.string() }),
    z.strictObject({ all: z.array(ConditionSchema) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

export const CounterSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
  label: LocalTextSchema,
  /** Alternatives, first available first. `{ all: [] }` holds for every ticket. */
  when: z.array(ConditionSchema).min(1),
  /** Add up this number column over the tickets instead of counting them … */
  sum: Role.optional(),
  /** … less this much per ticket, never below 0 (second forwardings: 转办次数 − 1). */
  less: z.number().min(0).optional(),
});
export type Counter = z.infer<typeof CounterSchema>;

/** A department table column: a count, or a rate of two counts (blank or `none` when 0/0). */
export const OutputSchema = z.union([
  z.strictObject({ field: z.string(), count: z.string() }),
  z.strictObject({
    field: z.string(),
    rate: z.tuple([z.string(), z.string()]),
    /** What a unit with nothing to divide by gets: blank (the scheme's rule applies) or this rate. */
    none: z.number().min(0).max(1).optional(),
  }),
]);
export type Output = z.infer<typeof OutputSchema>;

/** The opening figures and the counters they are: absent where the log kind has no such figure. */
export const HeadlineSchema = z.strictObject({
  received: z.string(),
  valid: z.string().optional(),
  onTheSpot: z.string().optional(),
  transferred: z.string().optional(),
  handled: z.string().optional(),
  urgent: z.string().optional(),
  urgentInTime: z.string().optional(),
  calledBack: z.string().optional(),
  satisfied: z.string().optional(),
  forwarded: z.string().optional(),
  forwardedAgain: z.string().optional(),
  replied: z.string().optional(),
  repliedUnasked: z.string().optional(),
});
export type Headline = z.infer<typeof HeadlineSchema>;

export const TicketRulesSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.string(),
  name: LocalTextSchema,
  /** 12345 tickets (工单) or online messages (留言): the words of the opening. */
  kind: z.enum(["tickets", "messages"]),
  /** The department scheme whose table the outputs fill. */
  target: z.string(),
  /** Which tickets are counted at all (alternatives; e.g. only valid ones where the log says). */
  scope: z.array(ConditionSchema).min(1),
  /** The period, on this time column; days inclusive. Without them the whole log is the period. */
  periodField: Role.default("received" as TicketRole),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** 截至…: tickets closed after this day's end are not handled (办结) in this period's figures. */
  cutoff: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  counters: z.array(CounterSchema).min(1),
  /** The tickets a unit row counts (a unit appears when this counter is above 0 for it). */
  unitCounter: z.string(),
  outputs: z.array(OutputSchema).min(1),
  headline: HeadlineSchema,
  /** Units' groups from a list, where the log has no group column: group name → unit names. */
  groups: z.record(z.string(), z.array(z.string())).optional(),
  /** How many categories the opening names (NO.1 … NO.5). */
  topCategories: z.number().int().min(1).max(20).default(5),
  /** The ticket numbers behind these counters are listed per unit on the 核对 sheet. */
  traced: z.array(z.string()).default([]),
});
export type TicketRules = z.infer<typeof TicketRulesSchema>;
export type TicketRulesInput = z.input<typeof TicketRulesSchema>;

/** The counters a condition refers to. */
export function counterRefs(c: Condition, out: string[] = []): string[] {
  if ("counter" in c) out.push(c.counter);
  else if ("all" in c) c.all.forEach((x) => counterRefs(x, out));
  else if ("any" in c) c.any.forEach((x) => counterRefs(x, out));
  else if ("not" in c) counterRefs(c.not, out);
  return out;
}

export type RulesCheck = { ok: true; rules: TicketRules } | { ok: false; errors: LocalText[] };

/** Every name a rule uses must be defined, counters before their use, outputs in the target. */
export function checkRules(input: unknown): RulesCheck {
  const parsed = TicketRulesSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        zh: `计数规则第 ${i.path.join(".") || "（顶层）"} 项不对：${i.message}`,
        en: `Counting rules, ${i.path.join(".") || "(top)"}: ${i.message}`,
      })),
    };
  }
  const rules = parsed.data;
  const errors: LocalText[] = [];
  const defined = new Set<string>();
  for (const s of rules.scope)
    if (counterRefs(s, []).length)
      errors.push({
        zh: "计数范围（scope）不能引用计数项",
        en: "The scope cannot refer to a counter",
      });
  for (const counter of rules.counters) {
    for (const alt of counter.when)
      for (const ref of counterRefs(alt, []))
        if (!defined.has(ref))
          errors.push({
            zh: `计数项“${counter.label.zh}”引用了在它之前没有定义的计数项 ${ref}`,
            en: `Counter "${counter.label.en}" refers to ${ref}, not defined before it`,
          });
    if (defined.has(counter.id))
      errors.push({ zh: `计数项 ${counter.id} 定义了两次`, en: `Counter ${counter.id} twice` });
    defined.add(counter.id);
  }
  const named = [
    rules.unitCounter,
    ...rules.traced,
    ...Object.values(rules.headline).filter((x): x is string => typeof x === "string"),
    ...rules.outputs.flatMap((o) => ("count" in o ? [o.count] : o.rate)),
  ];
  for (const name of named)
    if (!defined.has(name))
      errors.push({ zh: `没有名为 ${name} 的计数项`, en: `No counter named ${name}` });
  return errors.length ? { ok: false, errors } : { ok: true, rules };
}
