/** Public entry of the simulation engine: factories, goal checking, the boot race, and types. */
export type { Completion, ExecResult, OutputChunk, RaceProfile, RaceStage, RaceTimeline, ShellSession } from './api';
export { createSimulator, createSession, type SimOptions } from './simulator';
export { createShellSession, type SimSession } from './shell/session';
export { createScenarioSession, type ScenarioRun } from './scenario';
export { checkGoal, type GoalResult, type GoalState } from './goals';
export { planRace } from './race/plan';
export { checkInvariants } from './model/invariants';
export type { Sim, SimState, Container, Vm, Image, Proc, Env } from './model/types';
