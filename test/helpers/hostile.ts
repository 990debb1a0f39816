/**
 * What the fuzzers feed the readers and writers: the comprehensive evaluation's input headers, and
 * unit names an adversary would write — quotes, commas and line breaks (CSV), formula text (Excel),
 * note and totals words (the reader), terminal escapes, bidi overrides, controls and
 * non-characters (the terminal and the XML), blanks, and text past Excel's 32 767 characters.
 */
import fc from "fast-check";

export const COMPOSITE_HEADER = [
  "部门名称",
  "应办理数",
  "办理数",
  "超期办理数",
  "返工数",
  "抽查不满意数",
  "群众满意率",
];

export const HOSTILE_NAMES = [
  '市"扫黄打非"办',
  "市,逗号局",
  "换\n行局",
  '=HYPERLINK("http://evil","点我")',
  "+cmd|' /C calc'!A0",
  "@SUM(1)",
  "-1+1",
  "注册登记中心",
  "合计：",
  "\u001b]52;c;eA==\u0007局",
  "市\u202e局",
  "市\u0000局",
  "局\ufffe",
  "   ",
  "-",
];

/** A unit name: random text up to `maxLength`, or one of the hostile ones (`extra` besides). */
export function hostileNames(maxLength: number, extra: string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ minLength: 1, maxLength }),
    fc.constantFrom(...HOSTILE_NAMES, ...extra),
  );
}
