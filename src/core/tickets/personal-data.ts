/**
 * Personal data in a ticket log: callers' phone numbers, names, ID numbers, addresses and the free
 * text of their requests. Such columns are found by their header and, whatever the header says,
 * by what their cells hold; they are never read, so nothing of them can reach an output. Any text
 * that is shown (a unit, a category, a ticket number) still goes through `maskPersonal`, because a
 * clerk's export may have a phone number typed into any cell.
 */
import type { CellValue } from "../values/parse-cell";
import { foldHeader } from "../table/header-text";

export type PersonalKind = "phone" | "name" | "id-number" | "address" | "free-text";

const PERSONAL_HEADERS: Record<PersonalKind, string[]> = {
  phone: [
    "联系电话",
    "来电号码",
    "电话号码",
    "手机号码",
    "手机号",
    "电话",
    "手机",
    "联系方式",
    "主叫号码",
    "来电电话",
    "phone",
  ],
  name: [
    "来电人",
    "来电人姓名",
    "联系人",
    "姓名",
    "诉求人",
    "市民姓名",
    "留言人",
    "反映人",
    "投诉人",
    "网友昵称",
    "昵称",
    "caller",
    "name",
  ],
  "id-number": ["身份证号", "身份证号码", "证件号码", "证件号", "身份证", "id number"],
  address: ["地址", "联系地址", "住址", "家庭住址", "事发地址", "详细地址", "address"],
  "free-text": [
    "诉求内容",
    "来电内容",
    "留言内容",
    "信件内容",
    "内容",
    "标题",
    "留言标题",
    "诉求标题",
    "主题",
    "问题描述",
    "描述",
    "回复内容",
    "办理结果",
    "处理结果",
    "答复内容",
    "办理意见",
    "备注",
    "content",
  ],
};

const HEADER_KIND = new Map<string, PersonalKind>();
for (const [kind, words] of Object.entries(PERSONAL_HEADERS) as [PersonalKind, string[]][])
  for (const w of words) HEADER_KIND.set(foldHeader(w), kind);

export function personalKindOfHeader(header: string): PersonalKind | undefined {
  const folded = foldHeader(header);
  if (folded === "") return undefined;
  const exact = HEADER_KIND.get(folded);
  if (exact) return exact;
  // "来电人电话", "市民联系电话", "诉求人身份证号": a personal word inside a longer header.
  for (const [word, kind] of HEADER_KIND)
    if (word.length >= 2 && folded.includes(word)) return kind;
  return undefined;
}

/** A mainland mobile number, not part of a longer run of digits. */
const MOBILE = /(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g;
/** A resident ID number: region, birth date, sequence, check digit. */
const ID_NUMBER =
  /(?<![\dXx])([1-9]\d{5})((?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(\d{3}[\dXx])(?![\dXx])/g;
/** A landline with its area code: 0716-8888888, 02788886666. */
const LANDLINE = /(?<!\d)(0\d{2,3})-?(\d{3,4})(\d{4})(?!\d)/g;

export function hasPersonalPattern(text: string): boolean {
  return new RegExp(MOBILE.source).test(text) || new RegExp(ID_NUMBER.source).test(text);
}

/** Phone and ID numbers in a text masked as 138****1234 and 420103********1234. */
export function maskPersonal(text: string): string {
  return text
    .replace(
      ID_NUMBER,
      (_m, region: string, birth: string, tail: string) =>
        `${region}${"*".repeat(birth.length)}${tail}`,
    )
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
    .replace(
      LANDLINE,
      (_m, area: string, mid: string, tail: string) => `${area}-${"*".repeat(mid.length)}${tail}`,
    );
}

/**
 * Whether a column's cells look personal: a sample with phone or ID numbers in a fifth or more of
 * its filled cells. A column of ticket numbers never matches (they are not phone-shaped).
 */
export function cellsLookPersonal(cells: readonly CellValue[]): boolean {
  let filled = 0;
  let personal = 0;
  for (const cell of cells) {
    if (cell === null || cell === undefined || cell === "") continue;
    filled++;
    if (hasPersonalPattern(String(cell))) personal++;
  }
  return filled > 0 && personal * 5 >= filled;
}
