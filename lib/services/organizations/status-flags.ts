// EL-1 (grants §4.2): the four registry flags that exclude an NGO from applying, with the
// columns that record who last set or cleared each one and when.
export const STATUS_FLAGS = ['inLiquidation', 'bankrupt', 'propertyArrested', 'activitySuspended'] as const;
export type StatusFlag = (typeof STATUS_FLAGS)[number];

export const STATUS_FLAG_COLUMNS = {
  inLiquidation: { setAt: 'liquidationSetAt', setById: 'liquidationSetById', setBy: 'liquidationSetBy' },
  bankrupt: { setAt: 'bankruptcySetAt', setById: 'bankruptcySetById', setBy: 'bankruptcySetBy' },
  propertyArrested: { setAt: 'propertyArrestSetAt', setById: 'propertyArrestSetById', setBy: 'propertyArrestSetBy' },
  activitySuspended: { setAt: 'suspensionSetAt', setById: 'suspensionSetById', setBy: 'suspensionSetBy' },
} as const satisfies Record<StatusFlag, { setAt: string; setById: string; setBy: string }>;

export const isStatusFlag = (value: unknown): value is StatusFlag => typeof value === 'string' && (STATUS_FLAGS as readonly string[]).includes(value);

/** The audit action under which flag changes are recorded (read back to show the reason). */
export const STATUS_FLAG_AUDIT_ACTION = 'organization.status-flag-changed';
