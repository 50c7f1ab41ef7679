// Every default and limit in one place, each overridable by an environment variable.
import { fileURLToPath } from 'node:url';

/** The project's own graph-data/, used when no directory is given. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../graph-data', import.meta.url));

/** The data directory: `KG_DATA_DIR`, or the project's own graph-data/. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.KG_DATA_DIR || DEFAULT_DATA_DIR;
}
