/**
 * `docker run --user UID[:GID]` (docker run reference, "User"): a number needs no passwd entry; a name
 * must be in the image's /etc/passwd, and every image here (alpine, busybox, debian, ubuntu) has root
 * (0) and nobody (65534) with group nogroup (65534; `nobody` in busybox's /etc/group).
 */
import type { Container } from './types';

const USERS: Record<string, number> = { root: 0, nobody: 65534 };
const GROUPS: Record<string, number> = { root: 0, nogroup: 65534, nobody: 65534 };

/** The daemon's error for a user or group the image does not have; null when it resolves. */
export function userProblem(spec: string): string | null {
  const [user = '', group] = spec.split(':', 2);
  if (!/^\d+$/.test(user) && USERS[user] === undefined)
    return `unable to find user ${user}: no matching entries in passwd file`;
  if (group !== undefined && !/^\d+$/.test(group) && GROUPS[group] === undefined)
    return `unable to find group ${group}: no matching entries in group file`;
  return null;
}

/** The uid, gid and names a container's processes run as (names are '' where the image has none). */
export function containerUser(c: Container): { uid: number; gid: number; name: string } {
  const [user = '', group] = c.config.user.split(':', 2);
  const uid = user === '' ? 0 : /^\d+$/.test(user) ? Number(user) : (USERS[user] ?? 0);
  const gid = group === undefined ? uid : /^\d+$/.test(group) ? Number(group) : (GROUPS[group] ?? 0);
  const name = Object.keys(USERS).find((n) => USERS[n] === uid) ?? '';
  return { uid, gid, name };
}
