/** Small text helpers shared by the readers of other apps' files. */

/** Line ends made plain, and the line breaks some apps write as HTML turned back into line breaks. */
export function cleanNote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replaceAll(String.fromCharCode(0), '')
    .trim();
}

/** A day and an HH:MM time as a moment in the device's own time zone. */
export function localMoment(date: string, time = '12:00'): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 12, minutes = 0] = time.split(':').map(Number);
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

/** The day (YYYY-MM-DD) of an ISO moment in a named time zone, or in UTC when the zone is unknown. */
export function dayInZone(iso: string, timeZone: string | undefined): string | null {
  const moment = Date.parse(iso);
  if (Number.isNaN(moment)) return null;
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone ?? 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(moment);
    return /^\d{4}-\d{2}-\d{2}$/.test(parts) ? parts : new Date(moment).toISOString().slice(0, 10);
  } catch {
    return new Date(moment).toISOString().slice(0, 10);
  }
}
