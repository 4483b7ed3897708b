import type { CorpusGroup } from './types';

/** /etc/os-release byte for byte, host and images. */
const group: CorpusGroup = {
  group: 'os identity: /etc/os-release',
  source:
    'Debian base-files 13.8+deb13u1 (trixie 13.1) etc/os-release; Alpine aports main/alpine-base/APKBUILD ' +
    '(NAME, ID, VERSION_ID unquoted, PRETTY_NAME, HOME_URL, BUG_REPORT_URL); Ubuntu base-files 13ubuntu10 ' +
    '(24.04.3); the busybox image ships no /etc/os-release (docker-library/busybox rootfs)',
  rows: [
    {
      line: 'cat /etc/os-release',
      expect: [
        /^PRETTY_NAME="Debian GNU\/Linux 13 \(trixie\)"\nNAME="Debian GNU\/Linux"\nVERSION_ID="13"\nVERSION="13 \(trixie\)"\nVERSION_CODENAME=trixie\nDEBIAN_VERSION_FULL=13\.1\nID=debian\nHOME_URL="https:\/\/www\.debian\.org\/"\nSUPPORT_URL="https:\/\/www\.debian\.org\/support"\nBUG_REPORT_URL="https:\/\/bugs\.debian\.org\/"\n$/,
      ],
    },
    {
      setup: ['docker pull alpine:3.22'],
      line: 'docker run --rm alpine:3.22 cat /etc/os-release',
      expect: [
        /^NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3\.22\.2\nPRETTY_NAME="Alpine Linux v3\.22"\nHOME_URL="https:\/\/alpinelinux\.org\/"\nBUG_REPORT_URL="https:\/\/gitlab\.alpinelinux\.org\/alpine\/aports\/-\/issues"\n$/,
      ],
    },
    {
      setup: ['docker pull ubuntu:24.04'],
      line: 'docker run --rm ubuntu:24.04 cat /etc/os-release',
      expect: [/^PRETTY_NAME="Ubuntu 24\.04\.3 LTS"\n/, /^ID_LIKE=debian$/m, /^UBUNTU_CODENAME=noble$/m],
    },
    {
      setup: ['docker pull busybox'],
      line: 'docker run --rm busybox cat /etc/os-release',
      expect: ["cat: can't open '/etc/os-release': No such file or directory"],
      exit: 1,
    },
    {
      setup: ['mkdir /tmp/rootfs', 'tar -xzf /opt/isolationlab/alpine-minirootfs-3.22.2-x86_64.tar.gz -C /tmp/rootfs'],
      line: 'sudo chroot /tmp/rootfs cat /etc/os-release',
      expect: [/^NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3\.22\.2\n/],
    },
  ],
};
export default group;
