#!/usr/bin/env bash
# Nightly consistent copy of the Carnet database (safe while Carnet runs, thanks to WAL),
# keeping 14 days. For continuous replication use Litestream on the same file instead.
set -euo pipefail
DB="${CARNET_DB:-/var/lib/carnet/carnet.db}"
DEST="${CARNET_BACKUP_DIR:-/var/backups/carnet}"
mkdir -p "$DEST"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
sqlite3 "$DB" ".backup '$DEST/carnet-$STAMP.db'"
sqlite3 "$DEST/carnet-$STAMP.db" "PRAGMA integrity_check;" | grep -qx ok
gzip "$DEST/carnet-$STAMP.db"
find "$DEST" -name 'carnet-*.db.gz' -mtime +14 -delete
