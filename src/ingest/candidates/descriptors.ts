// Common nouns that say what kind of thing a name in apposition to them is: "the steelmaker POSCO",
// "SWIFT, the payments network", "the exercise, Freedom Edge", "a command known as ...". A word list.
import type { EntityKind } from '../../model.ts';

const words = (kind: EntityKind, list: string): [string, EntityKind][] =>
  list
    .trim()
    .split(/\s+/)
    .map((w) => [w, kind]);

export const DESCRIPTOR_NOUNS: ReadonlyMap<string, EntityKind> = new Map([
  ...words(
    'COMPANY',
    `company companies firm firms steelmaker carmaker automaker chipmaker shipbuilder shipbuilders manufacturer
    conglomerate lender insurer airline carrier contractor supplier producer refiner miner developer retailer
    operator giant maker`,
  ),
  ...words(
    'ORGANIZATION',
    `organisation organization agency body movement militia group network party command force unit mission regulator
    watchdog
    foundation institute charity`,
  ),
  ...words('REGION', 'region province territory homeland enclave exclave peninsula archipelago'),
  ...words('POLICY', 'treaty pact agreement accord plan programme program initiative scheme law bill strategy'),
  ...words('EVENT', 'exercise exercises drill drills operation summit'),
  ...words('GROUPING', 'bloc alliance grouping coalition club confederation'),
]);
