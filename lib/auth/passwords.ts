import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB memory, 2 iterations: OWASP's baseline).
export const hashPassword = (password: string) => hash(password);

let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Verify against a real hash even when the account doesn't exist, so the response
  // time doesn't tell which e-mail addresses are registered.
  dummyHash ??= hash('no account has this password');
  const ok = await verify(passwordHash ?? (await dummyHash), password).catch(() => false);
  return passwordHash !== null && ok;
}
