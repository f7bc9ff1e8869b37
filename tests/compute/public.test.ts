import { describe, expect, it } from 'vitest';
import { computeAccompanied, computeContacts, computeNewArrivals, computePropositions } from '../../src/compute/public.js';
import { activity, context2024, d, event, youngPerson, registers } from '../helpers/records.js';

describe('new arrivals', () => {
  it('counts jeunes whose first arrival is in the year, by commune, with QPV', () => {
    const data = registers({
      youngPeople: [
        youngPerson({ commune: 'Lambersart', qpv: 'Pacot-Vandracq' }),
        youngPerson({ commune: 'Lambersart' }),
        youngPerson({ commune: 'Lompret', firstArrival: d('31/12/2023') }), // arrived the year before
        youngPerson({ commune: 'Verlinghem', firstArrival: d('01/01/2024') }),
      ],
    });
    const result = computeNewArrivals(data, context2024);
    expect(result.total).toBe(3);
    expect(result.qpv).toBe(1);
    expect(result.byCommune.rows.find((row) => row.commune === 'Lambersart')).toEqual({ commune: 'Lambersart', newArrivals: 2, qpv: 1 });
    expect(result.byCommune.rows.find((row) => row.commune === 'Lompret')?.newArrivals).toBe(0);
    expect(result.byCommune.rows).toHaveLength(10);
    expect(result.byCommune.total).toEqual({ newArrivals: 3, qpv: 1 });
  });

  it('takes the age at the date of first arrival: 17 then, 18 at 31/12, is a 16 - 17 ans new arrival', () => {
    const seventeen = youngPerson({ birthDate: d('20/09/2006'), firstArrival: d('05/03/2024'), qualification: 'Aucun diplôme' });
    const data = registers({ youngPeople: [seventeen] });
    const result = computeNewArrivals(data, context2024);
    expect(result.ageByQualification['16 - 17 ans']['Aucun diplôme']).toBe(1);
    expect(result.aged16to17).toEqual({ count: 1, total: 1, percent: 100 });

    // …while among the accompanied the same jeune counts at 31/12/2024, in 18 - 21 ans.
    const accompanied = computeAccompanied(data, activity(data, [event(0)]), context2024);
    expect(accompanied.age['16 - 17 ans'].count).toBe(0);
    expect(accompanied.age['18 - 21 ans'].count).toBe(1);
  });

  it('computes the shares the seed prints', () => {
    const data = registers({
      youngPeople: [
        youngPerson({ sex: 'F', qualification: 'Aucun diplôme', drivingLicence: true, housing: 'Précaire' }),
        youngPerson({ sex: 'H', qualification: 'BEP/CAP' }),
        youngPerson({ sex: 'H', qualification: 'BAC' }),
        youngPerson({ sex: 'H', qualification: 'Supérieur au BAC' }),
      ],
    });
    const result = computeNewArrivals(data, context2024);
    expect(result.belowBac.percent).toBe(50);
    expect(result.women.percent).toBe(25);
    expect(result.drivingLicence.percent).toBe(25);
    expect(result.withoutDrivingLicence.percent).toBe(75);
    expect(result.housing.Précaire.percent).toBe(25);
    expect(result.housing.Parents.percent).toBe(75);
  });
});

describe('accompanied jeunes and contacts', () => {
  const data = registers({
    youngPeople: [
      youngPerson({ commune: 'Lambersart', qpv: 'Pacot-Vandracq', rqth: true }),
      youngPerson({ commune: 'Marcq-en-Barœul' }),
      youngPerson({ commune: 'Marcq-en-Barœul', qpv: 'Briqueterie' }),
    ],
  });
  const events = [
    event(0, { nature: 'Atelier' }),
    event(0, { nature: 'Téléphone' }),
    // Only SMS: in contact, not received in interview.
    event(1, { nature: 'SMS' }),
    event(1, { nature: 'SMS', date: d('02/02/2024') }),
    // Not realised, or outside the year: nothing.
    event(2, { nature: 'Entretien individuel', status: 'Annulé' }),
    event(2, { nature: 'Entretien individuel', date: d('31/12/2023') }),
    event(2, { nature: 'Entretien partenaire', date: d('01/01/2025') }),
  ];
  const summary = activity(data, events);

  it('counts a jeune with only SMS contacts as in contact but not received in interview', () => {
    const result = computeAccompanied(data, summary, context2024);
    expect(result.inContact).toBe(2);
    expect(result.receivedInInterview).toBe(1);
    const marcq = result.byCommune.rows.find((row) => row.commune === 'Marcq-en-Barœul');
    expect(marcq).toEqual({ commune: 'Marcq-en-Barœul', inContact: 1, receivedInInterview: 0 });
    expect(result.qpv).toEqual({ total: 1, byQuartier: [{ quartier: 'Pacot-Vandracq', commune: 'Lambersart', count: 1 }] });
    expect(result.rqth).toBe(1);
  });

  it('counts realised contacts of the year by report group and by commune', () => {
    const result = computeContacts(summary, context2024);
    expect(result.total).toBe(4);
    expect(result.entretiens).toBe(1);
    expect(result.byGroup).toEqual({ Entretien: 1, SMS: 2, 'E-mail': 0, Téléphone: 1, Autres: 0 });
    expect(result.byCommune.rows.find((row) => row.commune === 'Marcq-en-Barœul')).toEqual({
      commune: 'Marcq-en-Barœul',
      contacts: 2,
      entretiens: 0,
    });
    expect(result.byCommune.total).toEqual({ contacts: 4, entretiens: 1 });
  });

  it('counts propositions of the year by theme, with the Emploi share', () => {
    const summaryWithPropositions = activity(data, [], [
      { youngPerson: 0, date: d('03/03/2024'), theme: "Accès à l'emploi", subTheme: undefined },
      { youngPerson: 0, date: d('03/03/2024'), theme: 'Formation', subTheme: undefined },
      { youngPerson: 1, date: d('03/03/2023'), theme: 'Formation', subTheme: undefined },
    ]);
    const result = computePropositions(summaryWithPropositions);
    expect(result.total).toBe(2);
    expect(result.employment.percent).toBe(50);
  });
});
