'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';

/** The Report.version the editors send (optimistic lock); each save moves it on. */
const VersionContext = createContext<{ version: number; setVersion: (v: number) => void }>({ version: 0, setVersion: () => undefined });

export function ReportVersionProvider({ version, children }: { version: number; children: ReactNode }) {
  const [saved, setSaved] = useState(version);
  // Versions only grow: the newer of what this tab saved and what a refreshed page brings.
  const current = Math.max(saved, version);
  return <VersionContext.Provider value={{ version: current, setVersion: setSaved }}>{children}</VersionContext.Provider>;
}

export const useReportVersion = () => useContext(VersionContext);
