#!/usr/bin/env bash
# Scale benchmark: generates synthetic budget sites and times clean builds of them.
#
# usage: bench/scale.sh [SIZE...]      (run from anywhere; builds target/gongkai.jar if missing)
#   SIZE: smoke (10 departments x 2 years), 1k (100 x 10), 10k (500 x 20), 100k (5000 x 20);
#         default: 1k 10k
#   env:  RUNS=3        clean builds per size, and rebuilds after an edit; the tables give medians
#         REBUILD=1     also time rebuilds after editing one disclosure (0: clean builds only)
#         WORK=/tmp/gongkai-scale   corpora, outputs and logs
#         GEN=bench/gen_corpus.py   the corpus generator: a copy of the peer benchmark's
#                       (../shared/bench/gen_corpus.py), kept here so that the project stands
#                       alone; deterministic: the same size gives byte-identical content
#
# Each build is `java -jar target/gongkai.jar build --stats` into a deleted output folder, under
# /usr/bin/time -v. The table gives wall seconds, pages per second, the peak RSS of the largest
# process, the peak heap (--stats) and the build's own phase timings of the last run (load,
# check, render, write, search, aggregate, link check; summed over threads).
#
# Rebuilds: after the clean builds, one disclosure's narrative is edited (a sentence appended) and
# the site rebuilt from its cache, RUNS times with a different sentence each time, after one
# rebuild not counted (it makes the JVM's class archive at exit). The last rebuilt site is then
# compared byte for byte (diff -r) with a clean build of the same edited content, and the
# disclosure is restored.
set -euo pipefail
home=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
WORK=${WORK:-${TMPDIR:-/tmp}/gongkai-scale}
GEN=${GEN:-$home/bench/gen_corpus.py}
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

seconds() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$1"; }

# rebuild SIZE SRC OUT: a table row of rebuild times after editing one disclosure of SRC.
rebuild() {
  local size=$1 src=$2 out=$3 file times=() n tfile log
  file=$(find "$src/content" -name '[0-9]*.md' | sort | head -1)
  cp "$file" "$WORK/edited.orig"
  for n in $(seq 0 "$RUNS"); do
    cp "$WORK/edited.orig" "$file"
    printf '\n基准测试修改第 %d 次：本句只为计时而加。\n' "$n" >> "$file"
    tfile="$WORK/$size-rebuild-$n.time"
    log="$WORK/$size-rebuild-$n.log"
    /usr/bin/time -v -o "$tfile" java -jar "$jar" build --source "$src" --output "$out" > "$log" 2>&1 \
      || { echo "rebuild of $size failed, see $log" >&2; cp "$WORK/edited.orig" "$file"; return 1; }
    [ "$n" = 0 ] || times+=("$(seconds "$tfile")")
  done
  rm -rf "$WORK/clean-$size"
  java -jar "$jar" build --source "$src" --output "$WORK/clean-$size" > "$WORK/$size-clean.log" 2>&1
  local same=yes
  diff -rq "$out" "$WORK/clean-$size" > "$WORK/$size-rebuild.diff" || same="NO (see $WORK/$size-rebuild.diff)"
  rm -rf "$WORK/clean-$size" "$WORK/.clean-$size.cache"
  cp "$WORK/edited.orig" "$file"
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}')
  printf '| %s | %s | %.2f | %s–%s | %.2f | %s |' "$size" "${file#"$src"/}" "$median" \
    "$(printf '%s\n' "${times[@]}" | sort -g | head -1)" "$(printf '%s\n' "${times[@]}" | sort -g | tail -1)" \
    "$(seconds "$WORK/$size-rebuild-0.time")" "$same"
}

printf '| size | disclosures | pages | median wall s | pages/s | peak RSS MB | peak heap MB | runs |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n' 
phases=()
rebuilds=()
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
  if [ "${REBUILD:-1}" = 1 ]; then
    rebuilds+=("$(rebuild "$size" "$src" "$out")")
  fi
done
echo
echo "phase timings of the last run (summed over threads):"
printf '  %s\n' "${phases[@]}"
if [ ${#rebuilds[@]} -gt 0 ]; then
  echo
  echo "rebuild after editing one disclosure (median of $RUNS, after a first rebuild that makes the class archive):"
  printf '| size | edited | median wall s | min–max s | first rebuild s | byte-identical to a clean build |\n'
  printf '|---|---|---:|---:|---:|---|\n'
  printf '%s\n' "${rebuilds[@]}"
  # A rebuild that differs from a clean build is a bug, not a slow run: fail (CI runs the smoke size).
  case "${rebuilds[*]}" in *"| NO ("*) echo "a rebuild differs from a clean build"; exit 1 ;; esac
fi
