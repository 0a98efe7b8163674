/**
 * The support scope editor: the support model (choosing one fills its defaults and says what changed), capacity,
 * coverage, SLA targets, roles covered, the service catalogue, delivery and service management, the additional-
 * resources policy, and the sign-off. Each change is one edit through the DocumentStore, so it is one undo step in
 * the same history as the grid. Findings of the scope rules appear next to the field they are about, following the
 * text as it is typed.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgsOf, ResultOf } from '../../../shared/api/contract';
import type { Content, SupportScope } from '../../../shared/domain/document';
import { isLanguage } from '../../../shared/domain/languages';
import {
  COVERAGE_KINDS,
  COVERED_ROLES,
  MAX_CAPACITY_HOURS,
  SUPPORT_MODELS,
  type SupportModel,
} from '../../../shared/domain/scope';
import type { Finding } from '../../../shared/rules';
import type { DocumentStore, EditMethod } from '../store/document-store';
import type { RunEdit } from '../Workbook';
import { CommitInput, FieldFindings, LabelledSelect, Section } from './fields';
import { modelChangeMessage } from './model-message';
import { draftFindings, findingsAt } from './scope-findings';
import { ServiceCatalogue } from './ServiceCatalogue';
import { SignOff } from './SignOff';
import { SlaTable } from './SlaTable';
import './scope.css';

/** Sends one scope edit (the document id is added); `done` words the status bar's message. */
export type ScopeEdit = <M extends EditMethod>(
  method: M,
  args: Omit<ArgsOf<M>, 'docId'>,
  done?: (result: ResultOf<M>) => string | null,
) => void;

export interface ScopeViewProps {
  readonly store: DocumentStore;
  readonly doc: Content;
  readonly findings: readonly Finding[] | null;
  readonly run: RunEdit;
  /** Puts a message in the status bar (an error when `error`). */
  notify(text: string, error?: boolean): void;
}

export function ScopeView({ store, doc, findings, run, notify }: ScopeViewProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const [draft, setDraft] = useState<Partial<SupportScope>>({});
  // What the last model choice changed; shown while that model is the scope's (an undo of the choice hides it).
  const [modelNote, setModelNote] = useState<{ model: SupportModel; text: string } | null>(null);
  const ids = { capacity: useId(), coverage: useId() };

  const edit: ScopeEdit = (method, args, done) =>
    void run(() => store.edit(method, { docId: store.docId, ...args } as ArgsOf<typeof method>), done);
  const setScope = (patch: ArgsOf<'scope.set'>['patch']) => edit('scope.set', { patch });
  // While a field is being typed in, its findings are those of the draft; otherwise those the store keeps current.
  const shown = useMemo(
    () =>
      Object.keys(draft).length > 0
        ? draftFindings(doc, draft, language)
        : (findings ?? []).filter((f) => f.location.scope !== undefined),
    [doc, draft, findings, language],
  );
  const typing = (field: keyof SupportScope, value: unknown) =>
    setDraft(({ [field]: _, ...rest }) => (value === undefined ? rest : { ...rest, [field]: value }));

  const chooseModel = (model: SupportModel) =>
    edit('scope.applyModel', { model }, (result) => {
      const message = modelChangeMessage(t, language, model, result.applied);
      setModelNote({ model, text: message });
      return message;
    });

  const scope = doc.scope;
  const modelPicker = (
    <LabelledSelect label={t('ui.scope.model')} value={scope?.model ?? ''} onChange={(m) => chooseModel(m as SupportModel)}>
      {!scope && <option value="">{t('ui.scope.noModel')}</option>}
      {SUPPORT_MODELS.map((m) => (
        <option key={m} value={m}>
          {t(`model.${m}`)}
        </option>
      ))}
    </LabelledSelect>
  );
  if (!scope)
    return (
      <div className="scope-view" role="region" aria-label={t('ui.scope.heading')}>
        <p>{t('ui.scope.none')}</p>
        {modelPicker}
        <SignOff doc={doc} edit={edit} />
      </div>
    );

  const capacityFindings = findingsAt(shown, 'capacityHoursPerMonth');
  const coverageFindings = findingsAt(shown, 'coverage');
  return (
    <div className="scope-view" role="region" aria-label={t('ui.scope.heading')}>
      <Section title={t('ui.scope.modelAndCapacity')}>
        {modelPicker}
        {modelNote?.model === scope.model && <p className="model-note">{modelNote.text}</p>}
        <CommitInput
          label={t('ui.scope.capacity')}
          type="number"
          value={scope.capacityHoursPerMonth === null ? '' : String(scope.capacityHoursPerMonth)}
          onDraft={(text) => typing('capacityHoursPerMonth', text === null ? undefined : parseHours(text))}
          onCommit={(text) => {
            const hours = parseHours(text);
            // Said in the UI's words before asking the host, which would refuse it in its own.
            if (hours !== null && (hours < 0 || hours > MAX_CAPACITY_HOURS))
              return notify(t('ui.scope.capacityInvalid', { max: MAX_CAPACITY_HOURS.toLocaleString(language) }), true);
            setScope({ capacityHoursPerMonth: hours });
          }}
          describedBy={ids.capacity}
          invalid={capacityFindings.some((f) => f.severity === 'error')}
        />
        <FieldFindings id={ids.capacity} field={t('ui.scope.capacity')} findings={capacityFindings} />
      </Section>

      <Section title={t('export.scope.coverage')}>
        <div role="radiogroup" aria-label={t('export.scope.coverage')} aria-describedby={ids.coverage} className="choices">
          {COVERAGE_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="coverage"
                checked={scope.coverage.kind === kind}
                onChange={() => setScope({ coverage: { kind } })}
              />
              {t(`ui.scope.coverageKind.${kind}`)}
            </label>
          ))}
        </div>
        <FieldFindings id={ids.coverage} field={t('export.scope.coverage')} findings={coverageFindings} />
        <div className="field-row">
          <CommitInput
            label={t('export.scope.timeZone')}
            value={scope.coverage.timeZone ?? ''}
            onCommit={(text) => setScope({ coverage: { timeZone: text.trim() || null } })}
          />
          <CommitInput
            label={t('export.scope.hours')}
            value={scope.coverage.hours ?? ''}
            onCommit={(text) => setScope({ coverage: { hours: text.trim() || null } })}
          />
        </div>
      </Section>

      <SlaTable sla={scope.sla} findings={shown} onChange={(sla) => setScope({ sla })} />

      <Section title={t('export.scope.rolesCovered')}>
        <div role="group" aria-label={t('export.scope.rolesCovered')} className="choices">
          {COVERED_ROLES.map((role) => (
            <label key={role}>
              <input
                type="checkbox"
                checked={scope.rolesCovered.includes(role)}
                onChange={(e) =>
                  setScope({
                    rolesCovered: COVERED_ROLES.filter((r) => (r === role ? e.target.checked : scope.rolesCovered.includes(r))),
                  })
                }
              />
              {t(`coveredRole.${role}`)}
            </label>
          ))}
        </div>
      </Section>

      <ServiceCatalogue scope={scope} parties={doc.parties} findings={shown} edit={edit} />

      <Section title={t('export.scope.additionalResources')}>
        <CommitInput
          label={t('export.scope.additionalResources')}
          hideLabel
          multiline
          value={scope.additionalResourcesPolicy}
          onCommit={(text) => setScope({ additionalResourcesPolicy: text })}
        />
      </Section>

      <SignOff doc={doc} edit={edit} />
    </div>
  );
}

/** An empty field clears the capacity; a number is sent as typed, and the host says what is wrong with it. */
const parseHours = (text: string): number | null => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));
