import { describe, expect, it } from 'vitest';
import { computeCej, computeOtherProgrammes } from '../../src/compute/programmes.js';
import { computeSchooling } from '../../src/compute/health-and-schooling.js';
import { action, activity, context2024, d, enrolment, event, youngPerson, registers, situation } from '../helpers/records.js';

describe('CEJ', () => {
  const data = registers({
    youngPeople: [
      youngPerson({ commune: 'Lambersart', sex: 'H', birthDate: d('01/01/2004') }),
      youngPerson({ commune: 'Wambrechies', qpv: 'Quartier', qualification: 'Aucun diplôme' }),
      youngPerson({ commune: 'Lompret' }),
    ],
    enrolments: [
      // Entered the previous year, still running: followed in 2024, not entered in 2024.
      enrolment(0, { entry: d('15/11/2023'), exit: d('30/06/2024') }),
      enrolment(1, { entry: d('01/03/2024') }),
      // Ended in 2023: neither.
      enrolment(2, { entry: d('01/01/2023'), exit: d('31/12/2023') }),
    ],
    situations: [
      situation(0, { start: d('30/06/2024'), type: 'Formation', subType: 'Conseil Régional' }), // on the exit day: inside
      situation(0, { start: d('01/07/2024') }), // after exit: outside
      situation(1, { start: d('01/03/2024'), type: 'Immersion', subType: undefined }), // on the entry day: inside
      situation(1, { start: d('15/02/2024') }), // before entry: outside
      situation(1, { start: d('01/04/2024'), type: 'Bénévolat', subType: undefined }),
    ],
  });
  const summary = activity(data, [
    event(0, { date: d('10/01/2024'), nature: 'SMS' }),
    event(0, { date: d('20/12/2023') }), // inside the interval but not in 2024
    event(0, { date: d('01/07/2024') }), // after the exit
    event(1, { date: d('01/03/2024'), nature: 'Atelier' }),
    event(1, { date: d('01/03/2024'), nature: 'Entretien partenaire' }),
    event(1, { date: d('02/03/2024'), nature: 'E-mail' }),
  ]);
  const cej = computeCej(data, summary, context2024);

  it('follows a CEJ entered the previous year without counting it as entered', () => {
    expect(cej.followed).toBe(2);
    expect(cej.entered).toBe(1);
    expect(cej.byCommune!.rows.find((row) => row.commune === 'Lambersart')).toEqual({ commune: 'Lambersart', followed: 1, entered: 0 });
    expect(cej.byCommune!.rows.find((row) => row.commune === 'Lompret')).toEqual({ commune: 'Lompret', followed: 0, entered: 0 });
  });

  it('counts only the contacts of the year inside each interval, bounds included', () => {
    expect(cej.contacts!.byGroup).toEqual({ Entretien: 1, 'Téléphone / SMS': 1, Email: 1, Autres: 1 });
    expect(cej.contacts!.total).toBe(4);
    expect(cej.contacts!.perJeune).toBe(2);
  });

  it('counts the measures started inside the interval', () => {
    expect(cej.measures!.total).toBe(3);
    expect(cej.measures!.jeunes).toBe(2);
    expect(cej.measures!.byType).toEqual({ Emploi: 0, Formation: 1, Immersion: 1, Alternance: 0, 'Service civique': 0, Autres: 1 });
  });

  it('describes the entrants of the year', () => {
    expect(cej.entrants!.qpv).toEqual({ count: 1, total: 1, percent: 100 });
    expect(cej.entrants!.qualification['Aucun diplôme']).toBe(1);
    expect(cej.entrants!.belowBac.percent).toBe(100);
  });
});
describe('CEJ workshops per month', () => {
  const cejWithWorkshops = (count: number) => {
    const actions = Array.from({ length: count }, (_, index) => action({ actionId: `A${index}`, theme: 'CEJ' }));
    // One CEJ workshop of the previous year is not the year's.
    actions.push(action({ actionId: 'OLD', theme: 'CEJ', date: d('31/12/2023') }));
    const data = registers({ youngPeople: [youngPerson()], actions });
    return computeCej(data, activity(data, []), context2024);
  };

  it('divides the year\'s workshops by 12, rounded half-up (seed 000: 489 ateliers, "41 ateliers par mois")', () => {
    expect(cejWithWorkshops(489)).toMatchObject({ workshops: 489, workshopsPerMonth: 41 });
    expect(cejWithWorkshops(30).workshopsPerMonth).toBe(3); // 2,5 rounds up
    expect(cejWithWorkshops(29).workshopsPerMonth).toBe(2); // 2,42
    expect(cejWithWorkshops(0).workshopsPerMonth).toBe(0);
  });
});


describe('other programmes', () => {
  it('counts entries in the year for PPAE, PACEA, Parrainage and overlaps for JSMJ', () => {
    const data = registers({
      youngPeople: [youngPerson({ sex: 'H', qualification: 'BAC', commune: 'Verlinghem' }), youngPerson({ firstArrival: d('01/01/2020') })],
      enrolments: [
        enrolment(0, { programme: 'PPAE', entry: d('01/02/2024') }),
        enrolment(1, { programme: 'PPAE', entry: d('01/02/2023') }),
        enrolment(0, { programme: 'Parrainage', entry: d('05/05/2024') }),
        enrolment(1, { programme: 'JSMJ', entry: d('01/01/2022'), exit: d('02/01/2024') }),
        enrolment(0, { programme: 'PACEA', entry: d('01/12/2023') }),
      ],
    });
    const result = computeOtherProgrammes(data, activity(data, []), context2024);
    expect(result.ppae).toEqual({ entered: 1, newArrivals: 1 });
    expect(result.pacea).toBe(0);
    expect(result.jsmj).toBe(1);
    expect(result.mentoring!.entered).toBe(1);
    expect(result.mentoring!.qualification['BAC et plus']).toBe(1);
    expect(result.mentoring!.byCommune.rows.find((row) => row.commune === 'Verlinghem')?.count).toBe(1);
  });
});

describe('obligation de formation', () => {
  it('counts the minors in a situation on 31/12, a situation spanning the year end included', () => {
    const data = registers({
      youngPeople: [youngPerson(), youngPerson(), youngPerson()],
      enrolments: [
        enrolment(0, { programme: 'Obligation de formation', entry: d('01/09/2024') }),
        enrolment(1, { programme: 'Obligation de formation', entry: d('01/09/2023'), exit: d('30/06/2024') }),
        enrolment(2, { programme: 'Obligation de formation', entry: d('01/10/2024') }),
      ],
      situations: [
        situation(0, { type: 'Formation', subType: 'Formation initiale', start: d('01/10/2024'), end: d('30/06/2025') }),
        situation(1, { type: 'Emploi', start: d('01/01/2024'), end: d('30/12/2024') }), // ended the day before
      ],
      manual: { 'obligation_formation.en_regle': 3 },
    });
    const result = computeSchooling(data, context2024);
    expect(result.trainingObligation.jeunes).toBe(3);
    expect(result.trainingObligation.inSituationAtYearEnd).toEqual({ count: 1, total: 3, percent: 33 });
    expect(result.trainingObligation.compliantShare?.percent).toBe(100);
  });
});
