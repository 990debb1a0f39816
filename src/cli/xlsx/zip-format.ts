/**
 * The numbers of the ZIP format an Excel package uses (PKWARE APPNOTE 4.3), shared by our reader
 * (package-parts.ts) and writer (deflated-package.ts).
 */
export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Compression methods: the part's bytes as they are, or raw deflate. */
export const STORED = 0;
export const DEFLATED = 8;
/** General-purpose flag bits: the part is encrypted (bit 0); its name is UTF-8 (bit 11). */
export const ENCRYPTED = 0x0001;
export const UTF8_NAME = 0x0800;
