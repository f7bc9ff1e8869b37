import { z } from 'zod';
import { MDE_CONTRACT_TYPES, MOBILITY_AID_TYPES, SIAE_TYPES } from './mde-schemas.js';
import { PLIE_EXIT_REASONS, PLIE_STEP_TYPES } from './plie-schemas.js';
import { ACTION_TYPES, HOUSINGS, PREPARED_LEVELS, QUALIFICATIONS, SEXES, THEMES } from './vocabularies.js';
import { EMPLOYMENT_ROWS, TRAINING_ROWS, CEJ_CONTACT_GROUPS, CEJ_MEASURE_ROWS, CONTACT_GROUPS, AGE_BANDS, AGE_BANDS_WITH_OVER_25, MERGED_QUALIFICATION_BANDS } from './report-rows.js';

/**
 * The zod schema of `metrics.json`, and the one definition of every output type (inferred at the
 * end of this file: compute/ returns them, render/ reads them).
 * Every object is strict (an unknown key is an error) and every key is required, so a file
 * that parses has exactly the documented shape. `schema/metrics.schema.json` is generated from
 * it (`npx tsx scripts/write-metrics-schema.ts`); the type assertions at the end make `tsc`
 * fail when an interface changes and this schema does not.
 *
 * The rule (CHANGELOG.md, "Metrics schema"): a key never changes meaning. A changed definition
 * gets a new key, or `schemaVersion` is bumped; either way it is recorded in the changelog.
 */

/** Bumped when a key changes meaning or disappears (CHANGELOG.md, "Metrics schema"). */
export const METRICS_SCHEMA_VERSION = 1;

// ---------------------------------------------------------------- building blocks

/** A count of people, situations, actions or événements. */
const count = z.int().nonnegative();

/**
 * A figure read from `manuel.csv`, or null when the file does not give it (never an invented 0).
 * `manuel.csv` accepts a decimal comma (up to 2 decimals), so these are numbers, not integers.
 */
const manualFigure = z
  .number()
  .nonnegative()
  .nullable()
  .meta({ id: 'ManualFigure', description: 'A figure from manuel.csv (up to 2 decimals), or null when the file does not give it (never an invented 0)' });

/**
 * A part fed only by the given export(s): null when one of them held no data row (its header
 * only), so the report says « Données non fournies » instead of printing zeros.
 */
function fedBy<S extends z.ZodType>(schema: S, ...files: [string, ...string[]]) {
  return schema.nullable().describe(`null when ${files.join(' or ')} has no data row (Données non fournies)`);
}

const SITUATIONS = 'imilo/situations.csv';
const ENROLMENTS = 'imilo/dispositifs.csv';
const ACTIONS = 'actions/actions.csv';
const PARTICIPATIONS = 'actions/participations.csv';
const PLIE_PARTICIPANTS = 'plie/participants.csv';
const PLIE_STEPS = 'plie/etapes.csv';

/** Whole cents (5206900 = 52 069,00 €), so sums are exact. */
const cents = z.int().nonnegative();

/** Keys of a fixed vocabulary, each with the same value schema (a `Record<Key, …>` of the interfaces). */
function keyed<const K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as { [P in K]: S });
}

/** `{ rows: [{ commune, …values }], total: { …values } }`: every commune of the territory, in report order. */
function communeTable<const K extends string>(keys: readonly [K, ...K[]]) {
  const values = keyed(keys, count);
  return z
    .strictObject({
      rows: z
        .array(z.strictObject({ commune: z.string().min(1).describe('Commune label, as configured for the territory'), ...values.shape }))
        .describe('One row per commune of the territory, in report order, even when all its values are 0'),
      total: values.describe('Column totals over the rows'),
    })
    .describe(`Commune table of ${keys.join(', ')}`);
}

const shareSchema = z
  .strictObject({
    count,
    total: count,
    percent: z.int().nonnegative().nullable().describe('count / total × 100, rounded half-up on the exact ratio (29/200 gives 15); null when total is 0'),
  })
  .meta({ id: 'Share', description: 'A count out of a total with its rounded percentage' });

const sexCountsSchema = z
  .strictObject({ F: count, H: count, total: count })
  .meta({ id: 'SexCounts', description: 'Women (F), men (H) and both' });

const qualificationCounts = keyed(QUALIFICATIONS, count).meta({ id: 'QualificationCounts', description: 'Counts per validated qualification' });

const mergedQualificationCounts = keyed(MERGED_QUALIFICATION_BANDS, count).meta({
  id: 'MergedQualificationCounts',
  description: 'Counts per merged qualification: BAC et plus = Supérieur au BAC + BAC',
});

const countByCommune = communeTable(['count']).meta({ id: 'CountByCommune', description: 'Commune table with one `count` column' });

const ageShares = keyed(AGE_BANDS_WITH_OVER_25, shareSchema).meta({
  id: 'AgeShares',
  description: 'Shares per age band in completed years, each band counted strictly (26 et + apart)',
});

const sectorShareSchema = z
  .strictObject({
    label: z.string().describe('Domaine, spellings differing only by case, accents or spacing grouped; shown with the most frequent spelling'),
    share: shareSchema,
  })
  .meta({ id: 'SectorShare', description: 'A sector (Domaine) and its share of the situations; most frequent first, ties alphabetical' });

const actionGroupSchema = z
  .strictObject({
    actions: count.describe('Number of actions (actions.csv rows dated in Y)'),
    participants: fedBy(count, PARTICIPATIONS).describe('Distinct participants over those actions (participations.csv); null when actions/participations.csv has no data row'),
  })
  .meta({ id: 'ActionGroup', description: 'Collective actions: number of actions and distinct participants' });

const actionLineSchema = z
  .strictObject({
    type: z.enum(ACTION_TYPES),
    title: z.string(),
    actions: count,
    participants: fedBy(count, PARTICIPATIONS).describe('Distinct participants (participations.csv); null when actions/participations.csv has no data row'),
  })
  .meta({ id: 'ActionLine', description: 'Actions grouped by (Type, Intitulé), in order of first occurrence' });

/** `formatDay`: dd/mm/yyyy. */
const frenchDate = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/).describe('Date as dd/mm/yyyy');

const eventFigureSchema = z
  .strictObject({
    title: z.string(),
    date: frenchDate,
    exhibitors: count.nullable().describe('Exposants; null when actions.csv does not give it'),
    attendance: count.nullable().describe('Visiteurs when given, else registered participants; null without Visiteurs when actions/participations.csv has no data row'),
  })
  .meta({ id: 'EventFigure', description: 'One event (forum, salon…): exhibitors and attendance' });

const percentChange = z.int().nullable().describe('(current / previous − 1) × 100, rounded half away from zero; null when previous is 0');

const evolutionSchema = z
  .strictObject({
    previousYear: z.int(),
    previous: count,
    current: count,
    percent: percentChange,
    percentHundredths: z
      .int()
      .nullable()
      .describe('The same change in hundredths of a percent (761 = +7,61 %), rounded half away from zero on the exact ratio; null when previous is 0'),
  })
  .meta({ id: 'Evolution', description: 'A figure of Y against the same figure of Y-1' });

const previousShareSchema = z
  .strictObject({
    previousYear: z.int(),
    percent: z.int().nonnegative().nullable().describe('The percent of the same share in Y-1; null when its total was 0'),
  })
  .meta({ id: 'PreviousShare', description: 'The previous year’s percentage of a share (“contre x % en Y-1”)' });

// ---------------------------------------------------------------- 1. Le public (public.ts)

const newArrivalsSchema = z
  .strictObject({
    total: count.describe('Jeunes whose Date premier accueil is in Y'),
    qpv: count.describe('… of whom with a QPV'),
    byCommune: communeTable(['newArrivals', 'qpv']),
    ageByQualification: keyed(AGE_BANDS, qualificationCounts).describe(
      'Age at the date of first arrival × validated qualification; ages under 16 fold into 16 - 17, over 25 into 22 - 25',
    ),
    qualificationTotals: qualificationCounts,
    sexByAge: keyed(SEXES, keyed(AGE_BANDS, count)).describe('Sex × age at the date of first arrival (same folding as ageByQualification)'),
    ageTotals: keyed(AGE_BANDS, count),
    sexTotals: sexCountsSchema,
    drivingLicence: shareSchema.describe('With a driving licence (Permis B)'),
    withoutDrivingLicence: shareSchema,
    housing: keyed(HOUSINGS, shareSchema),
    belowBac: shareSchema.describe('BEP/CAP + Aucun diplôme'),
    women: shareSchema,
    aged16to17: shareSchema.describe('The 16 - 17 ans band (age at first arrival, folded)'),
  })
  .describe('1.I Nouveaux accueils: jeunes whose first arrival is in Y');

const accompaniedSchema = z
  .strictObject({
    inContact: count.describe('Distinct jeunes with a realised événement in Y'),
    receivedInInterview: count.describe('Distinct jeunes with a realised Entretien-group événement in Y ("jeunes accompagnés")'),
    byCommune: communeTable(['inContact', 'receivedInInterview']),
    qpv: z.strictObject({
      total: count.describe('Received in interview with a QPV'),
      byQuartier: z
        .array(z.strictObject({ quartier: z.string(), commune: z.string(), count }))
        .describe('Grouped by (QPV, commune), in commune report order then quartier'),
    }),
    qualification: qualificationCounts.describe('Of the jeunes received in interview'),
    age: ageShares.describe('Age on 31/12/Y, each band counted strictly'),
    sex: sexCountsSchema,
    belowBac: shareSchema.describe('BEP/CAP + Aucun diplôme'),
    aged18to21: shareSchema.describe('Age on 31/12/Y'),
    men: shareSchema,
    rqth: count.describe('Received in interview with RQTH = Oui'),
  })
  .describe('1.II.a-b Jeunes accompagnés: the figures after inContact are over the jeunes received in interview');

const contactsSchema = z
  .strictObject({
    total: count.describe('Realised événements in Y'),
    entretiens: count.describe('… in the Entretien group (Entretien individuel, Atelier, Information collective)'),
    byGroup: keyed(CONTACT_GROUPS, count).describe('Autres = Courrier, Médiation, Visite, Entretien partenaire'),
    byCommune: communeTable(['contacts', 'entretiens']).describe("Commune table of contacts, entretiens (by the jeune's commune)"),
  })
  .describe('1.II.c-d Contacts: realised événements in Y');

const propositionsSchema = z
  .strictObject({
    total: count.describe('Propositions dated in Y'),
    byTheme: keyed(THEMES, count),
    employment: shareSchema.describe("Accès à l'emploi, over all propositions"),
  })
  .describe('1.II.e Propositions');

// ---------------------------------------------------------------- 2 to 6, 8 (pathways.ts, engagement.ts)

const immersionsSchema = z
  .strictObject({
    total: count.describe('Immersion (PMSMP) situations starting in Y'),
    byCommune: countByCommune,
    holders: count.describe('Distinct jeunes holding them; the shares below are over them'),
    withoutDiploma: shareSchema,
    women: shareSchema,
  })
  .describe('2 PMSMP (immersions)');

const trainingSchema = z
  .strictObject({
    situations: count.describe('Formation situations starting in Y ("actions de formation")'),
    jeunes: count.describe('Distinct jeunes among them ("jeunes entrés en formation")'),
    byType: keyed(TRAINING_ROWS, count).describe('By Sous-type; other sous-types are in no row'),
    byCommune: countByCommune.describe('Situations by commune'),
    sex: sexCountsSchema.describe('Of the distinct jeunes'),
    qualification: mergedQualificationCounts.describe('Of the distinct jeunes; BAC et plus = Supérieur au BAC + BAC'),
    belowBac: shareSchema,
    qualifyingJeunes: shareSchema.describe('Jeunes with at least one qualifying or pre-qualifying training, over the jeunes'),
    qualifyingSituations: shareSchema.describe('Qualifying or pre-qualifying situations, over the situations'),
    topSector: sectorShareSchema.nullable().describe('The most frequent sector, as a share of the situations; null without any Domaine'),
  })
  .describe('3 Formation');

const employmentSchema = z
  .strictObject({
    situations: count.describe('Emploi and Alternance situations starting in Y'),
    jeunes: count.describe('Distinct jeunes among them'),
    byType: keyed(EMPLOYMENT_ROWS, count).describe(
      'Contract rows: Intérim / Saisonnier = Intérim + Saisonnier; CDI = CDI + CDI CIE; Contrat Unique d’Insertion = PEC + CIE CDD',
    ),
    byCommune: countByCommune.describe('Situations by commune'),
    topSectors: z.array(sectorShareSchema).max(5).describe('The five most frequent sectors, as shares of the situations'),
    men: shareSchema.describe('Of the distinct jeunes'),
    women: shareSchema.describe('Of the distinct jeunes'),
    age: ageShares.describe("Age at the start of the jeune's first situation emploi of Y (26+ counted apart), over the jeunes"),
    qualification: qualificationCounts.describe('Of the distinct jeunes'),
    belowBac: shareSchema,
    pec: z
      .strictObject({ total: count, byCommune: countByCommune })
      .describe('Emploi situations of sous-type PEC starting in Y'),
  })
  .describe('4 Emploi (Emploi and Alternance situations)');

const alternanceSchema = z
  .strictObject({
    contracts: count.describe('Alternance situations starting in Y'),
    apprenticeship: count,
    professionalisation: count,
    byCommune: countByCommune.describe('Contracts by commune'),
    women: shareSchema.describe('Per contract, not per jeune'),
    men: shareSchema.describe('Per contract, not per jeune'),
    preparedLevel: keyed(PREPARED_LEVELS, shareSchema).describe('Niveau préparé of the contracts, over all contracts'),
    topSectors: z.array(sectorShareSchema).max(3).describe('The three most frequent sectors, as shares of the contracts'),
    followedJeunes: count.describe('Distinct jeunes with an Alternance situation overlapping Y'),
  })
  .describe('5 Alternance');

const civicServiceActionsSchema = z
  .strictObject({
    professionals: manualFigure,
    informationMeetings: fedBy(actionGroupSchema.describe("Réunions d'information on Service civique"), ACTIONS),
    forums: fedBy(z.strictObject({ count, dates: z.array(frenchDate).describe('In date order') }).describe("Forums de l'engagement: count and dates"), ACTIONS),
    civicTrainings: fedBy(
      z.strictObject({ count, titles: z.array(z.string()).describe('Intitulés, in date order') }).describe('Formations civiques et citoyennes'),
      ACTIONS,
    ),
    committedThroughMlAgreement: manualFigure.describe('Jeunes engaged through the Mission Locale agreement (manuel.csv)'),
  })
  .describe('Service civique actions');

const civicServiceSchema = z
  .strictObject({
    running: fedBy(count, SITUATIONS).describe('Distinct jeunes with a Service civique situation overlapping Y; null when imilo/situations.csv has no data row'),
    started: fedBy(count, SITUATIONS).describe('… of whom started one in Y; null when imilo/situations.csv has no data row'),
    byCommune: fedBy(communeTable(['running', 'started']), SITUATIONS),
    actions: civicServiceActionsSchema,
  })
  .describe('6 Service civique');

const citizenshipSchema = z
  .strictObject({
    youthVoice: fedBy(actionGroupSchema.describe('Actions with Thème Parole aux jeunes'), ACTIONS),
    antiDiscriminationWorkshops: fedBy(count, ACTIONS).describe('Actions with Thème Lutte contre les discriminations; null when actions/actions.csv has no data row'),
    accompagnerAutrement: z.strictObject({ jeunes: manualFigure, missionsLocales: manualFigure }).describe('“Accompagner autrement” (manuel.csv)'),
  })
  .describe('7 Citoyenneté');

const mobilityWorkshopsSchema = z
  .strictObject({
    total: fedBy(count, ACTIONS).describe("Ateliers, réunions d'information and sessions de formation on international mobility in Y; null when actions/actions.csv has no data row"),
    participants: fedBy(count, ACTIONS).describe('Distinct participants over them; null when actions/actions.csv has no data row'),
    lines: fedBy(z.array(actionLineSchema), ACTIONS),
    individualFollowUp: manualFigure,
    orientedToPartners: manualFigure,
    events: fedBy(z.array(eventFigureSchema).describe('Forums, événements and salons on international mobility, in date order'), ACTIONS),
  })
  .describe('8 Mobilité internationale: workshops and events');

const departuresSchema = z
  .strictObject({
    total: count.describe('Mobilité internationale situations starting in Y'),
    byProgramme: z
      .array(z.strictObject({ programme: z.string(), count, countries: z.array(z.string()) }))
      .describe('By programme (Sous-type, "Autre programme" when empty), in order of first departure; countries in order of departure'),
  })
  .describe('8 Mobilité internationale: departures abroad');

// ---------------------------------------------------------------- 9. Dispositifs (programmes.ts)

const cejSchema = z
  .strictObject({
    followed: fedBy(count, ENROLMENTS).describe('Distinct jeunes with a CEJ overlapping Y; null when imilo/dispositifs.csv has no data row'),
    entered: fedBy(count, ENROLMENTS).describe('Distinct jeunes who entered a CEJ in Y; null when imilo/dispositifs.csv has no data row'),
    byCommune: fedBy(communeTable(['followed', 'entered']), ENROLMENTS),
    professionals: manualFigure,
    workshops: fedBy(count, ACTIONS).describe('Actions with Thème CEJ in Y ("ateliers/activités"); null when actions/actions.csv has no data row'),
    workshopsPerMonth: fedBy(count, ACTIONS).describe('workshops / 12, rounded half-up ("Soit une moyenne de 41 ateliers par mois")'),
    contacts: fedBy(
      z
        .strictObject({
          total: count,
          byGroup: keyed(CEJ_CONTACT_GROUPS, count),
          perJeune: count.nullable().describe('total / followed, rounded half-up to an integer; null without any followed jeune'),
        })
        .describe("Realised événements in Y inside one of the jeune's CEJ intervals"),
      ENROLMENTS,
    ),
    measures: fedBy(
      z
        .strictObject({
          total: count,
          jeunes: count,
          byType: keyed(CEJ_MEASURE_ROWS, count).describe('Autres = Bénévolat + Mobilité internationale'),
          jeunesShareOfFollowed: shareSchema,
        })
        .describe("Situations starting in Y inside one of the jeune's CEJ intervals"),
      ENROLMENTS,
      SITUATIONS,
    ),
    entrants: fedBy(
      z
        .strictObject({
          men: shareSchema,
          aged18to21: shareSchema.describe('Age at CEJ entry'),
          belowBac: shareSchema,
          qpv: shareSchema,
          qualification: qualificationCounts,
        })
        .describe('Jeunes who entered a CEJ in Y'),
      ENROLMENTS,
    ),
  })
  .describe("9 Contrat d'engagement jeune");

const seephActionSchema = z
  .strictObject({
    title: z.string(),
    attendance: count.nullable().describe('Visiteurs when given, else registered participants; null without Visiteurs when actions/participations.csv has no data row'),
    jeunes: count.nullable().describe('Registered participants who are jeunes of jeunes.csv; null with Visiteurs or without participants'),
    partners: count.nullable().describe('Other registered participants (partners…); null with Visiteurs or without participants'),
  })
  .meta({ id: 'SeephAction', description: 'One action with Thème Handicap (SEEPH)' });

const otherProgrammesSchema = z
  .strictObject({
    rqthAccompanied: count.describe('Jeunes received in interview in Y with an RQTH'),
    disabilityReinforced: fedBy(count, ENROLMENTS).describe('Handicap renforcé overlapping Y; null when imilo/dispositifs.csv has no data row'),
    seeph: fedBy(z.strictObject({ total: count.nullable().describe('Sum of the attendances; null when one of them is null'), actions: z.array(seephActionSchema) }), ACTIONS),
    drivingLicenceRegionalAid: manualFigure,
    mentoring: fedBy(
      z
        .strictObject({
          entered: count,
          qualification: mergedQualificationCounts,
          sex: sexCountsSchema,
          byCommune: countByCommune,
        })
        .describe('Parrainage entered in Y (distinct jeunes)'),
      ENROLMENTS,
    ),
    coaching: z.strictObject({
      group: fedBy(actionGroupSchema.describe('Actions of Type Coaching collectif'), ACTIONS),
      individual: manualFigure,
    }),
    culture: fedBy(actionGroupSchema.describe('Actions of Type Action culturelle'), ACTIONS),
    ppae: fedBy(z.strictObject({ entered: count, newArrivals: count.describe('… of whom first arrived in Y') }).describe('PPAE entered in Y'), ENROLMENTS),
    pacea: fedBy(count, ENROLMENTS).describe('Distinct jeunes who entered a PACEA in Y; null when imilo/dispositifs.csv has no data row'),
    jsmj: fedBy(count, ENROLMENTS).describe('Distinct jeunes with a JSMJ overlapping Y; null when imilo/dispositifs.csv has no data row'),
  })
  .describe('9 Other programmes: handicap, SEEPH, mentoring, coaching, culture, PPAE, PACEA, JSMJ');

// ---------------------------------------------------------------- 10-11 (health-and-schooling.ts)

const healthSchema = z
  .strictObject({
    cpam: manualFigure,
    pasteur: manualFigure,
    ars: manualFigure,
    healthActions: fedBy(actionGroupSchema.describe('Actions with Thème Santé in Y (shown when manuel.csv gives no ARS figure)'), ACTIONS),
    listening: z
      .strictObject({
        jeunes: manualFigure,
        interviews: manualFigure,
        speechGroups: manualFigure,
        casseTonCliche: manualFigure,
        mobilityMeetings: manualFigure,
        practiceMeetings: manualFigure,
        psychologistNetworkMeetings: manualFigure,
      })
      .describe('Permanence Accueil Écoute (manuel.csv)'),
  })
  .describe('10 Santé; most of these figures exist in no export');

const schoolPairSchema = z.strictObject({
  territory: manualFigure.describe('Jeunes of the territory'),
  referred: manualFigure.describe('Jeunes referred to another Mission Locale'),
});

const schoolingSchema = z
  .strictObject({
    trainingObligation: z
      .strictObject({
        jeunes: fedBy(count, ENROLMENTS).describe('Distinct jeunes with an Obligation de formation overlapping Y; null when imilo/dispositifs.csv has no data row'),
        compliant: manualFigure,
        compliantShare: shareSchema
          .extend({ count: z.number().nonnegative().describe('The manuel.csv figure (may carry decimals)') })
          .nullable()
          .describe('compliant over jeunes; null when manuel.csv does not give compliant or imilo/dispositifs.csv has no data row'),
        inSituationAtYearEnd: fedBy(shareSchema, ENROLMENTS, SITUATIONS).describe(
          'In an Emploi, Alternance, Formation or Service civique situation on 31/12/Y; null when imilo/dispositifs.csv or imilo/situations.csv has no data row',
        ),
      })
      .describe('Obligation de formation'),
    vocationalSchools: z
      .strictObject({
        previousYear: z.strictObject({ pae: schoolPairSchema }).describe('School year (Y-1)/Y'),
        currentYear: z.strictObject({ pae: schoolPairSchema, tdo: schoolPairSchema }).describe('School year Y/(Y+1)'),
      })
      .describe('Lycées professionnels, PAE and TDO (manuel.csv)'),
    avenirPro: z
      .strictObject({
        sessions: z.tuple([manualFigure, manualFigure, manualFigure]).describe('Sessions of ateliers 1, 2 and 3'),
        participants: manualFigure,
      })
      .describe('Avenir Pro (manuel.csv)'),
  })
  .describe('11 Décrochage scolaire');

// ---------------------------------------------------------------- 12. Aides (aids.ts)

const aidTableSchema = z
  .strictObject({
    beneficiaries: count.describe('Distinct jeunes granted this aid in Y (for Mobilité MDE: granted dossiers)'),
    amountCents: cents.describe('Granted amount, whole cents'),
    dossiersStudied: count.describe('Every aides.csv row of this type dated in Y, whatever the decision'),
    byCommune: communeTable(['beneficiaries', 'amountCents']).meta({
      id: 'AidByCommune',
      description: 'Commune table of beneficiaries and amountCents (whole cents)',
    }),
  })
  .meta({ id: 'AidTable', description: 'One aid type: only granted decisions count for beneficiaries and amounts' });

const aidsSchema = z
  .strictObject({
    pacea: aidTableSchema,
    cej: aidTableSchema,
    fajem: aidTableSchema,
    mobility: aidTableSchema.describe('Mobilité MDE: beneficiaries are granted dossiers'),
    fundIndirect: aidTableSchema.extend({ individualTrainings: manualFigure }).describe('Fonds ML indirect'),
    fundDirect: aidTableSchema
      .extend({
        managementFeesCents: cents.describe('Granted Frais de gestion of Y (no jeune, no commune)'),
        totalCents: cents.describe('amountCents + managementFeesCents'),
      })
      .describe('Fonds ML direct'),
    totalCents: cents.describe('All granted aid of the year, management fees included'),
  })
  .describe('12 Aides financières; amounts are whole cents');

// ---------------------------------------------------------------- 13. Labellisation (labellisation.ts)

const labellisationSchema = z
  .strictObject({
    notes: z
      .strictObject({ 4: z.number().nonnegative(), 3: z.number().nonnegative(), 2: z.number().nonnegative(), 1: z.number().nonnegative() })
      .describe('Criteria count per note 4, 3, 2, 1 (manuel.csv; a missing note counts 0)'),
    criteria: z.number().nonnegative().describe('Sum of the counts'),
    score: z.number().nonnegative().describe('Σ note × count'),
    maximum: z.number().nonnegative().describe('4 × criteria'),
    meanOutOf4Hundredths: z.int().nonnegative().describe('score / criteria in hundredths (363 = 3,63), rounded half-up; 0 without criteria'),
    meanOutOf20Hundredths: z.int().nonnegative().describe('5 × score / criteria in hundredths (1814 = 18,14), rounded half-up; 0 without criteria'),
  })
  .describe('13 Labellisation audit score');

// ---------------------------------------------------------------- indicators, comparisons, document

export const indicatorsSchema = z
  .strictObject({
    public: z
      .strictObject({
        newArrivals: newArrivalsSchema,
        accompanied: accompaniedSchema,
        contacts: contactsSchema,
        propositions: propositionsSchema.nullable().describe('null when imilo/propositions.csv has no data row (Données non fournies)'),
      })
      .describe('1 Le public'),
    immersion: z
      .strictObject({
        immersions: fedBy(immersionsSchema, SITUATIONS),
        vrWorkshops: fedBy(actionGroupSchema.describe('Actions with Thème Découverte des métiers (VR) in Y'), ACTIONS),
      })
      .describe('2 PMSMP and VR workshops'),
    training: z
      .strictObject({
        training: fedBy(trainingSchema, SITUATIONS),
        trainingWorkshops: fedBy(actionGroupSchema.describe('Actions of Type Atelier with Thème Formation in Y'), ACTIONS),
      })
      .describe('3 Formation'),
    employment: fedBy(employmentSchema, SITUATIONS),
    alternance: fedBy(alternanceSchema, SITUATIONS),
    civicService: civicServiceSchema,
    citizenship: citizenshipSchema,
    internationalMobility: z.strictObject({ workshops: mobilityWorkshopsSchema, departures: fedBy(departuresSchema, SITUATIONS) }).describe('8 Mobilité internationale'),
    programmes: z.strictObject({ cej: cejSchema, others: otherProgrammesSchema }).describe("9 Dispositifs d'accompagnement"),
    health: healthSchema,
    schooling: schoolingSchema,
    aids: aidsSchema.nullable().describe('12 Aides financières; null when imilo/aides.csv has no data row (Données non fournies)'),
    labellisation: labellisationSchema.nullable().describe('13 Labellisation; null when manuel.csv gives no labellisation note'),
  })
  .describe('Every indicator of the Mission Locale report for the year, grouped by report section (src/compute/metrics.ts)');

export const comparisonsSchema = z
  .strictObject({
    previousYear: z.int(),
    newArrivals: evolutionSchema,
    newArrivalsBelowBac: previousShareSchema,
    newArrivalsWomen: previousShareSchema,
    newArrivalsAged16to17: previousShareSchema,
    accompanied: evolutionSchema.describe('Jeunes received in interview'),
    accompaniedBelowBac: previousShareSchema,
    entretiens: evolutionSchema,
    immersionWomen: previousShareSchema.nullable().describe('null when imilo/situations.csv of Y or Y-1 has no data row'),
    trainingJeunes: evolutionSchema.nullable().describe('null when imilo/situations.csv of Y or Y-1 has no data row'),
    employmentSituations: evolutionSchema.nullable().describe('null when imilo/situations.csv of Y or Y-1 has no data row'),
    temporaryWork: evolutionSchema.nullable().describe('The "Intérim / Saisonnier" row of employment.byType; null when imilo/situations.csv of Y or Y-1 has no data row'),
    permanentContracts: evolutionSchema.nullable().describe('The "CDI" row of employment.byType (CDI + CDI CIE); null when imilo/situations.csv of Y or Y-1 has no data row'),
  })
  .describe('The year-on-year figures the report prints (src/compute/comparisons.ts)');

// ---------------------------------------------------------------- PLIE (docs/plie.md)

const pliePopulationSchema = z
  .strictObject({
    total: count,
    sex: sexCountsSchema,
    women: shareSchema,
    men: shareSchema,
    seniors: shareSchema.describe('Aged 50 or more on the entry date'),
    seniorCriterion: shareSchema.describe('Public includes Senior (the entry criterion)'),
    rsa: shareSchema.describe('Public includes RSA'),
    upToCap: shareSchema.describe('Qualification BEP/CAP or Aucun diplôme'),
    byCommune: countByCommune,
  })
  .meta({ id: 'PliePopulation', description: 'A group of PLIE participants' });

export const plieSchema = z
  .strictObject({
    participants: fedBy(pliePopulationSchema.describe('Participants en parcours: entry ≤ 31/12/Y and (no exit or exit ≥ 01/01/Y)'), PLIE_PARTICIPANTS),
    newEntries: fedBy(pliePopulationSchema.describe('Nouvelles entrées: entry date in Y'), PLIE_PARTICIPANTS),
    newEntriesShare: fedBy(shareSchema, PLIE_PARTICIPANTS),
    steps: fedBy(z.strictObject({
      mobilised: count.describe('Étapes overlapping Y'),
      participants: count,
      startedInYear: shareSchema,
      byType: keyed(PLIE_STEP_TYPES, shareSchema).describe('Each type as a share of the mobilised étapes'),
    }), PLIE_PARTICIPANTS, PLIE_STEPS),
    exits: fedBy(z.strictObject({
      total: count.describe('Participants whose exit date is in Y'),
      positive: count.describe('Emploi + Formation'),
      others: count,
      legitimate: count.describe('Santé, Emploi probable sans justificatif, Déménagement, Retraite'),
      byReason: keyed(PLIE_EXIT_REASONS, count),
      rate: shareSchema.describe('positive / total; percent null without exits'),
      adjustedRate: shareSchema.describe('positive / (total − legitimate); percent null when that is 0'),
      target: z.number().describe('Target rate in percent (configuration)'),
      targetMet: z.boolean().nullable().describe('rate ≥ target on the exact ratio; null without exits'),
      positiveRsa: shareSchema,
      positiveUpToCap: shareSchema,
      employmentSectors: z.strictObject({
        top: z.array(sectorShareSchema).describe('The 5 most frequent sectors of Emploi exits'),
        covered: shareSchema,
        withoutSector: count,
      }),
      positiveByCommune: countByCommune,
    }), PLIE_PARTICIPANTS),
    programme: z
      .strictObject({
        socialSupport: z.strictObject({ collectiveActions: manualFigure, participants: manualFigure, hours: manualFigure }),
        training: z.strictObject({
          agreements: manualFigure,
          providers: manualFigure,
          participants: manualFigure.describe('validatedTraining + drivingLicence.total (known parts); null when none is known'),
          validatedTraining: manualFigure,
          drivingLicence: z.strictObject({ total: manualFigure.describe('Sum of the known outcomes'), obtained: manualFigure, inProgress: manualFigure, failed: manualFigure }),
        }),
      })
      .describe('Accompagnement social and Formations / Prestations, from manuel.csv (plie.* keys)'),
    pathLength: fedBy(z.strictObject({
      participants: count,
      meanMonths: z.int().nonnegative().nullable().describe('Mean completed months from entry to exit of the exits of Y, rounded half-up; null without exits'),
    }), PLIE_PARTICIPANTS),
  })
  .meta({ id: 'PlieIndicators', description: 'The PLIE section (ALPES report)' });

// ---------------------------------------------------------------- Maison de l'Emploi (docs/mde.md)

const optionalCount = count.nullable();

const mdeEventSchema = z
  .strictObject({
    date: frenchDate,
    title: z.string(),
    place: z.string().nullable(),
    comment: z.string().nullable().describe('Free text of the action row (Commentaire), printed after the figures'),
    exhibitors: optionalCount,
    localExhibitors: optionalCount.describe('Exhibitors from the territory'),
    localExhibitorsPercent: z.int().nonnegative().nullable().describe('localExhibitors / exhibitors, rounded half-up'),
    demonstrations: optionalCount,
    visitors: optionalCount.describe('Visiteurs of the action row (people not registered one by one)'),
    participants: optionalCount.describe('Registered participants (participations.csv rows); null when none'),
    participantsFromTerritory: optionalCount.describe('Registered participants living in the territory'),
    participantsInCej: optionalCount.describe('Registered participants who were jeunes in CEJ on the day; null when none'),
    interviews: optionalCount,
  })
  .meta({ id: 'MdeEvent', description: 'One MDE event (actions.csv row with Structure = Maison de l’Emploi)' });

const actionSeriesSchema = z
  .strictObject({
    actions: count,
    participants: count.nullable().describe('Distinct participants; null when actions/participations.csv has no data row'),
    participantsFromTerritory: count.nullable(),
  })
  .meta({ id: 'ActionSeries', description: 'Several actions with their distinct participants' });

const cyberBaseUsersSchema = z.strictObject({
  uses: count,
  users: count.describe('Distinct users; sex and public from their first row'),
  adults: sexCountsSchema,
  young: sexCountsSchema,
});

const mobilityAidSchema = z.strictObject({
  units: count.describe('Rows (recharges, cards, train trips); distinct Déplacement ids for collective trips'),
  people: count,
  fromTerritory: count,
  qpv: count,
});

export const mdeSchema = z
  .strictObject({
    events: fedBy(z.strictObject({
      discovery: z.array(mdeEventSchema).describe('« C’est décidé, je trouve ma voie ! » (Type Rencontre)'),
      jobDatings: z.array(mdeEventSchema).describe('Job datings organised by the MDE (Type Job dating)'),
      coOrganised: z.array(mdeEventSchema).describe('Type Événement, outside business creation'),
      salons: z.array(
        mdeEventSchema.extend({
          edition: manualFigure,
          sectorVillages: manualFigure,
          creationVillages: z.array(mdeEventSchema),
          creationWorkshops: z.array(mdeEventSchema),
        }),
      ),
      forums: z.array(mdeEventSchema),
      recruitmentOperations: z.array(
        mdeEventSchema.extend({
          contracts: z.array(z.strictObject({ type: z.enum(MDE_CONTRACT_TYPES), count, fromTerritory: count })),
        }),
      ),
      recruitmentSessions: actionSeriesSchema,
    }), ACTIONS),
    businessCreation: z.strictObject({
      workshops: fedBy(actionSeriesSchema, ACTIONS),
      events: z.array(mdeEventSchema),
      holders: z
        .strictObject({
          welcomed: count,
          fromTerritory: count,
          sex: sexCountsSchema,
          referrals: count,
          companiesCreated: count.describe('Distinct companies created in Y with their seat in the territory'),
          founders: count,
        })
        .nullable(),
    }),
    employerRelations: z.strictObject({
      employersMet: optionalCount,
      mentors: manualFigure,
      contracts: z
        .strictObject({
          byType: keyed(MDE_CONTRACT_TYPES, z.strictObject({ contracts: count, people: count })),
          alternance: count.describe('Apprentissage + Professionnalisation'),
        })
        .nullable(),
      offers: z.strictObject({ published: count, inTerritory: count, permanent: count.describe('CDI offers') }).nullable(),
    }),
    insertionClause: z
      .strictObject({
        operationsInTerritory: count,
        operationsOutside: count,
        hours: z.number().nonnegative(),
        residents: z.strictObject({
          people: count,
          hours: z.number().nonnegative(),
          hoursOnTerritoryOperations: z.number().nonnegative(),
          hoursOnOtherOperations: z.number().nonnegative(),
        }),
        nonResidents: z.strictObject({ people: count, hours: z.number().nonnegative() }),
        employers: count,
      })
      .nullable(),
    cyberBase: cyberBaseUsersSchema
      .extend({
        sites: z.array(cyberBaseUsersSchema.extend({ site: z.string() })).describe('By decreasing uses'),
        appointments: z.strictObject({ appointments: count, people: count, sex: sexCountsSchema, young: count, adults: count }),
      })
      .nullable(),
    mobility: keyed(MOBILITY_AID_TYPES, mobilityAidSchema).nullable(),
    siae: z.strictObject({ people: count, byType: keyed(SIAE_TYPES, count) }).nullable(),
  })
  .meta({ id: 'MdeIndicators', description: 'The Maison de l’Emploi pages (ALPES report); a null part means its log is absent' });
// ---------------------------------------------------------------- territory (docs/territoire.md)

const isoDate = z.iso.date();

const tenthsShareSchema = z
  .strictObject({
    count,
    total: count,
    percent: z
      .number()
      .nonnegative()
      .nullable()
      .describe('count / total × 100 rounded half-up to 1 decimal on the exact ratio (1 860 / 8 793 gives 21.2); null when total is 0'),
  })
  .meta({ id: 'TenthsShare', description: 'A count out of a total with its percentage at one decimal' });

const territoryFigureFields = {
  value: count.describe('The published figure'),
  date: isoDate.describe('Its reference date'),
  previousDate: isoDate.describe('The same day one year earlier (29 February gives the 28th)'),
  previousValue: count.nullable().describe('The figure at previousDate, as territoire/emploi.csv gives it; null when not given'),
  evolution: z
    .number()
    .nullable()
    .describe('(value / previousValue − 1) × 100, 1 decimal, half away from zero; null without previousValue or when it is 0'),
  source: z.string().min(1).describe('Printed source (Pôle Emploi, ACOSS/URSSAF/INSEE)'),
  processing: z.string().min(1).nullable().describe('Printed « Traitement : … », or null'),
};

const territoryFigureSchema = z
  .strictObject(territoryFigureFields)
  .meta({ id: 'TerritoryFigure', description: 'A published statistic of territoire/emploi.csv' });

const jobSeekerPartSchema = z
  .strictObject({ ...territoryFigureFields, share: tenthsShareSchema.nullable().describe('value / job seekers A, B, C; null when that total is not given') })
  .meta({ id: 'JobSeekerPart', description: 'A part of the job seekers A, B, C, with its share of that total' });

const sourceLineSchema = z
  .strictObject({ source: z.string().min(1), date: isoDate, processing: z.string().min(1).nullable() })
  .meta({ id: 'SourceLine', description: 'One « Source … Traitement : … » line' });

export const territorySchema = z
  .strictObject({
    population: fedBy(
      z.strictObject({
        census: z.string().regex(/^RP\d{4}$/).describe('The census of the populations (RP2021)'),
        byCommune: communeTable(['population']).describe('Population municipale of every commune of the territory'),
      }),
      'territoire/population.csv',
    ),
    privateEmployment: z.strictObject({
      employees: territoryFigureSchema.nullable().describe('Private-sector employees (salaries_prives), null when not given'),
      sources: z.array(sourceLineSchema),
    }),
    jobSeekers: z.strictObject({
      date: isoDate.nullable().describe('Reference date of the job-seeker figures (one for all), null when none is given'),
      evolutionSince: isoDate.nullable().describe('One year before date when at least one job-seeker evolution is known, else null'),
      abc: territoryFigureSchema.nullable().describe('Job seekers of categories A, B and C'),
      categoryA: jobSeekerPartSchema.nullable(),
      over24Months: jobSeekerPartSchema.nullable().describe('Registered for more than 24 months'),
      under25: jobSeekerPartSchema.nullable(),
      over50: jobSeekerPartSchema.nullable(),
      women: jobSeekerPartSchema.nullable(),
      sources: z.array(sourceLineSchema),
    }),
  })
  .meta({ id: 'TerritoryIndicators', description: 'The territory key figures (ALPES report), from <year>/territoire/' });
export const plieComparisonsSchema = z
  .strictObject({
    previousYear: z.int(),
    newEntries: evolutionSchema.describe('Nouvelles entrées'),
    newEntriesWomen: previousShareSchema.describe('Women among the new entrants'),
    newEntriesShare: previousShareSchema.describe('New entrants over the participants en parcours'),
    iaeSteps: previousShareSchema.describe("Étapes of type Emploi d'insertion (IAE) over the mobilised étapes"),
    prestationSteps: previousShareSchema.describe('Étapes of type Prestation over the mobilised étapes'),
    positiveUpToCap: previousShareSchema.describe('Niveau ≤ CAP among the positive exits'),
    positiveRsa: previousShareSchema.describe('RSA criterion among the positive exits'),
    meanPathMonths: z
      .strictObject({
        previousYear: z.int(),
        months: z.int().nonnegative().nullable().describe('pathLength.meanMonths of Y-1; null when nobody exited in Y-1'),
      })
      .describe('Mean path length of Y-1'),
  })
  .meta({ id: 'PlieComparisons', description: 'The PLIE figures of Y-1 the report prints next to those of Y (same definitions, Y-1 data)' });

const fileSummarySchema = z
  .strictObject({
    rows: count.describe('Data rows (header and blank lines excluded)'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the file bytes, lower-case hex'),
  })
  .meta({ id: 'InputFile', description: 'One input file read for the year' });

export const metricsDocumentSchema = z
  .strictObject({
    schemaVersion: z.literal(METRICS_SCHEMA_VERSION).describe('Bumped when a key changes meaning (see CHANGELOG.md)'),
    report: z.enum(['mission-locale', 'alpes']).describe('Which report the build wrote: the Mission Locale’s (--report ml) or the whole ALPES report (--report alpes); the figures are the same'),
    year: z.int().describe('The report year Y'),
    previousYear: z.int().nullable().describe('Y-1 when <data>/<Y-1>/ exists (and then comparisons is given), else null'),
    inputs: z
      .record(z.string(), fileSummarySchema)
      .describe('The files of year Y, by path relative to the data folder (e.g. 2024/imilo/jeunes.csv), sorted. The Y-1 files are in previousInputs'),
    previousInputs: z
      .record(z.string(), fileSummarySchema)
      .nullable()
      .describe(
        'The Y-1 files behind comparisons and plieComparisons: read by this build (imilo/ but propositions.csv, actions/, manuel.csv, and plie/ when Y has a plie/ too; Y-1’s mde/, territoire/ and propositions.csv feed no comparison and are not read), or the inputs of the earlier build given with --previous; null without comparisons',
      ),
    indicators: indicatorsSchema,
    comparisons: comparisonsSchema.nullable().describe('Year-on-year figures, or null without a previous year'),
    plie: plieSchema.nullable().describe('The PLIE indicators, or null when the year has no plie/ folder'),
    mde: mdeSchema.nullable().describe('The Maison de l’Emploi indicators, or null when the year has no mde/ folder'),
    territory: territorySchema.nullable().describe('The territory key figures, or null when the year has no territoire/ folder'),
    plieComparisons: plieComparisonsSchema
      .nullable()
      .describe('PLIE year-on-year figures; null unless both Y and Y-1 have PLIE indicators (a plie/ folder, or plie in the --previous metrics)'),
  })
  .superRefine((document, ctx) => {
    if ((document.previousInputs === null) !== (document.comparisons === null)) {
      ctx.addIssue({ code: 'custom', path: ['previousInputs'], message: 'previousInputs must be null exactly when comparisons is null' });
    }
    if ((document.previousYear === null) !== (document.comparisons === null)) {
      ctx.addIssue({ code: 'custom', path: ['comparisons'], message: 'comparisons must be null exactly when previousYear is null' });
    }
    if (document.previousYear !== null && document.previousYear !== document.year - 1) {
      ctx.addIssue({ code: 'custom', path: ['previousYear'], message: 'previousYear must be year - 1' });
    }
    if (document.plieComparisons !== null && (document.plie === null || document.previousYear === null)) {
      ctx.addIssue({ code: 'custom', path: ['plieComparisons'], message: 'plieComparisons needs plie and a previousYear' });
    }
    if (document.comparisons === null || document.previousYear === null) return;
    for (const part of ['comparisons', 'plieComparisons'] as const) {
      for (const [key, value] of Object.entries(document[part] ?? {})) {
        // A comparison whose export held no data in one of the years is null: nothing to check.
        if (value === null) continue;
        const year = typeof value === 'number' ? value : value.previousYear;
        if (year !== document.previousYear) {
          ctx.addIssue({ code: 'custom', path: [part, key], message: 'previousYear differs from the document previousYear' });
        }
      }
    }
  })
  .meta({
    title: 'alpes-report metrics.json',
    description:
      'Every indicator of the Mission Locale report for one year, with no personal data and no timestamp (same inputs, same bytes). ' +
      'Shares are { count, total, percent }; amounts are whole cents in keys ending in Cents; figures from manuel.csv are null when the file does not give them.',
  });

export type MetricsDocument = z.output<typeof metricsDocumentSchema>;

// ---------------------------------------------------------------- JSON Schema

export const METRICS_JSON_SCHEMA_ID = `urn:alpes-report:metrics:v${METRICS_SCHEMA_VERSION}`;

/** The JSON Schema of metrics.json (draft 2020-12), as committed in schema/metrics.schema.json. */
export function metricsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(metricsDocumentSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
    // z.int() is bounded to safe integers; the bounds say nothing useful to a reader.
    override: ({ jsonSchema }) => {
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    },
  }) as Record<string, unknown>;
  const { $schema, title, description, ...rest } = generated;
  return { $schema, $id: METRICS_JSON_SCHEMA_ID, title, description, ...rest };
}

/** The bytes of schema/metrics.schema.json. */
export function metricsJsonSchemaText(): string {
  return `${JSON.stringify(metricsJsonSchema(), null, 2)}\n`;
}

// ---------------------------------------------------------------- output types

// compute/ returns these types and render/ reads them: inferred here, so the schema is the one
// definition of every output shape (a changed indicator changes its schema, nothing else).
type Out<S extends z.ZodType> = z.output<S>;

export type MissionLocaleIndicators = Out<typeof indicatorsSchema>;
export type Comparisons = Out<typeof comparisonsSchema>;
export type PlieIndicators = Out<typeof plieSchema>;
export type MdeIndicators = Out<typeof mdeSchema>;
export type TerritoryIndicators = Out<typeof territorySchema>;
export type PlieComparisons = Out<typeof plieComparisonsSchema>;

export type Share = Out<typeof shareSchema>;
export type SexCounts = Out<typeof sexCountsSchema>;
/** What `communeTable(keys)` describes, for any keys: z.output cannot be taken over a generic K. */
export type CommuneTable<K extends string> = { rows: CommuneRow<K>[]; total: Record<K, number> };
export type CommuneRow<K extends string> = { commune: string } & Record<K, number>;
export type ActionGroup = Out<typeof actionGroupSchema>;
export type ActionLine = Out<typeof actionLineSchema>;
export type EventFigure = Out<typeof eventFigureSchema>;
export type Evolution = Out<typeof evolutionSchema>;
export type PreviousShare = Out<typeof previousShareSchema>;
export type PreviousMonths = PlieComparisons['meanPathMonths'];

// 1 to 13: the Mission Locale report
export type NewArrivals = MissionLocaleIndicators['public']['newArrivals'];
export type Accompanied = MissionLocaleIndicators['public']['accompanied'];
export type Contacts = MissionLocaleIndicators['public']['contacts'];
export type Propositions = NonNullable<MissionLocaleIndicators['public']['propositions']>;
export type Immersions = NonNullable<MissionLocaleIndicators['immersion']['immersions']>;
export type Training = NonNullable<MissionLocaleIndicators['training']['training']>;
export type Employment = NonNullable<MissionLocaleIndicators['employment']>;
export type Alternance = NonNullable<MissionLocaleIndicators['alternance']>;
export type CivicService = MissionLocaleIndicators['civicService'];
export type CivicServiceActions = Out<typeof civicServiceActionsSchema>;
export type Citizenship = MissionLocaleIndicators['citizenship'];
export type MobilityWorkshops = MissionLocaleIndicators['internationalMobility']['workshops'];
export type Departures = NonNullable<MissionLocaleIndicators['internationalMobility']['departures']>;
export type Cej = MissionLocaleIndicators['programmes']['cej'];
export type OtherProgrammes = MissionLocaleIndicators['programmes']['others'];
export type SeephAction = Out<typeof seephActionSchema>;
export type Health = MissionLocaleIndicators['health'];
export type Schooling = MissionLocaleIndicators['schooling'];
export type AidTable = Out<typeof aidTableSchema>;
export type Aids = NonNullable<MissionLocaleIndicators['aids']>;
export type Labellisation = Out<typeof labellisationSchema>;

// PLIE
export type PliePopulation = NonNullable<PlieIndicators['participants']>;
export type PlieSteps = NonNullable<PlieIndicators['steps']>;
export type PlieExits = NonNullable<PlieIndicators['exits']>;
export type PliePathLength = NonNullable<PlieIndicators['pathLength']>;
export type PlieProgramme = PlieIndicators['programme'];

// Maison de l'Emploi
export type MdeEvent = Out<typeof mdeEventSchema>;
export type MdeEvents = NonNullable<MdeIndicators['events']>;
export type RecruitmentOperation = MdeEvents['recruitmentOperations'][number];
export type ActionSeries = Out<typeof actionSeriesSchema>;
export type BusinessCreation = MdeIndicators['businessCreation'];
export type EmployerRelations = MdeIndicators['employerRelations'];
export type InsertionClause = NonNullable<MdeIndicators['insertionClause']>;
export type CyberBaseUsers = Out<typeof cyberBaseUsersSchema>;
export type CyberBase = NonNullable<MdeIndicators['cyberBase']>;
export type MobilityAidFigures = Out<typeof mobilityAidSchema>;

// Territory
export type TenthsShare = Out<typeof tenthsShareSchema>;
export type TerritoryFigure = Out<typeof territoryFigureSchema>;
export type JobSeekerPart = Out<typeof jobSeekerPartSchema>;
export type SourceLine = Out<typeof sourceLineSchema>;

/** `tsc` fails here if the generic CommuneTable stops being what communeTable() describes. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type CommuneTableMatchesSchema = Same<CommuneTable<'count'>, Out<typeof countByCommune>> extends true ? true : never;
export const communeTableMatchesSchema: CommuneTableMatchesSchema = true;
