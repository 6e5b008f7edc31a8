import { describe, expect, it } from 'vitest';
import { mailLinkPath } from '@/lib/mail/links';
import { renderMail } from '@/lib/mail/render';
import { decodeHeaderValue, parseMessage } from '@/lib/ops/smtp-capture';

const admission = {
  templateKey: 'application.admission',
  payload: { competitionTitleKk: 'Жасыл қала', competitionTitleRu: 'Зелёный город', admitted: false, reasons: ['R3'], comment: 'Есеп жоқ <b>' },
  objectType: 'Application',
  objectId: 'app1',
  recipient: { name: 'Айгүл', role: 'NGO' as const },
};

describe('e-mail rendering (templates from notifications.templates, subjects from mail.subjects)', () => {
  it('renders a Kazakh e-mail as text and HTML with a link to the object', async () => {
    const mail = await renderMail({ ...admission, locale: 'kk' }, 'https://demeu.example');
    expect(mail.subject).toBe('Өтінімді тексеру нәтижесі — Demeu');
    expect(mail.text).toContain('«Жасыл қала» конкурсына өтініміңізді тексеру нәтижесі: жіберілмеді (R3). Есеп жоқ <b>');
    expect(mail.text).toContain('Құрметті Айгүл!');
    expect(mail.url).toBe('https://demeu.example/ngo/applications/app1');
    expect(mail.text).toContain('Порталда ашу: https://demeu.example/ngo/applications/app1');
    expect(mail.html).toContain('<html lang="kk">');
    expect(mail.html).toContain('Есеп жоқ &lt;b&gt;');
    expect(mail.html).not.toContain('Есеп жоқ <b>');
    expect(mail.html).toContain('href="https://demeu.example/ngo/applications/app1"');
  });

  it('uses the recipient locale (ru, en) and falls back to Kazakh for an unknown one', async () => {
    const ru = await renderMail({ ...admission, locale: 'ru' }, 'http://x');
    expect(ru.subject).toBe('Результат проверки заявки — Demeu');
    expect(ru.text).toContain('«Зелёный город»');
    const en = await renderMail({ ...admission, locale: 'en' }, 'http://x');
    expect(en.subject).toBe('Result of the admission check — Demeu');
    const other = await renderMail({ ...admission, locale: 'de' }, 'http://x');
    expect(other.subject).toBe('Өтінімді тексеру нәтижесі — Demeu');
  });

  it('falls back to the generic subject and text for a key without texts', async () => {
    const mail = await renderMail({ ...admission, templateKey: 'something.new', locale: 'ru' }, 'http://x');
    expect(mail.subject).toBe('Уведомление портала Demeu — Demeu');
    expect(mail.text).toContain('something.new');
  });

  it('links invitations to their one-time path, others by the reader role', () => {
    expect(mailLinkPath('EXPERT', 'ExpertInvitation', 'i1', { path: '/expert-invitations/abc_DEF-1' })).toBe('/expert-invitations/abc_DEF-1');
    expect(mailLinkPath('EXPERT', null, null, { path: 'https://evil.example/' })).toBe('/me/notifications');
    expect(mailLinkPath('OPERATOR', 'Competition', 'c1', {})).toBe('/operator/competitions/c1');
    expect(mailLinkPath('NGO', 'Tranche', 't1', { agreementId: 'a1' })).toBe('/ngo/agreements/a1');
  });
});

describe('SMTP capture message decoding', () => {
  it('joins adjacent RFC 2047 words and decodes base64 and quoted-printable parts', () => {
    const subject = Buffer.from('Өтінім берілді', 'utf8').toString('base64');
    expect(decodeHeaderValue(`=?UTF-8?B?${subject.slice(0, 8)}?= =?UTF-8?B?${subject.slice(8)}?=`)).toBe('Өтінім берілді');
    const raw = [
      'From: a@b',
      `Subject: =?UTF-8?B?${subject}?=`,
      'Content-Type: multipart/alternative; boundary="--_b"',
      '',
      '----_b',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'caf=C3=A9 =',
      'ok',
      '----_b',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('<p>Сәлем</p>').toString('base64'),
      '----_b--',
      '',
    ].join('\r\n');
    const parsed = parseMessage(raw);
    expect(parsed.subject).toBe('Өтінім берілді');
    expect(parsed.text.trim()).toBe('café ok');
    expect(parsed.html).toBe('<p>Сәлем</p>');
  });
});
