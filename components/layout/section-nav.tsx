'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The sub-navigation of a cabinet or console; the current section is marked for screen readers. */
export function SectionNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = items.filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item === current ? 'page' : undefined}
              className={`inline-block rounded-t px-3 py-2 text-sm ${item === current ? 'border-b-2 border-brand-700 font-semibold text-brand-800' : 'text-slate-700 hover:bg-slate-100'}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
