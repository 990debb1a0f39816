/**
 * UTF-8 bytes of a string, written by the core's own encoder (utf8-writer.ts), so the core needs
 * no TextEncoder. Lone surrogates become U+FFFD, as TextEncoder does.
 */
import { Utf8Writer } from "./utf8-writer";

export function utf8Bytes(text: string): Uint8Array {
  // Room for the most the text can need (3 bytes a UTF-16 unit): written once, never grown.
  return new Utf8Writer(undefined, text.length * 3).text(text).bytes();
}
