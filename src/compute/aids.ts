import { isInYear } from '../contract/dates.js';
import type { AidType } from '../contract/vocabularies.js';
import { manualFigure } from './manual.js';
import { PersonSet } from './person-set.js';
import { communeTable, type ComputeContext } from './shared.js';
import type { AidTable, Aids } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

function aidTable(registers: Registers, context: ComputeContext, type: AidType, unit: 'jeunes' | 'dossiers'): AidTable {
  const table = communeTable(context.communes, ['beneficiaries', 'amountCents'] as const);
  const counted = new PersonSet(registers.youngPeople.length);
  let dossiersStudied = 0;
  let granted = 0;
  let amountCents = 0;
  registers.aids.scan((aid) => {
    if (aid.type !== type || !isInYear(aid.date, context.year)) return;
    dossiersStudied++;
    if (aid.decision !== 'Accordée') return;
    granted++;
    const commune = registers.youngPeople.field(aid.youngPerson, 'commune');
    amountCents += aid.amountCents;
    table.add(commune, 'amountCents', aid.amountCents);
    if (unit === 'dossiers' || !counted.has(aid.youngPerson)) table.add(commune, 'beneficiaries');
    counted.add(aid.youngPerson);
  });
  return {
    beneficiaries: unit === 'dossiers' ? granted : counted.size,
    amountCents,
    dossiersStudied,
    byCommune: table.table(),
  };
}

export function computeAids(registers: Registers, context: ComputeContext): Aids {
  let fees = 0;
  registers.aids.scan((aid) => {
    if (aid.type === 'Frais de gestion' && aid.decision === 'Accordée' && isInYear(aid.date, context.year)) fees += aid.amountCents;
  });
  const pacea = aidTable(registers, context, 'Allocation PACEA', 'jeunes');
  const cej = aidTable(registers, context, 'Allocation CEJ', 'jeunes');
  const fajem = aidTable(registers, context, 'FAJeM', 'jeunes');
  const mobility = aidTable(registers, context, 'Mobilité MDE', 'dossiers');
  const indirect = aidTable(registers, context, 'Fonds ML indirect', 'jeunes');
  const direct = aidTable(registers, context, 'Fonds ML direct', 'jeunes');
  return {
    pacea,
    cej,
    fajem,
    mobility,
    fundIndirect: { ...indirect, individualTrainings: manualFigure(registers, 'fonds_ml.formations_individuelles') },
    fundDirect: { ...direct, managementFeesCents: fees, totalCents: direct.amountCents + fees },
    totalCents: pacea.amountCents + cej.amountCents + fajem.amountCents + mobility.amountCents + indirect.amountCents + direct.amountCents + fees,
  };
}
