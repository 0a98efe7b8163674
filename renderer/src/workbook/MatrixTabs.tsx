/**
 * The matrices as tabs. Each tab has a menu (its "⋯" button, right click, or Shift+F10 on the tab): Rename, Duplicate,
 * Move left/right, Delete. The "+" tab adds a matrix: empty, a copy of this one, or a matrix from a template. Every
 * action is one undo step, and the page follows the matrix that was added or moved.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/contract';
import type { Matrix } from '../../../shared/domain/document';
import { Prompt, type DialogRequest } from '../grid/Prompt';
import type { DocumentStore } from '../store/document-store';
import type { RunEdit } from '../Workbook';
import { MenuButton, type MenuItem } from './Menu';
import { TemplateMatrixDialog } from './TemplateMatrixDialog';
import './workbook.css';

export interface MatrixTabsProps {
  /** For the template list; edits go through the store. */
  readonly api: ApiClient;
  readonly store: DocumentStore;
  readonly docId: string;
  readonly matrices: readonly Matrix[];
  readonly selectedId: string;
  readonly run: RunEdit;
  onSelect(matrixId: string): void;
}

export const MatrixTabs = memo(function MatrixTabs(props: MatrixTabsProps) {
  const { t } = useTranslation();
  const { store, docId, run, matrices } = props;
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const [menuRequest, setMenuRequest] = useState<{ matrixId: string; n: number } | null>(null);

  const follow = (result: { id: string } | null) => result && props.onSelect(result.id);
  const add = (source: AddSource, title?: string) =>
    void run(() => store.edit('matrix.add', { docId, source, ...(title && { title }) })).then(follow);

  const actions = (matrix: Matrix, index: number): MenuItem[] => [
    {
      label: t('ui.matrix.rename'),
      run: () =>
        setDialog({
          label: t('ui.matrix.title'),
          initial: matrix.title,
          submit: (title) => void run(() => store.edit('matrix.rename', { docId, matrixId: matrix.id, title })),
        }),
    },
    { label: t('ui.matrix.duplicate'), run: () => add({ kind: 'duplicate', matrixId: matrix.id }) },
    { label: t('ui.matrix.moveLeft'), disabled: index === 0, run: () => move(matrix, index - 1) },
    { label: t('ui.matrix.moveRight'), disabled: index === matrices.length - 1, run: () => move(matrix, index + 1) },
    {
      label: t('ui.matrix.delete'),
      disabled: matrices.length === 1,
      run: () => {
        const activities = matrix.phases.reduce((n, p) => n + p.activities.length, 0);
        setDialog({
          question: t('ui.matrix.deleteQuestion', { title: matrix.title }),
          details: [t('ui.matrix.deleteDetails', { count: activities }), t('ui.matrix.deleteUndo')],
          choices: [{ value: 'delete', label: t('ui.matrix.delete') }],
          choose: (answer) => {
            if (answer !== 'delete') return;
            const next = matrices[index + 1] ?? matrices[index - 1];
            void run(
              () => store.edit('matrix.delete', { docId, matrixId: matrix.id }),
              () => t('ui.deleted', { what: matrix.title }),
            ).then((done) => done && next && props.onSelect(next.id));
          },
        });
      },
    },
  ];
  const move = (matrix: Matrix, position: number) =>
    void run(() => store.edit('matrix.move', { docId, matrixId: matrix.id, position })).then(
      (done) => done && props.onSelect(matrix.id),
    );

  return (
    <div className="matrix-tabs">
      <div role="tablist" aria-label={t('ui.matrix.tabs')}>
        {matrices.map((matrix, i) => (
          <span key={matrix.id} className="matrix-tab">
            <button
              type="button"
              role="tab"
              aria-selected={matrix.id === props.selectedId}
              tabIndex={matrix.id === props.selectedId ? 0 : -1}
              onClick={() => props.onSelect(matrix.id)}
              onContextMenu={(e) => {
                e.preventDefault();
                setMenuRequest({ matrixId: matrix.id, n: Date.now() });
              }}
              onKeyDown={(e) => {
                if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
                  e.preventDefault();
                  setMenuRequest({ matrixId: matrix.id, n: Date.now() });
                }
                // Arrow keys move between tabs, as in every tab strip.
                const step = { ArrowLeft: -1, ArrowRight: 1 }[e.key];
                const next = step === undefined ? undefined : matrices[i + step];
                if (next) {
                  e.preventDefault();
                  props.onSelect(next.id);
                  const tabs = e.currentTarget.closest('[role="tablist"]')?.querySelectorAll<HTMLElement>('[role="tab"]');
                  tabs?.[i + step!]?.focus();
                }
              }}
            >
              {matrix.title}
            </button>
            <MenuButton
              label={t('ui.matrix.actions', { title: matrix.title })}
              items={actions(matrix, i)}
              className="tab-menu"
              {...(menuRequest?.matrixId === matrix.id && { openRequest: menuRequest.n })}
            >
              ⋯
            </MenuButton>
          </span>
        ))}
      </div>
      <MenuButton
        label={t('ui.matrix.add')}
        className="tab-add"
        items={[
          { label: t('ui.matrix.addEmpty'), run: () => add({ kind: 'empty' }, t('ui.matrix.newTitle')) },
          { label: t('ui.matrix.addDuplicate'), run: () => add({ kind: 'duplicate', matrixId: props.selectedId }) },
          { label: t('ui.matrix.addFromTemplate'), run: () => setChoosingTemplate(true) },
        ]}
      >
        +
      </MenuButton>
      {choosingTemplate && (
        <TemplateMatrixDialog
          api={props.api}
          onChoose={(templateId, matrix) => add({ kind: 'template', templateId, matrix })}
          onClose={() => setChoosingTemplate(false)}
        />
      )}
      {dialog && <Prompt request={dialog} onClose={() => setDialog(null)} />}
    </div>
  );
});

type AddSource =
  { kind: 'empty' } | { kind: 'duplicate'; matrixId: string } | { kind: 'template'; templateId: string; matrix: number };
