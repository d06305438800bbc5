/**
 * Writing XML text: escaping for content and attributes, and the characters XML 1.0 cannot
 * hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
 */

/** Escapes text content. `\r` becomes a character reference so parsers keep it (they turn CR LF into LF). */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (character) => TEXT_ESCAPES[character]);
}

/** Escapes an attribute value (double-quoted); white space other than spaces stays exact. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, (character) => ATTRIBUTE_ESCAPES[character]);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

/** The first character XML 1.0 cannot represent (not even as a reference), or undefined. */
export function firstNonXmlCharacter(text: string): string | undefined {
  const match = NON_XML.exec(text);
  return match ? match[0] : undefined;
}

// C0 controls but tab, LF, CR; U+FFFE/U+FFFF; surrogates not in a pair.
// eslint-disable-next-line no-control-regex
const NON_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `U+0001` style name of a character, for messages. */
export function describeCharacter(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
