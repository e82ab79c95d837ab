#!/usr/bin/env bash
# bin/huzhu-demo-figures.sh [BASE_URL] — the demo county's figures beside the county's published ones.
# Against a running demo (./huzhu start, freshly loaded), replays the county's history: for each past year Y, a
# settlement run dated Y-12-31 (it settles the claims approved by then, its payouts settled that day) and the
# hardship-grant run for Y dated Y-12-31; then a settlement run and this year's grant run dated today (grant budget
# HUZHU_DEMO_GRANT_BUDGET a year, default 50000.00); then prints GET /reports/summary for the three years. Run it
# once per fresh demo database: a second run settles nothing new and grants only top-ups. See docs/reports.md.
set -euo pipefail
base=${1:-http://localhost:8080/huzhu}
api=$base/api/v1
auth=finance1:${HUZHU_DEMO_PASSWORD:-huzhu-demo}
budget=${HUZHU_DEMO_GRANT_BUDGET:-50000.00}
command -v jq >/dev/null || { echo "needs jq (apt-get install jq)" >&2; exit 1; }

call() { # METHOD PATH [JSON]
    curl -sS --fail-with-body -u "$auth" -H 'Accept: application/json' -H 'Content-Type: application/json' \
        -X "$1" "$api/$2" ${3:+--data "$3"}
}

# Starts a job, waits for it to end, and says how it ended.
run_job() { # JOB PARAMETERS
    local id status
    id=$(call POST "jobs/$1" "$2" | jq -r .executionId)
    while :; do
        status=$(call GET "jobs/executions/$id" | jq -r .status)
        case $status in STARTING|STARTED|STOPPING) sleep 2 ;; *) break ;; esac
    done
    echo "$1 $2: $status" >&2
    [ "$status" = COMPLETED ] || { call GET "jobs/executions/$id" >&2; exit 1; }
}

# The demo county's years are the year of its load and the two before (docs/demo-data.md).
today=$(TZ=Asia/Shanghai date +%F)
this_year=${today%%-*}
first_year=$((this_year - 2))
for year in $first_year $((first_year + 1)); do
    run_job payout-settlement "{\"runDate\": \"$year-12-31\"}"
    run_job hardship-grant "{\"year\": $year, \"budget\": \"$budget\", \"runDate\": \"$year-12-31\"}"
done
run_job payout-settlement "{\"runDate\": \"$today\"}"
run_job hardship-grant "{\"year\": $this_year, \"budget\": \"$budget\", \"runDate\": \"$today\"}"

summary=$(call GET "reports/summary?from=$first_year-01-01&to=$this_year-12-31")
jq -r --arg period "$first_year-01-01 .. $this_year-12-31" '
    def row(name; published; demo): "| \(name) | \(published) | \(demo) |";
    "figures of \($period)",
    "",
    "| figure | published (three years) | demo county |",
    "|---|---|---|",
    row("参保人次 (enrolment-years)"; "about 98,000"; .enrolmentYears),
    row("参保笔数 (enrolments, one per plan)"; "—"; .enrolments),
    row("筹集保障金"; "¥5,216,000"; "¥" + .contributions),
    row("赠送人数 (free cover)"; "3,602"; "\(.freeCover.people) (¥\(.freeCover.amount))"),
    row("理赔 (claims paid)"; "346, ¥2,823,000"; "\(.claimsPaid.count), ¥\(.claimsPaid.amount) (\(.claimsPaid.people) members)"),
    row("救助 (hardship grants)"; "154 members, ¥148,700"; "\(.grants.people) members, \(.grants.count) grants, ¥\(.grants.amount)"),
    row("慰问 (condolences)"; "60"; "\(.condolences.count), ¥\(.condolences.amount)")' <<<"$summary"
