/**
 * Recognizing locale codes in paths: `fr-fr`, `zh-cn`, `sr-latn-rs`. Docs folders such as
 * `how-to` or `ci-docs` look alike, so the language part must be one the localization
 * repositories really publish in.
 */

const LANGUAGES = new Set(
  (
    'af am ar as az be bg bn bs ca cs cy da de el en es et eu fa fi fr ga gd gl gu ha he hi hr hu hy id ig ' +
    'is it ja ka kk km kn ko kok ky lb lo lt lv mi mk ml mn mr ms mt nb ne nl nn or pa pl prs ps pt qu ro ru ' +
    'rw sd si sk sl sq sr sv sw ta te tg th ti tk tn tr tt ug uk ur uz vi wo xh yo zh zu'
  ).split(' '),
);

const LOCALE_SHAPE = /^([a-z]{2,3})(?:-[a-z]{4})?-[a-z]{2}$/;

/** The English locale that originals carry in locale-folder layouts. */
export const ENGLISH_LOCALE = 'en-us';

/** Whether a path segment (any case) is a locale code such as `fr-FR` or `sr-Latn-RS`. */
export function isLocaleCode(segment: string): boolean {
  const match = LOCALE_SHAPE.exec(segment.toLowerCase());
  return match !== null && LANGUAGES.has(match[1]);
}

/** Whether a locale is English (`en-us`, `en-gb`, …). */
export function isEnglishLocale(locale: string | undefined): boolean {
  return locale !== undefined && locale.toLowerCase().startsWith('en-');
}
