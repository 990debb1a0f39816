/** The two languages govrank speaks: Chinese by default, English on request. */
import { z } from "zod";

export const LanguageSchema = z.enum(["zh", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

export function isLanguage(text: string): text is Language {
  return LanguageSchema.safeParse(text).success;
}
