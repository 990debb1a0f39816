/**
 * The text of a CSV or tab-separated file as Chinese Excel and the platforms save them: UTF-16 with
 * its BOM (Excel's "Unicode 文本"), UTF-8 (with or without BOM), else GB18030 (a superset of GBK and
 * GB2312). A GBK file into which one row was pasted as UTF-8 (a name copied from a web page, a row
 * appended by a script) has that row read as UTF-8 and said, instead of a garbled unit name.
 */
import iconv from "iconv-lite";

export interface DecodedText {
  text: string;
  /** One-based lines of a GB18030 file that were UTF-8 and read so. */
  utf8Lines: number[];
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A line that is UTF-8 Chinese rather than GBK that happens to be valid UTF-8: GBK's common
 * characters decode as UTF-8 two-byte letters (中 D6 D0 is Hebrew א), never as CJK only. So the line
 * must decode, hold CJK, and hold nothing from U+0080–U+07FF but the few signs a table uses.
 */
function utf8Chinese(bytes: Uint8Array): string | undefined {
  if (!bytes.some((b) => b >= 0x80)) return undefined;
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (!/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u.test(text)) return undefined;
  if (/[\u0080-\u00a6\u00a8-\u00af\u00b1-\u00b6\u00b8-\u00d6\u00d8-\u07ff]/u.test(text))
    return undefined;
  return text;
}

function decodeMixedGb18030(bytes: Uint8Array): DecodedText {
  // 0x0A never occurs inside a GB18030 or UTF-8 multi-byte character, so lines split safely.
  const parts: string[] = [];
  const utf8Lines: number[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const slice = bytes.subarray(start, end);
    const asUtf8 = utf8Chinese(slice);
    if (asUtf8 !== undefined) utf8Lines.push(line);
    parts.push(asUtf8 ?? iconv.decode(Buffer.from(slice), "gb18030"));
    start = end + 1;
    line++;
  }
  return { text: parts.join("\n"), utf8Lines };
}

export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), utf8Lines: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), utf8Lines: [] };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), utf8Lines: [] };
  try {
    return { text: strictUtf8.decode(bytes), utf8Lines: [] };
  } catch {
    return decodeMixedGb18030(bytes);
  }
}

export function decodeText(bytes: Uint8Array): string {
  return decodeTextFile(bytes).text;
}
