/**
 * F-EV (L4179–4222): the supporting documents that prove an event happened. Items 1–2 are
 * required for every event, 3–9 are optional, and each event type adds its own required
 * evidence (items 10–16). The checklist of one event = which of these are present.
 */

export const EVENT_TYPES = ['seminar', 'conference', 'roundTable', 'exhibition', 'concert', 'consultation', 'focusGroup', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** F-EV items 1–9: for every event type. */
export const COMMON_EVIDENCE = [
  'programme', // 1. Іс-шара бағдарламасы — required
  'participantList', // 2. participant list (№, full name, work/study place, contacts, signature) — required
  'participantContacts', // 3.
  'feedbackForms', // 4.
  'venueLetter', // 5.
  'photosVideos', // 6.
  'visualDesign', // 7.
  'handouts', // 8. with print run
  'mediaCoverage', // 9.
] as const;

/** F-EV items 10–16: required by the event type. */
export const TYPE_EVIDENCE = {
  seminar: ['presentation', 'trainerCv', 'trainingModule', 'certificateSamples'],
  conference: ['papers', 'resolutions'],
  roundTable: ['papers', 'resolutions'],
  exhibition: ['catalogue'],
  concert: ['script'],
  consultation: ['serviceLog'],
  focusGroup: ['researchProgramme', 'protocols', 'recordings'],
  other: [],
} as const satisfies Record<EventType, readonly string[]>;

export const EVIDENCE_TYPES = [...new Set([...COMMON_EVIDENCE, ...Object.values(TYPE_EVIDENCE).flat()])] as readonly string[];
export type EvidenceType = (typeof COMMON_EVIDENCE)[number] | (typeof TYPE_EVIDENCE)[EventType][number];

const REQUIRED_COMMON: readonly EvidenceType[] = ['programme', 'participantList'];

export function isEventType(v: unknown): v is EventType {
  return typeof v === 'string' && (EVENT_TYPES as readonly string[]).includes(v);
}

export function isEvidenceType(v: unknown): v is EvidenceType {
  return typeof v === 'string' && EVIDENCE_TYPES.includes(v);
}

/** F-EV: the evidence an event of this type must have (unknown type: the common minimum). */
export function requiredEvidence(eventType: string | undefined): EvidenceType[] {
  const specific: readonly EvidenceType[] = isEventType(eventType) ? TYPE_EVIDENCE[eventType] : [];
  return [...REQUIRED_COMMON, ...specific];
}

/** F-EV: the evidence that may be attached to an event of this type (required first). */
export function allowedEvidence(eventType: string | undefined): EvidenceType[] {
  const required = requiredEvidence(eventType);
  return [...required, ...COMMON_EVIDENCE.filter((e) => !required.includes(e))];
}

export interface EvidenceChecklistItem {
  type: EvidenceType;
  required: boolean;
  present: boolean;
}

/** F-EV checklist of one event: each allowed evidence type, whether required, whether attached. */
export function evidenceChecklist(eventType: string | undefined, presentTypes: Iterable<string>): { items: EvidenceChecklistItem[]; missing: EvidenceType[]; complete: boolean } {
  const present = new Set(presentTypes);
  const required = new Set(requiredEvidence(eventType));
  const items = allowedEvidence(eventType).map((type) => ({ type, required: required.has(type), present: present.has(type) }));
  const missing = items.filter((i) => i.required && !i.present).map((i) => i.type);
  return { items, missing, complete: missing.length === 0 };
}

/** Attachment.kind of a piece of evidence: `ev:<event number>:<evidence type>` (events numbered from 1, "Қосымша N"). */
export function evidenceKind(eventNo: number, type: string): string {
  return `ev:${eventNo}:${type}`;
}

export function parseEvidenceKind(kind: string): { eventNo: number; type: string } | null {
  const m = /^ev:(\d{1,3}):([A-Za-z]{1,40})$/.exec(kind);
  if (!m) return null;
  const eventNo = Number(m[1]);
  return eventNo >= 1 ? { eventNo, type: m[2] as string } : null;
}
