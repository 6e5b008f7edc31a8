import application from './messages/kk/application.json';
import applicationForms from './messages/kk/applicationForms.json';
import reports from './messages/kk/reports.json';

/**
 * The message namespaces the BROWSER needs, per area of the app. Server components
 * translate on the server and send text; only client components (forms, buttons with
 * state) translate in the browser, and every namespace handed to the client provider is
 * serialised into every page of its area — all of them were ≈ 350 KB per page. So each
 * area's layout hands over only what its client components ask for.
 * tests/unit/i18n/client-namespaces.test.ts walks the import graph of every area and fails
 * when a client component asks for a namespace its area does not list here.
 */

/** The form sections (annexes, technical specification, nomination, proposal): their fields translate by section key. */
const FORM_SECTIONS = [...Object.keys(application), ...Object.keys(applicationForms)];
/** The report sections: the missing-fields list translates by section key. */
const REPORT_SECTIONS = Object.keys(reports);

export const CLIENT_NAMESPACES = {
  /** The header and footer, the error boundary. */
  root: ['errorPage', 'languages'],
  public: [
    'auth',
    'creativeOrder.errors',
    'creativeOrder.request',
    'errors',
    'evaluation',
    'experts',
    'legalForms',
    'orgErrors',
    'orgInvitation',
    'register',
    'socialOrder',
  ],
  ngo: [
    'agreements.errors',
    'agreements.requisites',
    'attachments',
    'competitionSetup.errors',
    'creativeOrder.errors',
    'creativeOrder.provider',
    'errors',
    'languages',
    'legalForms',
    'ngoReport',
    'orgErrors',
    'orgMembers',
    'orgProfile',
    'plans.form',
    'submission',
    'topicProposals',
    ...FORM_SECTIONS,
    ...REPORT_SECTIONS,
  ],
  operator: [
    'admission',
    'agreements.amend',
    'agreements.errors',
    'agreements.generate',
    'agreements.returns',
    'attachments',
    'awards',
    'commission',
    'competitionSetup',
    'creativeOrder.errors',
    'creativeOrder.operator',
    'creativeOrder.plan',
    'criteria',
    'directCommission',
    'errors',
    'evaluation',
    'experts',
    'languages',
    'monitoring',
    'ngoReport.errors',
    'ngoReport.form',
    'ngoReportReview.detail',
    'orgConsole',
    'orgErrors',
    'orgFlags',
    'orgMembers',
    'plans.form',
    'results',
    'socialOrder',
    'strategicPartnership',
    'topicProposals.review',
    ...FORM_SECTIONS,
    ...REPORT_SECTIONS,
  ],
  expert: ['coi', 'evaluation', 'results', 'scoring'],
  admin: ['admin', 'nav.roles'],
  me: [],
} as const satisfies Record<string, readonly string[]>;

export type ClientArea = keyof typeof CLIENT_NAMESPACES;

type Messages = Record<string, unknown>;

/** The sub-tree of `messages` at the dotted `path`, or undefined. */
function at(messages: Messages, path: string): unknown {
  let node: unknown = messages;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Messages)[part];
  }
  return node;
}

/** Only the listed namespaces (dotted paths keep their nesting: `a.b` → `{ a: { b } }`). */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const path of namespaces) {
    const value = at(messages, path);
    if (value === undefined) continue;
    const parts = path.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = (node[part] = typeof next === 'object' && next !== null ? next : {}) as Messages;
    }
    node[parts.at(-1)!] = value;
  }
  return out;
}
