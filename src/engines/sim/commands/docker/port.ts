/** `docker port CONTAINER [PRIVATE_PORT[/PROTO]]`: the container's published ports, as the CLI lists them. */
import type { Ctx } from '../../shell/types';
import type { OptSpec } from '../opts';
import { containerOrError, dockerOpts } from './common';
import { portLines } from './run-publish';

export const PORT_SPEC: OptSpec = {};

/** The cobra argument-count error every docker subcommand prints (exit 1). */
export function argCount(ctx: Ctx, path: string, rule: string, usage: string, summary: string): number {
  ctx.err(
    `"docker ${path}" requires ${rule}.\nSee 'docker ${path} --help'.\n\nUsage:  docker ${usage}\n\n${summary}\n`,
  );
  return 1;
}

/** `docker port web` (every mapping) or `docker port web 80` (its host addresses). */
export function dockerPort(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'port', argv, PORT_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length < 1 || p.args.length > 2)
    return argCount(
      ctx,
      'port',
      'at least 1 and at most 2 arguments',
      'port CONTAINER [PRIVATE_PORT[/PROTO]]',
      'List port mappings or a specific mapping for the container',
    );
  const c = containerOrError(ctx, p.args[0] as string);
  if (!c) return 1;
  // Only a running container has its ports bound (NetworkSettings.Ports is empty otherwise).
  const bound = c.status === 'running' ? c.config.ports : [];
  const want = p.args[1];
  if (want === undefined) {
    const lines = [...bound]
      .sort((a, b) => a.containerPort - b.containerPort || a.proto.localeCompare(b.proto))
      .flatMap(portLines);
    ctx.out(lines.map((l) => `${l}\n`).join(''));
    return 0;
  }
  const [port, proto = 'tcp'] = want.split('/');
  const hits = bound.filter((b) => String(b.containerPort) === port && b.proto === proto);
  if (!hits.length) {
    ctx.err(`Error: No public port '${port}/${proto}' published for ${p.args[0]}\n`);
    return 1;
  }
  ctx.out(
    hits
      .flatMap(portLines)
      .map((l) => `${l.split(' -> ')[1]}\n`)
      .join(''),
  );
  return 0;
}
