import { describe, expect, it } from 'vitest';
import { attachmentChecklist } from '@/lib/services/attachments/attachment-checklist';
import type { RequiredDocument } from '@/lib/validation/competition-settings';

const docs: RequiredDocument[] = [
  { kind: 'charter', titleKk: 'Жарғы', titleRu: 'Устав', required: true },
  { kind: 'balance', titleKk: 'Баланс', titleRu: 'Баланс', required: true },
  { kind: 'letters', titleKk: 'Хаттар', titleRu: 'Письма', required: false },
];

describe('attachment checklist (§4.5 documents of the announcement, language rule)', () => {
  it('nothing uploaded: every required document missing, not complete', () => {
    const c = attachmentChecklist(docs, [], ['kk', 'ru'], false);
    expect(c.complete).toBe(false);
    expect(c.missing.map((i) => i.kind)).toEqual(['charter', 'balance']);
    expect(c.items.map((i) => [i.kind, i.required, i.satisfied, i.count])).toEqual([
      ['charter', true, false, 0],
      ['balance', true, false, 0],
      ['letters', false, false, 0],
    ]);
  });

  it('any one language: one file per required kind completes it; optional ones never block', () => {
    const c = attachmentChecklist(docs, [{ kind: 'charter', language: 'ru' }, { kind: 'balance', language: null }, { kind: 'other', language: 'kk' }], ['kk', 'ru'], false);
    expect(c.complete).toBe(true);
    expect(c.missing).toEqual([]);
    expect(c.items.find((i) => i.kind === 'letters')).toMatchObject({ satisfied: false, required: false });
    expect(c.items.every((i) => i.missingLanguages.length === 0)).toBe(true);
  });

  it('all languages required: each language needs its own file; a file without a language counts for none', () => {
    const c = attachmentChecklist(
      docs,
      [
        { kind: 'charter', language: 'kk' },
        { kind: 'charter', language: 'ru' },
        { kind: 'balance', language: 'kk' },
        { kind: 'balance', language: null },
      ],
      ['kk', 'ru'],
      true,
    );
    expect(c.complete).toBe(false);
    expect(c.items.find((i) => i.kind === 'charter')).toMatchObject({ satisfied: true, missingLanguages: [], count: 2 });
    expect(c.items.find((i) => i.kind === 'balance')).toMatchObject({ satisfied: false, missingLanguages: ['ru'], count: 2 });
    expect(c.missing.map((i) => i.kind)).toEqual(['balance']);
  });

  it('soft-deleted files never count', () => {
    const c = attachmentChecklist(docs.slice(0, 1), [{ kind: 'charter', language: 'kk', deletedAt: new Date() }], ['kk'], false);
    expect(c.complete).toBe(false);
    expect(c.items[0]).toMatchObject({ satisfied: false, count: 0 });
  });

  it('a competition with no checklist is complete', () => {
    expect(attachmentChecklist([], [], ['kk'], true)).toEqual({ items: [], complete: true, missing: [] });
  });
});
