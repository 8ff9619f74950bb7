#include "piper_sqlite_shim.h"
#include "sqlite_nio_sqlite3.h"

// sqlite3_db_config is variadic, which Swift cannot call; this gives it a fixed signature.
int piper_sqlite_keep_plans(void *database) {
    return sqlite_nio_sqlite3_db_config((sqlite3 *)database, SQLITE_DBCONFIG_ENABLE_QPSG, 1, (int *)0);
}
