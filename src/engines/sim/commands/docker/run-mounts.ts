/**
 * `docker run -v/--volume`, `--mount` and `--tmpfs`, parsed as the CLI's volume and mount options do
 * (cli/opts/mount.go, the daemon's volume/mounts parser), with their error texts.
 */
import type { MountSpec } from '../../model/types';

/** A local volume name the daemon accepts (anything else with -v is a relative host path: refused). */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Where the error belongs: the CLI's flag parser (`invalid argument …`) or the daemon. */
export type MountError = { cli: string } | { daemon: string } | { unsimulated: string };

/** `-v SRC:DST[:OPTS]`, `-v NAME:DST`, `-v DST` (an anonymous volume). */
export function parseVolumeFlag(spec: string): MountSpec | MountError {
  const parts = spec.split(':');
  if (parts.length > 3 || spec === '') return { daemon: `invalid volume specification: '${spec}'` };
  const [a = '', b, mode] = parts;
  if (b === undefined) {
    if (!a.startsWith('/'))
      return {
        daemon: `invalid volume specification: '${spec}': invalid mount config for type "volume": invalid mount path: '${a}' mount path must be absolute`,
      };
    return { type: 'volume', source: '', target: clean(a), readOnly: false, via: '-v' };
  }
  if (!b.startsWith('/'))
    return {
      daemon: `invalid volume specification: '${spec}': invalid mount config for type "${a.startsWith('/') ? 'bind' : 'volume'}": invalid mount path: '${b}' mount path must be absolute`,
    };
  let readOnly = false;
  for (const m of (mode ?? '').split(',').filter(Boolean)) {
    if (m === 'ro') readOnly = true;
    else if (m === 'rw') readOnly = false;
    // SELinux relabelling, propagation, nocopy: real options this course does not model.
    else if (['z', 'Z', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate', 'nocopy'].includes(m))
      return { unsimulated: `docker run -v …:${m}` };
    else return { daemon: `invalid mode: ${m}` };
  }
  if (a.startsWith('/')) return { type: 'bind', source: clean(a), target: clean(b), readOnly, via: '-v' };
  if (!VOLUME_NAME.test(a))
    return {
      daemon: `create ${a}: "${a}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
    };
  return { type: 'volume', source: a, target: clean(b), readOnly, via: '-v' };
}

/** `--mount type=bind|volume|tmpfs,source=…,target=…[,readonly]`. */
export function parseMountFlag(spec: string): MountSpec | MountError {
  const bad = (why: string) => ({ cli: `invalid argument "${spec}" for "--mount" flag: ${why}` });
  let type = 'volume';
  let source = '';
  let target = '';
  let readOnly = false;
  for (const field of spec.split(',')) {
    const [key = '', value] = field.split(/=(.*)/s, 2);
    switch (key.toLowerCase()) {
      case 'type':
        type = value ?? '';
        break;
      case 'source':
      case 'src':
        source = value ?? '';
        break;
      case 'target':
      case 'destination':
      case 'dst':
        target = value ?? '';
        break;
      case 'readonly':
      case 'ro':
        if (value !== undefined && !['true', 'false', '1', '0'].includes(value.toLowerCase()))
          return bad(`invalid value for ${key}: ${value}`);
        readOnly = value === undefined || ['true', '1'].includes(value.toLowerCase());
        break;
      case 'bind-propagation':
      case 'volume-nocopy':
      case 'volume-opt':
      case 'volume-driver':
      case 'volume-subpath':
      case 'tmpfs-size':
      case 'tmpfs-mode':
      case 'consistency':
      case 'bind-recursive':
        return { unsimulated: `docker run --mount ${key}=…` };
      default:
        return bad(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (!['bind', 'volume', 'tmpfs'].includes(type))
    return type === 'npipe' || type === 'cluster' || type === 'image'
      ? { unsimulated: `docker run --mount type=${type}` }
      : bad(`invalid mount type: ${type}`);
  if (target === '') return bad('target is required');
  if (type === 'tmpfs' && source)
    return { daemon: 'invalid mount config for type "tmpfs": source must not be specified' };
  if (type === 'bind' && !source)
    return { daemon: 'invalid mount config for type "bind": field Source must not be empty' };
  if (!target.startsWith('/'))
    return {
      daemon: `invalid mount config for type "${type}": invalid mount path: '${target}' mount path must be absolute`,
    };
  return {
    type: type as MountSpec['type'],
    source: type === 'bind' ? clean(source) : source,
    target: clean(target),
    readOnly,
    via: '--mount',
  };
}

/** `--tmpfs /path[:opts]`: options (size, mode) are real but not modelled. */
export function parseTmpfsFlag(spec: string): MountSpec | MountError {
  const [target = '', opts] = spec.split(':', 2);
  if (opts !== undefined) return { unsimulated: 'docker run --tmpfs PATH:OPTIONS' };
  if (!target.startsWith('/'))
    return {
      daemon: `invalid mount config for type "tmpfs": invalid mount path: '${target}' mount path must be absolute`,
    };
  return { type: 'tmpfs', source: '', target: clean(target), readOnly: false, via: '--tmpfs' };
}

/** A path without `.`/`..` and trailing slashes (the daemon cleans both sides). */
function clean(p: string): string {
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return `/${out.join('/')}`;
}
