/**
 * The report's styles as exceljs takes them: one object per look, and every row and column
 * without a style of its own given one shared empty style before writing — which must write the
 * same file, and leave the rows and columns that do have a style alone.
 */
import ExcelJS from "exceljs";
import { SharedStyles, shareEmptyStyles, type StyledRow } from "../../src/cli/xlsx/cell-styles";
import { PackageParts } from "../../src/cli/xlsx/package-parts";

/** A small sheet: styled cells, a row and a column with styles of their own, widths set. */
function book(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("表");
  const styles = new SharedStyles();
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 8;
  ws.getColumn(3).numFmt = "0.0";
  for (let r = 1; r <= 4; r++) {
    const name = ws.getCell(r, 1);
    name.value = `单位${r}`;
    name.style = styles.of({ value: { kind: "text", text: "" }, format: "@" }, r > 1);
    ws.getCell(r, 2).value = r * 10;
  }
  ws.getRow(3).font = { bold: true };
  return workbook;
}

function rowStyle(ws: ExcelJS.Worksheet, r: number): Partial<ExcelJS.Style> {
  return (ws.getRow(r) as StyledRow).style;
}

async function sheetXml(workbook: ExcelJS.Workbook): Promise<string> {
  const bytes = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
  const zip = PackageParts.read(new Uint8Array(bytes));
  return `${zip.text("xl/worksheets/sheet1.xml")}${zip.text("xl/styles.xml")}`;
}

describe("SharedStyles", () => {
  it("gives cells of one look the same style object", () => {
    const styles = new SharedStyles();
    const cell = { value: { kind: "number", value: 1 }, format: "0.00%" } as const;
    expect(styles.of(cell, true)).toBe(styles.of({ ...cell }, true));
    expect(styles.of(cell, true)).not.toBe(styles.of(cell, false));
    expect(styles.of(cell, false).numFmt).toBe("0.00%");
  });
});

describe("shareEmptyStyles", () => {
  it("gives rows and columns without a style one object, and writes the same sheet and styles", async () => {
    const plain = book();
    const shared = book();
    const ws = shared.getWorksheet("表") as ExcelJS.Worksheet;
    shareEmptyStyles(ws);
    const empty = rowStyle(ws, 1);
    expect(Object.keys(empty)).toEqual([]);
    expect(rowStyle(ws, 2)).toBe(empty);
    expect(rowStyle(ws, 4)).toBe(empty);
    expect(ws.getColumn(1).style).toBe(empty);
    // The bold row and the formatted column keep their own.
    expect(rowStyle(ws, 3)).not.toBe(empty);
    expect(rowStyle(ws, 3).font?.bold).toBe(true);
    expect(ws.getColumn(3).style).not.toBe(empty);
    expect(ws.getColumn(3).style.numFmt).toBe("0.0");
    expect(await sheetXml(shared)).toBe(await sheetXml(plain));
  });

  it("keeps the shared style from being changed: a row style set afterwards throws", () => {
    const ws = book().getWorksheet("表") as ExcelJS.Worksheet;
    shareEmptyStyles(ws);
    // exceljs's own row setter writes into the row's style object.
    expect(() => {
      ws.getRow(1).numFmt = "0";
    }).toThrow(TypeError);
    expect(Object.keys(rowStyle(ws, 2))).toEqual([]);
  });
});
