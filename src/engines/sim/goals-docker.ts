/** Goal checks over Docker's objects: containers (run flags and state), images, networks and volumes. */
import type { GoalCheck } from '../../schemas/scenario';
import { normalizeCap } from './model/caps';
import { isDockerSocket } from './model/docker-socket';
import { findImage, normalizeRef } from './model/images';
import type { Container, SimState } from './model/types';
import { parseSize } from './shell/format';

/** A check's verdict: met, or a short reason the learner reads in the goal panel. */
export interface Verdict {
  met: boolean;
  detail?: string;
}

export const MET: Verdict = { met: true };
/** Not met, because `detail`. */
export const unmet = (detail: string): Verdict => ({ met: false, detail });

type Check<T extends GoalCheck['type']> = Extract<GoalCheck, { type: T }>;

/** The networks a container is on, as `docker inspect` NetworkSettings.Networks names them. */
function networksOf(c: Container): string[] {
  return c.endpoints.length ? c.endpoints.map((e) => e.network) : [c.config.network];
}

/** Why a container's security options and attachments do not match, or null (the fields added for modules 3–4). */
function optionMismatch(state: SimState, c: Container, k: Check<'container'>): string | null {
  for (const pair of k.published ?? []) {
    const [host, rest = ''] = pair.split(':');
    const [port, proto = 'tcp'] = rest.split('/');
    const hit = c.config.ports.some(
      (b) => b.hostPort === Number(host) && b.containerPort === Number(port) && b.proto === proto,
    );
    if (!hit) return `${c.name} does not publish ${port}/${proto} on host port ${host}`;
  }
  // Config.User: --user, else the image's USER (the daemon merges the image's config into the container's).
  const user = c.config.user || state.images.get(c.imageId)?.user || '';
  if (k.user !== undefined && user !== k.user) return `${c.name} runs as ${user === '' ? 'root (no user set)' : user}`;
  if (k.noNewPrivileges !== undefined && c.config.noNewPrivileges !== k.noNewPrivileges)
    return `${c.name} has no-new-privileges ${c.config.noNewPrivileges ? 'set' : 'unset'}`;
  const notAdded = (k.capAdded ?? []).filter((x) => !c.config.capAdd.includes(normalizeCap(x) ?? x.toUpperCase()));
  if (notAdded.length) return `${c.name} was not given ${notAdded.join(', ')}`;
  const off = (k.networks ?? []).filter((n) => !networksOf(c).includes(n));
  if (off.length) return `${c.name} is not on ${off.join(', ')}`;
  for (const m of k.mounts ?? []) {
    const hit = c.config.mounts.some(
      (x) => x.type === m.type && x.target === m.target && (m.source === undefined || x.source === m.source),
    );
    if (!hit) return `${c.name} has no ${m.type} mount${m.source ? ` of ${m.source}` : ''} at ${m.target}`;
  }
  if (k.init !== undefined && c.config.init !== k.init) return `${c.name} was run ${c.config.init ? 'with' : 'without'} --init`; // prettier-ignore
  const socket = c.config.mounts.some((m) => m.type === 'bind' && isDockerSocket(m.source));
  if (k.dockerSocket !== undefined && socket !== k.dockerSocket)
    return `${c.name} ${socket ? 'has' : 'does not have'} the host's docker.sock mounted`;
  return null;
}

/** Why a container does not match a container check, or null when it does. */
export function containerMismatch(state: SimState, c: Container, k: Check<'container'>): string | null {
  const image = state.images.get(c.imageId);
  if (k.image !== undefined && c.imageRef !== normalizeRef(k.image) && !image?.tags.includes(normalizeRef(k.image)))
    return `${c.name} runs ${c.imageRef}`;
  if (k.status !== undefined && c.status !== k.status) return `${c.name} is ${c.status}`;
  if (k.exitCode !== undefined && (c.status !== 'exited' || c.exitCode !== k.exitCode))
    return `${c.name} ${c.status === 'exited' ? `exited with ${c.exitCode}` : `is ${c.status}`}`;
  if (k.oomKilled !== undefined && c.oomKilled !== k.oomKilled) return `${c.name}: OOMKilled is ${c.oomKilled}`;
  if (k.memory !== undefined && c.config.memoryBytes !== parseSize(k.memory))
    return `${c.name} has no ${k.memory} memory limit`;
  if (k.pidsLimit !== undefined && c.config.pidsLimit !== k.pidsLimit)
    return `${c.name} has pids limit ${c.config.pidsLimit || 'none'}`;
  if (k.readOnly !== undefined && c.config.readOnly !== k.readOnly)
    return `${c.name} is ${c.config.readOnly ? '' : 'not '}read-only`;
  if (k.network !== undefined && c.config.network !== k.network) return `${c.name} uses network ${c.config.network}`;
  if (k.privileged !== undefined && c.config.privileged !== k.privileged)
    return `${c.name} is ${c.config.privileged ? '' : 'not '}privileged`;
  const missing = (k.capDropped ?? [])
    .map((x) => x.toUpperCase().replace(/^CAP_/, ''))
    .filter((x) => c.config.caps.includes(x));
  if (missing.length) return `${c.name} still has ${missing.join(', ')}`;
  if (k.file) {
    const text = c.files.get(k.file.path);
    if (text === undefined) return `${c.name} has no ${k.file.path} in its writable layer`;
    if (k.file.contains !== undefined && !text.includes(k.file.contains))
      return `${k.file.path} in ${c.name} lacks "${k.file.contains}"`;
  }
  return optionMismatch(state, c, k);
}

/** Some container matches every field given. */
export function checkContainer(state: SimState, k: Check<'container'>): Verdict {
  const pool = k.name !== undefined ? state.containers.filter((c) => c.name === k.name) : state.containers;
  if (pool.length === 0) return unmet(k.name ? `no container named ${k.name}` : 'no container yet');
  const reasons = pool.map((c) => containerMismatch(state, c, k));
  return reasons.includes(null) ? MET : unmet(reasons[0] ?? '');
}

/** No container matches (it was removed). */
export function checkNoContainer(state: SimState, k: Check<'no-container'>): Verdict {
  const left = state.containers.filter(
    (c) =>
      (k.name === undefined || c.name === k.name) && (k.image === undefined || c.imageRef === normalizeRef(k.image)),
  );
  return left.length ? unmet(`${left[0]?.name} still exists`) : MET;
}

/** An image is in the cache (or not), and is the image described. */
export function checkImage(state: SimState, k: Check<'image'>): Verdict {
  const image = findImage(state, k.ref);
  const ref = normalizeRef(k.ref);
  if ((image !== undefined) !== k.present) return unmet(`${ref} is ${image ? 'still' : 'not'} in the local cache`);
  if (!image) return MET;
  if (k.built !== undefined && (image.built === true) !== k.built)
    return unmet(`${ref} was ${image.built ? 'built here' : 'pulled, not built here'}`);
  if (k.user !== undefined && (image.user ?? '') !== k.user)
    return unmet(`${ref} runs as ${image.user ? `user ${image.user}` : 'root (no USER)'}`);
  if (k.cmd !== undefined && JSON.stringify(image.cmd) !== JSON.stringify(k.cmd))
    return unmet(`${ref} has CMD ${JSON.stringify(image.cmd)}`);
  if (k.layers !== undefined && image.layers.length !== k.layers)
    return unmet(`${ref} has ${image.layers.length} layer${image.layers.length === 1 ? '' : 's'}`);
  return MET;
}

/** A Docker network exists with these containers attached. */
export function checkNetwork(state: SimState, k: Check<'network'>): Verdict {
  if (!state.networks.some((n) => n.name === k.name)) return unmet(`no network named ${k.name}`);
  for (const name of k.containers ?? []) {
    const c = state.containers.find((x) => x.name === name);
    if (!c) return unmet(`no container named ${name}`);
    if (!networksOf(c).includes(k.name)) return unmet(`${name} is not attached to ${k.name}`);
  }
  return MET;
}

/** A named volume exists (or not). */
export function checkVolume(state: SimState, k: Check<'volume'>): Verdict {
  const present = state.volumes.some((v) => v.name === k.name);
  return present === k.present ? MET : unmet(present ? `volume ${k.name} still exists` : `no volume named ${k.name}`);
}
