/**
 * The catalogue of figures: for every number `metrics.json` holds, its French label, unit,
 * section and definition. One source for analysts' tools: `diff`, `explain`, the definitions
 * annex of the report, the Excel workbook and docs/indicateurs.md (generated from here).
 *
 * Keys are those of `alpes-report diff --format json`: the Mission Locale indicators without
 * their `indicators.` prefix (`public.newArrivals.total`), the ALPES parts under `plie.`, `mde.`,
 * `territory.`, the year-on-year figures under `comparisons.` and `plieComparisons.`. A table
 * row is written `[name]` (`byCommune.rows[Lambersart]`); in the catalogue a pattern uses `[*]`
 * for any row and `*` for any key of a fixed vocabulary, and a label may quote them as `{1}`,
 * `{2}`… A share `{ count, total, percent }` is one figure (its percentage, unit %).
 */

export const FIGURE_SECTIONS = {
  public: 'Le public',
  immersion: 'Immersions en entreprise (PMSMP)',
  training: 'La formation',
  employment: 'L’emploi',
  alternance: 'L’alternance',
  civicService: 'Le Service civique',
  citizenship: 'La citoyenneté',
  internationalMobility: 'La mobilité internationale',
  programmes: 'Les dispositifs d’accompagnement',
  health: 'La santé',
  schooling: 'Le décrochage scolaire',
  aids: 'Les aides financières',
  labellisation: 'La labellisation',
  plie: 'Le PLIE',
  mde: 'La Maison de l’Emploi',
  territory: 'Le territoire',
  comparisons: 'Évolutions (Mission Locale)',
  plieComparisons: 'Évolutions (PLIE)',
} as const;

export type FigureSection = keyof typeof FIGURE_SECTIONS;
export const FIGURE_SECTION_IDS = Object.keys(FIGURE_SECTIONS) as FigureSection[];

/**
 * How a value is read: `count` and `number` as is; `cents` in euros (÷ 100); `share` is a
 * `{ count, total, percent }` whose percentage is the figure; `percent` a plain percentage;
 * `hundredths` ÷ 100 (a mean noted 363 is 3,63); `year` a year.
 */
export type FigureKind = 'count' | 'number' | 'cents' | 'share' | 'percent' | 'hundredths' | 'year';

export interface Figure {
  /** Key pattern: `[*]` any table row, `*` any vocabulary key. */
  key: string;
  section: FigureSection;
  /** The table or block of the report the figure belongs to. */
  table: string;
  label: string;
  /** French unit as printed: jeunes, contacts, €, %, mois… */
  unit: string;
  kind: FigureKind;
  /** A few French sentences: which file, which rows, which date window, what counts once. */
  definition: string;
}

/** One table of the report: its title and definition, shared by its figures. */
export interface FigureTable {
  section: FigureSection;
  /** Common key prefix of its figures. */
  prefix: string;
  title: string;
  definition: string;
}

/**
 * A row of a table declaration: relative key, label, unit, and an optional sentence added to
 * the table's definition. Units with a kind of their own: `part` (a share, printed %), `pct`
 * (a plain percentage), `€` (whole cents), `/4` and `/20` (hundredths), `pct100`
 * (a percentage in hundredths), `année`; any other unit is a count.
 */
type Row = readonly [key: string, label: string, unit: string, note?: string];

const UNIT_KINDS: Record<string, { kind: FigureKind; unit: string }> = {
  part: { kind: 'share', unit: '%' },
  pct: { kind: 'percent', unit: '%' },
  '€': { kind: 'cents', unit: '€' },
  '/4': { kind: 'hundredths', unit: 'sur 4' },
  '/20': { kind: 'hundredths', unit: 'sur 20' },
  pct100: { kind: 'hundredths', unit: '%' },
  année: { kind: 'year', unit: 'année' },
  heures: { kind: 'number', unit: 'heures' },
  manuel: { kind: 'number', unit: 'nombre' },
};

const tables: FigureTable[] = [];
const figures: Figure[] = [];

function table(section: FigureSection, prefix: string, title: string, definition: string, rows: readonly Row[]): void {
  tables.push({ section, prefix, title, definition });
  for (const [key, label, unit, note] of rows) {
    const kind = UNIT_KINDS[unit] ?? { kind: 'count' as const, unit };
    figures.push({
      key: key === '' ? prefix : `${prefix}.${key}`,
      section,
      table: title,
      label,
      unit: kind.unit,
      kind: kind.kind,
      definition: note ? `${definition} ${note}` : definition,
    });
  }
}

// ---------------------------------------------------------------- row helpers

export const MANUAL_NOTE = 'Chiffre saisi dans manuel.csv ; vide quand le fichier ne le donne pas (jamais un zéro inventé).';
export const SHARE_NOTE = 'Part en %, arrondie au plus proche sur le rapport exact (14,5 % donne 15 %) ; sans objet quand le total est nul.';

/** A commune table: a row per commune of the territory, and the total. */
function communes(prefix: string, columns: readonly (readonly [column: string, label: string, unit: string])[]): Row[] {
  return columns.flatMap(([column, label, unit]) => [
    [`${prefix}.rows[*].${column}`, `${label} : {1}`, unit, 'Par commune de résidence du territoire, dans l’ordre du rapport.'] as const,
    [`${prefix}.total.${column}`, `${label} : total des communes`, unit] as const,
  ]);
}

function sexes(prefix: string, label: string, unit: string): Row[] {
  return [
    [`${prefix}.F`, `${label} : femmes`, unit],
    [`${prefix}.H`, `${label} : hommes`, unit],
    [`${prefix}.total`, `${label} : ensemble`, unit],
  ];
}

const qualifications = (prefix: string, label: string): Row[] => [[`${prefix}.*`, `${label} : niveau {1}`, 'jeunes', 'Niveau de qualification validé de jeunes.csv.']];

const actionGroup = (prefix: string, label: string): Row[] => [
  [prefix ? `${prefix}.actions` : 'actions', `${label} : actions`, 'actions', 'Lignes d’actions.csv datées de l’année.'],
  [prefix ? `${prefix}.participants` : 'participants', `${label} : participants`, 'jeunes', 'Participants distincts de ces actions (participations.csv), comptés une fois chacun.'],
];

// ---------------------------------------------------------------- 1. Le public

const ARRIVALS = 'Jeunes de imilo/jeunes.csv dont la « Date premier accueil » tombe dans l’année (du 1er janvier au 31 décembre) ; chaque jeune compte une fois.';
table('public', 'public.newArrivals', 'Nouveaux accueils', ARRIVALS, [
  ['total', 'Nouveaux accueils', 'jeunes'],
  ['qpv', 'Nouveaux accueils résidant en QPV', 'jeunes', 'Colonne QPV renseignée.'],
  ...communes('byCommune', [
    ['newArrivals', 'Nouveaux accueils', 'jeunes'],
    ['qpv', 'Nouveaux accueils en QPV', 'jeunes'],
  ]),
  ['ageByQualification.*.*', 'Nouveaux accueils {1}, niveau {2}', 'jeunes', 'Âge à la date du premier accueil ; moins de 16 ans comptés avec les 16 - 17 ans, plus de 25 ans avec les 22 - 25 ans.'],
  ['qualificationTotals.*', 'Nouveaux accueils de niveau {1}', 'jeunes'],
  ['sexByAge.*.*', 'Nouveaux accueils ({1}) de {2}', 'jeunes', 'F = femmes, H = hommes ; âge à la date du premier accueil.'],
  ['ageTotals.*', 'Nouveaux accueils de {1}', 'jeunes', 'Âge à la date du premier accueil.'],
  ...sexes('sexTotals', 'Nouveaux accueils', 'jeunes'),
  ['drivingLicence', 'Part des nouveaux accueils avec le permis B', 'part', SHARE_NOTE],
  ['withoutDrivingLicence', 'Part des nouveaux accueils sans permis B', 'part', SHARE_NOTE],
  ['housing.*', 'Part des nouveaux accueils en logement {1}', 'part', SHARE_NOTE],
  ['belowBac', 'Part des nouveaux accueils de niveau inférieur au BAC', 'part', `BEP/CAP et Aucun diplôme. ${SHARE_NOTE}`],
  ['women', 'Part de femmes parmi les nouveaux accueils', 'part', SHARE_NOTE],
  ['aged16to17', 'Part des 16 - 17 ans parmi les nouveaux accueils', 'part', SHARE_NOTE],
]);

const RECEIVED =
  'Jeunes de imilo/jeunes.csv ayant au moins un événement réalisé de l’année (evenements.csv, statut Réalisé ou vide) ; « reçus en entretien » : au moins un entretien individuel, atelier ou information collective réalisé dans l’année. Chaque jeune compte une fois.';
table('public', 'public.accompanied', 'Jeunes accompagnés', RECEIVED, [
  ['inContact', 'Jeunes en contact', 'jeunes', 'Tout événement réalisé compte (entretien, SMS, e-mail, téléphone…).'],
  ['receivedInInterview', 'Jeunes reçus en entretien (jeunes accompagnés)', 'jeunes'],
  ...communes('byCommune', [
    ['inContact', 'Jeunes en contact', 'jeunes'],
    ['receivedInInterview', 'Jeunes reçus en entretien', 'jeunes'],
  ]),
  ['qpv.total', 'Jeunes accompagnés résidant en QPV', 'jeunes', 'Jeunes reçus en entretien dont la colonne QPV est renseignée.'],
  ['qpv.byQuartier[*].count', 'Jeunes accompagnés du quartier {1}', 'jeunes', 'Par quartier prioritaire et commune.'],
  ...qualifications('qualification', 'Jeunes accompagnés'),
  ['age.*', 'Part des {1} parmi les jeunes accompagnés', 'part', `Âge au 31 décembre. ${SHARE_NOTE}`],
  ...sexes('sex', 'Jeunes accompagnés', 'jeunes'),
  ['belowBac', 'Part des jeunes accompagnés de niveau inférieur au BAC', 'part', `BEP/CAP et Aucun diplôme. ${SHARE_NOTE}`],
  ['aged18to21', 'Part des 18 - 21 ans parmi les jeunes accompagnés', 'part', `Âge au 31 décembre. ${SHARE_NOTE}`],
  ['men', 'Part d’hommes parmi les jeunes accompagnés', 'part', SHARE_NOTE],
  ['rqth', 'Jeunes accompagnés ayant une RQTH', 'jeunes', 'Colonne RQTH = Oui.'],
]);

const CONTACTS = 'Événements réalisés de l’année dans imilo/evenements.csv (statut Réalisé ou vide) : chaque ligne est un contact.';
table('public', 'public.contacts', 'Contacts', CONTACTS, [
  ['total', 'Contacts', 'contacts'],
  ['entretiens', 'Entretiens', 'contacts', 'Natures Entretien individuel, Atelier et Information collective.'],
  ['byGroup.*', 'Contacts : {1}', 'contacts', 'Autres = courrier, médiation, visite, entretien partenaire.'],
  ...communes('byCommune', [
    ['contacts', 'Contacts', 'contacts'],
    ['entretiens', 'Entretiens', 'contacts'],
  ]),
]);

table('public', 'public.propositions', 'Propositions', 'Lignes de imilo/propositions.csv datées de l’année.', [
  ['total', 'Propositions', 'propositions'],
  ['byTheme.*', 'Propositions : {1}', 'propositions'],
  ['employment', 'Part des propositions d’accès à l’emploi', 'part', SHARE_NOTE],
]);

// ---------------------------------------------------------------- 2 to 8

table(
  'immersion',
  'immersion.immersions',
  'Immersions en entreprise (PMSMP)',
  'Situations de type Immersion (imilo/situations.csv) qui commencent dans l’année ; les parts portent sur les jeunes distincts qui les ont faites.',
  [
    ['total', 'Immersions (PMSMP)', 'situations'],
    ...communes('byCommune', [['count', 'Immersions', 'situations']]),
    ['holders', 'Jeunes ayant fait une immersion', 'jeunes'],
    ['withoutDiploma', 'Part sans diplôme parmi les jeunes en immersion', 'part', SHARE_NOTE],
    ['women', 'Part de femmes parmi les jeunes en immersion', 'part', SHARE_NOTE],
  ],
);
table('immersion', 'immersion.vrWorkshops', 'Ateliers de découverte des métiers en réalité virtuelle', 'Actions (actions/actions.csv) de thème « Découverte des métiers (VR) » datées de l’année.', actionGroup('', 'Ateliers VR'));

const TRAINING = 'Situations de type Formation (imilo/situations.csv) qui commencent dans l’année ; « jeunes » : les jeunes distincts parmi elles.';
table('training', 'training.training', 'Entrées en formation', TRAINING, [
  ['situations', 'Actions de formation', 'situations'],
  ['jeunes', 'Jeunes entrés en formation', 'jeunes'],
  ['byType.*', 'Actions de formation : {1}', 'situations', 'Par sous-type de la situation.'],
  ...communes('byCommune', [['count', 'Actions de formation', 'situations']]),
  ...sexes('sex', 'Jeunes entrés en formation', 'jeunes'),
  ['qualification.*', 'Jeunes entrés en formation de niveau {1}', 'jeunes', 'BAC et plus = Supérieur au BAC + BAC.'],
  ['belowBac', 'Part des jeunes en formation de niveau inférieur au BAC', 'part', SHARE_NOTE],
  ['qualifyingJeunes', 'Part des jeunes en formation qualifiante ou pré-qualifiante', 'part', SHARE_NOTE],
  ['qualifyingSituations', 'Part des formations qualifiantes ou pré-qualifiantes', 'part', SHARE_NOTE],
  ['topSector.share', 'Part du premier domaine de formation', 'part', `Le domaine le plus fréquent, sur toutes les situations. ${SHARE_NOTE}`],
]);
table('training', 'training.trainingWorkshops', 'Ateliers formation', 'Actions de type Atelier et de thème Formation datées de l’année.', [
  ['actions', 'Ateliers formation : actions', 'actions'],
  ['participants', 'Ateliers formation : participants', 'jeunes', 'Participants distincts.'],
]);

const EMPLOYMENT = 'Situations Emploi et Alternance (imilo/situations.csv) qui commencent dans l’année ; « jeunes » : les jeunes distincts parmi elles.';
table('employment', 'employment', 'Situations emploi', EMPLOYMENT, [
  ['situations', 'Situations emploi (contrats signés)', 'situations'],
  ['jeunes', 'Jeunes en emploi', 'jeunes'],
  ['byType.*', 'Contrats : {1}', 'situations', 'Intérim / Saisonnier = Intérim + Saisonnier ; CDI = CDI + CDI CIE ; Contrat Unique d’Insertion = PEC + CIE CDD.'],
  ...communes('byCommune', [['count', 'Situations emploi', 'situations']]),
  ['topSectors[*].share', 'Part du domaine {1}', 'part', `Les cinq domaines les plus fréquents, sur toutes les situations emploi. ${SHARE_NOTE}`],
  ['men', 'Part d’hommes parmi les jeunes en emploi', 'part', SHARE_NOTE],
  ['women', 'Part de femmes parmi les jeunes en emploi', 'part', SHARE_NOTE],
  ['age.*', 'Part des {1} parmi les jeunes en emploi', 'part', `Âge au début de la première situation emploi de l’année. ${SHARE_NOTE}`],
  ...qualifications('qualification', 'Jeunes en emploi'),
  ['belowBac', 'Part des jeunes en emploi de niveau inférieur au BAC', 'part', SHARE_NOTE],
  ['pec.total', 'Parcours emploi compétences (PEC) signés', 'situations', 'Situations Emploi de sous-type PEC commençant dans l’année.'],
  ...communes('pec.byCommune', [['count', 'PEC signés', 'situations']]),
]);

table('alternance', 'alternance', 'Contrats en alternance', 'Situations Alternance (imilo/situations.csv) qui commencent dans l’année : chaque ligne est un contrat.', [
  ['contracts', 'Contrats en alternance', 'contrats'],
  ['apprenticeship', 'Contrats d’apprentissage', 'contrats'],
  ['professionalisation', 'Contrats de professionnalisation', 'contrats'],
  ...communes('byCommune', [['count', 'Contrats en alternance', 'contrats']]),
  ['women', 'Part des contrats signés par des femmes', 'part', `Par contrat, non par jeune. ${SHARE_NOTE}`],
  ['men', 'Part des contrats signés par des hommes', 'part', `Par contrat, non par jeune. ${SHARE_NOTE}`],
  ['preparedLevel.*', 'Part des contrats préparant un niveau {1}', 'part', SHARE_NOTE],
  ['topSectors[*].share', 'Part du secteur {1}', 'part', `Les trois secteurs les plus fréquents. ${SHARE_NOTE}`],
  ['followedJeunes', 'Jeunes en cours d’alternance', 'jeunes', 'Jeunes distincts dont une situation Alternance couvre au moins un jour de l’année.'],
]);

table('civicService', 'civicService', 'Service civique', 'Jeunes distincts ayant une situation Service civique (imilo/situations.csv) qui couvre au moins un jour de l’année ; « démarrés » : commencée dans l’année.', [
  ['running', 'Jeunes en Service civique', 'jeunes'],
  ['started', 'Services civiques démarrés', 'jeunes'],
  ...communes('byCommune', [
    ['running', 'Jeunes en Service civique', 'jeunes'],
    ['started', 'Services civiques démarrés', 'jeunes'],
  ]),
]);
table('civicService', 'civicService.actions', 'Actions Service civique', 'Actions de thème Service civique (actions/actions.csv) datées de l’année, et chiffres de manuel.csv.', [
  ['professionals', 'Professionnels sensibilisés au Service civique', 'manuel', MANUAL_NOTE],
  ...actionGroup('informationMeetings', 'Réunions d’information Service civique'),
  ['forums.count', 'Forums de l’engagement', 'actions'],
  ['civicTrainings.count', 'Formations civiques et citoyennes', 'actions'],
  ['committedThroughMlAgreement', 'Jeunes engagés dans le cadre de l’agrément Mission Locale', 'manuel', MANUAL_NOTE],
]);

table('citizenship', 'citizenship', 'Citoyenneté', 'Actions (actions/actions.csv) datées de l’année selon leur thème, et chiffres de manuel.csv.', [
  ...actionGroup('youthVoice', 'La Parole aux jeunes'),
  ['antiDiscriminationWorkshops', 'Ateliers de lutte contre les discriminations', 'actions'],
  ['accompagnerAutrement.jeunes', 'Accompagner autrement : jeunes', 'manuel', MANUAL_NOTE],
  ['accompagnerAutrement.missionsLocales', 'Accompagner autrement : missions locales', 'manuel', MANUAL_NOTE],
]);

table(
  'internationalMobility',
  'internationalMobility.workshops',
  'Ateliers et événements de mobilité internationale',
  'Actions de thème Mobilité internationale datées de l’année : ateliers, réunions d’information et sessions de formation, regroupés par type et intitulé ; forums, événements et salons à part.',
  [
    ['total', 'Ateliers de mobilité internationale', 'actions'],
    ['participants', 'Participants aux ateliers de mobilité internationale', 'jeunes', 'Participants distincts.'],
    ['lines[*].actions', 'Atelier « {1} » : actions', 'actions'],
    ['lines[*].participants', 'Atelier « {1} » : participants', 'jeunes'],
    ['individualFollowUp', 'Jeunes accompagnés en individuel sur la mobilité internationale', 'manuel', MANUAL_NOTE],
    ['orientedToPartners', 'Jeunes orientés vers les partenaires de la mobilité', 'manuel', MANUAL_NOTE],
    ['events[*].exhibitors', 'Événement « {1} » : exposants', 'exposants', 'Colonne Exposants d’actions.csv ; vide quand elle ne l’est pas.'],
    ['events[*].attendance', 'Événement « {1} » : fréquentation', 'personnes', 'Visiteurs quand la colonne est remplie, sinon participants inscrits.'],
  ],
);
table('internationalMobility', 'internationalMobility.departures', 'Départs à l’étranger', 'Situations Mobilité internationale (imilo/situations.csv) qui commencent dans l’année, par programme (sous-type).', [
  ['total', 'Départs à l’étranger', 'départs'],
  ['byProgramme[*].count', 'Départs : {1}', 'départs'],
]);

// ---------------------------------------------------------------- 9. Dispositifs

const CEJ = 'Contrat d’engagement jeune (CEJ) : jeunes distincts dont un dispositif CEJ (imilo/dispositifs.csv) couvre au moins un jour de l’année (« suivis ») ou commence dans l’année (« entrés »).';
table('programmes', 'programmes.cej', 'Contrat d’engagement jeune (CEJ)', CEJ, [
  ['followed', 'Jeunes suivis en CEJ', 'jeunes'],
  ['entered', 'Jeunes entrés en CEJ', 'jeunes'],
  ...communes('byCommune', [
    ['followed', 'Jeunes suivis en CEJ', 'jeunes'],
    ['entered', 'Jeunes entrés en CEJ', 'jeunes'],
  ]),
  ['professionals', 'Professionnels du CEJ', 'manuel', MANUAL_NOTE],
  ['workshops', 'Ateliers et activités CEJ', 'actions', 'Actions de thème CEJ datées de l’année.'],
  ['workshopsPerMonth', 'Ateliers et activités CEJ par mois', 'actions', 'Ateliers et activités CEJ de l’année divisés par 12, arrondi à l’unité.'],
  ['contacts.total', 'Contacts des jeunes en CEJ', 'contacts', 'Événements réalisés de l’année pendant une période de CEJ du jeune.'],
  ['contacts.byGroup.*', 'Contacts CEJ : {1}', 'contacts', 'Événements réalisés de l’année pendant une période de CEJ du jeune.'],
  ['contacts.perJeune', 'Contacts par jeune suivi en CEJ', 'contacts', 'Contacts CEJ divisés par les jeunes suivis, arrondi à l’unité.'],
  ['measures.total', 'Mesures professionnelles en CEJ', 'situations', 'Situations commencées dans l’année pendant une période de CEJ du jeune.'],
  ['measures.jeunes', 'Jeunes en CEJ ayant eu une mesure', 'jeunes', 'Jeunes distincts ayant une situation commencée dans l’année pendant leur CEJ.'],
  ['measures.byType.*', 'Mesures CEJ : {1}', 'situations', 'Autres = bénévolat et mobilité internationale.'],
  ['measures.jeunesShareOfFollowed', 'Part des jeunes suivis en CEJ ayant eu une mesure', 'part', SHARE_NOTE],
  ['entrants.men', 'Part d’hommes parmi les entrés en CEJ', 'part', SHARE_NOTE],
  ['entrants.aged18to21', 'Part des 18 - 21 ans parmi les entrés en CEJ', 'part', `Âge à l’entrée en CEJ. ${SHARE_NOTE}`],
  ['entrants.belowBac', 'Part des entrés en CEJ de niveau inférieur au BAC', 'part', SHARE_NOTE],
  ['entrants.qpv', 'Part des entrés en CEJ résidant en QPV', 'part', SHARE_NOTE],
  ...qualifications('entrants.qualification', 'Entrés en CEJ'),
]);

table('programmes', 'programmes.others', 'Autres dispositifs', 'Dispositifs de imilo/dispositifs.csv (entrés dans l’année, ou en cours dans l’année), actions (actions/actions.csv) datées de l’année, et chiffres de manuel.csv.', [
  ['rqthAccompanied', 'Jeunes accompagnés ayant une RQTH', 'jeunes', 'Jeunes reçus en entretien dans l’année dont la colonne RQTH vaut Oui.'],
  ['disabilityReinforced', 'Jeunes en accompagnement Handicap renforcé', 'jeunes', 'Dispositif Handicap renforcé en cours dans l’année.'],
  ['seeph.total', 'Participants aux actions de la SEEPH', 'personnes', 'Somme des fréquentations des actions de thème Handicap (SEEPH).'],
  ['seeph.actions[*].attendance', 'SEEPH « {1} » : fréquentation', 'personnes', 'Visiteurs quand la colonne est remplie, sinon participants inscrits.'],
  ['seeph.actions[*].jeunes', 'SEEPH « {1} » : jeunes', 'jeunes', 'Participants inscrits qui sont des jeunes de jeunes.csv.'],
  ['seeph.actions[*].partners', 'SEEPH « {1} » : partenaires', 'personnes', 'Autres participants inscrits.'],
  ['drivingLicenceRegionalAid', 'Aides régionales au permis de conduire', 'manuel', MANUAL_NOTE],
  ['mentoring.entered', 'Jeunes entrés en parrainage', 'jeunes', 'Dispositif Parrainage commencé dans l’année.'],
  ['mentoring.qualification.*', 'Parrainage : niveau {1}', 'jeunes'],
  ...sexes('mentoring.sex', 'Parrainage', 'jeunes'),
  ...communes('mentoring.byCommune', [['count', 'Parrainage', 'jeunes']]),
  ...actionGroup('coaching.group', 'Coaching collectif'),
  ['coaching.individual', 'Coaching individuel', 'manuel', MANUAL_NOTE],
  ...actionGroup('culture', 'Actions culturelles'),
  ['ppae.entered', 'Jeunes entrés en PPAE', 'jeunes', 'Dispositif PPAE commencé dans l’année.'],
  ['ppae.newArrivals', 'Entrés en PPAE parmi les nouveaux accueils', 'jeunes', 'Dont le premier accueil est aussi dans l’année.'],
  ['pacea', 'Jeunes entrés en PACEA', 'jeunes', 'Dispositif PACEA commencé dans l’année.'],
  ['jsmj', 'Jeunes suivis en JSMJ', 'jeunes', 'Dispositif JSMJ en cours dans l’année.'],
]);

// ---------------------------------------------------------------- 10-13

table('health', 'health', 'Santé', 'La plupart de ces chiffres n’existent dans aucun export : ils sont saisis dans manuel.csv.', [
  ['cpam', 'Jeunes orientés vers la CPAM', 'manuel', MANUAL_NOTE],
  ['pasteur', 'Jeunes orientés vers l’Institut Pasteur', 'manuel', MANUAL_NOTE],
  ['ars', 'Jeunes touchés par les actions financées par l’ARS', 'manuel', MANUAL_NOTE],
  ...actionGroup('healthActions', 'Actions santé'),
  ['listening.*', 'Permanence Accueil Écoute : {1}', 'manuel', MANUAL_NOTE],
]);

table('schooling', 'schooling', 'Décrochage scolaire', 'Obligation de formation : jeunes distincts dont le dispositif Obligation de formation (imilo/dispositifs.csv) couvre au moins un jour de l’année ; lycées professionnels et Avenir Pro : manuel.csv.', [
  ['trainingObligation.jeunes', 'Jeunes suivis au titre de l’obligation de formation', 'jeunes'],
  ['trainingObligation.compliant', 'Jeunes en règle avec l’obligation de formation', 'manuel', MANUAL_NOTE],
  ['trainingObligation.compliantShare', 'Part des jeunes en règle avec l’obligation de formation', 'part', SHARE_NOTE],
  ['trainingObligation.inSituationAtYearEnd', 'Part en emploi, alternance, formation ou Service civique au 31 décembre', 'part', SHARE_NOTE],
  ['vocationalSchools.*.*.territory', 'Lycées professionnels {1}, {2} : jeunes du territoire', 'manuel', `previousYear = année scolaire précédente, currentYear = année scolaire en cours. ${MANUAL_NOTE}`],
  ['vocationalSchools.*.*.referred', 'Lycées professionnels {1}, {2} : jeunes orientés vers une autre mission locale', 'manuel', MANUAL_NOTE],
  ['avenirPro.sessions[*]', 'Avenir Pro : séances de l’atelier {1}', 'manuel', `Ateliers 1, 2 et 3 (numérotés à partir de 0). ${MANUAL_NOTE}`],
  ['avenirPro.participants', 'Avenir Pro : participants', 'manuel', MANUAL_NOTE],
]);

const AIDS = 'Lignes de imilo/aides.csv datées de l’année : bénéficiaires et montants ne comptent que les décisions Accordée ; un jeune compte une fois par type d’aide.';
for (const [key, name] of [
  ['pacea', 'Allocation PACEA'],
  ['cej', 'Allocation CEJ'],
  ['fajem', 'FAJeM'],
  ['mobility', 'Aide à la mobilité MDE'],
  ['fundIndirect', 'Fonds ML indirect'],
  ['fundDirect', 'Fonds ML direct'],
] as const) {
  table('aids', `aids.${key}`, name, key === 'mobility' ? `${AIDS} Pour cette aide, les bénéficiaires sont les dossiers accordés.` : AIDS, [
    ['beneficiaries', `${name} : bénéficiaires`, key === 'mobility' ? 'dossiers' : 'jeunes'],
    ['amountCents', `${name} : montant accordé`, '€'],
    ['dossiersStudied', `${name} : dossiers étudiés`, 'dossiers', 'Toutes les lignes de l’année, quelle que soit la décision.'],
    ...communes('byCommune', [
      ['beneficiaries', `${name} : bénéficiaires`, key === 'mobility' ? 'dossiers' : 'jeunes'],
      ['amountCents', `${name} : montant`, '€'],
    ]),
    ...(key === 'fundIndirect' ? [['individualTrainings', 'Fonds ML indirect : formations individuelles', 'manuel', MANUAL_NOTE] as const] : []),
    ...(key === 'fundDirect'
      ? [
          ['managementFeesCents', 'Fonds ML direct : frais de gestion', '€', 'Frais de gestion accordés dans l’année (sans jeune ni commune).'] as const,
          ['totalCents', 'Fonds ML direct : total avec frais de gestion', '€'] as const,
        ]
      : []),
  ]);
}
table('aids', 'aids', 'Total des aides', AIDS, [['totalCents', 'Total des aides accordées', '€', 'Toutes les aides accordées de l’année, frais de gestion compris.']]);

table('labellisation', 'labellisation', 'Labellisation', 'Audit de labellisation saisi dans manuel.csv : nombre de critères par note (4, 3, 2, 1).', [
  ['notes.*', 'Critères notés {1}', 'critères'],
  ['criteria', 'Critères évalués', 'critères'],
  ['score', 'Score de labellisation', 'points', 'Somme des notes × nombre de critères.'],
  ['maximum', 'Score maximal', 'points', '4 × nombre de critères.'],
  ['meanOutOf4Hundredths', 'Note moyenne sur 4', '/4', 'Score divisé par le nombre de critères, à 2 décimales.'],
  ['meanOutOf20Hundredths', 'Note moyenne sur 20', '/20', '5 × score divisé par le nombre de critères, à 2 décimales.'],
]);

// ---------------------------------------------------------------- PLIE

function pliePopulation(prefix: string, title: string, definition: string, noun: string): void {
  table('plie', prefix, title, definition, [
    ['total', noun, 'participants'],
    ...sexes('sex', noun, 'participants'),
    ['women', `${noun} : part de femmes`, 'part', SHARE_NOTE],
    ['men', `${noun} : part d’hommes`, 'part', SHARE_NOTE],
    ['seniors', `${noun} : part de 50 ans et plus`, 'part', `Âge à la date d’entrée. ${SHARE_NOTE}`],
    ['seniorCriterion', `${noun} : part entrés au critère Senior`, 'part', SHARE_NOTE],
    ['rsa', `${noun} : part d’allocataires du RSA`, 'part', SHARE_NOTE],
    ['upToCap', `${noun} : part de niveau CAP ou moins`, 'part', `BEP/CAP et Aucun diplôme. ${SHARE_NOTE}`],
    ...communes('byCommune', [['count', noun, 'participants']]),
  ]);
}
pliePopulation('plie.participants', 'Participants du PLIE en parcours', 'Participants de plie/participants.csv dont le parcours (de la date d’entrée à la date de sortie) couvre au moins un jour de l’année.', 'Participants en parcours');
pliePopulation('plie.newEntries', 'Nouvelles entrées au PLIE', 'Participants de plie/participants.csv dont la date d’entrée tombe dans l’année.', 'Nouvelles entrées');
table('plie', 'plie', 'Nouvelles entrées au PLIE', 'Participants de plie/participants.csv.', [['newEntriesShare', 'Part des nouvelles entrées parmi les participants en parcours', 'part', SHARE_NOTE]]);
table('plie', 'plie.steps', 'Étapes de parcours PLIE', 'Étapes de plie/etapes.csv qui couvrent au moins un jour de l’année.', [
  ['mobilised', 'Étapes mobilisées', 'étapes'],
  ['participants', 'Participants ayant une étape', 'participants'],
  ['startedInYear', 'Part des étapes commencées dans l’année', 'part', SHARE_NOTE],
  ['byType.*', 'Part des étapes de type {1}', 'part', SHARE_NOTE],
]);
table('plie', 'plie.exits', 'Sorties du PLIE', 'Participants de plie/participants.csv dont la date de sortie tombe dans l’année ; positives = Emploi et Formation ; légitimes = Santé, Emploi probable sans justificatif, Déménagement, Retraite.', [
  ['total', 'Sorties', 'participants'],
  ['positive', 'Sorties positives', 'participants'],
  ['others', 'Autres sorties', 'participants'],
  ['legitimate', 'Sorties légitimes', 'participants'],
  ['byReason.*', 'Sorties : {1}', 'participants'],
  ['rate', 'Taux de sorties positives', 'part', SHARE_NOTE],
  ['adjustedRate', 'Taux de sorties positives hors sorties légitimes', 'part', SHARE_NOTE],
  ['target', 'Objectif de sorties positives', 'pct', 'Fixé par la configuration (plie.objectifSortiesPositives).'],
  ['positiveRsa', 'Part d’allocataires du RSA parmi les sorties positives', 'part', SHARE_NOTE],
  ['positiveUpToCap', 'Part de niveau CAP ou moins parmi les sorties positives', 'part', SHARE_NOTE],
  ['employmentSectors.top[*].share', 'Sorties en emploi : part du secteur {1}', 'part', SHARE_NOTE],
  ['employmentSectors.covered', 'Sorties en emploi : part couverte par les cinq premiers secteurs', 'part', SHARE_NOTE],
  ['employmentSectors.withoutSector', 'Sorties en emploi sans secteur renseigné', 'participants'],
  ...communes('positiveByCommune', [['count', 'Sorties positives', 'participants']]),
]);
table('plie', 'plie.programme', 'Accompagnement social et formations du PLIE', 'Chiffres saisis dans manuel.csv (clés plie.*).', [
  ['socialSupport.collectiveActions', 'Accompagnement social : actions collectives', 'manuel', MANUAL_NOTE],
  ['socialSupport.participants', 'Accompagnement social : participants', 'manuel', MANUAL_NOTE],
  ['socialSupport.hours', 'Accompagnement social : heures', 'manuel', MANUAL_NOTE],
  ['training.agreements', 'Formations : conventions', 'manuel', MANUAL_NOTE],
  ['training.providers', 'Formations : organismes', 'manuel', MANUAL_NOTE],
  ['training.participants', 'Formations : participants', 'manuel', 'Formations validées + permis de conduire (parties connues).'],
  ['training.validatedTraining', 'Formations validées', 'manuel', MANUAL_NOTE],
  ['training.drivingLicence.total', 'Permis de conduire : total', 'manuel', 'Somme des résultats connus.'],
  ['training.drivingLicence.obtained', 'Permis de conduire : obtenus', 'manuel', MANUAL_NOTE],
  ['training.drivingLicence.inProgress', 'Permis de conduire : en cours', 'manuel', MANUAL_NOTE],
  ['training.drivingLicence.failed', 'Permis de conduire : échecs', 'manuel', MANUAL_NOTE],
]);
table('plie', 'plie.pathLength', 'Durée des parcours PLIE', 'Participants sortis dans l’année : mois révolus de la date d’entrée à la date de sortie.', [
  ['participants', 'Participants sortis (durée de parcours)', 'participants'],
  ['meanMonths', 'Durée moyenne des parcours', 'mois', 'Moyenne arrondie au mois le plus proche ; vide sans sortie.'],
]);

// ---------------------------------------------------------------- Maison de l'Emploi

const EVENT_FIELDS: Row[] = [
  ['exhibitors', '« {1} » : exposants', 'exposants'],
  ['localExhibitors', '« {1} » : exposants du territoire', 'exposants'],
  ['localExhibitorsPercent', '« {1} » : part d’exposants du territoire', 'pct'],
  ['demonstrations', '« {1} » : démonstrations', 'démonstrations'],
  ['visitors', '« {1} » : visiteurs', 'visiteurs'],
  ['participants', '« {1} » : participants inscrits', 'personnes', 'Lignes de participations.csv.'],
  ['participantsFromTerritory', '« {1} » : participants du territoire', 'personnes'],
  ['participantsInCej', '« {1} » : participants en CEJ', 'jeunes', 'Jeunes de jeunes.csv en CEJ le jour de l’événement.'],
  ['interviews', '« {1} » : entretiens', 'entretiens'],
];
const MDE_EVENTS = 'Actions d’actions/actions.csv dont la Structure est la Maison de l’Emploi, datées de l’année ; une colonne vide reste vide.';
for (const [key, title] of [
  ['discovery', 'C’est décidé, je trouve ma voie !'],
  ['jobDatings', 'Job datings'],
  ['coOrganised', 'Événements co-organisés'],
  ['forums', 'Forums'],
] as const) {
  table('mde', `mde.events.${key}[*]`, title, MDE_EVENTS, EVENT_FIELDS);
}
table('mde', 'mde.events.salons[*]', 'Salon', MDE_EVENTS, [
  ...EVENT_FIELDS,
  ['edition', '« {1} » : édition', 'manuel', MANUAL_NOTE],
  ['sectorVillages', '« {1} » : villages sectoriels', 'manuel', MANUAL_NOTE],
  ...EVENT_FIELDS.map(([k, l, u, n]) => [`creationVillages[*].${k}`, l.replace('{1}', '{1} › {2}'), u, n] as const),
  ...EVENT_FIELDS.map(([k, l, u, n]) => [`creationWorkshops[*].${k}`, l.replace('{1}', '{1} › {2}'), u, n] as const),
]);
table('mde', 'mde.events.recruitmentOperations[*]', 'Opérations de recrutement', MDE_EVENTS, [
  ...EVENT_FIELDS,
  ['contracts[*].count', '« {1} » : contrats (ligne {2})', 'contrats', 'Contrats de mde/contrats.csv rattachés à l’opération.'],
  ['contracts[*].fromTerritory', '« {1} » : contrats du territoire (ligne {2})', 'contrats'],
]);
const SERIES: Row[] = [
  ['actions', 'actions', 'actions'],
  ['participants', 'participants distincts', 'personnes'],
  ['participantsFromTerritory', 'participants du territoire', 'personnes'],
];
table('mde', 'mde.events.recruitmentSessions', 'Sessions de recrutement', MDE_EVENTS, SERIES.map(([k, l, u]) => [k, `Sessions de recrutement : ${l}`, u] as const));
table('mde', 'mde.businessCreation', 'Création d’entreprise', 'Ateliers et événements de thème Création d’entreprise de la Maison de l’Emploi (actions.csv) ; porteurs de projet de mde/creation-entreprise.csv accueillis dans l’année.', [
  ...SERIES.map(([k, l, u]) => [`workshops.${k}`, `Ateliers création : ${l}`, u] as const),
  ...EVENT_FIELDS.map(([k, l, u, n]) => [`events[*].${k}`, l, u, n] as const),
  ['holders.welcomed', 'Porteurs de projet accueillis', 'personnes'],
  ['holders.fromTerritory', 'Porteurs de projet du territoire', 'personnes'],
  ...sexes('holders.sex', 'Porteurs de projet', 'personnes'),
  ['holders.referrals', 'Orientations vers les partenaires', 'orientations'],
  ['holders.companiesCreated', 'Entreprises créées', 'entreprises', 'Entreprises distinctes créées dans l’année avec leur siège sur le territoire.'],
  ['holders.founders', 'Créateurs d’entreprise', 'personnes'],
]);
table('mde', 'mde.employerRelations', 'Relations entreprises', 'mde/employeurs.csv (contacts de l’année), mde/contrats.csv (contrats signés dans l’année), mde/offres.csv (offres publiées dans l’année) et manuel.csv.', [
  ['employersMet', 'Employeurs sensibilisés', 'employeurs', 'Employeurs distincts contactés dans l’année.'],
  ['mentors', 'Parrains', 'manuel', MANUAL_NOTE],
  ['contracts.byType.*.contracts', 'Contrats signés : {1}', 'contrats'],
  ['contracts.byType.*.people', 'Personnes ayant signé : {1}', 'personnes'],
  ['contracts.alternance', 'Contrats en alternance signés', 'contrats', 'Apprentissage + professionnalisation.'],
  ['offers.published', 'Offres d’emploi publiées', 'offres'],
  ['offers.inTerritory', 'Offres d’emploi sur le territoire', 'offres'],
  ['offers.permanent', 'Offres d’emploi en CDI', 'offres'],
]);
table('mde', 'mde.insertionClause', 'Clause d’insertion', 'Heures réalisées sous clause d’insertion dans l’année (mde/clause-insertion.csv).', [
  ['operationsInTerritory', 'Opérations sur le territoire', 'opérations'],
  ['operationsOutside', 'Opérations hors territoire', 'opérations'],
  ['hours', 'Heures d’insertion réalisées', 'heures'],
  ['residents.people', 'Habitants du territoire en clause', 'personnes'],
  ['residents.hours', 'Heures réalisées par des habitants du territoire', 'heures'],
  ['residents.hoursOnTerritoryOperations', 'Heures des habitants sur les opérations du territoire', 'heures'],
  ['residents.hoursOnOtherOperations', 'Heures des habitants sur les autres opérations', 'heures'],
  ['nonResidents.people', 'Personnes hors territoire en clause', 'personnes'],
  ['nonResidents.hours', 'Heures réalisées par des personnes hors territoire', 'heures'],
  ['employers', 'Entreprises accompagnées', 'entreprises'],
]);
const CYBER_USERS = (prefix: string, label: string): Row[] => [
  [`${prefix}uses`, `${label} : utilisations`, 'utilisations'],
  [`${prefix}users`, `${label} : utilisateurs`, 'personnes', 'Utilisateurs distincts ; sexe et public de leur première ligne.'],
  ...sexes(`${prefix}adults`, `${label} : adultes`, 'personnes'),
  ...sexes(`${prefix}young`, `${label} : jeunes`, 'personnes'),
];
table('mde', 'mde.cyberBase', 'Cyber-base Emploi', 'Utilisations et rendez-vous de l’année (mde/cyber-base.csv).', [
  ...CYBER_USERS('', 'Cyber-base'),
  ...CYBER_USERS('sites[*].', 'Cyber-base {1}'),
  ['appointments.appointments', 'Rendez-vous individuels', 'rendez-vous'],
  ['appointments.people', 'Personnes reçues en rendez-vous', 'personnes'],
  ...sexes('appointments.sex', 'Personnes reçues en rendez-vous', 'personnes'),
  ['appointments.young', 'Jeunes reçus en rendez-vous', 'personnes'],
  ['appointments.adults', 'Adultes reçus en rendez-vous', 'personnes'],
]);
table('mde', 'mde.mobility', 'Aides à la mobilité', 'Aides de l’année (mde/mobilite.csv), par type.', [
  ['*.units', '{1} : aides', 'aides', 'Lignes ; pour les déplacements collectifs, déplacements distincts.'],
  ['*.people', '{1} : personnes', 'personnes'],
  ['*.fromTerritory', '{1} : personnes du territoire', 'personnes'],
  ['*.qpv', '{1} : personnes résidant en QPV', 'personnes'],
]);
table('mde', 'mde.siae', 'Structures d’insertion par l’activité économique (SIAE)', 'Personnes distinctes placées dans l’année (mde/siae.csv).', [
  ['people', 'Personnes placées en SIAE', 'personnes'],
  ['byType.*', 'Personnes placées en {1}', 'personnes'],
]);

// ---------------------------------------------------------------- territory

table('territory', 'territory.population', 'Population du territoire', 'Population municipale Insee de chaque commune (territoire/population.csv).', [
  ...communes('byCommune', [['population', 'Population', 'habitants']]),
]);
const FIGURE_FIELDS = (prefix: string, label: string, unit: string): Row[] => [
  [`${prefix}.value`, label, unit],
  [`${prefix}.previousValue`, `${label} un an avant`, unit],
  [`${prefix}.evolution`, `${label} : évolution sur un an`, 'pct', 'Évolution en %, à une décimale.'],
];
table('territory', 'territory.privateEmployment', 'Emploi salarié privé', 'Chiffre publié saisi dans territoire/emploi.csv.', FIGURE_FIELDS('employees', 'Salariés du secteur privé', 'salariés'));
table('territory', 'territory.jobSeekers', 'Demandeurs d’emploi', 'Chiffres publiés saisis dans territoire/emploi.csv ; les parts portent sur les demandeurs d’emploi des catégories A, B et C.', [
  ...FIGURE_FIELDS('abc', 'Demandeurs d’emploi A, B, C', 'demandeurs'),
  ...FIGURE_FIELDS('*', 'Demandeurs d’emploi ({1})', 'demandeurs'),
  ['*.share', 'Part des demandeurs d’emploi ({1})', 'part', 'Part à une décimale.'],
]);

// ---------------------------------------------------------------- comparisons

const EVOLUTION = (key: string, label: string, unit: string): Row[] => [
  [`${key}.previousYear`, `${label} : année précédente`, 'année'],
  [`${key}.previous`, `${label} l’année précédente`, unit],
  [`${key}.current`, `${label} dans l’année`, unit],
  [`${key}.percent`, `${label} : évolution`, 'pct', 'Évolution en %, arrondie à l’unité.'],
  [`${key}.percentHundredths`, `${label} : évolution (à deux décimales)`, 'pct100'],
];
const PREVIOUS_SHARE = (key: string, label: string): Row[] => [
  [`${key}.previousYear`, `${label} : année précédente`, 'année'],
  [`${key}.percent`, `${label} l’année précédente`, 'pct'],
];
table('comparisons', 'comparisons', 'Évolutions (Mission Locale)', 'Les mêmes chiffres calculés pour l’année précédente (dossier de l’année précédente, ou metrics.json donné par --previous).', [
  ['previousYear', 'Année de comparaison', 'année'],
  ...EVOLUTION('newArrivals', 'Nouveaux accueils', 'jeunes'),
  ...PREVIOUS_SHARE('newArrivalsBelowBac', 'Part des nouveaux accueils de niveau inférieur au BAC'),
  ...PREVIOUS_SHARE('newArrivalsWomen', 'Part de femmes parmi les nouveaux accueils'),
  ...PREVIOUS_SHARE('newArrivalsAged16to17', 'Part des 16 - 17 ans parmi les nouveaux accueils'),
  ...EVOLUTION('accompanied', 'Jeunes accompagnés', 'jeunes'),
  ...PREVIOUS_SHARE('accompaniedBelowBac', 'Part des jeunes accompagnés de niveau inférieur au BAC'),
  ...EVOLUTION('entretiens', 'Entretiens', 'contacts'),
  ...PREVIOUS_SHARE('immersionWomen', 'Part de femmes parmi les jeunes en immersion'),
  ...EVOLUTION('trainingJeunes', 'Jeunes entrés en formation', 'jeunes'),
  ...EVOLUTION('employmentSituations', 'Situations emploi', 'situations'),
  ...EVOLUTION('temporaryWork', 'Contrats en intérim ou saisonniers', 'situations'),
  ...EVOLUTION('permanentContracts', 'CDI', 'situations'),
]);
table('plieComparisons', 'plieComparisons', 'Évolutions (PLIE)', 'Les mêmes chiffres du PLIE calculés pour l’année précédente.', [
  ['previousYear', 'Année de comparaison', 'année'],
  ...EVOLUTION('newEntries', 'Nouvelles entrées au PLIE', 'participants'),
  ...PREVIOUS_SHARE('newEntriesWomen', 'Part de femmes parmi les nouvelles entrées'),
  ...PREVIOUS_SHARE('newEntriesShare', 'Part des nouvelles entrées parmi les participants'),
  ...PREVIOUS_SHARE('iaeSteps', 'Part des étapes en emploi d’insertion (IAE)'),
  ...PREVIOUS_SHARE('prestationSteps', 'Part des étapes de type Prestation'),
  ...PREVIOUS_SHARE('positiveUpToCap', 'Part de niveau CAP ou moins parmi les sorties positives'),
  ...PREVIOUS_SHARE('positiveRsa', 'Part d’allocataires du RSA parmi les sorties positives'),
  ['meanPathMonths.previousYear', 'Durée moyenne des parcours : année précédente', 'année'],
  ['meanPathMonths.months', 'Durée moyenne des parcours l’année précédente', 'mois'],
]);

export const FIGURES: readonly Figure[] = figures;
export const FIGURE_TABLES: readonly FigureTable[] = tables;

/** The figures printed first by `diff --format markdown`: what a funder asks about. */
export const HEADLINE_KEYS: readonly string[] = [
  'public.newArrivals.total',
  'public.accompanied.receivedInInterview',
  'public.accompanied.inContact',
  'public.contacts.total',
  'public.contacts.entretiens',
  'immersion.immersions.total',
  'training.training.jeunes',
  'employment.situations',
  'employment.jeunes',
  'alternance.contracts',
  'civicService.running',
  'programmes.cej.followed',
  'programmes.cej.entered',
  'aids.totalCents',
  'plie.participants.total',
  'plie.newEntries.total',
  'plie.exits.rate',
];

// ---------------------------------------------------------------- lookup

/** A concrete key and the catalogue figure it is an instance of, with its label filled in. */
export interface FigureMatch {
  figure: Figure;
  /** The values of the pattern's `*` and `[*]`, in order. */
  parts: string[];
  label: string;
}

function compile(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.startsWith('[*]', i)) {
      source += '\\[([^\\]]*)\\]';
      i += 2;
    } else if (pattern[i] === '*') source += '([^.\\[]+)';
    else source += pattern[i]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const compiled = FIGURES.map((figure) => ({ figure, pattern: compile(figure.key) }));
const exact = new Map(FIGURES.filter((figure) => !figure.key.includes('*')).map((figure) => [figure.key, figure]));

/** The catalogue entry of a concrete key (`public.newArrivals.byCommune.rows[Lambersart].newArrivals`), or undefined. */
export function findFigure(key: string): FigureMatch | undefined {
  const direct = exact.get(key);
  if (direct) return { figure: direct, parts: [], label: direct.label };
  for (const { figure, pattern } of compiled) {
    const match = pattern.exec(key);
    if (!match) continue;
    const parts = match.slice(1);
    return { figure, parts, label: figure.label.replace(/\{(\d)\}/g, (_, n: string) => parts[Number(n) - 1] ?? '') };
  }
  return undefined;
}
