'use client';

import { useEffect, useRef } from 'react';
import { markNotificationsReadAction } from '@/app/me/notifications/actions';

/** Once the list has been shown, tells the server these notifications were seen (no visible output). */
export function MarkReadOnView({ ids }: { ids: string[] }) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || ids.length === 0) return;
    sent.current = true;
    void markNotificationsReadAction(ids);
  }, [ids]);
  return null;
}
