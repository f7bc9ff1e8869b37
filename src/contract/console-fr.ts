import { fileSystemProblem, outputProblem } from './messages-fr.js';

/**
 * Everything the tool says in French besides the issues (worded by code in messages-fr.ts) and
 * the report (templates/): the commands' help, outcomes and refusals, the words of `diff` and
 * `explain`, the `init` README, the PDF footer's title. Each sentence is a function of the typed
 * data it quotes, or a constant when it quotes none. The code imports it as `words`.
 */

const quote = (text: string) => `« ${text} »`;

/** French number: narrow no-break space between thousands, decimal comma. */
export function frenchNumber(value: number, grouped = true, fixedDecimals?: number): string {
  const [whole, decimals] = (fixedDecimals === undefined ? String(Math.abs(value)) : Math.abs(value).toFixed(fixedDecimals)).split('.');
  const digits = grouped ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f') : whole!;
  return `${value < 0 ? '-' : ''}${digits}${decimals ? `,${decimals}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// The command line (cli/main.ts, cli/options.ts)

/** `--help`, command by command. */
export const help = {
  program: 'Génère le rapport d’activité annuel (Mission Locale) à partir des exports I-MILO.',
  afterError: '(utilisez --help pour l’aide)',
  helpOption: 'affiche l’aide de la commande',
  helpCommand: 'affiche l’aide d’une commande',
  /** commander's section titles. */
  titles: { 'Usage:': 'Utilisation :', 'Options:': 'Options :', 'Commands:': 'Commandes :', 'Arguments:': 'Arguments :' } as Readonly<Record<string, string>>,
  choices: (values: readonly string[]) => `valeurs : ${values.join(', ')}`,
  default: (value: string) => `défaut : ${value}`,
  year: 'année du rapport, par ex. 2024',
  data: 'dossier des données (contient <année>/imilo/…)',
  config: 'fichier de configuration (défaut : <données>/alpes-report.config.json s’il existe)',
  build: {
    description: 'valide les données, calcule les indicateurs et écrit le rapport dans <out>/<année>/',
    out: 'dossier de sortie',
    format: 'formats à écrire, séparés par des virgules (html, json, pdf, xlsx, fiches : une fiche HTML et PDF par commune)',
    report: 'ml : rapport de la Mission Locale ; alpes : rapport complet ALPES (PLIE, Mission Locale)',
    quiet: 'n’affiche que les erreurs et avertissements',
    previous: 'métriques de l’année précédente (d’une génération antérieure), quand <données>/<année-1>/ n’existe pas',
    browser: 'navigateur à utiliser pour le PDF (sinon recherche automatique)',
    check: 'valide et calcule seulement : aucun rendu, aucun fichier écrit',
    verbose: 'affiche la durée de chaque étape',
    json: 'journal en JSON sur la sortie standard (pour la CI), rien sur la sortie d’erreur',
    strict: 'tout avertissement fait échouer la génération (code 3, rien n’est écrit)',
    examples:
      '\nExemples :\n  alpes-report build --year 2024 --data fixtures\n  alpes-report build --year 2024 --format html,json --quiet\n  alpes-report build --year 2024 --check --json',
  },
  validate: {
    description: 'vérifie les fichiers d’une année sans rien écrire',
    json: 'liste des problèmes en JSON sur la sortie standard',
    strict: 'tout avertissement rend les données invalides (code 3)',
    examples: '\nExemple :\n  alpes-report validate --year 2024 --data fixtures --json',
  },
  diff: {
    description: 'compare les indicateurs de deux années (ou de deux fichiers metrics.json)',
    side: 'année (lue dans --data) ou chemin d’un metrics.json',
    format: 'table, json, csv ou markdown',
    section: 'sections à garder, séparées par des virgules (ex. public,employment ; plie, mde, territory pour le rapport complet)',
    key: 'ne garder que les indicateurs dont la clé correspond au motif (* = n’importe quoi)',
    threshold: 'ne montrer que les évolutions d’au moins ce pourcentage (en points pour les parts)',
    keys: 'ajoute les clés techniques (celles de metrics.json et d’explain)',
    keysAlias: 'comme --cles',
    examples:
      '\nExemples :\n  alpes-report diff 2023 2024 --data fixtures\n  alpes-report diff out/2023/metrics.json out/2024/metrics.json --format markdown --threshold 5',
  },
  explain: {
    description: 'explique un chiffre : sa valeur, sa définition, la règle appliquée et les lignes qui le composent',
    key: 'clé du chiffre, comme diff --format json la nomme (ex. public.newArrivals.total)',
    json: 'l’explication en JSON sur la sortie standard',
    examples:
      "\nExemples :\n  alpes-report explain public.newArrivals.total --year 2024 --data fixtures\n  alpes-report explain 'public.newArrivals.byCommune.rows[Lambersart].newArrivals' --year 2024 --data fixtures --json",
  },
  init: {
    description: 'prépare le dossier d’une nouvelle année : un fichier par export avec sa ligne d’en-tête',
    examples: '\nExemple :\n  alpes-report init --year 2025 --data data',
  },
  schema: {
    description: 'affiche le contrat des fichiers d’entrée (colonnes, valeurs admises, clés de manuel.csv)',
  },
};

/** commander's own messages (English, matched by their start), in French. */
export const COMMANDER_ERRORS: readonly (readonly [RegExp, string])[] = [
  [/^error: required option '(.+)' not specified/m, 'erreur : l’option obligatoire $1 est absente.'],
  [/^error: unknown option '(.+)'/m, 'erreur : option inconnue $1.'],
  [/^error: unknown command '(.+)'/m, 'erreur : commande inconnue $1.'],
  [/^error: too many arguments.*/m, 'erreur : trop d’arguments.'],
  [/^error: missing required argument '(.+)'/m, 'erreur : argument obligatoire $1 manquant.'],
  [/^error: option '(.+)' argument '(.+)' is invalid\. ?/m, 'erreur : option $1, valeur « $2 » : '],
  [/^error: /m, 'erreur : '],
];

export const yearExpected = 'une année sur 4 chiffres est attendue, par ex. 2024.';
export const formatUnknown = (format: string, formats: readonly string[]) => `format ${quote(format)} inconnu ; formats possibles : ${formats.join(', ')}.`;
export const formatNone = (formats: readonly string[]) => `au moins un format est attendu (${formats.join(', ')}).`;
export const thresholdExpected = 'un pourcentage positif est attendu, par ex. 5.';

export function internalError(message: string): string[] {
  return [
    `Erreur interne d’alpes-report (ce n’est pas une erreur de vos données) : ${message}`,
    'Merci de la signaler avec la commande lancée ; relancez avec ALPES_DEBUG=1 pour le détail technique.',
  ];
}

// ---------------------------------------------------------------------------------------------
// Every command that reads a year (cli/io.ts, cli/interrupt.ts, read/progress.ts)

/** What the data folder holds (load/data-folder.ts), said with the absolute data folder. */
export function yearFolderMissing(
  year: number,
  dataDir: string,
  missing: { tried: string; years: readonly number[]; parentToGive?: string; yearGiven?: number },
): string[] {
  const lines = [
    `erreur : dossier de l’année ${year} introuvable : ${missing.tried}`,
    missing.years.length > 0 ? `  Années trouvées dans ${dataDir} : ${missing.years.join(', ')}.` : `  Aucun dossier d’année (ex. ${year}/) dans ${dataDir}.`,
  ];
  if (missing.parentToGive !== undefined) {
    const given = missing.yearGiven === undefined ? 'un dossier d’année' : `le dossier de l’année ${missing.yearGiven}`;
    lines.push(`  --data désigne ${given} (il contient imilo/) : donnez le dossier qui le contient, --data ${missing.parentToGive}`);
  } else {
    lines.push('  --data doit désigner le dossier qui contient un dossier par année (<données>/<année>/imilo/…).');
  }
  return lines;
}

export const interrupted = (signal: string) => `Interrompu (${signal}) : génération arrêtée, aucun fichier du rapport n’a été modifié.`;

/** The live line while a file is read. */
export const reading = (file: string, rows: number, rowsPerSecond: number) =>
  `Lecture de ${file} : ${frenchNumber(rows)} lignes (${frenchNumber(rowsPerSecond)} lignes/s)`;

/** The data cannot be computed (diff, explain). */
export const cannotCompute = (label: string | number) => `Impossible de calculer ${label} : données absentes ou invalides.`;

// ---------------------------------------------------------------------------------------------
// build (cli/build-command.ts, pipeline.ts)

/** A build's stages, as --verbose and the JSON log name them. */
export const STAGES = {
  computed: 'lecture, validation et calcul',
  html: 'rendu HTML',
  pdf: 'rendu PDF',
  workbook: 'classeur Excel',
  sheets: 'fiches communales',
  written: 'écriture',
} as const;

export const stageDuration = (stage: string, milliseconds: number) => `  ${stage} : ${frenchNumber(milliseconds)} ms`;

/** The title in the PDF's page footers. */
export const footerTitle = (reportTitle: string, year: number, publisher: string) => `${reportTitle.replace(/'/g, '’')} ${year} — ${publisher}`;

/** The title in a commune fact sheet's page footer. */
export const sheetFooterTitle = (commune: string, year: number, missionLocale: string) => `${commune} — fiche communale ${year} — ${missionLocale}`;

/** Why --out is refused: it is empty, the data folder or inside it. */
export type OutFolderProblem = { kind: 'empty' } | { kind: 'data' | 'inside-data'; data: string };

export function outFolderRefused(problem: OutFolderProblem): string {
  const what =
    problem.kind === 'empty'
      ? 'est vide'
      : problem.kind === 'data'
        ? `est le dossier des données (${problem.data})`
        : `est à l’intérieur du dossier des données (${problem.data})`;
  return `erreur : --out ${what} ; le rapport s’écrirait parmi les données. Choisissez un dossier de sortie à part, par ex. --out out.`;
}

export const previousUnusable = (year: number) => `Rapport ${year} non généré : le fichier --previous est inutilisable. Aucun fichier n’a été écrit.`;

/** Data with errors, or with warnings under --strict. */
export const reportNotBuilt = (year: number, errors: number, warnings: number) =>
  errors > 0
    ? `Rapport ${year} non généré : ${frenchNumber(errors)} erreur(s) dans les données. Aucun fichier n’a été écrit ; corrigez puis relancez.`
    : `Rapport ${year} non généré : ${frenchNumber(warnings)} avertissement(s) et --strict. Aucun fichier n’a été écrit ; corrigez les données ou retirez --strict.`;

export const dataRead = (year: number, files: number, rows: number, warnings: number) =>
  `Données ${year} lues : ${frenchNumber(files)} fichiers, ${frenchNumber(rows)} lignes, ${frenchNumber(warnings)} avertissement(s).`;

export const absentParts = (parts: readonly string[]) => `Parties absentes du rapport ALPES (pages « Données non fournies ») : ${parts.join(', ')}.`;

/** Where Y-1 came from: its folder, an earlier metrics.json (--previous), or nowhere. */
export type ComparisonSource = { from: 'folder'; year: number } | { from: 'metrics'; year: number; file: string | undefined } | { from: 'none'; year: number };

export function comparisons(source: ComparisonSource): string {
  switch (source.from) {
    case 'folder':
      return `Comparaisons avec ${source.year} calculées (dossier ${source.year}).`;
    case 'metrics':
      return `Comparaisons avec ${source.year} calculées (métriques ${source.file}).`;
    case 'none':
      return `Pas de dossier ${source.year} ni de --previous : comparaisons avec l’année précédente omises.`;
  }
}

export const checkOnly = 'Vérification seule (--check) : aucun fichier écrit.';

export const logoUnreadable = (year: number, file: string, errno: string | undefined) =>
  `Rapport ${year} non généré : logo illisible (${file}) : ${fileSystemProblem(errno)}. Aucun fichier n’a été écrit.`;

/** Writing failed; `written` are the files already renamed into place. */
export function cannotWrite(folder: string, errno: string, written: readonly string[]): string {
  const already = written.length > 0 ? `Fichiers déjà remplacés : ${written.join(', ')}.` : 'Aucun fichier n’a été écrit ; le rapport précédent est inchangé.';
  return `Impossible d’écrire dans ${folder} : ${outputProblem(errno)}. ${already}`;
}

export function pdfNoBrowser(tried: readonly string[]): string {
  return [
    'PDF non généré : aucun navigateur Chrome, Chromium ou Edge n’a été trouvé.',
    `  Emplacements essayés : ${tried.join(', ')}.`,
    '  Pour en installer un : « npx puppeteer browsers install chrome-headless-shell » (avec Internet),',
    '  ou sous Debian/Ubuntu sans Internet : « apt-get install chromium » ;',
    '  ou indiquez le chemin d’un navigateur avec --browser <chemin> (ou PUPPETEER_EXECUTABLE_PATH).',
  ].join('\n');
}

export const pdfFailed = (reason: string) => `PDF non généré : ${reason}.`;

export const written = (file: string) => `Écrit : ${file}`;

/** The PDF failed; `names` are the files written without it. */
export function pdfMissing(names: readonly string[]): string {
  const others = names.length === 0 ? 'Aucun autre fichier n’a été écrit' : `Seuls ces fichiers ont été écrits : ${names.join(', ')}`;
  return `${others} ; le PDF manque (un PDF plus ancien éventuellement présent n’a pas été mis à jour).`;
}

// ---------------------------------------------------------------------------------------------
// validate (cli/validate-command.ts)

export const validateOutcome = (year: number, errors: number, warnings: number, valid: boolean) =>
  valid
    ? `Données ${year} valides (${frenchNumber(warnings)} avertissement(s)).`
    : errors === 0
      ? `Données ${year} refusées : ${frenchNumber(warnings)} avertissement(s) et --strict.`
      : `Données ${year} invalides : ${frenchNumber(errors)} erreur(s), ${frenchNumber(warnings)} avertissement(s). Corrigez les fichiers indiqués puis relancez.`;

// ---------------------------------------------------------------------------------------------
// diff (cli/diff-command.ts, diff/load-side.ts, diff/format.ts)

export const unknownSections = (unknown: readonly string[], possible: readonly string[]) => `Section inconnue : ${unknown.join(', ')}. Sections possibles : ${possible.join(', ')}.`;

/** A section as `--section` lists it: `public (Public accueilli)`. */
export const sectionChoice = (id: string, title: string) => `${id} (${title})`;

export const cannotRead = (label: string, reason: string) => `Impossible de lire ${label} : ${reason}.`;

/** Why a metrics.json cannot be compared. */
export const SIDE_UNREADABLE = {
  notFound: 'fichier introuvable',
  notMetrics: 'ce n’est pas un metrics.json d’alpes-report',
  notJson: 'JSON illisible',
} as const;

export const otherSchemaVersion = (label: string, found: unknown, supported: string | number) =>
  `${label} est un metrics.json de version ${JSON.stringify(found ?? null)} ; cette version d’alpes-report compare la version ${supported} seulement (ses clés peuvent avoir changé de sens). Regénérez-le avec « alpes-report build ».`;

export const noIndicatorMatches = (pattern: string) => `Aucun indicateur ne correspond à « ${pattern} ».`;

export const nearKeys = (keys: readonly string[]) => `Clés proches :\n  ${keys.join('\n  ')}`;

export const keyStartsWithSection = (sections: readonly string[]) =>
  `Une clé commence par sa section : ${sections.join(', ')} (liste complète : --format json, ou docs/indicateurs.md).`;

/** The columns of a diff's table, Markdown and CSV. */
export const DIFF_COLUMNS = {
  section: 'section',
  figure: 'indicateur',
  key: 'clé',
  unit: 'unité',
  change: 'écart',
  relative: 'évolution',
  relativePercent: 'évolution %',
} as const;

export const noDifference = '(aucune différence)';

export const headlineFigures = 'Chiffres clés';

export const partMissing = (part: string, side: string) => `${part} : pas de données en ${side}`;

/** A section cut from the Markdown: `Emploi (12 sur 30)`. */
export const sectionCut = (title: string, left: number, total: number) => `${title} (${frenchNumber(left)} sur ${frenchNumber(total)})`;

/** The end of a Markdown diff cut to fit a comment; `sections` is already Markdown. */
export const markdownCut = (rows: number, sections: string) =>
  `_Liste coupée pour tenir dans un commentaire : ${frenchNumber(rows)} ligne${rows > 1 ? 's' : ''} non affichée${rows > 1 ? 's' : ''} (${sections}). ` +
  'Pour tout voir : `--format csv`, ou `--section`, `--threshold`._';

// ---------------------------------------------------------------------------------------------
// explain (cli/explain-command.ts)

export interface ExplainedValue {
  value: number | null;
  unit: string;
  kind: string | undefined;
  share?: { count: number; total: number } | undefined;
}

/** The value as the report prints it: euros, not cents; a share's percentage with its count. */
export function explainedValue({ value, unit, kind, share }: ExplainedValue): string {
  if (value === null) return 'n.d. (donnée non fournie : les fichiers de l’année ne la contiennent pas)';
  if (kind === 'cents') return `${frenchNumber(value / 100, true, Number.isInteger(value / 100) ? 0 : 2)}\u00a0€`;
  if (kind === 'hundredths') return `${frenchNumber(value / 100)}${unit === '%' ? '\u00a0%' : ` ${unit}`}`;
  if (share) return `${frenchNumber(value)}\u00a0% (${frenchNumber(share.count)} sur ${frenchNumber(share.total)})`;
  if (unit === '%') return `${frenchNumber(value)}\u00a0%`;
  return unit === 'nombre' || unit === 'année' ? frenchNumber(value) : `${frenchNumber(value)} ${unit}`;
}

export interface Explained {
  label: string;
  year: number;
  key: string;
  section: string;
  table: string;
  definition: string;
  /** The rule applied row by row, when the figure has one. */
  trail: { file: string; rows: number; steps: readonly { kept: number; label: string }[]; count: number; positions: readonly string[] } | null;
}

export function explanation(figure: Explained, value: string): string[] {
  const lines = [`${figure.label} (${figure.year}) : ${value}`, `Clé : ${figure.key}`, `Section : ${figure.section} › ${figure.table}`, '', `Définition : ${figure.definition}`, ''];
  const trail = figure.trail;
  if (!trail) {
    lines.push('Détail des lignes : pas encore écrit pour ce chiffre ; la définition ci-dessus dit comment il est calculé.');
    return lines;
  }
  lines.push('Règle appliquée :', `  ${trail.file} : ${frenchNumber(trail.rows)} lignes`);
  for (const step of trail.steps) lines.push(`  → ${frenchNumber(step.kept)} ${step.label}`);
  lines.push('', `Lignes retenues : ${frenchNumber(trail.count)}${trail.count > trail.positions.length ? ` (les ${trail.positions.length} premières)` : ''}`);
  for (const position of trail.positions) lines.push(`  ${position}`);
  return lines;
}

export const noFigureWithKey = (year: number, key: string) => `Aucun chiffre de ${year} n’a la clé « ${key} ».`;

export const whereKeysAre = 'Les clés sont celles de « alpes-report diff --format json » et de docs/indicateurs.md (par ex. public.newArrivals.total).';

// ---------------------------------------------------------------------------------------------
// init (cli/init-command.ts)

export interface YearFolderGuide {
  year: number;
  files: readonly { path: string; description: string }[];
  manualKeys: Readonly<Record<string, string>>;
  textsFolder: string;
}

/** LISEZMOI.md of a new year folder: what goes where, and what to run. */
export function yearFolderReadme({ year, files, manualKeys, textsFolder }: YearFolderGuide): string {
  return [
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
    ...files.map((file) => `| ${file.path} | ${file.description} |`),
    '',
    'Clés possibles de manuel.csv (une ligne `Indicateur;Valeur;Commentaire` par chiffre) :',
    '',
    ...Object.entries(manualKeys).map(([key, description]) => `- \`${key}\` : ${description}`),
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
    `\`${textsFolder}/\`, un fichier Markdown par bloc (liste et exemples : docs/textes.md). Ceux de ${year - 1},`,
    'quand ils existent, y ont été copiés : relisez chacun (dates, partenaires, chiffres) et modifiez-le ;',
    '`build` signale ceux qui sont restés identiques (« texte non relu »). Les autres blocs y ont un fichier',
    'qui ne contient qu’un commentaire « À écrire » : tant qu’il en est ainsi, le bloc compte comme absent',
    '(« texte absent ») ; écrivez le texte sous le commentaire.',
    '',
  ].join('\n');
}

export const initWouldOverwrite = (folder: string, existing: readonly string[]) =>
  `Rien n’a été créé : ces fichiers existent déjà dans ${folder} et ne seront pas écrasés : ${existing.join(', ')}.`;

export const cannotPrepare = (folder: string, errno: string) => `Impossible de préparer ${folder} : ${outputProblem(errno)}. Vérifiez --data : ce doit être un dossier.`;

export const prepared = (folder: string, files: number, year: number) =>
  `Dossier ${folder} préparé : ${frenchNumber(files)} fichiers (en-têtes et LISEZMOI.md). Remplissez-les avec les exports ${year}.`;

/** The previous year's texts copied into the new folder. */
export const textsCopied = (year: number, copied: number, textsFolder: string) =>
  `${frenchNumber(copied)} textes de ${year - 1} copiés dans ${textsFolder}/ : relisez-les et mettez-les à jour (dates, partenaires, chiffres).`;

/** A text block's file as init writes it when Y-1 has none: a comment, never printed. */
export const textPlaceholder = (description: string) =>
  `<!-- À écrire : ${description} (où il s’imprime, un exemple : docs/textes.md). Tant que ce fichier ne contient que des commentaires, rien n’est imprimé et validate/build le signalent. -->\n`;

/** The blocks Y-1 does not give: a placeholder comment says what each holds. */
export const textsToWrite = (count: number, textsFolder: string) =>
  `${frenchNumber(count)} textes à écrire dans ${textsFolder}/ (un commentaire « À écrire » dit ce que chacun contient ; voir docs/textes.md).`;
