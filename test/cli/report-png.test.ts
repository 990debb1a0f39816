/**
 * `govrank report --png`: the ranking's picture drawn without a browser (resvg), a real PNG of
 * twice the picture's 1080 px width, refused for a name that is not .png. The Yueyang picture is
 * kept in docs/images for people to look at.
 */
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { ROOT } from "../helpers/build";
import { capture } from "../helpers/capture";
import { fixturePath } from "../helpers/fixtures";

const dir = mkdtempSync(join(tmpdir(), "govrank-png-"));

describe("govrank report --png", () => {
  it("draws the ranking as a PNG beside the workbook", async () => {
    const png = join(dir, "排名.png");
    const run = capture();
    const code = await main(
      [
        "report",
        fixturePath("yueyang-2017-q2-hotline-composite.xlsx"),
        "-o",
        join(dir, "排名.xlsx"),
        "--png",
        png,
      ],
      run.io,
    );
    expect(code).toBe(0);
    expect(run.err()).toContain(`已生成图片：${png}`);
    const bytes = readFileSync(png);
    // The PNG signature, then IHDR's width (big-endian) at byte 16.
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(bytes.readUInt32BE(16)).toBe(2160);
    expect(bytes.length).toBeGreaterThan(20_000);
    copyFileSync(png, join(ROOT, "docs", "images", "ranking-picture-yueyang.png"));
  }, 60_000);

  it("refuses a picture name that is not .png, writing nothing", async () => {
    const run = capture();
    const output = join(dir, "x.xlsx");
    const code = await main(
      [
        "report",
        fixturePath("jingzhou-2021-02-weibo-bci.csv"),
        "-o",
        output,
        "--png",
        join(dir, "x.jpg"),
      ],
      run.io,
    );
    expect(code).toBe(2);
    expect(run.err()).toContain("--png 的文件应以 .png 结尾");
  });
});
