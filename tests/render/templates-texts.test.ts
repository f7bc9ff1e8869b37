import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_TEXT_BLOCKS } from '../../src/contract/texts.js';
import { TEMPLATES_DIR } from '../../src/render/html.js';

/**
 * Issue #14: the year's facts live in <year>/textes/, never in templates/. The templates keep
 * the structure and the sentences computed from data; every block they print is one of the
 * blocks the code lists, and docs/textes.md describes each one for the analyst.
 */
const templates = [
  ...readdirSync(TEMPLATES_DIR).filter((file) => file.endsWith('.hbs')),
  ...readdirSync(path.join(TEMPLATES_DIR, 'partials')).map((file) => path.join('partials', file)),
].map((file) => ({ file, source: readFileSync(path.join(TEMPLATES_DIR, file), 'utf8') }));

/** The code's own files: no sentence of the year hides there either (the glossary of acronyms is vocabulary). */
function sourceFiles(folder: string): { file: string; source: string }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && entry.name !== 'acronyms.ts' ? [{ file, source: readFileSync(file, 'utf8') }] : [];
  });
}
const sources = sourceFiles(path.resolve(import.meta.dirname, '../../src'));

/** What a template prints: Handlebars comments (notes for developers) left out. */
function printed(source: string): string {
  return source.replace(/\{\{!--[\s\S]*?--\}\}/g, '').replace(/\{\{![\s\S]*?\}\}/g, '');
}

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

describe('templates/', () => {
  it('state no dated fact: no year and no calendar date outside a comment', () => {
    for (const { file, source } of templates) {
      const text = printed(source);
      expect(text.match(/\b(19|20)\d{2}\b/g), file).toBeNull();
      // The year's bounds ("au 31 décembre", a definition) are no event.
      const days = (text.match(new RegExp(`\\b\\d{1,2}(er)?\\s+(${MONTHS})\\b`, 'gi')) ?? []).filter((day) => !['1er janvier', '31 décembre'].includes(day));
      expect(days, file).toEqual([]);
      expect(text.match(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g), file).toBeNull();
    }
  });

  it('hold none of the descriptions the published reports give for the year (now in textes/), nor does src/', () => {
    // Fragments of seed 001 (2024) and seed 000 (2023): staffing, partners, action descriptions.
    const fragments = [
      'Chargée de Projet',
      'rendez-vous tripartites',
      'Module 1',
      'repérer ses capacités',
      'risques de rupture',
      'Levée des freins',
      'diagnostic social',
      'Suivi global',
      'succession d\'étapes',
      'publics les plus éloignés',
      'Prospection, sensibilisation',
      'qui s\'implantent',
      'UNML',
      'prospectées par la ML',
      'Comité des usagers, qui a vocation',
      'partenariats et bourses mobilisables',
      'univers qu\'ils ne connaissaient pas',
      'Diverses aides ont été octroyées',
      'phase collective CEJ',
      'Sciences Po',
      'CPAM Lille-Douai',
      // Each departure programme's wording (seed 001, 8. b.), now textes/08-mobilite-departs.md.
      'de 3 mois',
      'dans le cadre du projet',
      'avec l\'ONG',
      'avec l\'ADICE',
      'avec l\'OFCI',
      // How the CEJ's professionals work, and the MDE's partners (seed 000).
      'de façon intensive',
      'partenaires de la création',
      'agences d\'intérim',
    ];
    const straight = (text: string) => text.replace(/’/g, "'");
    for (const { file, source } of [...templates.map(({ file, source }) => ({ file, source: printed(source) })), ...sources]) {
      for (const fragment of fragments) expect(straight(source), `${file}: ${fragment}`).not.toContain(fragment);
    }
  });

  it('print only the blocks the code lists, and print each of them somewhere', () => {
    const used = new Set(templates.flatMap(({ source }) => [...source.matchAll(/\{\{#?(?:\(?)(?:hasText|text|hasEntry|entry) "([^"]+)"/g)].map((match) => match[1]!)));
    expect([...used].sort()).toEqual([...ALL_TEXT_BLOCKS].sort());
  });
});

describe('docs/textes.md', () => {
  it('describes every block in its table, and no other', () => {
    const docs = readFileSync(path.resolve(import.meta.dirname, '../../docs/textes.md'), 'utf8');
    const rows = [...docs.matchAll(/^\| `([a-z0-9-]+)\.md` \|/gm)].map((match) => match[1]!);
    expect(rows.sort()).toEqual([...ALL_TEXT_BLOCKS].sort());
  });
});
