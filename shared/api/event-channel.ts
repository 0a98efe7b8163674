/** The WebSocket subprotocol browser mode speaks; the token travels as a second subprotocol (browsers cannot set
 * headers on a WebSocket). A module of its own, without zod, because the page needs these at start-up. */
export const EVENTS_PROTOCOL = 'engagebook-events';
export const EVENTS_PATH = '/api/events';
