import type { CorpusGroup } from './types';

const RUN = ['docker pull alpine:3.22', 'docker run -d --name a1 alpine:3.22 sleep 1000'];

/** Container MAC addresses since Docker 28. */
const group: CorpusGroup = {
  group: 'docker: container MAC addresses',
  source:
    'Docker 28 release notes / docker/cli#5861 (a container interface gets a random MAC, no longer 02:42 + IPv4); ' +
    'Linux eth_random_addr (include/linux/etherdevice.h: multicast bit cleared, locally administered bit set)',
  rows: [
    {
      setup: RUN,
      line: 'docker exec a1 ip link show eth0',
      expect: [/link\/ether [0-9a-f][26ae](:[0-9a-f]{2}){5} brd/],
      not: ['02:42:ac:11:00:02'],
    },
    {
      setup: RUN,
      line: "docker inspect -f '{{.NetworkSettings.MacAddress}}' a1",
      expect: [/^[0-9a-f][26ae](:[0-9a-f]{2}){5}\n$/],
      not: ['02:42:ac:11'],
    },
    {
      // The bridge too: moby's bridge driver sets a random address on docker0 (setup_device_linux.go).
      line: 'ip link show docker0',
      expect: [/link\/ether [0-9a-f][26ae](:[0-9a-f]{2}){5} brd/],
      not: ['02:42:'],
    },
  ],
};
export default group;
