/** The pane's language follows Office's display language: Chinese unless Office is in English. */
export type Language = "zh" | "en";

export function languageFromOffice(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh";
}
