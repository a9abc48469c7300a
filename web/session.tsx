// SPDX-License-Identifier: EUPL-1.2
/**
 * Who is signed in. Loads `/api/sessie` once, keeps the CSRF token for the API client, and falls
 * back to the sign-in page whenever the server says the session has ended.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, setCsrfToken, SIGNED_OUT_EVENT } from './api/client.ts';

export interface Me {
  gebruikersnaam: string;
  naam: string;
  rol: string;
  rolNaam: string;
  gemeenten: string[] | null;
  tweedeFactor: boolean;
  rechten: string[];
  csrfToken: string;
}

interface SessionState {
  me: Me | null | undefined;
  /** After sign-in (or a change to one's own account). */
  signedIn(me: Me): void;
  signOut(): Promise<void>;
  may(action: string): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const signedIn = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
  }, []);
  useEffect(() => {
    api<Me>('/api/sessie').then(signedIn, () => setMe(null));
    const onSignedOut = () => {
      setCsrfToken(undefined);
      setMe(null);
    };
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, [signedIn]);
  const signOut = useCallback(async () => {
    await api('/api/sessie', { method: 'DELETE' }).catch(() => undefined);
    setCsrfToken(undefined);
    setMe(null);
  }, []);
  const may = useCallback((action: string) => me?.rechten.includes(action) ?? false, [me]);
  return (
    <SessionContext.Provider value={{ me, signedIn, signOut, may }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession buiten SessionProvider');
  return state;
}
