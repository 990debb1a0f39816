import { ticketsComposite } from "../../../src/core/tickets/builtin-rules";
import { headlineOf } from "../../../src/core/tickets/headline";
import { resolveRules } from "../../../src/core/tickets/resolve-rules";
import { categoryKey, type TicketTally } from "../../../src/core/tickets/tally";
import { checkRules } from "../../../src/core/tickets/ticket-rules";

const checked = checkRules(ticketsComposite);
if (!checked.ok) throw new Error("rules");
const resolved = resolveRules(
  checked.rules,
  new Set(["unit", "mode", "closed", "callback", "type", "category", "group", "urgent", "dueBy"]),
);
const ids = resolved.counters.map((c) => c.counter.id);
const counts = (v: Record<string, number>) => ids.map((id) => v[id] ?? 0);

const tally: TicketTally = {
  counters: ids,
  rows: 10,
  total: counts({
    received: 10,
    onTheSpot: 6,
    transferred: 4,
    handled: 3,
    calledBack: 3,
    satisfied: 2,
    urgent: 2,
    urgentInTime: 1,
  }),
  units: [
    { key: "A", group: "县市区", counts: counts({ transferred: 3 }) },
    { key: "B", group: "县市区", counts: counts({ transferred: 1 }) },
  ],
  byType: [
    { key: "投诉", counts: counts({ received: 6 }) },
    { key: "咨询", counts: counts({ received: 3 }) },
    { key: "", counts: counts({ received: 1 }) },
  ],
  byCategory: [
    { key: categoryKey("", "交通"), counts: counts({ received: 3 }) },
    { key: categoryKey("", "城管"), counts: counts({ received: 7 }) },
  ],
  byColumn: [],
  trace: [],
};

describe("headlineOf", () => {
  const h = headlineOf(tally, resolved);
  it("divides each part by its own whole", () => {
    expect(h.all.onTheSpot).toEqual({ count: 6, rate: 0.6 });
    expect(h.all.handled).toEqual({ count: 3, rate: 0.75 });
    expect(h.all.satisfied).toEqual({ count: 2, rate: 2 / 3 });
    expect(h.all.urgentInTime).toEqual({ count: 1, rate: 0.5 });
  });
  it("ranks categories and types by count, shares of everything received", () => {
    expect(h.all.categories).toEqual([
      { name: "城管", count: 7, share: 0.7 },
      { name: "交通", count: 3, share: 0.3 },
    ]);
    expect(h.byType.map((t) => t.name)).toEqual(["投诉", "咨询"]);
    expect(h.busiest).toEqual([
      {
        group: "县市区",
        units: [
          { name: "A", count: 3 },
          { name: "B", count: 1 },
        ],
      },
    ]);
  });
  it("says when the types do not add up to what was received", () => {
    expect(h.notes.map((n) => n.zh)).toEqual(["各诉求类型合计9件，受理总量10件：1件未填诉求类型"]);
  });
});
