/**
 * The other shapes the same information comes in, tried before the matrix reading: long format (one row per activity
 * and party), inverted tables (roles across, party names in the cells), single-role lists (one column of codes for
 * one implied party) and long format with the party as a value ("Responsibility: Customer"). Each refuses what it is
 * not, so a normal matrix falls through to the matrix reading.
 */
import type { SheetGrid } from '../grid';
import type { CodeContext } from './codes';
import { detectInverted } from './inverted';
import { detectLongFormat } from './long-format';
import type { Mapping } from './mapping';
import { detectPartyValue } from './party-value';
import { codeReader, sheetOf, type ShapedTable } from './shape-columns';
import { detectSingleRole } from './single-role';
import type { DetectedTable } from './table';

/**
 * The reading in one of these shapes: a table, null when the orientation asks for a shape the sheet does not have, or
 * undefined when the matrix reading should decide (an orientation of rows or columns, or no other shape found).
 */
export function detectOtherShapes(
  grid: SheetGrid,
  context: CodeContext,
  orientation?: Mapping['orientation'],
): DetectedTable | ShapedTable | null | undefined {
  if (orientation === 'rows' || orientation === 'columns') return undefined;
  const sheet = sheetOf(grid);
  const read = codeReader(context);
  switch (orientation) {
    case 'long':
      return detectLongFormat(sheet, context) ?? detectPartyValue(sheet, context, read);
    case 'inverted':
      return detectInverted(sheet, context, read);
    case 'single-role':
      return detectSingleRole(sheet, context, read);
    default:
      // Explicit long-format headings first (they win over a matrix reading too), then the shapes by how specific
      // their sign is: role headings, one code column, a responsibility column of names.
      return (
        detectLongFormat(sheet, context) ??
        detectInverted(sheet, context, read) ??
        detectSingleRole(sheet, context, read) ??
        detectPartyValue(sheet, context, read) ??
        undefined
      );
  }
}
