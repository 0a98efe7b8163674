/** The findings panel: every rule finding of the document, each a button that jumps to its row and cell. */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/api/contract';

export function Findings({ findings, onJump }: { findings: readonly Finding[]; onJump(finding: Finding): void }) {
  const { t } = useTranslation();
  return (
    <aside className="findings" aria-label={t('ui.findings')}>
      <h2>{t('ui.findings')}</h2>
      {findings.length === 0 ? (
        <p>{t('ui.noFindings')}</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i} className={f.severity}>
              <button type="button" className="finding" onClick={() => onJump(f)}>
                {f.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
