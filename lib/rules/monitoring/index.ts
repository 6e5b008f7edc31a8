/** Monitoring rules (MN-*, §3.2 of the social-order domain file). */
export * from './quarters';
export * from './indicators';
export * from './measures';
export * from './summary-due';
export * from './at-risk';
