"""Prints benchmarks/http-turns.sh's table: each figure, its baseline, the ratio and the goal it is held to."""
import os


def result(name: str) -> dict[str, float]:
    fields = os.environ[name].split()[1:]
    return {key: float(value) for key, value in (field.split("=") for field in fields)}


def main() -> None:
    backend = os.environ["BACKEND"]
    hello = float(os.environ["HELLO"])
    commits = float(os.environ["COMMITS"])
    turns, todos, history, single = (result(name) for name in ("TURNS", "TODOS", "HISTORY", "SINGLE"))
    idle, loaded = float(os.environ["IDLE_RSS"]), float(os.environ["LOADED_RSS"])
    connections = os.environ["CONNECTIONS"]
    baseline = "SQLite FULL commits/s" if backend == "sqlite" else "pgbench TPC-B tps"
    turn_goal = (2000, 0.6) if backend == "sqlite" else (600, 0.5)
    rows = [
        (f"turns/s, {connections} connections", turns["rps"], f"{commits:,.0f} {baseline}", turns["rps"] / commits,
         f">= {turn_goal[0]} and ratio >= {turn_goal[1]}",
         turns["rps"] >= turn_goal[0] and turns["rps"] / commits >= turn_goal[1]),
        ("turn p50 / p99 (ms)", f"{turns['p50_us'] / 1000:.1f} / {turns['p99_us'] / 1000:.1f}", "", None,
         "p99 < 25 ms" if backend == "sqlite" else "", turns["p99_us"] < 25_000 if backend == "sqlite" else None),
        ("GET /api/v1/todos req/s", todos["rps"], f"{hello:,.0f} hello-world req/s", todos["rps"] / hello,
         "ratio >= 0.5", todos["rps"] / hello >= 0.5),
        ("GET .../turns?limit=50 req/s", history["rps"], f"{hello:,.0f} hello-world req/s", history["rps"] / hello,
         "ratio >= 0.5", history["rps"] / hello >= 0.5),
        (f"slowest turn, 1 connection, {os.environ['SINGLE_SECONDS']} s (ms)", single["max_us"] / 1000,
         f"median {single['p50_us'] / 1000:.1f} ms", None, "< 50 ms", single["max_us"] < 50_000),
        ("turns/s, 1 connection", single["rps"], "", None, "", None),
        ("idle RSS (MiB)", idle, "", None, "< 60", idle < 60),
        ("RSS after load + 10 s idle (MiB)", loaded, f"idle {idle:.1f} MiB", loaded / idle, "ratio < 1.5",
         loaded / idle < 1.5),
    ]
    print(f"{'figure':<44} {'Piper':>12}  {'baseline':<30} {'ratio':>6}  goal")
    for figure, value, against, ratio, goal, met in rows:
        shown = f"{value:,.1f}" if isinstance(value, float) else str(value)
        verdict = "" if met is None else ("  met" if met else "  MISSED")
        ratio_text = "" if ratio is None else f"{ratio:.2f}"
        print(f"{figure:<44} {shown:>12}  {against:<30} {ratio_text:>6}  {goal}{verdict}")


if __name__ == "__main__":
    main()
