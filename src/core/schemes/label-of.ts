/** What a scheme calls a measure, a field or the score, in the language asked for. */
import type { Language } from "../i18n";
import type { Scheme } from "./scheme";

export function labelOf(scheme: Scheme, id: string, lang: Language): string {
  if (id === "score") return scheme.index?.label[lang] ?? id;
  return (
    scheme.measures.find((m) => m.id === id)?.label[lang] ??
    scheme.fields.find((f) => f.id === id)?.label[lang] ??
    id
  );
}
