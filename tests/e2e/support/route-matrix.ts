// The authorization matrix (issue 9, R1): every page and API route of app/** with, per role,
// what a GET (or POST) of a concrete URL must answer. tests/e2e/authorization-matrix.spec.ts
// walks the filesystem at test time and fails on a route that has no entry here, so a new
// route must be classified before it ships.
//
// Outcomes — what "denied" means is spelled out per cell:
// - allow        200
// - signIn       a redirect (307/303) to /sign-in?callbackUrl=… (pages, signed out)
// - forbidden    403 — the forbidden page (a signed-in user outside the area: requirePermission)
// - notFound     404 — the object "does not exist" for this user (IDOR: same answer as a missing id)
// - unauthorized 401 — an API route, signed out
// - badRequest   400 — a POST that got past authentication and authorisation and was refused
//                for its (deliberately empty) input: proves the caller would have been let in
// - { redirect } a redirect to that path (e.g. /me sends each role to its own area)
import type pg from 'pg';

export const ROLES = ['anonymous', 'ngoA', 'ngoB', 'ngoC', 'expertAssigned', 'expertConflicted', 'expertUnassigned', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;

/** The demo account behind each role (prisma/seed/demo-accounts.ts). */
export const ROLE_ACCOUNTS: Record<SignedInRole, string> = {
  ngoA: 'ngo@demeu.kz', // head of «Жасыл қала»
  ngoB: 'ngo2@demeu.kz', // head of «Мейірім»
  ngoC: 'ngo6@demeu.kz', // head of «Алтай мұрасы»: holds the grant agreement with reports (owner-side checks)
  expertAssigned: 'expert6@demeu.kz', // member of the scoring commission, "no conflict" on NGO B's application
  expertConflicted: 'expert4@demeu.kz', // member of the same commission, declared a conflict on NGO B's application (CI-1)
  expertUnassigned: 'expert5@demeu.kz', // an expert of other commissions, not of the scoring one
  operator: 'operator@demeu.kz',
  admin: 'admin@demeu.kz',
};

export type Outcome = 'allow' | 'signIn' | 'forbidden' | 'notFound' | 'unauthorized' | 'badRequest' | 'notReady' | { redirect: string };
export type Expectations = Record<Role, Outcome>;

/** Concrete ids looked up in the e2e database before the matrix runs (see lookupIds). */
export interface Ids {
  openGrantCompetition: string;
  openGrantLot: string;
  scoringCompetition: string;
  resultsGrantCompetition: string;
  resultsGrantCompetitionCode: string;
  meetingGrantCompetition: string;
  admissionCompetition: string;
  admissionApplication: string;
  awardCompetition: string;
  socialOrderCompetition: string;
  socialOrderResultsCompetition: string;
  strategicPartnershipCompetition: string;
  socialOrderPlan: string;
  grantPlan: string;
  grantPlanTopic: string;
  /** NGO A's application in the scoring competition (read-only for everyone but the NGO). */
  applicationA: string;
  /** NGO B's application in the scoring competition: expertAssigned declared no conflict, expertConflicted a conflict. */
  applicationB: string;
  /** NGO A's application in the open competition (a draft in the demo). */
  draftApplicationA: string;
  applicationSectionKey: string;
  attachmentA: string;
  attachmentB: string;
  agreementB: string;
  agreementC: string;
  agreementCNumber: string;
  reportC: string;
  /** Created by the spec for the run (the seed has no report files) and deleted afterwards. */
  reportAttachmentC: string;
  topicProposalA: string;
  creativeClubA: string;
  creativeClubB: string;
  creativeRun: string;
  ngoDatabaseReportA: string;
  organizationA: string;
  organizationABin: string;
  expertRow: string;
  /** A staff account for the admin's account page (read-only here). */
  staffUser: string;
}

export interface MatrixCase {
  label?: string;
  method?: 'GET' | 'POST';
  url: (ids: Ids) => string;
  expect: Expectations;
}

export interface MatrixEntry {
  /** Why the expectations are what they are (the policy that decides). */
  note?: string;
  cases: MatrixCase[];
}

/** An id that exists nowhere: for routes whose object the demo does not hold (documented per entry). */
export const MISSING_ID = 'cmissing0000000000000000';

const all = (o: Outcome): Expectations => Object.fromEntries(ROLES.map((r) => [r, o])) as Expectations;
const PUBLIC = all('allow');

/** /ngo/**: the NGO cabinet; the layout and the page both require the 'ngo' area. */
function ngo(over: Partial<Expectations> = {}): Expectations {
  return { ...all('forbidden'), anonymous: 'signIn', ngoA: 'allow', ngoB: 'allow', ngoC: 'allow', ...over };
}
/** /operator/**: operator staff and admin. */
function operator(over: Partial<Expectations> = {}): Expectations {
  return { ...all('forbidden'), anonymous: 'signIn', operator: 'allow', admin: 'allow', ...over };
}
/** /expert/**: users with an expert register row. */
function expert(over: Partial<Expectations> = {}): Expectations {
  return { ...all('forbidden'), anonymous: 'signIn', expertAssigned: 'allow', expertConflicted: 'allow', expertUnassigned: 'allow', ...over };
}
/** API routes: signed out 401; anyone not entitled gets the same 404 as for a missing id. */
function api(over: Partial<Expectations> = {}): Expectations {
  return { ...all('notFound'), anonymous: 'unauthorized', ...over };
}
const get = (url: (ids: Ids) => string, expect: Expectations, label?: string): MatrixCase => ({ url, expect, label });

const ngoOwnA = { ngoA: 'allow', ngoB: 'notFound', ngoC: 'notFound' } as const;

export const ROUTE_MATRIX: Record<string, MatrixEntry> = {
  // ---------------------------------------------------------------- public pages
  '/': { cases: [get(() => '/', PUBLIC)] },
  '/competitions/[id]': {
    note: "can(actor, 'read', competition): anything but a DRAFT is public",
    cases: [get((i) => `/competitions/${i.openGrantCompetition}`, PUBLIC), get(() => `/competitions/${MISSING_ID}`, all('notFound'), 'missing')],
  },
  '/creative-clubs': { cases: [get(() => '/creative-clubs', PUBLIC)] },
  '/creative-clubs/[id]': { note: 'admitted clubs are public', cases: [get((i) => `/creative-clubs/${i.creativeClubA}`, PUBLIC)] },
  '/evaluations': { cases: [get(() => '/evaluations', PUBLIC)] },
  '/evaluations/[id]': {
    note: 'only a published preliminary evaluation is public; the demo has none, so only the missing case',
    cases: [get(() => `/evaluations/${MISSING_ID}`, all('notFound'))],
  },
  '/expert-invitations/[token]': { note: 'the token is the secret; a wrong one renders the "invalid invitation" page', cases: [get(() => '/expert-invitations/not-a-token', PUBLIC)] },
  '/invitations/[token]': { note: 'the token is the secret; a wrong one renders the "invalid invitation" page', cases: [get(() => '/invitations/not-a-token', PUBLIC)] },
  '/open-data': { cases: [get(() => '/open-data', PUBLIC)] },
  '/register': { cases: [get(() => '/register', PUBLIC)] },
  '/sign-in': { cases: [get(() => '/sign-in', PUBLIC)] },
  '/registry': { cases: [get(() => '/registry', PUBLIC)] },
  '/registry/agreements': { cases: [get(() => '/registry/agreements', PUBLIC)] },
  '/registry/agreements/[...number]': { cases: [get((i) => `/registry/agreements/${i.agreementCNumber.split('/').map(encodeURIComponent).join('/')}`, PUBLIC)] },
  '/registry/competitions/[key]': { cases: [get((i) => `/registry/competitions/${encodeURIComponent(i.resultsGrantCompetitionCode)}`, PUBLIC)] },
  '/registry/organizations/[bin]': { cases: [get((i) => `/registry/organizations/${i.organizationABin}`, PUBLIC)] },
  '/registry/results': { cases: [get(() => '/registry/results', PUBLIC)] },
  '/social-order': { cases: [get(() => '/social-order', PUBLIC)] },
  '/social-order/[planId]': { note: 'public discussion of a social-order plan', cases: [get((i) => `/social-order/${i.socialOrderPlan}`, PUBLIC)] },

  // ---------------------------------------------------------------- signed-in, any role
  '/me': {
    note: 'requireUser, then each role is sent to its own area',
    cases: [
      get(() => '/me', {
        anonymous: 'signIn',
        ngoA: { redirect: '/ngo' },
        ngoB: { redirect: '/ngo' },
        ngoC: { redirect: '/ngo' },
        expertAssigned: { redirect: '/expert' },
        expertConflicted: { redirect: '/expert' },
        expertUnassigned: { redirect: '/expert' },
        operator: { redirect: '/operator' },
        admin: { redirect: '/admin' },
      }),
    ],
  },
  '/me/notifications': { cases: [get(() => '/me/notifications', { ...all('allow'), anonymous: 'signIn' })] },
  '/admin': { cases: [get(() => '/admin', { ...all('forbidden'), anonymous: 'signIn', admin: 'allow' })] },
  '/admin/users/[id]': {
    note: "requirePermission('enter', admin area): everyone but ADMIN is refused before the account is even loaded",
    cases: [
      get((i) => `/admin/users/${i.staffUser}`, { ...all('forbidden'), anonymous: 'signIn', admin: 'allow' }),
      get(() => `/admin/users/${MISSING_ID}`, { ...all('forbidden'), anonymous: 'signIn', admin: 'notFound' }, 'a missing account'),
    ],
  },

  // ---------------------------------------------------------------- NGO cabinet
  '/ngo': { cases: [get(() => '/ngo', ngo())] },
  '/ngo/profile': { cases: [get(() => '/ngo/profile', ngo())] },
  '/ngo/members': { cases: [get(() => '/ngo/members', ngo())] },
  '/ngo/notifications': { cases: [get(() => '/ngo/notifications', ngo())] },
  '/ngo/database-report': { cases: [get(() => '/ngo/database-report', ngo())] },
  '/ngo/agreements': { cases: [get(() => '/ngo/agreements', ngo())] },
  '/ngo/agreements/[id]': {
    note: 'agreementAccess: members of the contracted NGO only (IDOR: another NGO gets 404)',
    cases: [
      get((i) => `/ngo/agreements/${i.agreementB}`, ngo({ ngoA: 'notFound', ngoB: 'allow', ngoC: 'notFound' }), "NGO B's agreement"),
      get((i) => `/ngo/agreements/${i.agreementC}`, ngo({ ngoA: 'notFound', ngoB: 'notFound', ngoC: 'allow' }), "NGO C's agreement"),
    ],
  },
  '/ngo/agreements/[id]/reports/[reportId]': {
    note: 'reportAccess: members of the contracted NGO only',
    cases: [get((i) => `/ngo/agreements/${i.agreementC}/reports/${i.reportC}`, ngo({ ngoA: 'notFound', ngoB: 'notFound', ngoC: 'allow' }))],
  },
  '/ngo/applications': { cases: [get(() => '/ngo/applications', ngo())] },
  '/ngo/applications/new': {
    note: 'opening a draft for a lot of an open competition',
    cases: [get((i) => `/ngo/applications/new?lotId=${i.openGrantLot}`, ngo())],
  },
  '/ngo/applications/[id]': {
    note: "can(actor, 'read', application): members of the applicant NGO (IDOR: 404 for another NGO)",
    cases: [
      get((i) => `/ngo/applications/${i.applicationA}`, ngo(ngoOwnA), "NGO A's application"),
      get((i) => `/ngo/applications/${i.applicationB}`, ngo({ ngoA: 'notFound', ngoB: 'allow', ngoC: 'notFound' }), "NGO B's application"),
    ],
  },
  '/ngo/applications/[id]/attachments': {
    cases: [get((i) => `/ngo/applications/${i.applicationB}/attachments`, ngo({ ngoA: 'notFound', ngoB: 'allow', ngoC: 'notFound' }))],
  },
  '/ngo/applications/[id]/feedback': {
    note: 'the feedback of NGO B’s application: its own members only',
    cases: [get((i) => `/ngo/applications/${i.applicationB}/feedback`, ngo({ ngoA: 'notFound', ngoB: 'allow', ngoC: 'notFound' }))],
  },
  '/ngo/applications/[id]/sections/[key]': {
    cases: [get((i) => `/ngo/applications/${i.applicationB}/sections/${i.applicationSectionKey}`, ngo({ ngoA: 'notFound', ngoB: 'allow', ngoC: 'notFound' }))],
  },
  '/ngo/creative-order': { cases: [get(() => '/ngo/creative-order', ngo())] },
  '/ngo/creative-order/new': { cases: [get(() => '/ngo/creative-order/new', ngo())] },
  '/ngo/creative-order/[id]': {
    note: "can(actor, 'apply', provider organisation)",
    cases: [
      get((i) => `/ngo/creative-order/${i.creativeClubA}`, ngo(ngoOwnA), "NGO A's club"),
      get((i) => `/ngo/creative-order/${i.creativeClubB}`, ngo({ ngoA: 'notFound', ngoB: 'allow', ngoC: 'notFound' }), "NGO B's club"),
    ],
  },
  '/ngo/topic-proposals': { cases: [get(() => '/ngo/topic-proposals', ngo())] },
  '/ngo/topic-proposals/new': { cases: [get(() => '/ngo/topic-proposals/new', ngo())] },
  '/ngo/topic-proposals/[id]': { cases: [get((i) => `/ngo/topic-proposals/${i.topicProposalA}`, ngo(ngoOwnA))] },

  // ---------------------------------------------------------------- expert workspace
  '/expert': { cases: [get(() => '/expert', expert())] },
  '/expert/evaluations': { cases: [get(() => '/expert/evaluations', expert())] },
  '/expert/evaluations/[id]': {
    note: 'council members only; the demo holds no project evaluation, so only the missing case',
    cases: [get(() => `/expert/evaluations/${MISSING_ID}`, expert({ expertAssigned: 'notFound', expertConflicted: 'notFound', expertUnassigned: 'notFound' }))],
  },
  '/expert/competitions/[id]': {
    note: 'members of the competition commission',
    cases: [get((i) => `/expert/competitions/${i.scoringCompetition}`, expert({ expertUnassigned: 'notFound' }))],
  },
  '/expert/competitions/[id]/coi': { cases: [get((i) => `/expert/competitions/${i.scoringCompetition}/coi`, expert({ expertUnassigned: 'notFound' }))] },
  '/expert/competitions/[id]/results': {
    note: 'while scoring is open nobody on the commission sees results (sealed scoring, SC-2)',
    cases: [get((i) => `/expert/competitions/${i.scoringCompetition}/results`, expert({ expertAssigned: 'forbidden', expertConflicted: 'forbidden', expertUnassigned: 'notFound' }))],
  },
  '/expert/applications/[id]': {
    note: 'CI-1/CI-2: assigned AND declared "no conflict" AND no automatic conflict',
    cases: [get((i) => `/expert/applications/${i.applicationB}`, expert({ expertConflicted: 'notFound', expertUnassigned: 'notFound' }))],
  },
  '/expert/applications/[id]/score': { cases: [get((i) => `/expert/applications/${i.applicationB}/score`, expert({ expertConflicted: 'notFound', expertUnassigned: 'notFound' }))] },

  // ---------------------------------------------------------------- operator console
  '/operator': { cases: [get(() => '/operator', operator())] },
  '/operator/agreements': { cases: [get(() => '/operator/agreements', operator())] },
  '/operator/agreements/new': {
    note: 'staff only; without ?applicationId= there is nothing to generate (404 past the guard)',
    cases: [get(() => '/operator/agreements/new', operator({ operator: 'notFound', admin: 'notFound' }))],
  },
  '/operator/agreements/[id]': { cases: [get((i) => `/operator/agreements/${i.agreementC}`, operator())] },
  '/operator/agreements/[id]/reports/[reportId]': { cases: [get((i) => `/operator/agreements/${i.agreementC}/reports/${i.reportC}`, operator())] },
  '/operator/analytics': { cases: [get(() => '/operator/analytics', operator())] },
  '/operator/awards': { cases: [get(() => '/operator/awards', operator())] },
  '/operator/awards/[id]': { cases: [get((i) => `/operator/awards/${i.awardCompetition}`, operator())] },
  '/operator/competitions/new': { cases: [get(() => '/operator/competitions/new', operator())] },
  '/operator/competitions/[id]': { cases: [get((i) => `/operator/competitions/${i.scoringCompetition}`, operator())] },
  '/operator/competitions/[id]/admission': { cases: [get((i) => `/operator/competitions/${i.admissionCompetition}/admission`, operator())] },
  '/operator/competitions/[id]/admission/[applicationId]': {
    cases: [get((i) => `/operator/competitions/${i.admissionCompetition}/admission/${i.admissionApplication}`, operator())],
  },
  '/operator/competitions/[id]/commission': { cases: [get((i) => `/operator/competitions/${i.scoringCompetition}/commission`, operator())] },
  '/operator/competitions/[id]/results': { cases: [get((i) => `/operator/competitions/${i.resultsGrantCompetition}/results`, operator())] },
  '/operator/competitions/[id]/scoring': { cases: [get((i) => `/operator/competitions/${i.scoringCompetition}/scoring`, operator())] },
  '/operator/competitions/[id]/settings': { cases: [get((i) => `/operator/competitions/${i.openGrantCompetition}/settings`, operator())] },
  '/operator/creative-order': { cases: [get(() => '/operator/creative-order', operator())] },
  '/operator/creative-order/clubs/[id]': { cases: [get((i) => `/operator/creative-order/clubs/${i.creativeClubA}`, operator())] },
  '/operator/creative-order/runs/[id]': { cases: [get((i) => `/operator/creative-order/runs/${i.creativeRun}`, operator())] },
  '/operator/database-reports': { cases: [get(() => '/operator/database-reports', operator())] },
  '/operator/database-reports/[id]': { cases: [get((i) => `/operator/database-reports/${i.ngoDatabaseReportA}`, operator())] },
  '/operator/evaluations': { cases: [get(() => '/operator/evaluations', operator())] },
  '/operator/evaluations/[id]': {
    note: 'the demo holds no project evaluation: the missing case',
    cases: [get(() => `/operator/evaluations/${MISSING_ID}`, operator({ operator: 'notFound', admin: 'notFound' }))],
  },
  '/operator/evaluations/annual': { cases: [get(() => '/operator/evaluations/annual', operator())] },
  '/operator/evaluations/council/[agreementId]': { cases: [get((i) => `/operator/evaluations/council/${i.agreementC}`, operator())] },
  '/operator/experts': { cases: [get(() => '/operator/experts', operator())] },
  '/operator/experts/new': { cases: [get(() => '/operator/experts/new', operator())] },
  '/operator/experts/[id]': { cases: [get((i) => `/operator/experts/${i.expertRow}`, operator())] },
  '/operator/history': { cases: [get(() => '/operator/history', operator())] },
  '/operator/monitoring': { cases: [get(() => '/operator/monitoring', operator())] },
  '/operator/monitoring/summary': { cases: [get(() => '/operator/monitoring/summary', operator())] },
  '/operator/monitoring/[agreementId]': { cases: [get((i) => `/operator/monitoring/${i.agreementC}`, operator())] },
  '/operator/organizations': { cases: [get(() => '/operator/organizations', operator())] },
  '/operator/organizations/[id]': { cases: [get((i) => `/operator/organizations/${i.organizationA}`, operator())] },
  '/operator/plans': { cases: [get(() => '/operator/plans', operator())] },
  '/operator/plans/[planId]/topics/new': { cases: [get((i) => `/operator/plans/${i.grantPlan}/topics/new`, operator())] },
  '/operator/plans/[planId]/topics/[topicId]': { cases: [get((i) => `/operator/plans/${i.grantPlan}/topics/${i.grantPlanTopic}`, operator())] },
  '/operator/social-order': { cases: [get(() => '/operator/social-order', operator())] },
  '/operator/social-order/[id]': { cases: [get((i) => `/operator/social-order/${i.socialOrderCompetition}`, operator())] },
  '/operator/social-order/discussions': { cases: [get(() => '/operator/social-order/discussions', operator())] },
  '/operator/social-order/discussions/[planId]': { cases: [get((i) => `/operator/social-order/discussions/${i.socialOrderPlan}`, operator())] },
  '/operator/social-order/discussions/[planId]/report': { cases: [get((i) => `/operator/social-order/discussions/${i.socialOrderPlan}/report`, operator())] },
  '/operator/strategic-partnership': { cases: [get(() => '/operator/strategic-partnership', operator())] },
  '/operator/strategic-partnership/new': { cases: [get(() => '/operator/strategic-partnership/new', operator())] },
  '/operator/strategic-partnership/[id]': { cases: [get((i) => `/operator/strategic-partnership/${i.strategicPartnershipCompetition}`, operator())] },
  '/operator/topic-proposals': { cases: [get(() => '/operator/topic-proposals', operator())] },
  '/operator/topic-proposals/[id]': { cases: [get((i) => `/operator/topic-proposals/${i.topicProposalA}`, operator())] },

  // ---------------------------------------------------------------- API routes and files by direct URL
  '/api/health': { cases: [get(() => '/api/health', PUBLIC)] },
  '/api/auth/[...nextauth]': { note: 'next-auth endpoints are public by design', cases: [get(() => '/api/auth/providers', PUBLIC), get(() => '/api/auth/csrf', PUBLIC)] },
  '/api/open-data/360giving.csv': { cases: [get(() => '/api/open-data/360giving.csv', PUBLIC)] },
  '/api/open-data/360giving.json': { cases: [get(() => '/api/open-data/360giving.json', PUBLIC)] },
  '/api/open-data/ocds.json': { cases: [get(() => '/api/open-data/ocds.json', PUBLIC)] },
  '/api/applications/[id]/pdf': {
    note: "the application PDF: can(actor, 'read', application) with the CI-1 expert lists",
    cases: [
      get((i) => `/api/applications/${i.applicationB}/pdf`, api({ ngoB: 'allow', expertAssigned: 'allow', operator: 'allow', admin: 'allow' }), "NGO B's application"),
      get((i) => `/api/applications/${i.applicationA}/pdf`, api({ ngoA: 'allow', expertAssigned: 'allow', expertConflicted: 'allow', operator: 'allow', admin: 'allow' }), "NGO A's application"),
    ],
  },
  '/api/attachments/[id]': {
    note: 'an application document by direct URL: same rule as the application',
    cases: [
      get((i) => `/api/attachments/${i.attachmentB}`, api({ ngoB: 'allow', expertAssigned: 'allow', operator: 'allow', admin: 'allow' }), "a file of NGO B's application"),
      get((i) => `/api/attachments/${i.attachmentA}`, api({ ngoA: 'allow', expertAssigned: 'allow', expertConflicted: 'allow', operator: 'allow', admin: 'allow' }), "a file of NGO A's application"),
    ],
  },
  '/api/applications/[id]/attachments': {
    note: 'upload (POST only, same-origin); an empty body past the guard is a 400',
    cases: [
      {
        method: 'POST',
        label: "upload to NGO A's draft",
        url: (i) => `/api/applications/${i.draftApplicationA}/attachments`,
        // Its NGO passes the guard (and is refused for the empty body); staff may read but not edit (403); others: 404.
        expect: api({ ngoA: 'badRequest', operator: 'forbidden', admin: 'forbidden' }),
      },
    ],
  },
  '/api/agreements/[id]/document': {
    note: 'the agreement terms PDF: agreementAccess (the contracted NGO, operator staff)',
    // The seeded agreement's revision was never generated in the portal: past the guard, 409.
    cases: [get((i) => `/api/agreements/${i.agreementC}/document`, api({ ngoC: 'notReady', operator: 'notReady', admin: 'notReady' }))],
  },
  '/api/reports/[id]/attachments': {
    cases: [
      {
        method: 'POST',
        url: (i) => `/api/reports/${i.reportC}/attachments`,
        expect: api({ ngoC: 'badRequest' }),
      },
    ],
  },
  '/api/reports/[id]/attachments/[attachmentId]': {
    note: 'a report file by direct URL: reportAccess (the contracted NGO, operator staff)',
    cases: [get((i) => `/api/reports/${i.reportC}/attachments/${i.reportAttachmentC}`, api({ ngoC: 'allow', operator: 'allow', admin: 'allow' }))],
  },
  '/api/laureates/[id]/diploma': {
    note: 'award diplomas: the demo has no published laureate, so only the missing case',
    cases: [get(() => `/api/laureates/${MISSING_ID}/diploma`, api())],
  },
  '/api/competitions/[id]/protocol': {
    note: 'resultsRole: staff and commission members of the competition (expert6 and expert5 sit on the finished one, expert4 does not)',
    // The seeded finished competition has no meeting recorded in the portal: 409 past the guard.
    cases: [get((i) => `/api/competitions/${i.resultsGrantCompetition}/protocol`, api({ expertAssigned: 'notReady', expertUnassigned: 'notReady', operator: 'notReady', admin: 'notReady' }))],
  },
  '/api/competitions/[id]/ranking.xlsx': {
    note: "can(actor, 'manage', competition): staff",
    cases: [get((i) => `/api/competitions/${i.meetingGrantCompetition}/ranking.xlsx`, api({ operator: 'allow', admin: 'allow' }))],
  },
  '/api/competitions/[id]/social-order-protocol': {
    // CM-2: no protocol before the commission has voted (the seeded competition has no votes): 409 past the guard.
    cases: [get((i) => `/api/competitions/${i.socialOrderResultsCompetition}/social-order-protocol`, api({ operator: 'notReady', admin: 'notReady' }))],
  },
  '/operator/analytics/export': {
    cases: [
      get(() => '/operator/analytics/export?dataset=money-direction', api({ operator: 'allow', admin: 'allow' })),
      get(() => '/operator/analytics/export', api({ operator: 'badRequest', admin: 'badRequest' }), 'without a dataset'),
    ],
  },
  '/operator/evaluations/annual/export': { cases: [get(() => `/operator/evaluations/annual/export?year=${new Date().getFullYear()}`, api({ operator: 'allow', admin: 'allow' }))] },
  '/operator/monitoring/summary/export': {
    cases: [get(() => `/operator/monitoring/summary/export?year=${new Date().getFullYear()}&half=JUNE`, api({ operator: 'allow', admin: 'allow' }))],
  },
  '/operator/social-order/discussions/[planId]/report/pdf': {
    cases: [get((i) => `/operator/social-order/discussions/${i.socialOrderPlan}/report/pdf`, api({ operator: 'allow', admin: 'allow' }))],
  },
};

/** app/<segments>/page.tsx or route.ts → the URL pattern (route groups dropped). */
export function routePattern(relativeFile: string): string {
  const segments = relativeFile.split('/').slice(0, -1).filter((s) => !(s.startsWith('(') && s.endsWith(')')));
  return '/' + segments.join('/');
}

const HEAD_OF = `join "OrganizationMembership" m on m."organizationId" = x."organizationId" and m.role = 'HEAD' and m."endedAt" is null join "User" u on u.id = m."userId"`;

/** Looks every id of the matrix up in the e2e database (by account and stage, never by seed id). */
export async function lookupIds(client: pg.Client): Promise<Omit<Ids, 'reportAttachmentC'>> {
  const one = async (label: string, sql: string, params: unknown[] = []): Promise<string> => {
    const { rows } = await client.query<{ v: string }>(sql, params);
    const v = rows[0]?.v;
    if (!v) throw new Error(`authorization matrix: no ${label} in the e2e database`);
    return v;
  };
  const competition = (kind: string, status: string) =>
    one(`${kind} competition in ${status}`, `select id as v from "Competition" where kind = $1 and status = $2 order by code limit 1`, [kind, status]);
  const orgOf = (email: string) => one(`organisation of ${email}`, `select x."organizationId" as v from "OrganizationMembership" x join "User" u on u.id = x."userId" where u.email = $1 and x.role = 'HEAD'`, [email]);
  const expertOf = (email: string) => one(`expert ${email}`, `select e.id as v from "Expert" e join "User" u on u.id = e."userId" where u.email = $1`, [email]);

  const scoringCompetition = await competition('GRANT', 'SCORING');
  const openGrantCompetition = await competition('GRANT', 'OPEN');
  const resultsGrantCompetition = await competition('GRANT', 'RESULTS_PUBLISHED');
  const applicationIn = (competitionId: string, email: string) =>
    one(`application of ${email}`, `select x.id as v from "Application" x ${HEAD_OF} where x."competitionId" = $1 and u.email = $2`, [competitionId, email]);
  const applicationA = await applicationIn(scoringCompetition, ROLE_ACCOUNTS.ngoA);
  const applicationB = await applicationIn(scoringCompetition, ROLE_ACCOUNTS.ngoB);
  const admissionCompetition = await competition('GRANT', 'ADMISSION');
  const agreementOf = (email: string) => one(`agreement of ${email}`, `select x.id as v from "Agreement" x ${HEAD_OF} where u.email = $1 order by x."createdAt" limit 1`, [email]);
  const agreementC = await agreementOf(ROLE_ACCOUNTS.ngoC);
  const attachmentOf = (applicationId: string) =>
    one('application document', `select id as v from "Attachment" where "applicationId" = $1 and "deletedAt" is null order by "uploadedAt" limit 1`, [applicationId]);
  const clubOf = (email: string) =>
    one(`creative club of ${email}`, `select c.id as v from "CreativeClub" c join "OrganizationMembership" m on m."organizationId" = c."providerId" and m.role = 'HEAD' join "User" u on u.id = m."userId" where u.email = $1 limit 1`, [email]);
  const grantPlan = await one('grant plan', `select id as v from "Plan" where kind = 'GRANT' order by year limit 1`);
  const organizationA = await orgOf(ROLE_ACCOUNTS.ngoA);
  return {
    openGrantCompetition,
    openGrantLot: await one('lot of the open competition', `select id as v from "Lot" where "competitionId" = $1 order by id limit 1`, [openGrantCompetition]),
    scoringCompetition,
    resultsGrantCompetition,
    resultsGrantCompetitionCode: await one('code', `select code as v from "Competition" where id = $1`, [resultsGrantCompetition]),
    meetingGrantCompetition: await competition('GRANT', 'COMMISSION_MEETING'),
    admissionCompetition,
    admissionApplication: await one('application in admission', `select id as v from "Application" where "competitionId" = $1 order by id limit 1`, [admissionCompetition]),
    awardCompetition: await competition('AWARD', 'SCORING'),
    socialOrderCompetition: await competition('SOCIAL_ORDER', 'ADMISSION'),
    socialOrderResultsCompetition: await one(
      'social-order competition with results',
      `select c.id as v from "Competition" c where c.kind = 'SOCIAL_ORDER' and c.status = 'RESULTS_PUBLISHED' order by c.code limit 1`,
    ),
    strategicPartnershipCompetition: await one('strategic partnership', `select id as v from "Competition" where kind = 'STRATEGIC_PARTNERSHIP' order by code limit 1`),
    socialOrderPlan: await one(
      'social-order plan in discussion',
      `select p.id as v from "Plan" p where p.kind = 'SOCIAL_ORDER' and exists (select 1 from "PlanTopic" t where t."planId" = p.id) order by p.status = 'DRAFT' desc, p.id limit 1`,
    ),
    grantPlan,
    grantPlanTopic: await one('grant plan topic', `select id as v from "PlanTopic" where "planId" = $1 order by id limit 1`, [grantPlan]),
    applicationA,
    applicationB,
    draftApplicationA: await applicationIn(openGrantCompetition, ROLE_ACCOUNTS.ngoA),
    applicationSectionKey: await one('section', `select key as v from "ApplicationSection" where "applicationId" = $1 order by key limit 1`, [applicationB]),
    attachmentA: await attachmentOf(applicationA),
    attachmentB: await attachmentOf(applicationB),
    agreementB: await agreementOf(ROLE_ACCOUNTS.ngoB),
    agreementC,
    agreementCNumber: await one('agreement number', `select number as v from "Agreement" where id = $1`, [agreementC]),
    reportC: await one('report', `select id as v from "Report" where "agreementId" = $1 order by id limit 1`, [agreementC]),
    topicProposalA: await one('topic proposal of NGO A', `select id as v from "TopicProposal" where "organizationId" = $1 order by id limit 1`, [organizationA]),
    creativeClubA: await clubOf(ROLE_ACCOUNTS.ngoA),
    creativeClubB: await clubOf(ROLE_ACCOUNTS.ngoB),
    creativeRun: await one('creative allocation run', `select id as v from "CreativeAllocationRun" order by id limit 1`),
    ngoDatabaseReportA: await one('NGO database report of NGO A', `select id as v from "NgoDatabaseReport" where "organizationId" = $1 order by year desc limit 1`, [organizationA]),
    organizationA,
    organizationABin: await one('BIN', `select bin as v from "Organization" where id = $1`, [organizationA]),
    expertRow: await expertOf(ROLE_ACCOUNTS.expertAssigned),
    staffUser: await one('staff user', `select id as v from "User" where email = $1`, [ROLE_ACCOUNTS.operator]),
  };
}
