import { dayOf, isInYear } from '../contract/dates.js';
import { HOUSINGS, NATURES, THEMES, type Housing, type Nature } from '../contract/vocabularies.js';
import type { ActivitySummary } from './activity.js';
import { ageBand, ageBandWithOver25, communeTable, countSexes, share, zeroes, type ComputeContext } from './shared.js';
import { AGE_BANDS, AGE_BANDS_WITH_OVER_25, CONTACT_GROUPS, QUALIFICATION_BANDS, type AgeBand, type AgeBandWithOver25, type ContactGroup } from '../contract/report-rows.js';
import type { Accompanied, Contacts, NewArrivals, Propositions } from '../contract/metrics-schema.js';
import { type Share, type SexCounts } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

/** Section 1, "Le public": new arrivals, accompanied young people, contacts, propositions. */

export function computeNewArrivals(registers: Registers, context: ComputeContext): NewArrivals {
  const communes = communeTable(context.communes, ['newArrivals', 'qpv'] as const);
  const ageByQualification = Object.fromEntries(AGE_BANDS.map((band) => [band, zeroes(QUALIFICATION_BANDS)])) as NewArrivals['ageByQualification'];
  const sexByAge = { F: zeroes(AGE_BANDS), H: zeroes(AGE_BANDS) };
  const housing = zeroes(HOUSINGS);
  let total = 0;
  let qpv = 0;
  let licences = 0;
  registers.youngPeople.scan((youngPerson) => {
    if (!isInYear(youngPerson.firstArrival, context.year)) return;
    total++;
    communes.add(youngPerson.commune, 'newArrivals');
    if (youngPerson.qpv !== undefined) {
      communes.add(youngPerson.commune, 'qpv');
      qpv++;
    }
    const band = ageBand(youngPerson.birthDate, youngPerson.firstArrival);
    ageByQualification[band][youngPerson.qualification.band]++;
    sexByAge[youngPerson.sex][band]++;
    housing[youngPerson.housing]++;
    if (youngPerson.drivingLicence) licences++;
  });
  const qualificationTotals = zeroes(QUALIFICATION_BANDS);
  const ageTotals = zeroes(AGE_BANDS);
  for (const band of AGE_BANDS) {
    for (const qualification of QUALIFICATION_BANDS) qualificationTotals[qualification] += ageByQualification[band][qualification];
    ageTotals[band] = sexByAge.F[band] + sexByAge.H[band];
  }
  const sum = (counts: Record<AgeBand, number>) => AGE_BANDS.reduce((n, band) => n + counts[band], 0);
  const sexTotals: SexCounts = { F: sum(sexByAge.F), H: sum(sexByAge.H), total };
  return {
    total,
    qpv,
    byCommune: communes.table(),
    ageByQualification,
    qualificationTotals,
    sexByAge,
    ageTotals,
    sexTotals,
    drivingLicence: share(licences, total),
    withoutDrivingLicence: share(total - licences, total),
    housing: Object.fromEntries(HOUSINGS.map((kind) => [kind, share(housing[kind], total)])) as Record<Housing, Share>,
    belowBac: share(qualificationTotals['BEP/CAP'] + qualificationTotals['Aucun diplôme'], total),
    women: share(sexTotals.F, total),
    aged16to17: share(ageTotals['16 - 17 ans'], total),
  };
}

export function computeAccompanied(registers: Registers, activity: ActivitySummary, context: ComputeContext): Accompanied {
  const communes = communeTable(context.communes, ['inContact', 'receivedInInterview'] as const);
  const qualification = zeroes(QUALIFICATION_BANDS);
  const ages = zeroes(AGE_BANDS_WITH_OVER_25);
  const quartiers = new Map<string, { quartier: string; commune: string; count: number }>();
  const endOfYear = dayOf(context.year, 12, 31);
  const sex = countSexes([]);
  let inContact = 0;
  let rqth = 0;
  registers.youngPeople.scan((youngPerson, index) => {
    if (activity.inContact[index]) {
      inContact++;
      communes.add(youngPerson.commune, 'inContact');
    }
    if (!activity.receivedInInterview[index]) return;
    sex[youngPerson.sex]++;
    sex.total++;
    communes.add(youngPerson.commune, 'receivedInInterview');
    qualification[youngPerson.qualification.band]++;
    ages[ageBandWithOver25(youngPerson.birthDate, endOfYear)]++;
    if (youngPerson.rqth) rqth++;
    if (youngPerson.qpv !== undefined) {
      const key = `${youngPerson.qpv}\u0000${youngPerson.commune}`;
      const entry = quartiers.get(key) ?? { quartier: youngPerson.qpv, commune: youngPerson.commune, count: 0 };
      entry.count++;
      quartiers.set(key, entry);
    }
  });
  const total = sex.total;
  const byQuartier = [...quartiers.values()].sort(
    (a, b) => context.communes.indexOf(a.commune) - context.communes.indexOf(b.commune) || a.quartier.localeCompare(b.quartier, 'fr'),
  );
  return {
    inContact,
    receivedInInterview: total,
    byCommune: communes.table(),
    qpv: { total: byQuartier.reduce((n, entry) => n + entry.count, 0), byQuartier },
    qualification,
    age: Object.fromEntries(AGE_BANDS_WITH_OVER_25.map((band) => [band, share(ages[band], total)])) as Record<AgeBandWithOver25, Share>,
    sex,
    belowBac: share(qualification['BEP/CAP'] + qualification['Aucun diplôme'], total),
    aged18to21: share(ages['18 - 21 ans'], total),
    men: share(sex.H, total),
    rqth,
  };
}


export function contactGroup(nature: Nature): ContactGroup {
  switch (nature) {
    case 'Entretien individuel':
    case 'Atelier':
    case 'Information collective':
      return 'Entretien';
    case 'SMS':
    case 'E-mail':
    case 'Téléphone':
      return nature;
    default:
      return 'Autres';
  }
}

export function computeContacts(activity: ActivitySummary, context: ComputeContext): Contacts {
  const byGroup = zeroes(CONTACT_GROUPS);
  for (const nature of NATURES) byGroup[contactGroup(nature)] += activity.contactsByNature[nature];
  const communes = communeTable(context.communes, ['contacts', 'entretiens'] as const);
  context.communes.forEach((commune, index) => {
    communes.add(commune, 'contacts', activity.contactsByCommune[index]);
    communes.add(commune, 'entretiens', activity.entretiensByCommune[index]);
  });
  const total = Object.values(byGroup).reduce((a, b) => a + b, 0);
  return { total, entretiens: byGroup.Entretien, byGroup, byCommune: communes.table() };
}

export function computePropositions(activity: ActivitySummary): Propositions {
  const byTheme = { ...activity.propositionsByTheme };
  const total = THEMES.reduce((n, theme) => n + byTheme[theme], 0);
  return { total, byTheme, employment: share(byTheme["Accès à l'emploi"], total) };
}

