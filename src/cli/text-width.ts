import { displayWidth } from "../core/text/display-width";

export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/** Rows of cells as aligned columns; numeric-looking cells right-aligned. */
export function alignColumns(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          pad(cell, widths[i] ?? 0, /^[-+]?[\d.,]+%?$/.test(cell) ? "right" : "left"),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
