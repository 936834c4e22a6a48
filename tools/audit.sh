#!/usr/bin/env bash
# The pages' audit: the packaged service on a backfilled mirror of the TWiR corpus (as
# bench/pages.sh), then Lighthouse 12 (mobile and desktop presets: performance, accessibility,
# best practices, SEO) on / (a week of events, and nothing upcoming), /stats, an event page and a
# group page, and axe-core with every rule
# (experimental ones included) on those and /embed at 375 and 1280 px, light and dark, all in the
# system Chromium. Writes the summary to docs/audit.md (scores per page and form factor, axe
# violations, what failed, the Chromium version, the command, the commit).
# Goals: accessibility 100, best practices 100, SEO >= 95, performance >= 95, axe 0 violations.
# Usage: tools/audit.sh [CORPUS_DIR]   (default ../shared/twir; CHROME_PATH, default
# /usr/bin/chromium). Takes about 3.5 minutes on 2 cores (a jar build when the sources changed comes
# on top): not part of .ci/run. "today" is the real date, after the corpus ended, so lists are
# asked with from=2026-08-19, the day of the corpus' newest issue.
set -euo pipefail
# shellcheck source=../bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"   # cd to the root, $work, the service
corpus_arg "${1:-}"
chrome=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$chrome" ] || fail "no Chromium at $chrome (apt-get install chromium, or set CHROME_PATH)"
command -v node >/dev/null || fail "Node.js is needed (npm ci in tools/audit)"
started=$(date +%s)

audit_dir=$RUSTY_ROOT/tools/audit
if [ ! -x "$audit_dir/node_modules/.bin/lighthouse" ] \
   || [ "$audit_dir/package-lock.json" -nt "$audit_dir/node_modules/.package-lock.json" ]; then
  log "npm ci in tools/audit"
  (cd "$audit_dir" && npm ci --silent --no-audit --no-fund)
fi

backfilled_service
base=http://localhost:$svc_port
from=2026-08-19
event=$(curl -sf "$base/api/events?from=$from&status=confirmed&mode=in-person&size=1" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const e=JSON.parse(s).items[0];console.log(e.id+" "+e.groupSlug)})')
read -r event_id group_slug <<< "$event"
# "/" on the real date: nothing upcoming, so the latest issue's events under the sentence naming it
pages=("/?from=$from" "/" "/stats" "/events/$event_id" "/groups/$group_slug")
labels=("main" "main, nothing upcoming" "stats" "event" "group")

# lighthouse PATH PRESET: the JSON report in $work; prints its four scores (0-100) and the
# failing audits of accessibility, best practices and SEO (and performance audits under 0.9).
lighthouse_run() {
  local out=$work/lh-$RANDOM.json preset=()
  [ "$2" = desktop ] && preset=(--preset=desktop)
  CHROME_PATH=$chrome "$audit_dir/node_modules/.bin/lighthouse" "$base$1" "${preset[@]}" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$out" --quiet \
    >/dev/null 2>>"$work/lighthouse.log" || { tail -5 "$work/lighthouse.log" >&2; fail "lighthouse failed on $1 ($2)"; }
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const c = r.categories, pct = (k) => Math.round(c[k].score * 100);
    const failing = [];
    for (const [k, cat] of Object.entries(c)) {
      for (const ref of cat.auditRefs) {
        const a = r.audits[ref.id];
        const limit = k === "performance" ? 0.9 : 1;
        if (ref.weight > 0 && a.score !== null && a.score < limit)
          failing.push(`${k}: ${a.id} (${a.title}${a.displayValue ? ", " + a.displayValue : ""})`);
      }
    }
    console.log([pct("performance"), pct("accessibility"), pct("best-practices"), pct("seo")].join(" "));
    console.log(failing.join("; ") || "-");
    console.log(r.lighthouseVersion);' "$out"
}

table=$work/table.md findings=$work/findings.md
: > "$table"; : > "$findings"
lh_version=
for i in "${!pages[@]}"; do
  for preset in mobile desktop; do
    log "lighthouse ${labels[i]} ($preset)"
    mapfile -t result < <(lighthouse_run "${pages[i]}" "$preset")
    read -r perf a11y bp seo <<< "${result[0]}"
    lh_version=${result[2]}
    printf '| %s `%s` | %s | %s | %s | %s | %s |\n' "${labels[i]}" "${pages[i]}" "$preset" \
      "$perf" "$a11y" "$bp" "$seo" >> "$table"
    [ "${result[1]}" = - ] || printf -- '- %s (%s): %s\n' "${labels[i]}" "$preset" "${result[1]}" >> "$findings"
  done
done

log "axe-core, every rule"
axe_pages=("${pages[@]}" "/embed?from=$from" "/embed?from=$from&theme=dark")
axe_labels=("${labels[@]}" "embed" "embed dark")
urls=()
for p in "${axe_pages[@]}"; do urls+=("$base$p"); done
(cd "$audit_dir" && node axe.mjs "$chrome" "${urls[@]}") > "$work/axe.jsonl"
axe_table=$work/axe.md
node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
  const labels = process.argv.slice(3), paths = process.argv[2].split("\t");
  const byUrl = new Map();
  for (const l of lines) {
    const path = new URL(l.url).pathname + new URL(l.url).search;
    if (!byUrl.has(path)) byUrl.set(path, { runs: 0, ids: new Map() });
    const e = byUrl.get(path); e.runs++;
    for (const v of l.violations) {
      const k = v.id;
      const seen = e.ids.get(k) || { impact: v.impact, help: v.help, where: new Set(), targets: v.targets };
      seen.where.add(`${l.width}px ${l.scheme}`); e.ids.set(k, seen);
    }
  }
  let i = 0;
  for (const [path, e] of byUrl) {
    const detail = [...e.ids].map(([id, v]) => `${id} (${v.impact}: ${v.help}; ${[...v.where].join(", ")}; at ${v.targets.join(" | ")})`).join("; ");
    console.log(`| ${labels[i++]} \`${path}\` | ${e.ids.size} | ${detail || "-"} |`);
  }' "$work/axe.jsonl" "$(IFS=$'\t'; echo "${axe_pages[*]}")" "${axe_labels[@]}" > "$axe_table"

commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- src || commit="$commit (with uncommitted changes in src/)"
chromium_version=$("$chrome" --version 2>/dev/null | head -1)
axe_version=$(node -p 'require(process.argv[1]).version' "$audit_dir/node_modules/axe-core/package.json")
seconds=$(( $(date +%s) - started ))
{
  echo "# Audit: Lighthouse and axe-core"
  echo
  echo "Written by \`tools/audit.sh\` (do not edit by hand): the packaged service on a backfilled mirror"
  echo "of the TWiR corpus, Lighthouse $lh_version (mobile and desktop presets) and axe-core $axe_version"
  echo "(every rule, experimental ones included, at 375 and 1280 px, light and dark) in the system"
  echo "Chromium. Goals: accessibility 100, best practices 100, SEO ≥ 95, performance ≥ 95, axe 0"
  echo "violations. Performance is measured with Lighthouse's simulated throttling on a shared"
  echo "2-core machine, so it varies by a few points between runs."
  echo
  echo "- command: \`tools/audit.sh${1:+ $1}\`"
  echo "- commit: $commit"
  echo "- browser: $chromium_version"
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); the run took ${seconds} s"
  echo
  echo "## Lighthouse scores"
  echo
  echo "| page | form factor | performance | accessibility | best practices | SEO |"
  echo "| --- | --- | ---: | ---: | ---: | ---: |"
  cat "$table"
  echo
  echo "What kept a score under 100 (accessibility, best practices, SEO) or a performance audit under 0.9:"
  echo
  if [ -s "$findings" ]; then cat "$findings"; else echo "- nothing"; fi
  echo
  echo "## axe-core violations"
  echo
  echo "Distinct rules violated over the four runs of each page (375 and 1280 px, light and dark)."
  echo
  echo "| page | violations | rules (impact: help; where; first targets) |"
  echo "| --- | ---: | --- |"
  cat "$axe_table"
} > "$RUSTY_ROOT/docs/audit.md"
log "docs/audit.md written (${seconds} s)"
