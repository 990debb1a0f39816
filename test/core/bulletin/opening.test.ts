import { openingParagraphs } from "../../../src/core/bulletin/opening";
import type { Headline } from "../../../src/core/tickets/headline";

const headline: Headline = {
  kind: "tickets",
  all: {
    received: 200,
    onTheSpot: { count: 150, rate: 0.75 },
    transferred: { count: 50, rate: 0.25 },
    handled: { count: 49, rate: 0.98 },
    categories: [{ name: "城市管理类", count: 81, share: 0.405 }],
  },
  byType: [],
  columns: [],
  busiest: [],
  cutoff: "2022-02-06",
  notes: [],
};

describe("openingParagraphs", () => {
  it("says the figures half-up at the bulletin's precision, growth on last period's", () => {
    const [first, categories] = openingParagraphs(
      { headline, validOnly: false, previous: { received: 160 }, against: "同比" },
      "2022年1月",
      "zh",
    );
    // (200 − 160) / 160 = 25.0 %.
    expect(first).toBe(
      "2022年1月，受理市民诉求共200件，同比增加40件，增幅25.0%，其中当场答复150件，当场答复率75.00%；转部门办理50件，截至2月6日已办结49件，办结率为98.00%。",
    );
    expect(categories).toBe("热点诉求中，城市管理类81件，占40.50%。");
  });

  it("speaks English", () => {
    const [first] = openingParagraphs(
      { headline, validOnly: true, against: "last year" },
      "2022-01",
      "en",
    );
    expect(first).toBe(
      "In 2022-01, 200 valid requests were received; 150 were answered on the spot (75.00%); 50 were transferred to units, of which 49 were handled by 6 Feb (98.00%).",
    );
  });
});
