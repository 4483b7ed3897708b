/** The networking and storage parts of `docker inspect`: a container's Mounts, PortBindings, NetworkSettings; networks; volumes. */
import { membersOf } from '../../model/networks';
import type { Container, Network, SimState, Volume } from '../../model/types';
import { volumeDir } from '../../model/volumes';
import { digestOf } from '../../rng';
import { isoAt } from '../../shell/format';

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

/** The fields of `docker network inspect` (Docker 28's field names and order). */
export function inspectNetwork(state: SimState, n: Network): Record<string, unknown> {
  const containers: Record<string, unknown> = {};
  for (const c of membersOf(state, n).filter((x) => x.status === 'running')) {
    const ep = c.endpoints.find((e) => e.network === n.name);
    if (!ep) continue;
    containers[c.id] = {
      Name: c.name,
      EndpointID: digestOf(`endpoint:${c.id}:${n.id}`),
      MacAddress: ep.mac,
      IPv4Address: `${ep.ip}/${n.subnet.split('/')[1]}`,
      IPv6Address: '',
    };
  }
  const isDefault = n.name === 'bridge';
  return {
    Name: n.name,
    Id: n.id,
    Created: isoAt(state.epochMs, n.createdMs),
    Scope: 'local',
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: isDefault ? null : {},
      Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway }] : [],
    },
    Internal: n.internal,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: isDefault
      ? {
          'com.docker.network.bridge.default_bridge': 'true',
          'com.docker.network.bridge.enable_icc': 'true',
          'com.docker.network.bridge.enable_ip_masquerade': 'true',
          'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
          'com.docker.network.bridge.name': 'docker0',
          'com.docker.network.driver.mtu': '1500',
        }
      : {},
    Labels: n.labels,
  };
}

/** The fields of `docker volume inspect`. */
export function inspectVolume(state: SimState, v: Volume): Record<string, unknown> {
  return {
    CreatedAt: isoAt(state.epochMs, v.createdMs),
    Driver: 'local',
    Labels: v.anonymous ? { 'com.docker.volume.anonymous': '' } : Object.keys(v.labels).length ? v.labels : null,
    Mountpoint: volumeDir(v.name),
    Name: v.name,
    Options: null,
    Scope: 'local',
  };
}
