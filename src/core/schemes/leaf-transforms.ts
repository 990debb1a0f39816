/**
 * What a leaf of the index tree does to the value it reads, in one place: each transform's schema
 * and its meaning as a number, as an Excel formula and in words. A new transform is one entry
 * here (and its test); the index's value, its live formula, its words and the method sheet all
 * read it from this table.
 */
import { z } from "zod";
import type { Language } from "../i18n";

export const LeafTransformSchema = z.union([
  z.literal("identity"),
  /** 1 − x, for a lower-is-better rate such as 返工率. */
  z.literal("complement"),
  /** ln(k·x + 1), as 清博's indices use. */
  z.object({ ln: z.number().positive() }),
]);
export type LeafTransform = z.infer<typeof LeafTransformSchema>;

export interface TransformMeaning {
  /** The number it makes of x. */
  value(x: number): number;
  /** An Excel expression of the cell expression x. */
  excel(x: string): string;
  /** How the formula reads, x being what the leaf reads ("返工率"). */
  words(x: string, lang: Language): string;
  /** Which way it moves as x grows (every transform is monotone): what the gap analysis reads. */
  slope: 1 | -1;
}

function ln(k: number): TransformMeaning {
  const scaled = (x: string, times: string) => (k === 1 ? x : `${k}${times}${x}`);
  return {
    value: (x) => Math.log(k * x + 1),
    excel: (x) => `LN(${scaled(x, "*")}+1)`,
    words: (x) => `ln(${scaled(x, "·")} + 1)`,
    slope: 1,
  };
}

const IDENTITY: TransformMeaning = {
  value: (x) => x,
  excel: (x) => x,
  words: (x) => x,
  slope: 1,
};
const COMPLEMENT: TransformMeaning = {
  value: (x) => 1 - x,
  excel: (x) => `(1-${x})`,
  words: (x) => `(1 − ${x})`,
  slope: -1,
};

export function transformMeaning(transform: LeafTransform): TransformMeaning {
  if (transform === "identity") return IDENTITY;
  if (transform === "complement") return COMPLEMENT;
  return ln(transform.ln);
}
