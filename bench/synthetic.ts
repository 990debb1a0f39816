/**
 * Synthetic tables in the comprehensive-evaluation layout, the same for every run (seeded), so
 * the numbers are comparable across runs and machines.
 */
import type { CellGrid } from "../src/core/table/cell-grid";
import type { CellValue } from "../src/core/values/parse-cell";

export const HEADER = [
  "部门名称",
  "分组",
  "应办理数",
  "办理数",
  "超期办理数",
  "返工数",
  "抽查不满意数",
  "群众满意率",
];

/** Where each synthetic column is in a grid's header row (-1 where the table has none, as 分组). */
export function syntheticColumns(header: readonly CellValue[]) {
  const at = (i: number) => header.indexOf(HEADER[i] ?? "");
  return {
    name: at(0),
    group: at(1),
    due: at(2),
    handled: at(3),
    late: at(4),
    rework: at(5),
    satisfaction: at(7),
  };
}

/** A tiny seeded generator (mulberry32): fast and the same everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticUnit {
  name: string;
  group: string;
  due: number;
  handled: number;
  late: number;
  rework: number;
  dissatisfied: number;
  satisfaction: number;
}

export function syntheticUnits(count: number, seed = 12345): SyntheticUnit[] {
  const next = random(seed);
  const units: SyntheticUnit[] = [];
  for (let i = 0; i < count; i++) {
    const due = 1 + Math.floor(next() * 500);
    const handled = due - (next() < 0.2 ? Math.floor(next() * Math.min(5, due)) : 0);
    const late = next() < 0.3 ? Math.floor(next() * Math.min(10, handled + 1)) : 0;
    const rework = next() < 0.3 ? Math.floor(next() * Math.min(5, due + 1)) : 0;
    const satisfaction = Math.round((0.85 + next() * 0.15) * 10000) / 10000;
    units.push({
      name: `单位${String(i + 1).padStart(7, "0")}`,
      group: next() < 0.4 ? "县市区" : "市直单位",
      due,
      handled,
      late,
      rework,
      dissatisfied: Math.floor(next() * 3),
      satisfaction,
    });
  }
  return units;
}

export function syntheticRows(units: readonly SyntheticUnit[], withGroup: boolean): CellValue[][] {
  const header = withGroup ? HEADER : HEADER.filter((h) => h !== "分组");
  return [
    header,
    ...units.map((u) =>
      withGroup
        ? [u.name, u.group, u.due, u.handled, u.late, u.rework, u.dissatisfied, u.satisfaction]
        : [u.name, u.due, u.handled, u.late, u.rework, u.dissatisfied, u.satisfaction],
    ),
  ];
}

export function syntheticGrid(count: number, withGroup = false): CellGrid {
  const values = syntheticRows(syntheticUnits(count), withGroup);
  const width = values[0]?.length ?? 0;
  const numberFormats = values.map((row, r) =>
    row.map((_v, c) => (r > 0 && c === width - 1 ? "0.00%" : null)),
  );
  return { sheet: "热线", top: 0, left: 0, values, numberFormats };
}
