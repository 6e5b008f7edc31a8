import { describe, expect, it } from 'vitest';
import { registrationSchema } from '@/lib/validation/registration';

const valid = {
  bin: '100140000003',
  legalForm: 'PUBLIC_ASSOCIATION',
  nameKk: '«Жасыл қала» қоғамдық бірлестігі',
  nameRu: 'Общественное объединение «Зелёный город»',
  regionCode: 'ALA',
  fullName: 'Айгерім Серікқызы Нұрланова',
  email: '  Head@Example.KZ ',
  password: 'correct horse battery',
  passwordConfirm: 'correct horse battery',
};

const errorsOf = (input: unknown) => {
  const result = registrationSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('NGO registration form (same schema on client and server)', () => {
  it('accepts a complete form and normalises the e-mail', () => {
    const result = registrationSchema.parse(valid);
    expect(result.email).toBe('head@example.kz');
  });

  it.each([
    [{ bin: '100140000004' }, 'bin', 'binChecksum'],
    [{ bin: '12345' }, 'bin', 'binFormat'],
    [{ nameKk: '   ' }, 'nameKk', 'required'],
    [{ email: 'not-an-email' }, 'email', 'email'],
    [{ password: 'short', passwordConfirm: 'short' }, 'password', 'passwordTooShort'],
    [{ passwordConfirm: 'something else entirely' }, 'passwordConfirm', 'passwordMismatch'],
    [{ legalForm: 'LLP' }, 'legalForm', 'required'],
    [{ nameRu: 'я'.repeat(301) }, 'nameRu', 'tooLong'],
  ])('%o → %s: %s', (change, field, code) => {
    expect(errorsOf({ ...valid, ...change })[field]).toBe(code);
  });

  it('lets a political party, trade union or religious association through the form so the service can say why it is refused', () => {
    expect(registrationSchema.safeParse({ ...valid, legalForm: 'RELIGIOUS_ASSOCIATION' }).success).toBe(true);
  });

  it('refuses wrong types without throwing', () => {
    expect(registrationSchema.safeParse({ ...valid, bin: 100140000003 }).success).toBe(false);
    expect(registrationSchema.safeParse(null).success).toBe(false);
  });
});
