# shellcheck shell=bash
# Finds a JDK >= 21 for the launcher, the test script and CI: JAVA_HOME, then PATH, then /usr/lib/jvm (the newest
# wins there). Prints its home on stdout; returns 1 when there is none.

beads_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

beads_is_jdk() {
    local major
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    major=$(beads_java_major "$1")
    [ -n "$major" ] && [ "$major" -ge 21 ]
}

beads_find_jdk() {
    local dir best="" best_major=0 major
    if [ -n "${JAVA_HOME:-}" ] && beads_is_jdk "$JAVA_HOME"; then
        echo "$JAVA_HOME"
        return 0
    fi
    if command -v javac >/dev/null 2>&1; then
        dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        if beads_is_jdk "$dir"; then
            echo "$dir"
            return 0
        fi
    fi
    for dir in /usr/lib/jvm/*; do
        [ -d "$dir" ] && [ ! -L "$dir" ] || continue
        beads_is_jdk "$dir" || continue
        major=$(beads_java_major "$dir")
        if [ "$major" -gt "$best_major" ]; then
            best="$dir"
            best_major="$major"
        fi
    done
    [ -n "$best" ] || return 1
    echo "$best"
}
