/** The app: the start screen until a workbook is open, then the workbook. The open workbook is kept in the address
 * (#doc=…) so a reload returns to it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from './api';
import type { Boot } from './boot';
import { StartScreen } from './StartScreen';
import { Workbook } from './Workbook';

export function App({ connection, boot }: { connection: Connection; boot: Boot }) {
  const { t } = useTranslation();
  const [docId, setDocId] = useState<string | null | undefined>(undefined);

  useEffect(() => void boot.first.then(setDocId), [boot]);

  useEffect(() => {
    if (docId === undefined) return;
    history.replaceState(null, '', docId ? `#doc=${encodeURIComponent(docId)}` : window.location.pathname);
  }, [docId]);

  if (docId === undefined) return <p className="status">{t('ui.loading')}</p>;
  if (docId === null) return <StartScreen api={connection.api} onOpen={setDocId} />;
  return (
    <Workbook key={docId} connection={connection} boot={boot} docId={docId} onHome={() => setDocId(null)} onOpen={setDocId} />
  );
}
