/**
 * CO-2 — dates of the creative order's financing plan (seed 002 L40–55):
 *  - the draft plan for the full calendar year is published no later than 31 October of the
 *    year before (L40–45);
 *  - the approved plan is published within 5 working days of its approval (L46–48);
 *  - the approved volume is placed in the system on the first working day of the financial
 *    year (L49–53);
 *  - additional funds are placed within 3 working days of their approval (L53–55).
 * The operator picks the dates; this rule returns warnings (the portal records what happened,
 * it does not refuse it). Working days follow the KZ calendar (DL-1).
 */
import { addWorkingDays, nextWorkingDayOnOrAfter, type WorkCalendar, kzCalendar } from './calendar/work-calendar';
import { assertIsoDate, compareIsoDates, type IsoDate } from './calendar/civil-date';
import { RuleInputError } from './errors';

export const CREATIVE_PLAN_APPROVED_PUBLICATION_WORKING_DAYS = 5;
export const CREATIVE_PLAN_EXTRA_FUNDS_WORKING_DAYS = 3;

export interface CreativePlanDates {
  /** The plan's calendar year. */
  year: number;
  /** When the draft plan was (or will be) published. */
  draftPublishedOn?: IsoDate | null;
  /** When the plan was approved. */
  approvedOn?: IsoDate | null;
  /** When the approved plan was (or will be) published. */
  approvedPublishedOn?: IsoDate | null;
  /** When the approved volume was placed in the system. */
  volumePlacedOn?: IsoDate | null;
  /** Additional funds: approval and placement dates. */
  extraFunds?: readonly { approvedOn: IsoDate; placedOn?: IsoDate | null }[];
}

export type CreativePlanWarningCode =
  | 'draftAfter31October'
  | 'approvedPublicationLate'
  | 'approvedPublishedBeforeApproval'
  | 'volumeNotOnFirstWorkingDay'
  | 'extraFundsLate'
  | 'extraFundsPlacedBeforeApproval';

export interface CreativePlanWarning {
  code: CreativePlanWarningCode;
  /** Which date: 'draftPublishedOn', 'approvedPublishedOn', 'volumePlacedOn', 'extraFunds.<i>.placedOn'. */
  field: string;
  /** The latest (or required) date the rule allows. */
  due: IsoDate;
  actual: IsoDate;
}

export interface CreativePlanDeadlines {
  draftDueOn: IsoDate;
  approvedPublicationDueOn: IsoDate | null;
  volumePlacementOn: IsoDate;
  extraFundsDueOn: (IsoDate | null)[];
}

function check(date: IsoDate | null | undefined, field: string): date is IsoDate {
  if (date === null || date === undefined) return false;
  assertIsoDate(date, field);
  return true;
}

/** CO-2: the deadlines that follow from the plan's year and the approval dates given. */
export function creativePlanDeadlines(plan: CreativePlanDates, cal: WorkCalendar = kzCalendar()): CreativePlanDeadlines {
  if (!Number.isInteger(plan.year) || plan.year < 1001 || plan.year > 9999) throw new RuleInputError('OUT_OF_RANGE', 'year', `year must be an integer year, got ${String(plan.year)}`);
  const approvedOn = check(plan.approvedOn, 'approvedOn') ? plan.approvedOn : null;
  return {
    draftDueOn: `${plan.year - 1}-10-31`,
    approvedPublicationDueOn: approvedOn ? addWorkingDays(approvedOn, CREATIVE_PLAN_APPROVED_PUBLICATION_WORKING_DAYS, cal) : null,
    volumePlacementOn: nextWorkingDayOnOrAfter(`${plan.year}-01-01`, cal),
    extraFundsDueOn: (plan.extraFunds ?? []).map((f, i) => (check(f.approvedOn, `extraFunds[${i}].approvedOn`) ? addWorkingDays(f.approvedOn, CREATIVE_PLAN_EXTRA_FUNDS_WORKING_DAYS, cal) : null)),
  };
}

/** CO-2: every date of the plan that breaks the rule, in a stable order. Dates not yet set give no warning. */
export function creativePlanWarnings(plan: CreativePlanDates, cal: WorkCalendar = kzCalendar()): CreativePlanWarning[] {
  const d = creativePlanDeadlines(plan, cal);
  const out: CreativePlanWarning[] = [];
  if (check(plan.draftPublishedOn, 'draftPublishedOn') && compareIsoDates(plan.draftPublishedOn, d.draftDueOn) > 0) {
    out.push({ code: 'draftAfter31October', field: 'draftPublishedOn', due: d.draftDueOn, actual: plan.draftPublishedOn });
  }
  if (check(plan.approvedPublishedOn, 'approvedPublishedOn') && plan.approvedOn && d.approvedPublicationDueOn) {
    if (compareIsoDates(plan.approvedPublishedOn, plan.approvedOn) < 0) {
      out.push({ code: 'approvedPublishedBeforeApproval', field: 'approvedPublishedOn', due: plan.approvedOn, actual: plan.approvedPublishedOn });
    } else if (compareIsoDates(plan.approvedPublishedOn, d.approvedPublicationDueOn) > 0) {
      out.push({ code: 'approvedPublicationLate', field: 'approvedPublishedOn', due: d.approvedPublicationDueOn, actual: plan.approvedPublishedOn });
    }
  }
  if (check(plan.volumePlacedOn, 'volumePlacedOn') && compareIsoDates(plan.volumePlacedOn, d.volumePlacementOn) !== 0) {
    out.push({ code: 'volumeNotOnFirstWorkingDay', field: 'volumePlacedOn', due: d.volumePlacementOn, actual: plan.volumePlacedOn });
  }
  (plan.extraFunds ?? []).forEach((f, i) => {
    const due = d.extraFundsDueOn[i];
    if (!due || !check(f.placedOn, `extraFunds[${i}].placedOn`)) return;
    if (compareIsoDates(f.placedOn, f.approvedOn) < 0) out.push({ code: 'extraFundsPlacedBeforeApproval', field: `extraFunds.${i}.placedOn`, due: f.approvedOn, actual: f.placedOn });
    else if (compareIsoDates(f.placedOn, due) > 0) out.push({ code: 'extraFundsLate', field: `extraFunds.${i}.placedOn`, due, actual: f.placedOn });
  });
  return out;
}
