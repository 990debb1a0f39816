import { ticketsComposite } from "../../../src/core/tickets/builtin-rules";
import type { FigureSet } from "../../../src/core/tickets/headline";
import { headlineRows } from "../../../src/core/tickets/headline-rows";
import { checkRules } from "../../../src/core/tickets/ticket-rules";

const checked = checkRules({ ...ticketsComposite, cutoff: "2022-02-06" });
if (!checked.ok) throw new Error("rules");

describe("headlineRows", () => {
  it("lists the figures there are, each rate with what it is of", () => {
    const all: FigureSet = {
      received: 200,
      onTheSpot: { count: 150, rate: 0.75 },
      transferred: { count: 50, rate: 0.25 },
      handled: { count: 49, rate: 0.98 },
      calledBack: 0,
      satisfied: { count: 0, rate: null },
      categories: [],
    };
    expect(headlineRows(all, checked.rules, "zh")).toEqual([
      { id: "received", label: "受理诉求", count: 200 },
      { id: "onTheSpot", label: "当场答复", count: 150, rate: 0.75, of: "占受理诉求" },
      { id: "transferred", label: "转部门办理", count: 50, rate: 0.25, of: "占受理诉求" },
      { id: "handled", label: "已办结", count: 49, rate: 0.98, of: "占转部门办理，截至2022-02-06" },
      { id: "calledBack", label: "回访", count: 0 },
      { id: "satisfied", label: "满意", count: 0, rate: null, of: "占回访" },
    ]);
    expect(headlineRows(all, checked.rules, "en")[3]?.of).toBe(
      "of Transferred to units, by 2022-02-06",
    );
  });
});
