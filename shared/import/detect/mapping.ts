/**
 * A mapping overrides the detector's guesses: which sheet, which orientation, where the header, labels, phases and
 * parties are, and what each code means. The app's import wizard writes one; `import --mapping map.json` reads it.
 * Rows and columns are 1-based; with orientation "columns" they refer to the sheet turned so activities run down.
 * Orientation "long" reads a long-format table (one row per activity and party), whose columns are found by their
 * headings ("Task | Team | RACI", or "Activity | Responsibility" naming the party); the other positions do not apply to
 * it. "inverted" reads roles across the header with party names in the cells; "single-role" one column of codes for
 * one party named by its heading (see shapes.ts).
 */
import { z } from 'zod';
import { ROLE_KINDS } from '../../domain/vocabulary';

const Position = z.number().int().positive().max(1_048_576);

export const MappingSchema = z
  .object({
    sheet: z.string().min(1).optional(),
    orientation: z.enum(['rows', 'columns', 'long', 'inverted', 'single-role']).optional(),
    headerRow: Position.optional(),
    labelColumn: Position.optional(),
    phaseColumn: Position.nullable().optional(),
    partyColumns: z.array(Position).min(1).max(500).optional(),
    roles: z
      .record(z.string().min(1).max(20), z.object({ label: z.string().min(1).max(200), kind: z.enum(ROLE_KINDS) }))
      .optional(),
  })
  .strict();
export type Mapping = z.infer<typeof MappingSchema>;

/** The part of a mapping that places the table in a sheet. */
export type TableOverrides = Pick<Mapping, 'headerRow' | 'labelColumn' | 'phaseColumn' | 'partyColumns'>;

/** Orientations that find their columns by their headings and contents: header row and column positions do not apply. */
export const SHAPED_ORIENTATIONS = ['long', 'inverted', 'single-role'] as const;

export function isShaped(orientation: Mapping['orientation']): boolean {
  return (SHAPED_ORIENTATIONS as readonly string[]).includes(orientation ?? '');
}
