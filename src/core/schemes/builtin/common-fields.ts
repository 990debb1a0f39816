/** Fields every scheme recognises: the unit's name, its group, and columns that are not data. */
import type { SchemeInput } from "../scheme";

type FieldInput = SchemeInput["fields"][number];

export const UNIT_FIELD: FieldInput = {
  id: "unit",
  label: { zh: "单位名称", en: "Unit" },
  kind: "unit",
  required: true,
  synonyms: [
    "部门名称",
    "单位名称",
    "单位",
    "部门",
    "责任单位",
    "承办单位",
    "被考核单位",
    "乡镇",
    "乡镇名称",
    "微博号",
    "微博名称",
    "微博账号",
    "公众号",
    "公众号名称",
    "微信公众号",
    "账号",
    "账号名称",
    "名称",
    "unit",
    "department",
    "name",
    "account",
  ],
};

export const GROUP_FIELD: FieldInput = {
  id: "group",
  label: { zh: "分组", en: "Group" },
  kind: "group",
  synonyms: ["类别", "分组", "组别", "类型", "单位类别", "单位类型", "group", "category"],
};

export const SEQUENCE_FIELD: FieldInput = {
  id: "sequence",
  label: { zh: "序号", en: "No." },
  kind: "ignored",
  synonyms: ["序号", "排名", "排序", "名次", "no", "no.", "rank", "#"],
};

export function count(
  id: string,
  zh: string,
  en: string,
  synonyms: string[],
  required = true,
): FieldInput {
  return { id, label: { zh, en }, kind: "count", required, synonyms: [zh, ...synonyms] };
}

export function printed(
  id: string,
  checks: string,
  zh: string,
  en: string,
  synonyms: string[],
): FieldInput {
  return { id, label: { zh, en }, kind: "printed", checks, synonyms: [zh, ...synonyms] };
}

/** One measure per count field, passing the count through under the field's own label. */
export function countMeasures(fields: readonly FieldInput[]): SchemeInput["measures"] {
  return fields
    .filter((f) => f.kind === "count")
    .map((f) => ({
      kind: "input",
      id: f.id,
      label: f.label,
      input: f.id,
      format: "number",
      precision: 0,
    }));
}
