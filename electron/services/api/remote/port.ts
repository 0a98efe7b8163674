/**
 * The one thing the protocol needs from a process boundary: send a message, hear messages. Electron's utility process
 * (`process.parentPort` inside, `UtilityProcess` in main) and Node's IPC channel (`child_process.fork`, used by the
 * tests and by plain Node) both reduce to it. Messages are structured-cloned in Electron; forks that stand in for it
 * should use `serialization: 'advanced'` so that both behave alike.
 */
export interface MessagePortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/**
 * The part of Electron's `process.parentPort` used here, declared instead of imported: services never import
 * electron. Its messages arrive wrapped in a MessageEvent, as `{ data }`.
 */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

/**
 * The channel to whoever started this process: Electron's parentPort in a utility process, else Node's IPC channel.
 * Null when there is neither (the file was run by hand).
 */
export function portToParent(): MessagePortLike | null {
  const parentPort = (process as NodeJS.Process & { parentPort?: ElectronParentPort }).parentPort;
  if (parentPort)
    return {
      postMessage: (message) => parentPort.postMessage(message),
      on: (_event, listener) => parentPort.on('message', ({ data }) => listener(data)),
    };
  const send = process.send?.bind(process);
  if (send)
    return {
      postMessage: (message) => void send(message),
      on: (_event, listener) => process.on('message', listener),
    };
  return null;
}
