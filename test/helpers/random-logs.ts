/**
 * Random ticket logs for the engines' agreement tests (fast-check): blanks, padded and full-width
 * spaces, five time formats and impossible days, numbers as text, phone numbers where a unit or a
 * category is, under each built-in rule set with and without a period and a cut-off.
 */
import fc from "fast-check";

export const HEADER = [
  "工单编号",
  "受理时间",
  "来电人",
  "联系电话",
  "诉求类型",
  "诉求分类",
  "栏目",
  "办理方式",
  "承办单位",
  "单位类别",
  "签收时间",
  "签收时限",
  "办结时限",
  "办结时间",
  "办理状态",
  "是否超期",
  "是否急件",
  "重办次数",
  "回访结果",
  "是否有效",
  "转办次数",
  "是否主动回复",
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const times = fc.oneof(
  fc
    .record({
      d: fc.integer({ min: 1, max: 31 }),
      h: fc.integer({ min: 0, max: 23 }),
      m: fc.integer({ min: 0, max: 59 }),
      mo: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ d, h, m, mo }) =>
      pick([
        `2022-0${mo}-${String(d).padStart(2, "0")} ${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00`,
        `2022/${mo}/${d} ${h}:${String(m).padStart(2, "0")}`,
        `2022年${mo}月${d}日`,
        ` 2022-0${mo}-${String(d).padStart(2, "0")}　`,
        `2022-0${mo}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:30+08:00`,
      ]),
    ),
  pick(["", "无", "2022-02-31 10:00:00", "2022-13-01", "不详", "2022-01-05 25:00"]),
);
const text = (values: string[]) =>
  fc.oneof(
    pick(values),
    pick(["", " ", "　"]),
    pick(values).map((v) => ` ${v}　`),
  );
export const ticket = fc.tuple(
  fc.integer({ min: 1, max: 99999 }).map((n) => `T${n}`),
  times,
  pick(["张伟", "李芳"]),
  pick(["13912345678", "13800001111"]),
  text(["投诉", "求助", "咨询"]),
  text(["城市管理", "交通", "13912345678类"]),
  text(["荆楚问政", "民生热线"]),
  text(["当场答复", "转办", "派单", "直接办结"]),
  text(["市住建局", "市交通局", "洪湖市", "单位13800001111"]),
  text(["县市区", "市直单位"]),
  times,
  times,
  times,
  times,
  text(["已办结", "办理中", "已归档"]),
  text(["是", "否", "Y", "1"]),
  text(["是", "否", "紧急"]),
  pick(["", "0", "1", "2", " 3 ", "一次", "1.5"]),
  text(["满意", "基本满意", "不满意", "未回访", "无法联系"]),
  text(["是", "否", "有效"]),
  pick(["", "0", "1", "2", "3"]),
  text(["是", "否"]),
);
export const settings = fc.record(
  {
    rulesId: pick(["tickets-composite", "tickets-monthly", "messages-petition"]),
    from: pick(["2022-01-01", "2022-02-01"]),
    to: pick(["2022-01-31", "2022-02-28"]),
    cutoff: pick(["2022-02-06", "2022-03-10"]),
  },
  { requiredKeys: ["rulesId"] },
);
