/**
 * Header text folded for matching: full-width to ASCII, no spaces or line breaks, no units in
 * brackets ("返工率（%）", "应办理数\n(件)"), lower case. Synonyms are folded the same way.
 */
import { normalizeText } from "../values/parse-cell";

export function foldHeader(text: string): string {
  return normalizeText(text)
    .replace(/[(（\[【][^)）\]】]*[)）\]】]/g, "")
    .replace(/[\s:：*]+/g, "")
    .toLowerCase();
}
