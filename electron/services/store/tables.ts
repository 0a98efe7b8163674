/**
 * The document tables as the history writer sees them: name, primary key and columns. Undo and redo only ever touch
 * these tables and columns, whatever a (possibly tampered) history row says, and only through bound parameters.
 */
export interface TableSpec {
  readonly name: string;
  readonly key: readonly string[];
  readonly columns: readonly string[];
}

const spec = (name: string, key: readonly string[], columns: readonly string[]): TableSpec => ({ name, key, columns });

export const TABLES = {
  workbook: spec(
    'workbook',
    ['singleton'],
    ['singleton', 'id', 'title', 'client', 'prepared_by', 'language', 'date_proposal', 'date_start', 'date_end', 'scope'],
  ),
  parties: spec('parties', ['id'], ['id', 'position', 'name', 'grp', 'kind']),
  vocabularies: spec('vocabularies', ['id'], ['id', 'position', 'name', 'combinable']),
  roles: spec('roles', ['vocabulary_id', 'code'], ['vocabulary_id', 'code', 'position', 'label', 'labels', 'color', 'kind']),
  matrices: spec('matrices', ['id'], ['id', 'position', 'title', 'vocabulary_id']),
  matrix_parties: spec('matrix_parties', ['matrix_id', 'party_id'], ['matrix_id', 'party_id', 'position']),
  phases: spec('phases', ['id'], ['id', 'matrix_id', 'position', 'title']),
  activities: spec('activities', ['id'], ['id', 'phase_id', 'position', 'title', 'description']),
  cells: spec('cells', ['activity_id', 'party_id'], ['activity_id', 'party_id', 'roles', 'note']),
  signatories: spec('signatories', ['id'], ['id', 'position', 'party_id', 'name', 'title', 'date']),
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, string | number | null>;

export function tableSpec(name: string): TableSpec {
  if (!Object.hasOwn(TABLES, name)) throw new Error(`history refers to unknown table "${name}"`);
  return TABLES[name as TableName];
}
