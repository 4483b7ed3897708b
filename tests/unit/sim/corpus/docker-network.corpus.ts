import type { CorpusGroup } from './types';

const WEB = 'docker run -d --name web -p 8080:8080 isolationlab/web:1';
const NET = 'docker network create appnet';
const API = 'docker run -d --name api --network appnet isolationlab/web:1';
const PAGE = '<h1>Isolation Lab</h1>';

/** Publishing ports (the two-servers-on-one-port clash), docker port, and networks with and without DNS. */
const group: CorpusGroup = {
  group: 'docker: ports and networks',
  source:
    'Docker docs: "Port publishing and mapping" (https://docs.docker.com/engine/network/port-publishing/), "Bridge network driver" (https://docs.docker.com/engine/network/drivers/bridge/), CLI reference for docker run -p/-P, docker port and docker network ls/create/inspect/rm/connect/prune (https://docs.docker.com/reference/cli/docker/); go-connections nat.ParsePortSpec errors; moby/moby#41030 (ping_group_range in each container netns) and BusyBox networking/ping.c create_icmp_socket (SOCK_DGRAM fallback)',
  rows: [
    { setup: [WEB], line: 'docker port web', expect: ['8080/tcp -> 0.0.0.0:8080\n8080/tcp -> [::]:8080\n'] },
    { setup: [WEB], line: 'docker port web 8080', expect: [/^0\.0\.0\.0:8080\n\[::\]:8080\n$/] },
    { setup: [WEB], line: 'docker port web 80', expect: ["Error: No public port '80/tcp' published for web"], exit: 1 },
    { line: 'docker port', expect: ['"docker port" requires at least 1 and at most 2 arguments.'], exit: 1 },
    { line: 'docker port nope', expect: ['Error response from daemon: No such container: nope'], exit: 1 },
    { setup: [WEB], line: 'wget -qO- localhost:8080', expect: [PAGE] },
    { setup: [WEB], line: 'wget -qO- http://127.0.0.1:8080/', expect: [PAGE] },
    { setup: [WEB], line: 'wget -qO- 172.17.0.2:8080', expect: [PAGE] },
    {
      setup: [WEB],
      line: 'docker run -d --name web2 -p 8080:8080 isolationlab/web:1',
      expect: [
        'Bind for 0.0.0.0:8080 failed: port is already allocated',
        'driver failed programming external connectivity on endpoint web2',
      ],
      exit: 125,
    },
    {
      setup: [WEB, 'docker run -d --name web2 -p 8080:8080 isolationlab/web:1'],
      line: 'docker ps -a',
      expect: [/Created\s+web2/],
    },
    {
      setup: [WEB, 'docker run -d --name web2 -p 8081:8080 isolationlab/web:1'],
      line: 'wget -qO- localhost:8081',
      expect: [PAGE],
    },
    {
      setup: ['docker run -d --name r -p 8080 isolationlab/web:1'],
      line: 'docker port r',
      expect: ['8080/tcp -> 0.0.0.0:32768'],
    },
    {
      setup: ['docker run -d --name r -P isolationlab/web:1'],
      line: 'docker port r',
      expect: ['8080/tcp -> 0.0.0.0:32768'],
    },
    { setup: [WEB], line: 'docker ps', expect: ['0.0.0.0:8080->8080/tcp, [::]:8080->8080/tcp'] },
    { setup: ['docker run -d --name web isolationlab/web:1'], line: 'docker ps', expect: [/ 8080\/tcp\s+web\n/] },
    {
      setup: ['docker pull alpine:3.22'],
      // BusyBox ping falls back to an ICMP datagram socket, which Docker's ping_group_range allows (moby#41030).
      line: 'docker run --rm --cap-drop NET_RAW alpine:3.22 ping -c 1 127.0.0.1',
      expect: ['1 packets transmitted, 1 packets received, 0% packet loss'],
      not: ['are you root'],
    },
    {
      setup: ['docker pull alpine:3.22'],
      line: 'docker run --rm --cap-drop ALL alpine:3.22 ping -c 1 127.0.0.1',
      expect: ['64 bytes from 127.0.0.1: seq=0 ttl=64'],
    },
    {
      setup: [WEB],
      line: 'docker inspect -f "{{json .HostConfig.PortBindings}}" web',
      expect: ['{"8080/tcp":[{"HostIp":"","HostPort":"8080"}]}'],
    },
    { line: 'docker run -p abc:80 alpine:3.22 true', expect: ['invalid hostPort: abc'], exit: 125 },
    { line: 'docker run -p 8080:80/xyz alpine:3.22 true', expect: ['invalid proto: xyz'], exit: 125 },
    {
      line: 'docker run --rm --network host -p 80:80 alpine:3.22 true',
      expect: ['WARNING: Published ports are discarded when using host network mode'],
    },
    {
      line: 'docker network ls',
      expect: [
        /NETWORK ID\s+NAME\s+DRIVER\s+SCOPE/,
        /bridge\s+bridge\s+local/,
        /host\s+host\s+local/,
        /none\s+null\s+local/,
      ],
    },
    { line: 'docker network create appnet', expect: [/^[0-9a-f]{64}\n$/] },
    {
      setup: [NET],
      line: NET,
      expect: ['Error response from daemon: network with name appnet already exists'],
      exit: 1,
    },
    { line: 'docker network create', expect: ['"docker network create" requires exactly 1 argument.'], exit: 1 },
    {
      setup: [NET],
      line: 'docker network inspect appnet',
      expect: ['"Subnet": "172.18.0.0/16"', '"Gateway": "172.18.0.1"', '"Driver": "bridge"'],
    },
    {
      line: 'docker network inspect bridge',
      expect: ['"com.docker.network.bridge.name": "docker0"', '"Subnet": "172.17.0.0/16"'],
    },
    { setup: [NET], line: 'docker inspect -f "{{.Driver}} {{.Name}}" appnet', expect: [/^bridge appnet\n$/] },
    { line: 'docker network inspect nope', expect: ['network nope not found'], exit: 1 },
    { line: 'docker network rm bridge', expect: ['bridge is a pre-defined network and cannot be removed'], exit: 1 },
    { setup: [NET], line: 'docker network rm appnet', expect: [/^appnet\n$/] },
    { setup: [NET, API], line: 'docker network rm appnet', expect: ['has active endpoints'], exit: 1 },
    { setup: [NET, API], line: 'docker run --rm --network appnet alpine:3.22 wget -qO- api:8080', expect: [PAGE] },
    {
      setup: [NET, API],
      line: 'docker run --rm --network appnet alpine:3.22 wget -qO- http://api:8080/',
      expect: [PAGE],
    },
    {
      setup: ['docker run -d --name api isolationlab/web:1'],
      line: 'docker run --rm alpine:3.22 wget -qO- api:8080',
      expect: ["wget: bad address 'api'"],
      exit: 1,
    },
    {
      setup: [NET, API],
      line: 'docker run --rm alpine:3.22 wget -qO- api:8080',
      expect: ["wget: bad address 'api'"],
      exit: 1,
    },
    {
      setup: [NET, API],
      line: 'docker run --rm --network appnet alpine:3.22 ping -c 2 api',
      expect: [
        'PING api (172.18.0.2): 56 data bytes',
        '64 bytes from 172.18.0.2: seq=1 ttl=64',
        '2 packets transmitted, 2 packets received, 0% packet loss',
      ],
    },
    {
      setup: [NET, API],
      line: 'docker run --rm alpine:3.22 ping -c 1 api',
      expect: ["ping: bad address 'api'"],
      exit: 1,
    },
    {
      setup: [WEB],
      line: 'ping -c 1 172.17.0.2',
      expect: [
        'PING 172.17.0.2 (172.17.0.2) 56(84) bytes of data.',
        '64 bytes from 172.17.0.2: icmp_seq=1 ttl=64',
        '1 packets transmitted, 1 received, 0% packet loss',
      ],
    },
    { line: 'ping -c 1 web', expect: ['ping: web: Name or service not known'], exit: 2 },
    { line: 'ping 172.17.0.1', expect: ['ping 172.17.0.1'], notSimulated: true },
    { line: 'docker run --network nope alpine:3.22 true', expect: ['network nope not found'], exit: 125 },
    {
      setup: [NET, API, WEB, 'docker network connect appnet web'],
      line: 'docker exec web ip -br a',
      expect: [/^eth1@if\d+\s+UP\s+172\.18\.0\.3\/16/m],
    },
    {
      setup: [NET, API],
      line: 'docker network inspect -f "{{json .Containers}}" appnet',
      expect: ['"Name":"api"', '"IPv4Address":"172.18.0.2/16"'],
    },
    {
      setup: [NET, API],
      line: 'docker inspect -f "{{.NetworkSettings.Networks.appnet.IPAddress}}" api',
      expect: [/^172\.18\.0\.2\n$/],
    },
    { line: 'docker network create -d overlay ov', expect: ['This node is not a swarm manager.'], exit: 1 },
    { line: 'docker network create -d macvlan m', expect: ['docker network create -d macvlan'], notSimulated: true },
    { line: 'docker network bogus', expect: ['docker: unknown command: docker network bogus'], exit: 1 },
    { line: 'docker network ls --bogus', expect: ['unknown flag: --bogus'], exit: 125 },
    { line: 'docker network prune', expect: ['docker network prune'], notSimulated: true },
    { setup: [NET], line: 'docker network prune -f', expect: ['Deleted Networks:\nappnet\n'] },
    {
      setup: [WEB],
      line: 'docker run --rm --network none alpine:3.22 wget -qO- 172.17.0.2:8080',
      expect: ['Network is unreachable'],
      exit: 1,
    },
    { line: 'sudo iptables -t nat -L -n', expect: ['iptables -t nat -L -n'], notSimulated: true },
    {
      line: 'iptables -t nat -L -n',
      expect: [
        'iptables v1.8.11 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)',
      ],
      exit: 4,
    },
  ],
};
export default group;
