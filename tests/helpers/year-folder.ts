import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MANUAL_KEYS } from '../../src/contract/manual-keys.js';
import { ALL_TEXT_BLOCKS, TEXTS_FOLDER } from '../../src/contract/texts.js';
import { temporaryDir } from './report.js';

/**
 * A minimal valid year folder (every file, a few rows) that tests copy and break one
 * thing at a time. Files are written UTF-8 with `;` unless the test says otherwise.
 */
export const MINIMAL_FILES: Record<string, string> = {
  'imilo/jeunes.csv': [
    'Identifiant;Sexe;Date de naissance;Commune;QPV;Niveau de qualification;Date premier accueil;Permis B;Logement;RQTH',
    'A1;F;14/02/2005;Lambersart;Pacot-Vandracq;BAC;10/01/2024;Oui;Parents;Non',
    'A2;H;01/09/2006;Marcq-en-Baroeul;;Aucun diplôme;05/03/2024;Non;Précaire;Non',
    'A3;Homme;20/11/2001;SAINT ANDRE LEZ LILLE;;Supérieur au BAC;12/12/2022;N;Autonome;O',
  ].join('\n'),
  'imilo/evenements.csv': [
    'Identifiant;Date;Nature;Statut',
    'A1;10/01/2024;Entretien individuel;Réalisé',
    'A2;05/03/2024 09:30;Atelier;',
    'A3;2024-04-02;SMS;Réalisé',
  ].join('\n'),
  'imilo/propositions.csv': ['Identifiant;Date;Thème;Sous-thème', "A1;11/01/2024;Accès à l'emploi;", 'A2;06/03/2024;Insertion sociale;santé'].join('\n'),
  'imilo/situations.csv': [
    'Identifiant;Type;Sous-type;Date de début;Date de fin;Domaine;Qualifiante;Niveau préparé;Pays',
    'A1;Emploi;CDD;01/06/2024;31/08/2024;Transport et Logistique;;;',
    'A2;Formation;Conseil Régional;01/09/2024;;;Qualifiante;;',
  ].join('\n'),
  'imilo/dispositifs.csv': ["Identifiant;Dispositif;Date d'entrée;Date de sortie", 'A2;CEJ;01/04/2024;'].join('\n'),
  'imilo/aides.csv': [
    'Identifiant;Date;Type;Montant;Décision',
    'A2;15/05/2024;Allocation CEJ;1 241,43 €;Accordée',
    ';31/12/2024;Frais de gestion;28,80;Accordée',
  ].join('\n'),
  'actions/actions.csv': [
    'Identifiant action;Date;Type;Thème;Intitulé;Lieu;Exposants;Visiteurs;Entretiens',
    'AC1;02/02/2024;Atelier;CEJ;Atelier CV;MDE;;;',
  ].join('\n'),
  'actions/participations.csv': ['Identifiant action;Identifiant;Commune', 'AC1;A2;Marcq-en-Barœul', 'AC1;EXT9;Lille'].join('\n'),
  // Every key of the Mission Locale report (an absent key is a warning): the figures these tests read, then 1.
  'manuel.csv': [
    'Indicateur;Valeur;Commentaire',
    'cej.professionnels;12;',
    'labellisation.notes_4;22;audit du 19/06',
    ...Object.keys(MANUAL_KEYS)
      .filter((key) => !/^(plie|mde)\./.test(key) && key !== 'cej.professionnels' && key !== 'labellisation.notes_4')
      .map((key) => `${key};1;`),
  ].join('\n'),
};

/**
 * Every text left blank on purpose (an empty file prints nothing and warns nothing): these
 * folders test the data, and the missing-text warnings of validate and build are not their subject.
 */
const BLANK_TEXTS: Record<string, string> = Object.fromEntries(ALL_TEXT_BLOCKS.map((block) => [`${TEXTS_FOLDER}/${block}.md`, '']));

/** Writes a data folder `<root>/<year>/…` with the minimal files, replaced or removed as given. */
export function writeYearFolder(
  year = 2024,
  changes: Record<string, string | Buffer | null> = {},
  root = temporaryDir('alpes-data-'),
): string {
  const files: Record<string, string | Buffer | null> = { ...BLANK_TEXTS, ...MINIMAL_FILES, ...changes };
  for (const [relative, content] of Object.entries(files)) {
    if (content === null) continue;
    const target = path.join(root, String(year), relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, typeof content === 'string' ? `${content}\n` : content);
  }
  return root;
}

/** The minimal file with one line (1-based, header = 1) replaced. */
export function withLine(file: string, line: number, content: string): string {
  const lines = MINIMAL_FILES[file]!.split('\n');
  lines[line - 1] = content;
  return lines.join('\n');
}
