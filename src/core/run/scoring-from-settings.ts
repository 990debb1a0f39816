/**
 * Saved run settings → the options the library scores with. What cannot be used (a scheme that no
 * longer validates, grade bands that do not parse, a scheme id that is gone) is set aside with a
 * message, and the run goes on with the defaults for that part.
 */
import { parseGradeBands } from "../grade/grade";
import { builtinScheme } from "../schemes/builtin";
import type { LocalText, Scheme } from "../schemes/scheme";
import { validateScheme } from "../schemes/validate-scheme";
import type { ScoreOptions } from "../score/score-grid";
import type { RunSettings } from "../settings/run-settings";

export interface ScoringChoice {
  options: ScoreOptions;
  problems: LocalText[];
}

/** The scheme the settings name: their own edited copy, a saved scheme, or a built-in. */
export function schemeFromSettings(
  settings: RunSettings | null,
  saved: readonly Scheme[],
): { scheme?: Scheme | undefined; problems: LocalText[] } {
  const problems: LocalText[] = [];
  if (!settings) return { problems };
  if (settings.customScheme !== undefined) {
    const checked = validateScheme(settings.customScheme);
    if (checked.ok) return { scheme: checked.scheme, problems };
    problems.push({
      zh: `保存的自定义方案有误（${checked.problems[0]?.message.zh ?? ""}），已改用自动识别。`,
      en: `The saved custom scheme is invalid (${checked.problems[0]?.message.en ?? ""}); detection is used instead.`,
    });
  }
  if (settings.schemeId !== undefined) {
    const scheme =
      saved.find((s) => s.id === settings.schemeId) ?? builtinScheme(settings.schemeId);
    if (scheme) return { scheme, problems };
    problems.push({
      zh: `找不到保存的方案“${settings.schemeId}”，已改用自动识别。`,
      en: `The saved scheme “${settings.schemeId}” is gone; detection is used instead.`,
    });
  }
  return { problems };
}

export function scoringFromSettings(
  settings: RunSettings | null,
  saved: readonly Scheme[] = [],
): ScoringChoice {
  const { scheme, problems } = schemeFromSettings(settings, saved);
  const options: ScoreOptions = { scheme, extraSchemes: saved };
  if (!settings) return { options, problems };
  options.mapping = settings.mapping;
  options.rankMethod = settings.rankMethod;
  options.sortKey = settings.sortKey;
  options.days = settings.days;
  options.population = settings.population;
  if (settings.grades !== undefined && settings.grades.trim() !== "") {
    const bands = parseGradeBands(settings.grades);
    if ("bands" in bands) options.grades = bands.bands;
    else
      problems.push({
        zh: `等级标准“${settings.grades}”有误：${bands.error}。已使用方案自带的等级标准。`,
        en: `The grade bands “${settings.grades}” are invalid (${bands.error}); the scheme's bands are used.`,
      });
  }
  return { options, problems };
}
