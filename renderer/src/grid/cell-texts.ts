/**
 * The grid's words for its cells, made once per language: a translation call per cell per render was a measurable
 * part of a keypress and of scrolling. A cell's name is built from a two-slot template by plain concatenation.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/vocabulary';
import { roleLabel } from '../Legend';
import { template } from '../text-template';

export interface CellTexts {
  cellName(activity: string, party: string): string;
  readonly noRoles: string;
  hasNote(note: string): string;
  cellEditor(name: string): string;
  roleName(role: Role): string;
}

export function useCellTexts(): CellTexts {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      cellName: template(t('ui.cellName', { activity: '{{activity}}', party: '{{party}}' }), 'activity', 'party'),
      noRoles: t('ui.noRoles'),
      hasNote: (note) => t('ui.hasNote', { note }),
      cellEditor: (cell) => t('ui.cellEditor', { cell }),
      roleName: (role) => roleLabel(role, i18n.language),
    }),
    [t, i18n.language],
  );
}
