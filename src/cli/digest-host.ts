/** Node's SHA-256, lent to the core's input digest (core/report/input-hash.ts). */
import { createHash } from "node:crypto";
import { keepShape } from "../core/keep-shape";
import type { DigestPrimitives } from "../core/report/input-hash";

export const NODE_DIGEST: DigestPrimitives = {
  sha256: () => createHash("sha256"),
};

// One hash kept, so V8 keeps its hidden class and the digest's optimised loop across runs
// (core/keep-shape.ts): without it every run after a full collection re-warmed inputHash.
keepShape(createHash("sha256"));
