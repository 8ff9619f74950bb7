#ifndef PIPER_SQLITE_SHIM_H
#define PIPER_SQLITE_SHIM_H

/// Turns on SQLite's query planner stability guarantee for the connection `database` (a `sqlite3 *`):
/// a prepared statement keeps its plan whatever values are bound, so it is never prepared again
/// because a value changed. Returns SQLite's result code.
int piper_sqlite_keep_plans(void *database);

#endif
