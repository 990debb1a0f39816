/** The pane's language follows Office's display language: Chinese unless Office is in English. */
import type { Language } from "../core/i18n";

export type { Language };

export function languageFromOffice(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh";
}
