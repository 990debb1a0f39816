/**
 * A ticket log read into columns: one typed array per recognised column, text dictionary-coded
 * (code 0 is blank), times as seconds (NaN: none) and numbers as Float64 (NaN: none). No object is
 * made per ticket, so a million tickets stay a few arrays. Personal columns are never read.
 */
import type { TicketRole } from "./ticket-fields";
import type { PersonalKind } from "./personal-data";

export type LogColumn =
  | { kind: "text"; codes: Int32Array; dictionary: string[] }
  | { kind: "time"; values: Float64Array }
  | { kind: "number"; values: Float64Array };

export interface TicketLog {
  /** Tickets (rows after the header, blank rows included and left out of every count). */
  rows: number;
  columns: Partial<Record<TicketRole, LogColumn>>;
  /** 1 where the row has nothing in any recognised column. */
  blank: Uint8Array;
}

/** Where a log came from, for messages and links: sheet, header row and the columns found. */
export interface LogLayout {
  sheet: string;
  /** Zero-based sheet row of the first ticket and the sheet column of each recognised role. */
  firstRow: number;
  headerRow: number;
  roles: { role: TicketRole; column: number; header: string }[];
  personal: { column: number; header: string; kind: PersonalKind; by: "header" | "cells" }[];
  /** Headers neither recognised nor personal: not read, said on the method sheet. */
  unread: { column: number; header: string }[];
  title?: string | undefined;
}

/** Whitespace both engines strip from a text's ends: space, tab, CR, LF, ideographic space. */
export const TRIMMED = " \t\r\n\u3000";
const TRIM = new RegExp(`^[${TRIMMED}]+|[${TRIMMED}]+$`, "g");

export function trimText(text: string): string {
  return text.replace(TRIM, "");
}

/** A dictionary coder for one text column: the same text, the same code. */
export class TextCoder {
  readonly dictionary: string[] = [""];
  private readonly codes = new Map<string, number>([["", 0]]);
  code(text: string): number {
    let c = this.codes.get(text);
    if (c === undefined) {
      c = this.dictionary.length;
      this.dictionary.push(text);
      this.codes.set(text, c);
    }
    return c;
  }
}
