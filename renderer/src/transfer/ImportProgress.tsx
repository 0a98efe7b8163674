/** While a file is sent and read: what is happening, and how far it has got when that is known. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportStage } from './files';

export function ImportProgress({ progress }: { progress: ImportStage }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const label = t(`ui.import.stage.${progress.stage}`, { file: progress.file });
  const percent = progress.total ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <dialog ref={dialog} className="dialog progress-dialog" aria-label={t('ui.import.toolbar')}>
      <p>{label}</p>
      {/* Without a total the bar is indeterminate: no value, so assistive technology says "busy". */}
      <progress aria-label={label} max={100} {...(percent === null ? {} : { value: percent })} />
      {percent !== null && <span className="progress-percent">{percent}%</span>}
    </dialog>
  );
}
