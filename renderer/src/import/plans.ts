/** What the import screens share about the host's plans. */
import type { ApiClient } from '../../../shared/api/contract';

/** The person cancelled: the host may forget the plan and the file it read (it would expire on its own anyway). */
export function discardPlan(api: ApiClient, planId: string): void {
  void api('import.discard', { planId }).catch(() => undefined);
}
