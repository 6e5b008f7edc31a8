export * from '@/lib/rules/agreements';
export { AGREEMENT_STATUSES as AGREEMENT_STATUSES_FOR_TEST } from '@/lib/rules/status/agreement-status';
