// Entry of the parse worker: workers start without the TypeScript loader the CLI uses, so register it here.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
