/**
 * The screens a workbook window shows only when asked for — scope, revisions, compare, the workbook's dialogs, and the
 * round trip's export dialog, review and import preview — loaded on first use, so the page that opens a workbook
 * carries the grid's code and not theirs (a workbook opens in the grid).
 */
import { lazy } from 'react';

export const ScopeView = lazy(() => import('./scope/ScopeView').then((m) => ({ default: m.ScopeView })));
export const RevisionsPanel = lazy(() => import('./revisions/RevisionsPanel').then((m) => ({ default: m.RevisionsPanel })));
export const ComparePanel = lazy(() => import('./compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));
export const DetailsDialog = lazy(() => import('./workbook/DetailsDialog').then((m) => ({ default: m.DetailsDialog })));
export const RolesDialog = lazy(() => import('./workbook/RolesDialog').then((m) => ({ default: m.RolesDialog })));
export const ExportDialog = lazy(() => import('./export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
export const ReturnedReview = lazy(() => import('./import/ReturnedReview').then((m) => ({ default: m.ReturnedReview })));
export const ForeignImport = lazy(() => import('./import/ForeignImport').then((m) => ({ default: m.ForeignImport })));
export const WorkbookImport = lazy(() => import('./import/WorkbookImport').then((m) => ({ default: m.WorkbookImport })));
