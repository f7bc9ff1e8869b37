import { describe, expect, it } from 'vitest';
import { computeAids } from '../../src/compute/aids.js';
import { computeLabellisation } from '../../src/compute/labellisation.js';
import { aid, context2024, d, youngPerson, registers } from '../helpers/records.js';

describe('financial aid', () => {
  const data = registers({
    youngPeople: [youngPerson({ commune: 'Pérenchies' }), youngPerson({ commune: 'Pérenchies' })],
    aids: [
      aid(0, { type: 'Fonds ML indirect', amountCents: 100_000 }),
      aid(0, { type: 'Fonds ML indirect', amountCents: 24_143 }),
      aid(1, { type: 'Fonds ML indirect', amountCents: 50_000, decision: 'Refusée' }),
      aid(1, { type: 'Fonds ML indirect', amountCents: 999, date: d('31/12/2023') }),
      aid(0, { type: 'Mobilité MDE', amountCents: 3_000 }),
      aid(0, { type: 'Mobilité MDE', amountCents: 2_500 }),
      aid(1, { type: 'FAJeM', amountCents: 0, decision: 'Ajournée' }),
      aid(-1, { type: 'Frais de gestion', amountCents: 2_880 }),
      aid(1, { type: 'Fonds ML direct', amountCents: 10_000 }),
    ],
  });
  const aids = computeAids(data, context2024);

  it('counts a refused aid as a dossier studied, not as a beneficiary or an amount', () => {
    expect(aids.fundIndirect.beneficiaries).toBe(1);
    expect(aids.fundIndirect.amountCents).toBe(124_143);
    expect(aids.fundIndirect.dossiersStudied).toBe(3);
    expect(aids.fundIndirect.byCommune.rows.find((row) => row.commune === 'Pérenchies')).toEqual({
      commune: 'Pérenchies',
      beneficiaries: 1,
      amountCents: 124_143,
    });
    expect(aids.fajem).toMatchObject({ beneficiaries: 0, amountCents: 0, dossiersStudied: 1 });
  });

  it('counts mobility aid in dossiers, and adds management fees to the direct fund', () => {
    expect(aids.mobility.beneficiaries).toBe(2);
    expect(aids.fundDirect).toMatchObject({ amountCents: 10_000, managementFeesCents: 2_880, totalCents: 12_880 });
    expect(aids.totalCents).toBe(124_143 + 5_500 + 12_880);
  });
});

describe('labellisation', () => {
  it('computes 127/140, 3,63/4 and 18,14/20 from 22 notes of 4 and 13 of 3', () => {
    const result = computeLabellisation(registers({ manual: { 'labellisation.notes_4': 22, 'labellisation.notes_3': 13 } }));
    expect(result).toMatchObject({ criteria: 35, score: 127, maximum: 140, meanOutOf4Hundredths: 363, meanOutOf20Hundredths: 1814 });
  });

  it('is absent, not zero, when manuel.csv gives no note', () => {
    expect(computeLabellisation(registers({}))).toBeNull();
  });
});
