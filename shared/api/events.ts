/**
 * Events from the host to the UI: a long call's progress, a document's revisions, or a document changed, through this API (another window or tab) or behind its back
 * (the CLI writing the same file). The UI applies the changes an edit wrote, and reloads after another program's.
 * Carried over IPC in the app and over a WebSocket in browser mode; both validate against this schema.
 */
import { z } from 'zod';
import { RevisionSummarySchema } from '../domain/document';
import { RecordChangeSchema } from '../domain/records';
import { HistoryStateSchema } from './methods/common';

export const ChangedEventSchema = z.object({
  type: z.literal('changed'),
  docId: z.string(),
  /** The document's change number after this change (see EditResultSchema). */
  seq: z.number().int().min(0),
  /** True when another program changed the file: there are no `changes`, and the UI reloads. */
  external: z.boolean(),
  /** The records the change wrote, for an edit made through this host (by any window or tab). */
  changes: z.array(RecordChangeSchema).optional(),
  /** What undo and redo would do after that edit. */
  history: HistoryStateSchema.optional(),
});
export type ChangedEvent = z.infer<typeof ChangedEventSchema>;

/** How far a long call has got (reading a large file to import): `taskId` is the one the page gave the call. */
export const ProgressEventSchema = z.object({
  type: z.literal('progress'),
  taskId: z.string(),
  /** What is being done, as a message key the page words: "reading", "comparing", "checking". */
  stage: z.enum(['reading', 'comparing', 'checking']),
  done: z.number().min(0),
  /** Null when the total is not known in advance. */
  total: z.number().min(0).nullable(),
});
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

/**
 * A document's revisions changed through this host (one recorded, moved on, or an import's "returned" one): the list
 * as it is now. Revisions are not records, so no `changed` event carries them; without this, another window showed
 * the old list until it reloaded.
 */
export const RevisionsEventSchema = z.object({
  type: z.literal('revisions'),
  docId: z.string(),
  revisions: z.array(RevisionSummarySchema),
});
export type RevisionsEvent = z.infer<typeof RevisionsEventSchema>;

export const HostEventSchema = z.discriminatedUnion('type', [ChangedEventSchema, ProgressEventSchema, RevisionsEventSchema]);
export type HostEvent = z.infer<typeof HostEventSchema>;

export { EVENTS_PATH, EVENTS_PROTOCOL } from './event-channel';
