/**
 * A column of texts that take few values (groups, sections, grades) as integer codes, in the order
 * the texts first appear: moved or counted as numbers, made strings again in one pass (#21).
 *
 *   const grades = new CodedTexts(3);
 *   grades.set(0, "A"); grades.set(1, null); grades.set(2, "A");
 *   grades.codes → Int32Array [0, -1, 0]; grades.names → ["A"]
 */
import { keepShape } from "../keep-shape";

/**
 * A column of few texts as the evaluation hands it on (Evaluation.columns.group, section, grade):
 * each place's code into `names`, -1 for none. Read with textAt; counted and compared as codes.
 *
 *   textAt({ codes: Int32Array.of(1, -1, 0), names: ["A", "B"] }, 0) → "B"
 */
export interface CodedColumn {
  readonly codes: Int32Array;
  /** The texts, in the order they first appeared in the table. */
  readonly names: readonly string[];
}

/** The text at place i of a coded column (null for none). */
export function textAt(column: CodedColumn, i: number): string | null {
  const code = column.codes[i] as number;
  return code >= 0 ? (column.names[code] ?? null) : null;
}

/** Whether any place of a coded column has a text: each name was set at some place. */
export function hasTexts(column: CodedColumn): boolean {
  return column.names.length > 0;
}

/** The first n codes of a CodedTexts as a column of its own (the codes shared, not copied). */
export function codedColumn(coded: CodedTexts, n: number): CodedColumn {
  return { codes: coded.codes.subarray(0, n), names: coded.names };
}

export class CodedTexts {
  /** Each entry's code, in the order texts first appear; -1 for none. */
  readonly codes: Int32Array;
  /** The text of each code. */
  readonly names: string[] = [];
  private readonly codeOf = new Map<string, number>();
  // The last text set and its code: runs of one text (a group's units, a grade) skip the Map.
  private lastText: string | undefined;
  private lastCode = -1;

  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
  }

  set(i: number, text: string | null): void {
    if (text === null) {
      this.codes[i] = -1;
      return;
    }
    if (text !== this.lastText) {
      let code = this.codeOf.get(text);
      if (code === undefined) {
        code = this.names.length;
        this.codeOf.set(text, code);
        this.names.push(text);
      }
      this.lastText = text;
      this.lastCode = code;
    }
    this.codes[i] = this.lastCode;
  }
}

// One empty instance kept, so V8 keeps this class's hidden class across runs (keep-shape.ts).
keepShape(new CodedTexts(0));
