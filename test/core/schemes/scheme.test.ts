import { builtinScheme } from "../../../src/core/schemes/builtin";
import { SchemeSchema } from "../../../src/core/schemes/scheme";

const composite = builtinScheme("hotline-composite")!;

describe("SchemeSchema", () => {
  it("takes a built-in scheme as it is, and fills its defaults", () => {
    const parsed = SchemeSchema.parse({ ...composite, relations: undefined, bulletin: undefined });
    expect(parsed.relations).toEqual([]);
    expect(parsed.bulletin).toEqual({ vocabulary: "handling", totals: [] });
  });

  it("refuses an id that is not lower-case words, and a node with both a leaf and children", () => {
    expect(SchemeSchema.safeParse({ ...composite, id: "My Scheme" }).success).toBe(false);
    const node = {
      weight: 1,
      leaf: { value: "due", transform: "identity" },
      children: [{ weight: 1, leaf: { value: "due", transform: "identity" } }],
    };
    const index = { ...composite.index!, nodes: [node] };
    expect(SchemeSchema.safeParse({ ...composite, index }).success).toBe(false);
  });
});
