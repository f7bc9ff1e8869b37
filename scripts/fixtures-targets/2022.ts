import { T24 } from './2024.js';
import { C, CEJ_TITLES, CULTURE_TITLES, MI_TITLES, counts, euro, like, type YearConfig } from './year-config.js';

/**
 * 2022, the year seed 000 compares the Mission Locale's 2023 with. Seed 000 prints only the
 * changes, so the 2022 counts behind them are chosen to give exactly those changes, rounded
 * half away from zero on the exact ratio (glossary §8.3):
 * - nouvelles inscriptions 631: 679 / 631 − 1 = +7,61 % (« + 7,61% », seed 000 line 573);
 * - entretiens 15 913: 16 709 / 15 913 − 1 = +5,00 % (« une augmentation de 5 % », seed 000 line 586);
 * - jeunes entrés en formation 384: 468 / 384 − 1 = +21,88 % → 22 % (« de 22 % », seed 000 line 678);
 * - situations emploi 1 665: 1 915 / 1 665 − 1 = +15,02 % → 15 % (« de 15 % du nombre de contrats »,
 *   seed 000 lines 694-696);
 * - CDI (dont CIE en CDI) 97 = 86 + 11: 107 / 97 − 1 = +10,31 % → 10 % (« a progressé de 10 % »,
 *   seed 000 lines 698-700; 97 is the only count that gives 10 %);
 * - Intérim / Saisonnier 570 = 460 + 110: 661 / 570 − 1 = +15,96 % → 16 % (« de 16 % des contrats en
 *   Intérim », seed 000 lines 702-704).
 * The 2023 counts are those of 2023.ts. Every other figure of this file is our choice (no seed
 * prints a 2022 Mission Locale figure), close to 2023's proportions; the shares the report quotes
 * "(… en 2022)" without a seed value (niveau, femmes, PMSMP) differ from 2023's on purpose, so
 * a test can tell which year a figure came from. Only the values marked "seed 000" below come
 * from a seed.
 */
export const CONFIG_2022: YearConfig = {
  year: 2022,
  seed: 0x20220001, // our choice (PRNG seed)
  nouveaux: {
    byCommune: like(T24.nouveaux, 631), // 631: from seed 000 line 573 (see above); the split: our choice
    qpv: C(0, 23, 0, 19, 0, 0, 0, 0, 0, 0),
    ageQual: [C(0, 12, 11, 122), C(35, 147, 37, 96), C(50, 45, 14, 62)],
    sexAge: [C(62, 150, 84), C(83, 165, 87)],
    movers: C(42, 33, 9),
    permis: 125,
    logement: C(366, 101, 164),
  },
  recus: { byCommune: like(T24.recus, 1560), qual: C(140, 495, 165, 760), sexF: 745, age31: C(172, 726, 601, 61), qpv: C(0, 66, 0, 55, 0, 0, 0, 0, 0, 0), rqth: 90 },
  contact: like(T24.contact, 2980),
  sansContact: 140,
  // entretiens 15 913: from seed 000 line 586 (see above); the rest of this line: our choice
  contacts: { byCommune: like(T24.contacts, 40513), entretiens: like(T24.entretiens, 15913), sms: 9400, email: 8000, tel: 5500, autres: 1700, cancelled: 280, outOfYear: 190 },
  propositions: C(7500, 2300, 7700, 9400),
  cej: {
    suivis: like(T24.cejSuivis, 980),
    entrants: like(T24.cejEntrants, 620),
    fromNewShare: 0.45,
    sexH: 332,
    age1821: 336,
    qual: C(48, 173, 69, 330),
    qpv: 55,
    contacts: { e: 13900, telSms: 6400, email: 4000, autres: 1150 },
    mesures: { emploi: 1100, formation: 260, immersion: 130, alternance: 60, sc: 27, autres: 28 },
    measureYoungPeople: 680,
    miInside: 2,
    primaryShares: C(360, 140, 83),
    emploiOlder: false,
  },
  pmsmp: { byCommune: like(T24.pmsmp, 200), femmesPct: 51, aucunPct: null },
  formation: {
    byCommune: like(T24.formation, 560),
    autre: 268,
    cr: 206,
    fi: 86,
    youngPeople: 384, // from seed 000 line 678 (see above)
    sexF: 180,
    qual3: C(146, 33, 205),
    minors: 74,
    qualificationYoungPeople: 258,
    qualifSituations: 373,
    domains: counts([
      ["Animation d'activités de loisirs", 173],
      ['Hôtellerie et Restauration', 78],
      ['Transport et Logistique', 66],
      ['Commerce et Vente', 58],
      ['Santé et Action sociale', 50],
      ['Bâtiment et Travaux Publics', 41],
      ['Informatique et Numérique', 33],
      ['Enseignement général', 31],
      ['Industrie', 30],
    ]),
  },
  emploi: {
    byCommune: like(T24.emploi, 1665), // 1 665: from seed 000 lines 694-696 (see above); the split: our choice
    // CDI + CDI CIE = 97 and Intérim + Saisonnier = 570: from seed 000 lines 698-704 (see above); the rest: our choice
    subtypes: counts([['CDD', 855], ['Intérim', 460], ['Saisonnier', 110], ['CDI', 86], ['CDI CIE', 11], ['PEC', 12], ['CIE CDD', 7], ["Création d'entreprise", 4]]),
    pec: like(T24.pec, 12),
    youngPeople: 760,
    sexH: 420,
    ageBand: 1,
    ageBandCount: 430,
    qual: C(75, 268, 89, 328),
    domains: counts([
      ['Transport et Logistique', 360],
      ['Commerce, Vente et Grande distribution', 285],
      ['Service A la Personne', 260],
      ['Hôtellerie, Restauration et Tourisme', 238],
      ['Construction, Bâtiment et Travaux Publics', 147],
      ['Industrie', 119],
      ["Support à l'entreprise", 71],
      ['Santé', 44],
      ['Agriculture et Pêche, Espaces naturels et Espaces verts', 21],
    ]),
  },
  alternance: {
    byCommune: like(T24.alternance, 120),
    app: 107,
    pro: 13,
    sexF: 46,
    niveau: C(55, 28, 37),
    domains: counts([
      ['Commerce, vente et grande distribution', 47],
      ['Construction, Bâtiment et Travaux Publics', 18],
      ["Support à l'entreprise", 17],
      ['Hôtellerie, Restauration et Tourisme', 14],
      ['Industrie', 11],
      ['Santé', 8],
      ['Transport et Logistique', 5],
    ]),
    overlapping: 280,
  },
  sc: { overlapping: like(T24.scOverlapping, 90), started: like(T24.scStarted, 38) },
  mi: [
    ["Stage Erasmus+ (Let's go pro)", 'Espagne'],
    ["Stage Erasmus+ (Let's go pro)", 'Portugal'],
    ['Service Civique International (ADICE)', 'Grèce'],
    ['Service Civique International (ADICE)', 'Italie'],
  ],
  benevolatOutside: 9,
  enrolments: {
    parrainage: { byCommune: like(T24.parrainage, 52), qual3: C(18, 5, 29), sexH: 23 },
    ppae: 110,
    ppaeFromNew: 14,
    pacea: 250,
    jsmj: 24,
    handicapRenforce: 35,
    of: 150,
    ofEnSituation: null,
    pae: 1,
    tdo: 0,
  },
  aids: {
    pacea: { youngPeople: like(T24.paceaYoungPeople, 175), cents: euro(like(T24.paceaEuros, 108500)) },
    cej: { youngPeople: like(T24.cejYoungPeople, 900), cents: euro(like(T24.cejEuros, 1961000)) },
    fajem: { youngPeople: like(T24.fajemYoungPeople, 82), cents: euro(like(T24.fajemEuros, 28400)), rows: 112 },
    mde: { dossiers: like(T24.mdeDossiers, 88), cents: euro(like(T24.mdeEuros, 2540)) },
    fmlIndirect: { youngPeople: like(T24.fmlIndYoungPeople, 14), cents: euro(like(T24.fmlIndEuros, 5700)) },
    fmlDirect: { youngPeople: like(T24.fmlDirYoungPeople, 92), cents: euro(like(T24.fmlDirEuros, 9500)) },
    fraisGestion: 2800,
  },
  actions: [
    { type: 'Atelier', theme: 'Découverte des métiers (VR)', titles: ['Découverte des métiers en réalité virtuelle'], count: 16, distinct: 92 },
    { type: 'Atelier', theme: 'Formation', titles: ['Atelier technique formation (information, orientation, positionnement)'], count: 24, distinct: 130 },
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.sensibiliser], count: 9, distinct: 98, pool: 'young', disjoint: 'mi' },
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.culture], count: 9, distinct: 104, pool: 'young', disjoint: 'mi' },
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.adice], count: 5, distinct: 57, pool: 'young', disjoint: 'mi' },
    { type: 'Forum', theme: 'Mobilité internationale', titles: ["Forum Cap sur l'International 2022"], count: 1, dates: ['09/03/2022'], exposants: [12], visiteurs: [98], place: 'MDE MNO (Lambersart)' },
    { type: 'Atelier', theme: 'CEJ', titles: CEJ_TITLES, count: 452, perAction: [3, 9], pool: 'cej' },
    { type: 'Action culturelle', theme: 'Culture', titles: CULTURE_TITLES, count: 31, distinct: 376 },
    { type: "Réunion d'information", theme: 'Service civique', titles: ["Réunion d'information Service Civique"], count: 9, distinct: 71, pool: 'young' },
    { type: 'Forum', theme: 'Service civique', titles: ["Forum de l'engagement"], count: 1, dates: ['21/10/2022'], place: 'MDE MNO (Lambersart)' },
    {
      type: 'Formation civique et citoyenne',
      theme: 'Service civique',
      titles: ['PSC1 (secourisme)', 'atelier Boîte à outils', 'collecte pour la Banque Alimentaire', "journée Projet d'avenir", 'ateliers BAFA et Permis B', 'sensibilisation au rôle des Élus'],
      count: 6,
      perAction: [5, 12],
      pool: 'sc',
    },
    {
      type: 'Événement',
      theme: 'Handicap (SEEPH)',
      titles: ['Job dating inclusif', 'Sensibilisation au handicap invisible', 'DuoDay'],
      count: 3,
      dates: ['15/11/2022', '17/11/2022', '18/11/2022'],
      visiteurs: [22, 13, 10],
    },
    // noise: actions of December 2021, exported with the 2022 ones
    { type: 'Atelier', theme: 'CEJ', titles: CEJ_TITLES, count: 2, perAction: [3, 6], pool: 'cej', year: 2021 },
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.sensibiliser], count: 1, perAction: [5, 8], year: 2021 },
  ],
  manual: [
    ['sante.cpam', 141, 'Déléguée Sociale CPAM Lille-Douai'],
    ['sante.pasteur', 52, ''],
    ['sante.ars', 215, ''],
    ['sante.pae.jeunes', 61, ''],
    ['sante.pae.entretiens', 287, ''],
    ['handicap.permis_conseil_regional', 58, ''],
    ['obligation_formation.en_regle', 150, 'Photographie au 31/12/2022'],
    ['service_civique.engages_agrement_ml', 20, ''],
    ['mobilite_internationale.accompagnes_individuel', 44, ''],
    ['mobilite_internationale.orientes_partenaires', 27, 'ADICE, ...'],
    ['coaching.individuel', 72, 'Individuel ou collectif'],
  ],
};
