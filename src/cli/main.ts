import { Command, CommanderError, Option } from 'commander';
import * as words from '../contract/console-fr.js';
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
  return words.COMMANDER_ERRORS.reduce((translated, [english, french]) => translated.replace(english, french), text);
}

export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('alpes-report')
    .description(words.help.program)
    .showHelpAfterError(words.help.afterError)
    .helpOption('-h, --help', words.help.helpOption)
    .helpCommand('help [commande]', words.help.helpCommand)
    // commander writes "(default: …)" and "(choices: …)" in English: the help is in French.
    .configureHelp({
      optionDescription(option) {
        const extras: string[] = [];
        if (option.argChoices) extras.push(words.help.choices(option.argChoices));
        if (option.defaultValue !== undefined) {
          extras.push(words.help.default(option.defaultValueDescription ?? String(option.defaultValue)));
        }
        return extras.length > 0 ? `${option.description} (${extras.join(' ; ')})` : option.description;
      },
      argumentDescription: (argument) => argument.description,
      styleTitle: (title) => words.help.titles[title] ?? title,
    })
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      outputError: (text, write) => write(translateCommanderError(text)),
    })
    .exitOverride();

  const yearOption = () => new Option('-y, --year <année>', words.help.year).argParser(parseYear).makeOptionMandatory();
  const dataOption = () => new Option('-d, --data <dossier>', words.help.data).default('data');
  const configOption = () => new Option('-c, --config <fichier>', words.help.config);

  program
    .command('build')
    .description(words.help.build.description)
    .addOption(yearOption())
    .addOption(dataOption())
    .addOption(new Option('-o, --out <dossier>', words.help.build.out).default('out'))
    .addOption(new Option('-f, --format <liste>', words.help.build.format).argParser(parseFormats).default(['html', 'json', 'pdf', 'xlsx'], 'html,json,pdf,xlsx'))
    .addOption(configOption())
    .addOption(new Option('-r, --report <rapport>', words.help.build.report).choices([...REPORTS]).default('ml'))
    .option('-q, --quiet', words.help.build.quiet)
    .option('--previous <metrics.json>', words.help.build.previous)
    .option('--browser <chemin>', words.help.build.browser)
    .option('--check', words.help.build.check)
    .option('-v, --verbose', words.help.build.verbose)
    .option('--json', words.help.build.json)
    .option('--strict', words.help.build.strict)
    .addHelpText('after', words.help.build.examples)
    .action(async (options) => {
      const { runBuild } = await import('./build-command.js');
      setExit(await runBuild(options, io));
    });

  program
    .command('validate')
    .description(words.help.validate.description)
    .addOption(yearOption())
    .addOption(dataOption())
    .addOption(configOption())
    .option('--json', words.help.validate.json)
    .option('--strict', words.help.validate.strict)
    .addHelpText('after', words.help.validate.examples)
    .action(async (options) => {
      const { runValidate } = await import('./validate-command.js');
      setExit(await runValidate(options, io));
    });

  program
    .command('diff')
    .description(words.help.diff.description)
    .argument('<a>', words.help.diff.side)
    .argument('<b>', words.help.diff.side)
    .addOption(dataOption())
    .addOption(configOption())
    .addOption(new Option('-f, --format <format>', words.help.diff.format).choices([...DIFF_FORMATS]).default('table'))
    .option('-s, --section <noms>', words.help.diff.section)
    .option('-k, --key <motif>', words.help.diff.key)
    .addOption(new Option('-t, --threshold <pourcentage>', words.help.diff.threshold).argParser(parseThreshold))
    .option('--cles', words.help.diff.keys)
    .addOption(new Option('--keys', words.help.diff.keysAlias).hideHelp())
    .addHelpText('after', words.help.diff.examples)
    .action(async (a: string, b: string, options) => {
      const { runDiff } = await import('./diff-command.js');
      setExit(await runDiff(a, b, options, io));
    });

  program
    .command('explain')
    .description(words.help.explain.description)
    .argument('<clé>', words.help.explain.key)
    .addOption(yearOption())
    .addOption(dataOption())
    .addOption(configOption())
    .option('--json', words.help.explain.json)
    .addHelpText('after', words.help.explain.examples)
    .action(async (key: string, options) => {
      const { runExplain } = await import('./explain-command.js');
      setExit(await runExplain(key, options, io));
    });

  program
    .command('init')
    .description(words.help.init.description)
    .addOption(yearOption())
    .addOption(dataOption())
    .addHelpText('after', words.help.init.examples)
    .action(async (options) => {
      const { runInit } = await import('./init-command.js');
      setExit(runInit(options, io));
    });

  program
    .command('schema')
    .description(words.help.schema.description)
    .action(async () => {
      const { describeContract } = await import('../contract/describe.js');
      io.out(describeContract());
      setExit(EXIT.ok);
    });

  return program;
}

const STANDARD_IO: Io = {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  drain: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', resolve)) : Promise.resolve()),
};

export async function main(argv: readonly string[], io: Io = STANDARD_IO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    for (const line of words.internalError((error as Error).message)) io.err(line);
    if (process.env.ALPES_DEBUG) io.err(String((error as Error).stack));
    return EXIT.internal;
  }
}
