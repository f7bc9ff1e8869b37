import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, parseReport, runCli, temporaryDir } from '../helpers/report.js';

/**
 * Issue #14: next January without a developer. fixtures/2024 moved forward one year (every
 * dd/mm/yyyy date + 1 year, no textes/) must build a 2025 report that states none of 2024's
 * events and says which texts are missing; texts written for 2025 print with its figures.
 */
let data: string;

/** dd/mm/yyyy -> the same day a year later (29 February -> 28 February). */
function shiftDates(text: string): string {
  return text.replace(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g, (_all, day: string, month: string, year: string) =>
    `${day === '29' && month === '02' ? '28' : day}/${month}/${Number(year) + 1}`,
  );
}

function copyShifted(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === 'textes') continue;
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) copyShifted(source, path.join(to, entry.name));
    else writeFileSync(path.join(to, entry.name), shiftDates(readFileSync(source, 'utf8')));
  }
}

function writeText(name: string, content: string): void {
  mkdirSync(path.join(data, '2025', 'textes'), { recursive: true });
  writeFileSync(path.join(data, '2025', 'textes', `${name}.md`), content);
}

function clearTexts(): void {
  rmSync(path.join(data, '2025', 'textes'), { recursive: true, force: true });
}

async function build(out = temporaryDir()) {
  const run = await runCli(['build', '--year', '2025', '--data', data, '--out', out, '--format', 'html']);
  const file = path.join(out, '2025', 'rapport-activite-2025.html');
  return { ...run, out, html: existsSync(file) ? readFileSync(file, 'utf8') : undefined };
}

beforeAll(() => {
  data = temporaryDir();
  copyShifted(path.join(FIXTURES, '2024'), path.join(data, '2025'));
});

describe('a year without texts', () => {
  it('builds, prints none of 2024’s events, and lists the missing texts', async () => {
    clearTexts();
    const run = await build();
    expect(run.code).toBe(0);
    const text = parseReport(run.html ?? '').text;
    // Sentences of fixtures/2024/textes/ (seed 001's events, partners and legal references).
    for (const sentence of ['19 juin 2024', '4 juillet 2024', 'Sciences Po Lille', '18 au 24 novembre 2024', 'ATTA', '20 octobre 2023', 'CPAM Lille-Douai', 'Alfred Mongy', 'CCAS de Lambersart', 'France Travail', 'casques de réalité virtuelle', 'membres du Clubhouse', 'convention avec l’Etat', 'Chargée de Projet', 'rendez-vous tripartites', 'Module 1', 'Atelier d’orientation en 4 modules', 'repérer ses capacités', 'prospectées par la ML', 'qui a vocation', 'bourses mobilisables', 'univers qu’ils ne connaissaient pas', 'Diverses aides', 'phase collective CEJ', 'de 3 mois', 'dans le cadre du projet', 'avec l’ADICE', 'avec l’ONG International Impact', 'avec l’OFCI', 'de façon intensive']) {
      expect(text).not.toContain(sentence);
    }
    expect(run.err).toContain('2025/textes/06-service-civique-descriptif.md avertissement [text.missing]');
    expect(run.err).toContain('Texte absent, non imprimé : le descriptif du Service Civique.');
    expect(run.err).toContain('2025/textes/13-labellisation.md');
    expect(run.err).toContain('2025/textes/09-seeph-actions.md');
    expect(run.err).toContain('2025/textes/11-avenir-pro-moyens.md avertissement [text.missing]');
    expect(run.err).toContain('2025/textes/05-alternance-atelier.md avertissement [text.missing]');
    // The figures around a missing description stay (seed 001: "Nombre total de participants aux ateliers : 153 lycéens").
    expect(text).toMatch(/Nombre total de participants aux ateliers : \d+ lycéens\./);
    // A missing text keeps its figures in a neutral sentence (seed 001: "205 jeunes ont intégré le
    // dispositif PPAE…", "a reçu en entretien 121 jeunes", "évaluée sur 35 critères", "127/140").
    expect(text).toContain('205 jeunes ont intégré le dispositif PPAE.');
    expect(text).toContain('121 jeunes reçus en entretien');
    expect(text).toContain('évaluée sur 35 critères notés de 1 à 4 : 127/140');
    // Without the year's wording of each programme, a departure line says its count, countries and
    // programme (seed 001: "9 en stage « Erasmus + » de 3 mois (Espagne, Irlande, Malte et Portugal)…").
    expect(run.err).toContain('2025/textes/08-mobilite-departs.md avertissement [text.missing]');
    expect(normalizeSpaces(text)).toContain('9 en Espagne, en Irlande, à Malte et au Portugal - Dispositif : « Stage Erasmus+ (Let’s go pro) ».');
    expect(normalizeSpaces(text)).toContain('2 au Sénégal et en Côte d’Ivoire - Dispositif : « Service Civique International (SCI - Ambassadeurs) ».');
    // Seed 001: "12 professionnels affectés à l'action accompagnent les jeunes de façon intensive…".
    expect(run.err).toContain('2025/textes/09-cej-accompagnement.md avertissement [text.missing]');
    expect(normalizeSpaces(text)).toContain('12 professionnels sont affectés à l’action.');
    // Without their descriptions, the SEEPH actions keep their bilan from the data.
    expect(text).toContain('Le handicap visuel présenté par REMORA : Bilan : 31 présents.');
    // The data-driven sentences remain (seed 001: "La ML MNO a réalisé 745 nouvelles inscriptions en 2024").
    expect(text).toContain('La ML MNO a réalisé 745 nouvelles inscriptions en 2025.');
    // No editorial page without edito.md, and no warning for it.
    expect(run.html).not.toContain('class="edito"');
    expect(run.err).not.toContain('edito.md');
  });
});

describe('the missing texts, said before any report is rendered', () => {
  it('validate lists them, with the same code and wording as build', async () => {
    clearTexts();
    const run = await runCli(['validate', '--year', '2025', '--data', data]);
    expect(run.code).toBe(0);
    expect(run.err).toContain('2025/textes/06-service-civique-descriptif.md avertissement [text.missing] Texte absent, non imprimé : le descriptif du Service Civique. Écrivez-le');
    expect(run.err).toContain('2025/textes/13-labellisation.md avertissement [text.missing]');
    expect(run.err).not.toContain('edito.md');
  });

  it('a text holding only comments (init’s placeholder) is absent; an empty one is a choice, said nowhere', async () => {
    clearTexts();
    writeText('13-labellisation', '<!-- À écrire : le récit de la labellisation -->\n');
    writeText('10-pae-descriptif', '');
    const run = await runCli(['validate', '--year', '2025', '--data', data]);
    expect(run.err).toContain('2025/textes/13-labellisation.md avertissement [text.missing]');
    expect(run.err).not.toContain('2025/textes/10-pae-descriptif.md');
  });

  it('validate --json and build --format json carry them too', async () => {
    clearTexts();
    const validate = await runCli(['validate', '--year', '2025', '--data', data, '--json']);
    expect(validate.out).toMatch(/"code":"text\.missing"[^\n]*"file":"2025\/textes\/09-seeph-actions\.md"|"file":"2025\/textes\/09-seeph-actions\.md"[^\n]*"code":"text\.missing"/);
    const out = temporaryDir();
    const build = await runCli(['build', '--year', '2025', '--data', data, '--out', out, '--format', 'json']);
    expect(build.code).toBe(0);
    expect(build.err).toContain('2025/textes/11-historique.md avertissement [text.missing]');
  });

  it('a text the system cannot read is a data error naming it, not a crash', async () => {
    clearTexts();
    mkdirSync(path.join(data, '2025', 'textes', 'edito.md'), { recursive: true });
    const run = await runCli(['validate', '--year', '2025', '--data', data]);
    expect(run.code).toBe(7);
    expect(run.err).toContain('2025/textes/edito.md erreur [file.unreadable]');
    expect(run.err).toContain('EISDIR');
  });
});

describe('the ALPES report’s own parts without their texts', () => {
  it('prints the PLIE and MDE figures without the 2023 descriptions, and says which texts are missing', async () => {
    const alpes = temporaryDir();
    cpSync(path.join(FIXTURES, '2023'), path.join(alpes, '2023'), { recursive: true, filter: (source) => path.basename(source) !== 'textes' });
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2023', '--data', alpes, '--out', out, '--report', 'alpes', '--format', 'html']);
    expect(run.code).toBe(0);
    const text = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8')).text;
    // Sentences of seed 000's PLIE and MDE pages, now in fixtures/2023/textes/.
    for (const sentence of ['diagnostic social', 'Levée des freins', 'Suivi global', 'publics les plus éloignés', 'succession d’étapes', 'Prospection, sensibilisation', 'qui s’implantent', 'partenaires de la création', 'agences d’intérim']) {
      expect(text).not.toContain(sentence);
    }
    // Their figures stay (seed 000: "participants en parcours", "sorties").
    expect(text).toContain('participants en parcours');
    expect(text).toContain('Sorties Positives');
    // Seed 000: "Organisation de 6 ateliers collectifs « création/reprise d’entreprises » avec les partenaires
    // de la création d’entreprises, à la MDE MNO : 40 participants, dont 30 de MNO"; "Recrutements en
    // partenariat avec des agences d’intérim (…) au sein de la MDE : 20 sessions organisées, 102 candidats présents dont 53 de MNO".
    expect(normalizeSpaces(text)).toContain('Organisation de 6 ateliers collectifs « création/reprise d’entreprises » : 40 participants, dont 30 de MNO');
    expect(normalizeSpaces(text)).toContain('Recrutements : 20 sessions organisées, 102 candidats présents dont 53 de MNO');
    for (const name of ['plie-arp-descriptif', 'plie-etapes', 'mde-rse', 'mde-operations-recrutement', 'mde-creation-ateliers', 'mde-recrutements-partenaires']) {
      expect(run.err).toContain(`2023/textes/${name}.md avertissement [text.missing]`);
    }
    const validate = await runCli(['validate', '--year', '2023', '--data', alpes]);
    expect(validate.err).toContain('2023/textes/plie-programmation.md avertissement [text.missing] Texte absent, non imprimé : le texte qui présente la programmation du PLIE (publics visés).');
    expect(validate.err).toContain('2023/textes/mde-rse.md avertissement [text.missing]');
  });
});

describe('texts written for 2025', () => {
  it('prints the editorial after the cover and before the contents, with the year and the figure', async () => {
    clearTexts();
    writeText(
      'edito',
      '# Le mot du président\n\nEn {{annee}}, la Mission Locale {{sigle}} a accueilli {{chiffre "indicators.public.newArrivals.total"}} nouveaux jeunes (comparés à {{annee_precedente}}).\n\n---\n\nLe Président de l’association\n',
    );
    const run = await build();
    expect(run.code).toBe(0);
    const html = run.html ?? '';
    // 745: seed 001's new arrivals of 2024, the same data moved to 2025.
    expect(normalizeSpaces(html)).toContain('En 2025, la Mission Locale MNO a accueilli 745 nouveaux jeunes (comparés à 2024).');
    expect(html.indexOf('class="edito"')).toBeGreaterThan(html.indexOf('</header>'));
    expect(html.indexOf('class="edito"')).toBeLessThan(html.indexOf('<nav class="toc"'));
    expect(html).toContain('<div class="signature">');
  });

  it('fails on an unknown key with its line and the nearest key, writing nothing', async () => {
    clearTexts();
    writeText('edito', '# Le mot du président\n\nEn {{annee}},\n{{chiffre "indicators.public.newArrival.total"}} nouveaux jeunes.\n');
    const out = temporaryDir();
    const run = await build(out);
    expect(run.code).toBe(3);
    expect(run.err).toContain('2025/textes/edito.md:4');
    expect(run.err).toContain('« indicators.public.newArrivals.total »');
    expect(readdirSync(out)).toEqual([]);
  });

  it('fails on an unknown helper, with the nearest one', async () => {
    clearTexts();
    writeText('09-seeph', 'Texte.\n\nEn {{anne}}.\n');
    const run = await build();
    expect(run.code).toBe(3);
    expect(run.err).toContain('2025/textes/09-seeph.md:3');
    expect(run.err).toContain('« annee »');
  });

  it('never lets markup in a text reach the HTML live', async () => {
    clearTexts();
    const markup = 'Avant <script>alert(1)</script> après <img src=x onerror=alert(1)>.';
    writeText('13-labellisation', `${markup}\n\n![logo](https://example.org/x.png)\n`);
    // The editorial, a one-line text and a keyed one are rendered by other paths: none lets markup through either.
    writeText('edito', `# Le mot <b>du</b> président\n\n${markup}\n\n---\n\n<i>Signé</i>\n`);
    writeText('08-mobilite-sensibilisation', markup);
    writeText('08-mobilite-departs', `## Stage Erasmus+ (ADICE)\n\n{{chiffre ".count"}} ${markup}\n`);
    const run = await build();
    expect(run.code).toBe(0);
    const html = run.html ?? '';
    expect(html).not.toMatch(/<script|<img|<b>du|<i>Sign/);
    const section = html.slice(html.indexOf('id="section-13"'));
    expect(section).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;du&lt;/b&gt;');
    expect(html).toContain('<li>1 Avant &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/g)).toHaveLength(4);
  });
});

describe('starting the next year', () => {
  it('init copies Y-1’s texts; build then warns of each one left unread, until marked reread', async () => {
    clearTexts();
    writeText('09-seeph', 'La SEEPH {{annee}}.\n');
    writeText('11-historique', '2025\n: Loi du 19 juin 2024.\n');
    const init = await runCli(['init', '--year', '2026', '--data', data]);
    expect(init.code).toBe(0);
    expect(readFileSync(path.join(data, '2026', 'textes', '09-seeph.md'), 'utf8')).toBe('La SEEPH {{annee}}.\n');
    // 2026 copied but unread: compare the text files of 2026 with 2025's.
    const { loadTexts } = await import('../../src/load/texts.js');
    const issues: import('../../src/contract/issues.js').Issue[] = [];
    loadTexts(data, 2026, issues);
    expect(issues.map((issue) => [issue.code, issue.file])).toEqual([
      ['text.unchanged', '2026/textes/09-seeph.md'],
      ['text.unchanged', '2026/textes/11-historique.md'],
    ]);
    // The blocks 2025 did not give are placeholders: a comment saying what to write, no year's fact, absent until written.
    const placeholder = readFileSync(path.join(data, '2026', 'textes', '13-labellisation.md'), 'utf8');
    expect(placeholder).toMatch(/^<!-- À écrire : le récit de la labellisation .*-->\n$/);
    expect(placeholder).not.toMatch(/\d{4}/);
    expect(existsSync(path.join(data, '2026', 'textes', 'edito.md'))).toBe(true);
    expect(Object.keys(loadTexts(data, 2026, [])).sort()).toEqual(['09-seeph', '11-historique']);
    writeFileSync(path.join(data, '2026', 'textes', '09-seeph.md'), '<!-- relu en 2026 -->\nLa SEEPH {{annee}}.\n');
    const after: typeof issues = [];
    loadTexts(data, 2026, after);
    expect(after.map((issue) => issue.file)).toEqual(['2026/textes/11-historique.md']);
    rmSync(path.join(data, '2026'), { recursive: true });
  });

  it('validate lists the full dates a text cites outside the year, as information', async () => {
    clearTexts();
    writeText('11-historique', '2025\n: Décret du 5 août 2020 et circulaire du 19/06/2024, appliqués le 3 mars 2025.\n');
    const run = await runCli(['validate', '--year', '2025', '--data', data]);
    expect(run.code).toBe(0);
    expect(run.err).toContain('2025/textes/11-historique.md:2 à relire [text.date_outside_year] Date « 5 août 2020 »');
    expect(run.err).toContain('Date « 19/06/2024 »');
    expect(run.err).not.toContain('3 mars 2025');
  });
});
