/**
 * The published tables in ../shared/fixtures, used in place. The CSV is the printed text and the
 * source of golden values; it is parsed here with csv-parse directly, not with govrank's reader,
 * so a reading bug cannot hide behind its own output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export const FIXTURES = join(__dirname, "..", "..", "..", "shared", "fixtures");

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

/** The printed rows as header → text records (side-by-side tables: left block, then right). */
export function publishedRows(name: string): Record<string, string>[] {
  const rows = parse(readFileSync(fixturePath(`${name}.csv`), "utf8"), {
    bom: true,
    relax_column_count: true,
  }) as string[][];
  const [header = [], ...body] = rows;
  const blockStarts = header.flatMap((h, i) => (h === header[0] && i > 0 ? [i] : []));
  const width = blockStarts[0] ?? header.length;
  const out: Record<string, string>[] = [];
  for (const start of [0, ...blockStarts]) {
    for (const row of body) {
      const record: Record<string, string> = {};
      for (let c = 0; c < width; c++) record[header[start + c] ?? ""] = row[start + c] ?? "";
      if (Object.values(record).some((v) => v !== "")) out.push(record);
    }
  }
  return out;
}

/** "99.59%" → 99.59, "100%" → 100 (percent points, as printed). */
export function percentPoints(text: string): number {
  return Number(text.replace("%", ""));
}
