import application from './messages/kk/application.json';
import applicationForms from './messages/kk/applicationForms.json';
import reports from './messages/kk/reports.json';

/**
 * The message namespaces the BROWSER needs, per area of the app. Server components
 * translate on the server and send text; only client components (forms, buttons with
 * state) translate in the browser, and every namespace handed to the client provider is
 * serialised into every page of its area — all of them were ≈ 350 KB per page. So each
 * area's layout hands over only what its client components ask for; the form and report
 * sections, the heaviest, only on the pages that edit them (nested areas: an inner
 * provider replaces the outer one for its pages).
 * tests/unit/i18n/client-namespaces.test.ts walks the import graph of every area and fails
 * when a client component asks for a namespace its area does not list here.
 */

/** The form sections (annexes, technical specification, nomination, proposal): their fields translate by section key. */
const FORM_SECTIONS = [...Object.keys(application), ...Object.keys(applicationForms)];
/** The report sections: the missing-fields list translates by section key. */
const REPORT_SECTIONS = Object.keys(reports);

export const CLIENT_NAMESPACES = {
  /**
   * The header, the footer, the error boundary and every public page without a form: no
   * provider at all (the header translates on the server; the error texts come from the
   * root layout, components/errors/error-texts.tsx), so those pages load no translation runtime.
   */
  root: [],
  // The public site's forms, each in its own folder (the competition pages carry none).
  signIn: ['auth', 'errors'],
  register: ['errors', 'legalForms', 'register'],
  orgInvitation: ['errors', 'orgErrors', 'orgInvitation'],
  expertInvitation: ['experts'],
  creativeClubs: ['creativeOrder.errors', 'creativeOrder.request'],
  socialOrderDiscussion: ['socialOrder'],
  evaluationDiscussion: ['evaluation'],
  /** The NGO cabinet: profile, members, a new application. */
  ngo: ['applicationForm', 'errors', 'legalForms', 'orgErrors', 'orgMembers', 'orgProfile'],
  /** One application: submit, withdraw, its documents (the page every NGO opens at the deadline). */
  ngoApplication: ['attachments', 'languages', 'submission'],
  /** The NGO's application form, section by section (the fields translate by section key). */
  applicationSections: FORM_SECTIONS,
  ngoAgreements: ['agreements.errors', 'agreements.requisites'],
  /** A report's sections, for the NGO writing it and the operator reviewing it. */
  reports: ['attachments', ...FORM_SECTIONS, ...REPORT_SECTIONS],
  ngoCreativeOrder: ['creativeOrder.errors', 'creativeOrder.provider'],
  ngoDatabaseReport: ['ngoReport'],
  ngoTopicProposals: ['competitionSetup.errors', 'languages', 'plans.form', 'topicProposals'],
  /** The operator console: few users, many forms — one provider. */
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
  ],
  expert: ['coi', 'evaluation', 'results', 'scoring'],
  admin: ['admin', 'nav.roles'],
  me: [],
} satisfies Record<string, readonly string[]>;

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
