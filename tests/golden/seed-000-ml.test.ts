import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, parseReport, runCli, temporaryDir } from '../helpers/report.js';
import { expectedMlComparisons, NEW_ARRIVALS_CHANGE_HUNDREDTHS } from './seed-000-comparisons.expected.js';
import { type Comparisons, type MissionLocaleIndicators } from '../../src/contract/metrics-schema.js';

/**
 * The 2023 fixtures reproduce the Mission Locale figures that the ALPES 2023 report
 * (seed 000) prints, and the 2022 fixtures its year-on-year changes. Every expected value
 * below is transcribed from seed 000's text; the comments quote it.
 */
let indicators: MissionLocaleIndicators;
let previousYear: number | null;
let comparisons: Comparisons;
let text: string;

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', out, '--format', 'json,html', '--quiet']);
  expect(run.code).toBe(0);
  const metrics = JSON.parse(readFileSync(path.join(out, '2023', 'metrics.json'), 'utf8'));
  indicators = metrics.indicators;
  text = parseReport(readFileSync(path.join(out, '2023', 'rapport-activite-2023.html'), 'utf8')).text;
  previousYear = metrics.previousYear;
  comparisons = metrics.comparisons;
});

describe('the 2023 Mission Locale figures of seed 000', () => {
  it('compares with 2022, from fixtures/2022', () => {
    expect(previousYear).toBe(2022);
    expect(comparisons.previousYear).toBe(2022);
  });

  it.each(expectedMlComparisons)('prints the change of seed 000 against 2022: $text', ({ key, percent, text: sentence }) => {
    expect(comparisons[key]!.percent).toBe(percent);
    expect(text).toContain(normalizeSpaces(sentence));
  });

  it('keeps the two decimals of "+ 7,61%" in the metrics', () => {
    expect(comparisons.newArrivals.percentHundredths).toBe(NEW_ARRIVALS_CHANGE_HUNDREDTHS);
  });

  it('Le public', () => {
    const { newArrivals, accompanied, contacts } = indicators.public;
    const propositions = indicators.public.propositions!;
    expect(newArrivals.total).toBe(679); // "679 nouvelles inscriptions"
    expect(accompanied.inContact).toBe(3_087); // "3 087 jeunes en contact"
    expect(accompanied.receivedInInterview).toBe(1_634); // "dont 1 634 jeunes accompagnés dans le cadre d'entretiens"
    expect(contacts.total).toBe(42_318); // "42 318 contacts"
    expect(contacts.entretiens).toBe(16_709); // "16 709 entretiens"
    expect(propositions.total).toBe(28_123); // "28 123 propositions"
    expect(propositions.employment.percent).toBe(28); // "(dont 28 % sur la thématique Emploi)"
  });

  it('Orientation and formation', () => {
    expect(indicators.immersion.immersions!.total).toBe(210); // "210 conventions de PMSMP"
    expect(indicators.training.trainingWorkshops).toEqual({ actions: 26, participants: 142 }); // "142 jeunes ont participé à 26 ateliers techniques formation"
    expect(indicators.immersion.vrWorkshops).toEqual({ actions: 18, participants: 104 }); // "104 jeunes … 18 ateliers … Réalité Virtuelle"
    const training = indicators.training.training;
    expect(training!.jeunes).toBe(468); // "468 jeunes ont bénéficié de 678 situations formation"
    expect(training!.situations).toBe(678);
    expect(training!.byType['Formation initiale']).toBe(104); // "dont 104 retours en formation initiale"
    expect(training!.qualifyingSituations.percent).toBe(67); // "67 % des formations sont … qualification ou … pré-qualification"
    expect(training!.belowBac.percent).toBe(62); // "62 % ont un niveau inférieur au BAC"
    expect(training!.topSector).toMatchObject({ label: "Animation d'activités de loisirs", share: { percent: 31 } }); // "31 % des formations dans le secteur ‘‘Animation d'activités de loisirs’’"
  });

  it('Emploi and alternance', () => {
    const employment = indicators.employment;
    expect(employment!.jeunes).toBe(859); // "859 jeunes ont bénéficié de 1 915 situations emploi"
    expect(employment!.situations).toBe(1_915);
    expect(employment!.topSectors[0]).toMatchObject({ label: 'Transport et Logistique', share: { percent: 22 } }); // "Transport et de la Logistique représentent 22 %"
    expect(employment!.belowBac.percent).toBe(55); // "55 % ont un niveau inférieur au BAC"
    expect(employment!.age['18 - 21 ans'].percent).toBe(57); // "57 % sont âgés de 18-21 ans"
    expect(employment!.women.percent).toBe(45); // "45 % sont des femmes"
    expect(indicators.alternance!.followedJeunes).toBe(301); // "301 jeunes en cours de situation Alternance"
    expect(indicators.alternance!.contracts).toBe(130); // "dont 130 contrats signés en 2023"
    expect(indicators.alternance!.topSectors[0]!.share.percent).toBe(39); // "commerce et de la vente représentent 39 %"
  });

  it('Mobilité internationale', () => {
    expect(indicators.internationalMobility.workshops).toMatchObject({ total: 26, participants: 295, individualFollowUp: 50, orientedToPartners: 32 }); // "295 jeunes … 26 ateliers", "50 jeunes … entretien individuel", "32 jeunes … orientés"
    expect(indicators.internationalMobility.workshops.events![0]!.attendance).toBe(115); // "115 jeunes ont participé au Forum Cap sur l'International"
    expect(indicators.internationalMobility.departures!.total).toBe(6); // "6 jeunes sont partis en mobilité à l'étranger"
    expect(indicators.internationalMobility.departures!.byProgramme.map((line) => line.count)).toEqual([3, 3]); // "3 … Erasmus +", "3 … Service Civique International"
  });

  it('Dispositifs d’accompagnement', () => {
    const { cej, others } = indicators.programmes;
    expect(cej.followed).toBe(1_022); // "1 022 jeunes ont été accompagnés dans le cadre des dispositifs CEJ/GJ"
    expect(cej.contacts!.total).toBe(27_130); // "27 130 contacts"
    expect(cej.contacts!.perJeune).toBe(27); // "(27 contacts / jeune en moyenne)"
    expect(cej.measures!.jeunes).toBe(707); // "707 jeunes accompagnés ont bénéficié de 1 769 mesures professionnelles"
    expect(cej.measures!.total).toBe(1_769);
    expect(cej.measures!.jeunesShareOfFollowed.percent).toBe(69); // "69 % … au moins une solution professionnelle"
    expect(cej.entered).toBe(645); // "dont 645 jeunes qui ont intégré les dispositifs CEJ / GJ en 2023"
    expect(cej.entrants!.qpv.count).toBe(57); // "(dont 57 jeunes en QPV)"
    expect(cej.workshops).toBe(489); // "489 ateliers … dans le cadre du dispositif CEJ"
    expect(others.pacea).toBe(269); // "269 jeunes ont intégré le dispositif PACEA"
    expect(others.mentoring!.entered).toBe(58); // "58 jeunes ont intégré le dispositif Parrainage"
    expect(others.ppae).toEqual({ entered: 119, newArrivals: 16 }); // "119 jeunes sont entrés dans le programme PPAE … (dont 16 jeunes nouvellement inscrits)"
    expect(others.jsmj).toBe(26); // "26 jeunes … sous-main de justice"
    expect(others.culture).toEqual({ actions: 36, participants: 429 }); // "429 jeunes ont participé à 36 actions culturelles"
    expect(others.disabilityReinforced).toBe(37); // "37 jeunes en situation de handicap … suivi renforcé"
    expect(others.seeph!.total).toBe(62); // "62 jeunes et partenaires … SEEPH"
    expect(others.drivingLicenceRegionalAid).toBe(63); // "63 jeunes … financement du Permis B par le Conseil Régional"
  });

  it('Service civique, santé, obligation de formation', () => {
    expect(indicators.civicService).toMatchObject({ running: 96, started: 41 }); // "96 jeunes … en cours de mission … dont 41 jeunes qui ont démarré"
    expect(indicators.civicService.actions.informationMeetings).toEqual({ actions: 10, participants: 80 }); // "10 réunions d'information", "80 jeunes ont été sensibilisés"
    expect(indicators.civicService.actions.forums!.dates).toEqual(['20/10/2023']); // "1 forum de l'engagement … le 20 octobre 2023"
    expect(indicators.civicService.actions.civicTrainings!.count).toBe(7); // "7 formations civiques et citoyennes"
    expect(indicators.civicService.actions.committedThroughMlAgreement).toBe(22); // "22 jeunes se sont engagés … agrément ML"
    expect(indicators.health).toMatchObject({ cpam: 154, pasteur: 57, ars: 240 }); // "154 … CPAM", "57 … Institut Pasteur", "240 … ARS"
    expect(indicators.health.listening).toMatchObject({ jeunes: 68, interviews: 312 }); // "68 jeunes … psychologue", "(312 entretiens réalisés)"
    expect(indicators.schooling.trainingObligation.jeunes).toBe(155); // "155 jeunes … Obligation de Formation Mineurs"
    expect(indicators.schooling.trainingObligation.compliantShare?.percent).toBe(100); // "100 % des jeunes sont en règle"
  });

  it('Aides financières, exact to the euro', () => {
    const aids = indicators.aids!;
    expect(aids.cej).toMatchObject({ beneficiaries: 935, amountCents: 2_076_074_00 }); // "2 076 074 € ont été versés pour 935 jeunes"
    expect(aids.pacea).toMatchObject({ beneficiaries: 183, amountCents: 114_049_00 }); // "114 049 € … 183 jeunes"
    expect(aids.fajem).toMatchObject({ beneficiaries: 85, amountCents: 29_986_00, dossiersStudied: 118 }); // "29 986 € … 85 jeunes (118 dossiers étudiés)"
    expect(aids.fundIndirect).toMatchObject({ beneficiaries: 14, amountCents: 5_985_00 }); // "5 985 € … 14 jeunes"
    expect(aids.fundDirect).toMatchObject({ beneficiaries: 97, totalCents: 10_029_00 }); // "10 029 € … 97 jeunes"
    expect(aids.mobility).toMatchObject({ beneficiaries: 91, amountCents: 2_656_00 }); // "2 656 € … (91 dossiers)"
    expect(aids.totalCents).toBe(2_238_779_00); // "Total des aides octroyées en 2023 : 2 238 779 €"
  });
});
