// Regenerates docs/engagebook-1.schema.json from the zod schema (npm run schema). A test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { documentJsonSchema } from '../shared/domain/json-schema';

export const SCHEMA_FILE = new URL('../docs/engagebook-1.schema.json', import.meta.url);

writeFileSync(SCHEMA_FILE, `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_FILE.pathname}`);
