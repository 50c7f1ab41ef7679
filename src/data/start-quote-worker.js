// Starts the quote worker thread: registers tsx, as bin/kg.js does, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./quote-worker.ts');
