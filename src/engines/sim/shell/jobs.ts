/** The background jobs of a shell (bash manual, "Job Control"): started with `&`, gone when their process ends. */
import type { Proc, Sim } from '../model/types';
import type { Frame, Job } from './types';

/** The process of a job as the frame's environment sees it (by its PID there), if it still runs. */
export function jobProc(sim: Sim, frame: Frame, pid: number): Proc | undefined {
  const env = frame.env;
  if (env.kind === 'vm') return sim.state.vms.find((v) => v.name === env.name)?.procs.find((p) => p.pid === pid);
  if (env.kind === 'container') return sim.state.procs.find((p) => p.container === env.id && p.nsPid === pid);
  return sim.state.procs.find((p) => p.pid === pid); // the host sees every process, a container's too
}

/** The frame's job table without the jobs whose process has ended (bash reports those as Done). */
export function liveJobs(sim: Sim, frame: Frame): Job[] {
  const jobs = (frame.jobs ??= []);
  const alive = jobs.filter((j) => jobProc(sim, frame, j.pid) !== undefined);
  jobs.splice(0, jobs.length, ...alive);
  return jobs;
}
