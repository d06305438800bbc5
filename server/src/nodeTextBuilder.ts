/**
 * The Node way to make a large text's next version (see `textSplice.ts`): a UTF-16 buffer mirrors
 * the document's text, an edit moves the bytes after it and writes the inserted ones, and the new
 * string is read back from the buffer. Node hands a string of that size to V8 as an external
 * string over the copied bytes, flat from the start, so no version is ever flattened by V8.
 * UTF-16LE both ways keeps every code unit, lone surrogates included. The mirror is one more copy
 * of the text, outside the V8 heap.
 */
import { Buffer } from 'node:buffer';
import { concatenation, type TextBuilders } from './textSplice';

/** Below this many code units concatenation is as fast. */
const MIRRORED_FROM = 1 << 18;

export const nodeTextBuilders: TextBuilders = () => {
  const concatenated = concatenation();
  /** The code units of the builder's last result, when it was mirrored. */
  let mirror: Buffer | undefined;
  return {
    splice(text, start, end, inserted) {
      const length = text.length - (end - start) + inserted.length;
      if (length < MIRRORED_FROM) {
        mirror = undefined;
        return concatenated.splice(text, start, end, inserted);
      }
      if (!mirror || mirror.length < length * 2) {
        // Room to grow, so typing does not reallocate it.
        const grown = Buffer.allocUnsafeSlow((length + (length >> 3) + 4096) * 2);
        if (mirror) mirror.copy(grown, 0, 0, text.length * 2);
        else grown.write(text, 0, 'utf16le');
        mirror = grown;
      }
      mirror.copyWithin((start + inserted.length) * 2, end * 2, text.length * 2);
      mirror.write(inserted, start * 2, 'utf16le');
      return mirror.toString('utf16le', 0, length * 2);
    },
  };
};
