/**
 * Excel's sheet-name rules: 1–31 characters, none of \ / ? * [ ] :, not starting or ending with an
 * apostrophe, unique ignoring case. A group called "县市区/市直" must still get a sheet.
 */
import { xmlSafe } from "../text/xml-safe";

export const MAX_SHEET_NAME = 31;

const ILLEGAL = /[\\/?*[\]:]/g;

/** The name made legal: illegal characters → "-", trimmed, cut to 31 characters. */
export function legalSheetName(wanted: string, fallback = "Sheet"): string {
  let name = xmlSafe(wanted)
    .replace(ILLEGAL, "-")
    .replace(/\s+/g, " ")
    .replace(/\ufffd/g, "-")
    .trim();
  name = name.replace(/^'+|'+$/g, "").trim();
  name = [...name].slice(0, MAX_SHEET_NAME).join("").trim();
  name = name.replace(/'+$/g, "");
  return name === "" ? fallback : name;
}

export function isLegalSheetName(name: string): boolean {
  const length = [...name].length;
  return (
    length >= 1 &&
    length <= MAX_SHEET_NAME &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

/**
 * Hands out legal names that differ (ignoring case) from each other and from the names already
 * taken (sheets that are not ours). A clash gets "-2", "-3" … within the 31-character limit.
 */
export class SheetNamer {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name.toLocaleLowerCase());
  }

  name(wanted: string): string {
    const base = legalSheetName(wanted);
    let candidate = base;
    for (let n = 2; this.taken.has(candidate.toLocaleLowerCase()); n++) {
      const suffix = `-${n}`;
      candidate = legalSheetName(
        [...base].slice(0, MAX_SHEET_NAME - suffix.length).join("") + suffix,
      );
    }
    this.taken.add(candidate.toLocaleLowerCase());
    return candidate;
  }
}
