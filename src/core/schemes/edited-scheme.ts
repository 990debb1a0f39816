/**
 * A scheme the clerk edited is a scheme of its own. A report made with her weights, zero rules or
 * grade bands must not be stamped "hotline-composite 1.0.0" as if it were the published method:
 * it gets an id and version of its own (the published one's plus a digest of the content, so the
 * same edits always give the same id), and `basedOn` says what it started from and what changed,
 * for the run record and the method sheet.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";
import type { GradeBand } from "../grade/grade";
import { zeroPolicyWord } from "../measures/ratio";
import { utf8Bytes } from "../text/utf8";
import { builtinScheme } from "./builtin";
import { nodeLabel } from "./index-words";
import type { IndexNode, LocalText, Scheme } from "./scheme";

/** JSON with its keys sorted, so equal content gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

/** What computes: everything but the scheme's names and identity. */
function content(scheme: Scheme): string {
  const { id: _id, version: _version, name: _name, source: _source, basedOn: _b, ...rest } = scheme;
  return canonical(rest);
}

function flatten(nodes: readonly IndexNode[]): IndexNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);
}

const bandsText = (bands: readonly GradeBand[] | undefined) =>
  (bands ?? []).map((b) => (b.min === undefined ? b.label : `${b.label}:${b.min}`)).join(",");

/** The changes from `base` to `edited`, one sentence each. */
export function schemeChanges(base: Scheme, edited: Scheme): LocalText[] {
  const changes: LocalText[] = [];
  const before = flatten(base.index?.nodes ?? []);
  const after = flatten(edited.index?.nodes ?? []);
  if (before.length === after.length)
    after.forEach((node, i) => {
      const old = before[i]?.weight;
      if (old !== undefined && old !== node.weight)
        changes.push({
          zh: `${nodeLabel(edited, node, "zh")}的权重 ${old} → ${node.weight}`,
          en: `weight of ${nodeLabel(edited, node, "en")} ${old} → ${node.weight}`,
        });
    });
  for (const measure of edited.measures) {
    const was = base.measures.find((m) => m.id === measure.id);
    if (measure.kind === "ratio" && was?.kind === "ratio" && was.zeroPolicy !== measure.zeroPolicy)
      changes.push({
        zh: `${measure.label.zh}分母为0时：${zeroPolicyWord("zh", was.zeroPolicy)} → ${zeroPolicyWord("zh", measure.zeroPolicy)}`,
        en: `${measure.label.en} with a zero denominator: ${zeroPolicyWord("en", was.zeroPolicy)} → ${zeroPolicyWord("en", measure.zeroPolicy)}`,
      });
  }
  if (bandsText(base.grades) !== bandsText(edited.grades))
    changes.push({
      zh: `等级标准 ${bandsText(base.grades) || "无"} → ${bandsText(edited.grades) || "无"}`,
      en: `grade bands ${bandsText(base.grades) || "none"} → ${bandsText(edited.grades) || "none"}`,
    });
  // Whatever else differs (a weight edit also stops checking the printed score and grade).
  const explained: Scheme = {
    ...base,
    index: edited.index,
    measures: edited.measures,
    grades: edited.grades,
    fields: edited.fields,
  };
  if (changes.length === 0 || content(explained) !== content(edited))
    if (content(base) !== content(edited))
      changes.push({ zh: "其他设置已修改", en: "other settings changed" });
  return changes;
}

/**
 * The scheme a run really uses: `scheme` with the clerk's grade bands, given its own identity when
 * it differs from the published scheme it claims to be (a built-in of the same id, or `base`).
 */
export function schemeAsRun(
  scheme: Scheme,
  options: { grades?: readonly GradeBand[] | undefined; base?: Scheme | undefined } = {},
): Scheme {
  const used: Scheme = options.grades ? { ...scheme, grades: [...options.grades] } : scheme;
  const base =
    options.base ??
    (scheme.basedOn ? builtinScheme(scheme.basedOn.id) : undefined) ??
    builtinScheme(scheme.id);
  // The published scheme itself (the common run): nothing to compare — its content written out
  // twice was a fifth of a 100-unit run (#21).
  if (base === used) return used;
  if (!base || content(base) === content(used)) return base && used.basedOn ? base : used;
  const digest = bytesToHex(sha256(utf8Bytes(content(used)))).slice(0, 8);
  return {
    ...used,
    id: `${base.id}-edited-${digest}`,
    version: `${base.version}+${digest}`,
    basedOn: { id: base.id, version: base.version, changes: schemeChanges(base, used) },
  };
}
