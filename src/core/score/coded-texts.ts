/**
 * A column of texts that take few values (groups, sections, grades) as integer codes, in the order
 * the texts first appear: moved or counted as numbers, made strings again in one pass (#21).
 *
 *   const grades = new CodedTexts(3);
 *   grades.set(0, "A"); grades.set(1, null); grades.set(2, "A");
 *   grades.codes → Int32Array [0, -1, 0]; grades.texts(3) → ["A", null, "A"]
 */
import { keepShape } from "../keep-shape";

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

  /** The text of a code (null for -1 or any code past the texts). */
  textOf(code: number): string | null {
    return code >= 0 && code < this.names.length ? (this.names[code] as string) : null;
  }

  /** The texts of the first n codes, in their order. */
  texts(n: number): (string | null)[] {
    // No text at all (a table without sections): one fill, not a lookup per entry.
    if (this.names.length === 0) return new Array<string | null>(n).fill(null);
    const out = new Array<string | null>(n);
    for (let i = 0; i < n; i++) out[i] = this.textOf(this.codes[i] as number);
    return out;
  }
}

// One empty instance kept, so V8 keeps this class's hidden class across runs (keep-shape.ts).
keepShape(new CodedTexts(0));
