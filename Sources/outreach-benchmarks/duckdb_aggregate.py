"""DuckDB on the same export and the same monthly aggregation as `outreach import records` (benchmark only).

Usage: python3 duckdb_aggregate.py EXPORT.csv VENUES.csv RUNS
Prints: seconds (median of RUNS after an untimed run), the number of (month, region, venue kind) groups and the
peak resident memory in KiB.
"""
import resource
import sys
import time

import duckdb

export, venues, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
query = f"""
WITH rows AS (
  SELECT strptime(献血日期, '%Y/%-m/%-d') AS day, 区县 AS region, 采血点 AS venue, 献血类型 AS type,
         献血量 AS volume, 治疗量 AS doses, 是否首次 AS first_time, 检测结果 AS result
  FROM read_csv('{export}', header = true, all_varchar = true)
)
SELECT strftime(day, '%Y-%m') AS month, region, v.kind,
       count(*) FILTER (WHERE result = '合格') AS donations,
       sum(CASE WHEN result = '合格' AND type = '全血'
                THEN CAST(regexp_extract(volume, '[0-9.]+') AS DOUBLE) / 200 ELSE 0 END) AS units,
       count(*) FILTER (WHERE result = '合格' AND first_time = '是') AS first_time,
       count(*) FILTER (WHERE result = '暂缓') AS deferred,
       sum(CASE WHEN result = '合格' AND type = '机采血小板' THEN CAST(doses AS INTEGER) ELSE 0 END) AS doses
FROM rows JOIN read_csv('{venues}', header = true) v ON v.name = rows.venue
GROUP BY ALL
"""


def run():
    connection = duckdb.connect()
    start = time.perf_counter()
    groups = len(connection.execute(query).fetchall())
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed, groups


run()  # untimed: the file in the page cache, as the import gets
times = []
for _ in range(runs):
    elapsed, groups = run()
    times.append(elapsed)
times.sort()
# Peak resident memory of this process (Python itself included), in KiB.
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{times[len(times) // 2]:.4f} {groups} {peak}")
