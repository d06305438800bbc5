/**
 * The text of an XML file from its bytes: UTF-8 (with or without a BOM) or UTF-16 with a BOM,
 * which some CAT tools and memory exports write. Pure (`TextDecoder` exists in Node and browsers).
 */

/** Decodes `bytes`; a UTF-16 BOM selects UTF-16 (either byte order), anything else is UTF-8. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
