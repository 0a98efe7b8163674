/** What the app remembers between runs in its user-data folder: the window's size and place (state.json). The recent
 * workbooks list is the workspace service's (recent.json), shared with the start screen. */
import { app } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const StateSchema = z.object({
  bounds: z
    .object({ x: z.number(), y: z.number(), width: z.number().min(400), height: z.number().min(300) })
    .nullable()
    .default(null),
});
export type AppState = z.infer<typeof StateSchema>;

const file = () => join(app.getPath('userData'), 'state.json');

/** A damaged state file is ignored, not deleted: the user's data is their workbooks, never this file. */
export function loadState(): AppState {
  try {
    return StateSchema.parse(JSON.parse(readFileSync(file(), 'utf8')));
  } catch {
    return StateSchema.parse({});
  }
}

export function saveState(state: AppState): void {
  writeFileSync(file(), JSON.stringify(state, null, 2));
}
