import { builtinSchemes } from "../../../src/core/schemes/builtin";
import { knownHeaders, rankSchemes } from "../../../src/core/schemes/detect";
import { foldHeader } from "../../../src/core/table/header-text";

const fold = (headers: string[]) => headers.map(foldHeader);

describe("rankSchemes", () => {
  it("recognises each published table's headers as its scheme", () => {
    const yueyang = fold(
      "分组,部门名称,应办理数,办理数,办结率,超期办理数,按期办结率,返工数,返工率,抽查不满意数,群众满意率,综合指标值,等级评价".split(
        ",",
      ),
    );
    expect(rankSchemes(builtinSchemes(), yueyang)[0]?.scheme.id).toBe("hotline-composite");
    const weibo = fold(
      "微博号,转发数,发博数,评论数,原创微博数,原创转发,原创评论,总点赞数,BCI".split(","),
    );
    expect(rankSchemes(builtinSchemes(), weibo)[0]?.scheme.id).toBe("weibo-bci");
  });

  it("puts a scheme missing a required input behind one that has them all", () => {
    const petition = fold(["乡镇", "信件总数", "终审总数", "办结率"]);
    const [first, ...rest] = rankSchemes(builtinSchemes(), petition);
    expect(first?.scheme.id).toBe("petition-completion");
    expect(first?.missingRequired).toEqual([]);
    expect(rest.every((m) => m.missingRequired.length > 0)).toBe(true);
  });
});

describe("knownHeaders", () => {
  it("holds every synonym folded", () => {
    const known = knownHeaders(builtinSchemes());
    expect(known.has("应办理")).toBe(true);
    expect(known.has("bci")).toBe(true);
    expect(known.has("备注说明")).toBe(false);
  });
});
