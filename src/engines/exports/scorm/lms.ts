import { versions, type ScormVersion } from './versions';

/** A connection to the LMS that never throws: every call answers whether the LMS accepted it. */
export interface LmsSession {
  readonly version: ScormVersion;
  /** An LMS API was found (whether or not it then answered). */
  readonly found: boolean;
  /** True while the LMS answers: initialised and not yet finished, with no call that threw. */
  readonly connected: boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  /** The LMS's error codes seen so far, for a notice and for tests. */
  readonly errors: readonly string[];
}

type ApiFunction = (...args: string[]) => unknown;

/**
 * Opens a session on `api` (from findApi) for `version`. With no API, or one whose Initialize fails or throws,
 * the session is closed from the start: every call answers false or "" and the quiz runs on its own, as on the
 * public site. An LMS that fails later only loses what it refused.
 */
export function openSession(api: object | undefined, version: ScormVersion): LmsSession {
  const names = versions[version].calls;
  const errors: string[] = [];
  let connected = false;
  const call = (name: string, ...args: string[]): string => {
    if (!api) return '';
    try {
      const fn = (api as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`no ${name}`);
      return String((fn as ApiFunction).apply(api, args) ?? '');
    } catch (err) {
      connected = false;
      errors.push(`${name} threw: ${err instanceof Error ? err.message : String(err)}`);
      return '';
    }
  };
  /** A call the spec answers with "true"/"false"; on false, the LMS's error code is kept. */
  const ok = (name: string, ...args: string[]): boolean => {
    if (!connected && name !== names.init) return false;
    const result = call(name, ...args) === 'true';
    if (!result) errors.push(`${name}(${args.join(', ')}): error ${call(names.lastError) || 'unknown'}`);
    return result;
  };
  if (api) connected = ok(names.init, '');
  const session: LmsSession = {
    version,
    found: api !== undefined,
    get connected() {
      return connected;
    },
    errors,
    get: (element) => (connected ? call(names.get, element) : ''),
    set: (element, value) => ok(names.set, element, value),
    commit: () => ok(names.commit, ''),
    finish() {
      const done = ok(names.finish, '');
      connected = false;
      return done;
    },
  };
  return session;
}
