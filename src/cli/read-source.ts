/**
 * What every command that scores reads: a log counted by DuckDB or the warehouse when it goes
 * there (see tickets/counted-file.ts), else the file as cells (a table, or a log the core counts),
 * with the reading notes said on stderr. One place, so `score`, `report` and `bulletin` agree.
 */
import type { TicketRun } from "../core/tickets/ticket-run";
import type { QueryOptions } from "../core/tickets/ticket-sql";
import { csvSheetName, readingNotes, readInput, type InputTable } from "./read-input";
import type { FlagRequest } from "./scoring-options";
import type { Streams } from "./streams";
import type { InputSource } from "./ticket-options";
import { countedFile, parseEngine } from "./tickets/counted-file";

export interface ReadSource {
  input: InputTable;
  /** The log already counted elsewhere; undefined when the cells were read. */
  counted?: TicketRun | undefined;
}

export async function readSource(
  source: InputSource,
  scoring: Extract<FlagRequest, { ok: true }>,
  io: Streams,
  options: QueryOptions = { traces: true },
): Promise<ReadSource> {
  const counted = await countedFile(
    source,
    scoring.sheet ?? csvSheetName(source.file),
    scoring.request,
    parseEngine(scoring.engine),
    io,
    options,
  );
  if (counted) return { input: { grid: counted.table.grid }, counted };
  const input = await readInput(source.file, scoring.sheet);
  io.stderr.write(readingNotes(input, scoring.lang));
  return { input };
}
