/**
 * A file that cannot be exchanged at all (malformed XML, another article's XLIFF, the wrong
 * language, too large): nothing is written, and the message says why in the user's terms.
 */
export class InterchangeError extends Error {}
