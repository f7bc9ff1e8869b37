import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyHeadings, FIXTURES, normalizeSpaces, parseReport, runCli, temporaryDir, textsWithZero, ZERO_FIGURE, type ParsedReport } from '../helpers/report.js';
import { MINIMAL_FILES, writeYearFolder } from '../helpers/year-folder.js';

/** Issue #15: what a real January export brings (mutated copies of the minimal year folder). */

// metrics.json as read back: only the keys a test names are looked at.
type Metrics = Record<string, any>;

interface JsonIssue {
  code: string;
  severity: string;
  file: string;
  line?: number;
  firstLine?: number;
  value?: string;
  suggestion?: string;
  count?: number;
  fix?: { path: string[]; value: string };
  message: string;
}

async function validate(data: string, extra: string[] = []): Promise<{ code: number; issues: JsonIssue[] }> {
  const run = await runCli(['validate', '--year', '2024', '--data', data, '--json', ...extra]);
  return { code: run.code, issues: JSON.parse(run.out).issues };
}

describe('messages that say where', () => {
  it('gives the line of the first occurrence of a duplicate id', async () => {
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': [MINIMAL_FILES['imilo/jeunes.csv']!, 'A2;H;01/09/2006;Lambersart;;BAC;05/03/2024;Non;Précaire;Non'].join('\n'),
      'actions/actions.csv': [MINIMAL_FILES['actions/actions.csv']!, 'AC2;03/02/2024;Forum;;Forum;;;;', 'AC1;04/02/2024;Forum;;Forum;;;;'].join('\n'),
    });
    const { code, issues } = await validate(data);
    expect(code).toBe(3);
    const duplicates = issues.filter((issue) => issue.code === 'cell.duplicate_id');
    expect(duplicates.map(({ file, line, firstLine }) => ({ file, line, firstLine }))).toEqual([
      { file: '2024/actions/actions.csv', line: 4, firstLine: 2 },
      { file: '2024/imilo/jeunes.csv', line: 5, firstLine: 3 },
    ]);
    expect(duplicates[1]!.message).toContain('à la ligne 3');
  });
});

describe('--strict', () => {
  it('fails build and validate on a warning (exit 3, nothing written), which pass without it', async () => {
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': MINIMAL_FILES['imilo/jeunes.csv']!.replace(';BAC;10/01/2024', ';niveau 4;10/01/2024'),
    });
    const plain = await validate(data);
    expect(plain.code).toBe(0);
    expect(plain.issues.map((issue) => issue.code)).toEqual(['qualification.level_not_validated']);
    expect((await validate(data, ['--strict'])).code).toBe(3);

    const out = temporaryDir();
    const strict = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'json', '--strict']);
    expect(strict.code).toBe(3);
    expect(strict.err).toContain('1 avertissement(s) et --strict');
    expect(existsSync(path.join(out, '2024'))).toBe(false);
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'json', '--quiet'])).code).toBe(0);
  });
});

describe('value aliases in the configuration (`valeurs`)', () => {
  const writeConfig = (data: string, valeurs: unknown) => writeFileSync(path.join(data, 'alpes-report.config.json'), JSON.stringify({ valeurs }));

  it('maps an export’s wording onto the contract’s vocabulary: the same metrics as the contract’s wording', async () => {
    const aliased = writeYearFolder(2024, {
      'imilo/evenements.csv': MINIMAL_FILES['imilo/evenements.csv']!.replace(';Entretien individuel;', ';RDV individuel;'),
    });
    const refused = await validate(aliased);
    expect(refused.issues).toEqual([expect.objectContaining({ code: 'cell.vocabulary', value: 'RDV individuel' })]);
    writeConfig(aliased, { 'imilo/evenements.csv': { Nature: { 'RDV individuel': 'Entretien individuel' } } });
    const [outAliased, outPlain] = [temporaryDir(), temporaryDir()];
    expect((await runCli(['build', '--year', '2024', '--data', aliased, '--out', outAliased, '--format', 'json', '--quiet'])).code).toBe(0);
    expect((await runCli(['build', '--year', '2024', '--data', writeYearFolder(), '--out', outPlain, '--format', 'json', '--quiet'])).code).toBe(0);
    const indicators = (out: string) => JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8')).indicators;
    expect(indicators(outAliased)).toEqual(indicators(outPlain));
    expect(indicators(outAliased).public.contacts.entretiens).toBe(2);
  });

  it('refuses a target outside the vocabulary and an alias of a valid value, with their path in the file', async () => {
    const data = writeYearFolder();
    writeConfig(data, { 'imilo/evenements.csv': { Nature: { 'Entretien individuel': 'Entretien', RDV: 'Rendez-vous' } } });
    const run = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('(valeurs > imilo/evenements.csv > Nature > Entretien individuel)');
    expect(run.err).toContain('« Entretien individuel » est déjà une valeur acceptée de la colonne Nature');
    expect(run.err).toContain('(valeurs > imilo/evenements.csv > Nature > RDV)');
    expect(run.err).toContain('« Rendez-vous » n’est pas une valeur de la colonne Nature');
  });
});

describe('the contract’s combined action types', () => {
  /** The contract's spelling of an atelier's theme in its Type. */
  const CONTRACT_LABEL: Record<string, string> = {
    CEJ: 'Atelier CEJ',
    'Mobilité internationale': 'Atelier Mobilité internationale',
    'Découverte des métiers (VR)': 'Atelier découverte métiers (VR)',
    Santé: 'Atelier santé',
    "Création d'entreprise": "Atelier création d'entreprise",
  };

  it('reads `Atelier CEJ`… as Type + Thème: the same report as the Thème column', async () => {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    const file = path.join(data, '2024', 'actions', 'actions.csv');
    let combined = 0;
    const lines = readFileSync(file, 'utf8').split('\n').map((line, index) => {
      const cells = line.split(';');
      const label = CONTRACT_LABEL[cells[3] ?? ''];
      if (index === 0 || cells[2] !== 'Atelier' || label === undefined) return line;
      combined++;
      return [cells[0], cells[1], label, '', ...cells.slice(4)].join(';');
    });
    writeFileSync(file, lines.join('\n'));
    expect(combined).toBeGreaterThan(500);
    const [contract, extension] = [temporaryDir(), temporaryDir()];
    const args = ['--year', '2024', '--format', 'html,json', '--quiet'];
    expect((await runCli(['build', ...args, '--data', data, '--out', contract])).code).toBe(0);
    expect((await runCli(['build', ...args, '--data', FIXTURES, '--out', extension])).code).toBe(0);
    for (const name of ['rapport-activite-2024.html', 'metrics.json']) {
      const read = (out: string) => readFileSync(path.join(out, '2024', name), 'utf8').replace(/"sha256": "[0-9a-f]+"/g, '');
      expect(read(contract)).toBe(read(extension));
    }
  });

  it('reads a file without the Thème column, and refuses a Thème that contradicts the Type', async () => {
    const actions = ['Identifiant action;Date;Type;Intitulé', 'AC1;02/02/2024;Atelier santé;Bien manger', 'AC2;03/02/2024;Atelier CEJ;Atelier CV'].join('\n');
    const participations = ['Identifiant action;Identifiant;Commune', 'AC1;A2;Lambersart', 'AC2;A1;Lambersart'].join('\n');
    const out = temporaryDir();
    const data = writeYearFolder(2024, { 'actions/actions.csv': actions, 'actions/participations.csv': participations });
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'json', '--quiet'])).code).toBe(0);
    const indicators = JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8')).indicators;
    expect(indicators.health.healthActions).toEqual(expect.objectContaining({ actions: 1, participants: 1 }));
    expect(indicators.programmes.cej.workshops).toBe(1);

    const contradiction = writeYearFolder(2024, {
      'actions/actions.csv': ['Identifiant action;Date;Type;Thème;Intitulé', 'AC1;02/02/2024;Atelier santé;CEJ;Bien manger'].join('\n'),
    });
    const { issues } = await validate(contradiction);
    expect(issues).toEqual([expect.objectContaining({ code: 'cell.vocabulary', file: '2024/actions/actions.csv', line: 2, column: 4, value: 'CEJ' })]);
    expect(issues[0]!.message).toContain('le thème que donne le Type « Atelier Santé »');
  });
});

describe('plausibility against last year', () => {
  /** The fixtures with 2024's événements cut to their first `kept` share of rows. */
  function fixturesWithFewerEvents(kept: number): string {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    const file = path.join(data, '2024', 'imilo', 'evenements.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${lines.slice(0, 1 + Math.floor((lines.length - 1) * kept)).join('\n')}\n`);
    return data;
  }

  it('warns when contacts fall by 60 %, naming the figure with both values; --strict fails; the threshold is configurable', async () => {
    const data = fixturesWithFewerEvents(0.4);
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(run.code).toBe(0);
    const warnings = (JSON.parse(run.out).issues as JsonIssue[]).filter((issue) => issue.code === 'plausibility.change');
    const contacts = warnings.find((issue) => issue.message.startsWith('Contacts :'));
    expect(contacts).toEqual(expect.objectContaining({ severity: 'warning', file: '2024/imilo/evenements.csv' }));
    // 2023's contacts: 42 318 (fixtures/2023, the baseline metrics of the 2023 report).
    expect(normalizeSpaces(contacts!.message)).toMatch(/^Contacts : \d+ \d{3} contre 42 318 en 2023 \(-6\d %\) : vérifiez l’export imilo\/evenements\.csv\.$/);
    // Figures fed by other files did not move.
    expect(warnings.every((issue) => issue.file === '2024/imilo/evenements.csv')).toBe(true);
    expect((await runCli(['validate', '--year', '2024', '--data', data, '--strict'])).code).toBe(3);

    writeFileSync(path.join(data, 'alpes-report.config.json'), JSON.stringify({ plausibilite: { ecartMaximum: 70 } }));
    const relaxed = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect((JSON.parse(relaxed.out).issues as JsonIssue[]).filter((issue) => issue.code === 'plausibility.change')).toEqual([]);
  });
});

describe('communes outside the territory', () => {
  const lomme = MINIMAL_FILES['imilo/jeunes.csv']!.replace('A2;H;01/09/2006;Marcq-en-Baroeul;', 'A2;H;01/09/2006;Lomme;');

  it('tells a real commune outside the territory (Lomme) from a misspelling: no nearest-commune suggestion, the choices instead', async () => {
    const { code, issues } = await validate(writeYearFolder(2024, { 'imilo/jeunes.csv': lomme.replace(';Lambersart;Pacot', ';Lammersart;Pacot') }));
    expect(code).toBe(3);
    const [typo, outside] = issues;
    expect(typo).toEqual(expect.objectContaining({ code: 'cell.commune', line: 2, value: 'Lammersart', suggestion: 'Lambersart', fix: { path: ['territoire', 'alias', 'Lammersart'], value: 'Lambersart' } }));
    expect(outside).toEqual(expect.objectContaining({ code: 'cell.commune_outside', line: 3, column: 4, value: 'Lomme', fix: { path: ['territoire', 'horsTerritoire'], value: 'compter' } }));
    expect(outside!.suggestion).toBeUndefined();
    expect(outside!.message).toContain('« Lomme » est une commune hors du territoire');
    expect(outside!.message).toContain('Lompret');
    expect(outside!.message).toContain('"horsTerritoire": "compter"');
    expect(outside!.message).not.toContain('vouliez-vous dire');
  });

  it('counts them in a « Hors territoire » row with `horsTerritoire: "compter"`, with a warning giving their number', async () => {
    const data = writeYearFolder(2024, { 'imilo/jeunes.csv': lomme });
    writeFileSync(path.join(data, 'alpes-report.config.json'), JSON.stringify({ territoire: { horsTerritoire: 'compter' } }));
    const { code, issues } = await validate(data);
    expect(code).toBe(0);
    expect(issues).toEqual([expect.objectContaining({ code: 'commune.outside_counted', severity: 'warning', file: '2024/imilo/jeunes.csv', count: 1 })]);
    const out = temporaryDir();
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'html,json', '--quiet'])).code).toBe(0);
    const metrics = JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8'));
    const rows = metrics.indicators.public.newArrivals.byCommune.rows as { commune: string; newArrivals: number }[];
    expect(rows.at(-1)).toEqual(expect.objectContaining({ commune: 'Hors territoire', newArrivals: 1 }));
    expect(metrics.indicators.public.newArrivals.byCommune.total.newArrivals).toBe(2);
    const report = parseReport(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8'));
    expect(report.text).toContain('Hors territoire');
  });
});

/** The report built from the whole fixtures, once per file: what a mutated build is compared with. */
const fullBuilds = new Map<string, Promise<ParsedReport>>();
function fullReport(year: number, report: 'ml' | 'alpes'): Promise<ParsedReport> {
  const key = `${report}-${year}`;
  if (!fullBuilds.has(key)) {
    fullBuilds.set(
      key,
      (async () => {
        const out = temporaryDir();
        expect((await runCli(['build', '--year', String(year), '--data', FIXTURES, '--report', report, '--format', 'html', '--out', out, '--quiet'])).code).toBe(0);
        const name = report === 'alpes' ? `rapport-alpes-${year}.html` : `rapport-activite-${year}.html`;
        return parseReport(readFileSync(path.join(out, String(year), name), 'utf8'));
      })(),
    );
  }
  return fullBuilds.get(key)!;
}

/**
 * The text blocks of a report built from mutated fixtures that print a standalone 0 and that the
 * report of the whole fixtures does not print: a figure of the emptied file (or removed key)
 * printed as 0. The whole reports print hardly any 0 (a site without adults, « #JeM2.0 »), so
 * this leaves no room for a silent zero in any sentence, list item, cell or key figure.
 */
async function zerosNotInFullReport(report: ParsedReport, year: number, kind: 'ml' | 'alpes'): Promise<string[]> {
  const full = new Set(textsWithZero((await fullReport(year, kind)).document));
  return textsWithZero(report.document).filter((text) => !full.has(text));
}

describe('the helpers that look for silent zeros and empty headings', () => {
  it('find a 0 printed as a figure, and only that', () => {
    for (const text of ['0 jeunes ont participé', 'dont 0 de MNO', 'Santé (0 action)', 'soit 0 %', '12 jeunes, 0 contrat']) expect(text).toMatch(ZERO_FIGURE);
    for (const text of ['1 022 jeunes', '10 jeunes', '1 000 €', '0,5 %', 'le 20/10/2023', 'n.d. jeunes']) expect(text).not.toMatch(ZERO_FIGURE);
    const { document } = parseReport('<main><p>Un <strong>0</strong> ici</p><ul><li>1 000 jeunes</li><li>dont 0 de MNO</li></ul><table><tr><td>0</td><td>/</td></tr></table></main>');
    expect(textsWithZero(document)).toEqual(['Un 0 ici', 'dont 0 de MNO', '0']);
  });

  it('find a heading left with nothing under it, even through wrappers or empty subheadings', () => {
    const { document } = parseReport(
      '<main><h2>A</h2><div><h3>B</h3></div><div><h3>C</h3><p>texte</p></div><h3>D</h3><h4>E</h4><ul></ul><h3>F</h3><table></table><h2>G</h2></main>',
    );
    expect(emptyHeadings(document)).toEqual(['B', 'D', 'E', 'G']);
  });
});

describe('completeness: no silent zeros', () => {
  const header = (file: string) => MINIMAL_FILES[file]!.split('\n')[0]!;

  it('refuses a header-only jeunes.csv or evenements.csv: there is no report to make', async () => {
    for (const file of ['imilo/jeunes.csv', 'imilo/evenements.csv']) {
      // Without jeunes, every other file's ids are unknown: only the empty file is asserted.
      const { code, issues } = await validate(writeYearFolder(2024, { [file]: header(file) }));
      expect(code).toBe(3);
      expect(issues).toContainEqual(expect.objectContaining({ code: 'file.no_data', severity: 'error', file: `2024/${file}` }));
    }
  });

  it('warns about a header-only aides.csv or propositions.csv, whose figures become null and print « Données non fournies », never 0', async () => {
    const data = writeYearFolder(2024, { 'imilo/aides.csv': header('imilo/aides.csv'), 'imilo/propositions.csv': header('imilo/propositions.csv') });
    const { code, issues } = await validate(data);
    expect(code).toBe(0);
    expect(issues.filter((issue) => issue.code === 'file.no_data')).toEqual([
      expect.objectContaining({ severity: 'warning', file: '2024/imilo/aides.csv' }),
      expect.objectContaining({ severity: 'warning', file: '2024/imilo/propositions.csv' }),
    ]);
    const out = temporaryDir();
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'html,json', '--quiet'])).code).toBe(0);
    const metrics = JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8'));
    expect(metrics.indicators.aids).toBeNull();
    expect(metrics.indicators.public.propositions).toBeNull();
    const report = parseReport(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8'));
    const section = (id: string) => normalizeSpaces(report.document.getElementById(id)!.textContent ?? '');
    expect(section('section-12')).toContain('Données non fournies : le fichier imilo/aides.csv de 2024 ne contient aucune ligne de données.');
    expect(section('section-12')).not.toMatch(/0 €|allocations? PACEA/);
    expect(section('section-1')).toContain('Données non fournies : le fichier imilo/propositions.csv de 2024');
    expect(section('section-1')).not.toContain('propositions ont été formulées');
    expect(report.table('propositions-themes')).toBeUndefined();
  });

  /** The fixtures (2023 and 2024) with 2024's `files` cut to their header. */
  function fixturesWithHeaderOnly(files: readonly string[]): string {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    for (const file of files) {
      const target = path.join(data, '2024', file);
      writeFileSync(target, `${readFileSync(target, 'utf8').split('\n')[0]}\n`);
    }
    return data;
  }


  it.each([
    {
      file: 'imilo/situations.csv',
      sections: ['section-2', 'section-3', 'section-4', 'section-5', 'section-6', 'section-8', 'section-9', 'section-11'],
      nulls: (i: Metrics, c: Metrics) => [
        i.immersion.immersions,
        i.training.training,
        i.employment,
        i.alternance,
        i.civicService.running,
        i.civicService.byCommune,
        i.internationalMobility.departures,
        i.programmes.cej.measures,
        i.schooling.trainingObligation.inSituationAtYearEnd,
        c.trainingJeunes,
        c.employmentSituations,
        c.immersionWomen,
      ],
      // Sentences that printed 0 from the emptied file.
      absent: [/(?<!\d)(?<!\d )0 jeunes ont bénéficié de 0/, /(?<!\d)(?<!\d )0 contrats en Alternance/, /(?<!\d)(?<!\d )0 Parcours Emploi/, /(?<!\d)(?<!\d )0 jeunes du territoire [^.]* Service Civique/, /(?<!\d)(?<!\d )0 mesures professionnelles/, /situation professionnelle au 31\/12/],
      tables: ['formation-types', 'emploi-types', 'alternance-communes', 'service-civique-communes', 'cej-mesures', 'pmsmp-communes'],
    },
    {
      file: 'imilo/dispositifs.csv',
      sections: ['section-9', 'section-11'],
      nulls: (i: Metrics) => [
        i.programmes.cej.followed,
        i.programmes.cej.byCommune,
        i.programmes.cej.contacts,
        i.programmes.cej.entrants,
        i.programmes.others.mentoring,
        i.programmes.others.ppae,
        i.programmes.others.pacea,
        i.programmes.others.jsmj,
        i.programmes.others.disabilityReinforced,
        i.schooling.trainingObligation.jeunes,
      ],
      absent: [/Contrat d’Engagement Jeune \(dont 0/, /(?<!\d)(?<!\d )0 jeunes ont bénéficié de 0 contacts/, /(?<!\d)(?<!\d )0 jeunes ont intégré/, /dont 0 jeunes qui ont suivi/, /(?<!\d)(?<!\d )0 jeunes mineurs/, /dispositif JSMJ/, /Le PPAE/, /PACEA :/],
      tables: ['cej-communes', 'cej-contacts-nature', 'cej-entrants-niveau', 'parrainage-communes'],
    },
    {
      // Without actions, participations.csv can only be header-only too (its rows name actions).
      file: 'actions/actions.csv',
      also: ['actions/participations.csv'],
      sections: ['section-2', 'section-6', 'section-7', 'section-8', 'section-9'],
      nulls: (i: Metrics) => [
        i.immersion.vrWorkshops,
        i.training.trainingWorkshops,
        i.civicService.actions.informationMeetings,
        i.civicService.actions.forums,
        i.civicService.actions.civicTrainings,
        i.citizenship.youthVoice,
        i.citizenship.antiDiscriminationWorkshops,
        i.internationalMobility.workshops.total,
        i.internationalMobility.workshops.events,
        i.programmes.cej.workshops,
        i.programmes.others.seeph,
        i.programmes.others.coaching.group,
        i.programmes.others.culture,
        i.health.healthActions,
      ],
      absent: [/Organisation de 0 ateliers/, /(?<!\d)(?<!\d )0 ateliers\/activités/, /Aucune rencontre du Comité des usagers/, /mobilisés dans le cadre des actions organisées pendant la SEEPH/],
      tables: [],
    },
    {
      // The actions are counted; who took part in them is not known.
      file: 'actions/participations.csv',
      sections: ['section-2', 'section-6', 'section-7', 'section-8', 'section-9'],
      nulls: (i: Metrics) => [
        i.immersion.vrWorkshops.participants,
        i.civicService.actions.informationMeetings.participants,
        i.citizenship.youthVoice.participants,
        i.internationalMobility.workshops.participants,
        ...i.internationalMobility.workshops.lines.map((line: Metrics) => line.participants),
        i.programmes.others.coaching.group.participants,
        i.programmes.others.culture.participants,
        i.programmes.others.seeph.total,
        i.health.healthActions.participants,
      ],
      absent: [/(?<!\d )(?<!\d)0 jeunes ont participé/, /(?<!\d )(?<!\d)0 jeunes ont été sensibilisés/, /(?<!\d )(?<!\d)0 jeunes et\/ou partenaires/, /Bilan : 0 présents/, /- 0 jeunes/, /(?<!\d )(?<!\d)0 jeunes accompagnés par la Mission Locale/],
      tables: [],
    },
  ])('a header-only $file: a warning, null figures, « Données non fournies » where its tables were, never 0', async ({ file, also, sections, nulls, absent, tables }) => {
    const emptied = [file, ...(also ?? [])];
    const data = fixturesWithHeaderOnly(emptied);
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'html,json,xlsx', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out).issues as JsonIssue[]).filter((issue) => issue.code === 'file.no_data')).toEqual(
      emptied.map((emptiedFile) => expect.objectContaining({ severity: 'warning', file: `2024/${emptiedFile}` })),
    );
    const metrics = JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8'));
    for (const value of nulls(metrics.indicators, metrics.comparisons)) expect(value).toBeNull();
    expect(existsSync(path.join(out, '2024', 'tableaux-2024.xlsx'))).toBe(true);

    const report = parseReport(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8'));
    for (const id of sections) {
      expect(normalizeSpaces(report.document.getElementById(id)!.textContent ?? '')).toContain(`Données non fournies : le fichier ${file} de 2024 ne contient aucune ligne de données.`);
    }
    for (const sentence of absent) expect(report.text).not.toMatch(sentence);
    expect(await zerosNotInFullReport(report, 2024, 'ml')).toEqual([]);
    for (const table of tables) expect(report.table(table)).toBeUndefined();
    expect(emptyHeadings(report.document)).toEqual([]);

    // diff reads a null part against the full year's figures: a difference to show, not a crash.
    const full = temporaryDir();
    expect((await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', full, '--format', 'json', '--quiet'])).code).toBe(0);
    const diff = await runCli(['diff', path.join(full, '2024', 'metrics.json'), path.join(out, '2024', 'metrics.json')]);
    expect(diff.code).toBe(6);
    expect(diff.err).not.toContain('Erreur interne');
  });

  describe('the ALPES report’s Mission Locale digest with a header-only export (Registers.withoutData)', () => {
    /** The 2023 fixtures with 2023's `files` cut to their header. */
    function fixtures2023WithHeaderOnly(files: readonly string[]): string {
      const data = temporaryDir();
      cpSync(FIXTURES, data, { recursive: true });
      for (const file of files) {
        const target = path.join(data, '2023', file);
        writeFileSync(target, `${readFileSync(target, 'utf8').split('\n')[0]}\n`);
      }
      return data;
    }

    /** The text of the Mission Locale part (key figures and digest pages). */
    const missionLocaleText = (report: ParsedReport) => normalizeSpaces(report.document.getElementById('mission-locale')!.textContent ?? '');
    /** The digest pages only (the key figures keep a missing figure's label: « — situations emploi »). */
    const digestText = (report: ParsedReport) => normalizeSpaces([...report.document.querySelectorAll('section.digest-page')].map((page) => page.textContent ?? '').join(' '));
    // A 0 that is not the end of a larger number ("1 022", "10"): what a null printed as 0 would give.
    const zeroFigure = /(?<!\d ?)\b0 (jeunes|situations|contrats|conventions|ateliers|propositions|mesures|contacts)\b/;

    const cases = [
      {
        file: 'imilo/situations.csv',
        pages: ['ml-orientation-formation', 'ml-emploi', 'ml-dispositifs', 'ml-service-civique-aides'],
        gone: [/conventions de Périodes de Mise en Situation/, /situations formation/, /situations emploi/, /contrats signés en 2023/, /partis en mobilité/, /Aucun départ à l’étranger/, /mesures professionnelles/, /en cours de mission Service Civique/],
      },
      {
        file: 'imilo/dispositifs.csv',
        pages: ['ml-public', 'ml-orientation-formation', 'ml-dispositifs'],
        gone: [/dans le cadre du dispositif CEJ, dont/, /contacts \/ jeune/, /suivi renforcé/, /Obligation de Formation Mineurs/, /intégré le dispositif PACEA/, /intégré le dispositif Parrainage/, /programme PPAE/, /sous main de justice/],
      },
      {
        // participations.csv names actions, and mde/contrats.csv's Opération too: emptied with them.
        file: 'actions/actions.csv',
        also: ['actions/participations.csv'],
        pages: ['ml-public', 'ml-orientation-formation', 'ml-emploi', 'ml-dispositifs', 'ml-service-civique-aides'],
        gone: [/SEEPH/, /ateliers techniques formation/, /Casques de Réalité Virtuelle/, /jeunes ont participé à \d+ ateliers en 2023/, /ateliers ont été organisés dans le cadre du dispositif CEJ/, /actions culturelles/, /réunions d’information à destination/, /formations civiques et citoyennes/],
      },
      { file: 'imilo/aides.csv', pages: ['ml-service-civique-aides'], gone: [/Allocations PACEA/, /Total des aides octroyées/, /\b0 €/] },
      { file: 'imilo/propositions.csv', pages: ['ml-public'], gone: [/\d propositions \(dont/] },
    ];

    it('prints every sentence these cases take out when the files are whole (the assertions below mean something)', async () => {
      const out = temporaryDir();
      expect((await runCli(['build', '--year', '2023', '--data', FIXTURES, '--report', 'alpes', '--format', 'html', '--out', out, '--quiet'])).code).toBe(0);
      const report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
      for (const sentence of cases.flatMap((entry) => entry.gone).filter((sentence) => !/Aucun|0 €/.test(sentence.source))) expect(digestText(report)).toMatch(sentence);
      expect(missionLocaleText(report)).not.toContain('Données non fournies');
      expect(missionLocaleText(report)).not.toMatch(zeroFigure);
    });

    it.each(cases)('a header-only $file: build and validate exit 0, « Données non fournies » in place of its figures, never 0', async ({ file, also, pages, gone }) => {
      const data = fixtures2023WithHeaderOnly([file, ...(also ?? [])]);
      if (file === 'actions/actions.csv') {
        const contracts = path.join(data, '2023', 'mde', 'contrats.csv');
        writeFileSync(contracts, readFileSync(contracts, 'utf8').replace(/;[^;\n]*$/gm, ';'));
      }
      const out = temporaryDir();
      const run = await runCli(['build', '--year', '2023', '--data', data, '--report', 'alpes', '--format', 'html', '--out', out, '--quiet']);
      expect(run.err).not.toContain('Erreur interne');
      expect(run.code).toBe(0);
      const report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
      for (const id of pages) {
        expect(normalizeSpaces(report.document.getElementById(id)!.textContent ?? '')).toContain(`Données non fournies : le fichier ${file} de 2023 ne contient aucune ligne de données.`);
      }
      for (const sentence of gone) expect(digestText(report)).not.toMatch(sentence);
      expect(missionLocaleText(report)).not.toMatch(zeroFigure);
      expect(await zerosNotInFullReport(report, 2023, 'alpes')).toEqual([]);
      expect(emptyHeadings(report.document)).toEqual([]);

      const validation = await runCli(['validate', '--year', '2023', '--data', data]);
      expect(validation.err).not.toContain('Erreur interne');
      expect(validation.code).toBe(0);
    });
  });

  it('leaves out of the ALPES report’s Mission Locale part the participant sentences a header-only participations.csv cannot fill', async () => {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    const file = path.join(data, '2023', 'actions', 'participations.csv');
    writeFileSync(file, `${readFileSync(file, 'utf8').split('\n')[0]}\n`);
    const out = temporaryDir();
    expect((await runCli(['build', '--year', '2023', '--report', 'alpes', '--data', data, '--out', out, '--format', 'html,json', '--quiet'])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, '2023', 'metrics-alpes.json'), 'utf8')).indicators.programmes.others.culture.participants).toBeNull();
    const text = normalizeSpaces(parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8')).text);
    // A 0 that is not the end of a grouped number (« 1 000 »).
    expect(text).not.toMatch(/(?<!\d )(?<!\d)0 jeunes ont (participé|été sensibilisés|bénéficié d’un accompagnement en collectif)/);
    // The Maison de l'Emploi's series of actions: counted, their participants unknown rather than 0.
    const mde = JSON.parse(readFileSync(path.join(out, '2023', 'metrics-alpes.json'), 'utf8')).mde;
    expect(mde.events.recruitmentSessions).toMatchObject({ participants: null, participantsFromTerritory: null });
    expect(mde.events.recruitmentSessions.actions).toBeGreaterThan(0);
    expect(mde.businessCreation.workshops.participants).toBeNull();
    expect(text).toMatch(/\d+ sessions organisées/);
    expect(text).not.toContain("candidats présents");
    expect(text).not.toMatch(/(?<!\d )(?<!\d)0 (candidats présents|participants|porteurs de projets renseignés)/);
    expect(await zerosNotInFullReport(parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8')), 2023, 'alpes')).toEqual([]);
  });

  it('treats a header-only Maison de l’Emploi log as an absent one: a warning, a null part, « Données non fournies »', async () => {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    const log = path.join(data, '2023', 'mde', 'cyber-base.csv');
    writeFileSync(log, `${readFileSync(log, 'utf8').split('\n')[0]}\n`);
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2023', '--report', 'alpes', '--data', data, '--out', out, '--format', 'html,json', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).issues).toContainEqual(expect.objectContaining({ code: 'file.no_data', severity: 'warning', file: '2023/mde/cyber-base.csv' }));
    expect(JSON.parse(readFileSync(path.join(out, '2023', 'metrics-alpes.json'), 'utf8')).mde.cyberBase).toBeNull();
    const text = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8')).text;
    expect(text).toContain('Données non fournies : pas de données dans mde/cyber-base.csv pour 2023 (fichier absent ou réduit à sa ligne d’en-tête).');
    const report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
    expect(await zerosNotInFullReport(report, 2023, 'alpes')).toEqual([]);
    expect(emptyHeadings(report.document)).toEqual([]);
  });

  it.each([
    // Without participants, étapes can only be header-only too (their rows name participants).
    { emptied: ['plie/etapes.csv', 'plie/participants.csv'], file: 'plie/participants.csv', nulls: ['participants', 'newEntries', 'newEntriesShare', 'steps', 'exits', 'pathLength'], absent: [/(?<!\d)(?<!\d )0 participants? en parcours/, /(?<!\d)(?<!\d )0 nouvelles? entrées?/, /(?<!\d)(?<!\d )0 étapes? mobilisées?/, /(?<!\d)(?<!\d )0 sorties?/] },
    { emptied: ['plie/etapes.csv'], file: 'plie/etapes.csv', nulls: ['steps'], absent: [/(?<!\d)(?<!\d )0 étapes? mobilisées?/] },
  ])('a header-only $file: a warning, null PLIE parts, « Données non fournies » on the PLIE pages, never 0', async ({ emptied, file, nulls, absent }) => {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    for (const emptiedFile of emptied) {
      const target = path.join(data, '2023', emptiedFile);
      writeFileSync(target, `${readFileSync(target, 'utf8').split('\n')[0]}\n`);
    }
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2023', '--report', 'alpes', '--data', data, '--out', out, '--format', 'html,json', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out).issues as JsonIssue[]).filter((issue) => issue.code === 'file.no_data')).toEqual(
      emptied.map((emptiedFile) => expect.objectContaining({ severity: 'warning', file: `2023/${emptiedFile}` })),
    );
    const plie = JSON.parse(readFileSync(path.join(out, '2023', 'metrics-alpes.json'), 'utf8')).plie;
    for (const part of nulls) expect(plie[part]).toBeNull();
    // The programme figures come from manuel.csv and stay.
    expect(plie.programme.socialSupport.participants).not.toBeNull();
    const report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
    const section = normalizeSpaces(report.document.getElementById('plie')!.textContent ?? '');
    expect(section).toContain(`Données non fournies : le fichier ${file} de 2023 ne contient aucune ligne de données.`);
    for (const sentence of absent) expect(section).not.toMatch(sentence);
    expect(await zerosNotInFullReport(report, 2023, 'alpes')).toEqual([]);
    expect(emptyHeadings(report.document)).toEqual([]);
  });

  it.each([
    { file: 'territoire/population.csv', nulls: (t: Metrics) => [t.population], note: 'Données non fournies : le fichier territoire/population.csv de 2023 ne contient aucune ligne de données.', absent: [/(?<!\d)(?<!\d )0 habitants/] },
    {
      file: 'territoire/emploi.csv',
      nulls: (t: Metrics) => [t.privateEmployment.employees, t.jobSeekers.abc, t.jobSeekers.categoryA, t.jobSeekers.women],
      note: 'Donnée non fournie : le nombre de salariés du secteur privé n’est pas dans territoire/emploi.csv.',
      absent: [/(?<!\d)(?<!\d )0 salariés/, /(?<!\d)(?<!\d )0 demandeurs/],
    },
  ])('a header-only $file: a warning (not an error per commune), null territory figures, never 0', async ({ file, nulls, note, absent }) => {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    const target = path.join(data, '2023', file);
    writeFileSync(target, `${readFileSync(target, 'utf8').split('\n')[0]}\n`);
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2023', '--report', 'alpes', '--data', data, '--out', out, '--format', 'html,json', '--json']);
    expect(run.code).toBe(0);
    const issues = JSON.parse(run.out).issues as JsonIssue[];
    expect(issues).toContainEqual(expect.objectContaining({ code: 'file.no_data', severity: 'warning', file: `2023/${file}` }));
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const territory = JSON.parse(readFileSync(path.join(out, '2023', 'metrics-alpes.json'), 'utf8')).territory;
    for (const value of nulls(territory)) expect(value).toBeNull();
    const report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
    const section = normalizeSpaces(report.document.getElementById('territoire')!.textContent ?? '');
    expect(section).toContain(note);
    for (const sentence of absent) expect(section).not.toMatch(sentence);
    expect(await zerosNotInFullReport(report, 2023, 'alpes')).toEqual([]);
    expect(emptyHeadings(report.document)).toEqual([]);
  });

  it('lists the manuel.csv keys it lacks, and leaves out their sentences and a heading with nothing under it', async () => {
    const manual = readFileSync(path.join(FIXTURES, '2024', 'manuel.csv'), 'utf8')
      .split('\n')
      .filter((line) => !/^(sante|lycee_pro)\./.test(line))
      .join('\n');
    const data = temporaryDir();
    cpSync(path.join(FIXTURES, '2024'), path.join(data, '2024'), { recursive: true });
    writeFileSync(path.join(data, '2024', 'manuel.csv'), manual);
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'html', '--json']);
    expect(run.code).toBe(0);
    const [missing] = (JSON.parse(run.out).issues as (JsonIssue & { keys: string[] })[]).filter((issue) => issue.code === 'manual.missing_keys');
    expect(missing).toEqual(expect.objectContaining({ severity: 'warning', file: '2024/manuel.csv' }));
    expect(missing!.keys).toEqual(expect.arrayContaining(['sante.cpam', 'sante.ars', 'sante.pae.jeunes', 'lycee_pro.pae.annee_courante.mno', 'lycee_pro.tdo.annee_courante.orientes']));
    expect(missing!.message).toContain('sante.cpam');
    const text = parseReport(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8')).text;
    expect(text).not.toContain('Réforme des Lycées Professionnels :');
    const health = normalizeSpaces(parseReport(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8')).document.getElementById('section-10')!.textContent ?? '');
    expect(health).not.toContain('Bilan de l’action :');
    expect(health).toContain('Permanence Accueil Ecoute');
    expect(text).not.toMatch(/Santé \(0 action\)/);
    expect(text).not.toContain('Une Déléguée Sociale de la CPAM a reçu');
    const report = parseReport(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8'));
    expect(await zerosNotInFullReport(report, 2024, 'ml')).toEqual([]);
    expect(emptyHeadings(report.document)).toEqual([]);
  });

  it.each([
    { year: 2024, kind: 'ml' as const, name: 'rapport-activite-2024.html' },
    { year: 2023, kind: 'alpes' as const, name: 'rapport-alpes-2023.html' },
  ])('with every manuel.csv key removed, the $kind report prints no 0 and no heading with nothing under it', async ({ year, kind, name }) => {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    const manual = path.join(data, String(year), 'manuel.csv');
    writeFileSync(manual, `${readFileSync(manual, 'utf8').split('\n')[0]}\n`);
    const out = temporaryDir();
    const run = await runCli(['build', '--year', String(year), '--data', data, '--report', kind, '--out', out, '--format', 'html', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out).issues as JsonIssue[]).map((issue) => issue.code)).toContain('manual.missing_keys');
    const report = parseReport(readFileSync(path.join(out, String(year), name), 'utf8'));
    expect(await zerosNotInFullReport(report, year, kind)).toEqual([]);
    expect(emptyHeadings(report.document)).toEqual([]);
  });

  it('a header-only actions.csv leaves the Maison de l’Emploi’s events null: « Données non fournies » under their headings, none left empty', async () => {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    for (const file of ['actions/actions.csv', 'actions/participations.csv']) {
      const target = path.join(data, '2023', file);
      writeFileSync(target, `${readFileSync(target, 'utf8').split('\n')[0]}\n`);
    }
    // mde/contrats.csv's Opération names actions: left empty with them.
    const contracts = path.join(data, '2023', 'mde', 'contrats.csv');
    writeFileSync(contracts, readFileSync(contracts, 'utf8').replace(/;[^;\n]*$/gm, ';'));
    const out = temporaryDir();
    expect((await runCli(['build', '--year', '2023', '--report', 'alpes', '--data', data, '--out', out, '--format', 'html,json', '--quiet'])).code).toBe(0);
    const mde = JSON.parse(readFileSync(path.join(out, '2023', 'metrics-alpes.json'), 'utf8')).mde;
    expect(mde.events).toBeNull();
    expect(mde.businessCreation.workshops).toBeNull();
    // The logs' figures stay.
    expect(mde.businessCreation.holders.welcomed).toBeGreaterThan(0);
    const report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
    const part = (name: string) => normalizeSpaces(report.document.querySelector(`#mde .${name}`)!.textContent ?? '');
    const note = 'Données non fournies : le fichier actions/actions.csv de 2023 ne contient aucune ligne de données.';
    expect(part('mde-anticipation')).toBe(`Participer au développement de l’anticipation des mutations économiques ${note} Cette partie est laissée vide plutôt que remplie de zéros.`);
    expect(part('mde-emploi-local')).toContain('Ateliers et événements de création d’entreprise : données non fournies (le fichier actions/actions.csv de 2023 ne contient aucune ligne de données).');
    expect(part('mde-emploi-local')).toContain(`Organisation d’opérations de recrutement ${note}`);
    expect(part('mde-emploi-local')).not.toMatch(/ateliers collectifs|sessions organisées|Salon/);
    expect(emptyHeadings(report.document)).toEqual([]);
    expect(await zerosNotInFullReport(report, 2023, 'alpes')).toEqual([]);
  });

  it('actions.csv without any Maison de l’Emploi event: the part says there were none, and the console warns', async () => {
    const data = temporaryDir();
    cpSync(FIXTURES, data, { recursive: true });
    const actionsFile = path.join(data, '2023', 'actions', 'actions.csv');
    const [header, ...rows] = readFileSync(actionsFile, 'utf8').trimEnd().split('\n');
    const columns = header!.split(';');
    const [type, parent] = [columns.indexOf('Type'), columns.indexOf('Action parente')];
    const events = new Set(['Rencontre', 'Job dating', 'Événement', 'Salon', 'Forum']);
    const removed = new Set(rows.filter((row) => events.has(row.split(';')[type]!)).map((row) => row.split(';')[0]!));
    const kept = rows.filter((row) => !removed.has(row.split(';')[0]!) && !removed.has(row.split(';')[parent]!));
    expect(removed.size).toBeGreaterThan(5);
    writeFileSync(actionsFile, [header, ...kept, ''].join('\n'));
    const participationsFile = path.join(data, '2023', 'actions', 'participations.csv');
    const ids = new Set(kept.map((row) => row.split(';')[0]!));
    const participations = readFileSync(participationsFile, 'utf8').trimEnd().split('\n');
    writeFileSync(participationsFile, [participations[0], ...participations.slice(1).filter((row) => ids.has(row.split(';')[0]!)), ''].join('\n'));
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2023', '--report', 'alpes', '--data', data, '--out', out, '--format', 'html,json', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out).issues as JsonIssue[]).filter((issue) => issue.code === 'mde.no_events')).toEqual([
      expect.objectContaining({ severity: 'warning', file: '2023/actions/actions.csv' }),
    ]);
    const report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
    expect(normalizeSpaces(report.document.querySelector('#mde .mde-anticipation')!.textContent ?? '')).toBe(
      'Participer au développement de l’anticipation des mutations économiques Aucune rencontre, aucun job dating, événement, salon ni forum de la Maison de l’Emploi dans actions/actions.csv pour 2023.',
    );
    expect(emptyHeadings(report.document)).toEqual([]);
  });

  it('prints a missing key figure as « n.d. », and explains « n.d. » in the annex only when the report prints it', async () => {
    const data = fixturesWithHeaderOnly(['imilo/propositions.csv']);
    const out = temporaryDir();
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'html', '--quiet'])).code).toBe(0);
    const report = parseReport(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8'));
    const figure = [...report.document.querySelectorAll('#chiffres-cles li')].map((item) => normalizeSpaces(item.textContent ?? '')).find((text) => text.includes('propositions'));
    expect(figure).toBe('n.d. propositions Donnée non fournie pour 2024');
    const reading = 'n.d. » (non disponible) : donnée non fournie, que les fichiers de l’année ne contiennent pas';
    expect(normalizeSpaces(report.document.getElementById('annexes')!.textContent ?? '')).toContain(reading);
    const full = await fullReport(2024, 'ml');
    expect(full.text).not.toContain('n.d.');
    expect(full.text).not.toContain(reading);
  });

  it('lists the ALPES report’s absent parts in the build summary and counts them as warnings; --strict fails on them', async () => {
    const data = temporaryDir();
    cpSync(path.join(FIXTURES, '2024'), path.join(data, '2024'), { recursive: true });
    const args = ['build', '--year', '2024', '--data', data, '--report', 'alpes', '--format', 'html', '--out', temporaryDir()];
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.err).toContain('Parties absentes du rapport ALPES (pages « Données non fournies ») : plie/, mde/, territoire/.');
    expect(run.err).toMatch(/lignes, 4 avertissement\(s\)\./); // 3 parts + the manuel.csv keys of 2024
    for (const folder of ['plie/', 'mde/', 'territoire/']) expect(run.err).toContain(`2024/${folder} avertissement [part.absent]`);
    expect((await runCli([...args, '--strict'])).code).toBe(3);
  });

  it('refuses to build the untouched scaffold of `init` instead of printing a report of zeros', async () => {
    const data = temporaryDir();
    expect((await runCli(['init', '--year', '2025', '--data', data])).code).toBe(0);
    const run = await runCli(['build', '--year', '2025', '--data', data, '--out', temporaryDir(), '--format', 'json']);
    expect(run.code).toBe(3);
    expect(run.err).toContain('2025/imilo/jeunes.csv erreur [file.no_data]');
  });
});
