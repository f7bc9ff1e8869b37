/**
 * Golden expectations for seed 001: "Rapport d'activité 2024", Mission Locale Métropole Nord-Ouest
 * (/work/shared/seeds/001_230d208e3e97a207.txt).
 *
 * Every value below was transcribed BY HAND from the seed text, never from our code or output.
 * Conventions:
 *  - commune row labels use the canonical names (a `// seed: …` comment marks rows where the seed
 *    spells the commune differently);
 *  - total rows are labelled "Total" (the seed prints "Total général :", "Total :" or "Total");
 *  - values are kept as printed ("/", "€", decimal comma, thousands separated by a plain space);
 *  - tables printed transposed in the seed (one header line of categories, one line of values)
 *    are turned into one row per category;
 *  - sentences: markdown ** removed, bullets (✓, ➤, -) dropped, whitespace collapsed, the seed's
 *    superscripts ("1^{er}", "28^{e}") written as plain text ("1er", "28e").
 */

export interface ExpectedTable {
  /** Our HTML table id (use exactly the ids listed below). */
  id: string;
  /** The seed heading the table sits under, for messages, e.g. "1) Le Public > I.a Les communes de résidence". */
  seedHeading: string;
  /** Body rows, first cell = row label, other cells = values exactly as printed ("1 959", "52 069 €", "7 517,71 €", "21 %", "/"). Include the total row last, with label "Total". */
  rows: string[][];
}

export interface ExpectedSentence {
  section: number; // 1..13
  /** A sentence (or clause) as it must appear in the report's text, with the figures in it. Markdown ** removed; whitespace single spaces. */
  text: string;
  /** Present when the seed's own figure is wrong and the text above holds the corrected one: say what the seed printed and why. */
  correction?: string;
}

export const expectedTables: ExpectedTable[] = [
  // ───────────────────────────── 1) Le Public ─────────────────────────────
  {
    id: 'nouveaux-accueils-communes',
    seedHeading: '1) Le Public > I.a Les nouveaux accueils - Les communes de résidence',
    // columns: Nombre de jeunes en 1er accueil | Dont jeunes résidant dans un Quartier Politique de la Ville
    rows: [
      ['La Madeleine', '109', '/'],
      ['Lambersart', '185', '28'],
      ['Lompret', '3', '/'],
      ['Marcq-en-Barœul', '124', '23'],
      ['Marquette-lez-Lille', '85', '/'],
      ['Pérenchies', '64', '/'],
      ['Quesnoy-sur-Deûle', '27', '/'],
      ['Saint-André-lez-Lille', '59', '/'],
      ['Verlinghem', '8', '/'],
      ['Wambrechies', '81', '/'],
      ['Total', '745', '51'],
    ],
  },
  {
    id: 'nouveaux-accueils-age-niveau',
    seedHeading:
      '1) Le Public > I.b Les nouveaux accueils - Les caractéristiques > Age à la date du 1er accueil / Niveau de qualification',
    // columns: Supérieur au BAC | BAC | BEP/CAP | Aucun diplôme
    rows: [
      ['16 - 17 ans', '/', '14', '13', '182'],
      ['18 - 21 ans', '30', '165', '39', '138'],
      ['22 - 25 ans', '48', '44', '14', '58'],
      ['Total', '78', '223', '66', '378'],
    ],
  },
  {
    id: 'nouveaux-accueils-sexe-age',
    seedHeading: '1) Le Public > I.b Les nouveaux accueils - Les caractéristiques > Sexe / Age',
    // columns: 16 - 17 ans | 18 - 21 ans | 22 - 25 ans | Total
    rows: [
      ['Femmes', '82', '165', '89', '336'],
      ['Hommes', '127', '207', '75', '409'],
      ['Total', '209', '372', '164', '745'],
    ],
  },
  {
    id: 'nouveaux-accueils-permis',
    seedHeading: '1) Le Public > I.b Les nouveaux accueils - Les caractéristiques > Titulaire Permis B / Logement',
    rows: [
      ['Titulaire Permis B', '21 %'],
      ['Non Titulaire', '79 %'],
    ],
  },
  {
    id: 'nouveaux-accueils-logement',
    seedHeading: '1) Le Public > I.b Les nouveaux accueils - Les caractéristiques > Titulaire Permis B / Logement',
    rows: [
      ['Logement parents', '57 %'],
      ['Logement autonome', '17 %'],
      ['Logement précaire', '26 %'],
    ],
  },
  {
    id: 'accompagnes-communes',
    seedHeading: '1) Le Public > II.a Les jeunes accompagnés - Les communes de résidence',
    // columns: Nombre de jeunes en contact | Dont nombre de jeunes reçus en entretien
    rows: [
      ['La Madeleine', '376', '280'],
      ['Lambersart', '504', '416'],
      ['Lompret', '14', '9'],
      ['Marcq-en-Barœul', '470', '343'],
      ['Marquette-lez-Lille', '235', '179'],
      ['Pérenchies', '138', '114'],
      ['Quesnoy-sur-Deûle', '96', '80'],
      ['Saint-André-lez-Lille', '176', '153'],
      ['Verlinghem', '19', '18'],
      ['Wambrechies', '245', '143'],
      ['Total', '2 273', '1 735'],
    ],
  },
  {
    id: 'accompagnes-niveau',
    seedHeading: '1) Le Public > II.b Les jeunes accompagnés - Les caractéristiques > Niveau de qualification (validé)',
    // transposed in the seed; total printed as "Total : 1 735 jeunes reçus en entretien"
    rows: [
      ['Supérieur au BAC', '152'],
      ['BAC', '503'],
      ['BEP/CAP', '168'],
      ['Aucun diplôme', '912'],
      ['Total', '1 735'],
    ],
  },
  {
    id: 'accompagnes-age',
    seedHeading: '1) Le Public > II.b Les jeunes accompagnés - Les caractéristiques > Age',
    // transposed in the seed; no total printed; note "Age calculé au 31/12/2024"
    rows: [
      ['16 - 17 ans', '11 %'],
      ['18 - 21 ans', '45 %'],
      ['22 - 25 ans', '40 %'],
      ['26 et +', '4 %'],
    ],
  },
  {
    id: 'accompagnes-sexe',
    seedHeading: '1) Le Public > II.b Les jeunes accompagnés - Les caractéristiques > Sexe',
    rows: [
      ['Femmes', '795'],
      ['Hommes', '940'],
      ['Total', '1 735'],
    ],
  },
  {
    id: 'contacts-nature',
    seedHeading: '1) Le Public > II.c Les jeunes accompagnés - Les contacts',
    rows: [
      ['Entretien', '16 975'],
      ['SMS', '5 469'],
      ['E-mail', '5 077'],
      ['Téléphone', '4 336'],
      ['Autres (courrier, médiation, visite...)', '1 448'],
      ['Total', '33 305'],
    ],
  },
  {
    id: 'contacts-communes',
    seedHeading: '1) Le Public > II.d Les jeunes accompagnés - Les contacts par commune',
    // columns: Nombre de contacts | Dont entretiens (ateliers, informations collectives, entretiens individuels)
    rows: [
      ['La Madeleine', '5 328', '2 805'],
      ['Lambersart', '7 021', '3 679'],
      ['Lompret', '206', '72'],
      ['Marcq-en-Barœul', '8 243', '4 190'],
      ['Marquette-lez-Lille', '3 054', '1 574'],
      ['Pérenchies', '2 161', '1 186'],
      ['Quesnoy-sur-Deûle', '2 110', '1 051'],
      ['Saint-André-lez-Lille', '2 864', '1 317'],
      ['Verlinghem', '302', '130'],
      ['Wambrechies', '2 016', '971'],
      ['Total', '33 305', '16 975'],
    ],
  },
  {
    id: 'propositions-themes',
    seedHeading: '1) Le Public > II.e Les jeunes accompagnés - Les propositions',
    rows: [
      ["Accès à l'emploi", '7 793'],
      ['Formation', '2 128'],
      ['Projet professionnel / Orientation', '8 825'],
      ['Insertion sociale (santé, logement, ressources, mobilité, justice, ...)', '11 675'],
      ['Total', '30 421'],
    ],
  },

  // ──────────── 2) Les Périodes de Mise en Situation en Milieu Professionnel ────────────
  {
    id: 'pmsmp-communes',
    seedHeading:
      '2) Les Périodes de Mise en Situation en Milieu Professionnel > I. Les Périodes de Mise en Situation en Milieu Professionnel',
    // column: Nombre de Périodes de Mise en Situation Professionnelle
    rows: [
      ['La Madeleine', '17'],
      ['Lambersart', '55'],
      ['Lompret', '1'],
      ['Marcq-en-Barœul', '41'],
      ['Marquette-lez-Lille', '20'],
      ['Pérenchies', '24'],
      ['Quesnoy-sur-Deûle', '18'],
      ['Saint-André-lez-Lille', '18'],
      ['Verlinghem', '1'],
      ['Wambrechies', '10'],
      ['Total', '205'],
    ],
  },

  // ───────────────────────────── 3) La Formation ─────────────────────────────
  {
    id: 'formation-types',
    seedHeading: '3) La Formation > I.a Les entrées en formation - Les caractéristiques > Type de situation',
    rows: [
      ['Autres formations (AFPA, CPF, ...)', '293'],
      ['Conseil Régional', '229'],
      ['Formation initiale', '192'],
      ['Total', '714'],
    ],
  },
  {
    id: 'formation-sexe',
    seedHeading: '3) La Formation > I.a Les entrées en formation - Les caractéristiques > Sexe',
    rows: [
      ['Femmes', '275'],
      ['Hommes', '363'],
      ['Total', '638'],
    ],
  },
  {
    id: 'formation-niveau',
    seedHeading:
      "3) La Formation > I.a Les entrées en formation - Les caractéristiques > Niveau de qualification du jeune avant l'entrée en formation",
    // transposed in the seed; no total printed (the values sum to 638)
    rows: [
      ['BAC et plus', '240'],
      ['BEP/CAP', '44'],
      ['Aucun diplôme', '354'],
    ],
  },
  {
    id: 'formation-communes',
    seedHeading: '3) La Formation > I.b Les entrées en formation - Répartition par commune',
    // column: Nombre d'entrées en formation en 2024 (actually 714 actions, not 638 jeunes)
    rows: [
      ['La Madeleine', '90'],
      ['Lambersart', '151'],
      ['Lompret', '10'],
      ['Marcq-en-Barœul', '125'],
      ['Marquette-lez-Lille', '84'],
      ['Pérenchies', '51'],
      ['Quesnoy-sur-Deûle', '28'],
      ['Saint-André-lez-Lille', '64'],
      ['Verlinghem', '6'],
      ['Wambrechies', '105'],
      ['Total', '714'],
    ],
  },

  // ───────────────────────────── 4) L'emploi (dont l'Alternance) ─────────────────────────────
  {
    id: 'emploi-types',
    seedHeading: "4) L'emploi (dont l'Alternance) > I.a Les situations emploi - Les contrats signés en 2024",
    rows: [
      ['CDD', '818'],
      ['Intérim / Saisonnier', '873'],
      ['Alternance', '128'],
      ['CDI (dont CIE en CDI)', '117'],
      ["Contrat Unique d'Insertion (PEC et CIE en CDD)", '17'],
      ["Auto entrepreneur – Créateur/Repreneur d'entreprise", '6'],
      ['Total', '1 959'],
    ],
  },
  {
    id: 'emploi-niveau',
    seedHeading:
      "4) L'emploi (dont l'Alternance) > I.b Les situations emploi - Les caractéristiques des jeunes accédant à l'emploi",
    // transposed in the seed; total printed as "Total : 781"
    rows: [
      ['Supérieur au BAC', '77'],
      ['BAC', '271'],
      ['BEP/CAP', '91'],
      ['Aucun diplôme', '342'],
      ['Total', '781'],
    ],
  },
  {
    id: 'emploi-communes',
    seedHeading: "4) L'emploi (dont l'Alternance) > I.c Les situations emploi - Répartition par commune",
    // column: Nombre de contrats de travail signés en 2024 (1 959 situations, incl. alternance and créations)
    rows: [
      ['La Madeleine', '391'],
      ['Lambersart', '406'], // seed: Lammersart
      ['Lompret', '7'],
      ['Marcq-en-Barœul', '391'],
      ['Marquette-lez-Lille', '234'],
      ['Pérenchies', '125'],
      ['Quesnoy-sur-Deûle', '79'],
      ['Saint-André-lez-Lille', '201'],
      ['Verlinghem', '33'],
      ['Wambrechies', '92'],
      ['Total', '1 959'],
    ],
  },
  {
    id: 'pec-communes',
    seedHeading: "4) L'emploi (dont l'Alternance) > II.b Parcours Emploi Compétences - Répartition par commune",
    // column: Nombre de PEC signés en 2024
    rows: [
      ['La Madeleine', '1'],
      ['Lambersart', '3'],
      ['Lompret', '/'],
      ['Marcq-en-Barœul', '1'],
      ['Marquette-lez-Lille', '1'],
      ['Pérenchies', '1'],
      ['Quesnoy-sur-Deûle', '1'],
      ['Saint-André-lez-Lille', '2'],
      ['Verlinghem', '/'],
      ['Wambrechies', '1'],
      ['Total', '11'],
    ],
  },

  // ───────────────────────────── 5) L'Alternance ─────────────────────────────
  {
    id: 'alternance-communes',
    seedHeading: "5) L'Alternance > I.c L'Alternance - Répartition par commune",
    // column: Nombre de contrats en Alternance signés en 2024
    rows: [
      ['La Madeleine', '13'],
      ['Lambersart', '25'],
      ['Lompret', '1'],
      ['Marcq-en-Barœul', '29'],
      ['Marquette-lez-Lille', '16'],
      ['Pérenchies', '11'],
      ['Quesnoy-sur-Deûle', '6'],
      ['Saint-André-lez-Lille', '16'],
      ['Verlinghem', '1'],
      ['Wambrechies', '10'],
      ['Total', '128'],
    ],
  },

  // ───────────────────────────── 6) Le Service Civique ─────────────────────────────
  {
    id: 'service-civique-communes',
    seedHeading: '6) Le Service Civique > I.c Service Civique - Répartition par commune',
    // columns: Nombre de jeunes en cours de mission Service Civique | Dont nombre de jeunes qui ont démarré une mission de Service Civique en 2024
    rows: [
      ['La Madeleine', '12', '7'],
      ['Lambersart', '12', '6'], // seed: Lammersart
      ['Lompret', '2', '/'],
      ['Marcq-en-Barœul', '13', '7'],
      ['Marquette-lez-Lille', '11', '7'],
      ['Pérenchies', '8', '6'],
      ['Quesnoy-sur-Deûle', '6', '3'],
      ['Saint-André-lez-Lille', '14', '8'],
      ['Verlinghem', '2', '1'],
      ['Wambrechies', '10', '6'],
      ['Total', '90', '51'],
    ],
  },

  // ───────────────────────────── 9) Les dispositifs d'accompagnement ─────────────────────────────
  {
    id: 'cej-communes',
    seedHeading: "9) Les dispositifs d'accompagnement > I.b Le Contrat d'Engagement Jeune - Répartition par commune",
    // columns: Nombre de jeunes suivis dans le dispositif CEJ | Dont jeunes entrés en 2024
    rows: [
      ['La Madeleine', '159', '95'],
      ['Lambersart', '207', '142'], // seed: Lammersart
      ['Lompret', '5', '/'],
      ['Marcq-en-Barœul', '260', '154'],
      ['Marquette-lez-Lille', '102', '71'],
      ['Pérenchies', '62', '43'],
      ['Quesnoy-sur-Deûle', '59', '46'],
      ['Saint-André-lez-Lille', '89', '52'],
      ['Verlinghem', '8', '4'],
      ['Wambrechies', '65', '41'],
      ['Total', '1 016', '648'],
    ],
  },
  {
    id: 'cej-contacts-nature',
    seedHeading: "9) Les dispositifs d'accompagnement > I.c Le Contrat d'Engagement Jeune - Le suivi des jeunes",
    rows: [
      ['Entretien (individuel, collectif, atelier)', '12 031'],
      ['Téléphone / SMS', '4 831'],
      ['Email', '3 208'],
      ['Autres (médiation, entretien partenaire, courrier...)', '859'],
      ['Total', '20 929'],
    ],
  },
  {
    id: 'cej-mesures',
    seedHeading: "9) Les dispositifs d'accompagnement > I.d Le Contrat d'Engagement Jeune - Les entrées en mesure",
    // column: Nombre de situations après l'entrée dans le dispositif
    rows: [
      ['Emploi', '914'],
      ['Formation', '214'],
      ['Immersion en entreprise', '133'],
      ['Alternance', '60'],
      ['Service Civique', '38'],
      ['Autres (Bénévolat, Mobilité Internationale)', '17'],
      ['Total', '1 376'], // seed: "1376" (no thousands separator, unlike every other figure of the seed)
    ],
  },
  {
    id: 'cej-entrants-niveau',
    seedHeading:
      "9) Les dispositifs d'accompagnement > I.e Le Contrat d'Engagement Jeune - Les caractéristiques des jeunes entrés en 2024 > Niveau de qualification (validé)",
    // transposed in the seed; total printed as "Total : 648"
    rows: [
      ['Supérieur au BAC', '52'],
      ['BAC', '183'],
      ['BEP/CAP', '70'],
      ['Aucun diplôme', '343'],
      ['Total', '648'],
    ],
  },
  {
    id: 'parrainage-niveau',
    seedHeading: "9) Les dispositifs d'accompagnement > III. Le Réseau de Parrainage > Niveau de qualification",
    // transposed in the seed; no total printed (the values sum to 58)
    rows: [
      ['BAC et plus', '23'],
      ['BEP/CAP', '3'],
      ['Sans diplôme', '32'],
    ],
  },
  {
    id: 'parrainage-sexe',
    seedHeading: "9) Les dispositifs d'accompagnement > III. Le Réseau de Parrainage > Sexe",
    // transposed in the seed, order "Homme | Femme" kept; no total printed (sum 58)
    rows: [
      ['Homme', '24'],
      ['Femme', '34'],
    ],
  },
  {
    id: 'parrainage-communes',
    seedHeading: "9) Les dispositifs d'accompagnement > III. Le Réseau de Parrainage > Commune",
    // printed in the seed as two side-by-side label/value columns; no total printed (sum 58)
    rows: [
      ['La Madeleine', '11'],
      ['Lambersart', '9'],
      ['Lompret', '1'],
      ['Marcq-en-Barœul', '22'],
      ['Marquette-lez-Lille', '6'],
      ['Pérenchies', '1'],
      ['Quesnoy-sur-Deûle', '3'],
      ['Saint-André-lez-Lille', '3'], // seed: Saint-André-Lez-Lille
      ['Verlinghem', '2'],
      ['Wambrechies', '/'],
    ],
  },

  // ───────────────────────────── 12) Les aides financières ─────────────────────────────
  {
    id: 'aides-pacea',
    seedHeading: "12) Les aides financières > I. L'allocation PACEA",
    // columns: Nombre de jeunes | Montant
    rows: [
      ['La Madeleine', '34', '10 334 €'],
      ['Lambersart', '34', '22 719 €'],
      ['Lompret', '/', '/'],
      ['Marcq-en-Barœul', '25', '7 054 €'],
      ['Marquette-lez-Lille', '8', '3 284 €'],
      ['Pérenchies', '6', '2 920 €'],
      ['Quesnoy-sur-Deûle', '6', '1 658 €'],
      ['Saint-André-lez-Lille', '10', '1 930 €'],
      ['Verlinghem', '/', '/'],
      ['Wambrechies', '5', '2 170 €'],
      ['Total', '128', '52 069 €'],
    ],
  },
  {
    id: 'aides-cej',
    seedHeading: "12) Les aides financières > II. Contrat d'Engagement Jeune",
    rows: [
      ['La Madeleine', '145', '307 143 €'],
      ['Lambersart', '197', '408 153 €'],
      ['Lompret', '4', '4 062 €'],
      ['Marcq-en-Barœul', '244', '480 738 €'],
      ['Marquette-lez-Lille', '94', '170 086 €'],
      ['Pérenchies', '58', '103 335 €'],
      ['Quesnoy-sur-Deûle', '58', '113 567 €'],
      ['Saint-André-lez-Lille', '82', '145 392 €'], // seed: Saint-André-Lez-Lille
      ['Verlinghem', '8', '10 183 €'],
      ['Wambrechies', '57', '92 590 €'],
      ['Total', '947', '1 835 249 €'],
    ],
  },
  {
    id: 'aides-fajem',
    seedHeading: "12) Les aides financières > III.b Le Fonds d'Aide aux Jeunes Métropolitain - Montant de l'allocation par commune",
    rows: [
      ['La Madeleine', '16', '5 999 €'],
      ['Lambersart', '36', '14 175 €'],
      ['Lompret', '/', '/'],
      ['Marcq-en-Barœul', '9', '2 837 €'],
      ['Marquette-lez-Lille', '8', '2 420 €'],
      ['Pérenchies', '7', '3 290 €'],
      ['Quesnoy-sur-Deûle', '2', '540 €'],
      ['Saint-André-lez-Lille', '6', '2 219 €'],
      ['Verlinghem', '1', '200 €'],
      ['Wambrechies', '5', '2 520 €'],
      ['Total', '90', '34 200 €'],
    ],
  },
  {
    id: 'aides-mobilite',
    seedHeading: '12) Les aides financières > IV. Le Dispositif Mobilité MDE',
    // columns: Nombre de dossiers | Montant
    rows: [
      ['La Madeleine', '11', '321 €'],
      ['Lambersart', '42', '1 230 €'],
      ['Lompret', '/', '/'],
      ['Marcq-en-Barœul', '4', '77 €'],
      ['Marquette-lez-Lille', '14', '381 €'],
      ['Pérenchies', '7', '225 €'],
      ['Quesnoy-sur-Deûle', '11', '386 €'],
      ['Saint-André-lez-Lille', '10', '267 €'],
      ['Verlinghem', '3', '83 €'],
      ['Wambrechies', '7', '198 €'],
      ['Total', '109', '3 168 €'],
    ],
  },
  {
    id: 'aides-fonds-ml-indirect',
    seedHeading: '12) Les aides financières > V.a Fonds ML - Aides indirectes',
    rows: [
      ['La Madeleine', '2', '575 €'],
      ['Lambersart', '1', '900 €'],
      ['Lompret', '1', '400 €'],
      ['Marcq-en-Barœul', '1', '400 €'],
      ['Marquette-lez-Lille', '3', '917 €'],
      ['Pérenchies', '2', '1 241,43 €'],
      ['Quesnoy-sur-Deûle', '2', '1 162,73 €'],
      ['Saint-André-lez-Lille', '2', '642,55 €'],
      ['Verlinghem', '/', '/'],
      ['Wambrechies', '3', '1 279 €'],
      ['Total', '17', '7 517,71 €'],
    ],
  },
  {
    id: 'aides-fonds-ml-direct',
    seedHeading: '12) Les aides financières > V.b Fonds ML - Aides directes',
    // commune amounts sum to 10 000 €; the total adds 28,80 € of frais de gestion (no commune, no jeune)
    rows: [
      ['La Madeleine', '14', '1 750 €'],
      ['Lambersart', '34', '3 920 €'],
      ['Lompret', '/', '/'],
      ['Marcq-en-Barœul', '9', '1 330 €'],
      ['Marquette-lez-Lille', '5', '350 €'],
      ['Pérenchies', '6', '550 €'],
      ['Quesnoy-sur-Deûle', '4', '600 €'],
      ['Saint-André-lez-Lille', '4', '600 €'], // seed: Saint-André-Lez-Lille
      ['Verlinghem', '2', '200 €'],
      ['Wambrechies', '7', '700 €'],
      ['Total', '85', '10 028,80 €'], // seed: "10 028,80 € (dont 28,80 € de frais de gestion)"
    ],
  },
];

export const expectedSentences: ExpectedSentence[] = [
  // ───────────── 1) Le Public ─────────────
  { section: 1, text: 'La ML MNO a réalisé 745 nouvelles inscriptions en 2024.' },
  { section: 1, text: 'Le nombre de jeunes nouvellement inscrits a progressé de 10 % par rapport à 2023.' },
  { section: 1, text: '60 % ont un niveau inférieur au BAC (57 % en 2023).' },
  { section: 1, text: '45 % des nouveaux inscrits sont des femmes (49 % en 2023).' },
  { section: 1, text: '28 % sont âgés de 16 à 17 ans (23 % en 2023).' },
  { section: 1, text: 'Le nombre de jeunes accompagnés a progressé de 6 % par rapport à 2023.' },
  { section: 1, text: '134 jeunes QPV ont été accompagnés en 2024' },
  { section: 1, text: '73 jeunes du Pacot-Vandracq à Lambersart' },
  { section: 1, text: '61 jeunes de la Briqueterie à Marcq-en-Barœul' },
  { section: 1, text: '62 % des jeunes ont un niveau inférieur au BAC (contre 60 % en 2023)' },
  { section: 1, text: '45 % des jeunes accompagnés ont entre 18 et 21 ans' },
  { section: 1, text: '54 % des jeunes sont des hommes' },
  { section: 1, text: 'Age calculé au 31/12/2024' },
  { section: 1, text: '33 305 contacts dont 16 975 entretiens' },
  { section: 1, text: "Le nombre d'entretiens a progressé de 2 % par rapport à 2023." },
  { section: 1, text: '30 421 propositions ont été formulées' },
  { section: 1, text: 'dont 26 % sur la thématique Emploi' },

  // ───────────── 2) PMSMP ─────────────
  { section: 2, text: "53 % des jeunes qui réalisent une période d'immersion n'ont aucun diplôme validé." },
  { section: 2, text: '56 % sont des jeunes femmes (contre 53 % en 2023).' },
  {
    section: 2,
    text: '72 jeunes ont participé à 16 ateliers de découverte des métiers via l\'utilisation de Casques de Réalité Virtuelle',
  },

  // ───────────── 3) La Formation ─────────────
  { section: 3, text: 'Le nombre de jeunes entrés en formation a augmenté de 36 %' },
  { section: 3, text: '638 jeunes en 2024 contre 468 jeunes en 2023' },
  {
    section: 3,
    text: '75 % des jeunes entrés en formation ont intégré une étape qualifiante ou pré-qualifiante.',
  },
  {
    section: 3,
    text: "Le secteur de l'Hôtellerie et de la Restauration représente 18 % des formations.",
  },
  { section: 3, text: '638 jeunes ont bénéficié de 714 actions de formation.' },

  // ───────────── 4) L'emploi ─────────────
  { section: 4, text: '781 jeunes ont bénéficié de 1 959 situations emploi.' },
  {
    section: 4,
    text: 'Une augmentation de 2 % du nombre de contrats signés.',
    correction:
      'The seed prints "Une augmentation de 3 % du nombre de contrats signés." but 1 959 contracts in 2024 vs 1 915 in 2023 (seed 000) is +2,30 %, which rounds to 2 %, not 3 % (every other year-on-year figure of seed 001 rounds to the nearest integer).',
  },
  { section: 4, text: 'Une augmentation de 32 % des contrats en Intérim.' },
  {
    section: 4,
    text: 'Les métiers du Transport et de la Logistique représentent 22 % des contrats signés.',
  },
  { section: 4, text: 'Transport et Logistique : 22 %' },
  { section: 4, text: 'Commerce, Vente et Grande distribution : 20 %' },
  { section: 4, text: 'Service A la Personne : 17 %' },
  { section: 4, text: 'Hôtellerie, Restauration et Tourisme : 16 %' },
  { section: 4, text: 'Construction, Bâtiment et Travaux Publics : 10 %' },
  { section: 4, text: '54 % sont des hommes.' },
  { section: 4, text: '51 % ont entre 22 et 25 ans.' },
  { section: 4, text: '55 % ont un niveau inférieur au BAC.' },
  { section: 4, text: '11 Parcours Emploi Compétences ont été mis en œuvre par la ML MNO en 2024.' },

  // ───────────── 5) L'Alternance ─────────────
  { section: 5, text: '128 contrats en Alternance ont été signés en 2024' },
  { section: 5, text: "118 contrats d'Apprentissage et 10 contrats de Professionnalisation" },
  { section: 5, text: 'Femmes : 44 %' },
  { section: 5, text: 'Hommes : 56 %' },
  { section: 5, text: 'Niveau BEP/CAP : 50 %' },
  { section: 5, text: 'Niveau BAC : 19 %' },
  { section: 5, text: 'Supérieur à BAC : 31 %' },
  { section: 5, text: 'Commerce, vente et grande distribution : 48 %' },
  { section: 5, text: 'Construction, Bâtiment et Travaux Publics : 13 %' },
  { section: 5, text: "Support à l'entreprise : 12 %" },
  {
    section: 5,
    text: "249 jeunes en cours de situation Alternance ont bénéficié d'un suivi dans l'emploi",
  },

  // ───────────── 6) Le Service Civique ─────────────
  { section: 6, text: '2 professionnels de la Mission Locale MNO sont affectés à l\'action.' },
  {
    section: 6,
    // printed twice in the seed (I.b Bilan de l'action and I.c Répartition par commune)
    text: '90 jeunes du territoire Métropole Nord-Ouest étaient en cours de mission Service Civique en 2024',
  },
  { section: 6, text: 'dont 51 jeunes qui ont démarré une mission Service Civique en 2024' },
  { section: 6, text: "8 réunions d'information à destination des jeunes ont été organisées." },
  { section: 6, text: '80 jeunes ont été sensibilisés.' },
  { section: 6, text: "1 forum de l'engagement a été organisé dans les locaux de la MDE MNO le 18 octobre." },
  { section: 6, text: "26 jeunes se sont engagés en Service Civique dans le cadre de l'agrément ML." },
  { section: 6, text: 'Organisation de 5 formations Civiques et Citoyennes pour les jeunes engagés en SC' },

  // ───────────── 7) Citoyenneté ─────────────
  { section: 7, text: '24 jeunes ont participé à 4 rencontres permettant de constituer un Comité des usagers' },
  { section: 7, text: 'Organisation de 5 ateliers de sensibilisation auprès des jeunes.' },
  {
    section: 7,
    text: '16 jeunes accompagnés par les Missions Locales de la Métropole Lilloise ont été invités à témoigner le mercredi 17 avril 2024 à Sciences Po Lille.',
  },
  { section: 7, text: 'menée sur le 1er quadrimestre 2024' },
  { section: 7, text: 'a mobilisé 8 Missions Locales de la Métropole Lilloise.' },
  { section: 7, text: 'Deux jeunes par structure ont été mobilisés' },
  { section: 7, text: 'organisées tous les 15 jours dans des lieux conviviaux' },

  // ───────────── 8) La Mobilité Internationale ─────────────
  { section: 8, text: '35 ateliers ont été organisés sur la thématique Mobilité Internationale' },
  {
    section: 8,
    text: "9 ateliers « Se sensibiliser, s'informer sur la Mobilité Internationale » - 76 jeunes",
    correction: 'The seed prints "Mobilité Internationales" (plural typo); the title comes from actions.csv, where the fixtures spell it correctly.',
  },
  { section: 8, text: "2 ateliers « Présentation du Service Civique International par l'ADICE » - 19 jeunes" },
  { section: 8, text: '9 ateliers « Mobilité Internationale et Culture » - 116 jeunes' },
  { section: 8, text: '2 ateliers « SCI / Ambassadeurs de la Mobilité Internationale » - 11 jeunes' },
  { section: 8, text: "2 réunions d'information « Projet RYSE / Centre Gaia » - 17 jeunes" },
  { section: 8, text: '8 ateliers « Projet RYSE / Centre Gaia » - 72 jeunes' },
  { section: 8, text: '3 sessions de formation dans le cadre du « Projet RYSE / Centre Gaia » - 40 jeunes' },
  {
    section: 8,
    text: "83 jeunes ont été accompagnés en individuel à l'issue des ateliers Mobilité Internationale.",
  },
  {
    section: 8,
    text: "Forum Cap sur l'International 2024 (à la MDE MNO) : 16 partenaires (exposants) et 127 visiteurs.",
  },
  { section: 8, text: 'Semaine de la Mobilité Internationale 2024 : 170 jeunes.' },
  { section: 8, text: 'Festival des Solidarités 2024 : 44 jeunes.' },
  { section: 8, text: "17 jeunes accompagnés par la ML MNO sont partis à l'étranger en 2024" },
  {
    section: 8,
    text: "9 en stage « Erasmus + » de 3 mois (Espagne, Irlande, Malte et Portugal) dans le cadre du projet « Let's go pro ».",
  },
  { section: 8, text: "1 en stage « Erasmus + » à Malte avec l'ADICE." },
  {
    section: 8,
    text: "2 en Service Civique International au Sénégal et en Côte d'Ivoire dans le cadre du projet « SCI - Ambassadeurs ».",
  },
  { section: 8, text: "1 en Service Civique International en Inde avec l'ONG International Impact." },
  { section: 8, text: "2 en Italie et en Belgique avec l'OFCI - Dispositif : « Échanges de jeunes »." },
  { section: 8, text: '1 au Canada - Dispositif : « Permis Vacances Travail ».' },
  { section: 8, text: '1 aux Etats-Unis - Dispositif : « Jeune Fille au Pair ».' },

  // ───────────── 9) Les dispositifs d'accompagnement ─────────────
  { section: 9, text: "12 professionnels affectés à l'action accompagnent les jeunes de façon intensive et personnalisée" },
  { section: 9, text: '499 ateliers/activités ont été organisés par la Mission Locale MNO en 2024.' },
  {
    section: 9,
    text: "1 016 jeunes du territoire MNO ont été accompagnés dans le cadre du dispositif Contrat d'Engagement Jeune",
  },
  { section: 9, text: 'dont 648 jeunes entrés en 2024' },
  { section: 9, text: '1 016 jeunes ont bénéficié de 20 929 contacts, soit une moyenne de 21 contacts par jeune' },
  { section: 9, text: '603 jeunes accompagnés ont bénéficié de 1 376 mesures professionnelles en 2024' },
  { section: 9, text: '54 % sont des hommes' },
  { section: 9, text: '56 % ont entre 18 et 21 ans' },
  { section: 9, text: '64 % ont un niveau inférieur au BAC' },
  { section: 9, text: '8 % résident dans un Quartier Politique de la Ville (51 jeunes)' },
  { section: 9, text: '104 jeunes avec une reconnaissance RQTH ont été accompagnés en 2024' },
  { section: 9, text: 'dont 45 jeunes qui ont suivi un accompagnement renforcé sur cette thématique' },
  { section: 9, text: "Cette 28e édition s'est déroulée du 18 au 24 novembre 2024." },
  {
    section: 9,
    text: "68 jeunes et/ou partenaires ont été mobilisés dans le cadre des actions organisées par l'Association ALPES",
  },
  { section: 9, text: 'Bilan : 31 présents' },
  { section: 9, text: 'Bilan : 6 professionnels présents.' },
  { section: 9, text: 'Bilan : 7 jeunes et 2 partenaires présents.' },
  { section: 9, text: 'Bilan : 12 DuoDay ont été concrétisés.' },
  { section: 9, text: 'Bilan : 10 jeunes présents.' },
  { section: 9, text: '58 jeunes ont intégré le programme Parrainage en 2024' },
  { section: 9, text: '86 jeunes ont participé à 11 ateliers « Coaching Confiance en soi, développe ton potentiel ».' },
  { section: 9, text: '40 jeunes ont été reçus en coaching individuel.' },
  { section: 9, text: '456 jeunes accompagnés par la Mission Locale MNO ont participé à 37 actions' },
  { section: 9, text: '205 jeunes ont intégré le dispositif PPAE' },
  { section: 9, text: "181 jeunes ont intégré le Parcours Contractualisé vers l'Autonomie." },
  { section: 9, text: '27 jeunes du territoire MNO ont été accompagnés dans le cadre du dispositif JSMJ' },

  // ───────────── 10) La Santé ─────────────
  { section: 10, text: 'Une Déléguée Sociale de la CPAM a reçu en entretien 121 jeunes' },
  { section: 10, text: '34 jeunes ont réalisé un bilan Santé.' },
  { section: 10, text: '100 jeunes ont participé aux actions relevant de la thématique Santé' },
  { section: 10, text: 'Une psychologue clinicienne intervient 4 demi-journées' },
  { section: 10, text: 'Nombre de jeunes accompagnés dans le cadre de la Permanence Accueil Ecoute : 62' },
  { section: 10, text: "Nombre d'entretiens réalisés : 268" },
  { section: 10, text: "Nombre d'interventions réalisées dans le cadre de collectifs : 13" },
  { section: 10, text: '11 ateliers « groupe de parole libre »' },
  { section: 10, text: '2 ateliers « Casse ton cliché »' },
  { section: 10, text: '3 réunions de préparation des publics sur la thématique Mobilité Internationale' },
  { section: 10, text: "7 réunions d'analyse des pratiques à destination des professionnels" },
  { section: 10, text: '2 réunions du réseau des Psychologues intervenant au sein des Missions Locales' },

  // ───────────── 11) Décrochage scolaire ─────────────
  { section: 11, text: '205 jeunes mineurs ont été accompagnés par la ML MNO.' },
  {
    section: 11,
    text: "100 % de jeunes mineurs sont en règle avec le respect de l'Obligation de Formation (205 jeunes).",
  },
  {
    section: 11,
    text: "74 % des jeunes relevant de l'Obligation de Formation (151/205) sont en situation professionnelle au 31/12/2024.",
  },
  { section: 11, text: 'Année scolaire 2023/2024 : 10 jeunes' },
  {
    section: 11,
    text: 'Dispositif PAE : 10 (dont 1 jeune du territoire MNO et 9 jeunes orientés par la ML MNO vers une autre ML de la Métropole).',
  },
  { section: 11, text: 'Année scolaire 2024/2025 (bilan intermédiaire) : 13 jeunes' },
  {
    section: 11,
    text: 'Dispositif PAE : 6 (dont 3 jeunes du territoire MNO et 3 jeunes orientés par la ML MNO vers une autre ML de la Métropole).',
  },
  {
    section: 11,
    text: 'Dispositif TDO : 7 (dont 3 jeunes du territoire MNO et 4 jeunes orientés par la ML MNO vers une autre ML de la Métropole).',
  },
  { section: 11, text: '6 sessions ont été organisées sur la période du 16 avril au 02 juillet (3 ateliers)' },
  { section: 11, text: 'Atelier 1 « Faire le point sur mes compétences » : 3 sessions' },
  { section: 11, text: "Atelier 2 « Organiser efficacement ma recherche d'emploi » : 2 sessions" },
  { section: 11, text: "Atelier 3 « Convaincre en entretien d'embauche » : 1 session" },
  { section: 11, text: 'Nombre total de participants aux ateliers : 34 lycéens.' },
  {
    section: 11,
    text: 'Ressources humaines mobilisées : 1 Chargée de Projet Formation et Obligation de Formation et 1 Conseiller Emploi & Numérique.',
  },

  // ───────────── 12) Les aides financières ─────────────
  { section: 12, text: "128 jeunes du territoire MNO ont bénéficié de 52 069 € d'allocations PACEA." },
  { section: 12, text: "947 jeunes ont bénéficié de 1 835 249 € d'allocations CEJ." },
  { section: 12, text: '90 jeunes du territoire MNO ont bénéficié de 34 200 € dans le cadre du FAJeM' },
  { section: 12, text: '128 dossiers étudiés par la ML MNO' },
  { section: 12, text: '7 517,71 € ont été alloués au titre du Fonds ML' },
  { section: 12, text: 'dont financement de 15 formations individuelles' },
  {
    section: 12,
    text: "10 028,80 € ont été alloués aux jeunes dans le cadre de l'octroi de Chèques de Services",
  },
  { section: 12, text: 'dont 28,80 € de frais de gestion' },

  // ───────────── 13) Labellisation ─────────────
  { section: 13, text: 'les 15 Associations Régionales (ARML) et les 437 Missions Locales de France' },
  { section: 13, text: 'Le mercredi 19 juin 2024, la ML MNO a accueilli dans ses locaux un binôme d\'auditeurs' },
  { section: 13, text: 'La ML a été évaluée sur 35 critères répartis en 5 grandes thématiques' },
  {
    section: 13,
    text: 'Le jeudi 4 juillet 2024 à Paris, la Commission nationale de labellisation a décerné le label à la ML MNO',
  },
  { section: 13, text: 'qui a validé la totalité des 35 critères.' },
  { section: 13, text: 'Chaque critère était noté de 1 à 4.' },
  { section: 13, text: 'La ML MNO a obtenu 22 fois la note de 4 et 13 fois la note de 3' },
  { section: 13, text: '127/140' },
  { section: 13, text: '3,63/4' },
  { section: 13, text: '18,14/20' },
  { section: 13, text: '42 ans d\'expertise au service de la jeunesse et des entreprises du territoire MNO' },
];

/**
 * Figure-bearing sentences of the seed that are static/regulatory boilerplate (legal durations,
 * programme rules, historical dates, addresses), i.e. neither computed from data nor a yearly manual
 * figure. NOT part of `expectedSentences`; exported only so a test may check them if our templates
 * reproduce that descriptive text.
 */
export const expectedStaticSentences: ExpectedSentence[] = [
  { section: 4, text: 'pour une durée de 9 mois minimum' },
  { section: 4, text: '20 heures hebdomadaires minimum' },
  { section: 6, text: 'Depuis le mois de mai 2015' },
  { section: 6, text: "7 thématiques sont retenues au titre de l'agrément porté par l'UNML" },
  {
    section: 6,
    text: 'Depuis le 1er octobre 2018, la Mission Locale MNO propose des missions qui se déroulent sur une durée de 6 à 9 mois (24h/semaine).',
  },
  { section: 6, text: "L'objectif est de proposer aux jeunes de 16 à 25 ans un nouveau cadre d'engagement" },
  { section: 9, text: 'Dispositif dédié aux jeunes de 16 à 25 ans révolus' },
  { section: 9, text: "jusqu'à 29 ans pour les jeunes en situation de handicap" },
  { section: 9, text: "Durée d'accompagnement de 6 à 12 mois." },
  { section: 9, text: "15 à 20 heures d'activités par semaine." },
  { section: 9, text: "Allocation pouvant aller jusqu'à 552,29 € / mois." },
  { section: 9, text: "d'une durée de 15/20h par semaine minimum" },
  { section: 11, text: 'Généralisation du dispositif « Avenir Pro ».' },
  {
    section: 11,
    text: "Délibération du 20 octobre 2023 relative au Fonds d'Innovation Jeunes en Métropole - Action ATTA 2024/2025.",
  },
  { section: 11, text: 'Circulaire du 18 juillet 2023 relative à la réforme des Lycées Professionnels.' },
  {
    section: 11,
    text: "Décret n° 2020-978 du 5 août 2020 relatif à l'Obligation de Formation des jeunes de seize à dix-huit ans.",
  },
  {
    section: 11,
    text: "Circulaire n°2011-028 du 9 février 2011 relative à la création des Plates-Formes de Suivi et d'Appui aux Décrocheurs (PSAD).",
  },
  { section: 11, text: 'mis en place en 2011' },
  { section: 11, text: 'apporter une réponse personnalisée à chaque jeune âgé de 16 ans et plus' },
  { section: 11, text: 'Le pilotage des PSAD est assuré par les CIO jusqu\'en 2020.' },
  { section: 11, text: 'Le décret paru le 05 août 2020 impose aux jeunes décrocheurs scolaires âgés de 16-17 ans révolus' },
  { section: 11, text: 'Le co-pilotage de la PSAD renouvelée est assuré depuis 2020 par les Missions Locales et les CIO.' },
  { section: 11, text: 'délai de 2 mois suivant la convocation' },
  { section: 11, text: 'Depuis le mois de septembre 2023' },
  { section: 11, text: 'durée maximale de 4 mois' },
  { section: 11, text: 'pendant 4 mois maximum' },
  { section: 11, text: 'vise à prévenir le décrochage des jeunes de 16 à 18 ans' },
  { section: 11, text: "La durée du parcours TDO est limitée à 4 mois au titre d'une même année scolaire." },
  { section: 11, text: 'Projet « Accroche-Toi à Ton Avenir » (ATTA) 2024/2025' },
  { section: 11, text: 'mise en œuvre par les 9 Missions Locales de la Métropole Européenne de Lille' },
  { section: 11, text: 'délibérée le 20 octobre 2023' },
  { section: 11, text: 'Jeunes âgés entre 16 et 25 ans.' },
  { section: 12, text: "Depuis le 1er juillet 2017, la MEL assure la gestion du Fonds d'Aide aux Jeunes en Métropole" },
  { section: 12, text: '19 avenue Georges Clémenceau' },
];

/** Every inconsistency found in seed 001 (label errors, sums, percentages, formatting). */
export const seedDiscrepancies: string[] = [
  // arithmetic
  '§4 I.a: "Une augmentation de 3 % du nombre de contrats signés" — 1 959 (2024) vs 1 915 (2023, seed 000) = +2,30 %, rounds to 2 %, not 3 %. Golden text uses "2 %".',
  // label errors
  '"Lammersart" instead of "Lambersart" in three commune tables: emploi-communes (§4 I.c), service-civique-communes (§6 I.c), cej-communes (§9 I.b).',
  '"Saint-André-Lez-Lille" (capital L) instead of "Saint-André-lez-Lille" in aides-cej (§12 II), aides-fonds-ml-direct (§12 V.b) and parrainage-communes (§9 III).',
  '§3 I.b: the commune table column says "Nombre d\'entrées en formation en 2024" but totals 714 = actions de formation (situations), not the 638 jeunes entrés en formation.',
  '§4 I.c: the commune table says "Nombre de contrats de travail signés en 2024" but totals 1 959 situations emploi, which include 128 alternance contracts and 6 "Auto entrepreneur – Créateur/Repreneur d\'entreprise" (not contrats de travail).',
  '§8 I.a: "35 ateliers" on Mobilité Internationale — the 7 listed lines (9+2+9+2+2+8+3 = 35) include 2 "réunions d\'information" and 3 "sessions de formation", not only ateliers.',
  '§8 I.a: atelier title "Se sensibiliser, s\'informer sur la Mobilité Internationales" (plural typo; the expected sentence uses the correct spelling).',
  '§12 III: heading a. says "Le Fonds d\'Aide aux Jeunes en Métropole" (FAJM) while heading b. says "Le Fonds d\'Aide aux Jeunes Métropolitain" and the text uses "FAJeM".',
  'Sommaire vs section headings: "2. Les Périodes de Mise en Situation Professionnelle" vs "2) Les Périodes de Mise en Situation en Milieu Professionnel" (the PMSMP table column also says "…en Situation Professionnelle"); "4. L\'emploi" vs "4) L\'emploi (dont l\'Alternance)"; "11. Les actions de lutte…" vs "11) Actions de lutte…"; "13. La labellisation" vs "13) Labellisation".',
  'Label drift between tables: parrainage uses "Homme | Femme" (singular, reversed order) and "Sans diplôme" / "BAC et plus"; alternance uses "Supérieur à BAC" where other tables say "Supérieur au BAC"; formation niveau uses "BAC et plus".',
  // formatting
  '§9 I.d: the CEJ mesures total is printed "1376" without the thousands separator (the heading says "1 376"); golden row uses "1 376".',
  '§5 I.b: a lone "..." line follows the "Principaux secteurs d\'activité" list (truncated list or leftover placeholder).',
  // consistent but noteworthy
  '§12 V.b: the Fonds ML aides directes commune amounts sum to 10 000 € while the total is 10 028,80 € "(dont 28,80 € de frais de gestion)": the 28,80 € fees belong to no commune and no jeune (consistent once the fees are added).',
  '§1 II: "Le nombre de jeunes accompagnés a progressé de 6 %" is computed on jeunes reçus en entretien (1 735 vs 1 634), although the section also shows 2 273 jeunes en contact.',
  '§1: new-arrival ages are at the date of the 1er accueil (3 bands), accompanied ages are at 31/12/2024 (4 bands incl. "26 et +"): two different age references.',
  'Not checkable from the seeds: all "(… % en 2023)" comparisons (57 %, 49 %, 23 %, 60 %, 53 % PMSMP femmes) and "+32 % des contrats en Intérim" (the 2023 intérim count is not printed in seed 000); shares without a table (PMSMP 53 %/56 %, formation 75 %/18 %, emploi 54 % H/51 % 22-25 ans and domain shares, alternance shares, CEJ entrants 54 % H/56 % 18-21 ans).',
  'Coincident figures (not errors, but tests must keep the keys distinct): 205 = PMSMP = PPAE entrants = Obligation de Formation mineurs; 128 = alternance contracts = PACEA beneficiaries = FAJeM dossiers étudiés; 51 = QPV new arrivals = service civique starts = QPV CEJ entrants.',
  '§9 VI: PPAE described as a convention with "Pôle Emploi", renamed France Travail on 1 January 2024 (wording, not a figure).',
];
