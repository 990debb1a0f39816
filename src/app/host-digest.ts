/**
 * The browser's UTF-8 encoder, lent to the core's input digest where the runtime has one (Excel's
 * pane and shared runtime do). SHA-256 stays the core's: the browser's is asynchronous only.
 */
import type { DigestPrimitives } from "../core/report/input-hash";

export function hostDigest(): DigestPrimitives {
  if (typeof TextEncoder !== "function") return {};
  const encoder = new TextEncoder();
  return { utf8: (text) => encoder.encode(text) };
}
