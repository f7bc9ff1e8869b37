import type { CommuneMatcher } from './territory.js';
import { buildMdeSchemas } from './mde-schemas.js';
import { buildPlieSchemas } from './plie-schemas.js';
import { buildSchemas, type FileSchema } from './schemas.js';
import { buildTerritorySchemas } from './territory-schemas.js';

/**
 * Every file of the input contract, in documentation order: I-MILO and shared files, then
 * the PLIE's, the Maison de l'Emploi's and the territory reference files. `alpes-report schema` documents these, and the
 * configuration's header aliases (`entetes`) may name any of them.
 */
export function contractFiles(communes: CommuneMatcher): FileSchema[] {
  return [
    ...Object.values(buildSchemas(communes)),
    ...Object.values(buildPlieSchemas(communes)),
    ...Object.values(buildMdeSchemas(communes)),
    ...Object.values(buildTerritorySchemas(communes)),
  ];
}
