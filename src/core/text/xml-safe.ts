/**
 * Text made safe for the XML inside .xlsx and .docx files: characters XML 1.0 cannot hold —
 * control characters other than tab and line breaks, the non-characters U+FFFE/U+FFFF and lone
 * surrogates — become U+FFFD (�), visibly, instead of making Word or Excel refuse the file.
 */
const ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL, "\ufffd");
}
