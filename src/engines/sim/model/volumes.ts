/**
 * Named volumes and what a container's mounts show at a path. A volume's data is a directory on the
 * host, /var/lib/docker/volumes/NAME/_data (Docker's local driver), so it outlives every container.
 */
import type { Container, MountSpec, SimState, Volume } from './types';

/** The local driver's directory for a volume (`docker volume inspect` Mountpoint). */
export function volumeDir(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}

/** Creates a volume (with its empty _data directory) unless one of that name exists; returns it. */
export function ensureVolume(state: SimState, name: string, anonymous = false): Volume {
  const have = state.volumes.find((v) => v.name === name);
  if (have) return have;
  const v: Volume = { name, createdMs: state.clockMs, labels: {}, anonymous };
  state.volumes.push(v);
  state.hostFiles.set(`${volumeDir(name)}/`, '');
  return v;
}

/** Containers (in any state) whose mounts use the volume: it cannot be removed while they exist. */
export function volumeUsers(state: SimState, name: string): Container[] {
  return state.containers.filter((c) => c.config.mounts.some((m) => m.type === 'volume' && m.source === name));
}

/** Deletes a volume and its data from the host. */
export function removeVolume(state: SimState, name: string): void {
  state.volumes = state.volumes.filter((v) => v.name !== name);
  const dir = `/var/lib/docker/volumes/${name}/`;
  for (const k of [...state.hostFiles.keys()]) if (k.startsWith(dir)) state.hostFiles.delete(k);
}

/**
 * An empty volume mounted over a directory the image fills gets a copy of that content first (the
 * local driver's copy-up, which `volume-nocopy` turns off): the nginx html directory, for instance.
 */
export function copyUp(state: SimState, m: MountSpec, imageFiles: Record<string, string>): void {
  const dir = volumeDir(m.source);
  const empty = ![...state.hostFiles.keys()].some((k) => k.startsWith(`${dir}/`) && k !== `${dir}/`);
  if (!empty) return;
  for (const [path, text] of Object.entries(imageFiles))
    if (path.startsWith(`${m.target}/`)) state.hostFiles.set(dir + path.slice(m.target.length), text);
}

/** Where a path inside a container really lives when a mount covers it. */
export interface Backing {
  /** The map holding the files (the host's files, or the container's tmpfs) and the key for the path. */
  files: Map<string, string>;
  key: string;
  readOnly: boolean;
  mount: MountSpec;
}

/** The innermost mount covering `path` in container `c`, and where that path is stored; undefined if none. */
export function backingOf(state: SimState, c: Container, path: string): Backing | undefined {
  let best: MountSpec | undefined;
  for (const m of c.config.mounts)
    if ((path === m.target || path.startsWith(`${m.target}/`)) && m.target.length > (best?.target.length ?? -1))
      best = m;
  if (!best) return undefined;
  const rest = path.slice(best.target.length);
  if (best.type === 'tmpfs') return { files: c.tmpfs, key: best.target + rest, readOnly: best.readOnly, mount: best };
  const root = best.type === 'bind' ? best.source : volumeDir(best.source);
  return { files: state.hostFiles, key: (root === '/' ? '' : root) + rest, readOnly: best.readOnly, mount: best };
}

/** Names of the entries directly inside `key` in a backing map (directories are stored as `path/`). */
export function childrenIn(files: Map<string, string>, key: string): string[] | undefined {
  const prefix = key.endsWith('/') ? key : `${key}/`;
  let found = files.has(prefix);
  const names = new Set<string>();
  for (const k of files.keys()) {
    if (!k.startsWith(prefix)) continue;
    found = true;
    const name = k.slice(prefix.length).split('/', 1)[0];
    if (name) names.add(name);
  }
  return found ? [...names].sort() : undefined;
}
