/**
 * The rule check that travels into Excel: a formula per activity row that flags, live as the client edits, an activity
 * without exactly one accountable-kind role or without a responsible-kind one. It reads codes inside "R/A"-style cells
 * by searching "/A/" in "/" & cell & "/", so it works in Excel and LibreOffice without array entry.
 */
import type { Vocabulary } from '../../../../shared/domain/vocabulary';
import { formulaString } from './text';

export interface CheckTexts {
  readonly ok: string;
  readonly noAccountable: string;
  readonly multipleAccountable: string;
  readonly noResponsible: string;
}

/** Counts the role codes of `kind` in the range: one per code found in a cell. */
function countCodes(vocabulary: Vocabulary, kind: 'accountable' | 'responsible', range: string): string | null {
  const codes = vocabulary.roles.filter((r) => r.kind === kind).map((r) => r.code.toUpperCase());
  if (codes.length === 0) return null;
  const terms = codes.map(
    (code) => `SUMPRODUCT(--ISNUMBER(FIND(${formulaString(`/${code}/`)},"/"&UPPER(SUBSTITUTE(${range}," ",""))&"/")))`,
  );
  return terms.join('+');
}

export function checkFormula(vocabulary: Vocabulary, range: string, texts: CheckTexts): string {
  const accountable = countCodes(vocabulary, 'accountable', range);
  const responsible = countCodes(vocabulary, 'responsible', range);
  let verdict = formulaString(texts.ok);
  if (responsible) verdict = `IF((${responsible})=0,${formulaString(texts.noResponsible)},${verdict})`;
  if (accountable) {
    verdict = `IF((${accountable})=0,${formulaString(texts.noAccountable)},IF((${accountable})>1,${formulaString(texts.multipleAccountable)},${verdict}))`;
  }
  // LEN, not COUNTA: a cell that only carries a note holds "" and must count as empty.
  return `IF(SUMPRODUCT(LEN(${range}))=0,"",${verdict})`;
}
