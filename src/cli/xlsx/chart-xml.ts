/**
 * A plan's chart spec as DrawingML (the chart part an .xlsx carries), with its data cached so Excel
 * and LibreOffice draw it before recalculating. exceljs writes no charts; this is the small part of
 * the format a clustered bar or column chart of one series needs.
 */
import type { ChartSpec } from "../../core/report/plan";
import { quoteSheetName } from "../../core/table/address";
import { xmlSafe } from "../../core/text/xml-safe";

export function escapeXml(raw: string): string {
  const text = xmlSafe(raw);
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

/** "B6:B25" on sheet 图表 → "图表!$B$6:$B$25". */
export function absoluteRef(sheet: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheetName(sheet)}!${absolute}`;
}

export interface ChartData {
  categories: string[];
  values: (number | null)[];
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const FONT = '<a:latin typeface="+mn-lt"/><a:ea typeface="Microsoft YaHei"/>';

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}">${FONT}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function textProperties(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

function stringCache(values: readonly string[]): string {
  const points = values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: readonly (number | null)[], format: string): string {
  const points = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

export function chartXml(spec: ChartSpec, sheet: string, data: ChartData): string {
  const bar = spec.kind === "bar";
  const format = escapeXml(spec.valueFormat);
  const labels =
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${textProperties(800)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(spec.seriesName)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${labels}` +
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheet, spec.categories))}</c:f>${stringCache(data.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheet, spec.values))}</c:f>${numberCache(data.values, spec.valueFormat)}</c:numRef></c:val></c:ser>`;
  // A ranking reads top-down: with the categories reversed, the value axis must cross at the
  // maximum category to stay at the bottom.
  const reversed = bar && spec.firstCategoryOnTop;
  const categoryAxis =
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${reversed ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(900)}` +
    `<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    // CT_Scaling: orientation, then max, then min.
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/>${
      spec.axis ? `<c:max val="${spec.axis.max}"/><c:min val="${spec.axis.min}"/>` : ""
    }</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="${format}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(900)}` +
    `<c:crossAx val="500001"/><c:crosses val="${reversed ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(spec.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${bar ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>` +
    `${categoryAxis}${valueAxis}</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${textProperties(900)}</c:chartSpace>`
  );
}

/** The drawing part placing a sheet's charts, each anchored to cells. */
export function drawingXml(
  anchors: readonly ChartSpec["anchor"][],
  relationIds: readonly string[],
): string {
  const frames = anchors
    .map((a, i) => {
      const from = `<xdr:from><xdr:col>${a.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
      const to = `<xdr:to><xdr:col>${a.column + a.columns}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row + a.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${from}${to}<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>` +
        `<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relationIds[i] ?? ""}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${frames}</xdr:wsDr>`
  );
}
