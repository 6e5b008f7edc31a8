import Link from 'next/link';
import type { ReactNode } from 'react';

/** A full-page message (403, 404, errors) with one way forward. */
export function MessagePage({ title, text, action }: { title: string; text: string; action: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-slate-700">{text}</p>
      <div className="mt-6">{action}</div>
    </div>
  );
}

export function HomeLink({ label }: { label: string }) {
  return (
    <Link href="/" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white">
      {label}
    </Link>
  );
}
