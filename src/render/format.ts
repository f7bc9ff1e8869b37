/**
 * French number formatting, written out rather than left to Intl so that the bytes do not
 * depend on the ICU data of the Node version: thousands grouped with a narrow no-break
 * space (U+202F), decimal comma, a narrow no-break space before `%` and a no-break space
 * before `€`.
 */
export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
}

/** Printed for a figure the data do not hold: never a 0. */
export const MISSING = 'n.d.';

/** 1959 -> "1 959"; -3 -> "-3". */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + groupThousands(String(Math.abs(Math.trunc(value))));
}

/** Whole cents -> "52 069 €" or "7 517,71 €" (decimals only when there are cents). */
export function formatEuros(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const decimals = rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`;
  return `${formatInteger(whole)}${decimals}${NBSP}€`;
}

/** 60 -> "60 %"; null -> "–" (no denominator: never print 0 %). */
export function formatPercent(percent: number | null): string {
  if (percent === null) return '–';
  const text = Number.isInteger(percent) ? formatInteger(percent) : String(percent).replace('.', ',');
  return `${text}${NARROW_NBSP}%`;
}

/** Tenths as text, always with the decimal: 212 -> "21,2"; 250 -> "25,0"; -136 -> "-13,6". */
function tenthsText(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const magnitude = Math.abs(tenths);
  return `${sign}${formatInteger(Math.trunc(magnitude / 10))},${magnitude % 10}`;
}

/** A percentage at one decimal, the decimal always printed: 21.2 -> "21,2 %", 25 -> "25,0 %"; null -> "–". */
export function formatPercentTenths(percent: number | null): string {
  if (percent === null) return '–';
  return `${tenthsText(Math.round(percent * 10))}${NARROW_NBSP}%`;
}

/** A signed evolution at one decimal: 0.5 -> "+0,5 %", -13.6 -> "-13,6 %", 9 -> "+9,0 %", 0 -> "0,0 %". */
export function formatSignedPercentTenths(percent: number): string {
  const tenths = Math.round(percent * 10);
  return `${tenths > 0 ? '+' : ''}${tenthsText(tenths)}${NARROW_NBSP}%`;
}

/** Hundredths -> "3,63". */
export function formatHundredths(hundredths: number): string {
  return `${formatInteger(Math.trunc(hundredths / 100))},${String(Math.abs(hundredths % 100)).padStart(2, '0')}`;
}

/** Hundredths of a percent with their sign: 761 -> "+7,61 %", -320 -> "-3,20 %", 0 -> "0,00 %". */
export function formatSignedHundredthsPercent(hundredths: number): string {
  const sign = hundredths > 0 ? '+' : hundredths < 0 ? '-' : '';
  return `${sign}${formatHundredths(Math.abs(hundredths))}${NARROW_NBSP}%`;
}

/**
 * A large amount in millions of euros at one decimal, rounded half-up on the exact cents, as
 * seed 000 rounds its aid total ("2,2 millions d'euros" for 2 238 779 €); below one million
 * the amount is printed whole ("850 000 €"), as "0,9 million" reads as a rounding artefact.
 */
export function formatMillionsOfEuros(cents: number): string {
  const tenthsOfMillion = Math.floor((2 * cents + 10_000_000) / 20_000_000);
  if (tenthsOfMillion < 10) return formatEuros(cents);
  return `${tenthsText(tenthsOfMillion)} ${tenthsOfMillion < 20 ? 'million' : 'millions'} d'euros`;
}
