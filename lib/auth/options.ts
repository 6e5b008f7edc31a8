import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/services/accounts/authenticate';
import { signInSchema } from '@/lib/validation/sign-in';
import { contextFromHeaders } from './request-context';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error('invalidCredentials');
        const headers = (req.headers ?? {}) as Record<string, string | undefined>;
        const result = await authenticate(db, parsed.data, contextFromHeaders((name) => headers[name]));
        // The error code travels back to the sign-in form, which translates it.
        if (!result.ok) throw new Error(result.error.code);
        return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // A new token is minted at every sign-in (session rotation); it carries the account's
    // sessionVersion so a role change or deactivation invalidates older sessions.
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid;
        session.user.role = token.role;
      }
      session.sv = token.sv;
      return session;
    },
  },
};
