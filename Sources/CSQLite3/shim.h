#ifndef CSQLITE3_SHIM_H
#define CSQLITE3_SHIM_H
#include <sqlite3.h>
// SQLITE_STATIC / SQLITE_TRANSIENT are function-pointer casts that Swift cannot import.
static inline sqlite3_destructor_type csqlite3_transient(void) { return SQLITE_TRANSIENT; }
static inline sqlite3_destructor_type csqlite3_static(void) { return SQLITE_STATIC; }
// sqlite3_config is variadic, which Swift cannot call. Memory statistics off: every SQLite
// allocation otherwise updates shared counters under a mutex. Must run before sqlite3_initialize.
static inline int csqlite3_disable_memstatus(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
#endif
