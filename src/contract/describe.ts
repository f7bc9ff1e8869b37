import { communeMatcher, METROPOLE_NORD_OUEST } from './territory.js';
import { MANUAL_KEYS } from './manual-keys.js';
import { contractFiles } from './files.js';
import type { ColumnSpec } from './schemas.js';
import { TERRITORY_INDICATORS } from './territory-schemas.js';

/**
 * The input contract as Markdown, generated from the zod schemas' column specs and the
 * manuel.csv key list. `alpes-report schema` prints it and docs/input-files.md is this text
 * (a test fails when they differ), so the documentation cannot drift from the code.
 */
export function describeContract(): string {
  const communes = communeMatcher(METROPOLE_NORD_OUEST);
  const schemas = contractFiles(communes);
  const lines: string[] = [
    '# Fichiers d’entrée (généré par `alpes-report schema`)',
    '',
    'Chaque année est un dossier `<données>/<année>/`. Séparateur `;` (ou `,`, tabulation), UTF-8 avec ou sans BOM ou Windows-1252,',
    'dates `jj/mm/aaaa` ou `aaaa-mm-jj` (heure facultative), montants `1 241,43 €`, oui/non `Oui`/`Non` (`O`/`N`, `1`/`0`).',
    'Les en-têtes et les valeurs se comparent sans tenir compte de la casse, des accents ni des espaces, tirets et `_`.',
    '',
  ];
  for (const schema of schemas) {
    lines.push(`## ${schema.path}`, '', schema.description, '', '| colonne | obligatoire | contenu |', '|---|---|---|');
    for (const spec of Object.values(schema.columns) as ColumnSpec[]) {
      const personal = spec.personal ? ' (donnée personnelle : jamais recopiée dans les messages)' : '';
      lines.push(`| ${spec.header} | ${spec.required ? 'oui' : 'non'} | ${spec.description}${personal} |`);
    }
    lines.push('');
  }
  lines.push('## Clés de manuel.csv', '', '| Indicateur | signification |', '|---|---|');
  for (const [key, description] of Object.entries(MANUAL_KEYS)) lines.push(`| \`${key}\` | ${description} |`);
  lines.push('', '## Indicateurs de territoire/emploi.csv', '', '| Indicateur | chiffre |', '|---|---|');
  for (const [key, description] of Object.entries(TERRITORY_INDICATORS)) lines.push(`| \`${key}\` | ${description} |`);
  lines.push('', `Territoire par défaut : ${METROPOLE_NORD_OUEST.name} (${METROPOLE_NORD_OUEST.communes.join(', ')}).`, '');
  return lines.join('\n');
}
