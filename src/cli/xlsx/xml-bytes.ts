/**
 * UTF-8 XML written straight into a growing byte array (#21): a ranking of 10^4 units is
 * 10^5 cells, and building each cell's XML as joined strings made a million short-lived string
 * pieces for the garbage collector and a second pass to encode them. Markup is ASCII and copied a
 * code unit at a time; text is encoded to UTF-8 here with `&`, `<` and `>` escaped.
 *
 * new XmlBytes().ascii("<v>").text("A&B").bytes() → the bytes of "<v>A&amp;B"
 */
export class XmlBytes {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  /** Markup, numbers: ASCII only (a non-ASCII code unit here is a bug, and throws). */
  ascii(text: string): this {
    this.room(text.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) throw new Error(`not ASCII: ${text}`);
      buffer[at++] = code;
    }
    this.length = at;
    return this;
  }

  /** An element's text content: UTF-8, with `&`, `<` and `>` escaped. */
  text(text: string): this {
    // At most 3 bytes a UTF-16 code unit (a surrogate pair is 4 bytes for 2), 5 for "&amp;".
    this.room(text.length * 5);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code === 0x26) at = put(buffer, at, AMP);
        else if (code === 0x3c) at = put(buffer, at, LT);
        else if (code === 0x3e) at = put(buffer, at, GT);
        else buffer[at++] = code;
      } else if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6);
        buffer[at++] = 0x80 | (code & 0x3f);
      } else {
        const next = text.charCodeAt(i + 1);
        if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
          buffer[at++] = 0xf0 | (code >> 18);
          buffer[at++] = 0x80 | ((code >> 12) & 0x3f);
        } else {
          // A lone surrogate never gets here (cellText made it U+FFFD); if one did, it is
          // written as U+FFFD, as the host's encoder would.
          if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
          buffer[at++] = 0xe0 | (code >> 12);
        }
        buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
        buffer[at++] = 0x80 | (code & 0x3f);
      }
    }
    this.length = at;
    return this;
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private room(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

const AMP = [0x26, 0x61, 0x6d, 0x70, 0x3b]; // &amp;
const LT = [0x26, 0x6c, 0x74, 0x3b]; // &lt;
const GT = [0x26, 0x67, 0x74, 0x3b]; // &gt;

function put(buffer: Uint8Array, at: number, bytes: readonly number[]): number {
  for (const b of bytes) buffer[at++] = b;
  return at;
}
