/**
 * The peer: the same scores, grades and group ranks computed by a spreadsheet engine with ordinary
 * formulas (HyperFormula: one formula row per unit, ROUND, nested IF for grades, COUNTIFS for
 * group ranks), against govrank's library on the same synthetic table. Both must agree.
 */
import { HyperFormula } from "hyperformula";
import { scoreGrid } from "../src/core/score/score-grid";
import { time, type Timing } from "./harness";
import { syntheticGrid, syntheticUnits } from "./synthetic";

export interface PeerResult {
  units: number;
  govrank: Timing;
  peer: Timing;
  identical: boolean;
  mismatches: number;
}

function peerSheet(count: number): (string | number)[][] {
  const n = count + 1;
  return [
    ["部门名称", "分组", "应办理数", "办理数", "超期办理数", "返工数", "群众满意率"],
    ...syntheticUnits(count).map((u, i) => {
      const r = i + 2;
      return [
        u.name,
        u.group,
        u.due,
        u.handled,
        u.late,
        u.rework,
        u.satisfaction,
        `=D${r}/C${r}`,
        `=(D${r}-E${r})/C${r}`,
        `=IF(C${r}=0,0,F${r}/C${r})`,
        `=ROUND(30*H${r}+30*I${r}+20*(1-J${r})+20*G${r},1)`,
        `=IF(K${r}>=95,"A",IF(K${r}>=90,"B",IF(K${r}>=80,"C",IF(K${r}>=60,"D","E"))))`,
        `=COUNTIFS($B$2:$B$${n},B${r},$K$2:$K$${n},">"&K${r})+1`,
      ];
    }),
  ];
}

export async function peerComparison(count: number, runs: number): Promise<PeerResult> {
  const grid = syntheticGrid(count, true);
  let ours: {
    name: string;
    score: number | null;
    grade: string | null;
    groupRank: number | null;
  }[] = [];
  const govrank = await time(
    () => {
      const { evaluation } = scoreGrid(grid);
      ours = (evaluation?.units ?? []).map((u) => ({
        name: u.unit,
        score: u.score,
        grade: u.grade,
        groupRank: u.groupRank,
      }));
    },
    { runs },
  );
  let theirs: (string | number | null)[][] = [];
  const sheet = peerSheet(count);
  const peer = await time(
    () => {
      const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
      theirs = hf.getSheetValues(0) as (string | number | null)[][];
      hf.destroy();
    },
    // One run: the spreadsheet engine takes minutes at 10 000 units (COUNTIFS per row).
    { runs: 1, warmup: 0 },
  );
  const byName = new Map(ours.map((u) => [u.name, u]));
  let mismatches = 0;
  for (const row of theirs.slice(1)) {
    const u = byName.get(String(row[0]));
    if (!u || u.score !== row[10] || u.grade !== row[11] || u.groupRank !== row[12]) mismatches++;
  }
  return {
    units: count,
    govrank,
    peer,
    identical: mismatches === 0 && ours.length === count,
    mismatches,
  };
}
