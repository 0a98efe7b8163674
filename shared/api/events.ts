/**
 * Events from the host to the UI: a document changed, through this API (another window or tab) or behind its back
 * (the CLI writing the same file). The UI reloads what it shows. Carried over IPC in the app and over a WebSocket in
 * browser mode; both validate against this schema.
 */
import { z } from 'zod';

export const HostEventSchema = z.object({
  type: z.literal('changed'),
  docId: z.string(),
  /** True when another program changed the file. */
  external: z.boolean(),
});
export type HostEvent = z.infer<typeof HostEventSchema>;

/** The WebSocket subprotocol browser mode speaks; the token travels as a second subprotocol (browsers cannot set
 * headers on a WebSocket). */
export const EVENTS_PROTOCOL = 'engagebook-events';
export const EVENTS_PATH = '/api/events';
