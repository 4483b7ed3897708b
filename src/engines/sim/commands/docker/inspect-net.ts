/** The networking and storage parts of `docker inspect CONTAINER`: Mounts, PortBindings, NetworkSettings. */
import type { Container, SimState } from '../../model/types';
import { volumeDir } from '../../model/volumes';
import { digestOf } from '../../rng';

/** `Mounts`: each mount with its real source on the host (a volume's _data directory). */
export function mountsOf(c: Container): Array<Record<string, unknown>> {
  return c.config.mounts.map((m) =>
    m.type === 'volume'
      ? {
          Type: 'volume',
          Name: m.source,
          Source: volumeDir(m.source),
          Destination: m.target,
          Driver: 'local',
          Mode: m.via === '-v' ? (m.readOnly ? 'ro' : 'z') : '',
          RW: !m.readOnly,
          Propagation: '',
        }
      : {
          Type: m.type,
          Source: m.source,
          Destination: m.target,
          Mode: m.via === '-v' && m.readOnly ? 'ro' : '',
          RW: !m.readOnly,
          Propagation: m.type === 'bind' ? 'rprivate' : '',
        },
  );
}

/** `HostConfig.PortBindings`: what was asked for (host port '' when the daemon picks one). */
export function portBindingsOf(c: Container): Record<string, Array<{ HostIp: string; HostPort: string }>> {
  const out: Record<string, Array<{ HostIp: string; HostPort: string }>> = {};
  for (const b of c.config.ports)
    (out[`${b.containerPort}/${b.proto}`] ??= []).push({ HostIp: b.hostIp, HostPort: String(b.hostPort || '') });
  return out;
}

/** `NetworkSettings`: live ports and one entry per network (the top-level IPAddress is the default bridge's). */
export function networkSettingsOf(state: SimState, c: Container): Record<string, unknown> {
  const running = c.status === 'running';
  const ports: Record<string, Array<{ HostIp: string; HostPort: string }>> = {};
  if (running)
    for (const b of c.config.ports)
      (ports[`${b.containerPort}/${b.proto}`] ??= []).push(
        ...(b.hostIp ? [b.hostIp] : ['0.0.0.0', '::']).map((ip) => ({ HostIp: ip, HostPort: String(b.hostPort) })),
      );
  const networks: Record<string, unknown> = {};
  const names = c.endpoints.length ? c.endpoints.map((e) => e.network) : [c.config.network];
  for (const name of names) {
    const ep = c.endpoints.find((e) => e.network === name);
    const n = state.networks.find((x) => x.name === name);
    networks[name] = {
      NetworkID: n?.id ?? '',
      EndpointID: running && ep ? digestOf(`endpoint:${c.id}:${n?.id ?? ''}`) : '',
      Gateway: running && ep ? (n?.gateway ?? '') : '',
      IPAddress: running && ep ? ep.ip : '',
      IPPrefixLen: running && ep ? Number(n?.subnet.split('/')[1] ?? 0) : 0,
      MacAddress: running && ep ? ep.mac : '',
      DNSNames: name === 'bridge' || !ep ? null : [c.name, c.id.slice(0, 12)],
    };
  }
  const def = running ? c.endpoints.find((e) => e.network === 'bridge') : undefined;
  return {
    Ports: ports,
    IPAddress: def?.ip ?? '',
    Gateway: def ? '172.17.0.1' : '',
    MacAddress: def?.mac ?? '',
    Networks: networks,
  };
}
