/**
 * exceljs writes a link to a cell of the same workbook with both a `location` and an external
 * relationship pointing at "Sheet1!F11"; Excel follows the relationship and fails to open it.
 * Keeping only the location makes the link jump to the cell, as Excel's own links do.
 */
import type { PackageParts } from "./package-parts";

export function keepLinksInternal(zip: PackageParts): void {
  const sheets = zip.paths().filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
  for (const path of sheets) {
    // A sheet with a link has a hyperlink relationship: the others (the copied source table, the
    // rankings) are not read at all, as a long sheet costs a decode of megabytes.
    const file = path.split("/").pop() ?? "";
    const relsPath = `xl/worksheets/_rels/${file}.rels`;
    const rels = zip.text(relsPath);
    if (rels === undefined || !rels.includes("/hyperlink")) continue;
    const xml = zip.text(path);
    if (xml === undefined || !xml.includes("location=")) continue;
    const dropped = new Set<string>();
    const fixed = xml.replace(/<hyperlink\b[^>]*\blocation="[^"]*"[^>]*\/>/g, (element) =>
      element.replace(/\s+r:id="([^"]+)"/, (_match, id: string) => {
        dropped.add(id);
        return "";
      }),
    );
    zip.set(path, fixed);
    zip.set(
      relsPath,
      rels.replace(/<Relationship\b[^>]*\/>/g, (element) => {
        const id = /\bId="([^"]+)"/.exec(element)?.[1];
        return id !== undefined && dropped.has(id) ? "" : element;
      }),
    );
  }
}
