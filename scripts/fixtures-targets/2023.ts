import { T24 } from './2024.js';
import { C, CEJ_TITLES, CULTURE_TITLES, MI_TITLES, counts, euro, like, type YearConfig } from './year-config.js';

// Targets of the 2023 Mission Locale fixtures: the Mission Locale pages of seed 000 (the ALPES
// report 2023) and the "en 2023" shares seed 001 quotes. Seed 000 prints totals only: every
// like(T24.…, total) takes its total from the seed line named and splits it over the communes
// like 2024 (our choice). "our choice" marks a value no seed prints; a percentage of a seed is
// met by the count given (half-up rounding, glossary §8.3).
export const CONFIG_2023: YearConfig = {
  year: 2023,
  seed: 0x20230001, // our choice (PRNG seed)
  nouveaux: {
    byCommune: like(T24.nouveaux, 679), // 679: seed 000 line 570
    qpv: C(0, 25, 0, 20, 0, 0, 0, 0, 0, 0), // our choice
    ageQual: [C(0, 10, 12, 134), C(35, 150, 40, 114), C(52, 45, 15, 72)], // row sums 156, 339, 184 (our choice) give < BAC 57 % and 16-17 ans 23 % of 679: seed 001 lines 75, 79
    sexAge: [C(66, 170, 97), C(90, 169, 87)], // 333 women = 49 % of 679: seed 001 line 77; split by age: our choice
    movers: C(45, 35, 10), // our choice
    permis: 136, // our choice
    logement: C(394, 109, 176), // our choice
  },
  recus: { byCommune: like(T24.recus, 1634), qual: C(140, 514, 175, 805), sexF: 780, age31: C(180, 760, 630, 64), qpv: C(0, 70, 0, 58, 0, 0, 0, 0, 0, 0), rqth: 95 }, // 1 634: seed 000 line 577; qual: our choice giving < BAC 60 %, seed 001 line 105; sexF, age31, qpv, rqth: our choice
  contact: like(T24.contact, 3087), // 3 087: seed 000 line 575
  sansContact: 150, // our choice
  contacts: { byCommune: like(T24.contacts, 42318), entretiens: like(T24.entretiens, 16709), sms: 9800, email: 8300, tel: 5700, autres: 1809, cancelled: 300, outOfYear: 200 }, // 42 318 and 16 709: seed 000 lines 584, 586; sms, email, tel, autres (they sum to 42 318), cancelled, outOfYear: our choice
  propositions: C(7874, 2400, 8000, 9849), // 28 123 with Emploi 28 %: seed 000 line 588; the split: our choice
  cej: {
    suivis: like(T24.cejSuivis, 1022), // 1 022: seed 000 line 758
    entrants: like(T24.cejEntrants, 645), // 645: seed 000 line 771
    fromNewShare: 0.45, // our choice
    sexH: 345, // our choice
    age1821: 350, // our choice
    qual: C(50, 180, 72, 343), // our choice (sums to 645)
    qpv: 57, // seed 000 line 774
    contacts: { e: 14800, telSms: 6800, email: 4300, autres: 1230 }, // our choice, summing to 27 130: seed 000 line 763
    mesures: { emploi: 1215, formation: 290, immersion: 140, alternance: 65, sc: 29, autres: 30 }, // our choice, summing to 1 769: seed 000 line 769
    measureYoungPeople: 707, // seed 000 line 767
    miInside: 2, // our choice
    primaryShares: C(360, 140, 83), // our choice
    emploiOlder: false, // our choice
  },
  pmsmp: { byCommune: like(T24.pmsmp, 210), femmesPct: 53, aucunPct: null }, // 210: seed 000 line 651; femmesPct: seed 001 line 194 ("contre 53 % en 2023"); aucunPct: no seed prints it
  formation: {
    byCommune: like(T24.formation, 678), // 678: seed 000 line 669
    autre: 324, // our choice
    cr: 250, // our choice
    fi: 104, // seed 000 line 671
    youngPeople: 468, // seed 000 line 669
    sexF: 220, // our choice
    qual3: C(178, 40, 250), // our choice giving < BAC 62 %: seed 000 line 674
    minors: 90, // our choice
    qualificationYoungPeople: 314, // our choice
    qualifSituations: 454, // 67 % of 678: seed 000 line 673
    domains: counts([
      ["Animation d'activités de loisirs", 210], // 31 % of 678: seed 000 line 675
      // the other formation domains: our choice (sum 678)
      ['Hôtellerie et Restauration', 95],
      ['Transport et Logistique', 80],
      ['Commerce et Vente', 70],
      ['Santé et Action sociale', 60],
      ['Bâtiment et Travaux Publics', 50],
      ['Informatique et Numérique', 40],
      ['Enseignement général', 38],
      ['Industrie', 35],
    ]),
  },
  emploi: {
    byCommune: like(T24.emploi, 1915), // 1 915: seed 000 line 692
    subtypes: counts([['CDD', 990], ['Intérim', 530], ['Saisonnier', 131], ['CDI', 95], ['CDI CIE', 12], ['PEC', 14], ['CIE CDD', 8], ["Création d'entreprise", 5]]), // PEC 14: seed 000 line 227; CDI + CDI CIE = 107 and Intérim + Saisonnier = 661 give +10 % and +16 % over 2022 (seed 000 lines 700, 702) and seed 001's +32 % (line 261); the rest: our choice
    pec: like(T24.pec, 14), // 14: seed 000 line 227
    youngPeople: 859, // seed 000 line 690
    sexH: 472, // women 387 = 45 % of 859: seed 000 line 716
    ageBand: 1, // 18-21 ans
    ageBandCount: 490, // 57 % of 859: seed 000 line 715
    qual: C(85, 302, 100, 372), // < BAC 55 %: seed 000 line 714; the split: our choice
    // with the Alternance domains below, Transport et Logistique is 22 % of 1 915 (seed 000 line 706);
    // the rest: our choice
    domains: counts([
      ['Transport et Logistique', 416],
      ['Commerce, Vente et Grande distribution', 329],
      ['Service A la Personne', 300],
      ['Hôtellerie, Restauration et Tourisme', 275],
      ['Construction, Bâtiment et Travaux Publics', 170],
      ['Industrie', 138],
      ["Support à l'entreprise", 82],
      ['Santé', 51],
      ['Agriculture et Pêche, Espaces naturels et Espaces verts', 24],
    ]),
  },
  alternance: {
    byCommune: like(T24.alternance, 130), // 130: seed 000 line 722
    app: 116, // seed 000 line 225
    pro: 14, // 130 − 116: seed 000 line 225
    sexF: 50, // our choice
    niveau: C(60, 30, 40), // our choice
    domains: counts([
      ['Commerce, vente et grande distribution', 51], // 39 % of 130: seed 000 line 726
      // the other Alternance domains: our choice
      ['Construction, Bâtiment et Travaux Publics', 20],
      ["Support à l'entreprise", 18],
      ['Hôtellerie, Restauration et Tourisme', 15],
      ['Industrie', 12],
      ['Santé', 9],
      ['Transport et Logistique', 5],
    ]),
    overlapping: 301, // seed 000 line 718
  },
  sc: { overlapping: like(T24.scOverlapping, 96), started: like(T24.scStarted, 41) }, // 96 and 41: seed 000 lines 848-852
  // seed 000 lines 747-753
  mi: [
    ["Stage Erasmus+ (Let's go pro)", 'Espagne'],
    ["Stage Erasmus+ (Let's go pro)", 'Irlande'],
    ["Stage Erasmus+ (Let's go pro)", 'Malte'],
    ['Service Civique International (ADICE)', 'Arménie'],
    ['Service Civique International (ADICE)', 'Portugal'],
    ['Service Civique International (ADICE)', 'Italie'],
  ],
  benevolatOutside: 10, // our choice
  enrolments: {
    parrainage: { byCommune: like(T24.parrainage, 58), qual3: C(20, 5, 33), sexH: 25 }, // 58: seed 000 line 806; qual3, sexH: our choice
    ppae: 119, // seed 000 line 819
    ppaeFromNew: 16, // seed 000 line 825
    pacea: 269, // seed 000 line 794
    jsmj: 26, // seed 000 line 833
    handicapRenforce: 37, // seed 000 line 613
    of: 155, // seed 000 line 637
    ofEnSituation: null, // no seed prints it
    pae: 1, // our choice
    tdo: 0, // our choice
  },
  // jeunes and euros: seed 000 lines 882-901; the split by commune: our choice
  aids: {
    pacea: { youngPeople: like(T24.paceaYoungPeople, 183), cents: euro(like(T24.paceaEuros, 114049)) }, // seed 000 line 886
    cej: { youngPeople: like(T24.cejYoungPeople, 935), cents: euro(like(T24.cejEuros, 2076074)) }, // seed 000 line 883
    fajem: { youngPeople: like(T24.fajemYoungPeople, 85), cents: euro(like(T24.fajemEuros, 29986)), rows: 118 }, // seed 000 line 890
    mde: { dossiers: like(T24.mdeDossiers, 91), cents: euro(like(T24.mdeEuros, 2656)) }, // seed 000 lines 900-901
    fmlIndirect: { youngPeople: like(T24.fmlIndYoungPeople, 14), cents: euro(like(T24.fmlIndEuros, 5985)) }, // seed 000 line 894
    fmlDirect: { youngPeople: like(T24.fmlDirYoungPeople, 97), cents: euro(like(T24.fmlDirEuros, 10000)) }, // 10 000 € + 29 € of fees = 10 029 €: seed 000 line 896
    fraisGestion: 2900, // 29 €: our choice (see line 126)
  },
  // counts, distinct participants, dates and figures from seed 000; perAction, pools, places, titles
  // and the dates the seed does not print: our choice
  actions: [
    { type: 'Atelier', theme: 'Découverte des métiers (VR)', titles: ['Découverte des métiers en réalité virtuelle'], count: 18, distinct: 104 }, // seed 000 line 662
    { type: 'Atelier', theme: 'Formation', titles: ['Atelier technique formation (information, orientation, positionnement)'], count: 26, distinct: 142 }, // seed 000 line 657
    // 26 ateliers, 295 jeunes: seed 000 line 740; the split over the three: our choice
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.sensibiliser], count: 10, distinct: 110, pool: 'young', disjoint: 'mi' },
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.culture], count: 10, distinct: 120, pool: 'young', disjoint: 'mi' },
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.adice], count: 6, distinct: 65, pool: 'young', disjoint: 'mi' },
    { type: 'Forum', theme: 'Mobilité internationale', titles: ["Forum Cap sur l'International 2023"], count: 1, dates: ['08/03/2023'], exposants: [14], visiteurs: [115], place: 'MDE MNO (Lambersart)' }, // 115 visitors: seed 000 line 741; exhibitors, date: our choice
    { type: 'Atelier', theme: 'CEJ', titles: CEJ_TITLES, count: 489, perAction: [3, 9], pool: 'cej' }, // seed 000 line 786
    { type: 'Action culturelle', theme: 'Culture', titles: CULTURE_TITLES, count: 36, distinct: 429 }, // seed 000 line 842
    { type: "Réunion d'information", theme: 'Service civique', titles: ["Réunion d'information Service Civique"], count: 10, distinct: 80, pool: 'young' }, // seed 000 lines 857, 859
    { type: 'Forum', theme: 'Service civique', titles: ["Forum de l'engagement"], count: 1, dates: ['20/10/2023'], place: 'MDE MNO (Lambersart)' }, // seed 000 lines 861-862
    {
      type: 'Formation civique et citoyenne',
      theme: 'Service civique',
      titles: ['PSC1 (secourisme)', 'atelier Boîte à outils', 'collecte pour la Banque Alimentaire', "journée Projet d'avenir", 'ateliers BAFA et Permis B', 'sensibilisation au rôle des Élus', 'rencontre à la Mairie de Saint-André-lez-Lille'], // seed 000 lines 869-874
      count: 7,
      perAction: [5, 12],
      pool: 'sc',
    },
    {
      type: 'Événement',
      theme: 'Handicap (SEEPH)',
      titles: ['Job dating inclusif', 'Sensibilisation au handicap invisible', 'DuoDay', 'Visite d’un ESAT'],
      count: 4, // titles and dates: our choice
      dates: ['20/11/2023', '21/11/2023', '23/11/2023', '24/11/2023'],
      visiteurs: [25, 14, 11, 12], // 25 + 14 + 11 + 12 = 62: seed 000 line 623
    },
    // noise: actions of December 2022, exported with the 2023 ones // our choice
    { type: 'Atelier', theme: 'CEJ', titles: CEJ_TITLES, count: 3, perAction: [3, 6], pool: 'cej', year: 2022 },
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.sensibiliser], count: 1, perAction: [5, 8], year: 2022 },
  ],
  manual: [
    ['sante.cpam', 154, 'Déléguée Sociale CPAM Lille-Douai'], // seed 000 line 596
    ['sante.pasteur', 57, ''], // seed 000 line 601
    ['sante.ars', 240, ''], // seed 000 line 603
    ['sante.pae.jeunes', 68, ''], // seed 000 line 608
    ['sante.pae.entretiens', 312, ''], // seed 000 line 611
    ['handicap.permis_conseil_regional', 63, ''], // seed 000 line 631
    ['obligation_formation.en_regle', 155, 'Photographie au 31/12/2023'], // seed 000 lines 637-642
    ['service_civique.engages_agrement_ml', 22, ''], // seed 000 line 915
    ['mobilite_internationale.accompagnes_individuel', 50, ''], // seed 000 line 742
    ['mobilite_internationale.orientes_partenaires', 32, 'ADICE, ...'], // seed 000 line 743
    ['coaching.individuel', 80, 'Individuel ou collectif'], // seed 000 line 682
    ['plie.accompagnement_social.actions', 2, '« la confiance en soi, un chemin vers l’emploi » (SISAA)'], // seed 000 line 360
    ['plie.accompagnement_social.participants', 49, ''], // seed 000 line 363
    ['plie.accompagnement_social.heures', 352, ''], // seed 000 line 363
    ['plie.formations.conventions', 21, ''], // seed 000 line 374
    ['plie.formations.organismes', 14, ''], // seed 000 line 376
    ['plie.formations.validees', 9, ''], // seed 000 line 382
    ['plie.permis.obtenus', 1, ''], // seed 000 line 388
    ['plie.permis.en_cours', 8, 'au 31/12/2023'], // seed 000 line 390
    ['plie.permis.non_obtenus', 3, ''], // seed 000 line 392
    ['mde.parrains', 12, 'Parrains mobilisés par la MDE'], // seed 000 line 235
    ['mde.salon.edition', 18, 'Salon Les Clés de l’Emploi'], // seed 000 line 177
    ['mde.salon.villages_sectoriels', 8, ''], // seed 000 line 179
  ],
};
