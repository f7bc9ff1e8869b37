import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { communeKey } from '../contract/territory.js';

/**
 * The official list of French communes (INSEE code officiel géographique, as shipped by
 * @etalab/decoupage-administratif: current, delegated and associated communes and municipal
 * arrondissements, e.g. Lomme), to tell a misspelling from a real commune outside the
 * territory. 8 MB of JSON: read on the first unknown commune only, never on a clean file.
 */
let officialNames: Map<string, string> | undefined;

function load(): Map<string, string> {
  // The package's index.js reads its data relative to the working directory: the file is read directly.
  const file = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
  const communes = JSON.parse(readFileSync(file, 'utf8')) as { nom: string }[];
  const names = new Map<string, string>();
  for (const { nom } of communes) if (!names.has(communeKey(nom))) names.set(communeKey(nom), nom);
  return names;
}

/** The official name of the French commune `raw` spells, if it is one (matched like territory communes). */
export function frenchCommune(raw: string): string | undefined {
  officialNames ??= load();
  return officialNames.get(communeKey(raw));
}
