import { C, CEJ_TITLES, CULTURE_TITLES, MI_TITLES, counts, euro, type YearConfig } from './year-config.js';

// Per-commune tables of seed 001 (2024), in the order of METROPOLE_NORD_OUEST.communes ('/' read as 0).
export const T24 = {
  nouveaux: C(109, 185, 3, 124, 85, 64, 27, 59, 8, 81), // seed 001 lines 38-47
  recus: C(280, 416, 9, 343, 179, 114, 80, 153, 18, 143), // seed 001 lines 86-95, reçus en entretien
  contact: C(376, 504, 14, 470, 235, 138, 96, 176, 19, 245), // seed 001 lines 86-95, en contact
  contacts: C(5328, 7021, 206, 8243, 3054, 2161, 2110, 2864, 302, 2016), // seed 001 lines 149-158
  entretiens: C(2805, 3679, 72, 4190, 1574, 1186, 1051, 1317, 130, 971), // seed 001 lines 149-158, entretiens
  pmsmp: C(17, 55, 1, 41, 20, 24, 18, 18, 1, 10), // seed 001 lines 181-190
  formation: C(90, 151, 10, 125, 84, 51, 28, 64, 6, 105), // seed 001 lines 232-241
  emploi: C(391, 406, 7, 391, 234, 125, 79, 201, 33, 92), // seed 001 lines 291-300 (Emploi and Alternance)
  pec: C(1, 3, 0, 1, 1, 1, 1, 2, 0, 1), // seed 001 lines 336-345
  alternance: C(13, 25, 1, 29, 16, 11, 6, 16, 1, 10), // seed 001 lines 398-407
  scOverlapping: C(12, 12, 2, 13, 11, 8, 6, 14, 2, 10), // seed 001 lines 479-488, en cours
  scStarted: C(7, 6, 0, 7, 7, 6, 3, 8, 1, 6), // seed 001 lines 479-488, démarré en 2024
  cejSuivis: C(159, 207, 5, 260, 102, 62, 59, 89, 8, 65), // seed 001 lines 599-608, suivis
  cejEntrants: C(95, 142, 0, 154, 71, 43, 46, 52, 4, 41), // seed 001 lines 599-608, entrés en 2024
  parrainage: C(11, 9, 1, 22, 6, 1, 3, 3, 2, 0), // seed 001 lines 719-723
  paceaYoungPeople: C(34, 34, 0, 25, 8, 6, 6, 10, 0, 5), // seed 001 lines 935-944
  paceaEuros: C(10334, 22719, 0, 7054, 3284, 2920, 1658, 1930, 0, 2170), // seed 001 lines 935-944 (€)
  cejYoungPeople: C(145, 197, 4, 244, 94, 58, 58, 82, 8, 57), // seed 001 lines 952-961
  cejEuros: C(307143, 408153, 4062, 480738, 170086, 103335, 113567, 145392, 10183, 92590), // seed 001 lines 952-961 (€)
  fajemYoungPeople: C(16, 36, 0, 9, 8, 7, 2, 6, 1, 5), // seed 001 lines 998-1007
  fajemEuros: C(5999, 14175, 0, 2837, 2420, 3290, 540, 2219, 200, 2520), // seed 001 lines 998-1007 (€)
  mdeDossiers: C(11, 42, 0, 4, 14, 7, 11, 10, 3, 7), // seed 001 lines 1015-1024
  mdeEuros: C(321, 1230, 0, 77, 381, 225, 386, 267, 83, 198), // seed 001 lines 1015-1024 (€)
  fmlIndYoungPeople: C(2, 1, 1, 1, 3, 2, 2, 2, 0, 3), // seed 001 lines 1034-1043
  fmlIndEuros: C(575, 900, 400, 400, 917, 1241.43, 1162.73, 642.55, 0, 1279), // seed 001 lines 1034-1043 (€)
  fmlDirYoungPeople: C(14, 34, 0, 9, 5, 6, 4, 4, 2, 7), // seed 001 lines 1053-1062
  fmlDirEuros: C(1750, 3920, 0, 1330, 350, 550, 600, 600, 200, 700), // seed 001 lines 1053-1062 (€)
};

// Targets of the 2024 Mission Locale fixtures: the figures of seed 001 (the ML MNO report 2024).
// Each value names its seed line; a percentage of the seed is met by the count given (half-up
// rounding, glossary §8.3); "our choice" marks a value no seed prints (noise, splits, shapes).
export const CONFIG_2024: YearConfig = {
  year: 2024,
  seed: 0x20240001, // our choice (PRNG seed)
  nouveaux: {
    byCommune: T24.nouveaux,
    qpv: C(0, 28, 0, 23, 0, 0, 0, 0, 0, 0), // seed 001 lines 39, 41 (28 + 23 = 51, line 48)
    ageQual: [C(0, 14, 13, 182), C(30, 165, 39, 138), C(48, 44, 14, 58)], // seed 001 lines 59-61 (age band × qualification)
    sexAge: [C(82, 165, 89), C(127, 207, 75)], // seed 001 lines 67-68
    movers: C(60, 40, 10), // our choice
    permis: 156, // 21 % of 745: seed 001 line 71
    logement: C(425, 127, 193), // 57 %, 17 %, 26 % of 745: seed 001 lines 71-73
  },
  recus: { byCommune: T24.recus, qual: C(152, 503, 168, 912), sexF: 795, age31: C(191, 781, 694, 69), qpv: C(0, 73, 0, 61, 0, 0, 0, 0, 0, 0), rqth: 104 }, // qual: seed 001 line 114; sexF: line 126; age31: 11 %, 45 %, 40 %, 4 % of 1 735, line 120; qpv: line 99; rqth: line 665
  contact: T24.contact,
  sansContact: 90, // our choice
  contacts: { byCommune: T24.contacts, entretiens: T24.entretiens, sms: 5469, email: 5077, tel: 4336, autres: 1448, cancelled: 300, outOfYear: 200 }, // sms, email, tel, autres: seed 001 lines 136-139; cancelled, outOfYear (noise): our choice
  propositions: C(7793, 2128, 8825, 11675), // seed 001 lines 168-171
  cej: {
    suivis: T24.cejSuivis,
    entrants: T24.cejEntrants,
    fromNewShare: 0.45, // our choice
    sexH: 350, // 54 % of 648: seed 001 line 644
    age1821: 363, // 56 % of 648: seed 001 line 645
    qual: C(52, 183, 70, 343), // seed 001 line 652
    qpv: 51, // seed 001 line 647
    contacts: { e: 12031, telSms: 4831, email: 3208, autres: 859 }, // seed 001 lines 618-621
    mesures: { emploi: 914, formation: 214, immersion: 133, alternance: 60, sc: 38, autres: 17 }, // seed 001 lines 632-637
    measureYoungPeople: 603, // seed 001 line 628
    miInside: 4, // our choice
    primaryShares: C(300, 120, 68), // our choice
    emploiOlder: true, // our choice
  },
  pmsmp: { byCommune: T24.pmsmp, femmesPct: 56, aucunPct: 53 }, // femmesPct: seed 001 line 194; aucunPct: line 193
  formation: {
    byCommune: T24.formation,
    autre: 293, // seed 001 line 212
    cr: 229, // seed 001 line 213
    fi: 192, // seed 001 line 214
    youngPeople: 638, // seed 001 line 209
    sexF: 275, // seed 001 line 220
    qual3: C(240, 44, 354), // seed 001 line 225
    minors: 150, // our choice
    qualificationYoungPeople: 479, // 75 % of 638: seed 001 line 205
    qualifSituations: 536, // our choice
    domains: counts([
      ['Hôtellerie et Restauration', 129], // 18 % of 714: seed 001 line 207
      // the other formation domains: our choice (sum 714, seed 001 line 215)
      ['Transport et Logistique', 95],
      ['Commerce et Vente', 90],
      ['Santé et Action sociale', 85],
      ['Enseignement général', 75],
      ["Animation d'activités de loisirs", 70],
      ['Bâtiment et Travaux Publics', 65],
      ['Informatique et Numérique', 55],
      ['Industrie', 50],
    ]),
  },
  emploi: {
    byCommune: T24.emploi,
    subtypes: counts([['CDD', 818], ['Intérim', 712], ['Saisonnier', 161], ['CDI', 102], ['CDI CIE', 15], ['PEC', 11], ['CIE CDD', 6], ["Création d'entreprise", 6]]), // CDD: seed 001 line 252; Intérim + Saisonnier = 873: line 253; CDI + CDI CIE = 117: line 255; PEC + CIE CDD = 17: line 256; Création: line 257; the splits of 873 and 117: our choice
    pec: T24.pec,
    youngPeople: 781, // seed 001 line 250
    sexH: 422, // 54 % of 781: seed 001 line 276
    ageBand: 2, // 22-25 ans
    ageBandCount: 398, // 51 % of 781: seed 001 line 278
    qual: C(77, 271, 91, 342), // seed 001 line 283
    // with the Alternance domains below, shares of the 1 959 contracts: 22 %, 20 %, 17 %, 16 %, 10 %
    // (seed 001 lines 270-274); Industrie and after: our choice
    domains: counts([
      ['Transport et Logistique', 426],
      ['Commerce, Vente et Grande distribution', 331],
      ['Service A la Personne', 333],
      ['Hôtellerie, Restauration et Tourisme', 301],
      ['Construction, Bâtiment et Travaux Publics', 179],
      ['Industrie', 100],
      ["Support à l'entreprise", 75],
      ['Santé', 52],
      ['Agriculture et Pêche, Espaces naturels et Espaces verts', 34],
    ]),
  },
  alternance: {
    byCommune: T24.alternance,
    app: 118, // seed 001 line 372
    pro: 10, // seed 001 line 372
    sexF: 56, // 44 % of 128: seed 001 line 376
    niveau: C(64, 24, 40), // BEP/CAP, BAC, Supérieur: 50 %, 19 %, 31 % of 128, seed 001 lines 381-383
    domains: counts([
      ['Commerce, vente et grande distribution', 61], // 48 % of 128: seed 001 line 387
      ['Construction, Bâtiment et Travaux Publics', 17], // 13 %: seed 001 line 388
      ["Support à l'entreprise", 15], // 12 %: seed 001 line 389
      // the other Alternance domains: our choice
      ['Hôtellerie, Restauration et Tourisme', 12],
      ['Industrie', 10],
      ['Santé', 8],
      ['Transport et Logistique', 5],
    ]),
    overlapping: 249, // seed 001 line 418
  },
  sc: { overlapping: T24.scOverlapping, started: T24.scStarted },
  // seed 001 lines 566-572
  mi: [
    ["Stage Erasmus+ (Let's go pro)", 'Espagne'],
    ["Stage Erasmus+ (Let's go pro)", 'Espagne'],
    ["Stage Erasmus+ (Let's go pro)", 'Espagne'],
    ["Stage Erasmus+ (Let's go pro)", 'Irlande'],
    ["Stage Erasmus+ (Let's go pro)", 'Irlande'],
    ["Stage Erasmus+ (Let's go pro)", 'Malte'],
    ["Stage Erasmus+ (Let's go pro)", 'Malte'],
    ["Stage Erasmus+ (Let's go pro)", 'Portugal'],
    ["Stage Erasmus+ (Let's go pro)", 'Portugal'],
    ['Stage Erasmus+ (ADICE)', 'Malte'],
    ['Service Civique International (SCI - Ambassadeurs)', 'Sénégal'],
    ['Service Civique International (SCI - Ambassadeurs)', "Côte d'Ivoire"],
    ['Service Civique International (International Impact)', 'Inde'],
    ['Échanges de jeunes (OFCI)', 'Italie'],
    ['Échanges de jeunes (OFCI)', 'Belgique'],
    ['Permis Vacances Travail', 'Canada'],
    ['Jeune Fille au Pair', 'Etats-Unis'],
  ],
  benevolatOutside: 9, // our choice
  enrolments: {
    parrainage: { byCommune: T24.parrainage, qual3: C(23, 3, 32), sexH: 24 }, // qual3: seed 001 line 710; sexH: line 715
    ppae: 205, // seed 001 line 746
    ppaeFromNew: null, // seed 001 prints none
    pacea: 181, // seed 001 line 750
    jsmj: 27, // seed 001 line 754
    handicapRenforce: 45, // seed 001 line 665
    of: 205, // seed 001 line 907
    ofEnSituation: 151, // seed 001 line 909
    pae: 3, // seed 001 line 916
    tdo: 3, // seed 001 line 917
  },
  aids: {
    pacea: { youngPeople: T24.paceaYoungPeople, cents: euro(T24.paceaEuros) },
    cej: { youngPeople: T24.cejYoungPeople, cents: euro(T24.cejEuros) },
    fajem: { youngPeople: T24.fajemYoungPeople, cents: euro(T24.fajemEuros), rows: 128 }, // rows: seed 001 line 995
    mde: { dossiers: T24.mdeDossiers, cents: euro(T24.mdeEuros) },
    fmlIndirect: { youngPeople: T24.fmlIndYoungPeople, cents: euro(T24.fmlIndEuros) },
    fmlDirect: { youngPeople: T24.fmlDirYoungPeople, cents: euro(T24.fmlDirEuros) },
    fraisGestion: 2880, // 28,80 €: seed 001 line 1063
  },
  // counts, distinct participants, dates and figures from seed 001; perAction, pools, places and
  // the dates the seed does not print: our choice
  actions: [
    { type: 'Atelier', theme: 'Découverte des métiers (VR)', titles: ['Découverte des métiers en réalité virtuelle'], count: 16, distinct: 72 }, // seed 001 line 195
    { type: "Réunion d'information", theme: 'Service civique', titles: ["Réunion d'information Service Civique"], count: 8, distinct: 80, pool: 'young' }, // seed 001 lines 466-467
    { type: 'Forum', theme: 'Service civique', titles: ["Forum de l'engagement"], count: 1, dates: ['18/10/2024'], place: 'MDE MNO (Lambersart)' }, // seed 001 line 468
    {
      type: 'Formation civique et citoyenne',
      theme: 'Service civique',
      titles: ['PSC1 (Secourisme)', 'atelier Boîte à outils', 'collecte pour la Banque Alimentaire', "journée Projet d'Avenir", 'Visite du Parlement Européen à Strasbourg'], // seed 001 line 470
      count: 5,
      perAction: [6, 14],
      pool: 'sc',
    },
    { type: 'Rencontre', theme: 'Parole aux jeunes', titles: ['Comité des usagers – La Parole aux Jeunes'], count: 4, distinct: 24 }, // seed 001 line 501
    { type: 'Atelier', theme: 'Lutte contre les discriminations', titles: ['Atelier de sensibilisation aux discriminations'], count: 5, perAction: [5, 11] }, // seed 001 line 506
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.sensibiliser], count: 9, distinct: 76, pool: 'young' }, // seed 001 line 544
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.adice], count: 2, distinct: 19, pool: 'young' }, // seed 001 line 545
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.culture], count: 9, distinct: 116, pool: 'young' }, // seed 001 line 546
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.sci], count: 2, distinct: 11, pool: 'young' }, // seed 001 line 547
    { type: "Réunion d'information", theme: 'Mobilité internationale', titles: [MI_TITLES.ryse], count: 2, distinct: 17, pool: 'young' }, // seed 001 line 548
    { type: 'Atelier', theme: 'Mobilité internationale', titles: [MI_TITLES.ryse], count: 8, distinct: 72, pool: 'young' }, // seed 001 line 549
    { type: 'Session de formation', theme: 'Mobilité internationale', titles: [MI_TITLES.ryse], count: 3, distinct: 40, pool: 'young' }, // seed 001 line 550
    { type: 'Forum', theme: 'Mobilité internationale', titles: ["Forum Cap sur l'International 2024"], count: 1, dates: ['06/03/2024'], exposants: [16], visiteurs: [127], place: 'MDE MNO (Lambersart)' }, // seed 001 line 556
    { type: 'Événement', theme: 'Mobilité internationale', titles: ['Semaine de la Mobilité Internationale 2024'], count: 1, dates: ['14/10/2024'], visiteurs: [170] }, // seed 001 line 557
    { type: 'Événement', theme: 'Mobilité internationale', titles: ['Festival des Solidarités 2024'], count: 1, dates: ['22/11/2024'], visiteurs: [44] }, // seed 001 line 558
    { type: 'Atelier', theme: 'CEJ', titles: CEJ_TITLES, count: 499, perAction: [3, 9], pool: 'cej' }, // seed 001 line 590
    { type: 'Coaching collectif', theme: 'Coaching', titles: ['Coaching Confiance en soi, développe ton potentiel'], count: 11, distinct: 86 }, // seed 001 line 733
    { type: 'Action culturelle', theme: 'Culture', titles: CULTURE_TITLES, count: 37, distinct: 456 }, // seed 001 line 740
    {
      type: 'Événement',
      theme: 'Handicap (SEEPH)',
      titles: ['Le handicap visuel présenté par REMORA', "Handi'Hauts'Lympics", 'Présentation du Groupe Malécot - Papillons Blancs de Lille', 'DuoDay', 'Le handicap psychique présenté par le Clubhouse'], // seed 001 lines 673-697
      count: 5,
      dates: ['18/11/2024', '19/11/2024', '20/11/2024', '21/11/2024', '22/11/2024'],
      visiteurs: [31, 6, 9, 12, 10], // seed 001 lines 677, 683, 689, 695, 701
      guests: { 2: [7, 2] }, // 7 jeunes and 2 partners: seed 001 line 689
    },
    // noise: actions of December 2023, exported with the 2024 ones // our choice
    { type: 'Atelier', theme: 'CEJ', titles: CEJ_TITLES, count: 3, perAction: [3, 6], pool: 'cej', year: 2023 },
    { type: 'Atelier', theme: 'Découverte des métiers (VR)', titles: ['Découverte des métiers en réalité virtuelle'], count: 1, perAction: [4, 6], year: 2023 },
    { type: 'Action culturelle', theme: 'Culture', titles: CULTURE_TITLES, count: 1, perAction: [8, 12], year: 2023 },
  ],
  manual: [
    ['service_civique.professionnels', 2, 'Professionnels affectés au Service Civique'], // seed 001 line 444
    ['service_civique.engages_agrement_ml', 26, ''], // seed 001 line 469
    ['citoyennete.accompagner_autrement.jeunes', 16, 'Sciences Po Lille, 17/04/2024'], // seed 001 line 514
    ['citoyennete.accompagner_autrement.missions_locales', 8, ''], // seed 001 line 518
    ['mobilite_internationale.accompagnes_individuel', 83, ''], // seed 001 line 552
    ['cej.professionnels', 12, ''], // seed 001 line 580
    ['coaching.individuel', 40, ''], // seed 001 line 734
    ['sante.cpam', 121, 'Déléguée Sociale CPAM Lille-Douai'], // seed 001 line 764
    ['sante.pasteur', 34, ''], // seed 001 line 768
    ['sante.ars', 100, ''], // seed 001 line 772
    ['sante.pae.jeunes', 62, ''], // seed 001 line 789
    ['sante.pae.entretiens', 268, ''], // seed 001 line 790
    ['sante.pae.groupes_parole', 11, ''], // seed 001 line 792
    ['sante.pae.casse_ton_cliche', 2, ''], // seed 001 line 793
    ['sante.pae.reunions_mobilite', 3, ''], // seed 001 line 795
    ['sante.pae.reunions_analyse_pratiques', 7, ''], // seed 001 line 796
    ['sante.pae.reunions_reseau_psy', 2, ''], // seed 001 line 797
    ['obligation_formation.en_regle', 205, ''], // seed 001 line 908
    ['lycee_pro.pae.annee_precedente.mno', 1, 'Année scolaire 2023/2024'], // seed 001 line 914
    ['lycee_pro.pae.annee_precedente.orientes', 9, 'Année scolaire 2023/2024'], // seed 001 line 914
    ['lycee_pro.pae.annee_courante.mno', 3, 'Année scolaire 2024/2025, bilan intermédiaire'], // seed 001 line 916
    ['lycee_pro.pae.annee_courante.orientes', 3, 'Année scolaire 2024/2025, bilan intermédiaire'], // seed 001 line 916
    ['lycee_pro.tdo.annee_courante.mno', 3, 'Année scolaire 2024/2025, bilan intermédiaire'], // seed 001 line 917
    ['lycee_pro.tdo.annee_courante.orientes', 4, 'Année scolaire 2024/2025, bilan intermédiaire'], // seed 001 line 917
    ['avenir_pro.sessions.atelier_1', 3, 'Faire le point sur mes compétences'], // seed 001 line 922
    ['avenir_pro.sessions.atelier_2', 2, 'Organiser efficacement ma recherche d’emploi'], // seed 001 line 923
    ['avenir_pro.sessions.atelier_3', 1, 'Convaincre en entretien d’embauche'], // seed 001 line 924
    ['avenir_pro.participants', 34, 'Lycée Professionnel Alfred Mongy'], // seed 001 lines 919, 925
    ['fonds_ml.formations_individuelles', 15, ''], // seed 001 line 1031
    ['labellisation.notes_4', 22, 'Audit du 19/06/2024'], // seed 001 lines 1073-1075
    ['labellisation.notes_3', 13, ''], // seed 001 line 1075
    ['labellisation.notes_2', 0, ''], // none: 22 + 13 = the 35 criteria, seed 001 line 1075
    ['labellisation.notes_1', 0, ''], // none: seed 001 line 1075
  ],
};
