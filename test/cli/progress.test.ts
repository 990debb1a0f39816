import { NO_PROGRESS, progressLine } from "../../src/cli/tickets/progress";

describe("the progress line", () => {
  it("rewrites itself with rows and rows a second, and clears when done", () => {
    const written: string[] = [];
    let now = 0;
    const p = progressLine(
      { write: (t) => written.push(t) },
      { zh: "正在统计工单", en: "Counting tickets:" },
      "zh",
      () => now,
    );
    now = 2000;
    p.update(1_000_000, 4_000_000);
    p.done();
    expect(written).toEqual([
      "\r正在统计工单 1,000,000 / 4,000,000 行（500,000 行/秒）\u001b[K",
      "\r\u001b[K",
    ]);
  });

  it("says nothing where there is no terminal", () => {
    expect(progressLine(undefined, { zh: "x", en: "x" }, "en")).toBe(NO_PROGRESS);
  });
});
