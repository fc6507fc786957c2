#!/bin/bash
# Submits the shard array and a merge that starts only when every shard succeeded.
set -euo pipefail
cd "$(dirname "$0")"
jid=$(sbatch --parsable shards.sbatch)
sbatch --dependency=afterok:"$jid" merge.sbatch
