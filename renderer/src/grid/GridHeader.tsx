/**
 * The grid's header rows. Columns come from TanStack Table's column model: the activity column, then one column per
 * party, with consecutive parties of the same group under a group heading — the model's header groups give the
 * heading row and its spans. Party headers carry their own menu (PartyHeader.tsx).
 */
import { createColumnHelper, getCoreRowModel, useReactTable, type ColumnDef, type HeaderGroup } from '@tanstack/react-table';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/document';
import type { GridCommands } from './commands';
import type { VisualRow } from './model';
import { PartyHeader } from './PartyHeader';
import type { PromptRequest } from './Prompt';
import { ColumnResizer } from './ColumnResizer';
import type { GridLayout } from './use-grid-layout';
import { ACTIVITY_COLUMN, widthOf } from './view-settings';

/** Columns for TanStack Table: the activity column, then parties, consecutive parties of one group under a heading. */
function columnsFor(parties: readonly Party[]): ColumnDef<VisualRow, unknown>[] {
  const helper = createColumnHelper<VisualRow>();
  const columns: ColumnDef<VisualRow, unknown>[] = [helper.display({ id: 'activity', header: 'activity' })];
  let group: { name: string; members: ColumnDef<VisualRow, unknown>[] } | null = null;
  parties.forEach((party, i) => {
    const column = helper.display({ id: party.id, header: party.name });
    if (!party.group) {
      group = null;
      columns.push(column);
    } else if (group && group.name === party.group) {
      group.members.push(column);
    } else {
      group = { name: party.group, members: [column] };
      columns.push(helper.group({ id: `group:${i}`, header: party.group, columns: group.members }));
    }
  });
  return columns;
}

/** The header rows for these parties: one row, or two when some party has a group heading. */
function useHeaderGroups(parties: readonly Party[]): HeaderGroup<VisualRow>[] {
  const key = parties.map((p) => `${p.id}:${p.group}:${p.name}`).join();
  const columns = useMemo(() => columnsFor(parties), [key]);
  const table = useReactTable({ data: [] as VisualRow[], columns, getCoreRowModel: getCoreRowModel() });
  return table.getHeaderGroups();
}

/** How many header rows the grid has: the parties' row, and a group-heading row above it when a party has a group. */
export const headerRowCount = (parties: readonly Party[]): number => (parties.some((p) => p.group) ? 2 : 1);

export interface GridHeaderProps {
  readonly parties: readonly Party[];
  readonly flaggedParties: ReadonlySet<string | undefined>;
  readonly commands: GridCommands;
  /** Column widths, and sizing by the handle on each header's edge. */
  readonly layout: Pick<GridLayout, 'settings' | 'activityWidth' | 'resize'>;
  ask(request: PromptRequest): void;
}

/** Memoised: the header changes with the parties and their findings, not with each edit of a cell. */
export const GridHeader = memo(function GridHeader({ parties, flaggedParties, commands, layout, ask }: GridHeaderProps) {
  const { t } = useTranslation();
  const headerGroups = useHeaderGroups(parties);
  const partyIds = parties.map((p) => p.id);
  return (
    <div role="rowgroup" className="grid-head">
      {headerGroups.map((group, level) => (
        <div role="row" key={group.id} aria-rowindex={level + 1} className="grid-row header">
          {group.headers.map((header) => {
            const span = { gridColumn: `span ${header.colSpan}` };
            if (header.column.id === 'activity')
              return (
                <div role="columnheader" key={header.id} aria-colindex={1} className="activity-header" style={span}>
                  {level === headerGroups.length - 1 && (
                    <>
                      {t('ui.activity')}
                      <ColumnResizer
                        name={t('ui.activity')}
                        width={layout.activityWidth}
                        resize={(width, done) => layout.resize(ACTIVITY_COLUMN, width, done)}
                      />
                    </>
                  )}
                </div>
              );
            if (header.isPlaceholder || header.subHeaders.length > 0)
              return (
                <div role="columnheader" key={header.id} className="group-header" style={span}>
                  {header.isPlaceholder ? '' : String(header.column.columnDef.header)}
                </div>
              );
            const index = partyIds.indexOf(header.column.id);
            const party = parties[index]!;
            return (
              <PartyHeader
                key={header.id}
                party={party}
                index={index}
                count={parties.length}
                flagged={flaggedParties.has(party.id)}
                width={widthOf(layout.settings, party)}
                resize={(width, done) => layout.resize(party.id, width, done)}
                rename={() =>
                  ask({
                    label: t('ui.renameParty', { name: party.name }),
                    initial: party.name,
                    submit: (name) => commands.updateParty(party.id, { name }),
                  })
                }
                editGroup={() =>
                  ask({
                    label: t('ui.partyGroup', { name: party.name }),
                    initial: party.group ?? '',
                    allowEmpty: true,
                    submit: (group) => commands.updateParty(party.id, { group: group.trim() || null }),
                  })
                }
                move={(position) => commands.moveParty(party.id, position)}
                remove={() => commands.removeParty(party.id, party.name)}
                onDropParty={(id, position) => commands.moveParty(id, position)}
              />
            );
          })}
          <div role="presentation" className="add-column" />
        </div>
      ))}
    </div>
  );
});
