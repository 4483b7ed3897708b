import { z } from 'astro/zod';
import { IdSchema } from './lesson';
import {
  CgroupCheckSchema,
  HostFileCheckSchema,
  MountCheckSchema,
  NetnsCheckSchema,
  NetworkCheckSchema,
  ProcessCheckSchema,
  PublishedSchema,
  SizeSchema,
  VolumeCheckSchema,
} from './goal-checks';

/** "Some container matches all these fields" — every field is optional; give only what the goal needs. */
export const ContainerCheckSchema = z.strictObject({
  type: z.literal('container'),
  name: z.string().optional(),
  image: z.string().optional(),
  status: z.enum(['running', 'exited', 'created']).optional(),
  exitCode: z.number().int().optional(),
  oomKilled: z.boolean().optional(),
  memory: SizeSchema.optional(),
  pidsLimit: z.number().int().positive().optional(),
  readOnly: z.boolean().optional(),
  network: z.enum(['bridge', 'none', 'host']).optional(),
  privileged: z.boolean().optional(),
  capDropped: z.array(z.string()).optional(),
  file: z.strictObject({ path: z.string().startsWith('/'), contains: z.string().optional() }).optional(),
  /** Every `hostPort:containerPort` here is published (others may be too). */
  published: z.array(PublishedSchema).optional(),
  /** Config.User as `docker inspect` shows it: `--user`, else the image's USER. */
  user: z.string().optional(),
  noNewPrivileges: z.boolean().optional(),
  capAdded: z.array(z.string().min(1)).optional(),
  /** Attached to each of these networks (others may be attached too). */
  networks: z.array(z.string().min(1)).optional(),
  mounts: z.array(MountCheckSchema).optional(),
  /** Run with `--init`: docker-init (tini) is PID 1 and the command its child. */
  init: z.boolean().optional(),
  /** The host's /var/run/docker.sock is bind-mounted in. */
  dockerSocket: z.boolean().optional(),
});

/** No container matches (e.g. it was removed). */
export const NoContainerCheckSchema = z.strictObject({
  type: z.literal('no-container'),
  name: z.string().optional(),
  image: z.string().optional(),
});

/** An image is (or is not) in the local cache; the other fields describe the image the ref names. */
export const ImageCheckSchema = z
  .strictObject({
    type: z.literal('image'),
    ref: z.string().min(1),
    present: z.boolean().default(true),
    /** Made here by `docker build` (not pulled). */
    built: z.boolean().optional(),
    /** Its config's User (Dockerfile USER). */
    user: z.string().optional(),
    /** Its config's Cmd, exactly (exec form). */
    cmd: z.array(z.string()).optional(),
    /** How many layers it has (`docker image inspect` RootFS.Layers). */
    layers: z.number().int().positive().optional(),
  })
  .refine((k) => k.present || (k.built ?? k.user ?? k.cmd ?? k.layers) === undefined, {
    message: 'no built, user, cmd or layers with `present: false` (an absent image has none)',
    path: ['present'],
  });

/** A VM is in a state; `booted` means running AND past its boot (login prompt reached). */
export const VmCheckSchema = z.strictObject({
  type: z.literal('vm'),
  name: z.string().min(1),
  state: z.enum(['running', 'booted', 'shut off']).optional(),
});

/** Where the learner's shell is at the end: on the host, in a container, or on a VM console. */
export const SessionCheckSchema = z.strictObject({
  type: z.literal('session'),
  inside: z.enum(['host', 'container', 'vm']),
  name: z.string().optional(),
  image: z.string().optional(),
  /** Met only once the learner has attached to this VM's console (so "back on the host" is not true from the start). */
  afterConsole: z.string().optional(),
});

/** One predicate over the end state. */
export const GoalCheckSchema = z.discriminatedUnion('type', [
  ContainerCheckSchema,
  NoContainerCheckSchema,
  ImageCheckSchema,
  VmCheckSchema,
  SessionCheckSchema,
  ProcessCheckSchema,
  CgroupCheckSchema,
  HostFileCheckSchema,
  NetnsCheckSchema,
  NetworkCheckSchema,
  VolumeCheckSchema,
]);

/** One named part of a goal, shown to the learner as a checklist item. */
export const GoalPartSchema = z.strictObject({
  description: z.string().min(1),
  check: GoalCheckSchema,
});

/** A goal: every part must hold in the end state (command counts never matter). */
export const GoalSchema = z.array(GoalPartSchema).min(1);

/** A container that exists when the exercise starts (created with `docker run -d`). */
export const StartContainerSchema = z.strictObject({
  name: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'expected a Docker container name'),
  image: z.string().min(1),
  command: z.array(z.string()).optional(),
  memory: SizeSchema.optional(),
  readOnly: z.boolean().default(false),
  network: z.enum(['bridge', 'none', 'host']).optional(),
});

/** The machine's state before the learner types anything. */
export const ScenarioStartSchema = z.strictObject({
  images: z.array(z.string().min(1)).default([]),
  containers: z.array(StartContainerSchema).default([]),
  vms: z.array(z.strictObject({ name: z.string().min(1), running: z.boolean().default(true) })).default([]),
});

/** A terminal exercise: start state, goal, hints and a solution that the content tests replay. */
export const ScenarioSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  start: ScenarioStartSchema.default({ images: [], containers: [], vms: [] }),
  goal: GoalSchema,
  hints: z.array(z.string().min(1)).min(1),
  solution: z.array(z.string().min(1)).min(1),
});

export type GoalCheck = z.output<typeof GoalCheckSchema>;
export type GoalPart = z.output<typeof GoalPartSchema>;
export type Goal = z.output<typeof GoalSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as authors write it (defaults not yet applied). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
