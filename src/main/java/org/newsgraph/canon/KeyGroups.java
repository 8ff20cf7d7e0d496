package org.newsgraph.canon;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Union–find over name keys; the root of a group is the key of its longest member. Two groups holding names
 * the curation declares different are never joined.
 */
final class KeyGroups {

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Curation curation;

    KeyGroups(Curation curation) {
        this.curation = curation;
    }

    void add(String key) {
        if (parent.putIfAbsent(key, key) == null) {
            members.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(key);
        }
    }

    String root(String key) {
        add(key);
        String p = parent.get(key);
        if (p.equals(key)) {
            return key;
        }
        String r = root(p);
        parent.put(key, r);
        return r;
    }

    void join(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (ra.equals(rb) || curation.different(members.get(ra), members.get(rb))) {
            return;
        }
        boolean aFirst = ra.length() > rb.length() || ra.length() == rb.length() && ra.compareTo(rb) < 0;
        String child = aFirst ? rb : ra;
        String root = aFirst ? ra : rb;
        parent.put(child, root);
        members.get(root).addAll(members.remove(child));
    }
}
