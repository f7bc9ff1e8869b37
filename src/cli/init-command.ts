import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { communeMatcher, METROPOLE_NORD_OUEST } from '../contract/territory.js';
import { MANUAL_KEYS } from '../contract/manual-keys.js';
import { buildSchemas } from '../contract/schemas.js';
import { isFileSystemError } from '../contract/issues.js';
import { outputProblem } from '../contract/messages-fr.js';
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

function scaffold(year: number): Map<string, string> {
  const files = new Map<string, string>();
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
  ].join('\n');
  files.set('LISEZMOI.md', readme);
  return files;
}

export function runInit(options: InitOptions, io: Io): number {
  const folder = path.join(options.data, String(options.year));
  const files = scaffold(options.year);
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
  io.err(`Dossier ${folder} préparé : ${files.size} fichiers (en-têtes et LISEZMOI.md). Remplissez-les avec les exports ${options.year}.`);
  return EXIT.ok;
}
