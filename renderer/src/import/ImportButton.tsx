/**
 * "Import a spreadsheet…" on the start screen: the person picks a file, it is uploaded with its progress shown, and the
 * host reads it once and says what it is (a client's sheet to preview, or a workbook to create as it is). A file that
 * cannot be read is named in the message with the reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/contract';
import type { ImportPlan } from '../../../shared/api/methods/transfer';
import { isLanguage } from '../../../shared/domain/languages';
import { useActions } from '../actions';
import { planPickedFile } from '../transfer/files';

type Stage = { kind: 'uploading'; file: string; sent: number; size: number } | { kind: 'reading'; file: string };

export function ImportButton({ api, onPlan }: { api: ApiClient; onPlan(plan: ImportPlan): void }) {
  const { t, i18n } = useTranslation();
  const [stage, setStage] = useState<Stage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setError(null);
    let name = '';
    try {
      const picked = await planPickedFile(
        { api },
        {
          ...(isLanguage(i18n.language) ? { language: i18n.language } : {}),
          onStage: ({ file, stage, done, total }) => {
            name = file;
            setStage(stage === 'sending' ? { kind: 'uploading', file, sent: done, size: total ?? 0 } : { kind: 'reading', file });
          },
        },
      );
      if (picked) onPlan(picked.plan);
    } catch (e) {
      // The host names the file itself in most messages ("client.xlsx: …"); said once is enough.
      const message = (e as Error).message.replace(`${name}: `, '');
      setError(t('ui.import.failed', { file: name, message }));
    } finally {
      setStage(null);
    }
  };
  // The desktop menu's File › Import and Ctrl+I run the same steps as the button.
  useActions([{ id: 'import', keys: 'Mod+I', run: () => void start() }]);

  return (
    <div className="import-start">
      <button type="button" onClick={() => void start()} disabled={stage !== null}>
        {t('ui.import.button')}
      </button>
      {stage?.kind === 'uploading' && (
        <progress aria-label={t('ui.import.uploading', { file: stage.file })} value={stage.sent} max={stage.size || 1} />
      )}
      {stage && (
        <p role="status">{t(stage.kind === 'uploading' ? 'ui.import.uploading' : 'ui.import.reading', { file: stage.file })}</p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
