/** The built-in schemes, validated once when first asked for. */
import { SchemeSchema, type Scheme } from "../scheme";
import { hotlineComposite } from "./hotline-composite";
import { hotlineMonthly } from "./hotline-monthly";
import { petitionCompletion } from "./petition-completion";
import { wechatWci } from "./wechat-wci";
import { weiboBci } from "./weibo-bci";

export const BUILTIN_SCHEME_IDS = [
  "hotline-composite",
  "hotline-monthly",
  "petition-completion",
  "weibo-bci",
  "wechat-wci",
] as const;
export type BuiltinSchemeId = (typeof BUILTIN_SCHEME_IDS)[number];

let parsed: Scheme[] | undefined;

export function builtinSchemes(): readonly Scheme[] {
  parsed ??= [hotlineComposite, hotlineMonthly, petitionCompletion, weiboBci, wechatWci].map((s) =>
    SchemeSchema.parse(s),
  );
  return parsed;
}

export function builtinScheme(id: string): Scheme | undefined {
  return builtinSchemes().find((s) => s.id === id);
}
