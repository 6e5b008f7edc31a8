/** @db.Date columns travel as UTC midnights: 'YYYY-MM-DD' ⇄ Date. */
export const dayToDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
export const dateToDay = (d: Date): string => d.toISOString().slice(0, 10);
