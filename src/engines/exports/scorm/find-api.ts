import { versions, type ScormVersion } from './versions';

/** The part of a window the search reads: where the LMS may have put its API, and the frames around it. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  [key: string]: unknown;
}

/** How many parents to climb before giving up, as the run-time spec's sample code does. */
export const MAX_PARENTS = 500;

/** Reads `win[name]`, treating a cross-origin frame (which throws on access) as one without an API. */
function read(win: WindowLike, name: string): unknown {
  try {
    return win[name];
  } catch {
    return undefined;
  }
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

/** Climbs from `win` through its parents (at most MAX_PARENTS) to the first that holds the API. */
function climb(win: WindowLike | null | undefined, name: string): object | undefined {
  let current = win ?? null;
  for (let tries = 0; current && tries <= MAX_PARENTS; tries++) {
    const api = read(current, name);
    if (api && typeof api === 'object') return api;
    current = parentOf(current);
  }
  return undefined;
}

/**
 * Finds the LMS's API object as the SCORM run-time spec describes: this window and its parents first, then the
 * window that opened this one and its parents. Undefined when there is no LMS (the page then runs on its own).
 */
export function findApi(win: WindowLike, version: ScormVersion): object | undefined {
  const name = versions[version].apiName;
  const found = climb(win, name);
  if (found) return found;
  let opener: WindowLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  return climb(opener, name);
}
