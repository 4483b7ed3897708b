// A reproducible "newc" cpio archive (the format the Linux kernel unpacks as an initramfs): entries sorted by
// path, one fixed mtime, owner root, inode numbers given in sorted order. No cpio binary is needed.

/** @typedef {{ path: string, mode: number, data?: Buffer, link?: string }} CpioEntry */

const TYPE = { dir: 0o040000, file: 0o100000, symlink: 0o120000, char: 0o020000 };

const hex = (n) => n.toString(16).padStart(8, '0');
const pad4 = (n) => (4 - (n % 4)) % 4;

function header(fields, name) {
  const nameBytes = Buffer.from(name + '\0');
  const head = Buffer.from('070701' + fields.map(hex).join('') + hex(nameBytes.length) + hex(0), 'ascii');
  return Buffer.concat([head, nameBytes, Buffer.alloc(pad4(head.length + nameBytes.length))]);
}

/** Builds the archive from entries of type dir/file/symlink/char (char: rdev as [major, minor]). */
export function buildCpio(entries, mtime) {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parts = [];
  let ino = 1;
  for (const e of sorted) {
    const body = e.type === 'symlink' ? Buffer.from(e.link) : e.type === 'file' ? e.data : Buffer.alloc(0);
    const [maj, min] = e.type === 'char' ? e.rdev : [0, 0];
    // ino mode uid gid nlink mtime filesize devmajor devminor rdevmajor rdevminor (namesize and check follow)
    const fields = [ino++, TYPE[e.type] | e.mode, 0, 0, e.type === 'dir' ? 2 : 1, mtime, body.length, 0, 0, maj, min];
    parts.push(header(fields, e.path), body, Buffer.alloc(pad4(body.length)));
  }
  parts.push(header([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], 'TRAILER!!!'));
  return Buffer.concat(parts);
}
