import { NARROW_NBSP, NBSP } from './format.js';

/**
 * French typography applied once to the rendered HTML, on text between tags only: tags (so
 * attribute values and data: URLs) and the content of <style> and <script> are left as they are.
 * Straight apostrophes become ’; `;`, `!` and `?` take a narrow no-break space before them, `:` a
 * no-break space, as the number formatting already does for `%` and `€`. A mark counts as
 * punctuation only when a space or the end of the text follows it, which leaves "14:30",
 * "https://" and the `;` closing an HTML entity alone.
 */
export function frenchTypography(html: string): string {
  return html.replace(/(<(style|script)\b[\s\S]*?<\/\2>|<[^>]*>)|([^<]+)/gi, (match, tag: string | undefined) =>
    tag === undefined ? typographText(match) : match,
  );
}

const ENTITY_BEFORE = /&#?[a-z0-9]+$/i;

function typographText(text: string): string {
  const apostrophes = text.replace(/'|&#x27;|&#39;/g, '’');
  return apostrophes.replace(/(?:\s|&nbsp;)*([;!?:])(?=\s|&nbsp;|$)/g, (match, mark: string, offset: number, whole: string) => {
    // An HTML entity's own `;` ("&amp;") is not punctuation.
    if (match === ';' && ENTITY_BEFORE.test(whole.slice(0, offset))) return match;
    return `${mark === ':' ? NBSP : NARROW_NBSP}${mark}`;
  });
}
