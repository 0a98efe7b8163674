/**
 * Control characters in names and texts. NUL, the other C0 controls, DEL and the C1 controls have no meaning in a
 * title, a note or a name, and they break what reads the text later: SQLite tools and C libraries cut a string at NUL,
 * XML (and so xlsx) cannot carry most of them, and terminals act on escape sequences. The API and the command line
 * refuse them in what a person types; tab and line breaks stay allowed, as pasted titles and notes carry them.
 * Files read in (imports, opened workbooks) are not refused for them: see docs/security.md.
 */
import { EngagebookError } from './errors';

// C0 except tab (09), line feed (0A) and carriage return (0D); DEL (7F); C1 (80–9F).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** U+0000-style name of a character. */
export const codePointName = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with `text`, in words, or null when it holds no refused control character. */
export function controlCharacterProblem(text: string): string | null {
  const found = CONTROL_CHARACTER.exec(text);
  if (!found) return null;
  return `contains the control character ${codePointName(found[0])} at position ${found.index + 1}; only tab and line breaks are allowed`;
}

/** Throws `invalid-text`, naming the field (and the file, when there is one), when `text` holds a control character. */
export function assertPlainText(field: string, text: string | null | undefined, file?: string): void {
  const problem = text == null ? null : controlCharacterProblem(text);
  if (problem) throw new EngagebookError('invalid-text', `${field} ${problem}`, file);
}
