import type { ResultOf } from '../../../../shared/api/contract';
import { packRecords } from '../../../../shared/api/snapshot';
import { historyState, readGroupedCells, readRecordsButCells, readRevisionSummaries, type Workbook } from '../../store';

/** The snapshot of an open workbook, from one read transaction: records, revisions and history of the same moment. */
export function readSnapshot({ db, file }: Workbook, seq: number): ResultOf<'document.snapshot'> {
  return db.transaction(() => {
    const cells = readGroupedCells(db, file);
    return {
      seq,
      records: packRecords(readRecordsButCells(db, file), (activityId) => cells.get(activityId) ?? []),
      revisions: readRevisionSummaries(db),
      history: historyState(db),
    };
  })();
}
