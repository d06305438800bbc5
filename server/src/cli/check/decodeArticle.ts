/**
 * The bytes of a file as the text of an article, or the reason they are not one: binary
 * content (a NUL byte in the first 8 KB, as git decides) and bytes that are not UTF-8 are
 * refused with a message; a UTF-16 file with a byte-order mark is decoded as UTF-16.
 */

/** The text, or why the file is not a text article. */
export type DecodedArticle = { readonly text: string } | { readonly refused: string };

const SNIFF_BYTES = 8000;

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { refused: 'binary file (it contains NUL bytes), not a Markdown article' };
  return decodeWith('utf-8', bytes);
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodedArticle {
  try {
    // `ignoreBOM: false` drops a UTF-8 byte-order mark, so offsets match what editors show.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { refused: `not valid ${encoding.toUpperCase()} (${firstInvalidByte(bytes, encoding)}): save it as UTF-8` };
  }
}

/** Where the first invalid sequence starts, for the message. */
function firstInvalidByte(bytes: Uint8Array, encoding: string): string {
  if (encoding !== 'utf-8') return 'an unpaired surrogate';
  // A prefix that decodes (a character cut at its end is pending, not invalid) stays valid when
  // shortened, so bisection finds the longest one; the byte after it is the first bad one.
  const decodes = (length: number, stream = true): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let valid = 0;
  let invalid = bytes.length;
  if (decodes(invalid)) return 'a character cut off at the end';
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (decodes(middle)) valid = middle;
    else invalid = middle;
  }
  // The bad sequence starts at its lead byte, up to three bytes before the one that broke it.
  while (valid > 0 && !decodes(valid, false)) valid--;
  return `byte 0x${bytes[valid].toString(16).padStart(2, '0')} at offset ${valid}`;
}
