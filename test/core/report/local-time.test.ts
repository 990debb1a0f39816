import { localTimeText } from "../../../src/core/report/local-time";

describe("a run's time in the clerk's local time", () => {
  it("reads 08:00 UTC as 16:00 in China, the next day when it crosses midnight", () => {
    expect(localTimeText("2026-11-21T08:00:00.000Z", 480, "zh")).toBe("2026年11月21日 16:00");
    expect(localTimeText("2026-11-21T17:30:00Z", 480, "zh")).toBe("2026年11月22日 01:30");
    expect(localTimeText("2026-11-21T08:00:00Z", -300, "en")).toBe("2026-11-21 03:00 (UTC−5)");
    expect(localTimeText("2026-11-21T08:00:00Z", 330, "en")).toBe("2026-11-21 13:30 (UTC+5.5)");
  });

  it("leaves what is not a time as it is", () => {
    expect(localTimeText("yesterday", 480, "zh")).toBe("yesterday");
  });
});
