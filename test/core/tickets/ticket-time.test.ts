import { dayOf, parseDay, parseTicketTime, secondsOf } from "../../../src/core/tickets/ticket-time";

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  Date.UTC(y, mo - 1, d, h, mi, s) / 1000;

describe("ticket times", () => {
  it("reads the forms platforms export, on the log's own clock", () => {
    expect(parseTicketTime("2022-01-05 10:22:33")).toBe(at(2022, 1, 5, 10, 22, 33));
    expect(parseTicketTime("2022/1/5 10:22")).toBe(at(2022, 1, 5, 10, 22));
    expect(parseTicketTime("2022年1月5日")).toBe(at(2022, 1, 5));
    expect(parseTicketTime(" 2022-01-05T10:22:33+08:00　")).toBe(at(2022, 1, 5, 10, 22, 33));
    expect(parseTicketTime("2022-01-05 10:22:33.750")).toBe(at(2022, 1, 5, 10, 22, 33));
  });

  it("reads an Excel serial to the second", () => {
    // 44566.5 is 2022-01-05 12:00 in the 1900 date system.
    expect(parseTicketTime(44566.5)).toBe(at(2022, 1, 5, 12));
  });

  it("gives no time for days that do not exist or text that is not a time", () => {
    expect(parseTicketTime("2022-02-31 10:00:00")).toBeUndefined();
    expect(parseTicketTime("2022-13-01")).toBeUndefined();
    expect(parseTicketTime("2022-01-05 25:00")).toBeUndefined();
    expect(parseTicketTime("不详")).toBeUndefined();
    expect(parseTicketTime(null)).toBeUndefined();
    expect(secondsOf(2024, 2, 29)).toBe(at(2024, 2, 29));
    expect(secondsOf(2023, 2, 29)).toBeUndefined();
  });

  it("reads a day and names it back", () => {
    expect(parseDay("2022-02-06")).toBe(at(2022, 2, 6));
    expect(parseDay("2022-2-30")).toBeUndefined();
    expect(dayOf(at(2022, 2, 6, 23, 59))).toEqual({ year: 2022, month: 2, day: 6 });
  });
});
