/**
 * Running a program a Dockerfile copied and marked set-user-ID (`RUN cp /bin/sh /bin/rootsh && chmod u+s
 * /bin/rootsh`). execve(2): a set-user-ID file runs with the file owner's uid (root here) as effective uid,
 * the caller's uid stays the real uid; unless the process has no_new_privs set (kernel
 * Documentation/userspace-api/no_new_privs.rst: "execve promises not to grant the privilege to do anything
 * that could not have been done without the execve call"), which `docker run --security-opt
 * no-new-privileges` sets for every process of the container.
 */
import { findContainer } from '../model/containers';
import type { Sim } from '../model/types';
import type { Frame } from './types';
import { hasTool } from './toolset';
import { viewOf } from './view';

/** What a program name turns into: the program it is a copy of, and the frame and uid it runs with. */
export type Copied =
  | { program: string; frame: Frame; uid: number }
  /** BusyBox picks its applet from argv[0]: a copy of /bin/sh (the busybox binary) under another name is no applet. */
  | { appletNotFound: true };

/** The copy a built image put at `name`, or undefined when `name` is no such copy. */
export function copiedProgram(sim: Sim, frame: Frame, uid: number, name: string): Copied | undefined {
  const env = frame.env;
  if (env.kind !== 'container' || env.root !== undefined) return undefined;
  const c = findContainer(sim.state, env.id);
  const image = c ? sim.state.images.get(c.imageId) : undefined;
  const program = image?.copies?.[name];
  if (!c || !image || program === undefined) return undefined;
  // A copy named after an applet (`cp /bin/sh /bin/ash`) runs that applet, as BusyBox reads argv[0].
  if (viewOf(sim, env).os.userland === 'busybox') return hasTool(sim, env, name) ? undefined : { appletNotFound: true };
  // Root gains nothing; with no_new_privs the bit is ignored and the program runs as the caller.
  if (!image.setuid?.includes(name) || uid === 0 || c.config.noNewPrivileges) return { program, frame, uid };
  return { program, frame: { ...frame, uid: 0, ruid: frame.ruid ?? uid }, uid: 0 };
}
