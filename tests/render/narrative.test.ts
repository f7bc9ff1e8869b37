import { describe, expect, it } from 'vitest';
import { evolution as evolutionOf } from '../../src/compute/comparisons.js';
import { evolutionHundredths, evolutionNoun, evolutionPhrase, frenchList, previousShare, trendNoun } from '../../src/render/narrative.js';

const evolution = (previous: number, current: number) => evolutionOf(2023, previous, current);
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('year-on-year phrases', () => {
  it('says a rise, with the seed’s wording', () => {
    expect(plain(evolutionPhrase(evolution(679, 745)))).toBe('a progressé de 10 %');
    expect(plain(evolutionPhrase(evolution(468, 638), 'a augmenté', 'a diminué'))).toBe('a augmenté de 36 %');
    expect(plain(evolutionNoun(evolution(1_915, 1_959)))).toBe('Une augmentation de 2 %');
  });

  it('says a fall without a minus sign', () => {
    expect(plain(evolutionPhrase(evolution(3_087, 2_273)))).toBe('a diminué de 26 %');
    expect(plain(evolutionNoun(evolution(100, 97)))).toBe('Une diminution de 3 %');
  });

  it('says "stable" when nothing changed or the change rounds to 0 %', () => {
    expect(evolutionPhrase(evolution(500, 500))).toBe('est stable');
    expect(evolutionPhrase(evolution(1_000, 1_004))).toBe('est stable'); // +0,4 %
    expect(evolutionNoun(evolution(1_000, 996))).toBe('Une stabilité'); // −0,4 %
  });

  it('rounds half away from zero on the exact ratio: 9,5 % prints 10 %, 9,49 % prints 9 %', () => {
    expect(plain(evolutionPhrase(evolution(200, 219)))).toBe('a progressé de 10 %'); // +9,5 %
    expect(plain(evolutionPhrase(evolution(200, 181)))).toBe('a diminué de 10 %'); // −9,5 %
    expect(plain(evolutionPhrase(evolution(10_000, 10_949)))).toBe('a progressé de 9 %'); // +9,49 %
    expect(plain(evolutionPhrase(evolution(200, 201)))).toBe('a progressé de 1 %'); // +0,5 % rounds up, so it is not "stable"
  });

  it('compares nothing from a previous value of 0', () => {
    expect(evolutionPhrase(evolution(0, 12))).toBe('n’est pas comparable');
  });

  it('writes the change with two decimals, as seed 000 prints new arrivals', () => {
    expect(plain(evolutionHundredths(evolution(631, 679)))).toBe('+7,61 %'); // seed 000: "679 nouvelles inscriptions + 7,61%"
    expect(plain(evolutionHundredths(evolution(679, 745)))).toBe('+9,72 %');
    expect(plain(evolutionHundredths(evolution(3_087, 2_273)))).toBe('-26,37 %');
    expect(plain(evolutionHundredths(evolution(1_000, 999)))).toBe('-0,10 %');
    expect(plain(evolutionHundredths(evolution(200, 200)))).toBe('0,00 %');
    expect(evolutionHundredths(evolution(0, 12))).toBe('');
  });

  it('says "Une hausse", "Une baisse", "Une stabilité" from the printed figures', () => {
    expect(trendNoun(134, 93)).toBe('Une hausse'); // seed 000: "Une hausse des nouvelles entrées (93 en 2022)"
    expect(trendNoun(60, 55)).toBe('Une hausse'); // seed 000: "Une hausse du public féminin (55% en 2022 …)"
    expect(trendNoun(50, 55)).toBe('Une baisse');
    expect(trendNoun(55, 55)).toBe('Une stabilité');
    expect(trendNoun(null, 55)).toBe('');
    expect(trendNoun(60, null)).toBe('');
  });

  it('writes "57 % en 2023" and French lists', () => {
    expect(plain(previousShare({ previousYear: 2023, percent: 57 }))).toBe('57 % en 2023');
    expect(frenchList(['Espagne', 'Irlande', 'Malte'])).toBe('Espagne, Irlande et Malte');
    expect(frenchList(['Inde'])).toBe('Inde');
  });
});

describe('dates in sentences', () => {
  it('writes the day and month in French, with "1er"', async () => {
    const { dayAndMonth } = await import('../../src/render/html.js');
    expect(dayAndMonth('18/10/2024')).toBe('18 octobre');
    expect(dayAndMonth('01/05/2024')).toBe('1er mai');
    expect(dayAndMonth('20/10/2023')).toBe('20 octobre');
  });
});
