#!/bin/sh
# lab-probe ID: the guest's state for the page's goal checker (src/engines/real-vm/probe.ts parses it), framed
# by markers that name the request. Few processes are forked: every file is read by one grep or stat over /proc.
id=$1
echo "@@BEGIN $id@@"
echo "host $(hostname)"
stat -L -c 'ns %n %i' /proc/[0-9]*/ns/uts /proc/[0-9]*/ns/pid /proc/[0-9]*/ns/mnt /proc/[0-9]*/ns/net 2>/dev/null
grep -H '' /proc/[0-9]*/comm /proc/[0-9]*/cgroup 2>/dev/null | sed 's/^/f /'
for r in /proc/[0-9]*/root; do
  t=$(readlink "$r" 2>/dev/null) && [ "$t" != / ] && echo "root $r $t"
done
for u in $(stat -L -c '%i:%n' /proc/[0-9]*/ns/uts 2>/dev/null | sort -u -t: -k1,1); do
  p=${u#*:/proc/}; p=${p%%/*}
  echo "uts ${u%%:*} $(nsenter -t "$p" -u hostname 2>/dev/null)"
done
for c in /sys/fs/cgroup/*/; do
  [ -f "$c/memory.max" ] || continue
  echo "cg ${c%/} $(cat "$c/memory.max") $(grep oom_kill "$c/memory.events" | cut -d' ' -f2 | head -1)"
done
dmesg | grep 'oom-kill:' | sed 's/^/oom /'
echo "@@END $id@@"
