import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { Identity } from '../config/settings.js';
import type { CommuneSheet } from '../compute/commune-sheets.js';
import { formatEuros, formatInteger, formatPercentTenths, MISSING } from './format.js';
import { frenchTypography } from './typography.js';

/**
 * The commune fact sheets of `--format fiches`: one HTML document per commune
 * (templates/fiche.hbs), printed to PDF like the report. Every value goes through `{{ }}`,
 * which escapes HTML; helpers only format.
 */
export interface FicheView {
  year: number;
  territory: { name: string };
  identity: Identity;
  sheet: CommuneSheet;
}

/** The folder of the sheets inside the year's output folder. */
export const FICHES_FOLDER = 'fiches';

/**
 * A commune's file name without extension: lower case ASCII letters and digits joined by
 * hyphens ("Marcq-en-Barœul" -> "marcq-en-baroeul", "Saint-André-lez-Lille" ->
 * "saint-andre-lez-lille"). A name left empty becomes "commune"; a name already taken by an
 * earlier commune gets "-2", "-3"… so that no sheet overwrites another.
 */
export function communeSlugs(communes: readonly string[]): string[] {
  const taken = new Set<string>();
  return communes.map((commune) => {
    const base =
      commune
        .replace(/œ/g, 'oe')
        .replace(/Œ/g, 'OE')
        .replace(/æ/g, 'ae')
        .replace(/Æ/g, 'AE')
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'commune';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

// Not html.ts's constant: importing it would load the report's charts for the sheets.
const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

let template: HandlebarsTemplateDelegate<FicheView> | undefined;

function compile(): HandlebarsTemplateDelegate<FicheView> {
  const hbs = Handlebars.create();
  const helpers: Record<string, (...args: never[]) => unknown> = {
    count: (value: number | null) => (value === null ? MISSING : formatInteger(value)),
    euros: (cents: number | null) => (cents === null ? MISSING : formatEuros(cents)),
    share: (percent: number | null) => formatPercentTenths(percent),
    positive: (value: number | null) => value !== null && value > 0,
    concat: (...parts: unknown[]) => parts.slice(0, -1).join(''),
    /** Configured text in element content: HTML-escaped but for the apostrophe, which needs none there. */
    txt: (value: string) => new hbs.SafeString(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')),
  };
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper as Handlebars.HelperDelegate);
  for (const partial of ['fiche-row', 'fiche-aid']) hbs.registerPartial(partial, readFileSync(path.join(TEMPLATES_DIR, 'partials', `${partial}.hbs`), 'utf8'));
  hbs.registerPartial('fiche-styles', readFileSync(path.join(TEMPLATES_DIR, 'fiche.css'), 'utf8'));
  return hbs.compile(readFileSync(path.join(TEMPLATES_DIR, 'fiche.hbs'), 'utf8'));
}

export function renderFiche(view: FicheView): string {
  template ??= compile();
  return frenchTypography(template(view));
}
