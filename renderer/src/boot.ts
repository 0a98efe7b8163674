/**
 * The page's first requests, sent as soon as the script runs rather than after React has rendered: which workbook to
 * show (the one in the address, else the first the host has open), and that workbook's snapshot. For a large workbook
 * the host takes a few hundred milliseconds to read it; asking before React starts lets that overlap the page's own
 * start-up instead of following it.
 */
import type { ResultOf } from '../../shared/api/contract';
import type { Connection } from './api';

type Snapshot = ResultOf<'document.snapshot'>;

export interface Boot {
  /** The workbook to show first, or null for the start screen. */
  readonly first: Promise<string | null>;
  /** The snapshot already asked for `docId`, once; null when none was (the store then asks itself). */
  takeSnapshot(docId: string): Promise<Snapshot> | null;
}

export function boot(connection: Connection): Boot {
  let early: { docId: string; snapshot: Promise<Snapshot> } | null = null;
  const first = connection.api('session.info', {}).then((info) => {
    const fromAddress = new URLSearchParams(window.location.hash.slice(1)).get('doc');
    const docId = info.documents.find((d) => d.docId === fromAddress)?.docId ?? info.documents[0]?.docId ?? null;
    if (docId) {
      const snapshot = connection.api('document.snapshot', { docId });
      snapshot.catch(() => undefined); // the store reports failures when it takes it
      early = { docId, snapshot };
    }
    return docId;
  });
  return {
    first,
    takeSnapshot(docId) {
      if (early?.docId !== docId) return null;
      const { snapshot } = early;
      early = null;
      return snapshot;
    },
  };
}
