/**
 * Statuses of the creative-order rows (CreativeClub, CreativeRequest, CreativeAllocationRun,
 * CreativeAllocation). The club (provider application) statuses and transitions are the CO-3
 * table in lib/rules/creative-order-provider-status.ts; the others have no machine yet and
 * these constants are the single place the services use.
 */
export const CLUB_STATUS = { draft: 'DRAFT', submitted: 'SUBMITTED', admitted: 'ADMITTED', notAdmitted: 'NOT_ADMITTED' } as const;
export const REQUEST_STATUS = { pending: 'PENDING', allocated: 'ALLOCATED', cancelled: 'CANCELLED' } as const;
export const RUN_STATUS = { running: 'RUNNING', done: 'DONE' } as const;
export const ALLOCATION_STATUS = { active: 'ACTIVE', cancelled: 'CANCELLED' } as const;
export const PLAN_STATUS = { draft: 'DRAFT', published: 'PUBLISHED' } as const;
