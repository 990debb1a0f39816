/**
 * exceljs writes a link to a cell of the same workbook with both a `location` and an external
 * relationship pointing at "Sheet1!F11"; Excel follows the relationship and fails to open it.
 * Keeping only the location makes the link jump to the cell, as Excel's own links do.
 */
import type JSZip from "jszip";

export async function keepLinksInternal(zip: JSZip): Promise<void> {
  const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
  for (const path of sheets) {
    // A sheet with a link has a hyperlink relationship: the others (the copied source table, the
    // rankings) are not read at all, as a long sheet costs a decode of megabytes.
    const file = path.split("/").pop() ?? "";
    const relsPath = `xl/worksheets/_rels/${file}.rels`;
    const rels = await zip.file(relsPath)?.async("string");
    if (rels === undefined || !rels.includes("/hyperlink")) continue;
    const xml = await zip.file(path)?.async("string");
    if (xml === undefined || !xml.includes("location=")) continue;
    const dropped = new Set<string>();
    const fixed = xml.replace(/<hyperlink\b[^>]*\blocation="[^"]*"[^>]*\/>/g, (element) =>
      element.replace(/\s+r:id="([^"]+)"/, (_match, id: string) => {
        dropped.add(id);
        return "";
      }),
    );
    zip.file(path, fixed);
    zip.file(
      relsPath,
      rels.replace(/<Relationship\b[^>]*\/>/g, (element) => {
        const id = /\bId="([^"]+)"/.exec(element)?.[1];
        return id !== undefined && dropped.has(id) ? "" : element;
      }),
    );
  }
}
