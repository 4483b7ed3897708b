/**
 * Alpine's minirootfs tarball (alpine-minirootfs-3.22.2-x86_64.tar.gz, the file alpine:3.22's only layer
 * is made from), left for the learner under /opt/isolationlab, and what `tar -xzf` unpacks from it: the
 * top-level tree and the files a lesson reads. Its content here is a marker, not the real 3.8 MB (FACTS A).
 */

import { ALPINE_OS_RELEASE } from './catalog';

/** Where the course leaves the tarball, and the marker that stands for its bytes. */
export const MINIROOTFS = '/opt/isolationlab/alpine-minirootfs-3.22.2-x86_64.tar.gz';
export const MINIROOTFS_MARKER =
  '\u001f\u008b(alpine-minirootfs-3.22.2-x86_64: gzip-compressed tar, contents modelled)';

/** The directories of Alpine's root (as `ls /` shows them in alpine:3.22). */
const DIRS = ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']; // prettier-ignore

/**
 * BusyBox applet links of Alpine 3.22's minirootfs (busybox 1.37.0-r19 `busybox --list-full`), the ones in /bin and
 * a selection of those in /usr/bin (where Alpine puts id, env, free, head…); each points at /bin/busybox.
 */
const APPLETS = [
  'arch', 'ash', 'base64', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dmesg', 'echo', 'egrep',
  'false', 'fgrep', 'grep', 'gunzip', 'gzip', 'hostname', 'kill', 'link', 'ln', 'login', 'ls', 'mkdir', 'mknod',
  'mktemp', 'more', 'mount', 'mountpoint', 'mv', 'netstat', 'nice', 'pidof', 'ping', 'ping6', 'printenv', 'ps', 'pwd',
  'rev', 'rm', 'rmdir', 'sed', 'sh', 'sleep', 'stat', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname',
  'usleep', 'watch', 'zcat',
]; // prettier-ignore
const USR_APPLETS = [
  'basename', 'cut', 'dirname', 'du', 'env', 'expr', 'find', 'free', 'head', 'id', 'less', 'nproc', 'nsenter',
  'printf', 'readlink', 'seq', 'sort', 'tail', 'tee', 'test', 'top', 'tr', 'uniq', 'unshare', 'uptime', 'wc', 'wget',
  'which', 'whoami', 'xargs', 'yes',
]; // prettier-ignore

/** Entries `tar -x` creates below the target directory: `dir/` for a directory, else a file and its content. */
export function minirootfsEntries(): Array<[string, string]> {
  return [
    ...DIRS.map((d): [string, string] => [`${d}/`, '']),
    ['usr/bin/', ''],
    ['bin/busybox', '(BusyBox v1.37.0 multi-call binary)\n'],
    ...APPLETS.map((a): [string, string] => [`bin/${a}`, '(link to /bin/busybox)\n']),
    ...USR_APPLETS.map((a): [string, string] => [`usr/bin/${a}`, '(link to /bin/busybox)\n']),
    ['etc/alpine-release', '3.22.2\n'],
    ['etc/hostname', 'localhost\n'],
    ['etc/os-release', ALPINE_OS_RELEASE],
    ['etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n'],
  ];
}
