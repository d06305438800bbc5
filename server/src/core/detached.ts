/**
 * A copy of a string that does not point into the text it was cut from. V8 keeps slices (of 13
 * characters or more) and concatenations as views of their parts, so a title or message kept
 * from one version to the next would keep that version's whole text alive.
 */
export function detached(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}
