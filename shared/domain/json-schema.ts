import { z } from 'zod';
import { EngagementDocumentSchema } from './document';

/** JSON Schema of the canonical document, generated from the zod schema so the two cannot drift apart. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(EngagementDocumentSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: 'https://engagebook.invalid/schema/engagebook-1.schema.json',
    title: 'Engagebook workbook (engagebook/1)',
    description: 'The canonical JSON form of an Engagebook engagement workbook. See docs/canonical-json.md.',
  };
}
