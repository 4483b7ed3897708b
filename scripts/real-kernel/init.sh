#!/bin/busybox sh
# /init of the real-kernel VM (Isolation Lab): mounts the kernel's filesystems, names the host, prepares a
# small root filesystem for chroot and gives a root shell on the serial console (ttyS0).
/bin/busybox mkdir -p /proc /sys /dev /tmp /run /sys/fs/cgroup
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
/bin/busybox mount -t devtmpfs devtmpfs /dev
/bin/busybox mount -t cgroup2 cgroup2 /sys/fs/cgroup
/bin/busybox mount -t tmpfs -o size=16m tmpfs /tmp
/bin/busybox hostname lab-vm
# Controllers a child cgroup may use: memory.max and pids.max exist in every cgroup made under the root.
echo '+memory +pids' > /sys/fs/cgroup/cgroup.subtree_control
# The chroot target shares this system's BusyBox through a read-only bind mount: no second copy in memory.
/bin/busybox mount --bind /bin /srv/rootfs/bin
/bin/busybox mount -o remount,bind,ro /srv/rootfs/bin
# Kernel messages after boot go to dmesg, not over the shell's output (the OOM kill is read there).
/bin/busybox dmesg -n 1
# A second root shell on the second serial port answers the page's goal checker (lab-probe), out of the
# learner's sight and outside any namespace the learner makes.
/bin/busybox setsid /bin/busybox sh -c 'stty -echo -onlcr; exec sh' </dev/ttyS1 >/dev/ttyS1 2>&1 &
echo "lab-vm: boot finished after $(cut -d' ' -f1 /proc/uptime) s of kernel time"
while true; do
  /bin/busybox setsid /bin/busybox cttyhack /bin/busybox sh -l
done
