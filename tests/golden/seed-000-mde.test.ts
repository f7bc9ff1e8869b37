import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, onlyManualKeysWarning, parseReport, runCli, temporaryDir } from '../helpers/report.js';
import { type MdeIndicators } from '../../src/contract/metrics-schema.js';

/**
 * The Maison de l'Emploi pages of the ALPES 2023 report (`--report alpes`) built from
 * fixtures/ show every figure of seed 000's MDE pages (« Participer au développement de
 * l'anticipation des mutations économiques » to « Réseau des SIAE »). Expected values are
 * transcribed by hand from seed 000, quoted in the comments, never copied from our output.
 * Two checks per figure: the value in metrics.json, and the sentence that prints it. The
 * sentences follow one pattern per kind of event, so a few read differently from the seed's
 * (docs/seed-discrepancies.md); the figures are the seed's.
 */
let mde: MdeIndicators;
let text: string;

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', out, '--report', 'alpes', '--format', 'html,json', '--quiet']);
  expect(onlyManualKeysWarning(run.err)).toEqual([]);
  expect(run.code).toBe(0);
  const folder = path.join(out, '2023');
  mde = JSON.parse(readFileSync(path.join(folder, 'metrics-alpes.json'), 'utf8')).mde;
  const section = parseReport(readFileSync(path.join(folder, 'rapport-alpes-2023.html'), 'utf8')).document.getElementById('mde');
  text = normalizeSpaces(section?.textContent ?? '');
});

describe('seed 000, MDE events', () => {
  it('« C’est décidé, je trouve ma voie ! »: 3 organised, on 15 June, 19 October and 4 December', () => {
    // "3 « C'est décidé, je trouve ma voie ! » organisés : … le 15 juin ; … le 19 octobre ; … le 04 décembre."
    expect(mde.events!.discovery.map((event) => event.date)).toEqual(['15/06/2023', '19/10/2023', '04/12/2023']);
    expect(text).toContain('3 « C’est décidé, je trouve ma voie ! » organisés');
  });

  it('the five « Décroche ton Job ou ta Formation » job datings', () => {
    // "5 « Décroche ton Job ou ta Formation » organisés (jobs dating)"
    const expected = [
      // "le 2 mars DTJ « IAE » : 9 exposants mobilisés - 41 participants dont 38 MNO - 64 entretiens réalisés"
      { date: '02/03/2023', exhibitors: 9, visitors: null, participants: 41, participantsFromTerritory: 38, interviews: 64, sentence: 'le 2 mars DTJ « IAE » : 9 exposants - 41 participants dont 38 de MNO - 64 entretiens réalisés' },
      // "le 1er juin : DTJ « Spécial Jeunes » … 40 exposants mobilisés - 487 visiteurs"
      { date: '01/06/2023', exhibitors: 40, visitors: 487, participants: null, participantsFromTerritory: null, interviews: null, sentence: '40 exposants - 487 visiteurs' },
      // "le 6 juillet DTJ « SAP Santé Animation » : 11 exposants - 56 participants dont 29 MNO - 83 entretiens réalisés"
      { date: '06/07/2023', exhibitors: 11, visitors: null, participants: 56, participantsFromTerritory: 29, interviews: 83, sentence: 'le 6 juillet DTJ « SAP Santé Animation » : 11 exposants - 56 participants dont 29 de MNO - 83 entretiens réalisés' },
      // "le 12 octobre DTJ « Textile » … 8 exposants … 36 participants dont 22 MNO - 61 entretiens réalisés"
      { date: '12/10/2023', exhibitors: 8, visitors: null, participants: 36, participantsFromTerritory: 22, interviews: 61, sentence: 'le 12 octobre DTJ « Textile » : 8 exposants - 36 participants dont 22 de MNO - 61 entretiens réalisés' },
      // "le 30 novembre DTJ « Commerce Logistique » : 10 exposants - 37 participants dont 33 MNO - 94 entretiens réalisés"
      { date: '30/11/2023', exhibitors: 10, visitors: null, participants: 37, participantsFromTerritory: 33, interviews: 94, sentence: 'le 30 novembre DTJ « Commerce Logistique » : 10 exposants - 37 participants dont 33 de MNO - 94 entretiens réalisés' },
    ];
    expect(text).toContain('5 « Décroche ton Job ou ta Formation » organisés');
    expect(mde.events!.jobDatings).toHaveLength(5);
    expected.forEach(({ sentence, ...figures }, index) => {
      expect(mde.events!.jobDatings[index]).toMatchObject(figures);
      expect(text).toContain(sentence);
    });
  });

  it('events co-organised: Lille Tables et Toques (18 from MNO), Tour de France des apprentis (22 jeunes, 11 in CEJ)', () => {
    // "Lille Tables et Toques au Garage à Lille le 30 janvier (18 personnes de MNO présentes)"
    const tables = mde.events!.coOrganised.find((event) => event.title === 'Lille Tables et Toques');
    expect(tables).toMatchObject({ date: '30/01/2023', participants: 18, participantsFromTerritory: 18 });
    // "le Tour de France des apprentis à la MDE MNO … le 23 mai (22 jeunes dont 11 CEJ)"
    const tour = mde.events!.coOrganised.find((event) => event.title === 'Tour de France des apprentis');
    expect(tour).toMatchObject({ date: '23/05/2023', participants: 22, participantsInCej: 11 });
    expect(text).toContain('le 30 janvier (18 participants dont 18 de MNO)');
    expect(text).toMatch(/le 23 mai \(22 participants dont \d+ de MNO, dont 11 en CEJ\)/);
  });

  it('Salon les Clés de l’Emploi: 1 559 visitors, 171 exhibitors of which 23 % from the territory, 15 demonstrations', () => {
    // "1 559 visiteurs à la 18ème édition du Salon Les Clés de l'Emploi à Marquette-lez-Lille, le 23 mars :
    //  171 exposants dont 23% du territoire MNO, … 8 « villages sectoriels », 1 « village de la création
    //  d'entreprise » et 15 démonstrations"
    expect(mde.events!.salons).toHaveLength(1);
    expect(mde.events!.salons[0]).toMatchObject({ date: '23/03/2023', visitors: 1559, exhibitors: 171, localExhibitorsPercent: 23, demonstrations: 15, edition: 18, sectorVillages: 8 });
    expect(mde.events!.salons[0]!.creationVillages).toHaveLength(1);
    expect(text).toContain(
      '1 559 visiteurs à la 18e édition du Salon Les Clés de l’Emploi à Marquette-lez-Lille, le 23 mars : 171 exposants dont 23 % du territoire MNO, 8 « villages sectoriels », 1 « village de la création d’entreprise » et 15 démonstrations.',
    );
  });

  it('forums with figures: Forum de l’Alternance (61 / 2 / 483) and Job Dating Séniors (35 / 224)', () => {
    // "Forum de l'Alternance à La Madeleine le 6 avril (61 exposants - 2 démos - 483 visiteurs)"
    expect(mde.events!.forums.find((event) => event.title === 'Forum de l’Alternance')).toMatchObject({ date: '06/04/2023', exhibitors: 61, demonstrations: 2, visitors: 483 });
    expect(text).toContain('le 6 avril (61 exposants - 2 démonstrations - 483 visiteurs)');
    // "Job Dating Séniors au Château de Robersart à Wambrechies le 28 septembre après-midi (35 exposants, 224 visiteurs)"
    expect(mde.events!.forums.find((event) => event.title === 'Job Dating Séniors')).toMatchObject({ date: '28/09/2023', exhibitors: 35, visitors: 224 });
    expect(text).toContain('le 28 septembre (35 exposants - 224 visiteurs)');
    // "Les rencontres de l'Emploi … le 16 mars, … Job Dating JO 2024 à la Préfecture du Nord le 20 décembre": 11 dates
    expect(mde.events!.forums).toHaveLength(11);
  });
});

describe('seed 000, « Contribuer au développement de l’emploi local »', () => {
  it('business creation', () => {
    // "Organisation de 6 ateliers collectifs « création/reprise d'entreprises » … : 40 participants, dont 30 de MNO"
    expect(mde.businessCreation.workshops).toEqual({ actions: 6, participants: 40, participantsFromTerritory: 30 });
    expect(text).toContain('Organisation de 6 ateliers collectifs « création/reprise d’entreprises » avec les partenaires de la création d’entreprises : 40 participants, dont 30 de MNO');
    // "Salon les Clés de l'Emploi le 23 mars : 10 partenaires présents - 76 porteurs de projets renseignés (dont 17 de MNO)"
    expect(mde.events!.salons[0]!.creationVillages[0]).toMatchObject({ exhibitors: 10, participants: 76, participantsFromTerritory: 17 });
    expect(text).toContain('le 23 mars : 10 partenaires présents - 76 porteurs de projets renseignés (dont 17 de MNO)');
    // "1 atelier sur le financement : 10 participants (dont 2 de MNO)"
    expect(mde.events!.salons[0]!.creationWorkshops).toMatchObject([{ participants: 10, participantsFromTerritory: 2 }]);
    expect(text).toContain('1 Atelier sur le financement : 10 participants (dont 2 de MNO)');
    // "49 orientations vers des partenaires" / "44 porteurs de projets accueillis (dont 43 de MNO) 21 femmes et 23 hommes"
    // "5 entreprises créées sur le territoire MNO par 6 entrepreneurs"
    expect(mde.businessCreation.holders).toEqual({ welcomed: 44, fromTerritory: 43, sex: { F: 21, H: 23, total: 44 }, referrals: 49, companiesCreated: 5, founders: 6 });
    expect(text).toContain('49 orientations vers des partenaires');
    expect(text).toContain('44 porteurs de projets accueillis (dont 43 de MNO) 21 femmes et 23 hommes');
    expect(text).toContain('5 entreprises créées sur le territoire MNO par 6 entrepreneurs');
  });

  it('employer relations: 364 employers, 130 alternance contracts (116 apprenticeships), 14 PEC, 8 CIE, 12 mentors', () => {
    // "364 employeurs sensibilisés" "130 contrats en alternance signés (dont 116 contrats d'apprentissage)"
    // "14 PEC signés … et 8 CIE" "12 parrains mobilisés"
    const relations = mde.employerRelations;
    expect(relations.employersMet).toBe(364);
    expect(relations.contracts?.alternance).toBe(130);
    expect(relations.contracts?.byType.Apprentissage.contracts).toBe(116);
    expect(relations.contracts?.byType.PEC.contracts).toBe(14);
    expect(relations.contracts?.byType.CIE.contracts).toBe(8);
    expect(relations.mentors).toBe(12);
    for (const sentence of ['364 employeurs sensibilisés', '130 contrats en alternance signés (dont 116 contrats d’apprentissage)', '14 PEC signés et 8 CIE', '12 parrains mobilisés']) {
      expect(text).toContain(sentence);
    }
  });

  it('recruitment operations, sessions, temporary work and offers', () => {
    const operation = (title: string) => mde.events!.recruitmentOperations.find((candidate) => candidate.title.startsWith(title));
    // "Aux Enfants Terribles … : 23 personnes ont signé un CDI dont 13 de MNO"
    expect(operation('Aux Enfants Terribles')?.contracts).toEqual([{ type: 'CDI', count: 23, fromTerritory: 13 }]);
    expect(text).toContain('23 CDI signés dont 13 de MNO');
    // "Super U … : 34 personnes ont démarré une POEC avant la signature d'un CDI dont 20 de MNO; 2 jeunes MNO ont signé un contrat d'apprentissage"
    expect(operation('Super U')?.contracts).toEqual(
      expect.arrayContaining([
        { type: 'POEC', count: 34, fromTerritory: 20 },
        { type: 'Apprentissage', count: 2, fromTerritory: 2 },
      ]),
    );
    expect(text).toContain('34 POEC démarrées avant la signature d’un CDI dont 20 de MNO');
    // "Recrutement pour Smyths Toys : 25 PMSMP proposées - 12 CDD signés"
    expect(operation('Recrutement pour Smyths Toys')).toMatchObject({ participants: 25, contracts: [expect.objectContaining({ type: 'CDD', count: 12 })] });
    // "casting pour un film de Gilles LELLOUCHE (25 présents dont 21 de MNO, 4 jeunes ont été invités …)"
    expect(operation('Casting')).toMatchObject({ participants: 25, participantsFromTerritory: 21 });
    expect(text).toContain('4 jeunes ont été invités à faire des essais');
    // "20 sessions organisées, 102 candidats présents dont 53 de MNO"
    expect(mde.events!.recruitmentSessions).toEqual({ actions: 20, participants: 102, participantsFromTerritory: 53 });
    expect(text).toContain('20 sessions organisées, 102 candidats présents dont 53 de MNO');
    // "267 personnes suivies par notre association ont signé 694 contrats d'intérim"
    expect(mde.employerRelations.contracts?.byType.Intérim).toEqual({ contracts: 694, people: 267 });
    expect(text).toContain('267 personnes suivies par notre association ont signé 694 contrats d’intérim');
    // "381 offres publiées sur le site emploi-mno.fr, dont 70 sur le territoire MNO et 253 en CDI"
    expect(mde.employerRelations.offers).toEqual({ published: 381, inTerritory: 70, permanent: 253 });
    expect(text).toContain('381 offres publiées sur le site de la MDE, dont 70 sur le territoire MNO et 253 en CDI');
  });
});

describe('seed 000, clause, Cyber-base, mobility, SIAE', () => {
  it('insertion clause hours', () => {
    // "La MDE MNO a suivi 14 opérations sur le territoire MNO et est intervenue sur 50 opérations hors MNO"
    // "Nombre d'heures gérées par la MDE MNO et réalisées : 49 692 h"
    // "41 556 h réalisées par 132 personnes du territoire MNO (1 718 h sur les opérations MNO ; 39 838 h sur les opérations hors MNO)"
    // "8 136 h réalisées par 48 personnes hors MNO" "51 entreprises ont été accompagnées"
    expect(mde.insertionClause).toEqual({
      operationsInTerritory: 14,
      operationsOutside: 50,
      hours: 49_692,
      residents: { people: 132, hours: 41_556, hoursOnTerritoryOperations: 1_718, hoursOnOtherOperations: 39_838 },
      nonResidents: { people: 48, hours: 8_136 },
      employers: 51,
    });
    for (const sentence of [
      'a suivi 14 opérations sur le territoire MNO et est intervenue sur 50 opérations hors MNO',
      'réalisées : 49 692 h',
      '41 556 h réalisées par 132 personnes du territoire MNO (1 718 h sur les opérations MNO ; 39 838 h sur les opérations hors MNO)',
      '8 136 h réalisées par 48 personnes hors MNO',
      '51 entreprises ont été accompagnées',
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it('Cyber-base Emploi: totals over every site, the two printed sites, individual appointments', () => {
    // "1590 utilisations des services de la Cyber-base Emploi par 742 usagers"
    // "189 adultes : 109 femmes - 80 hommes / 553 jeunes : 260 femmes - 293 hommes"
    const cyber = mde.cyberBase!;
    expect(cyber).toMatchObject({ uses: 1590, users: 742, adults: { F: 109, H: 80, total: 189 }, young: { F: 260, H: 293, total: 553 } });
    expect(text).toContain('1 590 utilisations des services de la Cyber-base Emploi par 742 usagers');
    expect(text).toContain('189 adultes : 109 femmes - 80 hommes / 553 jeunes : 260 femmes - 293 hommes');
    // "Cyber-base Emploi à Lambersart : 1202 utilisations / 518 usagers 179 adultes : 104 femmes - 75 hommes / 339 jeunes : 164 femmes - 175 hommes"
    expect(cyber.sites.find((site) => site.site === 'Lambersart')).toEqual({ site: 'Lambersart', uses: 1202, users: 518, adults: { F: 104, H: 75, total: 179 }, young: { F: 164, H: 175, total: 339 } });
    expect(text).toContain('Lambersart : 1 202 utilisations / 518 usagers 179 adultes : 104 femmes - 75 hommes / 339 jeunes : 164 femmes - 175 hommes');
    // "Cyber-base Emploi à Marcq-en-Barœul : 213 utilisations / 155 usagers 13 adultes : 6 femmes - 7 hommes / 142 jeunes : 61 femmes - 81 hommes"
    expect(cyber.sites.find((site) => site.site === 'Marcq-en-Barœul')).toEqual({ site: 'Marcq-en-Barœul', uses: 213, users: 155, adults: { F: 6, H: 7, total: 13 }, young: { F: 61, H: 81, total: 142 } });
    expect(text).toContain('Marcq-en-Barœul : 213 utilisations / 155 usagers 13 adultes : 6 femmes - 7 hommes / 142 jeunes : 61 femmes - 81 hommes');
    // "211 rendez-vous individuels pour 173 personnes 90 femmes - 83 hommes / 104 jeunes - 69 adultes"
    expect(cyber.appointments).toEqual({ appointments: 211, people: 173, sex: { F: 90, H: 83, total: 173 }, young: 104, adults: 69 });
    expect(text).toContain('211 rendez-vous individuels pour 173 personnes : 90 femmes - 83 hommes / 104 jeunes - 69 adultes');
  });

  it('mobility aids', () => {
    // "Rechargement de 598 abonnements mensuels (cartes PASS PASS) : 433 personnes dont 87 de MNO et 139 domiciliées en QPV"
    // "Octroi de 247 cartes carburant … pour 92 personnes de la Métropole Lilloise dont 56 domiciliées en QPV"
    // "7 personnes ont bénéficié d'une aide pour des déplacements individuels en train dont 2 de MNO et 1 domiciliée en QPV"
    // "3 déplacements financés pour 50 personnes dont 20 domiciliés en QPV"
    expect(mde.mobility?.['Pass Pass']).toEqual({ units: 598, people: 433, fromTerritory: 87, qpv: 139 });
    expect(mde.mobility?.['Carte carburant']).toMatchObject({ units: 247, people: 92, qpv: 56 });
    expect(mde.mobility?.Train).toMatchObject({ people: 7, fromTerritory: 2, qpv: 1 });
    expect(mde.mobility?.['Déplacement collectif']).toMatchObject({ units: 3, people: 50, qpv: 20 });
    for (const sentence of [
      'Rechargement de 598 abonnements mensuels (cartes PASS PASS) : 433 personnes dont 87 de MNO et 139 domiciliées en QPV',
      'Octroi de 247 cartes carburant',
      'pour 92 personnes dont 56 domiciliées en QPV',
      '7 personnes ont bénéficié d’une aide pour des déplacements individuels en train dont 2 de MNO et 1 domiciliée en QPV',
      '3 déplacements financés pour 50 personnes dont 20 domiciliées en QPV',
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it('SIAE placements: 96 = 46 ACI + 20 EI + 11 AI + 19 ETTI', () => {
    // "La MDE a collaboré au placement de 96 personnes en SIAE : 46 en A.C.I. … 20 en E.I. … 11 en A.I. … 19 en E.T.T.I."
    expect(mde.siae).toEqual({ people: 96, byType: { ACI: 46, EI: 20, AI: 11, ETTI: 19 } });
    for (const sentence of ['placement de 96 personnes en SIAE', '46 en A.C.I.', '20 en E.I.', '11 en A.I.', '19 en E.T.T.I.']) expect(text).toContain(sentence);
  });
});

describe('a year without mde/', () => {
  it('says the MDE data are not provided, with no figure, and metrics.json has "mde": null', async () => {
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--report', 'alpes', '--format', 'html,json', '--quiet']);
    expect(run.code).toBe(0);
    const folder = path.join(out, '2024');
    expect(JSON.parse(readFileSync(path.join(folder, 'metrics-alpes.json'), 'utf8')).mde).toBeNull();
    const section = normalizeSpaces(parseReport(readFileSync(path.join(folder, 'rapport-alpes-2024.html'), 'utf8')).document.getElementById('mde')?.textContent ?? '');
    expect(section).toContain('Données non fournies : le dossier mde/ de 2024 n’existe pas');
    expect(section).not.toMatch(/visiteurs|usagers|exposants/);
  });
});
