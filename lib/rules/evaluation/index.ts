/** Completion evaluation rules (EV-*, §3.4 of the social-order domain file). */
export * from './criteria';
export * from './timeline';
export * from './evaluation-status';
