import { FIGURE_SECTION_IDS, FIGURE_SECTIONS, FIGURE_TABLES, FIGURES, MANUAL_NOTE, SHARE_NOTE } from './figures.js';

/** Pipes and line breaks would break a markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/**
 * docs/indicateurs.md, for analysts: every figure of metrics.json with its label, unit and
 * definition, by section and table (written by scripts/write-indicateurs.ts; a test checks
 * the committed file is up to date).
 */
export function figuresMarkdown(): string {
  const lines = [
    '# Indicateurs : ce que compte chaque chiffre',
    '',
    '<!-- Généré depuis src/contract/figures.ts par `npx tsx scripts/write-indicateurs.ts` : ne pas modifier à la main. -->',
    '',
    'Chaque chiffre de `metrics.json` avec son libellé, son unité et sa définition. La clé est celle',
    'de `alpes-report diff --format json` et de `alpes-report explain` : `[*]` désigne une ligne de',
    'tableau (une commune, un événement…), `*` une modalité (tranche d’âge, niveau, type…) ; le',
    'libellé les reprend en `{1}`, `{2}`. Les montants sont en euros (centimes dans `metrics.json`).',
    '« Dans l’année » : du 1er janvier au 31 décembre inclus.',
    '',
    `- Unité % (une part) : ${SHARE_NOTE}`,
    `- Unité « nombre » : ${MANUAL_NOTE}`,
    '',
  ];
  for (const section of FIGURE_SECTION_IDS) {
    lines.push(`## ${FIGURE_SECTIONS[section]} (\`${section}\`)`, '');
    for (const table of FIGURE_TABLES.filter((entry) => entry.section === section)) {
      const rows = FIGURES.filter((figure) => figure.section === section && figure.table === table.title && (figure.key === table.prefix || figure.key.startsWith(`${table.prefix}.`)));
      if (rows.length === 0) continue;
      lines.push(`### ${table.title}`, '', table.definition, '', '| clé | libellé | unité | précision |', '|---|---|---|---|');
      for (const figure of rows) {
        const own = figure.definition.startsWith(table.definition) ? figure.definition.slice(table.definition.length) : figure.definition;
        const extra = own.replace(SHARE_NOTE, '').replace(MANUAL_NOTE, '').trim();
        lines.push(`| \`${cell(figure.key)}\` | ${cell(figure.label)} | ${cell(figure.unit)} | ${cell(extra)} |`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
