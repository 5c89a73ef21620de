import type { SeriesStage } from './prompt-types';

/**
 * Where session `sessionNumber` falls in a patient's series: the first session, the early and
 * middle ones, the last of the first series, or maintenance after it. Null when the clinic does
 * not count sessions.
 */
export function seriesStage(sessionNumber: number | null, inductionSessions: number): SeriesStage | null {
  if (sessionNumber === null) return null;
  if (sessionNumber <= 1) return 'first';
  if (sessionNumber > inductionSessions) return 'maintenance';
  if (sessionNumber === inductionSessions) return 'lastOfSeries';
  return sessionNumber <= 3 ? 'early' : 'middle';
}
