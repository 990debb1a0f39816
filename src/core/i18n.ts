/** The two languages govrank speaks: Chinese by default, English on request. */
export type Language = "zh" | "en";

export function isLanguage(text: string): text is Language {
  return text === "zh" || text === "en";
}
