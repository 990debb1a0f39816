/** Node's SHA-256, lent to the core's input digest (core/report/input-hash.ts). */
import { createHash } from "node:crypto";
import type { DigestPrimitives } from "../core/report/input-hash";

export const NODE_DIGEST: DigestPrimitives = {
  sha256: () => createHash("sha256"),
};
