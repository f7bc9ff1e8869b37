import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { communeMatcher, METROPOLE_NORD_OUEST } from '../contract/territory.js';
import { MANUAL_KEYS } from '../contract/manual-keys.js';
import { buildSchemas } from '../contract/schemas.js';
import { isFileSystemError } from '../contract/issues.js';
import { outputProblem, TEXT_BLOCK_DESCRIPTIONS } from '../contract/messages-fr.js';
import { ALL_TEXT_BLOCKS, TEXTS_FOLDER } from '../contract/texts.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * `alpes-report init --year Y`: an empty year folder with every CSV's header row, taken
 * from the schemas, and a README saying what goes where. Never overwrites a file.
 */
export interface InitOptions {
  year: number;
  data: string;
}

/** Y-1's texts, to be edited rather than written from scratch (`build` says which stay unread). */
function previousTexts(dataDir: string, year: number): Map<string, Buffer> {
  const folder = path.join(dataDir, String(year - 1), TEXTS_FOLDER);
  const texts = new Map<string, Buffer>();
  if (!existsSync(folder)) return texts;
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.md')) texts.set(`${TEXTS_FOLDER}/${name}`, readFileSync(path.join(folder, name)));
  }
  return texts;
}

/**
 * A placeholder for each block Y-1 does not give: a comment only, so the text counts as absent
 * (`validate` and `build` say « texte absent ») until the analyst writes it, and never states
 * another year's facts.
 */
function placeholders(copied: ReadonlyMap<string, Buffer>): Map<string, string> {
  const files = new Map<string, string>();
  for (const block of ALL_TEXT_BLOCKS) {
    const file = `${TEXTS_FOLDER}/${block}.md`;
    if (copied.has(file)) continue;
    files.set(
      file,
      `<!-- À écrire : ${TEXT_BLOCK_DESCRIPTIONS[block]} (où il s’imprime, un exemple : docs/textes.md). Tant que ce fichier ne contient que des commentaires, rien n’est imprimé et validate/build le signalent. -->\n`,
    );
  }
  return files;
}

function scaffold(year: number): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  const schemas = Object.values(buildSchemas(communeMatcher(METROPOLE_NORD_OUEST)));
  for (const schema of schemas) {
    files.set(schema.path, `${Object.values(schema.columns).map((column) => column.header).join(';')}\n`);
  }
  const readme = [
    `# Données ${year}`,
    '',
    'Déposez ici les exports de l’année, un fichier par ligne ci-dessous, en gardant la ligne',
    'd’en-tête (séparateur `;`, UTF-8 ou export CSV d’Excel). Puis :',
    '',
    '```',
    `alpes-report validate --year ${year} --data <dossier des données>`,
    `alpes-report build --year ${year} --data <dossier des données>`,
    '```',
    '',
    '| fichier | contenu |',
    '|---|---|',
    ...schemas.map((schema) => `| ${schema.path} | ${schema.description} |`),
    '',
    'Clés possibles de manuel.csv (une ligne `Indicateur;Valeur;Commentaire` par chiffre) :',
    '',
    ...Object.entries(MANUAL_KEYS).map(([key, description]) => `- \`${key}\` : ${description}`),
    '',
    'Le PLIE est facultatif : s’il existe, créez `plie/participants.csv` et `plie/etapes.csv`',
    '(colonnes : `alpes-report schema`).',
    '',
    'La Maison de l’Emploi est facultative : ses journaux vont dans `mde/` (un fichier par journal,',
    'chacun facultatif : creation-entreprise, employeurs, contrats, clause-insertion, cyber-base,',
    'mobilite, siae, offres) et ses événements dans `actions/` avec `Structure` = `Maison de l\'Emploi`.',
    'Les données clés du territoire sont facultatives : s’il y en a, créez `territoire/population.csv`',
    '(une ligne par commune) et `territoire/emploi.csv` (salariés du secteur privé, demandeurs d’emploi).',
    '',
    'Le détail des colonnes et des valeurs admises : `alpes-report schema`.',
    '',
    `Les textes du rapport (mot du président, descriptifs, partenariats, événements datés) vont dans`,
    `\`${TEXTS_FOLDER}/\`, un fichier Markdown par bloc (liste et exemples : docs/textes.md). Ceux de ${year - 1},`,
    'quand ils existent, y ont été copiés : relisez chacun (dates, partenaires, chiffres) et modifiez-le ;',
    '`build` signale ceux qui sont restés identiques (« texte non relu »). Les autres blocs y ont un fichier',
    'qui ne contient qu’un commentaire « À écrire » : tant qu’il en est ainsi, le bloc compte comme absent',
    '(« texte absent ») ; écrivez le texte sous le commentaire.',
    '',
  ].join('\n');
  files.set('LISEZMOI.md', readme);
  return files;
}

export function runInit(options: InitOptions, io: Io): number {
  const folder = path.join(options.data, String(options.year));
  const files = scaffold(options.year);
  const texts = previousTexts(options.data, options.year);
  const toWrite = placeholders(texts);
  for (const [file, content] of texts) files.set(file, content);
  for (const [file, content] of toWrite) files.set(file, content);
  const existing = [...files.keys()].filter((file) => existsSync(path.join(folder, file)));
  if (existing.length > 0) {
    io.err(`Rien n’a été créé : ces fichiers existent déjà dans ${folder} et ne seront pas écrasés : ${existing.join(', ')}.`);
    return EXIT.outputFailed;
  }
  try {
    for (const [file, content] of files) {
      const target = path.join(folder, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content, { flag: 'wx' });
    }
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    io.err(`Impossible de préparer ${folder} : ${outputProblem(error.code)}. Vérifiez --data : ce doit être un dossier.`);
    return EXIT.outputFailed;
  }
  io.err(`Dossier ${folder} préparé : ${files.size - texts.size - toWrite.size} fichiers (en-têtes et LISEZMOI.md). Remplissez-les avec les exports ${options.year}.`);
  if (texts.size > 0) io.err(`${texts.size} textes de ${options.year - 1} copiés dans ${TEXTS_FOLDER}/ : relisez-les et mettez-les à jour (dates, partenaires, chiffres).`);
  if (toWrite.size > 0) io.err(`${toWrite.size} textes à écrire dans ${TEXTS_FOLDER}/ (un commentaire « À écrire » dit ce que chacun contient ; voir docs/textes.md).`);
  return EXIT.ok;
}
