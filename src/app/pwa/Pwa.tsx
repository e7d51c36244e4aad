import { useEffect } from 'react';
import { registerPwa } from './register';
import { UpdateNotice } from './UpdateNotice';

/** Offline support, loaded after the app: registers the service worker and shows its notices. */
export function Pwa() {
  useEffect(() => {
    registerPwa().catch(() => undefined);
  }, []);
  return <UpdateNotice />;
}
