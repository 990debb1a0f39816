/**
 * Which scheme a table is: the one whose inputs best match its headers. The choice is reported
 * with what matched and what is missing, so the clerk can see why and override it.
 */
import { foldHeader } from "../table/header-text";
import type { Field, Scheme } from "./scheme";

export interface SchemeMatch {
  scheme: Scheme;
  matchedFields: string[];
  missingRequired: string[];
  /** Headers of the table that none of this scheme's fields claim. */
  unclaimedHeaders: number;
}

export function fieldMatchesHeader(field: Field, foldedHeader: string): boolean {
  return foldedHeader !== "" && field.synonyms.some((s) => foldHeader(s) === foldedHeader);
}

export function matchScheme(scheme: Scheme, foldedHeaders: readonly string[]): SchemeMatch {
  const matchedFields = scheme.fields
    .filter((f) => foldedHeaders.some((h) => fieldMatchesHeader(f, h)))
    .map((f) => f.id);
  const missingRequired = scheme.fields
    .filter((f) => f.required && !matchedFields.includes(f.id))
    .map((f) => f.id);
  const unclaimedHeaders = foldedHeaders.filter(
    (h) => h !== "" && !scheme.fields.some((f) => fieldMatchesHeader(f, h)),
  ).length;
  return { scheme, matchedFields, missingRequired, unclaimedHeaders };
}

/** Best first: fewest required inputs missing, then most data fields matched, then fewest unclaimed headers. */
export function rankSchemes(
  schemes: readonly Scheme[],
  foldedHeaders: readonly string[],
): SchemeMatch[] {
  const dataFieldCount = (m: SchemeMatch) =>
    m.matchedFields.filter((id) => {
      const kind = m.scheme.fields.find((f) => f.id === id)?.kind;
      return kind !== "unit" && kind !== "group" && kind !== "ignored";
    }).length;
  return schemes
    .map((s) => matchScheme(s, foldedHeaders))
    .sort(
      (a, b) =>
        a.missingRequired.length - b.missingRequired.length ||
        dataFieldCount(b) - dataFieldCount(a) ||
        a.unclaimedHeaders - b.unclaimedHeaders,
    );
}

/** Every header text any of these schemes knows, folded: what makes a row look like a header. */
export function knownHeaders(schemes: readonly Scheme[]): Set<string> {
  const known = new Set<string>();
  for (const s of schemes)
    for (const f of s.fields) for (const syn of f.synonyms) known.add(foldHeader(syn));
  return known;
}
