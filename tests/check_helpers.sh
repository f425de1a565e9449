# Shared by the end-to-end test scripts: `check` counts a condition as
# passed or failed, `run` captures pith's stdout, stderr and exit code.
# Expects $pith and $tmp; `finish` prints the closing line and sets the
# exit status.
failures=0
passes=0

check() {  # description, condition...
  local what=$1
  shift
  if "$@"; then
    echo "ok   $what"
    passes=$((passes + 1))
  else
    echo "FAIL $what"
    failures=$((failures + 1))
  fi
}

run() {  # pith "$@" into $tmp/out, $tmp/err and $code
  "$pith" "$@" >"$tmp/out" 2>"$tmp/err"
  code=$?
}

# Whether FILE holds TEXT as it is, line ends included (grep -F would take
# each line of TEXT as a pattern of its own).
contains() {  # file, text
  local whole
  whole=$(cat "$1"; echo .)
  [[ "$whole" == *"$2"* ]]
}

finish() {
  echo "$passes passed, $failures failed"
  [ "$failures" -eq 0 ]
}
