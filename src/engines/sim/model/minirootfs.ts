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

/** BusyBox applets the course models, each a link to /bin/busybox in the real tarball. */
const APPLETS = ['sh', 'ash', 'ls', 'cat', 'ps', 'mount', 'hostname', 'id', 'echo', 'mkdir', 'uname'];

/** Entries `tar -x` creates below the target directory: `dir/` for a directory, else a file and its content. */
export function minirootfsEntries(): Array<[string, string]> {
  return [
    ...DIRS.map((d): [string, string] => [`${d}/`, '']),
    ['bin/busybox', '(BusyBox v1.37.0 multi-call binary)\n'],
    ...APPLETS.map((a): [string, string] => [`bin/${a}`, '(link to /bin/busybox)\n']),
    ['etc/alpine-release', '3.22.2\n'],
    ['etc/hostname', 'localhost\n'],
    ['etc/os-release', ALPINE_OS_RELEASE],
    ['etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n'],
  ];
}
