import type { CorpusGroup } from './types';

const PULL = 'docker pull alpine:3.22';
const SHELL = [PULL, 'docker run -it --name c alpine:3.22 sh'];
const LIMITED = [PULL, 'docker run -it -m 64m --pids-limit 10 --cpus 1.5 --name c alpine:3.22 sh'];
const DETACHED = [PULL, 'docker run -d -m 64m --pids-limit 10 --cpus 1.5 --name c alpine:3.22 sleep 1000'];

/** What a process inside a container sees, and how the limits given to docker run show up. */
const group: CorpusGroup = {
  group: 'containers: limits and in-container views',
  source:
    'Docker docs "Resource constraints" (docs.docker.com/engine/containers/resource_constraints/) and the run ' +
    'reference (-m minimum 6MB, --cpus range); cgroup-v2.rst (memory.max, pids.max, cpu.max "$MAX $PERIOD"); ' +
    'BusyBox 1.37 applet messages (ps, hostname, dmesg, ls); pid_namespaces(7); bash(1) for the Debian image',
  rows: [
    { setup: SHELL, line: 'ps', expect: [/^PID +USER +TIME +COMMAND\n/, /^ {4}1 root {6}0:00 sh$/m] },
    { setup: SHELL, line: 'echo $$', expect: [/^1\n$/] },
    { setup: SHELL, line: 'id', expect: [/^uid=0\(root\) gid=0\(root\)/] },
    { setup: SHELL, line: 'whoami', expect: [/^root\n$/] },
    { setup: SHELL, line: 'pwd', expect: [/^\/\n$/] },
    { setup: SHELL, line: 'echo $HOME', expect: [/^\/root\n$/] },
    { setup: SHELL, line: 'hostname', expect: [/^[0-9a-f]{12}\n$/] },
    { setup: SHELL, line: 'cat /etc/os-release', expect: ['NAME="Alpine Linux"', 'ID=alpine'] },
    { setup: SHELL, line: 'uname -r', expect: [/^6\.12\.48\+deb13-amd64\n$/] },
    { setup: SHELL, line: 'cat /proc/1/status', expect: [/^Name:\tsh$/m, /^Pid:\t1$/m, /^PPid:\t0$/m] },
    { setup: SHELL, line: 'cat /proc/self/cgroup', expect: [/^0::\/\n$/] },
    { setup: SHELL, line: 'cat /sys/fs/cgroup/memory.max', expect: [/^max\n$/] },
    { setup: SHELL, line: 'cat /sys/fs/cgroup/pids.max', expect: [/^max\n$/] },
    { setup: SHELL, line: 'free -m', expect: [/^Mem: +16384 /m] },
    { setup: SHELL, line: 'df -h', expect: [/^overlay +\S+ .* \/\n/m] },
    { setup: SHELL, line: 'mount | grep -c "overlay on / type overlay"', expect: [/^1\n$/] },
    { setup: SHELL, line: 'hostname newname', expect: ['hostname: sethostname: Operation not permitted'], exit: 1 },
    { setup: SHELL, line: 'dmesg', expect: ['dmesg: klogctl: Operation not permitted'], exit: 1 },
    { setup: SHELL, line: 'ls /dev/kvm', expect: ['ls: /dev/kvm: No such file or directory'], exit: 1 },
    { setup: SHELL, line: 'ls /nonexist', expect: ['ls: /nonexist: No such file or directory'], exit: 1 },
    { setup: SHELL, line: 'docker ps', expect: ['sh: docker: not found'], exit: 127 },
    { setup: SHELL, line: 'sudo ls', expect: ['sh: sudo: not found'], exit: 127 },
    { setup: SHELL, line: 'bash', expect: ['sh: bash: not found'], exit: 127 },
    { setup: SHELL, line: 'apk add curl', expect: [], notSimulated: true },
    { setup: SHELL, line: 'grep -c CapEff /proc/self/status', expect: [/^1\n$/] },
    { setup: SHELL, line: 'grep CapEff /proc/self/status', expect: [/^CapEff:\t00000000a80425fb\n$/] },
    { setup: [...SHELL, 'exit'], line: 'docker ps -a', expect: [/Exited \(0\) .* c\n/] },
    { setup: [...SHELL, 'sh -c "exit 4"', 'exit 4'], line: 'docker ps -a', expect: ['Exited (4)'] },
    { setup: [...SHELL, 'exit'], line: 'hostname', expect: [/^host\n$/] },
    { setup: LIMITED, line: 'cat /sys/fs/cgroup/memory.max', expect: [/^67108864\n$/] },
    { setup: LIMITED, line: 'cat /sys/fs/cgroup/pids.max', expect: [/^10\n$/] },
    { setup: LIMITED, line: 'cat /sys/fs/cgroup/cpu.max', expect: [/^150000 100000\n$/] },
    { setup: LIMITED, line: 'free -m', expect: [/^Mem: +16384 /m] },
    {
      setup: DETACHED,
      line: "docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}} {{.HostConfig.NanoCpus}}' c",
      expect: [/^67108864 10 1500000000\n$/],
    },
    { setup: DETACHED, line: 'docker stats --no-stream', expect: [/ \/ 64MiB /] },
    { setup: DETACHED, line: 'docker exec c cat /sys/fs/cgroup/memory.max', expect: [/^67108864\n$/] },
    { setup: [PULL], line: 'docker run --rm -m 64m alpine:3.22 tail /dev/zero', expect: [], exit: 137 },
    {
      setup: [PULL, 'docker run -m 64m --name o alpine:3.22 tail /dev/zero'],
      line: "docker inspect -f '{{.State.OOMKilled}}' o",
      expect: [/^true\n$/],
    },
    {
      setup: [PULL],
      line: 'docker run --rm -m 3m alpine:3.22 true',
      expect: ['Minimum memory limit allowed is 6MB'],
      exit: 125,
    },
    {
      setup: [PULL],
      line: 'docker run --rm -m 64x alpine:3.22 true',
      expect: [`invalid argument "64x" for "-m, --memory" flag`],
      exit: 125,
    },
    {
      setup: [PULL],
      line: 'docker run --rm --cpus 99 alpine:3.22 true',
      expect: ['range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available'],
      exit: 125,
    },
    {
      setup: [PULL],
      line: 'docker run --rm --cpus 0.001 alpine:3.22 true',
      expect: ['range of CPUs is from 0.01 to 4.00'],
      exit: 125,
    },
    {
      setup: [PULL],
      line: 'docker run --rm --cpus Infinity alpine:3.22 true',
      expect: ['invalid argument "Infinity" for "--cpus" flag: failed to parse Infinity as a rational number'],
      exit: 125,
    },
    {
      setup: [PULL],
      line: 'docker run --rm --pids-limit 1e3 alpine:3.22 true',
      expect: ['strconv.ParseInt: parsing "1e3": invalid syntax'],
      exit: 125,
    },
    {
      setup: [PULL],
      line: 'docker run --rm --pids-limit 99999999999999999999 alpine:3.22 true',
      expect: ['strconv.ParseInt: parsing "99999999999999999999": value out of range'],
      exit: 125,
    },
    { setup: DETACHED, line: "docker inspect -f '{{.constructor}}|{{.Name}}' c", expect: [/^<no value>\|\/c\n$/] },
    {
      setup: ['docker pull debian:13-slim'],
      line: 'docker run --rm debian:13-slim cat /etc/os-release',
      expect: ['PRETTY_NAME="Debian GNU/Linux 13 (trixie)"'],
    },
    {
      setup: ['docker pull debian:13-slim', 'docker run -it debian:13-slim bash'],
      line: 'ps',
      expect: ['bash: ps: command not found'],
      exit: 127,
    },
    {
      setup: ['docker pull debian:13-slim', 'docker run -it debian:13-slim bash'],
      line: 'ls /nonexist',
      expect: ["ls: cannot access '/nonexist': No such file or directory"],
      exit: 2,
    },
    {
      setup: ['docker pull ubuntu:24.04'],
      line: 'docker run --rm ubuntu:24.04 cat /etc/os-release',
      expect: ['ID=ubuntu', 'VERSION_ID="24.04"'],
    },
    {
      setup: ['docker pull busybox'],
      line: 'docker run --rm busybox uname -r',
      expect: [/^6\.12\.48\+deb13-amd64\n$/],
    },
  ],
};
export default group;
