/**
 * The findings panel: every rule finding of the document, each a button that jumps to its row and cell. A large,
 * broken workbook can have thousands; the panel lists the first few hundred, says how many more there are, and shows
 * more on request, so re-rendering it never costs a keypress its frame.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/api/contract';

const PAGE = 300;

export const Findings = memo(function Findings({
  findings,
  onJump,
}: {
  findings: readonly Finding[] | null;
  onJump(finding: Finding): void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const hidden = findings ? findings.length - Math.min(shown, findings.length) : 0;
  return (
    <aside className="findings" aria-label={t('ui.findings')}>
      <h2>{t('ui.findings')}</h2>
      {findings === null ? (
        <p>{t('ui.checking')}</p>
      ) : findings.length === 0 ? (
        <p>{t('ui.noFindings')}</p>
      ) : (
        <ul>
          {keyed(findings.slice(0, shown)).map(([key, f]) => (
            <FindingItem key={key} finding={f} onJump={onJump} />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <p className="more-findings">
          {t('ui.moreFindings', { count: hidden })}{' '}
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            {t('ui.showMore')}
          </button>
        </p>
      )}
    </aside>
  );
});

/** One finding; memoised, since an edit usually changes one finding of many. */
const FindingItem = memo(function FindingItem({ finding, onJump }: { finding: Finding; onJump(finding: Finding): void }) {
  return (
    <li className={finding.severity}>
      <button type="button" className="finding" onClick={() => onJump(finding)}>
        {finding.message}
      </button>
    </li>
  );
});

/** Keys that follow a finding when others come and go above it, so only the findings that changed render again. */
function keyed(findings: readonly Finding[]): Array<[string, Finding]> {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}|${JSON.stringify(f.location)}|${f.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [`${base}|${n}`, f];
  });
}
