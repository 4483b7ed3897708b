/**
 * `ping -c N HOST`: iputils' ping on the Debian host, BusyBox's in Alpine/busybox containers. Names
 * resolve as model/net.ts resolves them (Docker's DNS only on user-defined networks); one echo a second.
 */
import { connectTo } from '../model/net';
import type { Command, Ctx } from '../shell/types';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

const SPEC: OptSpec = {
  flags: { '-q': 'q', '-4': '4' },
  values: { '-c': 'c' },
  unsimulated: ['-i', '-W', '-w', '-s', '-t', '-I', '-n', '-v', '-6', '-D', '-f', '-b', '-R', '-M', '-p', '-A', '-a', '-l', '-Q', '-S', '-O', '-T', '-U', '-V', '-h', '-r', '-B', '-L', '-m', '-e', '-C', '-d', '-H'], // prettier-ignore
};

/** Round-trip times across a veth and a bridge: representative tens of microseconds. */
function rtts(ctx: Ctx, n: number): number[] {
  return Array.from({ length: n }, () => 0.04 + ctx.sim.rng.int(60) / 1000);
}

export const ping: Command = {
  name: 'ping',
  usage: 'ping -c COUNT HOST',
  summary: 'send ICMP echo requests',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'ping', p, busybox ? { busybox, after: '' } : { status: 2, after: '' });
    if (bad !== null) return bad;
    const host = p.args[0];
    if (host === undefined || p.args.length > 1) {
      ctx.err(
        busybox
          ? 'BusyBox v1.37.0 multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n'
          : 'ping: usage error: Destination address required\n',
      );
      return busybox ? 1 : 1;
    }
    if (p.opts.c === undefined)
      return notSimulated(
        ctx,
        `ping ${host}`,
        undefined,
        'without -c it runs until Ctrl+C, which is not modelled here',
      );
    const count = Number(p.opts.c);
    if (!Number.isInteger(count) || count < 1) {
      ctx.err(
        busybox
          ? `ping: invalid number '${p.opts.c}'\n`
          : `ping: invalid argument: '${p.opts.c}': out of range: 1 <= value <= 9223372036854775807\n`,
      );
      return busybox ? 1 : 1;
    }
    // Without CAP_NET_RAW (--cap-drop ALL) the raw socket fails, but both pings fall back to an ICMP datagram socket
    // (BusyBox networking/ping.c create_icmp_socket: "Try SOCK_DGRAM instead"; iputils tries it first), which
    // net.ipv4.ping_group_range allows: Docker 20.10+ sets it to "0 2147483647" in every container's own network
    // namespace (moby/moby#41030), and Debian 13's systemd (sysctl.d/50-default.conf) sets the same on the host,
    // which --network host shares. So ping works either way.
    if (ctx.frame.env.kind === 'vm')
      return notSimulated(ctx, 'ping in a VM', undefined, "the guest's network is not modelled");
    const route = connectTo(ctx.sim.state, ctx.frame.env, host, 0);
    if (!route.ok && route.error === 'bad-address') {
      ctx.err(busybox ? `ping: bad address '${host}'\n` : `ping: ${host}: Name or service not known\n`);
      return busybox ? 1 : 2;
    }
    const ip = route.ok ? route.ip : (route.ip ?? host);
    // iputils resolves localhost to ::1 first, and reports an unanswered ARP per packet: neither is modelled.
    if (!busybox && (host === 'localhost' || (!route.ok && route.error === 'no-route')))
      return notSimulated(
        ctx,
        `ping ${host}`,
        undefined,
        host === 'localhost' ? 'IPv6 is not modelled' : 'ARP failures are not modelled',
      );
    if (!route.ok && route.error === 'no-network') {
      ctx.err(busybox ? 'ping: sendto: Network is unreachable\n' : 'ping: connect: Network is unreachable\n');
      return busybox ? 1 : 2;
    }
    const shown = host === ip ? ip : `${host} (${ip})`;
    ctx.out(
      busybox
        ? `PING ${host} (${ip}): 56 data bytes\n`
        : `PING ${shown} ${ip === host ? `(${ip}) ` : ''}56(84) bytes of data.\n`,
    );
    const got = route.ok ? rtts(ctx, count) : [];
    for (let i = 0; i < count; i++) {
      if (i > 0) ctx.advance(1000);
      const t = got[i];
      if (t !== undefined && !p.opts.q)
        ctx.out(
          busybox
            ? `64 bytes from ${ip}: seq=${i} ttl=64 time=${t.toFixed(3)} ms\n`
            : `64 bytes from ${ip}: icmp_seq=${i + 1} ttl=64 time=${t.toFixed(3)} ms\n`,
          i > 0 ? 1000 : 0,
        );
    }
    if (!route.ok) ctx.advance(busybox ? 1000 : 10_000); // the last reply is waited for
    const rx = got.length;
    const loss = Math.round(((count - rx) / count) * 100);
    const min = Math.min(...got);
    const max = Math.max(...got);
    const avg = rx ? got.reduce((a, b) => a + b, 0) / rx : 0;
    const mdev = rx ? Math.sqrt(got.reduce((a, b) => a + (b - avg) ** 2, 0) / rx) : 0;
    let text = `\n--- ${host} ping statistics ---\n`;
    if (busybox) {
      text += `${count} packets transmitted, ${rx} packets received, ${loss}% packet loss\n`;
      if (rx) text += `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n`;
    } else {
      text += `${count} packets transmitted, ${rx} received, ${loss}% packet loss, time ${(count - 1) * 1000 + (rx ? 1 : 0)}ms\n`;
      if (rx)
        text += `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`;
    }
    ctx.out(text);
    return rx ? 0 : 1;
  },
};
