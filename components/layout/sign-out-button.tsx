'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/' })} className="rounded border border-white/60 px-3 py-1.5 hover:bg-brand-700">
      {label}
    </button>
  );
}
