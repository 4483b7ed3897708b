/**
 * Goal checks over the host's kernel objects and Docker's objects (processes, cgroups, files, namespaces,
 * networks, volumes): one strict schema each, so a misspelt field fails the build with its path.
 */
import { z } from 'astro/zod';

/** A size as Docker and the kernel's memory.max accept it: `64m`, `512M`, `1g`. */
export const SizeSchema = z.string().regex(/^\d+(\.\d+)?\s*[bkmgt]?i?b?$/i, 'expected a size such as "64m" or "1g"');

/** Namespace kinds as lsns(8) and /proc/PID/ns name them. */
export const NsKindSchema = z.enum(['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts']);

/** A cgroup as /proc/PID/cgroup shows it: a path from the root of /sys/fs/cgroup. */
const CgroupPathSchema = z
  .string()
  .regex(/^\/\S*$/, 'expected a cgroup path relative to /sys/fs/cgroup, starting with "/", such as "/lab"');

/** A Docker object's name (container, network, volume): what `--name` and `create NAME` accept. */
const DockerNameSchema = z
  .string()
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'expected a Docker name such as "appnet" (letters, digits, _ . -)');

/** A live process named `command` on the host, in namespaces of these kinds other than PID 1's, in this cgroup. */
export const ProcessCheckSchema = z.strictObject({
  type: z.literal('process'),
  command: z.string().min(1),
  newNamespaces: z.array(NsKindSchema).optional(),
  cgroup: CgroupPathSchema.optional(),
});

/** A cgroup under /sys/fs/cgroup with these limits; oomKilled reads memory.events `oom_kill` (> 0 or 0). */
export const CgroupCheckSchema = z.strictObject({
  type: z.literal('cgroup'),
  path: CgroupPathSchema,
  memoryMax: SizeSchema.optional(),
  pidsMax: z.number().int().positive().optional(),
  oomKilled: z.boolean().optional(),
});

/** A file on the host as `cat` reads it (as root); `present: false` = no such file. */
export const HostFileCheckSchema = z
  .strictObject({
    type: z.literal('host-file'),
    path: z.string().startsWith('/', 'expected an absolute path such as "/etc/hostname"'),
    contains: z.string().optional(),
    present: z.boolean().default(true),
  })
  .refine((k) => k.present || k.contains === undefined, {
    message: '`contains` only with `present: true` (an absent file contains nothing)',
    path: ['contains'],
  });

/** A named network namespace (`ip netns add NAME`, a bind mount under /run/netns). */
export const NetnsCheckSchema = z.strictObject({
  type: z.literal('netns'),
  name: z.string().min(1),
  present: z.boolean().default(true),
});

/** A Docker network, with these containers attached to it (docker network inspect's Containers). */
export const NetworkCheckSchema = z.strictObject({
  type: z.literal('network'),
  name: DockerNameSchema,
  containers: z.array(DockerNameSchema).optional(),
});

/** A Docker volume exists (or, with `present: false`, was removed). */
export const VolumeCheckSchema = z.strictObject({
  type: z.literal('volume'),
  name: DockerNameSchema,
  present: z.boolean().default(true),
});

/** `hostPort:containerPort` as `docker port` pairs them (`80/tcp -> 0.0.0.0:8080` is `8080:80`). */
export const PublishedSchema = z
  .string()
  .regex(/^\d{1,5}:\d{1,5}(\/(tcp|udp|sctp))?$/, 'expected hostPort:containerPort such as "8080:80"');

/** One mount of a container, as `docker inspect` Mounts lists it. */
export const MountCheckSchema = z.strictObject({
  type: z.enum(['bind', 'volume', 'tmpfs']),
  /** The volume's name or the host path; omit to accept any. */
  source: z.string().min(1).optional(),
  target: z.string().startsWith('/', 'expected the absolute path in the container, such as "/data"'),
});
