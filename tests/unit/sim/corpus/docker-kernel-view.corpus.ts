import type { CorpusGroup } from './types';

const PULL = 'docker pull alpine:3.22';
const ROOTFS = ['sudo -i', 'mkdir /tmp/rootfs', 'tar -xzf /opt/isolationlab/alpine-minirootfs-3.22.2-x86_64.tar.gz -C /tmp/rootfs']; // prettier-ignore

/** What a container (or a chroot) finds of the kernel and the image's programs; image config fields in templates. */
const group: CorpusGroup = {
  group: 'containers: kernel files, sysfs, minirootfs applets, image config',
  source:
    'proc(5) /proc/sys/kernel/osrelease, ostype, hostname; sysfs top level on Debian 6.12 (block bus class dev ' +
    'devices firmware fs hypervisor kernel module power); Alpine 3.22 busybox applet links (sleep in /bin, id in ' +
    '/usr/bin); docker/cli cli/command/inspect/inspector.go (templates run on the typed struct first: empty ' +
    'Config.User prints an empty line)',
  rows: [
    { setup: [PULL], line: 'docker run --rm alpine:3.22 cat /proc/sys/kernel/osrelease', expect: [/^6\.12\.48\+deb13-amd64\n$/] }, // prettier-ignore
    { line: 'cat /proc/sys/kernel/ostype', expect: [/^Linux\n$/] },
    {
      setup: [PULL],
      line: 'docker run --rm alpine:3.22 ls /sys',
      expect: [/^block\nbus\nclass\ndev\ndevices\nfirmware\nfs\nhypervisor\nkernel\nmodule\npower\n$/],
    },
    { setup: ROOTFS, line: 'chroot /tmp/rootfs sleep 1', expect: [] },
    { setup: ROOTFS, line: 'chroot /tmp/rootfs id', expect: [/^uid=0\(root\)/] },
    { setup: ROOTFS, line: 'ls /tmp/rootfs/bin/sleep /tmp/rootfs/usr/bin/id', expect: ['/tmp/rootfs/bin/sleep', '/tmp/rootfs/usr/bin/id'] }, // prettier-ignore
    { setup: [PULL], line: "docker image inspect --format '{{.Config.User}}' alpine:3.22", expect: [/^\n$/] },
    { setup: [PULL], line: "docker image inspect --format '{{.Config.Entrypoint}}' alpine:3.22", expect: [/^\[\]\n$/] },
  ],
};
export default group;
