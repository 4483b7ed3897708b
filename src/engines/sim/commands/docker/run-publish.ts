/**
 * `docker run -p/-P`: port specs parsed as go-connections' nat.ParsePortSpec does, and host ports
 * allocated as the daemon's port allocator does (0.0.0.0 by default, ephemeral ports from 32768).
 */
import { digestOf } from '../../rng';
import type { Container, PortBinding, SimState } from '../../model/types';

/** The start of Linux's default ip_local_port_range (32768–60999), where Docker's allocator begins. */
const EPHEMERAL_FIRST = 32768;
const EPHEMERAL_LAST = 60999;

/** One `-p` value → its bindings (`8080-8081:80-81` gives two), or the CLI's error text. */
export function parsePublish(spec: string): PortBinding[] | string {
  const [main = '', proto = 'tcp'] = spec.split('/');
  if (!['tcp', 'udp', 'sctp'].includes(proto)) return `invalid proto: ${proto}`;
  const parts = main.split(':');
  if (parts.length > 3) return `invalid port format for --publish: ${spec}`;
  const containerPart = parts.pop() ?? '';
  const hostPart = parts.pop() ?? '';
  const hostIp = parts.pop() ?? '';
  if (hostIp && !/^\d+\.\d+\.\d+\.\d+$/.test(hostIp)) return `invalid IP address: ${hostIp}`;
  const range = (s: string): number[] | null => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(s);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[1]);
    return a < 1 || b > 65535 || b < a ? null : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  };
  const cports = range(containerPart);
  if (!cports) return `invalid containerPort: ${containerPart}`;
  const hports = hostPart === '' ? cports.map(() => 0) : range(hostPart);
  if (!hports) return `invalid hostPort: ${hostPart}`;
  if (hports.length !== cports.length)
    return `invalid ranges specified for container and host Ports: ${containerPart} and ${hostPart}`;
  return cports.map((containerPort, i) => ({
    hostIp,
    hostPort: hports[i] ?? 0,
    containerPort,
    proto: proto as PortBinding['proto'],
  }));
}

/** Host ports already taken by running containers, per protocol (what `Bind for … failed` checks). */
function takenPorts(state: SimState, except: Container): Set<string> {
  const taken = new Set<string>();
  for (const c of state.containers)
    if (c !== except && c.status === 'running') for (const b of c.config.ports) taken.add(`${b.proto}:${b.hostPort}`);
  return taken;
}

/**
 * Gives every binding with host port 0 the next free ephemeral port, and returns the first host
 * address:port another running container already holds (the daemon's "port is already allocated").
 */
export function allocatePorts(state: SimState, c: Container): string | null {
  const taken = takenPorts(state, c);
  for (const b of c.config.ports) {
    if (b.hostPort === 0) {
      let p = EPHEMERAL_FIRST;
      while (taken.has(`${b.proto}:${p}`) && p < EPHEMERAL_LAST) p++;
      b.hostPort = p;
    } else if (taken.has(`${b.proto}:${b.hostPort}`)) return `${b.hostIp || '0.0.0.0'}:${b.hostPort}`;
    taken.add(`${b.proto}:${b.hostPort}`);
  }
  return null;
}

/** The lines `docker port` prints for one binding (IPv4, then IPv6 when bound to every address). */
export function portLines(b: PortBinding): string[] {
  const key = `${b.containerPort}/${b.proto}`;
  if (b.hostIp) return [`${key} -> ${b.hostIp}:${b.hostPort}`];
  return [`${key} -> 0.0.0.0:${b.hostPort}`, `${key} -> [::]:${b.hostPort}`];
}

/**
 * The PORTS column of `docker ps` (`0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`); a port the image
 * EXPOSEs but nobody published shows bare (`8080/tcp`).
 */
export function portsColumn(c: Container, exposed: Array<{ port: number; proto: string }> = []): string {
  if (c.status !== 'running') return '';
  const bare = exposed
    .filter((e) => !c.config.ports.some((b) => b.containerPort === e.port && b.proto === e.proto))
    .map((e) => `${e.port}/${e.proto}`);
  return c.config.ports
    .flatMap((b) =>
      b.hostIp
        ? [`${b.hostIp}:${b.hostPort}->${b.containerPort}/${b.proto}`]
        : [`0.0.0.0:${b.hostPort}->${b.containerPort}/${b.proto}`, `[::]:${b.hostPort}->${b.containerPort}/${b.proto}`],
    )
    .concat(bare)
    .join(', ');
}

/** The daemon's error when a host port is taken (the container stays Created; libnetwork's wording). */
export function portClash(c: Container, hostAddr: string): string {
  return `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${digestOf(`endpoint:${c.id}`)}): Bind for ${hostAddr} failed: port is already allocated`;
}
