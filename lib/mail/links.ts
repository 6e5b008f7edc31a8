// Where an e-mail's "open on the portal" link leads. It depends on who reads it, exactly as
// in the cabinet's notification list (components/notifications/notification-list.tsx): an
// NGO opens its application, an expert the workspace, staff the console; invitations carry
// their own one-time path in the payload.
export type RecipientRole = 'NGO' | 'OPERATOR' | 'EXPERT' | 'ADMIN';

const SAFE_PATH = /^\/[\w\-/]+$/;

function objectPath(role: RecipientRole, objectType: string | null, objectId: string | null): string | null {
  if (!objectId) return null;
  const staff = role === 'OPERATOR' || role === 'ADMIN';
  switch (objectType) {
    case 'TopicProposal':
      return role === 'NGO' ? `/ngo/topic-proposals/${objectId}` : staff ? `/operator/topic-proposals/${objectId}` : null;
    case 'Application':
      return role === 'NGO' ? `/ngo/applications/${objectId}` : role === 'EXPERT' ? `/expert/applications/${objectId}` : null;
    case 'CreativeClub':
      return role === 'NGO' ? `/ngo/creative-order/${objectId}` : staff ? `/operator/creative-order/clubs/${objectId}` : null;
    case 'Competition':
      return role === 'EXPERT' ? '/expert' : staff ? `/operator/competitions/${objectId}` : `/competitions/${objectId}`;
    case 'Agreement':
      return role === 'NGO' ? `/ngo/agreements/${objectId}` : staff ? `/operator/agreements/${objectId}` : null;
    default:
      return null;
  }
}

/**
 * The page a notification is about, for this reader — the cabinet's list and the e-mail link
 * share it. A report's page needs its agreement too, so its notification carries the NGO's
 * link (`payload.href`) or at least the agreement.
 */
export function notificationObjectPath(role: RecipientRole, objectType: string | null, objectId: string | null, payload: Record<string, unknown>): string | null {
  const byObject = objectPath(role, objectType, objectId);
  if (byObject) return byObject;
  if (role === 'NGO' && typeof payload.href === 'string' && /^\/ngo\/[\w\-/]+$/.test(payload.href)) return payload.href;
  if (role === 'NGO' && typeof payload.agreementId === 'string') return `/ngo/agreements/${payload.agreementId}`;
  return null;
}

/** The path (on this portal) an e-mail links to; the recipient's notifications page when nothing more precise is known. */
export function mailLinkPath(role: RecipientRole, objectType: string | null, objectId: string | null, payload: Record<string, unknown>): string {
  // Invitations (expert, organisation staff): the one-time link is the point of the e-mail.
  if (typeof payload.path === 'string' && SAFE_PATH.test(payload.path)) return payload.path;
  return notificationObjectPath(role, objectType, objectId, payload) ?? (role === 'NGO' ? '/ngo/notifications' : '/me/notifications');
}
