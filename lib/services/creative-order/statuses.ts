/**
 * Statuses of the creative-order rows (CreativeClub, CreativeRequest, CreativeAllocationRun,
 * CreativeAllocation). lib/rules/status has no machine for them yet; these constants are the
 * single place the services use until one is added there.
 */
export const CLUB_STATUS = { submitted: 'SUBMITTED', admitted: 'ADMITTED', notAdmitted: 'NOT_ADMITTED' } as const;
export const REQUEST_STATUS = { pending: 'PENDING', allocated: 'ALLOCATED', cancelled: 'CANCELLED' } as const;
export const RUN_STATUS = { running: 'RUNNING', done: 'DONE' } as const;
export const ALLOCATION_STATUS = { active: 'ACTIVE', cancelled: 'CANCELLED' } as const;
export const PLAN_STATUS = { draft: 'DRAFT', published: 'PUBLISHED' } as const;
