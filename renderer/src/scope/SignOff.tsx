/**
 * The sign-off: who signs for each party, with title and date. Signatories are added per party, edited in place and
 * removed; each change is one undo step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content, Signatory } from '../../../shared/domain/document';
import { CommitInput, LabelledSelect, RowsTable, Section } from './fields';
import type { ScopeEdit } from './ScopeView';

export function SignOff({ doc, edit }: { doc: Content; edit: ScopeEdit }) {
  const { t } = useTranslation();
  const [party, setParty] = useState('');
  const partyId = doc.parties.some((p) => p.id === party) ? party : (doc.parties[0]?.id ?? '');
  return (
    <Section title={t('export.signoff.heading')} className="signoff">
      {doc.signatories.length === 0 ? (
        <p>{t('ui.signoff.none')}</p>
      ) : (
        <RowsTable
          caption={t('export.signoff.heading')}
          className="signoff-table"
          columns={[t('ui.signoff.party'), t('export.signoff.name'), t('export.signoff.title'), t('export.signoff.date')]}
        >
          {doc.signatories.map((signatory, index) => (
            <SignatoryRow key={signatory.id} doc={doc} signatory={signatory} number={index + 1} edit={edit} />
          ))}
        </RowsTable>
      )}
      <div className="field-row">
        <LabelledSelect label={t('ui.signoff.forParty')} value={partyId} onChange={setParty}>
          {doc.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </LabelledSelect>
        <button type="button" disabled={!partyId} onClick={() => edit('signatory.add', { partyId })}>
          {t('ui.signoff.add')}
        </button>
      </div>
    </Section>
  );
}

function SignatoryRow(props: { doc: Content; signatory: Signatory; number: number; edit: ScopeEdit }) {
  const { t } = useTranslation();
  const { signatory, edit, number } = props;
  const signatoryId = signatory.id;
  const update = (fields: { partyId?: string; name?: string; title?: string; date?: string | null }) =>
    edit('signatory.update', { signatoryId, ...fields });
  // Rows are named by number: a new signatory has no name yet, and two may share one.
  const who = signatory.name || t('ui.signoff.signatory', { number });
  return (
    <tr>
      <td>
        <select
          aria-label={t('ui.signoff.partyOf', { number })}
          value={signatory.partyId}
          onChange={(e) => update({ partyId: e.target.value })}
        >
          {!props.doc.parties.some((p) => p.id === signatory.partyId) && <option value={signatory.partyId}>?</option>}
          {props.doc.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </td>
      {(['name', 'title'] as const).map((field) => (
        <td key={field}>
          <CommitInput
            label={t(`ui.signoff.${field}Of`, { number })}
            hideLabel
            value={signatory[field]}
            onCommit={(text) => update({ [field]: text })}
          />
        </td>
      ))}
      <td>
        <CommitInput
          label={t('ui.signoff.dateOf', { number })}
          hideLabel
          type="date"
          value={signatory.date ?? ''}
          onCommit={(date) => update({ date: date || null })}
        />
      </td>
      <td className="row-actions">
        <button
          type="button"
          aria-label={t('ui.scope.remove', { item: who })}
          title={t('ui.scope.remove', { item: who })}
          onClick={() => edit('signatory.remove', { signatoryId })}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
