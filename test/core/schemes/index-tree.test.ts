import { foldIndex, type IndexAlgebra } from "../../../src/core/schemes/index-tree";
import type { IndexNode } from "../../../src/core/schemes/scheme";

const leaf = (value: string, weight: number): IndexNode => ({
  weight,
  leaf: { value, transform: "identity" },
});

describe("foldIndex", () => {
  const nodes: IndexNode[] = [
    leaf("a", 2),
    { weight: 3, children: [leaf("b", 0.5), { weight: 1, children: [leaf("c", 4)] }] },
  ];

  it("folds bottom-up: 2·a + 3·(0.5·b + 1·(4·c)) with a=1, b=2, c=3 is 2 + 3·(1 + 12) = 41", () => {
    const values: Record<string, number> = { a: 1, b: 2, c: 3 };
    const value: IndexAlgebra<number> = {
      leaf: (l) => values[l.value] ?? NaN,
      sum: (parts) => parts.reduce((s, p) => s + p.weight * p.value, 0),
    };
    expect(foldIndex({ nodes }, value)).toBe(41);
  });

  it("gives each sum the depth of its parts and its node (none at the top)", () => {
    const seen: string[] = [];
    const trace: IndexAlgebra<string> = {
      leaf: (l) => l.value,
      sum: (parts, node, depth) => {
        seen.push(`${node ? "node" : "top"}@${depth}:${parts.map((p) => p.value).join(",")}`);
        return `(${parts.map((p) => p.value).join("+")})`;
      },
    };
    expect(foldIndex({ nodes }, trace)).toBe("(a+(b+(c)))");
    expect(seen).toEqual(["node@2:c", "node@1:b,(c)", "top@0:a,(b+(c))"]);
  });
});
