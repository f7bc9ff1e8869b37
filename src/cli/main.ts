import { Command, CommanderError, Option } from 'commander';
import { DIFF_FORMATS } from '../diff/format.js';
import { REPORTS } from '../render/reports.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { parseFormats, parseThreshold, parseYear } from './options.js';

/**
 * The command line: declares the commands and their options, and is the one boundary
 * where errors become French words and exit codes; no stack trace for a user's mistake.
 * Each command's module is imported when that command runs: `--help` or one command does not
 * pay for loading the others (zod, the pipeline, the diff).
 */

/** commander's own messages, in French. */
function translateCommanderError(text: string): string {
  return text
    .replace(/^error: required option '(.+)' not specified/m, 'erreur : l’option obligatoire $1 est absente.')
    .replace(/^error: unknown option '(.+)'/m, 'erreur : option inconnue $1.')
    .replace(/^error: unknown command '(.+)'/m, 'erreur : commande inconnue $1.')
    .replace(/^error: too many arguments.*/m, 'erreur : trop d’arguments.')
    .replace(/^error: missing required argument '(.+)'/m, 'erreur : argument obligatoire $1 manquant.')
    .replace(/^error: option '(.+)' argument '(.+)' is invalid\. ?/m, 'erreur : option $1, valeur « $2 » : ')
    .replace(/^error: /m, 'erreur : ');
}

const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
};

export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('alpes-report')
    .description('Génère le rapport d’activité annuel (Mission Locale) à partir des exports I-MILO.')
    .showHelpAfterError('(utilisez --help pour l’aide)')
    .helpOption('-h, --help', 'affiche l’aide de la commande')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande')
    // commander writes "(default: …)" and "(choices: …)" in English: the help is in French.
    .configureHelp({
      optionDescription(option) {
        const extras: string[] = [];
        if (option.argChoices) extras.push(`valeurs : ${option.argChoices.join(', ')}`);
        if (option.defaultValue !== undefined) {
          extras.push(`défaut : ${option.defaultValueDescription ?? String(option.defaultValue)}`);
        }
        return extras.length > 0 ? `${option.description} (${extras.join(' ; ')})` : option.description;
      },
      argumentDescription: (argument) => argument.description,
      styleTitle: (title) => HELP_TITLES[title] ?? title,
    })
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      outputError: (text, write) => write(translateCommanderError(text)),
    })
    .exitOverride();

  const yearOption = () => new Option('-y, --year <année>', 'année du rapport, par ex. 2024').argParser(parseYear).makeOptionMandatory();
  const dataOption = () => new Option('-d, --data <dossier>', 'dossier des données (contient <année>/imilo/…)').default('data');
  const configOption = () => new Option('-c, --config <fichier>', 'fichier de configuration (défaut : <données>/alpes-report.config.json s’il existe)');

  program
    .command('build')
    .description('valide les données, calcule les indicateurs et écrit le rapport dans <out>/<année>/')
    .addOption(yearOption())
    .addOption(dataOption())
    .addOption(new Option('-o, --out <dossier>', 'dossier de sortie').default('out'))
    .addOption(new Option('-f, --format <liste>', 'formats à écrire, séparés par des virgules (html, json, pdf, xlsx, fiches : une fiche HTML et PDF par commune)').argParser(parseFormats).default(['html', 'json', 'pdf', 'xlsx'], 'html,json,pdf,xlsx'))
    .addOption(configOption())
    .addOption(new Option('-r, --report <rapport>', 'ml : rapport de la Mission Locale ; alpes : rapport complet ALPES (PLIE, Mission Locale)').choices([...REPORTS]).default('ml'))
    .option('-q, --quiet', 'n’affiche que les erreurs et avertissements')
    .option('--previous <metrics.json>', 'métriques de l’année précédente (d’une génération antérieure), quand <données>/<année-1>/ n’existe pas')
    .option('--browser <chemin>', 'navigateur à utiliser pour le PDF (sinon recherche automatique)')
    .option('--check', 'valide et calcule seulement : aucun rendu, aucun fichier écrit')
    .option('-v, --verbose', 'affiche la durée de chaque étape')
    .option('--json', 'journal en JSON sur la sortie standard (pour la CI), rien sur la sortie d’erreur')
    .option('--strict', 'tout avertissement fait échouer la génération (code 3, rien n’est écrit)')
    .addHelpText('after', '\nExemples :\n  alpes-report build --year 2024 --data fixtures\n  alpes-report build --year 2024 --format html,json --quiet\n  alpes-report build --year 2024 --check --json')
    .action(async (options) => {
      const { runBuild } = await import('./build-command.js');
      setExit(await runBuild(options, io));
    });

  program
    .command('validate')
    .description('vérifie les fichiers d’une année sans rien écrire')
    .addOption(yearOption())
    .addOption(dataOption())
    .addOption(configOption())
    .option('--json', 'liste des problèmes en JSON sur la sortie standard')
    .option('--strict', 'tout avertissement rend les données invalides (code 3)')
    .addHelpText('after', '\nExemple :\n  alpes-report validate --year 2024 --data fixtures --json')
    .action(async (options) => {
      const { runValidate } = await import('./validate-command.js');
      setExit(await runValidate(options, io));
    });

  program
    .command('diff')
    .description('compare les indicateurs de deux années (ou de deux fichiers metrics.json)')
    .argument('<a>', 'année (lue dans --data) ou chemin d’un metrics.json')
    .argument('<b>', 'année (lue dans --data) ou chemin d’un metrics.json')
    .addOption(dataOption())
    .addOption(configOption())
    .addOption(new Option('-f, --format <format>', 'table, json, csv ou markdown').choices([...DIFF_FORMATS]).default('table'))
    .option('-s, --section <noms>', 'sections à garder, séparées par des virgules (ex. public,employment ; plie, mde, territory pour le rapport complet)')
    .option('-k, --key <motif>', 'ne garder que les indicateurs dont la clé correspond au motif (* = n’importe quoi)')
    .addOption(new Option('-t, --threshold <pourcentage>', 'ne montrer que les évolutions d’au moins ce pourcentage (en points pour les parts)').argParser(parseThreshold))
    .option('--cles', 'ajoute les clés techniques (celles de metrics.json et d’explain)')
    .addOption(new Option('--keys', 'comme --cles').hideHelp())
    .addHelpText('after', '\nExemples :\n  alpes-report diff 2023 2024 --data fixtures\n  alpes-report diff out/2023/metrics.json out/2024/metrics.json --format markdown --threshold 5')
    .action(async (a: string, b: string, options) => {
      const { runDiff } = await import('./diff-command.js');
      setExit(await runDiff(a, b, options, io));
    });

  program
    .command('explain')
    .description('explique un chiffre : sa valeur, sa définition, la règle appliquée et les lignes qui le composent')
    .argument('<clé>', 'clé du chiffre, comme diff --format json la nomme (ex. public.newArrivals.total)')
    .addOption(yearOption())
    .addOption(dataOption())
    .addOption(configOption())
    .option('--json', 'l’explication en JSON sur la sortie standard')
    .addHelpText(
      'after',
      "\nExemples :\n  alpes-report explain public.newArrivals.total --year 2024 --data fixtures\n  alpes-report explain 'public.newArrivals.byCommune.rows[Lambersart].newArrivals' --year 2024 --data fixtures --json",
    )
    .action(async (key: string, options) => {
      const { runExplain } = await import('./explain-command.js');
      setExit(await runExplain(key, options, io));
    });

  program
    .command('init')
    .description('prépare le dossier d’une nouvelle année : un fichier par export avec sa ligne d’en-tête')
    .addOption(yearOption())
    .addOption(dataOption())
    .addHelpText('after', '\nExemple :\n  alpes-report init --year 2025 --data data')
    .action(async (options) => {
      const { runInit } = await import('./init-command.js');
      setExit(runInit(options, io));
    });

  program
    .command('schema')
    .description('affiche le contrat des fichiers d’entrée (colonnes, valeurs admises, clés de manuel.csv)')
    .action(async () => {
      const { describeContract } = await import('../contract/describe.js');
      io.out(describeContract());
      setExit(EXIT.ok);
    });

  return program;
}

export async function main(argv: readonly string[], io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    io.err(`Erreur interne d’alpes-report (ce n’est pas une erreur de vos données) : ${(error as Error).message}`);
    io.err('Merci de la signaler avec la commande lancée ; relancez avec ALPES_DEBUG=1 pour le détail technique.');
    if (process.env.ALPES_DEBUG) io.err(String((error as Error).stack));
    return EXIT.internal;
  }
}
