export * from './tranche-releasability';
export * from './tranche-schedule';
export * from './ledger';
export * from './reporting-schedule';
export * from './reported-spent';
