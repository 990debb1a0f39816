/**
 * A sheet's title as the text of its printed page header. In Excel's header codes a lone `&`
 * starts a code (`&P` is the page number), so a literal one is written `&&`; and Excel keeps a
 * header to 255 characters, codes included, refusing a longer one — a long title would fail the
 * whole write. The title is cut (with "…") to fit, never in the middle of a `&&` or a character.
 */

/** Excel's limit on a header or footer string, its codes included. */
export const PAGE_HEADER_LIMIT = 255;

/** Room for the section code a writer puts before the text (`&C` for the centre). */
const SECTION_CODE = 2;

export function pageHeaderText(title: string): string {
  const room = PAGE_HEADER_LIMIT - SECTION_CODE;
  let out = "";
  const characters = Array.from(title);
  for (let i = 0; i < characters.length; i++) {
    const piece = characters[i] === "&" ? "&&" : (characters[i] ?? "");
    const last = i === characters.length - 1;
    // Keep one place for the ellipsis unless this is the title's end.
    if (out.length + piece.length > room - (last ? 0 : 1)) return `${out}…`;
    out += piece;
  }
  return out;
}
