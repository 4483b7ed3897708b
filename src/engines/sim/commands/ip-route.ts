/** `ip route`: the routing table each environment has, in iproute2's or BusyBox's wording. */
import type { Ctx } from '../shell/types';
import { viewOf } from '../shell/view';
import { ifacesOf } from './ip-links';

/** The network part of `a.b.c.d/len`. */
function networkOf(cidr: string): string {
  const [ip = '', len = '32'] = cidr.split('/');
  const n = ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const size = 2 ** (32 - Number(len));
  const base = n - (n % size);
  return `${[24, 16, 8, 0].map((s) => Math.floor(base / 2 ** s) % 256).join('.')}/${len}`;
}

/**
 * The main table: a default route via the LAN's router (the host, a VM) or the network's gateway (a
 * container), then one kernel route per addressed interface; a bridge without carrier is `linkdown`.
 */
export function routesOf(ctx: Ctx, ns: string | null = null): string[] {
  const v = viewOf(ctx.sim, ctx.frame.env);
  const gnu = ns !== null || v.os.userland === 'gnu';
  // A named namespace has only what was configured in it: kernel routes of its up, addressed links.
  if (ns !== null)
    return ifacesOf(ctx, ns)
      .filter((i) => i.inet && i.name !== 'lo' && i.flags.includes('UP'))
      .map((i) => {
        const cidr = i.inet?.cidr as string;
        const linkdown = i.flags.includes('LOWER_UP') ? '' : 'linkdown ';
        return `${networkOf(cidr)} dev ${i.name} proto kernel scope link src ${cidr.split('/')[0]} ${linkdown}\n`;
      });
  const ifaces = ifacesOf(ctx).filter((i) => i.inet && i.name !== 'lo');
  const out: string[] = [];
  const first = ifaces[0];
  const inContainer = v.container && v.container.config.network !== 'host';
  if (first?.inet) {
    const src = first.inet.cidr.split('/')[0] as string;
    if (inContainer) {
      const gw = ctx.sim.state.networks.find((n) => n.name === v.container?.endpoints[0]?.network)?.gateway;
      out.push(`default via ${gw} dev ${first.name} `);
    } else {
      const router = src.replace(/\.\d+$/, '.1'); // the LAN's router (representative: .1 of the /24)
      out.push(`default via ${router} dev ${first.name} proto dhcp src ${src} metric 100 `);
    }
  }
  const kernel = ifaces.map((i) => {
    const src = i.inet?.cidr.split('/')[0] as string;
    const net = networkOf(i.inet?.cidr as string);
    if (!gnu) return { net, line: `${net} dev ${i.name} scope link  src ${src} ` };
    const metric = i.qdisc === 'fq_codel' && !inContainer ? ' metric 100' : '';
    return {
      net,
      line: `${net} dev ${i.name} proto kernel scope link src ${src}${metric} ${i.state === 'DOWN' ? 'linkdown ' : ''}`,
    };
  });
  const key = (net: string) =>
    net
      .split(/[./]/)
      .map((x) => x.padStart(3, '0'))
      .join('');
  return [...out, ...kernel.sort((a, b) => key(a.net).localeCompare(key(b.net))).map((k) => k.line)].map(
    (l) => `${l}\n`,
  );
}
