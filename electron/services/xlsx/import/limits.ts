/**
 * What an imported spreadsheet may cost. Every limit is checked before the expensive step it protects, so a hostile
 * file ends quickly with a message that names the file and the limit.
 */
export const IMPORT_LIMITS = {
  /** The file as stored (compressed). */
  fileBytes: 100 * 1024 * 1024,
  /** Entries in the zip archive; real workbooks have dozens. */
  entries: 2_000,
  /** One entry, uncompressed. */
  entryBytes: 64 * 1024 * 1024,
  /** All entries we read, uncompressed. */
  totalBytes: 200 * 1024 * 1024,
  /** Rows in one sheet. */
  rowsPerSheet: 100_000,
  /** Excel's own limit for the text of one cell. */
  cellChars: 32_767,
  /** Heap of the worker that parses the workbook. */
  workerHeapMb: 320,
  /** Wall time of the parse, counted from when the worker has loaded its code; past it the worker is stopped. */
  parseMs: 4_000,
  /** Wall time for the worker to load its code (exceljs, and tsx from source) before it can start the parse. */
  startMs: 30_000,
} as const;
