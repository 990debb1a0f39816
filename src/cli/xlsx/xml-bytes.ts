/**
 * UTF-8 XML written straight into a growing byte array (#21): a ranking of 10^4 units is
 * 10^5 cells, and building each cell's XML as joined strings made a million short-lived string
 * pieces for the garbage collector and a second pass to encode them. Markup is ASCII and copied a
 * code unit at a time; text is encoded to UTF-8 by the core's writer with `&`, `<` and `>`
 * escaped (a lone surrogate, which cellText already made U+FFFD, would be written as U+FFFD).
 *
 * new XmlBytes().ascii("<v>").text("A&B").bytes() → the bytes of "<v>A&amp;B"
 */
import { Utf8Writer } from "../../core/text/utf8-writer";

const bytesOf = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));

const XML_ESCAPES = new Map([
  [0x26, bytesOf("&amp;")],
  [0x3c, bytesOf("&lt;")],
  [0x3e, bytesOf("&gt;")],
]);

export class XmlBytes extends Utf8Writer {
  constructor() {
    super(XML_ESCAPES);
  }
}
