/** The whole library in one call: a grid of cells → the scheme's evaluation (or why not). */
import { builtinSchemes } from "../schemes/builtin";
import type { Scheme } from "../schemes/scheme";
import type { CellGrid } from "../table/cell-grid";
import { readTable, type TableReading } from "../table/read-table";
import { evaluate, type Evaluation, type EvaluateOptions } from "./evaluate";

export interface ScoreOptions extends EvaluateOptions {
  scheme?: Scheme | undefined;
  /** The clerk's own schemes, offered for detection beside the built-ins. */
  extraSchemes?: readonly Scheme[] | undefined;
  mapping?: Readonly<Record<string, string>> | undefined;
}

export interface ScoreOutcome {
  reading: TableReading;
  /** Absent when the table could not be read at all (no header, no scheme). */
  evaluation?: Evaluation | undefined;
}

export function scoreGrid(grid: CellGrid, options: ScoreOptions = {}): ScoreOutcome {
  const reading = readTable(grid, {
    schemes: [...builtinSchemes(), ...(options.extraSchemes ?? [])],
    scheme: options.scheme,
    mapping: options.mapping,
  });
  const scheme = reading.scheme;
  if (!scheme) return { reading };
  return { reading, evaluation: evaluate({ ...reading, scheme }, options) };
}
