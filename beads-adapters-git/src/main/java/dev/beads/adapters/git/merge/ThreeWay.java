package dev.beads.adapters.git.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The three-way rules every merged value follows: a change on one side wins over no change; two changes conflict. */
final class ThreeWay {
    /** Stands for a base that does not exist (the issue was added on both sides): every difference conflicts. */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };

    private ThreeWay() {}

    /**
     * The merged value: the sides agree, or only one changed from {@code base}, else the true conflict goes to
     * {@code left} when {@code leftWins} (the caller decides by {@code updated_at}).
     */
    static Object pick(Object base, Object left, Object right, boolean leftWins) {
        if (Objects.equals(left, right) || Objects.equals(base, right)) {
            return left;
        }
        if (Objects.equals(base, left)) {
            return right;
        }
        return leftWins ? left : right;
    }

    /**
     * Elements identified by {@code key}, merged as sets with removals: an element both sides keep stays, one that
     * either side added (not in {@code base}) comes in, one that either side removed from {@code base} goes. An
     * element on both sides is itself merged by {@link #pick}. Order: {@code left}'s, then what only {@code right}
     * has, in its order.
     */
    static <K, V> List<V> keyed(List<V> base, List<V> left, List<V> right, Function<V, K> key, boolean leftWins) {
        Map<K, V> b = index(base, key);
        Map<K, V> l = index(left, key);
        Map<K, V> r = index(right, key);
        List<V> merged = new ArrayList<>();
        for (Map.Entry<K, V> entry : l.entrySet()) {
            K k = entry.getKey();
            V inRight = r.get(k);
            if (inRight != null) {
                @SuppressWarnings("unchecked")
                V value = (V) pick(b.containsKey(k) ? b.get(k) : ABSENT, entry.getValue(), inRight, leftWins);
                merged.add(value);
            } else if (!b.containsKey(k)) {
                merged.add(entry.getValue());
            }
        }
        for (Map.Entry<K, V> entry : r.entrySet()) {
            if (!l.containsKey(entry.getKey()) && !b.containsKey(entry.getKey())) {
                merged.add(entry.getValue());
            }
        }
        return merged;
    }

    /** By key, first occurrence kept (a list that repeats a key keeps its first element). */
    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        Map<K, V> index = new LinkedHashMap<>();
        for (V value : values) {
            index.putIfAbsent(key.apply(value), value);
        }
        return index;
    }
}
