/**
 * Header text folded for matching: full-width to ASCII, no spaces or line breaks, no units in
 * brackets ("返工率（%）", "应办理数\n(件)"), lower case, and no counting word at the end: clerks
 * write the same column as 应办件, 应办件数 and 应办数, 超期办结 and 超期办结数, 阅读量 and 阅读数.
 * Synonyms are folded the same way, so the two always meet.
 */
import { normalizeText } from "../values/parse-cell";

export function foldHeader(text: string): string {
  return normalizeText(text)
    .replace(/[(（\[【][^)）\]】]*[)）\]】]/g, "")
    .replace(/[\s:：*]+/g, "")
    .toLowerCase()
    .replace(/^(.{2,}?)(件数|次数|个数|件|数|量)$/u, "$1");
}
