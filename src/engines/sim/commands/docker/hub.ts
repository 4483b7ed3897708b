/**
 * Which images exist on Docker Hub, for refs the course's offline registry (model/catalog.ts) lacks.
 * This is a short, hand-kept LIST of well-known official images and tags, not a lookup: the course
 * makes no request to any registry. A name on it says "not in the offline registry"; a name on no
 * list still gets Docker's own "pull access denied … repository does not exist".
 */
import { parseRef, REGISTRY } from '../../model/catalog';
import { own } from '../../own';

/** Official images (docker.io/library/…) on Docker Hub; any tag of these is taken to exist. */
const OFFICIAL = new Set([
  'nginx', 'httpd', 'caddy', 'traefik', 'haproxy', 'redis', 'memcached', 'postgres', 'mysql', 'mariadb', 'mongo',
  'rabbitmq', 'python', 'node', 'golang', 'rust', 'ruby', 'php', 'perl', 'openjdk', 'eclipse-temurin', 'gcc',
  'bash', 'docker', 'registry', 'wordpress', 'tomcat', 'fedora', 'centos', 'rockylinux', 'almalinux',
  'amazonlinux', 'archlinux', 'oraclelinux',
]); // prettier-ignore

/** Tags on Docker Hub of the repositories the offline registry has (it holds only some of them). */
const KNOWN_TAGS: Record<string, string[]> = {
  alpine: ['3.22', '3.21', '3.20', '3.19', '3.18', 'edge', 'latest'],
  debian: ['13', '12', '11', 'trixie', 'bookworm', 'bullseye', '13-slim', '12-slim', '11-slim', 'trixie-slim',
    'bookworm-slim', 'bullseye-slim', 'stable', 'stable-slim', 'testing', 'sid', 'latest'],
  ubuntu: ['24.04', '22.04', '20.04', '25.04', '25.10', 'noble', 'jammy', 'focal', 'rolling', 'devel', 'latest'],
  busybox: ['1.37', '1.36', 'musl', 'glibc', 'uclibc', 'stable', 'latest'],
  'hello-world': ['linux', 'latest'],
}; // prettier-ignore

/** Why a ref the offline registry lacks cannot be pulled. */
export type Missing = 'on-hub' | 'other-registry' | 'no-such-tag' | 'no-such-repo';

/** Classifies a ref that is not in the offline registry. */
export function classifyMissing(ref: string): Missing {
  const first = ref.split('/')[0] as string;
  if (ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost'))
    return 'other-registry';
  const { repo, tag } = parseRef(ref);
  if (OFFICIAL.has(repo) || own(KNOWN_TAGS, repo)?.includes(tag)) return 'on-hub';
  return REGISTRY.some((r) => r.repo === repo) ? 'no-such-tag' : 'no-such-repo';
}

/** Every `repo:tag` the offline registry serves, for the message that names them. */
export function offlineRefs(): string {
  return REGISTRY.flatMap((r) => r.tags.map((t) => `${r.repo}:${t}`)).join(', ');
}
