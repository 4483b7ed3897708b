import type { CorpusGroup } from './types';

const RED = ['sudo ip netns add red'];
const PAIR = [...RED, 'sudo ip link add veth0 type veth peer name veth1'];
const WIRED = [
  ...PAIR,
  'sudo ip link set veth1 netns red',
  'sudo ip addr add 10.0.0.1/24 dev veth0',
  'sudo ip link set veth0 up',
  'sudo ip netns exec red ip addr add 10.0.0.2/24 dev veth1',
  'sudo ip netns exec red ip link set veth1 up',
];

/** Building by hand what Docker builds: a namespace, a veth pair across it, addresses, a bridge. */
const group: CorpusGroup = {
  group: 'net: ip netns and veth pairs',
  source: 'ip-netns(8), ip-link(8) (TYPE veth, bridge; set netns/up/master), ip-address(8) from iproute2 6.x',
  rows: [
    { line: 'ip netns list', expect: [] },
    { setup: RED, line: 'ip netns list', expect: [/^red\n$/] },
    { line: 'ip netns add red', expect: ['mkdir /var/run/netns failed: Permission denied'], exit: 1 },
    {
      setup: RED,
      line: 'sudo ip netns add red',
      expect: ['Cannot create namespace file "/var/run/netns/red": File exists'],
      exit: 1,
    },
    {
      line: 'sudo ip netns delete nope',
      expect: ['Cannot remove namespace file "/var/run/netns/nope": No such file or directory'],
      exit: 1,
    },
    { setup: RED, line: 'sudo ip netns exec red ip a', expect: [/^1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN/] },
    {
      setup: PAIR,
      line: 'ip link',
      expect: [/\d+: veth0@veth1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN/, /\d+: veth1@veth0: /],
    },
    {
      line: 'ip link add veth0 type veth peer name veth1',
      expect: ['RTNETLINK answers: Operation not permitted'],
      exit: 2,
    },
    {
      setup: PAIR,
      line: 'sudo ip link add veth0 type veth peer name veth9',
      expect: ['RTNETLINK answers: File exists'],
      exit: 2,
    },
    { line: 'sudo ip link set nope up', expect: ['Cannot find device "nope"'], exit: 1 },
    {
      setup: PAIR,
      line: 'sudo ip link set veth1 netns blue',
      expect: ['Cannot open network namespace "blue": No such file or directory'],
      exit: 255,
    },
    { setup: WIRED, line: 'ip -br a', expect: [/^veth0@if\d+\s+UP\s+10\.0\.0\.1\/24/m], not: ['veth1'] },
    { setup: WIRED, line: 'ip link show veth0', expect: ['link-netns red', 'state UP'] },
    { setup: WIRED, line: 'sudo ip netns exec red ip -br a', expect: [/^veth1@if\d+\s+UP\s+10\.0\.0\.2\/24/m] },
    {
      setup: WIRED,
      line: 'sudo ip netns exec red ip route',
      expect: [/^10\.0\.0\.0\/24 dev veth1 proto kernel scope link src 10\.0\.0\.2/],
    },
    { setup: WIRED, line: 'ip route', expect: ['10.0.0.0/24 dev veth0 proto kernel scope link src 10.0.0.1'] },
    { setup: WIRED, line: 'ip netns list', expect: ['red (id: 0)'] },
    { setup: [...WIRED, 'sudo ip netns delete red'], line: 'ip link', expect: [], not: ['veth0', 'veth1'] },
    {
      setup: [...PAIR, 'sudo ip link add br0 type bridge', 'sudo ip link set veth0 master br0'],
      line: 'ip link show veth0',
      expect: ['master br0'],
    },
    {
      setup: WIRED,
      line: 'sudo ip netns exec red ping -c 1 10.0.0.1',
      expect: ['ip netns exec red ping'],
      notSimulated: true,
    },
    {
      line: 'sudo ip addr add 10.0.0.300/24 dev lo',
      expect: ['Error: any valid prefix is expected rather than "10.0.0.300/24".'],
      exit: 1,
    },
    { line: 'ip netns bogus', expect: ['Command "bogus" is unknown, try "ip netns help".'], exit: 255 },
  ],
};
export default group;
