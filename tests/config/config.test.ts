import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/report.js';
import { MINIMAL_FILES, withLine, writeYearFolder } from '../helpers/year-folder.js';

function withConfig(data: string, config: unknown): string {
  writeFileSync(path.join(data, 'alpes-report.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return data;
}

describe('alpes-report.config.json', () => {
  it('maps a real export’s header wording onto the contract', async () => {
    const data = writeYearFolder(2024, {
      'imilo/evenements.csv': MINIMAL_FILES['imilo/evenements.csv']!.replace('Nature', 'Type de contact').replace('Identifiant', 'N° dossier'),
    });
    const without = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(without.code).toBe(3);
    withConfig(data, { entetes: { 'imilo/evenements.csv': { Nature: ['Type de contact'], Identifiant: ['N° dossier'] } } });
    const withAliases = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(JSON.parse(withAliases.out).issues).toEqual([]);
    expect(withAliases.code).toBe(0);
  });

  it('accepts a commune spelling the analyst chose to allow', async () => {
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': withLine('imilo/jeunes.csv', 2, 'A1;F;14/02/2005;Lammersart;;BAC;10/01/2024;Oui;Parents;Non'),
    });
    expect((await runCli(['validate', '--year', '2024', '--data', data])).code).toBe(3);
    withConfig(data, { territoire: { alias: { Lammersart: 'Lambersart' } } });
    expect((await runCli(['validate', '--year', '2024', '--data', data])).code).toBe(0);
  });

  it('rejects a configuration with unknown keys, files or columns, naming where', async () => {
    const data = withConfig(writeYearFolder(), {
      territoire: { alias: { Lille: 'Lille-Centre' } },
      entetes: { 'imilo/jeune.csv': { Identifiant: ['ID'] }, 'imilo/evenements.csv': { Natur: ['Type'] } },
      couleur: 'bleu',
    });
    const run = await runCli(['build', '--year', '2024', '--data', data, '--format', 'json']);
    expect(run.code).toBe(3);
    expect(run.err).toContain('alpes-report.config.json');
    expect(run.err).toContain('couleur');
    expect(run.err).toContain('territoire > alias > Lille');
    expect(run.err).toContain('entetes > imilo/jeune.csv');
    expect(run.err).toContain('entetes > imilo/evenements.csv > Natur');
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('rejects chart colours that are not #rrggbb, naming where', async () => {
    const data = withConfig(writeYearFolder(), { association: { couleurs: { principale: '#1d4e89', graphiques: ['#123456', 'bleu'] } } });
    const run = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('association > couleurs > graphiques > 1');
  });

  it('reports a configuration that is not JSON, and a --config path that does not exist', async () => {
    const data = withConfig(writeYearFolder(), '{ "territoire": ');
    const broken = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(broken.code).toBe(3);
    expect(broken.err).toContain('du JSON valide');
    const missing = await runCli(['validate', '--year', '2024', '--data', data, '--config', '/nonexistent/config.json']);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('/nonexistent/config.json');
  });
});
