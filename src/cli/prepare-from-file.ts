/**
 * What `report` and `bulletin` share: the input file and last period's read, the request run by
 * core/run (as the pane runs it), and — when nothing can be ranked — the reasons printed as `score`
 * prints them, with nothing written.
 */
import { prepareRun, type PreparedRun } from "../core/run/plan-for-run";
import { NODE_DIGEST } from "./digest-host";
import { noPreviousTable, previousGrids } from "./previous-period";
import type { InputTable } from "./read-input";
import { readSource } from "./read-source";
import { logNotes } from "./tickets/log-notes";
import type { InputSource } from "./ticket-options";
import { scoreTable } from "./score-table";
import type { FlagRequest } from "./scoring-options";
import type { Streams } from "./streams";

export type ReadyRun = Extract<PreparedRun, { kind: "ready" }> & { input: InputTable };

export async function prepareFromFile(
  source: InputSource,
  scoring: Extract<FlagRequest, { ok: true }>,
  io: Streams,
  stamp: { generatedAt: string; generator: string; timeZoneOffset?: number | undefined },
): Promise<ReadyRun | undefined> {
  const { input, counted } = await readSource(source, scoring, io);
  const prepared = prepareRun({
    grid: input.grid,
    request: scoring.request,
    previous: await previousGrids(scoring.request),
    stamp: { ...stamp, digest: NODE_DIGEST },
    tickets: counted,
  });
  if (prepared.run.tickets) io.stderr.write(logNotes(prepared.run.tickets, scoring.lang));
  if (prepared.kind === "nothing-to-rank") {
    io.stderr.write(scoreTable(prepared.run.reading, prepared.run.evaluation, scoring.lang));
    return undefined;
  }
  if (prepared.kind === "no-previous-table")
    throw noPreviousTable(scoring.request, prepared.run.evaluation.scheme.name, prepared.reason);
  return { ...prepared, input };
}
