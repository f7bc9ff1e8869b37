import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';
import type { MissionLocaleIndicators } from '../../src/contract/metrics-schema.js';

/**
 * The Mission Locale pages of the ALPES 2023 report (`--report alpes`) built from fixtures/:
 * seed 000 prints them as a digest of key figures in five pages, not as the 13 sections of the
 * Mission Locale report (`--report ml`, seed 001). Every figure of those pages is checked here,
 * in the page that prints it. The figures are transcribed from seed 000's text, which each
 * comment quotes; the words around them are the report's where it cannot print the seed's (a
 * partner or a purpose that no export holds: docs/seed-discrepancies.md).
 */
let report: ParsedReport;
let indicators: MissionLocaleIndicators;

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', out, '--report', 'alpes', '--format', 'html,json', '--quiet']);
  expect(run.code).toBe(0);
  report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
  indicators = JSON.parse(readFileSync(path.join(out, '2023', 'metrics-alpes.json'), 'utf8')).indicators;
});

function page(id: string, parsed = report): string {
  const element = parsed.document.getElementById(id);
  expect(element, id).not.toBeNull();
  return normalizeSpaces(element!.textContent ?? '');
}

describe('the Mission Locale part of the ALPES 2023 report follows seed 000', () => {
  it('is the digest, in seed 000’s page order, not the 13 sections of the Mission Locale report', () => {
    const part = report.document.getElementById('mission-locale')!;
    expect([...part.querySelectorAll(':scope > section')].map((section) => section.id)).toEqual([
      'chiffres-cles',
      'ml-public',
      'ml-orientation-formation',
      'ml-emploi',
      'ml-dispositifs',
      'ml-service-civique-aides',
    ]);
    for (let section = 1; section <= 13; section++) expect(report.document.getElementById(`section-${section}`)).toBeNull();
    // The digest has no table: the Mission Locale's tables are the full report's.
    expect(part.querySelectorAll('table')).toHaveLength(0);
  });

  it.each([
    // "679 nouvelles inscriptions + 7,61%"
    '679 nouvelles inscriptions +7,61 %',
    // "3 087 jeunes en contact dont 1 634 jeunes accompagnés dans le cadre d'entretiens"
    '3 087 jeunes en contact dont 1 634 jeunes accompagnés dans le cadre d’entretiens',
    // "Les jeunes suivis ont bénéficié de : 42 318 contacts"
    'Les jeunes suivis ont bénéficié de : 42 318 contacts',
    // "16 709 entretiens, soit une augmentation de 5 % par rapport à 2022"
    '16 709 entretiens, soit une augmentation de 5 % par rapport à 2022',
    // "28 123 propositions (dont 28 % sur la thématique Emploi)"
    '28 123 propositions (dont 28 % sur la thématique Emploi)',
    // "154 jeunes ont été reçus en entretien par une Déléguée Sociale de la CPAM"
    '154 jeunes ont été reçus en entretien par une Déléguée Sociale de la CPAM',
    // "57 jeunes du territoire MNO ont réalisé un bilan Santé avec l'Institut Pasteur"
    '57 jeunes du territoire MNO ont réalisé un bilan Santé',
    // "240 jeunes ont participé aux actions sur la thématique Santé dans le cadre de la convention avec l'ARS"
    '240 jeunes ont participé aux actions sur la thématique Santé',
    // "68 jeunes ont été accompagnés par la psychologue intervenant à la ML MNO dans le cadre de la
    // Permanence Accueil Ecoute (312 entretiens réalisés)"
    '68 jeunes ont été accompagnés par la psychologue intervenant à la ML MNO dans le cadre de la Permanence Accueil Ecoute (312 entretiens réalisés)',
    // "37 jeunes en situation de handicap ont bénéficié d'un suivi renforcé dans le cadre du dispositif TH"
    '37 jeunes en situation de handicap ont bénéficié d’un suivi renforcé dans le cadre du dispositif TH',
    // "62 jeunes et partenaires du territoire MNO ont participé aux actions organisées par la Mission Locale MNO"
    '62 jeunes et partenaires du territoire MNO ont participé aux actions organisées par la Mission Locale MNO',
  ])('Le public: %s', (sentence) => {
    expect(page('ml-public')).toContain(normalizeSpaces(sentence));
  });

  it.each([
    // "63 jeunes ont été accompagnés dans le cadre de l'aide au financement du Permis B"
    '63 jeunes ont été accompagnés dans le cadre de l’aide au financement du Permis B',
    // "155 jeunes ont été accompagnés dans le cadre de l'Obligation de Formation Mineurs. 100 % des
    // jeunes sont en règle avec le respect de l'Obligation de Formation (photographie au 31/12)"
    '155 jeunes ont été accompagnés dans le cadre de l’Obligation de Formation Mineurs. 100 % des jeunes sont en règle avec le respect de l’Obligation de Formation (photographie au 31/12)',
    // "210 conventions de Périodes de Mise en Situation en Milieu Professionnel ont été signées"
    '210 conventions de Périodes de Mise en Situation en Milieu Professionnel ont été signées',
    // "142 jeunes ont participé à 26 ateliers techniques formation"
    '142 jeunes ont participé à 26 ateliers techniques formation',
    // "104 jeunes ont participé à 18 ateliers de découverte des métiers via l'utilisation de Casques de Réalité Virtuelle"
    '104 jeunes ont participé à 18 ateliers de découverte des métiers via l’utilisation de Casques de Réalité Virtuelle',
    // "468 jeunes ont bénéficié de 678 situations formation, dont 104 retours en formation initiale"
    '468 jeunes ont bénéficié de 678 situations formation, dont 104 retours en formation initiale',
    // "67 % des formations sont des phases de qualification ou de pré-qualification"
    '67 % des formations sont des phases de qualification ou de pré-qualification',
    // "62 % ont un niveau inférieur au BAC"
    '62 % ont un niveau inférieur au BAC',
    // "31 % des formations dans le secteur ‘‘Animation d'activités de loisirs’’"
    '31 % des formations dans le secteur « Animation d’activités de loisirs »',
    // "Une progression des entrées en formation de 22 %"
    'Une augmentation de 22 % des entrées en formation',
    // "80 jeunes ont bénéficié d'un accompagnement en individuel ou en collectif par une conseillère coach certifiée"
    '80 jeunes ont bénéficié d’un accompagnement en individuel par une conseillère coach certifiée',
  ])('Orientation / Formation: %s', (sentence) => {
    expect(page('ml-orientation-formation')).toContain(normalizeSpaces(sentence));
  });

  it.each([
    // "859 jeunes ont bénéficié de 1 915 situations emploi"
    '859 jeunes ont bénéficié de 1 915 situations emploi',
    // "Une augmentation de 15 % du nombre de contrats"
    'Une augmentation de 15 % du nombre de contrats',
    // "Le nombre de Contrats à Durée Indéterminée a progressé de 10 %"
    'Le nombre de Contrats à Durée Indéterminée a progressé de 10 %',
    // "Une augmentation de 16 % des contrats en Intérim"
    'Une augmentation de 16 % des contrats en Intérim',
    // "Les métiers du Transport et de la Logistique représentent 22 % des contrats"
    'Les métiers du Transport et de la Logistique représentent 22 % des contrats',
    // "55 % ont un niveau inférieur au BAC 57 % sont âgés de 18-21 ans 45 % sont des femmes"
    '55 % ont un niveau inférieur au BAC 57 % sont âgés de 18-21 ans 45 % sont des femmes',
    // "301 jeunes en cours de situation Alternance ont bénéficié d'un suivi dans l'emploi, dont 130 contrats signés en 2023"
    '301 jeunes en cours de situation Alternance ont bénéficié d’un suivi dans l’emploi, dont 130 contrats signés en 2023',
    // "Les métiers du commerce et de la vente représentent 39 % des contrats en Alternance signés"
    'Les métiers « Commerce, vente et grande distribution » représentent 39 % des contrats en Alternance signés',
    // "295 jeunes ont participé à 26 ateliers en 2023"
    '295 jeunes ont participé à 26 ateliers en 2023',
    // "115 jeunes ont participé au Forum Cap sur l'International en 2023"
    '« Forum Cap sur l’International 2023 » : 115 participants',
    // "50 jeunes ont été reçus en entretien individuel à l'issue des ateliers"
    '50 jeunes ont été reçus en entretien individuel à l’issue des ateliers',
    // "32 jeunes ont été orientés vers des structures partenaires (ADICE, ...)"
    '32 jeunes ont été orientés vers des structures partenaires (ADICE, ...)',
    // "6 jeunes sont partis en mobilité à l'étranger en 2023"
    '6 jeunes sont partis en mobilité à l’étranger en 2023',
    // "3 jeunes partis en stage Erasmus + de 3 mois dans le cadre du projet Let's go pro (Espagne, Irlande, Malte)"
    '3 en stage « Erasmus + » de 3 mois (Espagne, Irlande et Malte) dans le cadre du projet « Let’s go pro »',
    // "3 jeunes partis en Service Civique International avec l'ADICE (Arménie, Portugal, Italie)"
    '3 en Service Civique International en Arménie, au Portugal et en Italie avec l’ADICE',
  ])('Emploi, Alternance, Mobilité internationale: %s', (sentence) => {
    expect(page('ml-emploi')).toContain(normalizeSpaces(sentence));
  });

  it.each([
    // "1 022 jeunes ont été accompagnés dans le cadre des dispositifs CEJ/GJ", "dont 645 jeunes qui
    // ont intégré les dispositifs CEJ / GJ en 2023 (dont 57 jeunes en QPV)"
    '1 022 jeunes ont été accompagnés dans le cadre du dispositif CEJ, dont 645 jeunes qui l’ont intégré en 2023 (dont 57 jeunes en QPV)',
    // "Les jeunes ont bénéficié de 27 130 contacts (27 contacts / jeune en moyenne)."
    'Les jeunes ont bénéficié de 27 130 contacts (27 contacts / jeune en moyenne).',
    // "707 jeunes accompagnés ont bénéficié de 1 769 mesures professionnelles"
    '707 jeunes accompagnés ont bénéficié de 1 769 mesures professionnelles',
    // "489 ateliers ont été organisés dans le cadre du dispositif CEJ sur la période du 01/01/2023 au
    // 31/12/2023. Soit une moyenne de 41 ateliers par mois"
    '489 ateliers ont été organisés dans le cadre du dispositif CEJ sur la période du 01/01/2023 au 31/12/2023. Soit une moyenne de 41 ateliers par mois',
    // "69 % des jeunes accompagnés dans le cadre des dispositifs CEJ/GJ ont bénéficié d'au moins une
    // solution professionnelle en 2023."
    '69 % des jeunes accompagnés dans le cadre du dispositif CEJ ont bénéficié d’au moins une solution professionnelle en 2023.',
    // "269 jeunes ont intégré le dispositif PACEA"
    '269 jeunes ont intégré le dispositif PACEA',
    // "58 jeunes ont intégré le dispositif Parrainage (convention avec l'Etat)"
    '58 jeunes ont intégré le dispositif Parrainage (au titre de la convention avec l’Etat)',
    // "119 jeunes sont entrés dans le programme PPAE … (dont 16 jeunes nouvellement inscrits)"
    '119 jeunes sont entrés dans le programme PPAE (dont 16 jeunes nouvellement inscrits)',
    // "26 jeunes du territoire MNO ont été accompagnés dans le cadre de la convention métropolitaine
    // relative au suivi des jeunes sous-main de justice"
    '26 jeunes du territoire MNO ont été accompagnés dans le cadre de la convention métropolitaine relative au suivi des jeunes sous main de justice',
    // "429 jeunes ont participé à 36 actions culturelles organisées et financées par la Mission Locale MNO"
    '429 jeunes ont participé à 36 actions culturelles organisées et financées par la Mission Locale MNO',
  ])('Les dispositifs d’accompagnement: %s', (sentence) => {
    expect(page('ml-dispositifs')).toContain(normalizeSpaces(sentence));
  });

  it.each([
    // "96 jeunes du territoire Métropole Nord-Ouest étaient en cours de mission Service Civique dont
    // 41 jeunes qui ont démarré une mission en 2023"
    '96 jeunes du territoire Métropole Nord-Ouest étaient en cours de mission Service Civique dont 41 jeunes qui ont démarré une mission en 2023',
    // "10 réunions d'information à destination des jeunes ont été organisées"
    '10 réunions d’information à destination des jeunes ont été organisées',
    // "80 jeunes ont été sensibilisés"
    '80 jeunes ont été sensibilisés',
    // "1 forum de l'engagement a été organisé dans les locaux de la MDE MNO le 20 octobre 2023"
    '1 forum de l’engagement a été organisé dans les locaux de la MDE MNO le 20 octobre 2023',
    // "Organisation de 7 formations civiques et citoyennes pour les jeunes engagés en Service Civique en 2023"
    'Organisation de 7 formations civiques et citoyennes pour les jeunes engagés en Service Civique en 2023',
    // "22 jeunes se sont engagés en Service Civique dans le cadre de l'agrément ML"
    '22 jeunes se sont engagés en Service Civique dans le cadre de l’agrément ML',
    // "Allocations Contrat d'Engagement Jeune / Garantie Jeunes : 2 076 074 € ont été versés pour 935 jeunes"
    'Allocations Contrat d’Engagement Jeune 2 076 074 € ont été versés pour 935 jeunes',
    // "Allocations PACEA : 114 049 € ont été versés pour 183 jeunes"
    'Allocations PACEA 114 049 € ont été versés pour 183 jeunes',
    // "Fonds d'Aide aux Jeunes en Métropole : 29 986 € ont été alloués pour 85 jeunes (118 dossiers étudiés)"
    'Fonds d’Aide aux Jeunes en Métropole 29 986 € ont été alloués pour 85 jeunes (118 dossiers étudiés)',
    // "Fonds ML : 5 985 € ont été alloués pour 14 jeunes pour le financement de formations individuelles"
    'Fonds ML 5 985 € ont été alloués pour 14 jeunes',
    // "10 029 € ont été alloués pour 97 jeunes pour le financement de repas"
    '10 029 € ont été alloués pour 97 jeunes',
    // "Dispositif Mobilité MDE MNO (convention avec la MEL) : 2 656 € ont été alloués pour le
    // financement de moyens de transport (91 dossiers)"
    'Dispositif Mobilité MDE 2 656 € ont été alloués pour le financement de moyens de transport (91 dossiers)',
    // "Total des aides octroyées en 2023 : 2 238 779 €"
    'Total des aides octroyées en 2023 : 2 238 779 €',
    // "2,2 millions d'euros ont été alloués aux jeunes accompagnés par la ML MNO dans le cadre de la
    // sécurisation financière des parcours professionnels."
    '2,2 millions d’euros ont été alloués aux jeunes accompagnés par la ML MNO dans le cadre de la sécurisation financière des parcours professionnels.',
  ])('Service Civique, sécurisation financière: %s', (sentence) => {
    expect(page('ml-service-civique-aides')).toContain(normalizeSpaces(sentence));
  });

  it('gives in metrics-alpes.json the four figures issue #18 found missing from the printed report, and the CEJ monthly mean', () => {
    expect(indicators.training.trainingWorkshops).toEqual({ actions: 26, participants: 142 }); // "142 jeunes ont participé à 26 ateliers techniques formation"
    expect(indicators.internationalMobility.workshops).toMatchObject({ total: 26, participants: 295 }); // "295 jeunes ont participé à 26 ateliers en 2023"
    expect(indicators.aids!.fundDirect).toMatchObject({ beneficiaries: 97, totalCents: 10_029_00 }); // "10 029 € ont été alloués pour 97 jeunes"
    expect(indicators.aids!.totalCents).toBe(2_238_779_00); // "Total des aides octroyées en 2023 : 2 238 779 €"
    expect(indicators.programmes.cej).toMatchObject({ workshops: 489, workshopsPerMonth: 41 }); // "489 ateliers", "41 ateliers par mois"
  });
});

describe('the digest without some data', () => {
  it('says which file gave no data, leaves out a manuel.csv figure that is absent and prints no change without a previous year', async () => {
    const data = temporaryDir();
    cpSync(path.join(FIXTURES, '2023'), path.join(data, '2023'), { recursive: true });
    for (const file of ['aides.csv', 'propositions.csv']) {
      const target = path.join(data, '2023', 'imilo', file);
      writeFileSync(target, `${readFileSync(target, 'utf8').split('\n')[0]}\n`);
    }
    const manual = path.join(data, '2023', 'manuel.csv');
    writeFileSync(manual, readFileSync(manual, 'utf8').split('\n').filter((line) => !line.startsWith('sante.cpam;') && !line.startsWith('coaching.')).join('\n'));
    const out = temporaryDir();
    expect((await runCli(['build', '--year', '2023', '--data', data, '--out', out, '--report', 'alpes', '--format', 'html', '--quiet'])).code).toBe(0);
    const degraded = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
    expect(page('ml-service-civique-aides', degraded)).toContain('Données non fournies : le fichier imilo/aides.csv de 2023 ne contient aucune ligne de données.');
    expect(page('ml-service-civique-aides', degraded)).not.toMatch(/Total des aides|0 €/);
    expect(page('ml-public', degraded)).toContain('Données non fournies : le fichier imilo/propositions.csv de 2023');
    expect(page('ml-public', degraded)).not.toContain('propositions (dont');
    expect(page('ml-public', degraded)).not.toContain('CPAM');
    expect(page('ml-public', degraded)).toContain('57 jeunes du territoire MNO ont réalisé un bilan Santé');
    expect(degraded.document.getElementById('ml-orientation-formation')?.textContent).not.toContain('coaching');
    expect(page('mission-locale', degraded)).not.toMatch(/par rapport à|augmentation|\+7,61/);
  });
});
