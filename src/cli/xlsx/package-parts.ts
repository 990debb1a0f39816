/**
 * An Excel package's parts in memory, by path, in their order in the file: read from a ZIP (its
 * entries stored, as exceljs writes them when asked, or deflated, as Excel saves them), changed
 * part by part, and deflated into a new file by deflated-package.ts.
 *
 * Read here, synchronously, rather than by JSZip (#21): JSZip hands every part out through a
 * promise driven by setImmediate, so a 100-unit report spent ~4 ms waiting on its ~20 parts, and
 * reading the input again for long merges ~1 ms — the whole of a small report is ~25 ms. What a
 * package needs of the format is small: the central directory at the end (PKWARE APPNOTE 4.3.16),
 * each entry's local header (4.3.7) and raw deflate (inflated by Node's zlib). Not read: ZIP64,
 * encryption, and methods other than store and deflate — no Excel package uses them, and such a
 * file is refused with `PackageError` (a reader of the clerk's file then leaves it as it is).
 */
import * as zlib from "node:zlib";
import {
  CENTRAL_HEADER,
  DEFLATED,
  ENCRYPTED,
  END_OF_CENTRAL_DIRECTORY,
  LOCAL_HEADER,
  STORED,
} from "./zip-format";

export class PackageError extends Error {}

const END_RECORD_SIZE = 22;
/** The end record's comment is at most 65 535 bytes: it starts no further from the end than that. */
const LONGEST_COMMENT = 0xffff;

/** A part as the file holds it, unpacked when first asked for: a reader of a few parts inflates no others (a logo, the shared strings). */
interface Packed {
  method: number;
  bytes: Uint8Array;
  size: number;
}

export class PackageParts {
  /** Each part's content: as the file packs it, bytes, or text as last set or read (Map: the file's order, new parts last). */
  private readonly parts = new Map<string, Packed | Uint8Array | string>();

  /** A package's parts, read from its ZIP bytes. Throws PackageError where they cannot be read. */
  static read(zip: Uint8Array): PackageParts {
    const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = endRecord(bytes);
    const count = bytes.readUInt16LE(end + 10);
    const directorySize = bytes.readUInt32LE(end + 12);
    const directoryStart = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff)
      throw new PackageError("a ZIP64 package");
    if (directoryStart + directorySize > end)
      throw new PackageError("the central directory lies past its end");
    const package_ = new PackageParts();
    let at = directoryStart;
    for (let k = 0; k < count; k++) {
      if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_HEADER)
        throw new PackageError(`entry ${k + 1} of the central directory is damaged`);
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const packedSize = bytes.readUInt32LE(at + 20);
      const size = bytes.readUInt32LE(at + 24);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const local = bytes.readUInt32LE(at + 42);
      const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
      at += 46 + nameLength + extraLength + commentLength;
      if (name.endsWith("/")) continue; // a folder: no content
      if (flags & ENCRYPTED) throw new PackageError(`${name} is encrypted`);
      package_.parts.set(name, packedEntry(bytes, local, name, method, packedSize, size));
    }
    return package_;
  }

  /** The parts' paths, in the file's order (parts added since, last). */
  paths(): string[] {
    return [...this.parts.keys()];
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  /** A part as text (UTF-8), or undefined where the package has no such part. */
  text(path: string): string | undefined {
    const content = this.parts.get(path);
    if (content === undefined || typeof content === "string") return content;
    const bytes = this.unpacked(path, content);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    // Kept as text: a part read again (a sheet's relationships) is not decoded twice.
    this.parts.set(path, text);
    return text;
  }

  /** A part as bytes (text encoded as UTF-8), or undefined where the package has no such part. */
  bytes(path: string): Uint8Array | undefined {
    const content = this.parts.get(path);
    if (content === undefined) return undefined;
    if (typeof content === "string") return Buffer.from(content, "utf8");
    return this.unpacked(path, content);
  }

  /** A part replaced (in its place) or added (last). */
  set(path: string, content: string | Uint8Array): void {
    this.parts.set(path, content);
  }

  private unpacked(path: string, content: Packed | Uint8Array): Uint8Array {
    if (content instanceof Uint8Array) return content;
    const bytes = unpack(path, content);
    this.parts.set(path, bytes);
    return bytes;
  }
}

/** Where the end-of-central-directory record starts: the last one, read back from the end. */
function endRecord(bytes: Buffer): number {
  const last = bytes.length - END_RECORD_SIZE;
  const first = Math.max(0, last - LONGEST_COMMENT);
  for (let at = last; at >= first; at--)
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  throw new PackageError("not a ZIP file (no end-of-central-directory record)");
}

/** An entry's packed bytes, found from its local header; checked for what can be checked before unpacking. */
function packedEntry(
  bytes: Buffer,
  local: number,
  name: string,
  method: number,
  packedSize: number,
  size: number,
): Packed {
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER)
    throw new PackageError(`${name}: its local header is damaged`);
  // The local header's own name and extra lengths: its extra field may differ from the directory's.
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (start + packedSize > bytes.length)
    throw new PackageError(`${name} runs past the end of the file`);
  if (method !== STORED && method !== DEFLATED)
    throw new PackageError(`${name} is packed by method ${method}, not store or deflate`);
  return { method, bytes: bytes.subarray(start, start + packedSize), size };
}

/** A part's bytes: stored ones as they are, deflated ones inflated. */
function unpack(name: string, packed: Packed): Uint8Array {
  let content: Uint8Array = packed.bytes;
  if (packed.method === DEFLATED) {
    try {
      // No more than the directory says: a part that inflates past it is refused, not followed.
      content = zlib.inflateRawSync(packed.bytes, { maxOutputLength: Math.max(1, packed.size) });
    } catch {
      throw new PackageError(`${name}: its deflated data is damaged`);
    }
  }
  if (content.length !== packed.size)
    throw new PackageError(`${name} is not as long as the directory says`);
  return content;
}
