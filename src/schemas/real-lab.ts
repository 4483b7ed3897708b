import { z } from 'astro/zod';

/** A size with a unit as cgroup files take it: "16M", "64m", "1g". */
const ByteSizeSchema = z.string().regex(/^\d+[kmg]?$/i, 'expected a size such as "16M" or "64m"');

/** A cgroup under /sys/fs/cgroup exists; with memoryMax, its memory.max is that size; with oomKilled, it saw a kill. */
export const RealCgroupCheckSchema = z.strictObject({
  type: z.literal('cgroup'),
  path: z.string().regex(/^\/[^/\s]+$/, 'expected a first-level cgroup such as "/lab"'),
  memoryMax: ByteSizeSchema.optional(),
  oomKilled: z.boolean().optional(),
});

/** Some process runs with all of these: new namespaces (not PID 1's), a hostname, a root, a cgroup. */
export const RealProcessCheckSchema = z.strictObject({
  type: z.literal('process'),
  command: z.string().min(1).optional(),
  newNamespaces: z.array(z.enum(['uts', 'pid', 'mnt', 'net'])).default([]),
  hostname: z.string().min(1).optional(),
  root: z.string().startsWith('/').optional(),
  cgroup: z.string().startsWith('/').optional(),
});

/** The kernel log (dmesg) records an OOM kill inside this cgroup. */
export const RealOomLogCheckSchema = z.strictObject({
  type: z.literal('oom-log'),
  cgroup: z.string().startsWith('/'),
});

/** One check, by type. */
export const RealGoalCheckSchema = z.discriminatedUnion('type', [
  RealCgroupCheckSchema,
  RealProcessCheckSchema,
  RealOomLogCheckSchema,
]);
export type RealGoalCheck = z.output<typeof RealGoalCheckSchema>;

/** A lab run on the real kernel: the same shape as the simulator's (goal parts, hints, solution). */
export const RealLabSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  summary: z.string().min(1),
  goal: z.array(z.strictObject({ description: z.string().min(1), check: RealGoalCheckSchema })).min(1),
  hints: z.array(z.string().min(1)).default([]),
  solution: z.array(z.string().min(1)).min(1),
});
export type RealLab = z.output<typeof RealLabSchema>;
