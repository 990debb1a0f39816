/** Node's own UTF-8 encoder and SHA-256, lent to the core's input digest (core/report/input-hash.ts). */
import { createHash } from "node:crypto";
import type { DigestPrimitives } from "../core/report/input-hash";

export const NODE_DIGEST: DigestPrimitives = {
  utf8: (text) => Buffer.from(text, "utf8"),
  sha256: () => createHash("sha256"),
};
