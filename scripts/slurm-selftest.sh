#!/usr/bin/env bash
# Verifies the SLURM path of docs/cluster.md for real on this one machine (not run in CI; needs root and Debian's
# package mirrors): installs slurm-wlm and munge, configures a one-node cluster, submits
# scripts/cluster/samspill-array.sbatch as a 4-task array job, merges the shards in a dependent job, runs the same
# experiment in one go, and compares every result file byte for byte with cmp.
#   sudo scripts/slurm-selftest.sh [EXPERIMENT.yaml]
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXP="$(realpath "${1:-$REPO/scenarios/studies/cluster-selftest.yaml}")"
N=4
WORK="$(mktemp -d /tmp/samspill-slurm.XXXXXX)"
HOST="$(hostname)"
say() { echo "== $*"; }

[ "$(id -u)" = 0 ] || { echo "run as root (it installs and starts SLURM)" >&2; exit 2; }

if ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
dpkg-query -W slurm-wlm munge

say "munge"
mkdir -p /etc/munge /run/munge /var/lib/munge /var/log/munge
[ -s /etc/munge/munge.key ] || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge
chmod 400 /etc/munge/munge.key
pgrep -x munged >/dev/null || su -s /bin/sh munge -c /usr/sbin/munged
munge -n | unmunge | grep STATUS

say "slurm.conf for a one-node cluster on $HOST with $(nproc) CPUs"
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=samspill-selftest
SlurmctldHost=$HOST
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
NodeName=$HOST CPUs=$(nproc) State=UNKNOWN
PartitionName=selftest Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
pgrep -x slurmctld >/dev/null || slurmctld
pgrep -x slurmd >/dev/null || slurmd
for i in $(seq 1 30); do
  sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)' && break
  sleep 1
done
scontrol update NodeName="$HOST" State=RESUME 2>/dev/null || true
sinfo

say "building samspill"
(cd "$REPO" && mvn -B -q -DskipTests package)
export SAMSPILL="$REPO/samspill"

say "submitting a $N-task array job and a dependent merge job ($EXP)"
cd "$WORK"
T0=$(date +%s.%N)
JOB=$(sbatch --parsable --array=1-$N --cpus-per-task=1 "$REPO/scripts/cluster/samspill-array.sbatch" "$EXP" "$WORK/shards")
MERGE=$(sbatch --parsable --dependency=afterok:$JOB --job-name=samspill-merge --output=slurm-merge-%j.out \
  --wrap "\"$SAMSPILL\" merge $WORK/shards/shard-*-of-$N --out $WORK/merged")
echo "array job $JOB, merge job $MERGE"
squeue
while squeue -h -j "$JOB,$MERGE" 2>/dev/null | grep -q .; do sleep 1; done
T1=$(date +%s.%N)
awk -v a="$T0" -v b="$T1" 'BEGIN { printf "array + merge finished in %.1f s\n", b - a }'
for f in slurm-*.out; do echo "--- $f"; cat "$f"; done
ls "$WORK/shards"
[ -f "$WORK/merged/manifest.json" ] || { echo "FAIL: no merged results" >&2; exit 1; }

say "the same experiment on one machine, in one go"
"$SAMSPILL" experiment "$EXP" --out "$WORK/single" --quiet

say "comparing"
status=0
for f in "$WORK"/single/*.csv; do
  name=$(basename "$f")
  if cmp "$f" "$WORK/merged/$name"; then
    echo "identical: $name ($(wc -l < "$f") lines, sha256 $(sha256sum < "$f" | cut -c1-16))"
  else
    status=1
  fi
done
[ $status = 0 ] && say "PASS: the merged SLURM shards equal the single run byte for byte" || say "FAIL"
echo "work directory: $WORK"
exit $status
