import type { CorpusGroup } from './types';

const RUN = 'docker run -d --name web isolationlab/web:1';

/** iproute2's ip on the Debian host, BusyBox's ip in Alpine containers: interfaces, veth pairs, routes. */
const group: CorpusGroup = {
  group: 'net: ip link, addr, route',
  source:
    'ip-link(8), ip-address(8), ip-route(8) from iproute2 6.x; BusyBox 1.37 ip applet; hostname(1); Docker docs "Bridge network driver" (https://docs.docker.com/engine/network/drivers/bridge/)',
  rows: [
    { line: 'ip a', expect: ['1: lo: <LOOPBACK,UP,LOWER_UP>', '3: docker0:', 'inet 172.17.0.1/16'] },
    { line: 'ip addr show dev docker0', expect: [/^3: docker0: /], not: ['eno1'] },
    { line: 'ip addr show docker0', expect: [/^3: docker0: /, 'scope global docker0'] },
    { line: 'ip link', expect: ['link/ether', 'mode DEFAULT group default'], not: ['inet '] },
    { line: 'ip -br a', expect: [/^lo\s+UNKNOWN\s+127\.0\.0\.1\/8/m, /^docker0\s+DOWN\s+172\.17\.0\.1\/16/m] },
    { line: 'ip -br link', expect: [/^eno1\s+UP\s+52:54:00:12:34:56 <BROADCAST,MULTICAST,UP,LOWER_UP>/m] },
    { line: 'ip -4 a', expect: ['inet 127.0.0.1/8 scope host lo', 'inet 192.168.1.20/24'] },
    { line: 'ip link show docker0', expect: ['<NO-CARRIER,BROADCAST,MULTICAST,UP>', 'state DOWN'] },
    { setup: [RUN], line: 'ip link show docker0', expect: ['<BROADCAST,MULTICAST,UP,LOWER_UP>', 'state UP'] },
    { setup: [RUN], line: 'ip -br link', expect: [/^veth[0-9a-f]{7}@if\d+\s+UP/m] },
    {
      setup: [RUN],
      line: 'ip link',
      expect: [/: veth[0-9a-f]{7}@if\d+: .* master docker0 state UP/, 'link-netnsid 0'],
    },
    {
      line: 'ip route',
      expect: [
        /^default via \S+ dev eno1/,
        '172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown',
      ],
    },
    {
      setup: [RUN],
      line: 'ip r',
      expect: ['172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1'],
      not: ['linkdown'],
    },
    { line: 'ip route show', expect: ['192.168.1.0/24 dev eno1 proto kernel scope link src 192.168.1.20'] },
    {
      setup: ['docker network create appnet'],
      line: 'ip route',
      expect: [/172\.18\.0\.0\/16 dev br-[0-9a-f]{12} proto kernel scope link src 172\.18\.0\.1/],
    },
    { line: 'ip addr show dev nope', expect: ['Device "nope" does not exist.'], exit: 1 },
    { line: 'ip bogus', expect: ['Object "bogus" is unknown, try "ip help".'], exit: 1 },
    { line: 'ip -z a', expect: ['Option "-z" is unknown, try "ip -help".'], exit: 255 },
    { line: 'ip route bogus', expect: ['Command "bogus" is unknown, try "ip route help".'], exit: 255 },
    {
      line: 'ip route add 10.0.0.0/8 via 192.168.1.1',
      expect: ['RTNETLINK answers: Operation not permitted'],
      exit: 2,
    },
    { line: 'ip route get 1.1.1.1', expect: ['ip route get'], notSimulated: true },
    { line: 'ip neigh', expect: ['ip neigh'], notSimulated: true },
    { line: 'ip -6 a', expect: ['ip -6'], notSimulated: true },
    {
      line: 'docker run --rm alpine:3.22 ip a',
      expect: [
        /\d+: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN>/,
        'inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0',
      ],
    },
    {
      line: 'docker run --rm alpine:3.22 ip route',
      expect: ['default via 172.17.0.1 dev eth0', '172.17.0.0/16 dev eth0 scope link  src 172.17.0.2'],
    },
    {
      line: 'docker run --rm --network host alpine:3.22 ip a',
      expect: ['docker0', 'link/ether 52:54:00:12:34:56'],
      not: ['eth0', /:undefined/],
    },
    { line: 'docker run --rm --network none alpine:3.22 ip a', expect: ['1: lo:'], not: ['eth0'] },
    {
      setup: ['docker pull alpine:3.22'],
      line: 'docker run --rm alpine:3.22 hostname -i',
      expect: [/^172\.17\.0\.2 \n$/],
    },
    { line: 'hostname -I', expect: [/^192\.168\.1\.20 172\.17\.0\.1 \n$/] },
    {
      setup: ['docker network create appnet', 'docker run -d --name api --network appnet isolationlab/web:1'],
      line: 'docker exec api ip route',
      expect: ['default via 172.18.0.1 dev eth0', '172.18.0.0/16 dev eth0 scope link  src 172.18.0.2'],
    },
  ],
};
export default group;
