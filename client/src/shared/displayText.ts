/** Text from the article made fit for one-line UI: labels, descriptions, quick pick rows. */

/** The text on one line, runs of whitespace (line breaks included) made single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A heading title as a reader sees it: inline tags and Markdown emphasis markers dropped. */
export function plainTitle(title: string): string {
  return oneLine(title.replace(/<[^>]+>/g, '').replace(/[*_`]/g, ''));
}
