// Reports (F-IR / F-FR / F-EV / F-IFR / F-FFR): due dates and reminders (RP-1, RP-2), the
// event evidence checklist (F-EV) and the financial report's balances.
export * from './report-due';
export * from './event-evidence';
export * from './report-budget';
