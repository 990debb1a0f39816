/**
 * Which scheme a table is: the one whose inputs best match its headers. The choice is reported
 * with what matched and what is missing, so the clerk can see why and override it.
 */
import { foldHeader } from "../table/header-text";
import type { Field, LocalText, Scheme } from "./scheme";

export interface SchemeMatch {
  scheme: Scheme;
  matchedFields: string[];
  missingRequired: string[];
  /** Headers of the table that none of this scheme's fields claim. */
  unclaimedHeaders: number;
  /** The scheme's words found in the table's title or sheet name (综合评价, 网上问政 …). */
  contextWords: string[];
}

/**
 * How sure the choice is: `sure` when the best scheme finds all its required columns and nothing
 * else fits as well; `likely` when the title speaks for it but columns are missing (the clerk
 * maps them); `unsure` when two schemes fit alike or none fits — then the clerk is asked.
 */
export type Confidence = "sure" | "likely" | "unsure";

/** Each field's synonyms folded once (a field object is never changed once parsed). */
const foldedSynonyms = new WeakMap<Field, ReadonlySet<string>>();

function synonymsOf(field: Field): ReadonlySet<string> {
  let folded = foldedSynonyms.get(field);
  if (!folded) foldedSynonyms.set(field, (folded = new Set(field.synonyms.map(foldHeader))));
  return folded;
}

export function fieldMatchesHeader(field: Field, foldedHeader: string): boolean {
  return foldedHeader !== "" && synonymsOf(field).has(foldedHeader);
}

export function matchScheme(
  scheme: Scheme,
  foldedHeaders: readonly string[],
  context = "",
): SchemeMatch {
  const folded = context.toLowerCase();
  const contextWords = scheme.recognise.words.filter((w) => folded.includes(w.toLowerCase()));
  const matchedFields = scheme.fields
    .filter((f) => foldedHeaders.some((h) => fieldMatchesHeader(f, h)))
    .map((f) => f.id);
  const missingRequired = scheme.fields
    .filter((f) => f.required && !matchedFields.includes(f.id))
    .map((f) => f.id);
  const unclaimedHeaders = foldedHeaders.filter(
    (h) => h !== "" && !scheme.fields.some((f) => fieldMatchesHeader(f, h)),
  ).length;
  return { scheme, matchedFields, missingRequired, unclaimedHeaders, contextWords };
}

function dataFieldCount(m: SchemeMatch): number {
  return m.matchedFields.filter((id) => {
    const kind = m.scheme.fields.find((f) => f.id === id)?.kind;
    return kind !== "unit" && kind !== "group" && kind !== "ignored";
  }).length;
}

/**
 * Best first: fewest required inputs missing, then the most of its words in the title or sheet
 * name, then most data fields matched, then fewest unclaimed headers. `context` is the title and
 * the sheet name.
 */
export function rankSchemes(
  schemes: readonly Scheme[],
  foldedHeaders: readonly string[],
  context = "",
): SchemeMatch[] {
  return schemes
    .map((s) => matchScheme(s, foldedHeaders, context))
    .sort(
      (a, b) =>
        a.missingRequired.length - b.missingRequired.length ||
        b.contextWords.length - a.contextWords.length ||
        dataFieldCount(b) - dataFieldCount(a) ||
        a.unclaimedHeaders - b.unclaimedHeaders,
    );
}

/** How sure the first of ranked candidates is (see Confidence). */
export function confidenceOf(candidates: readonly SchemeMatch[]): Confidence {
  const [best, second] = candidates;
  if (!best) return "unsure";
  const words = (m: SchemeMatch | undefined) => m?.contextWords.length ?? 0;
  if (best.missingRequired.length > 0)
    return words(best) > 0 && candidates.slice(1).every((m) => words(m) < words(best))
      ? "likely"
      : "unsure";
  if (!second || second.missingRequired.length > 0) return "sure";
  // Two schemes find all they need: the title, or clearly more matched columns, must decide.
  if (words(best) > words(second)) return "sure";
  return dataFieldCount(best) > dataFieldCount(second) ? "sure" : "unsure";
}

/** Why a scheme is a candidate, in words: what matched, what is missing, what the title says. */
export function matchReason(m: SchemeMatch): LocalText {
  const label = (id: string, lang: "zh" | "en") =>
    m.scheme.fields.find((f) => f.id === id)?.label[lang] ?? id;
  const matched = m.matchedFields.filter((id) => id !== "unit" && id !== "sequence");
  const zh = [
    matched.length ? `有${matched.map((id) => label(id, "zh")).join("、")}` : "没有匹配的数据列",
    m.missingRequired.length
      ? `缺${m.missingRequired.map((id) => label(id, "zh")).join("、")}`
      : "",
    m.contextWords.length ? `标题含“${m.contextWords.join("”“")}”` : "",
  ];
  const en = [
    matched.length
      ? `has ${matched.map((id) => label(id, "en")).join(", ")}`
      : "no matching data column",
    m.missingRequired.length
      ? `lacks ${m.missingRequired.map((id) => label(id, "en")).join(", ")}`
      : "",
    m.contextWords.length ? `the title says “${m.contextWords.join("”, “")}”` : "",
  ];
  return {
    zh: zh.filter(Boolean).join("；"),
    en: en.filter(Boolean).join("; "),
  };
}

/** Every header text any of these schemes knows, folded: what makes a row look like a header. */
export function knownHeaders(schemes: readonly Scheme[]): Set<string> {
  const known = new Set<string>();
  // Each field's synonyms folded once (synonymsOf): a run reads its table's headers against
  // several hundred of them, and folding them all again was a tenth of a 100-unit run (#21).
  for (const s of schemes)
    for (const f of s.fields) for (const syn of synonymsOf(f)) known.add(syn);
  return known;
}
