import { formatDay } from './dates.js';
import type { Expectation, Issue, IssueCode, PlausibilityFigure, Severity } from './issues.js';
import type { TextBlock } from './texts.js';

/**
 * The French words for every issue code, in one place (a test checks that every code has
 * one). A message says what is wrong and what to do; the position is printed separately.
 */
const quote = (text: string) => `« ${text} »`;

const MESSAGES: Record<IssueCode, (issue: Issue) => string> = {
  'file.missing': (i) =>
    i.file.endsWith('/')
      ? `Le dossier de l’année est introuvable. Vérifiez --data et --year : il doit contenir ${quote(i.file)}.`
      : `Fichier manquant. Exportez-le et placez-le à cet emplacement (voir le README, « Organisation des données »).`,
  'file.empty': () => 'Le fichier est vide : il doit au moins contenir la ligne d’en-tête.',
  'file.no_data': (i) =>
    i.severity === 'error'
      ? 'Le fichier ne contient que sa ligne d’en-tête : sans jeunes ni contacts, il n’y a pas de rapport à faire. Exportez-le à nouveau.'
      : 'Le fichier ne contient que sa ligne d’en-tête (aucune donnée) : vérifiez l’export avant de publier le rapport.',
  'file.encoding': (i) =>
    i.encoding === 'utf-16'
      ? 'Fichier en UTF-16 (« Texte Unicode » d’Excel) sans indication de l’ordre des octets : il ne peut pas être lu sûrement. Dans Excel, « Fichier > Enregistrer sous », choisissez « CSV UTF-8 (délimité par des virgules) » ou « CSV (séparateur : point-virgule) ».'
      : 'Encodage illisible : enregistrez le fichier en UTF-8 (ou « CSV (séparateur : point-virgule) » depuis Excel).',
  'file.unreadable': (i) => `Impossible de lire ce fichier : ${fileSystemProblem(i.errno)}.`,
  'csv.malformed': (i) =>
    `Le fichier CSV est mal formé à cet endroit ; attendu : ${
      i.csvError === 'quote_not_closed'
        ? 'un guillemet fermant « " » avant la fin du fichier'
        : i.csvError === 'invalid_closing_quote'
          ? 'un séparateur juste après un guillemet fermant (doublez les guillemets dans le texte : "")'
          : 'un fichier CSV bien formé'
    }.`,
  'csv.multiline_cell': (i) =>
    `${column(i)} : la valeur ouverte ici par un guillemet « " » s’étend sur ${formatCount(i.count ?? 2)} lignes ; ces lignes seraient lues comme une seule valeur et perdues. ` +
    'Retirez ce guillemet (ou doublez-le : "") puis relancez.',
  'header.missing_column': (i) => `Colonne obligatoire ${quote(i.field ?? '?')} absente de la ligne d’en-tête.`,
  'header.duplicate_column': (i) => `La colonne ${quote(i.field ?? '?')} apparaît deux fois dans l’en-tête.`,
  'header.unknown_column': (i) => `Colonne ${value(i)} inconnue : elle est ignorée.`,
  'row.column_count': (i) =>
    i.column === undefined
      ? `Cette ligne a ${i.count ?? '?'} colonne(s) au lieu des ${i.width ?? '?'} de l’en-tête : un séparateur manque sans doute, et les valeurs qui suivent sont décalées (elles ne sont pas citées ici).`
      : `Cette ligne a plus de colonnes que l’en-tête : les valeurs en trop sont ignorées ; attendu : au plus ${i.width ?? '?'} colonnes, comme l’en-tête.`,
  'cell.required': (i) => `${column(i)} : valeur obligatoire manquante${expected(i)}.`,
  'cell.date': (i) => `${column(i)} : ${value(i)} n’est pas une date valide${expected(i)}.`,
  'cell.yes_no': (i) => `${column(i)} : ${value(i)} n’est pas une réponse oui/non${expected(i)}.`,
  'cell.amount': (i) => `${column(i)} : ${value(i)} n’est pas un montant${expected(i)}.`,
  'cell.hours': (i) => `${column(i)} : ${value(i)} n’est pas un nombre d’heures${expected(i)}.`,
  'cell.integer': (i) => `${column(i)} : ${value(i)} n’est pas un nombre entier${expected(i)}.`,
  'cell.out_of_range': (i) => `${column(i)} : ${value(i)} est hors des limites plausibles${expected(i)} ; vérifiez la cellule (un chiffre en trop, une colonne décalée).`,
  'cell.vocabulary': (i) => `${column(i)} : ${value(i)} n’est pas une valeur reconnue${suggestion(i)}${expected(i)}.`,
  'cell.commune': (i) => `${column(i)} : ${value(i)} n’est pas une commune du territoire${suggestion(i)}.`,
  'cell.commune_outside': (i) =>
    `${column(i)} : ${value(i)} est une commune hors du territoire. Si le jeune habite le territoire, corrigez la ligne (communes : ${i.expected ?? '?'}) ; sinon, pour le compter dans une ligne « Hors territoire » des tableaux par commune, ajoutez "horsTerritoire": "compter" à la section "territoire" de la configuration.`,
  'commune.outside_counted': (i) =>
    `${formatCount(i.count ?? 0)} ligne(s) ont une commune hors du territoire : elles sont comptées dans la ligne « Hors territoire » des tableaux par commune (configuration "horsTerritoire": "compter").`,
  'cell.subtype': (i) => `${column(i)} : ${value(i)} ne correspond pas au type de la situation${suggestion(i)}${expected(i)}.`,
  'cell.duplicate_id': (i) =>
    `${column(i)} : cet identifiant apparaît déjà ${i.firstLine === undefined ? 'plus haut dans le fichier' : `à la ligne ${i.firstLine}`} ; chaque ligne doit avoir le sien.`,
  'cell.unknown_reference': (i) =>
    `${column(i)} : ${i.value === undefined ? 'cet identifiant' : value(i)} est inconnu${expected(i)}.` +
    (i.excelNumber
      ? ' Il est écrit en notation scientifique (comme 1,23E+05) : Excel a converti l’identifiant en nombre et perdu ses chiffres ; réexportez le fichier sans l’ouvrir dans Excel, ou importez la colonne au format Texte.'
      : ''),
  'row.end_before_start': (i) => `${column(i)} : la date de fin est antérieure à la date de début.`,
  'row.birth_after_date': () => 'La date de naissance est postérieure ou égale à la date du premier accueil.',
  'row.part_exceeds_total': (i) => `${column(i)} : ${value(i)} est plus grand que le total dont il fait partie${expected(i)}.`,
  'row.exit_reason': () => 'Le motif de sortie est obligatoire quand la date de sortie est renseignée.',
  'manual.unknown_key': (i) => `Indicateur ${value(i)} inconnu${expected(i)} : corrigez la clé pour que le chiffre ne soit pas perdu.`,
  'manual.duplicate_key': (i) => `Indicateur ${value(i)} renseigné deux fois : gardez une seule ligne.`,
  'manual.missing_keys': (i) =>
    `${formatCount(i.count ?? 0)} indicateur(s) absent(s) de manuel.csv : leurs phrases sont omises du rapport. Ajoutez-les s’ils existent cette année : ${(i.keys ?? []).join(', ')}.`,
  'part.absent': (i) =>
    `Dossier absent : les pages du rapport ALPES qu’il alimente indiquent « Données non fournies ». Ajoutez ${quote(i.file)} pour les remplir.`,
  'mde.no_events': () =>
    'Aucune rencontre, aucun job dating, événement, salon ni forum (colonne Type) dans l’année : la partie « anticipation des mutations économiques » du rapport ALPES dit qu’il n’y en a pas. Vérifiez l’export si la Maison de l’Emploi en a organisé.',
  'territory.missing_commune': (i) => `La commune ${value(i)} du territoire n’a pas de ligne${expected(i)}.`,
  'territory.duplicate': (i) => `${column(i)} : ${value(i)} apparaît deux fois${expected(i)}.`,
  'territory.inconsistent': (i) => `${column(i)} : ${value(i)} diffère des autres lignes${expected(i)}.`,
  'territory.exceeds_total': (i) => `${column(i)} : ${value(i)} dépasse le nombre de demandeurs d’emploi de catégories A, B et C${expected(i)}.`,
  'territory.missing_indicator': (i) =>
    `Indicateur ${value(i)} absent : ce chiffre ne sera pas imprimé dans les données clés du territoire${i.value === 'demandeurs_abc' ? ', ni les parts des demandeurs d’emploi, qui se calculent sur ce total' : ''}.`,
  'config.invalid': (i) =>
    `Configuration invalide${i.field === undefined ? '' : ` (${i.field})`} : ${expectedText(i) ?? 'voir la documentation'}. Corrigez le fichier ou retirez-le.`,
  'previous.invalid': (i) =>
    `Métriques de l’année précédente inutilisables${i.field === undefined ? '' : ` (${i.field})`}${expected(i)}. Corrigez --previous ou retirez-le.`,
  'row.total_skipped': () => 'Ligne de total (ajoutée par Excel) ignorée : les totaux sont recalculés.',
  'quality.age_out_of_range': (i) => `Âge inhabituel pour le public de la Mission Locale${expected(i)} ; vérifiez la date de naissance.`,
  'quality.date_out_of_window': (i) => `${column(i)} : date éloignée de l’année du rapport${expected(i)} ; vérifiez-la (la ligne est comptée selon sa date).`,
  'quality.amount_not_granted': (i) => `${column(i)} : montant positif sur une aide non accordée${expected(i)}.`,
  'quality.amount_high': (i) =>
    `${column(i)} : une aide de ${euros(i.amountCents)} dépasse le plafond plausible de ${euros(i.limitCents)} ; vérifiez le montant (le plafond se règle dans la configuration : "qualite" > "aideMax").`,
  'quality.duplicate_row': (i) => `Ligne en double${i.firstLine === undefined ? '' : ` ; attendu : une ligne différente de la ligne ${i.firstLine}`} : vérifiez l’export (elle est comptée deux fois).`,
  'plausibility.change': (i) => {
    const { label, euros } = FIGURES[i.figure ?? 'contacts'];
    const amount = (value: number | undefined) => (euros ? `${frenchNumber((value ?? 0) / 100, 2)} €` : frenchNumber(value ?? 0));
    const percent = i.percent ?? 0;
    return `${label} : ${amount(i.current)} contre ${amount(i.previous)} en ${i.previousYear ?? '?'} (${percent > 0 ? '+' : ''}${frenchNumber(percent)} %) : vérifiez l’export ${i.file.split('/').slice(1).join('/')}.`;
  },
  // Worded so that nothing agrees with the description (« la présentation », « les objectifs »…).
  'text.missing': (i) =>
    `Texte absent, non imprimé : ${TEXT_BLOCK_DESCRIPTIONS[i.value as TextBlock] ?? 'ce bloc'}. Écrivez-le (voir docs/textes.md) ou laissez la partie sans texte.`,
  'text.unchanged': (i) =>
    `Texte non relu : identique à celui de l’année précédente. Relisez-le (dates, partenaires, chiffres) ; s’il reste juste, ajoutez en tête la ligne « <!-- relu en ${i.year ?? 'AAAA'} --> » (jamais imprimée) pour le dire.`,
  'text.unknown_file': (i) => `Fichier de texte ${value(i)} inconnu : il n’est imprimé nulle part${suggestion(i)}.`,
  'text.unknown_key': (i) => `Chiffre ${value(i)} inconnu de metrics.json${suggestion(i)} ; la clé est le chemin complet du chiffre (ex. « indicators.public.newArrivals.total »).`,
  'text.unknown_helper': (i) =>
    `${value(i)} n’est pas un mot connu entre {{ }}${suggestion(i)} ; mots possibles : chiffre "<clé>", pays "<clé>", annee, annee_precedente, territoire, sigle.`,
  'text.syntax': (i) => `Écriture ${value(i)} incomprise${expected(i)}.`,
  'text.not_a_figure': (i) => `${value(i)} n’est pas un chiffre mais un groupe de chiffres${suggestion(i)} ; indiquez le chemin jusqu’au chiffre.`,
  'text.not_countries': (i) => `${value(i)} n’est pas une liste de pays : pays "<clé>" imprime une liste de noms de pays (ex. pays ".countries" dans 08-mobilite-departs.md).`,
  'text.figure_missing': (i) =>
    `Le chiffre ${value(i)} n’est pas fourni par les données de l’année : le paragraphe (ou l’élément de liste) qui le cite n’est pas imprimé ; une section de texte par élément (un départ à l’étranger, une action SEEPH) qui en reste vide laisse place à la ligne tirée des données.`,
  'text.date_outside_year': (i) => `Date ${value(i)} hors de ${i.year ?? 'l’année du rapport'} : relisez la phrase (une référence juridique peut être datée d’une autre année).`,
  'qualification.level_not_validated': (i) =>
    `${formatCount(i.count ?? 0)} ligne(s) donnent un niveau I-MILO au lieu du niveau validé : le niveau a été converti (niveau 4 -> BAC, 3 -> BEP/CAP…), vérifiez que le diplôme est bien obtenu.`,
};

/** What happened and what to do, for the file-system errors a user meets. */
export function fileSystemProblem(errno: string | undefined): string {
  switch (errno) {
    case 'EISDIR':
      return 'c’est un dossier, pas un fichier (EISDIR) ; placez le fichier lui-même à cet emplacement';
    case 'EACCES':
    case 'EPERM':
      return `accès refusé (${errno}) ; fermez-le s’il est ouvert dans Excel, ou vérifiez ses droits de lecture`;
    case 'EBUSY':
      return 'fichier verrouillé par un autre programme (EBUSY) ; fermez-le puis relancez';
    case 'ENOTDIR':
      return 'un élément du chemin est un fichier et non un dossier (ENOTDIR) ; vérifiez --data';
    case 'ELOOP':
      return 'lien symbolique en boucle (ELOOP)';
    case 'EMFILE':
    case 'ENFILE':
      return `trop de fichiers ouverts (${errno}) ; relancez`;
    default:
      return `erreur système ${errno ?? 'inconnue'} ; vérifiez le fichier et ses droits`;
  }
}

/** What happened to an output folder or file, and what to do (build, init). */
export function outputProblem(errno: string): string {
  switch (errno) {
    case 'ENOSPC':
      return 'disque plein (ENOSPC) ; libérez de la place';
    case 'EROFS':
      return 'dossier en lecture seule (EROFS) ; choisissez un autre dossier';
    case 'EACCES':
    case 'EPERM':
      return `droits insuffisants (${errno}) ; vérifiez les droits du dossier ou choisissez-en un autre`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `un fichier porte déjà le nom d’un dossier à créer (${errno}) ; choisissez un autre dossier`;
    case 'EISDIR':
      return 'un dossier porte le nom d’un fichier du rapport (EISDIR) ; retirez-le';
    default:
      return `${errno} ; vérifiez les droits et l’espace disque`;
  }
}

/** The figures of plausibility.change, as the report names them. */
const FIGURES: Record<PlausibilityFigure, { label: string; euros?: boolean }> = {
  newArrivals: { label: 'Nouveaux inscrits' },
  inContact: { label: 'Jeunes en contact' },
  receivedInInterview: { label: 'Jeunes reçus en entretien' },
  contacts: { label: 'Contacts' },
  entretiens: { label: 'Entretiens' },
  propositions: { label: 'Propositions' },
  trainingJeunes: { label: 'Jeunes entrés en formation' },
  employmentSituations: { label: 'Situations d’emploi' },
  aidsCents: { label: 'Aides financières accordées', euros: true },
  plieParticipants: { label: 'Participants du PLIE' },
};

/** 13 322 / 1 241,43 (narrow no-break spaces, decimal comma), as the report prints numbers. */
function frenchNumber(value: number, decimals = 0): string {
  return value.toLocaleString('fr-FR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** What is not printed when a text file is absent, for the build's warnings. */
export const TEXT_BLOCK_DESCRIPTIONS: Record<TextBlock, string> = {
  edito: 'le mot du président (page éditoriale)',
  'mde-creation-ateliers': 'les partenaires des ateliers collectifs de création/reprise d’entreprises (Maison de l’Emploi), à la suite de leur nombre',
  'mde-recrutements-partenaires': 'les partenaires des sessions de recrutement de la Maison de l’Emploi, à la suite de « Recrutements »',
  'mde-rse': 'le texte qui introduit la Responsabilité Sociale des Entreprises (Maison de l’Emploi)',
  'mde-operations-recrutement': 'le texte qui introduit les opérations de recrutement (Maison de l’Emploi)',
  'plie-programmation': 'le texte qui présente la programmation du PLIE (publics visés)',
  'plie-arp-publics': 'le texte des publics de l’Accompagnement Renforcé des Parcours (PLIE)',
  'plie-arp-objectif': 'l’objectif de l’Accompagnement Renforcé des Parcours (PLIE)',
  'plie-arp-descriptif': 'le descriptif de l’Accompagnement Renforcé des Parcours (PLIE)',
  'plie-accompagnement-social': 'l’objectif de l’Accompagnement Social (PLIE)',
  'plie-formations': 'le descriptif des Formations / Prestations (PLIE)',
  'plie-etapes': 'le texte qui présente les étapes de parcours (PLIE)',
  '02-immersion-objectif': 'l’objectif des Périodes de Mise en Situation en Milieu Professionnel',
  '04-pec-descriptif': 'la présentation des Parcours Emploi Compétences',
  '05-alternance-atelier': 'le descriptif de l’atelier d’orientation Alternance',
  '05-alternance-suivi-objectif': 'l’objectif du suivi dans l’emploi des jeunes en Alternance',
  '05-alternance-suivi': 'le déroulement du suivi dans l’emploi des jeunes en Alternance',
  '06-service-civique-descriptif': 'le descriptif du Service Civique',
  '06-service-civique-missions': 'les missions des professionnels affectés au Service Civique',
  '06-service-civique-forums': 'l’objectif des forums de l’engagement (Service Civique)',
  '07-parole-aux-jeunes': 'le rôle du Comité des usagers (La Parole aux Jeunes)',
  '07-discriminations': 'la lutte systémique contre les discriminations',
  '07-accompagner-autrement': 'le récit de l’action « Accompagner autrement »',
  '08-mobilite-sensibilisation': 'le texte qui présente l’accompagnement à la Mobilité Internationale',
  '08-mobilite-partenaires': 'la phrase sur l’orientation vers les structures partenaires de la Mobilité Internationale',
  '08-mobilite-departs': 'la tournure propre à chaque dispositif de départ à l’étranger (une ligne neutre la remplace : nombre, pays, dispositif)',
  '09-cej-accompagnement': 'la façon dont les professionnels du Contrat d’Engagement Jeune accompagnent les jeunes (suite de la phrase de leur nombre)',
  '09-cej-descriptif': 'le descriptif du Contrat d’Engagement Jeune',
  '09-handicap-descriptif': 'le descriptif du dispositif Handicap',
  '09-parrainage-cadre': 'le cadre du programme Parrainage (convention), entre parenthèses après le nombre d’entrées',
  '09-handicap-permis': 'la phrase sur l’aide régionale au permis B',
  '09-seeph': 'la présentation de la SEEPH (édition, dates)',
  '09-seeph-actions': 'le descriptif de chaque action de la SEEPH (seul leur bilan chiffré est imprimé)',
  '09-coaching-descriptif': 'les objectifs de l’action coaching',
  '09-culture-descriptif': 'la présentation du dispositif Culture',
  '09-culture-bilan': 'le détail des actions Culture, à la suite du nombre d’actions',
  '09-autres-dispositifs': 'les autres dispositifs d’accompagnement (PPAE, PACEA, JSMJ)',
  '10-sante-partenariats': 'les partenariats et conventions Santé',
  '10-pae-descriptif': 'la présentation de la Permanence Accueil Écoute',
  '11-historique': 'l’historique du partenariat Missions Locales / Éducation nationale',
  '11-psad': 'la présentation des Plates-formes de Suivi et d’Appui aux Décrocheurs',
  '11-obligation-formation': 'la présentation de l’Obligation de Formation',
  '11-lycees-professionnels': 'la réforme des Lycées Professionnels (Parcours Ambition Emploi)',
  '11-lycees-professionnels-suite': 'la réforme des Lycées Professionnels (Tous Droits Ouverts)',
  '11-fonds-innovation': 'le Fonds d’Innovation Jeunes en Métropole',
  '11-avenir-pro': 'le descriptif du dispositif Avenir Pro',
  '11-avenir-pro-bilan': 'le titre du bilan Avenir Pro (lycée partenaire)',
  '11-avenir-pro-periode': 'la période des ateliers Avenir Pro',
  '11-avenir-pro-moyens': 'le texte des ressources humaines mobilisées pour Avenir Pro',
  '12-fajem-gestion': 'la gestion et l’animation du FAJeM',
  '12-mobilite-descriptif': 'le descriptif du Dispositif Mobilité MDE (aides)',
  '12-cheques-services': 'la précision sur les Chèques de Services, entre parenthèses',
  '13-labellisation': 'le récit de la labellisation',
};

function column(issue: Issue): string {
  return issue.field === undefined ? 'Valeur' : `Colonne ${quote(issue.field)}`;
}

function value(issue: Issue): string {
  return issue.value === undefined ? 'la valeur (masquée : donnée personnelle)' : quote(shown(issue.value));
}

/** At most this many characters of a value in a message. */
const SHOWN_LENGTH = 60;

/**
 * A value as a message may show it: its start only, and every character that cannot be told
 * apart on screen written as its code (U+200B): controls, zero-width and direction marks,
 * unusual spaces, letters of scripts that look Latin (Cyrillic « а »).
 */
export function shown(text: string): string {
  const start = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
  // Printable ASCII and French letters, by far the most common: nothing to escape.
  if (/^[\x20-\x7e\u00c0-\u00ff\u0152\u0153\u2019«»€]*$/.test(start) && !start.includes('\u00a0') && !start.includes('\u00ad')) return start;
  return start.replace(
    /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}|[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/gu,
    (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/** What was expected, in words: the expectation's, else the contract's description. */
export function expectedText(issue: Pick<Issue, 'expectation' | 'expected' | 'firstLine'>): string | undefined {
  return issue.expectation === undefined ? issue.expected : EXPECTATIONS[issue.expectation.kind](issue.expectation as never, issue);
}

function expected(issue: Issue): string {
  const text = expectedText(issue);
  return text === undefined ? '' : ` ; attendu : ${text}`;
}

type Wording<K extends Expectation['kind']> = (expectation: Extract<Expectation, { kind: K }>, issue: Pick<Issue, 'firstLine'>) => string;
const quotes = (values: readonly string[]) => values.map(quote).join(', ');

const EXPECTATIONS: { [K in Expectation['kind']]: Wording<K> } = {
  ageAtArrival: (e) => `un âge au premier accueil entre ${e.minimum} et ${e.maximum} ans (âge calculé : ${e.age} ans)`,
  dateByEndOf: (e) => `une date au plus tard le 31/12/${e.year}`,
  dateWithinYears: (e) => `une date entre le 01/01/${e.from} et le 31/12/${e.to}`,
  zeroAmountFor: (e) => `un montant nul pour une aide ${quote(e.decision)} (le montant n’est pas compté)`,
  idIn: (e) => `un identifiant présent dans ${e.file}`,
  documentedKey: () => 'une clé documentée (alpes-report schema)',
  oneRowPer: (e, i) => `une seule ligne par ${e.unit === 'commune' ? 'commune' : 'indicateur'}${i.firstLine === undefined ? '' : ` (la première est à la ligne ${i.firstLine})`}`,
  sameCensus: (e) => `${quote(e.census)} comme à la ligne ${e.line} (un seul recensement pour toutes les communes)`,
  rowPerCommune: (e) => `une ligne par commune du territoire (${e.communes} communes)`,
  sameDateAs: (e) => `le ${formatDay(e.day)}, date de ${e.key} à la ligne ${e.line} (les parts des demandeurs d’emploi se calculent sur des chiffres de la même date)`,
  atMostJobseekers: (e) => `au plus ${e.limit} (demandeurs_abc, même colonne${e.line === undefined ? '' : `, ligne ${e.line}`})`,
  textHelper: () => '{{chiffre "<clé>"}}, {{annee}}, {{annee_precedente}}, {{territoire}} ou {{sigle}}',
  textQuotedKey: (e) => `{{${e.helper} "<clé>"}}, la clé entre guillemets droits`,
  textFullKey: () => 'une clé complète ; « .clé » seulement sous un titre « ## intitulé »',
  textNoArgument: (e) => `{{${e.helper}}}, sans argument`,
  textClosingBraces: () => '« }} » sur la même ligne',
  previousFile: () => 'un fichier metrics.json existant',
  previousJson: () => 'du JSON valide (un metrics.json écrit par alpes-report build)',
  previousShape: () => 'un metrics.json écrit par alpes-report build (valeur inattendue à cet endroit)',
  previousYear: (e) => `les métriques de ${e.year} (ce fichier est celui de ${e.found})`,
  configFile: () => 'un fichier de configuration existant',
  configJson: () => 'ce n’est pas du JSON valide à cet endroit (guillemets droits " autour des clés et des textes, virgules entre les éléments, pas de virgule finale)',
  configReservedKey: (e) => `une autre clé : ${quote(e.key)} est un nom réservé`,
  configType: (e) => CONFIG_TYPES[e.type] ?? `une valeur de type ${e.type}`,
  configUnknownKeys: (e) => `aucune clé ${quotes(e.keys)} à cet endroit (clé inconnue ou mal orthographiée)`,
  configNonEmptyText: () => 'un texte non vide',
  configMinItems: (e) => `au moins ${e.minimum} élément(s)`,
  configMinimum: (e) => `une valeur d’au moins ${e.minimum}`,
  configMaximum: (e) => `une valeur d’au plus ${e.maximum}`,
  configNonEmptyKeys: () => 'des clés non vides',
  configDocumented: () => 'une valeur conforme à la documentation (README, « Configuration »)',
  communeListedTwice: (e) => `${quote(e.commune)} est déjà la commune n° ${e.position} de la liste : chaque commune ne doit y figurer qu’une fois (sinon elle est comptée deux fois)`,
  aliasIsCommune: (e) => `${quote(e.alias)} est une commune du territoire : un alias ne peut pas la remplacer par ${quote(e.commune)} (ses jeunes changeraient de commune)`,
  aliasRepeated: (e) => `${quote(e.alias)} s’écrit comme l’alias ${quote(e.other)} déjà donné : gardez-en un seul`,
  aliasChain: (e) => `${quote(e.commune)} est lui-même un alias : donnez directement la commune du territoire (pas de chaîne d’alias)`,
  aliasTargetUnknown: (e) => `${quote(e.commune)} n’est pas une commune du territoire`,
  configUnknownFile: (e) => `fichier inconnu ; fichiers possibles : ${e.files.join(', ')}`,
  configUnknownColumn: (e) => `colonne inconnue ; colonnes de ${e.file} : ${e.columns.join(', ')}`,
  headerAliasTaken: (e) => `${quote(e.alias)} désigne déjà la colonne ${quote(e.column)} : un intitulé ne peut nommer qu’une colonne`,
  valueAliasNeeded: (e) => `${quote(e.wording)} est déjà une valeur acceptée de la colonne ${e.column} : retirez cet alias`,
  valueAliasTarget: (e) => `${quote(e.value)} n’est pas une valeur de la colonne ${e.column} (${e.description})`,
  aidCeilingAboveAmountMax: (e) =>
    `un montant plus petit que ${e.amountMaxSet ? '"montantMax"' : 'le montant maximal d’une cellule'} (${euros(e.amountMax * 100)}) : au-delà, un montant est une erreur, donc une aide de plus de ${euros(e.aidMax * 100)} ne pourrait jamais être signalée`,
};

const CONFIG_TYPES: Record<string, string> = { string: 'un texte entre guillemets', number: 'un nombre', object: 'un objet { … }', array: 'une liste [ … ]', boolean: 'true ou false' };

function suggestion(issue: Issue): string {
  return issue.suggestion === undefined ? '' : ` (vouliez-vous dire ${quote(issue.suggestion)} ?)`;
}

/** `520 fois : lignes 12, 15, 18, 20, 33 et 515 autres.` */
export function issueRepeats(count: number, lines: readonly number[]): string {
  const listed = lines.length === 0 ? '' : ` : ligne${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${count > lines.length ? ` et ${formatCount(count - lines.length)} autre(s)` : ''}`;
  return `${formatCount(count)} fois${listed}.`;
}

/** The fix for a whole group of issues, when there is one: the configuration entry it carries. */
export function issueFix(issue: Issue): string | undefined {
  const fix = issue.fix;
  if (!fix) return undefined;
  const where = fix.path.slice(0, -1).map((key) => `"${key}"`).join(' > ');
  const entry = `${JSON.stringify(fix.path.at(-1))}: ${JSON.stringify(fix.value)}`;
  if (issue.code === 'cell.commune') return `Si c’est bien « ${fix.value} », ajoutez à alpes-report.config.json, dans ${where} : ${entry}`;
  if (issue.code === 'cell.commune_outside') return `Pour compter ces jeunes dans une ligne « Hors territoire », ajoutez à alpes-report.config.json, dans ${where} : ${entry}`;
  return `Ajoutez à alpes-report.config.json, dans ${where} : ${entry}`;
}

/** An issue's severity, before its code on the console. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'erreur', warning: 'avertissement', info: 'à relire' };

const SEVERITY_PLURAL: Record<Severity, string> = { error: 'autre(s) erreur(s)', warning: 'autre(s) avertissement(s)', info: 'autre(s) point(s) à relire' };

/** After the shown groups, when some were left out. */
export function issuesHidden(count: number, severity: Severity): string {
  return `… et ${formatCount(count)} ${SEVERITY_PLURAL[severity]} non affiché(s) (la liste complète : --json).`;
}

/** `Total des erreurs par code : cell.date 1 000 000 ; cell.required 3.` */
export function issueTotals(totals: readonly (readonly [string, number])[], severity: Severity): string {
  return `Total des ${severity === 'error' ? 'erreurs' : severity === 'warning' ? 'avertissements' : 'textes à relire'} par code : ${totals.map(([code, count]) => `${code} ${formatCount(count)}`).join(' ; ')}.`;
}

function euros(cents: number | undefined): string {
  if (cents === undefined) return '?';
  return `${(cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })} €`;
}

function formatCount(count: number): string {
  return count.toLocaleString('fr-FR');
}

export function issueMessage(issue: Issue): string {
  return MESSAGES[issue.code](issue);
}

/** `2024/imilo/jeunes.csv:12:4` (line and column when known). */
export function issuePosition(issue: Issue): string {
  let position = issue.file;
  if (issue.line !== undefined) position += `:${issue.line}`;
  if (issue.line !== undefined && issue.column !== undefined) position += `:${issue.column}`;
  return position;
}

export const ISSUE_MESSAGE_CODES = Object.keys(MESSAGES) as IssueCode[];
