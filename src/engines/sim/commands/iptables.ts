/**
 * `iptables` on the host: reading the tables needs root (as in iptables 1.8, nf_tables backend); the
 * rules Docker writes (its DOCKER chains, DNAT for -p) change from release to release and are not
 * modelled, so as root every listing says so rather than show rules this Docker might not write.
 */
import type { Command } from '../shell/types';
import { HINT, notSimulated } from './honesty';

/** Debian 13's iptables. */
const VERSION = 'iptables v1.8.11 (nf_tables)';

export const iptables: Command = {
  name: 'iptables',
  usage: 'iptables [-t TABLE] -L [-n]',
  summary: 'packet filter and NAT rules (not modelled)',
  // As the learner every listing is refused (root only); as root each says "not simulated" (see above).
  surface: { supported: ['-V', '--version'], notSimulated: [] },
  run(argv, ctx) {
    if (argv.includes('-V') || argv.includes('--version')) {
      ctx.out(`${VERSION}\n`);
      return 0;
    }
    if (ctx.uid !== 0) {
      ctx.err(`${VERSION}: Could not fetch rule set generation id: Permission denied (you must be root)\n\n`);
      return 4;
    }
    return notSimulated(
      ctx,
      `iptables ${argv.slice(1).join(' ')}`.trim(),
      HINT.docker,
      "Docker's NAT rules for published ports are not modelled",
    );
  },
};
