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
  /** Cells (<c> elements, empty styled ones included) in all sheets together: about 200 MB of heap when parsed. */
  cellsPerWorkbook: 1_500_000,
  /** Excel's own limit for the text of one cell. */
  cellChars: 32_767,
  /** Heap of the worker that parses the workbook. */
  workerHeapMb: 320,
  /**
   * Wall time of the parse, counted from when the worker has loaded its code; past it the worker is stopped. The size
   * and cell limits above bound the work; the deadline only stops what is pathological for its size, so it grows with
   * the unpacked XML: parseMs, plus parseMsPerMb for every MB (see parseDeadlineMs).
   */
  parseMs: 4_000,
  /** About ten times what a parse of one MB of sheet XML takes on a slow, busy machine (test/hostile, bench). */
  parseMsPerMb: 1_000,
  /** Wall time for the worker to load its code (exceljs, and tsx from source) before it can start the parse. */
  startMs: 30_000,
} as const;

/** The parse deadline for a workbook whose parts unpack to `xmlBytes`: the base, plus a margin for every MB of work. */
export function parseDeadlineMs(
  xmlBytes: number,
  limits: Pick<typeof IMPORT_LIMITS, 'parseMs' | 'parseMsPerMb'> = IMPORT_LIMITS,
): number {
  return Math.round(limits.parseMs + (limits.parseMsPerMb * xmlBytes) / (1024 * 1024));
}
