/**
 * Tab completion that knows its argument slot, as the tools' own completions do: docker's (`docker completion bash`
 * → `docker __complete`: containers for exec/stop/rm, images for run/rmi/pull, flags for a `-` word, nothing for a
 * flag's value), virsh's (`virsh complete`, tools/virsh-completer-domain.c: inactive domains for start, active ones
 * for console/destroy), and bash-completion's `cd` (`_cd`: directories only).
 */
import { describe, expect, test } from 'vitest';
import type { SimSession } from '../../../src/engines/sim/index';
import { fresh, run, withAlpine } from './helpers';

const complete = (s: SimSession, line: string) => s.complete(line, line.length).candidates;

function withContainers(): SimSession {
  const s = withAlpine();
  run(s, 'docker run -d --name box alpine:3.22 sleep 3600');
  run(s, 'docker run -d --name bench alpine:3.22 sleep 3600');
  run(s, 'docker run --name done alpine:3.22 true');
  return s;
}

describe('docker: each slot completes its kind of object', () => {
  test('docker exec -it b<Tab> completes running container names', () => {
    const s = withContainers();
    expect(complete(s, 'docker exec -it b')).toEqual(['bench', 'box']);
  });

  test('docker exec -it <Tab> offers running containers only, not exited ones', () => {
    expect(complete(withContainers(), 'docker exec -it ')).toEqual(['bench', 'box']);
  });

  test('docker exec -it box <Tab> is the command slot', () => {
    expect(complete(withContainers(), 'docker exec -it box ')).toEqual(['bash', 'sh']);
  });

  test('docker run with flags before the image: a<Tab> completes an image', () => {
    expect(complete(withAlpine(), 'docker run -d --name web -m 64m a')).toEqual(['alpine:3.22', 'alpine:latest']);
  });

  test('docker network inspect <Tab> offers networks, docker volume rm <Tab> volumes, docker port <Tab> running containers', () => {
    const s = withContainers();
    run(s, 'docker network create appnet');
    run(s, 'docker volume create data');
    expect(complete(s, 'docker network inspect ')).toEqual(['appnet', 'bridge', 'host', 'none']);
    expect(complete(s, 'docker network connect appnet b')).toEqual(['bench', 'box']);
    expect(complete(s, 'docker volume rm ')).toEqual(['data']);
    expect(complete(s, 'docker port ')).toEqual(['bench', 'box']);
  });

  test('docker run --name <Tab>: a value of the user’s choosing, nothing offered', () => {
    expect(complete(withAlpine(), 'docker run --name ')).toEqual([]);
  });

  test('docker run alpine:3.22 <Tab>: the command slot, not images', () => {
    expect(complete(withAlpine(), 'docker run alpine:3.22 ')).toEqual([]);
  });

  test('docker run --r<Tab> completes run’s declared flags', () => {
    expect(complete(fresh(), 'docker run --r')).toEqual(['--read-only', '--rm']);
  });

  test('docker rmi <Tab> offers local images; docker pull d<Tab> offers the registry’s', () => {
    const s = withAlpine();
    expect(complete(s, 'docker rmi ')).toEqual(['alpine:3.22']);
    expect(complete(s, 'docker pull d')).toContain('debian:13-slim');
    expect(complete(s, 'docker pull d')).not.toContain('alpine:3.22');
  });

  test('docker rm <Tab> offers every container; docker stop <Tab> running ones', () => {
    const s = withContainers();
    expect(complete(s, 'docker rm ')).toEqual(['bench', 'box', 'done']);
    expect(complete(s, 'docker stop ')).toEqual(['bench', 'box']);
  });

  test('docker container exec b<Tab> and sudo docker exec b<Tab> complete the same way', () => {
    const s = withContainers();
    expect(complete(s, 'docker container exec b')).toEqual(['bench', 'box']);
    expect(complete(s, 'sudo docker exec b')).toEqual(['bench', 'box']);
  });

  test('docker <Tab> completes subcommands', () => {
    expect(complete(fresh(), 'docker r')).toEqual(['rm', 'rmi', 'run']);
  });
});

describe('virsh: domains by state, as virsh’s own completer lists them', () => {
  test('virsh start <Tab> offers shut-off domains; once started, none of them', () => {
    const s = fresh();
    expect(complete(s, 'virsh start ')).toEqual(['tiny', 'web-vm']);
    run(s, 'virsh start web-vm');
    expect(complete(s, 'virsh start ')).toEqual(['tiny']);
  });

  test('virsh console <Tab> and virsh destroy <Tab> offer running domains', () => {
    const s = fresh();
    expect(complete(s, 'virsh console ')).toEqual([]);
    run(s, 'virsh start web-vm');
    expect(complete(s, 'virsh console ')).toEqual(['web-vm']);
    expect(complete(s, 'virsh destroy w')).toEqual(['web-vm']);
  });

  test('virsh start --<Tab> offers start’s options; after the domain, no second domain', () => {
    const s = fresh();
    expect(complete(s, 'virsh start --')).toEqual(['--console']);
    expect(complete(s, 'virsh start web-vm ')).toEqual([]);
  });
});

describe('cd and flags', () => {
  test('cd <Tab> offers directories only (bash-completion _cd)', () => {
    const s = fresh();
    run(s, 'mkdir -p /tmp/d1 /tmp/d2');
    run(s, 'touch /tmp/file');
    expect(complete(s, 'cd /tmp/')).toEqual(['/tmp/d1/', '/tmp/d2/']);
    expect(complete(s, 'ls /tmp/')).toContain('/tmp/file');
  });

  test('a flag slot of a command without its own completer offers its declared flags', () => {
    const s = fresh();
    const flags = complete(s, 'sleep --');
    expect(flags).toEqual([]);
    expect(complete(s, 'ls -')).toContain('-l');
  });
});
