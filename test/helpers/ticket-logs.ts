/**
 * Ticket and message logs made to agree with published bulletins (schemes.md §7), as a platform
 * exports them: a title row, a header with the platform's words, personal columns (caller, phone,
 * ID number, address, request text with a phone in it), invalid and out-of-period tickets that
 * must not be counted. Every attribute is dealt out in exact numbers and shuffled with a fixed
 * seed, so the figures are known by construction, not from the code under test.
 */
import type { CellValue } from "../../src/core/values/parse-cell";

/** The benchmarks' seeded generator (mulberry32), shared so both make the same numbers. */
import { random as seeded } from "../../bench/synthetic";
export { seeded };

export function shuffled<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** counts {a: 2, b: 1} → ["a", "a", "b"] shuffled. */
export function dealt<T extends string>(counts: Record<T, number>, random: () => number): T[] {
  const out: T[] = [];
  for (const [value, n] of Object.entries(counts) as [T, number][])
    for (let i = 0; i < n; i++) out.push(value);
  return shuffled(out, random);
}

const pad = (n: number) => String(n).padStart(2, "0");
export function stamp(
  year: number,
  month: number,
  day: number,
  hour = 9,
  minute = 0,
  second = 0,
): string {
  return `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** Personal data as platforms export it; none of it may reach an output. */
export const SURNAMES = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"];
export function phoneOf(i: number): string {
  return `139${String(10000000 + ((i * 7919) % 89999999)).padStart(8, "0")}`;
}
export function idNumberOf(i: number): string {
  const day = 1 + (i % 28);
  return `420102198${i % 10}0${1 + (i % 9)}${pad(day)}${String(100 + (i % 900))}${i % 11 === 10 ? "X" : i % 10}`;
}
export function callerOf(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]}${["伟", "芳", "敏", "静", "强"][i % 5]}${i % 3 === 0 ? "华" : ""}`;
}

/** Rows as a CSV file a platform exports (quotes only where a cell needs them). */
/**
 * A plain export of `rows` tickets for size tests and benchmarks (no published figures): a header,
 * a caller and phone on every row, a third answered on the spot, the rest sent to 80 units.
 */
export const SYNTHETIC_HEADER = [
  "工单编号",
  "受理时间",
  "来电人",
  "联系电话",
  "诉求分类",
  "办理方式",
  "承办单位",
  "办结时间",
  "办结时限",
  "是否超期",
  "重办次数",
  "回访结果",
];

export function syntheticTickets(rows: number, title?: string): CellValue[][] {
  const values: CellValue[][] = title ? [[title], SYNTHETIC_HEADER] : [SYNTHETIC_HEADER];
  for (let i = 0; i < rows; i++) {
    const moved = i % 3 !== 0;
    values.push([
      `G${String(i).padStart(9, "0")}`,
      stamp(2022, 1, 1 + (i % 28), 9, i % 60),
      "张伟",
      `139${String(10000000 + i).slice(-8)}`,
      ["城市管理类", "交通运输类", "其他"][i % 3] ?? "其他",
      moved ? "转办" : "当场答复",
      moved ? `单位${i % 80}` : null,
      moved ? stamp(2022, 2, 1 + (i % 5), 10) : null,
      moved ? stamp(2022, 2, 3, 18) : null,
      i % 7 === 0 ? "是" : "否",
      i % 11 === 0 ? 1 : 0,
      ["满意", "基本满意", "不满意", "未回访"][i % 4] ?? "满意",
    ]);
  }
  return values;
}

export function csvText(rows: readonly CellValue[][], lineEnd = "\r\n"): string {
  const cell = (v: CellValue) => {
    const t = v === null || v === undefined ? "" : String(v);
    return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return rows.map((r) => r.map(cell).join(",")).join(lineEnd);
}

export interface GeneratedLog {
  rows: CellValue[][];
  /** Every personal value written into the log, for the tests that grep the outputs. */
  personal: string[];
}

/** Jingzhou's units (from the Feb 2021 table) and their groups. */
export const JINGZHOU_UNITS: { name: string; group: string }[] = [
  ...[
    "洪湖市",
    "监利市",
    "沙市区",
    "石首市",
    "荆州区",
    "松滋市",
    "公安县",
    "江陵县",
    "荆州开发区",
  ].map((name) => ({
    name,
    group: "县市区",
  })),
  ...[
    "市城管执法委",
    "市住建局",
    "市交通运输局",
    "市人社局",
    "市卫健委",
    "市教育局",
    "市市场监管局",
    "市公安局",
    "市自然资源和规划局",
    "市生态环境局",
    "市税务局",
  ].map((name) => ({ name, group: "市直单位" })),
];

/**
 * Jingzhou 12345, January 2022 (schemes.md §7): 32 345 valid requests in January, 27 188 answered
 * on the spot, 5 157 transferred, 4 725 of them closed by 6 February; 疫情防控类 13 143, 城市管理类
 * 6 041, 行政管理类 4 646, 社会民生类 4 306. Around them: 800 invalid calls and 450 valid ones
 * received outside January, which the period and the validity rule must leave out.
 */
export function jingzhouJanuary2022(): GeneratedLog & { unitCounts: Map<string, number> } {
  const random = seeded(20220131);
  const received = 32345;
  const onTheSpot = 27188;
  const transferred = received - onTheSpot;
  const categories = dealt(
    {
      疫情防控类: 13143,
      城市管理类: 6041,
      行政管理类: 4646,
      社会民生类: 4306,
      交通运输类: 2200,
      其他: 2009,
    },
    random,
  );
  const types = dealt({ 投诉: 12000, 求助: 9000, 咨询: 10000, 建议: 1000, 表扬: 345 }, random);
  const modes = dealt({ 当场答复: onTheSpot, 转办: transferred }, random);
  // Of the transferred: 4 725 closed by the cut-off, 200 closed after it, 232 still open.
  const closing = dealt({ byCutoff: 4725, afterCutoff: 200, open: 232 }, random);
  const callbacks = dealt(
    { 满意: 3000, 基本满意: 900, 不满意: 257, 未回访: 600, 无法联系: 400 },
    random,
  );
  const signing = dealt({ inTime: 5000, late: 157 }, random);
  const header = [
    "工单编号",
    "来电时间",
    "来电人",
    "联系电话",
    "身份证号",
    "诉求类型",
    "问题分类",
    "诉求内容",
    "事发地址",
    "办理方式",
    "承办单位",
    "单位类别",
    "派单时间",
    "签收时间",
    "签收时限",
    "办结时限",
    "办结时间",
    "是否有效",
    "回访结果",
  ];
  const rows: CellValue[][] = [["荆州市12345政务服务便民热线工单明细（2022年1月）"], header];
  const personal: string[] = [];
  const unitCounts = new Map<string, number>();
  let moved = 0;
  const ticket = (i: number, when: string, valid: boolean, k: number) => {
    const caller = callerOf(i);
    const phone = phoneOf(i);
    const idNumber = idNumberOf(i);
    const address = `沙市区北京路${1 + (i % 300)}号`;
    const content = `来电人${caller}反映小区问题，回电${phone}`;
    personal.push(caller, phone, idNumber, address, content);
    const mode = k >= 0 ? (modes[k] as string) : "当场答复";
    const base: CellValue[] = [
      `JZ2022${String(i).padStart(7, "0")}`,
      when,
      caller,
      phone,
      idNumber,
      k >= 0 ? (types[k] ?? "咨询") : "咨询",
      k >= 0 ? (categories[k] ?? "其他") : "其他",
      content,
      address,
      mode,
    ];
    if (mode !== "转办" || !valid)
      return [...base, null, null, null, null, null, null, null, valid ? "是" : "否", null];
    const m = moved++;
    const unit = JINGZHOU_UNITS[Math.floor(random() * JINGZHOU_UNITS.length)] ?? {
      name: "市住建局",
      group: "市直单位",
    };
    if (k >= 0) unitCounts.set(unit.name, (unitCounts.get(unit.name) ?? 0) + 1);
    const day = 1 + (i % 28);
    const close = closing[m % closing.length];
    const closed =
      close === "byCutoff"
        ? stamp(2022, 2, 1 + (m % 6), 16)
        : close === "afterCutoff"
          ? stamp(2022, 2, 7 + (m % 3), 10)
          : null;
    const signedLate = signing[m % signing.length] === "late";
    return [
      ...base,
      unit.name,
      unit.group,
      stamp(2022, 1, day, 10),
      stamp(2022, 1, day, signedLate ? 15 : 11),
      stamp(2022, 1, day, 12),
      stamp(2022, 2, 5, 17),
      closed,
      "是",
      callbacks[m % callbacks.length] ?? "未回访",
    ];
  };
  let id = 1;
  for (let k = 0; k < received; k++) {
    const day = 1 + (k % 31);
    rows.push(ticket(id++, stamp(2022, 1, day, 8 + (k % 12), k % 60, (k * 7) % 60), true, k));
  }
  // Not counted: invalid calls in January, valid ones just outside it.
  for (let k = 0; k < 800; k++) rows.push(ticket(id++, stamp(2022, 1, 1 + (k % 31), 9), false, -1));
  for (let k = 0; k < 300; k++) rows.push(ticket(id++, stamp(2022, 2, 1 + (k % 3), 9), true, -1));
  for (let k = 0; k < 150; k++) rows.push(ticket(id++, stamp(2021, 12, 31, 20), true, -1));
  const data = rows.slice(2);
  return { rows: [rows[0] ?? [], header, ...shuffled(data, random)], personal, unitCounts };
}

/**
 * Hubei 网络问政, May 2019 (schemes.md §7): 《荆楚问政》 65 messages, 37 valid, 60 forwardings (23
 * second), 18 replied; 《民生热线》 177 messages, 258 forwardings (81 second), 157 replied (18
 * unasked); 民生热线 NO.1–5 行政管理 27, 城市管理 25, 住房管理 24, 交通管理 17, 企业投诉 15.
 */
export function hubeiMay2019(): GeneratedLog {
  const random = seeded(20190531);
  const header = [
    "留言编号",
    "留言时间",
    "栏目",
    "留言标题",
    "留言人",
    "联系电话",
    "是否有效",
    "转办次数",
    "回复单位",
    "回复时间",
    "是否主动回复",
    "问题分类",
  ];
  const units = [
    "省住建厅",
    "省交通运输厅",
    "省人社厅",
    "省教育厅",
    "省卫健委",
    "武汉市",
    "宜昌市",
    "襄阳市",
  ];
  const rows: CellValue[][] = [["湖北省网络问政留言明细（2019年5月）"], header];
  const personal: string[] = [];
  let id = 1;
  const message = (
    column: string,
    valid: boolean,
    forwards: number,
    replied: boolean,
    unasked: boolean,
    category: string,
  ) => {
    const i = id++;
    const caller = callerOf(i);
    const phone = phoneOf(i + 5000);
    personal.push(caller, phone);
    rows.push([
      `WZ201905${String(i).padStart(5, "0")}`,
      stamp(2019, 5, 1 + (i % 31), 10, i % 60),
      column,
      `关于${category}的留言`,
      caller,
      phone,
      valid ? "是" : "否",
      forwards,
      valid ? units[i % units.length] : null,
      replied ? stamp(2019, 6, 1 + (i % 5), 15) : null,
      unasked ? "是" : "否",
      category,
    ]);
  };
  // 荆楚问政: 28 invalid, never forwarded; 37 valid, 23 forwarded twice, 18 replied.
  const jcForwards = dealt({ "2": 23, "1": 14 }, random);
  const jcReplied = dealt({ yes: 18, no: 19 }, random);
  for (let k = 0; k < 28; k++) message("荆楚问政", false, 0, false, false, "其他问题");
  for (let k = 0; k < 37; k++)
    message(
      "荆楚问政",
      true,
      Number(jcForwards[k]),
      jcReplied[k] === "yes",
      false,
      k % 2 ? "城市管理问题" : "行政管理问题",
    );
  const msCategories = dealt(
    {
      行政管理问题: 27,
      城市管理问题: 25,
      住房管理问题: 24,
      交通管理问题: 17,
      企业投诉问题: 15,
      环境保护问题: 14,
      教育问题: 13,
      医疗卫生问题: 12,
      劳动保障问题: 11,
      农业农村问题: 10,
      其他问题: 9,
    },
    random,
  );
  const msForwards = dealt({ "2": 81, "1": 96 }, random);
  const msReplied = dealt({ unasked: 18, asked: 139, no: 20 }, random);
  for (let k = 0; k < 177; k++)
    message(
      "民生热线",
      true,
      Number(msForwards[k]),
      msReplied[k] !== "no",
      msReplied[k] === "unasked",
      msCategories[k] ?? "其他问题",
    );
  const data = rows.slice(2);
  return { rows: [rows[0] ?? [], header, ...shuffled(data, random)], personal };
}

/**
 * Yueyang 12345, 2017 Q2 (schemes.md §7): 71 266 received (投诉 29 486, 求助 20 780, 咨询 14 938,
 * 建议 285, 表扬 197, and 5 580 of a type the bulletin does not name), 39 818 transferred of which
 * 39 770 handled (99.88 %), 3 017 urgent of which 3 004 in time, 2 713 called back and 2 617
 * satisfied (96.5 %), 岳阳县 4 383 … 临湘市 2 328, 城市管理类 5 341, 交通运输与交通秩序类 4 834,
 * 农林水利类 4 721. Its printed category shares (13.45 % …) fit none of these totals.
 */
export function yueyang2017Q2(): GeneratedLog {
  const random = seeded(20170630);
  const received = 71266;
  const transferred = 39818;
  const types = dealt(
    { 投诉: 29486, 求助: 20780, 咨询: 14938, 建议: 285, 表扬: 197, 其他: 5580 },
    random,
  );
  const named: Record<string, number> = {
    城市管理类: 5341,
    交通运输与交通秩序类: 4834,
    农林水利类: 4721,
  };
  let left = received - 5341 - 4834 - 4721;
  for (let i = 1; left > 0; i++) {
    const n = Math.min(4000, left);
    named[`其他${i}类`] = n;
    left -= n;
  }
  const categories = dealt(named, random);
  const counties: Record<string, number> = {
    岳阳县: 4383,
    岳阳楼区: 4048,
    湘阴县: 3532,
    汨罗市: 2570,
    临湘市: 2328,
    华容县: 2100,
    平江县: 1900,
  };
  const city = [
    "市城管局",
    "市住建局",
    "市交通局",
    "市公安局",
    "市人社局",
    "市教育局",
    "市卫计委",
    "市水务局",
    "市环保局",
    "市国土局",
  ];
  const units: Record<string, number> = { ...counties };
  let rest = transferred - Object.values(counties).reduce((s, n) => s + n, 0);
  city.forEach((name, i) => {
    const n = i === city.length - 1 ? rest : Math.floor(rest / (city.length - i));
    units[name] = n;
    rest -= n;
  });
  const unitOf = dealt(units, random);
  const closing = dealt({ inTime: 39770 - 318, late: 318, open: 48 }, random);
  // Urgent tickets are among the handled ones (the 48 open are not urgent).
  const urgent = dealt({ inTime: 3004, late: 13, no: 39770 - 3017 }, random);
  let closedSoFar = 0;
  const callback = dealt(
    { 满意: 2300, 基本满意: 317, 不满意: 96, 未回访: transferred - 2713 },
    random,
  );
  const modes = dealt({ 转办: transferred, 当场答复: received - transferred }, random);
  const header = [
    "工单编号",
    "受理时间",
    "来电人",
    "联系电话",
    "诉求类型",
    "诉求分类",
    "办理方式",
    "承办单位",
    "单位类别",
    "办结时限",
    "办结时间",
    "是否超期",
    "是否急件",
    "重办次数",
    "回访结果",
  ];
  const rows: CellValue[][] = [["岳阳市12345公众服务热线工单明细（2017年二季度）"], header];
  const personal: string[] = [];
  let t = 0;
  for (let k = 0; k < received; k++) {
    const caller = callerOf(k + 90000);
    const phone = phoneOf(k + 90000);
    personal.push(caller, phone);
    const month = 4 + (k % 3);
    const day = 1 + (k % 30);
    const base: CellValue[] = [
      `YY2017${String(k + 1).padStart(6, "0")}`,
      stamp(2017, month, day, 9),
      caller,
      phone,
      types[k] ?? "其他",
      categories[k] ?? "其他1类",
      modes[k] ?? "当场答复",
    ];
    if (modes[k] !== "转办") {
      rows.push([...base, null, null, null, null, null, null, null, null]);
      continue;
    }
    const m = t++;
    const unit = unitOf[m] ?? "市城管局";
    const close = closing[m];
    const u = close === "open" ? "no" : urgent[closedSoFar++];
    const lateAny = u === "late" || (u === "no" && close === "late");
    rows.push([
      ...base,
      unit,
      unit in counties ? "县市区" : "市直单位",
      stamp(2017, month, day, 18),
      close === "open" ? null : stamp(2017, month, day, lateAny ? 20 : 16),
      lateAny ? "是" : "否",
      u === "no" ? "否" : "是",
      m % 97 === 0 ? 1 : 0,
      callback[m] ?? "未回访",
    ]);
  }
  return { rows, personal };
}
