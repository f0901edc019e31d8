// The page's one Session, given to components by context rather than passed down through props.

import { getContext, setContext } from 'svelte';
import type { Session } from './session.svelte';

const SESSION_KEY = Symbol('session');

/** Gives the session to every component below the caller (the app shell sets it once). */
export function setSession(session: Session): Session {
  return setContext(SESSION_KEY, session);
}

/** The session set above this component, or by `mount`'s `context` option (see `sessionContext`). */
export function getSession(): Session {
  const session = getContext<Session | undefined>(SESSION_KEY);
  if (!session) throw new Error('No session: mount the component below App, or with sessionContext().');
  return session;
}

/** For `mount`'s (or a test's `render`'s) `context` option: the component gets the session as under App. */
export function sessionContext(session: Session): Map<symbol, Session> {
  return new Map([[SESSION_KEY, session]]);
}
