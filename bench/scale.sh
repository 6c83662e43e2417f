#!/usr/bin/env bash
# Scale benchmark: generates synthetic budget sites and times clean builds of them.
#
# usage: bench/scale.sh [SIZE...]      (run from anywhere; builds target/gongkai.jar if missing)
#   SIZE: smoke (10 departments x 2 years), 1k (100 x 10), 10k (500 x 20), 100k (5000 x 20);
#         default: 1k 10k
#   env:  RUNS=3        clean builds per size; the table gives the median
#         WORK=/tmp/gongkai-scale   corpora, outputs and logs
#         GEN=../shared/bench/gen_corpus.py   the corpus generator shared with the peer benchmark
#                       (deterministic: the same size gives byte-identical content)
#
# Each build is `java -jar target/gongkai.jar build --stats` into a deleted output folder, under
# /usr/bin/time -v. The table gives wall seconds, pages per second, the peak RSS of the largest
# process, the peak heap (--stats) and the build's own phase timings of the last run (load,
# check, render, write, search, aggregate, link check; summed over threads).
set -euo pipefail
home=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
WORK=${WORK:-${TMPDIR:-/tmp}/gongkai-scale}
GEN=${GEN:-$home/../shared/bench/gen_corpus.py}
jar="$home/target/gongkai.jar"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1k 10k)
[ -f "$GEN" ] || { echo "no corpus generator at $GEN (set GEN=)"; exit 2; }
[ -f "$jar" ] || (cd "$home" && mvn -q -B -DskipTests package)
mkdir -p "$WORK"

dims() {
  case $1 in
    smoke) echo "10 2" ;; 1k) echo "100 10" ;; 10k) echo "500 20" ;; 100k) echo "5000 20" ;;
    *) echo "unknown size $1 (smoke, 1k, 10k, 100k)" >&2; return 1 ;;
  esac
}

printf '| size | disclosures | pages | median wall s | pages/s | peak RSS MB | peak heap MB | runs |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n' 
phases=()
for size in "${sizes[@]}"; do
  read -r D Y < <(dims "$size")
  src="$WORK/site-$size"
  if [ ! -f "$src/.complete" ]; then
    rm -rf "$src"
    python3 "$GEN" --departments "$D" --years "$Y" --seed 42 --out "$src" > "$WORK/gen-$size.log" 2>&1 \
      || { cat "$WORK/gen-$size.log"; exit 1; }
    printf 'title: 部门整体支出绩效评价报告（基准测试）\nbase_url: https://budget.example.gov.cn/\nlanguage: zh-CN\ntheme: default\nunit: 万元\ntolerance: 0.01\n' > "$src/site.yaml"
    touch "$src/.complete"
  fi
  out="$WORK/out-$size"
  walls=()
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$out"
    log="$WORK/$size-$run.log"
    tfile="$WORK/$size-$run.time"
    if ! /usr/bin/time -v -o "$tfile" java -jar "$jar" build --source "$src" --output "$out" --stats > "$log" 2>&1; then
      echo "build of $size failed, see $log"; tail -5 "$log"; exit 1
    fi
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tfile")")
  done
  median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}')
  pages=$(sed -n 's/^stats: \([0-9]*\) pages.*/\1/p' "$log")
  heap=$(sed -n 's/.*peak heap \([0-9]*\) MB.*/\1/p' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$tfile")
  printf '| %s | %d | %s | %.2f | %.0f | %s | %s | %d |\n' "$size" $((D * Y)) "$pages" "$median" \
    "$(awk -v p="$pages" -v m="$median" 'BEGIN{print p/m}')" "$rss" "$heap" "$RUNS"
  phases+=("$size: $(grep -E '^(phases|各阶段用时)' "$log" | sed 's/^[^:：]*[:：] *//')")
done
echo
echo "phase timings of the last run (summed over threads):"
printf '  %s\n' "${phases[@]}"
