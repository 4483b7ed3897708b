import { z } from 'astro/zod';
import { IdSchema } from './lesson';

/** A size as Docker writes it: `64m`, `512M`, `1g`. */
const SizeSchema = z.string().regex(/^\d+(\.\d+)?\s*[bkmgt]?i?b?$/i, 'expected a size such as "64m" or "1g"');

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
});

/** No container matches (e.g. it was removed). */
export const NoContainerCheckSchema = z.strictObject({
  type: z.literal('no-container'),
  name: z.string().optional(),
  image: z.string().optional(),
});

/** An image is (or is not) in the local cache. */
export const ImageCheckSchema = z.strictObject({
  type: z.literal('image'),
  ref: z.string().min(1),
  present: z.boolean().default(true),
});

/** A VM is in a state; `booted` means running AND past its boot (login prompt reached). */
export const VmCheckSchema = z.strictObject({
  type: z.literal('vm'),
  name: z.string().min(1),
  state: z.enum(['running', 'booted', 'shut off']),
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
