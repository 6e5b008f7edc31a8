'use client';

import { createContext, useContext } from 'react';

export interface ErrorTexts {
  title: string;
  text: string;
  retry: string;
}

/**
 * The error page's three sentences, translated on the server by the root layout. The error
 * boundary (app/error.tsx) must be a client component and sits outside every page's
 * translation provider; handing it these strings keeps the translation runtime off pages
 * that need nothing else translated in the browser.
 */
const ErrorTextsContext = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  // Only if the root layout itself failed to render: no translation is at hand then.
  return texts ?? { title: 'Қате / Ошибка / Error', text: '', retry: '↻' };
}
