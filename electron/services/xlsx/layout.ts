/**
 * The layout contract of an Engagebook export: what the import of a returned workbook relies on to recognise our file
 * and match rows and columns by id after the client has sorted, inserted, deleted or renamed things.
 */

/** Name of the very hidden sheet that carries the metadata; fixed in every language. */
export const META_SHEET = '_engagebook';
/** Name of the very hidden sheet that feeds the role dropdowns. */
export const LISTS_SHEET = '_lists';
/** Value of A1 on the metadata sheet; B1 holds the layout version. */
export const META_MARKER = 'engagebook-export';
export const LAYOUT_VERSION = 1;

/** Keys of the metadata sheet (column A), values in column B. */
export const META_KEYS = {
  format: 'format',
  workbookId: 'workbook-id',
  revisionId: 'revision-id',
  revisionLabel: 'revision-label',
  revisionStatus: 'revision-status',
  fingerprint: 'fingerprint',
  language: 'language',
  exportedAt: 'exported-at',
  /** One row per matrix sheet: B = matrix id, C = sheet name at export time. */
  matrixSheet: 'matrix-sheet',
  scopeSheet: 'scope-sheet',
  signoffSheet: 'signoff-sheet',
  /** How the base is encoded (BASE_ENCODING). */
  baseEncoding: 'base-encoding',
  /** The exported content as canonical JSON, encoded, split over rows: B = chunk index, C = text. */
  baseChunk: 'base',
} as const;

/** Matrix sheets: fixed rows above the grid. */
export const MATRIX_ROWS = {
  title: 1,
  legend: 2,
  /** Hidden row with a column-role marker per column (see COLUMN_IDS). */
  ids: 3,
  groups: 4,
  header: 5,
  firstData: 6,
} as const;

/** Column A of matrix, scope and sign-off sheets is hidden and holds the row's id with a kind prefix. */
export const ID_COLUMN = 1;
export const ROW_ID = {
  matrix: 'matrix:',
  phase: 'phase:',
  activity: 'activity:',
  party: 'party:',
  service: 'service:',
  signatory: 'signatory:',
} as const;

/** Markers in the hidden ids row of a matrix sheet for the columns that are not parties. */
export const COLUMN_IDS = { activity: 'activity', description: 'description', check: 'check', notes: 'notes' } as const;

/** Roles in a cell are written as codes joined by the one separator the whole app uses, e.g. "R/A". */
export { ROLE_SEPARATOR } from '../../../shared/domain/vocabulary';

/** Empty rows below the grid that still get dropdowns and colours, for rows a client adds at the end. */
export const SPARE_ROWS = 200;

/** The base content is canonical JSON, gzip-compressed, then base64. */
export const BASE_ENCODING = 'json+gzip+base64';

/** Canonical JSON is split into chunks below Excel's 32,767-character cell limit. */
export const CHUNK_SIZE = 30_000;
