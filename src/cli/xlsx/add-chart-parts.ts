/**
 * Adds native charts to a workbook exceljs wrote: a drawing part per sheet with charts, one chart
 * part per chart, the relationships between them and the content types — the package pieces Excel
 * expects for a chart anchored on a sheet.
 */
import type { PackageParts } from "./package-parts";
import { chartXml, drawingXml, escapeXml, type ChartData } from "./chart-xml";
import type { ChartSpec } from "../../core/report/plan";

export interface SheetCharts {
  sheet: string;
  charts: { spec: ChartSpec; data: ChartData }[];
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = `${REL_NS}/drawing`;
const CHART_TYPE = `${REL_NS}/chart`;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function readText(zip: PackageParts, path: string): string {
  const text = zip.text(path);
  if (text === undefined) throw new Error(`the workbook has no ${path}`);
  return text;
}

/** Sheet name → its part path ("xl/worksheets/sheet3.xml"). */
function sheetParts(zip: PackageParts): Map<string, string> {
  const workbook = readText(zip, "xl/workbook.xml");
  const rels = readText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

/** The drawing element goes before these (CT_Worksheet's element order). */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function withDrawingElement(sheetXml: string, relationId: string): string {
  let xml = sheetXml;
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
  const element = `<drawing r:id="${relationId}"/>`;
  const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  return xml.slice(0, at) + element + xml.slice(at);
}

function addRelationship(relsXml: string | null, id: string, type: string, target: string): string {
  const base =
    relsXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  return base.replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`,
  );
}

function freeName(zip: PackageParts, pattern: (n: number) => string, start: number): number {
  let n = start;
  while (zip.has(pattern(n))) n++;
  return n;
}

export function addChartParts(zip: PackageParts, sheets: readonly SheetCharts[]): void {
  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return;
  const parts = sheetParts(zip);
  let contentTypes = readText(zip, "[Content_Types].xml");
  const overrides: string[] = [];
  let drawingNumber = 0;
  let chartNumber = 0;

  for (const { sheet, charts } of withCharts) {
    const sheetPath = parts.get(sheet);
    if (!sheetPath) throw new Error(`the workbook has no sheet named ${sheet}`);
    drawingNumber = freeName(zip, (n) => `xl/drawings/drawing${n}.xml`, drawingNumber + 1);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartIds: string[] = [];
    let drawingRels: string | null = null;
    charts.forEach(({ spec, data }, i) => {
      chartNumber = freeName(zip, (n) => `xl/charts/chart${n}.xml`, chartNumber + 1);
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      zip.set(chartPath, chartXml(spec, sheet, data));
      overrides.push(
        `<Override PartName="/${chartPath}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
      const id = `rIdChart${i + 1}`;
      chartIds.push(id);
      drawingRels = addRelationship(
        drawingRels,
        id,
        CHART_TYPE,
        `../charts/chart${chartNumber}.xml`,
      );
    });
    zip.set(
      drawingPath,
      drawingXml(
        charts.map((c) => c.spec.anchor),
        chartIds,
      ),
    );
    zip.set(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, drawingRels ?? "");
    overrides.push(
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );

    const sheetFile = sheetPath.split("/").pop() ?? "";
    const sheetRelsPath = `${sheetPath.slice(0, -sheetFile.length)}_rels/${sheetFile}.rels`;
    const existing = zip.text(sheetRelsPath) ?? null;
    const relationId = "rIdGovRankDrawing";
    zip.set(
      sheetRelsPath,
      addRelationship(
        existing,
        relationId,
        DRAWING_TYPE,
        `../drawings/drawing${drawingNumber}.xml`,
      ),
    );
    zip.set(sheetPath, withDrawingElement(readText(zip, sheetPath), relationId));
  }
  contentTypes = contentTypes.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.set("[Content_Types].xml", contentTypes);
}
