"""The physical limit of a durable SQLite commit on this file system: one small row per transaction, WAL
journal, synchronous=FULL (an fsync per commit), through the C library with nothing around it.

    python3 benchmarks/sqlite-commits.py PATH [SECONDS]   # prints commits per second
"""
import sqlite3
import sys
import time


def main() -> None:
    path = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS turns (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    commits = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO turns (text) VALUES (?)", ("what time is it?" * 8,))
        connection.execute("COMMIT")
        commits += 1
    print(f"{commits / (time.perf_counter() - start):.1f}")


if __name__ == "__main__":
    main()
