/** Progress events for a long call, at most a few a second: the page redraws a bar, not every row read. */
import type { HostEvent } from '../../../shared/api/events';
import type { Progress } from '../flows/types';

const EVERY_MS = 100;

export function throttledProgress(taskId: string, emit: (event: HostEvent) => void, clock: () => number = Date.now): Progress {
  let last = -Infinity;
  let lastStage = '';
  return (stage, done, total) => {
    const now = clock();
    // A new stage and the end of one are always told; steps in between only every EVERY_MS.
    if (stage === lastStage && done !== total && now - last < EVERY_MS) return;
    last = now;
    lastStage = stage;
    emit({ type: 'progress', taskId, stage, done, total });
  };
}
