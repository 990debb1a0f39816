/**
 * A scheme is data: the inputs a bulletin's table has, the measures derived from them, the index
 * that turns measures into a score, grades, ranking rules and consistency checks. Built-in schemes
 * and the ones a clerk defines share this one shape, validated by zod (see validate-scheme.ts).
 */
import { z } from "zod";
import { GradeBandSchema, type GradeBand } from "../grade/grade";
import { ZeroPolicySchema } from "../measures/ratio";
import { RankMethodSchema, type RankMethod } from "../rank/rank";
import { LeafTransformSchema, type LeafTransform } from "./leaf-transforms";

/** Names every JavaScript object already has: an id like these would read them, not the data. */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

const Identifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*$/, "id-format")
  .refine((id) => !RESERVED.has(id), "id-reserved");

export const LocalTextSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalText = z.infer<typeof LocalTextSchema>;

/**
 * What a column holds.
 * - unit / group: the unit's name and its group (县市区 / 市直单位 …);
 * - count: a whole, non-negative number (W+ lower bounds allowed);
 * - rate: a fraction, printed as percent;
 * - value: any non-negative number;
 * - printed: a value the bulletin printed that govrank recomputes and checks (a rate, the score or
 *   the grade); used as an input only where the scheme says so;
 * - aux: helps estimate another input (平均阅读量 for a truncated 阅读总数);
 * - ignored: recognised so it is not mistaken for data (序号, 排名, 发布次数).
 */
export const FieldKindSchema = z.enum([
  "unit",
  "group",
  "count",
  "rate",
  "value",
  "printed",
  "aux",
  "ignored",
]);
export type FieldKind = z.infer<typeof FieldKindSchema>;

export const FieldSchema = z.object({
  id: Identifier,
  label: LocalTextSchema,
  kind: FieldKindSchema,
  /** Header texts that mean this field (matched after folding width, case, spaces and units). */
  synonyms: z.array(z.string().min(1)).min(1),
  required: z.boolean().default(false),
  /** The value used when the cell is blank, and why (e.g. no call-back → 100 % satisfied). */
  whenBlank: z.object({ value: z.number(), note: LocalTextSchema }).optional(),
  /** For printed fields: what it prints — a measure id, "score" or "grade". */
  checks: z.string().optional(),
});
export type Field = z.infer<typeof FieldSchema>;

export { ZeroPolicySchema };

export const MeasureSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("input"),
    id: Identifier,
    label: LocalTextSchema,
    input: Identifier,
    format: z.enum(["percent", "number"]),
    precision: z.number().int().min(0).max(10),
    direction: z.enum(["higher", "lower"]).default("higher"),
  }),
  z.object({
    kind: z.literal("ratio"),
    id: Identifier,
    label: LocalTextSchema,
    /** Σ sign·input over the terms: 办理数 − 超期办理数 for the on-time rate. */
    numerator: z
      .array(z.object({ input: Identifier, sign: z.union([z.literal(1), z.literal(-1)]) }))
      .min(1),
    denominator: Identifier,
    zeroPolicy: ZeroPolicySchema,
    format: z.enum(["percent", "number"]),
    precision: z.number().int().min(0).max(10),
    direction: z.enum(["higher", "lower"]).default("higher"),
    symbol: z.string().optional(),
  }),
]);
export type Measure = z.infer<typeof MeasureSchema>;

export { LeafTransformSchema, type LeafTransform } from "./leaf-transforms";

export interface IndexNode {
  weight: number;
  label?: LocalText | undefined;
  /** A leaf reads one measure (or input), optionally per day or per item, then transforms it. */
  leaf?:
    | { value: string; per?: "day" | { input: string } | undefined; transform: LeafTransform }
    | undefined;
  children?: IndexNode[] | undefined;
}

export const IndexNodeSchema: z.ZodType<IndexNode> = z.lazy(() =>
  z
    .object({
      weight: z.number().finite(),
      label: LocalTextSchema.optional(),
      leaf: z
        .object({
          value: Identifier,
          per: z.union([z.literal("day"), z.object({ input: Identifier })]).optional(),
          transform: LeafTransformSchema,
        })
        .optional(),
      children: z.array(IndexNodeSchema).min(1).optional(),
    })
    .refine(
      (node) => (node.leaf === undefined) !== (node.children === undefined),
      "leaf-or-children",
    ),
);

export const IndexSchema = z.object({
  label: LocalTextSchema,
  /** score = scale · (Σ weight · node)^power, printed at `precision` decimals. */
  nodes: z.array(IndexNodeSchema).min(1),
  power: z.number().positive().default(1),
  scale: z.number().positive().default(1),
  precision: z.number().int().min(0).max(6),
});
export type Index = z.infer<typeof IndexSchema>;

export { GradeBandSchema, type GradeBand };

export const SortKeySchema = z.object({
  key: z.string().min(1),
  direction: z.enum(["desc", "asc"]),
});
export type SortKey = z.infer<typeof SortKeySchema>;

export { RankMethodSchema, type RankMethod };

export const SchemeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "scheme-id-format"),
  version: z.string().min(1),
  name: LocalTextSchema,
  source: LocalTextSchema,
  /**
   * Words of a title or sheet name that speak for this scheme (综合评价, 网上问政, 微博): evidence
   * beside the headers when deciding which scheme a table is.
   */
  recognise: z.object({ words: z.array(z.string().min(1)).default([]) }).default({ words: [] }),
  fields: z.array(FieldSchema).min(2),
  measures: z.array(MeasureSchema),
  index: IndexSchema.optional(),
  grades: z.array(GradeBandSchema).optional(),
  ranking: z.object({
    /** Order of the ranked list; the first key is the one ranks are given on. */
    order: z.array(SortKeySchema).min(1),
    method: RankMethodSchema.default("competition"),
    /**
     * How the printed list orders units inside some grades, where the bulletin does it otherwise
     * than by rank (Yueyang prints its A class by volume, B and below by score). Ranks stay as
     * given; only the order of the rows changes.
     */
    printOrder: z
      .array(
        z.object({
          grades: z.array(z.string().min(1)).min(1),
          order: z.array(SortKeySchema).min(1),
        }),
      )
      .default([]),
  }),
  /** A unit whose value here is blank or 0 had no tickets: listed, not scored (but counted in shares). */
  excludeWhenZero: Identifier.optional(),
  /** count-a ≤ count-b relations that a row must satisfy. */
  relations: z
    .array(z.object({ lesser: Identifier, greater: Identifier, code: z.string().min(1) }))
    .default([]),
  /** When an optional input is missing, use another in its place and mark the result approximate. */
  substitutes: z
    .array(z.object({ input: Identifier, from: Identifier, note: LocalTextSchema }))
    .default([]),
  /** A truncated (W+) input is better estimated as the product of two others, where present. */
  estimates: z
    .array(z.object({ input: Identifier, product: z.tuple([Identifier, Identifier]) }))
    .default([]),
  /**
   * How the gap analysis words a change of an input, {n} standing for the amount (再按期办结{n}件);
   * an input without words here is worded from its label (超期办理数减少{n}).
   */
  advice: z
    .array(
      z.object({
        input: Identifier,
        words: z.object({
          zh: z.string().includes("{n}", { message: "advice-needs-n" }),
          en: z.string().includes("{n}", { message: "advice-needs-n" }),
        }),
      }),
    )
    .default([]),
  /** Units with a 0 % value in one of these measures are listed (the bulletins name them). */
  flagZero: z.array(Identifier).default([]),
  /** Whether the index reads a number of days (per-day leaves). */
  usesDays: z.boolean().default(false),
  /**
   * What the bulletin draft reads the results by (nothing is guessed from ids): the volume it
   * leads with and lists units by (应办理数, 任务总数, 信件总数 …), the satisfaction measure of its
   * 群众满意情况 paragraph, and the grade from which units are named as "C类及以下".
   */
  bulletin: z
    .object({
      volume: Identifier.optional(),
      satisfaction: Identifier.optional(),
      lowFrom: z.string().min(1).optional(),
      /**
       * What the draft speaks of: units handling tickets (办理, 办结, 满意) or accounts posting
       * (发文, 阅读, 传播力) — a new-media list never reads "部门办理".
       */
      vocabulary: z.enum(["handling", "media"]).default("handling"),
      /** What the title is about when the table's title does not say it: 综合评价, 传播力. */
      topic: LocalTextSchema.optional(),
      /** What a unit is called in the text: 责任单位, 单位, 乡镇, 账号. */
      unitWord: LocalTextSchema.optional(),
      /**
       * The figures the overview adds up, each as the text says it ("共承办工单38742件"). Only
       * these are summed: maxima, averages and per-account figures are never added together.
       */
      totals: z
        .array(
          z.object({
            field: Identifier,
            words: LocalTextSchema,
            /** The Chinese measure word after the figure (件, 篇, 次); English needs none. */
            counter: z.string().default(""),
          }),
        )
        .default([]),
    })
    .default({ vocabulary: "handling", totals: [] }),
  /**
   * Set on a scheme the clerk edited (weights, zero rules, grade bands): the published scheme it
   * started from and what changed. Its own id and version then say it is not the published one.
   */
  basedOn: z
    .object({
      id: z.string().min(1),
      version: z.string().min(1),
      changes: z.array(LocalTextSchema),
    })
    .optional(),
});
export type Scheme = z.infer<typeof SchemeSchema>;
export type SchemeInput = z.input<typeof SchemeSchema>;
