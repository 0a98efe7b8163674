/** What the import flows share: how they report progress while they read. */
import type { ProgressEvent } from '../../../shared/api/events';

/** Reports how far a long read has got; `total` null when unknown. Cheap to call often (the host throttles). */
export type Progress = (stage: ProgressEvent['stage'], done: number, total: number | null) => void;

export const noProgress: Progress = () => undefined;
