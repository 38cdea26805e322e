#!/usr/bin/env bash
# A one-node SLURM cluster on this machine, for the cluster tests and benchmark (test/cluster/, bench/slurm.bench.ts).
#
#   bash scripts/slurm-one-node.sh          # install (Debian slurm-wlm, munge) if missing, configure, start, wait until idle
#   bash scripts/slurm-one-node.sh stop     # scontrol shutdown, and stop the munged this script started
#
# Needs root (it installs packages and runs munged, slurmctld and slurmd as root). The configuration
# is written from this host's name and CPU count; a slurm.conf this script did not write is left
# alone (and then used as it is). proctrack/linuxproc and task/none need no cgroups, so it also runs
# inside a container. Prints one line saying what it did; exits non-zero if the cluster did not come up.
set -euo pipefail

MARK='# written by leadsim scripts/slurm-one-node.sh'
CONF=/etc/slurm/slurm.conf
MUNGE_PID=/run/munge/leadsim-munged.pid

if [ "${1:-}" = stop ]; then
  command -v scontrol >/dev/null && scontrol shutdown >/dev/null 2>&1 || true
  [ -f "$MUNGE_PID" ] && kill "$(cat "$MUNGE_PID")" 2>/dev/null || true
  rm -f "$MUNGE_PID"
  echo "slurm-one-node: stopped"
  exit 0
fi

[ "$(id -u)" = 0 ] || { echo "slurm-one-node: needs root (installs slurm-wlm and munge, starts the daemons)" >&2; exit 1; }

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  echo "slurm-one-node: installing slurm-wlm and munge…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

H=$(hostname)
C=$(nproc)
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/munge
if [ ! -f "$CONF" ] || head -1 "$CONF" | grep -qF "$MARK"; then
  cat >"$CONF.tmp" <<CONF
$MARK
ClusterName=local
SlurmctldHost=$H
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SlurmUser=root
SlurmdUser=root
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=300
NodeName=$H CPUs=$C State=UNKNOWN
PartitionName=debug Nodes=$H Default=YES MaxTime=INFINITE State=UP
CONF
  mv "$CONF.tmp" "$CONF"
else
  echo "slurm-one-node: $CONF was not written by this script; using it as it is" >&2
fi

[ -f /etc/munge/munge.key ] || /usr/sbin/mungekey -c
chown munge:munge /etc/munge/munge.key /run/munge /var/lib/munge /var/log/munge
chmod 400 /etc/munge/munge.key

if ! munge -n >/dev/null 2>&1; then
  # --force: a socket left by a munged that was killed (a stopped session, a restarted container) does not block a new one.
  su -s /bin/sh munge -c "/usr/sbin/munged --force --pid-file=$MUNGE_PID"
fi
pgrep -x slurmctld >/dev/null || slurmctld
pgrep -x slurmd >/dev/null || slurmd

# The node registers within a few seconds; a node left down by an earlier run comes back with ReturnToService=2.
for _ in $(seq 1 60); do
  state=$(sinfo --noheader --format=%t 2>/dev/null | head -1 || true)
  case "$state" in
    idle|mix|alloc) echo "slurm-one-node: node $H ($C CPUs) $state in partition debug"; exit 0 ;;
    down*|drain*) scontrol update nodename="$H" state=resume >/dev/null 2>&1 || true ;;
  esac
  sleep 1
done
echo "slurm-one-node: the node did not become idle within 60 s (sinfo says: ${state:-nothing}); see /var/log/slurm/" >&2
exit 1
