import { describe, expect, it } from 'vitest';
import {
  computeAlternance,
  computeCivicService,
  computeDepartures,
  computeEmployment,
  computeImmersions,
  computeTraining,
} from '../../src/compute/pathways.js';
import { context2024, d, youngPerson, registers, situation } from '../helpers/records.js';

describe('employment', () => {
  const data = registers({
    youngPeople: [
      youngPerson({ sex: 'H', birthDate: d('01/07/2002'), qualification: 'Aucun diplôme', commune: 'Pérenchies' }),
      youngPerson({ sex: 'F', birthDate: d('01/01/2005'), qualification: 'BAC' }),
    ],
    situations: [
      situation(0, { subType: 'Intérim', start: d('10/01/2024'), domain: 'Transport et Logistique' }),
      situation(0, { subType: 'Saisonnier', start: d('10/07/2024'), domain: 'Transport et Logistique' }),
      situation(0, { subType: 'PEC', start: d('01/09/2024') }),
      situation(1, { subType: 'CIE CDD', start: d('01/02/2024') }),
      situation(1, { subType: 'CDI CIE', start: d('01/03/2024'), domain: 'transport et logistique' }),
      situation(1, { type: 'Alternance', subType: 'Apprentissage', start: d('01/09/2024') }),
      // Signed the previous year, still running: not a 2024 contract.
      situation(1, { subType: 'CDD', start: d('15/12/2023'), end: d('15/01/2024') }),
    ],
  });
  const result = computeEmployment(data, context2024);

  it('counts Emploi and Alternance situations started in the year, grouped as the seed', () => {
    expect(result.situations).toBe(6);
    expect(result.jeunes).toBe(2);
    expect(result.byType).toEqual({
      CDD: 0,
      'Intérim / Saisonnier': 2,
      Alternance: 1,
      CDI: 1,
      'Contrat Unique d’Insertion': 2,
      'Création d’entreprise': 0,
    });
    expect(result.pec.total).toBe(1);
    expect(result.pec.byCommune.rows.find((row) => row.commune === 'Pérenchies')?.count).toBe(1);
  });

  it('describes the jeunes by their age at their first situation of the year', () => {
    // Born 01/07/2002: 21 on 10/01/2024 (first contract), 22 by the later ones.
    expect(result.age['18 - 21 ans'].count).toBe(2);
    expect(result.men.percent).toBe(50);
    expect(result.belowBac.percent).toBe(50);
  });

  it('ranks sectors over the situations, whatever their case', () => {
    expect(result.topSectors[0]).toEqual({ label: 'Transport et Logistique', share: { count: 3, total: 6, percent: 50 } });
  });
});

describe('training, immersions, alternance, service civique, departures', () => {
  const data = registers({
    youngPeople: [youngPerson({ sex: 'H', qualification: 'Aucun diplôme' }), youngPerson({ sex: 'F', qualification: 'BAC' }), youngPerson()],
    situations: [
      situation(0, { type: 'Formation', subType: 'Autre formation', start: d('01/02/2024'), qualifying: 'Pré-qualifiante', domain: 'Hôtellerie et Restauration' }),
      situation(0, { type: 'Formation', subType: 'Conseil Régional', start: d('01/06/2024'), qualifying: 'Non' }),
      situation(1, { type: 'Formation', subType: 'Formation initiale', start: d('01/09/2024'), qualifying: 'Non' }),
      situation(0, { type: 'Immersion', subType: undefined, start: d('03/03/2024') }),
      situation(0, { type: 'Immersion', subType: undefined, start: d('04/04/2024') }),
      situation(1, { type: 'Alternance', subType: 'Professionnalisation', start: d('01/10/2024'), preparedLevel: 'BAC' }),
      // An alternance spanning 31/12/2023: followed in 2024, not signed in 2024.
      situation(2, { type: 'Alternance', subType: 'Apprentissage', start: d('01/09/2023'), end: d('31/08/2025') }),
      // Service civique started in 2023, running in 2024.
      situation(2, { type: 'Service civique', subType: undefined, start: d('01/11/2023'), end: d('31/05/2024') }),
      situation(1, { type: 'Service civique', subType: undefined, start: d('01/12/2024') }),
      situation(1, { type: 'Mobilité internationale', subType: 'Permis Vacances Travail', start: d('01/05/2024'), country: 'Canada' }),
    ],
  });

  it('training: situations vs jeunes, qualifying share of jeunes, top sector share of situations', () => {
    const training = computeTraining(data, context2024);
    expect(training.situations).toBe(3);
    expect(training.jeunes).toBe(2);
    expect(training.byType).toEqual({ 'Autre formation': 1, 'Conseil Régional': 1, 'Formation initiale': 1 });
    expect(training.qualifyingJeunes).toEqual({ count: 1, total: 2, percent: 50 });
    expect(training.topSector?.share.percent).toBe(33);
    expect(training.qualification).toEqual({ 'BAC et plus': 1, 'BEP/CAP': 0, 'Aucun diplôme': 1 });
  });

  it('immersions: periods by commune, shares over distinct holders', () => {
    const immersions = computeImmersions(data, context2024);
    expect(immersions.total).toBe(2);
    expect(immersions.holders).toBe(1);
    expect(immersions.withoutDiploma.percent).toBe(100);
    expect(immersions.women.percent).toBe(0);
  });

  it('alternance: contracts signed in the year, jeunes followed over the year', () => {
    const alternance = computeAlternance(data, context2024);
    expect(alternance.contracts).toBe(1);
    expect(alternance.professionalisation).toBe(1);
    expect(alternance.followedJeunes).toBe(2);
    expect(alternance.preparedLevel.BAC.percent).toBe(100);
  });

  it('service civique: running over the year vs started in it', () => {
    const civic = computeCivicService(data, context2024);
    expect(civic.running).toBe(2);
    expect(civic.started).toBe(1);
  });

  it('departures abroad by programme and country', () => {
    expect(computeDepartures(data, context2024)).toEqual({
      total: 1,
      byProgramme: [{ programme: 'Permis Vacances Travail', count: 1, countries: ['Canada'] }],
    });
  });
});
