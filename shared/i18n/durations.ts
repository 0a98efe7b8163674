/** Durations of the SLA targets in words, the same in the export and in the app: "15 min", "4 h", "5 d". */

type DurationKey = 'export.scope.noTarget' | 'export.duration.days' | 'export.duration.hours' | 'export.duration.minutes';

/** The largest whole unit; null is "No commitment". */
export function durationText(t: (key: DurationKey, params?: { count: number }) => string, minutes: number | null): string {
  if (minutes === null) return t('export.scope.noTarget');
  if (minutes % (24 * 60) === 0 && minutes > 0) return t('export.duration.days', { count: minutes / (24 * 60) });
  if (minutes % 60 === 0 && minutes > 0) return t('export.duration.hours', { count: minutes / 60 });
  return t('export.duration.minutes', { count: minutes });
}
