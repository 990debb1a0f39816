import { recogniseLog, recogniseHeader } from "../../../src/core/tickets/read-ticket-log";
import { publishedGrid } from "../../helpers/fixtures";

describe("recognising a log", () => {
  it("finds the header under title rows and leaves personal columns unread, by header and by cells", () => {
    const values = [
      ["某市12345工单明细"],
      [],
      ["工单编号", "来电时间", "来电人", "备用号码", "承办单位", "诉求分类"],
      ["G1", "2022-01-01 08:00", "张三", "13812341234", "市住建局", "城市管理"],
      ["G2", "2022-01-01 09:00", "李四", "13912345678", "市交通局", "交通"],
    ];
    const log = recogniseLog({ sheet: "明细", top: 0, left: 0, values });
    expect(log?.layout.title).toBe("某市12345工单明细");
    expect(log?.layout.firstRow).toBe(3);
    expect(log?.layout.roles.map((r) => r.role)).toEqual(["id", "received", "unit", "category"]);
    expect(log?.layout.personal).toEqual([
      { column: 2, header: "来电人", kind: "name", by: "header" },
      { column: 3, header: "备用号码", kind: "phone", by: "cells" },
    ]);
    expect(log?.log.rows).toBe(2);
  });

  it("does not take a department table for a log", () => {
    for (const name of [
      "yueyang-2017-q2-hotline-composite",
      "shiyan-county-2020-q1-petition-towns",
      "jingzhou-2021-02-hotline-side-by-side",
    ])
      expect(recogniseHeader(publishedGrid(name).values)).toBeUndefined();
  });
});
