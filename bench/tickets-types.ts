/** The text column of a log, for the hand-written loop. */
import type { LogColumn } from "../src/core/tickets/ticket-log";

export type TextColumn = Extract<LogColumn, { kind: "text" }> | undefined;
