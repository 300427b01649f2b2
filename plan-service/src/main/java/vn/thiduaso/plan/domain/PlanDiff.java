package vn.thiduaso.plan.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Target;

/**
 * What differs between two plan versions (So sánh hai phiên bản kế hoạch): per part, item by item and
 * field by field. Items are matched by their stable {@code id} (targets also by {@code code}, award forms
 * by {@code code}, year values by year, plain string lists by position), so a reordered list shows as one
 * {@code order} change instead of a whole new list. Pure: no framework, no I/O.
 *
 * <p>Paths name the item: {@code contents[<id>].children[<id>]}, {@code targets[CT01].values[2026]},
 * {@code awardForms[giay-khen-chu-tich-ubnd-xa]}, {@code purposes[2]}, {@code addresseeUnitIds[<uuid>]};
 * a part that is one value ({@code place}, {@code startYear}) has its own name as path. {@code field} is
 * the changed field of that item (nested records flattened: {@code secondHop.dueDay}), or null when the
 * whole item was added, removed or (for a plain value) replaced.
 */
public final class PlanDiff {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /** One difference; {@code before}/{@code after} are the old and new values (the whole item when added or removed). */
    public record Change(Kind kind, String path, String field, Object before, Object after) {
    }

    /** The changes of one part ({@code PlanContent} field name, or a top-level key such as {@code title}). */
    public record PartChange(String part, List<Change> changes) {
    }

    /** Field name of the "order" change a keyed list reports when its common items were reordered. */
    public static final String ORDER = "order";

    private PlanDiff() {
    }

    /**
     * The parts of {@code after} that differ from {@code before} (null counts as an empty plan), in the
     * order the document reads them (introduction after the legal bases, closing after place); parts
     * without a change are left out.
     */
    public static List<PartChange> compare(PlanContent before, PlanContent after) {
        return compare(Map.of(), before, Map.of(), after);
    }

    /**
     * As {@link #compare(PlanContent, PlanContent)}, first comparing top-level values the version holds
     * beside its parts (e.g. {@code title}, {@code summary}); each key is reported as its own part.
     */
    public static List<PartChange> compare(Map<String, ?> topBefore, PlanContent before, Map<String, ?> topAfter,
            PlanContent after) {
        PlanContent a = before == null ? PlanContent.empty() : before;
        PlanContent b = after == null ? PlanContent.empty() : after;
        List<PartChange> parts = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        if (topBefore != null) {
            keys.addAll(topBefore.keySet());
        }
        if (topAfter != null) {
            keys.addAll(topAfter.keySet());
        }
        for (String key : keys) {
            add(parts, key, out -> value(out, key, null,
                    topBefore == null ? null : topBefore.get(key), topAfter == null ? null : topAfter.get(key)));
        }
        add(parts, "movementIds", out -> idSet(out, "movementIds", a.movementIds(), b.movementIds()));
        add(parts, "startYear", out -> value(out, "startYear", null, a.startYear(), b.startYear()));
        add(parts, "endYear", out -> value(out, "endYear", null, a.endYear(), b.endYear()));
        add(parts, "sectionOrder", out -> value(out, "sectionOrder", null, list(a.sectionOrder()), list(b.sectionOrder())));
        add(parts, "legalBases", out -> keyed(out, "legalBases", a.legalBases(), b.legalBases(), List.of(x -> x.id()), x -> str(x.id())));
        add(parts, "introduction", out -> positional(out, "introduction", a.introduction(), b.introduction()));
        add(parts, "purposes", out -> positional(out, "purposes", a.purposes(), b.purposes()));
        add(parts, "requirements", out -> positional(out, "requirements", a.requirements(), b.requirements()));
        add(parts, "objectives", out -> positional(out, "objectives", a.objectives(), b.objectives()));
        add(parts, "contents", out -> contents(out, "contents", a.contents(), b.contents()));
        add(parts, "criteriaGroups", out -> keyed(out, "criteriaGroups", a.criteriaGroups(), b.criteriaGroups(), List.of(x -> x.id()), x -> str(x.id())));
        add(parts, "targets", out -> keyed(out, "targets", a.targets(), b.targets(),
                List.<Function<Target, Object>>of(Target::id, Target::code), x -> x.code() != null ? x.code() : str(x.id())));
        add(parts, "milestones", out -> keyed(out, "milestones", a.milestones(), b.milestones(), List.of(x -> x.id()), x -> str(x.id())));
        add(parts, "awardForms", out -> keyed(out, "awardForms", a.awardForms(), b.awardForms(), List.of(x -> x.code()), x -> x.code()));
        add(parts, "assignments", out -> keyed(out, "assignments", a.assignments(), b.assignments(), List.of(x -> x.id()), x -> str(x.id())));
        add(parts, "addresseeUnitIds", out -> idSet(out, "addresseeUnitIds", a.addresseeUnitIds(), b.addresseeUnitIds()));
        add(parts, "reportingObligations", out -> keyed(out, "reportingObligations", a.reportingObligations(),
                b.reportingObligations(), List.of(x -> x.id()), x -> str(x.id())));
        add(parts, "unitPlansRequired", out -> single(out, "unitPlansRequired", a.unitPlansRequired(), b.unitPlansRequired()));
        add(parts, "otherSections", out -> keyed(out, "otherSections", a.otherSections(), b.otherSections(), List.of(x -> x.id()), x -> str(x.id())));
        add(parts, "recipients", out -> positional(out, "recipients", a.recipients(), b.recipients()));
        add(parts, "signer", out -> single(out, "signer", a.signer(), b.signer()));
        add(parts, "place", out -> value(out, "place", null, a.place(), b.place()));
        add(parts, "closing", out -> positional(out, "closing", a.closing(), b.closing()));
        return List.copyOf(parts);
    }

    /** The names of the parts that differ (for {@code PlanAmended.changedParts}). */
    public static List<String> changedParts(PlanContent before, PlanContent after) {
        return compare(before, after).stream().map(PartChange::part).toList();
    }

    /** As {@link #changedParts(PlanContent, PlanContent)}, with top-level values such as {@code title}. */
    public static List<String> changedParts(Map<String, ?> topBefore, PlanContent before, Map<String, ?> topAfter,
            PlanContent after) {
        return compare(topBefore, before, topAfter, after).stream().map(PartChange::part).toList();
    }

    // --- parts ---------------------------------------------------------------------------------

    private interface PartDiff {
        void run(List<Change> out);
    }

    private static void add(List<PartChange> parts, String part, PartDiff diff) {
        List<Change> out = new ArrayList<>();
        diff.run(out);
        if (!out.isEmpty()) {
            parts.add(new PartChange(part, List.copyOf(out)));
        }
    }

    private static void contents(List<Change> out, String path, List<ContentItem> a, List<ContentItem> b) {
        keyed(out, path, a, b, List.<Function<ContentItem, Object>>of(ContentItem::id, ContentItem::number), x -> str(x.id()));
    }

    /** Items matched by the first key that matches, then the next key among the still unmatched ones. */
    private static <T> void keyed(List<Change> out, String path, List<T> before, List<T> after,
            List<Function<T, Object>> keys, Function<T, String> label) {
        List<T> a = list(before);
        List<T> b = list(after);
        int[] matchOfB = new int[b.size()];
        java.util.Arrays.fill(matchOfB, -1);
        boolean[] usedA = new boolean[a.size()];
        for (Function<T, Object> key : keys) {
            for (int j = 0; j < b.size(); j++) {
                if (matchOfB[j] >= 0) {
                    continue;
                }
                Object kb = b.get(j) == null ? null : key.apply(b.get(j));
                if (kb == null) {
                    continue;
                }
                for (int i = 0; i < a.size(); i++) {
                    if (!usedA[i] && a.get(i) != null && kb.equals(key.apply(a.get(i)))) {
                        usedA[i] = true;
                        matchOfB[j] = i;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!usedA[i]) {
                out.add(new Change(Kind.REMOVED, item(path, label, a.get(i), i), null, a.get(i), null));
            }
        }
        List<String> orderBefore = new ArrayList<>();
        List<String> orderAfter = new ArrayList<>();
        List<Integer> matchedA = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            T y = b.get(j);
            if (matchOfB[j] < 0) {
                out.add(new Change(Kind.ADDED, item(path, label, y, j), null, null, y));
                continue;
            }
            T x = a.get(matchOfB[j]);
            String itemPath = item(path, label, y, j);
            fields(out, itemPath, "", x, y);
            matchedA.add(matchOfB[j]);
            orderAfter.add(itemPath);
        }
        List<Integer> sorted = new ArrayList<>(matchedA);
        sorted.sort(Integer::compare);
        if (!sorted.equals(matchedA)) {
            for (Integer i : sorted) {
                int j = indexOf(matchOfB, i);
                orderBefore.add(item(path, label, b.get(j), j));
            }
            out.add(new Change(Kind.CHANGED, path, ORDER, List.copyOf(orderBefore), List.copyOf(orderAfter)));
        }
    }

    private static int indexOf(int[] values, int value) {
        for (int j = 0; j < values.length; j++) {
            if (values[j] == value) {
                return j;
            }
        }
        return -1;
    }

    private static <T> String item(String path, Function<T, String> label, T item, int index) {
        String l = item == null ? null : label.apply(item);
        return path + "[" + (l == null ? String.valueOf(index) : l) + "]";
    }

    private static void positional(List<Change> out, String path, List<String> before, List<String> after) {
        List<String> a = list(before);
        List<String> b = list(after);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String p = path + "[" + i + "]";
            if (i >= a.size()) {
                out.add(new Change(Kind.ADDED, p, null, null, b.get(i)));
            } else if (i >= b.size()) {
                out.add(new Change(Kind.REMOVED, p, null, a.get(i), null));
            } else if (!Objects.equals(a.get(i), b.get(i))) {
                out.add(new Change(Kind.CHANGED, p, null, a.get(i), b.get(i)));
            }
        }
    }

    private static void idSet(List<Change> out, String path, List<UUID> before, List<UUID> after) {
        Set<UUID> a = new LinkedHashSet<>(list(before));
        Set<UUID> b = new LinkedHashSet<>(list(after));
        for (UUID id : a) {
            if (!b.contains(id)) {
                out.add(new Change(Kind.REMOVED, path + "[" + id + "]", null, id, null));
            }
        }
        for (UUID id : b) {
            if (!a.contains(id)) {
                out.add(new Change(Kind.ADDED, path + "[" + id + "]", null, null, id));
            }
        }
    }

    private static void single(List<Change> out, String path, Record before, Record after) {
        if (before == null && after == null) {
            return;
        }
        if (before == null) {
            out.add(new Change(Kind.ADDED, path, null, null, after));
        } else if (after == null) {
            out.add(new Change(Kind.REMOVED, path, null, before, null));
        } else {
            fields(out, path, "", before, after);
        }
    }

    private static void value(List<Change> out, String path, String field, Object before, Object after) {
        if (same(before, after)) {
            return;
        }
        Kind kind = empty(before) ? Kind.ADDED : empty(after) ? Kind.REMOVED : Kind.CHANGED;
        out.add(new Change(kind, path, field, before, after));
    }

    // --- fields of one matched item ------------------------------------------------------------

    /** Field by field over a record's components; lists of items and year values get their own paths. */
    private static void fields(List<Change> out, String path, String prefix, Object before, Object after) {
        if (before == null || after == null || !before.getClass().isRecord()) {
            value(out, path, prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1), before, after);
            return;
        }
        for (RecordComponent rc : before.getClass().getRecordComponents()) {
            String name = rc.getName();
            if (prefix.isEmpty() && name.equals("id")) {
                continue; // the match key
            }
            Object x = read(rc, before);
            Object y = read(rc, after);
            if (before instanceof ContentItem && name.equals("children")) {
                contents(out, path + ".children", cast(x), cast(y));
            } else if (before instanceof Target && name.equals("values")) {
                yearValues(out, path + ".values", cast(x), cast(y));
            } else if ((x instanceof List<?> || y instanceof List<?>) && isStringList(x) && isStringList(y)
                    && !(x == null && y == null)) {
                positional(out, path + "." + prefix + name, cast(x), cast(y));
            } else if (x != null && y != null && x.getClass().isRecord()) {
                fields(out, path, prefix + name + ".", x, y);
            } else {
                value(out, path, prefix + name, x, y);
            }
        }
    }

    /** Year values matched by year; a year's {@code value}, {@code comparison} and {@code note} are its fields. */
    private static void yearValues(List<Change> out, String path, List<Target.YearValue> before, List<Target.YearValue> after) {
        Map<Integer, Target.YearValue> a = new LinkedHashMap<>();
        list(before).forEach(v -> a.put(v.year(), v));
        Map<Integer, Target.YearValue> b = new LinkedHashMap<>();
        list(after).forEach(v -> b.put(v.year(), v));
        for (var e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                String p = path + "[" + e.getKey() + "]";
                out.add(new Change(Kind.REMOVED, p, "value", e.getValue().value(), null));
                if (e.getValue().note() != null) {
                    out.add(new Change(Kind.REMOVED, p, "note", e.getValue().note(), null));
                }
            }
        }
        for (var e : b.entrySet()) {
            String p = path + "[" + e.getKey() + "]";
            Target.YearValue y = e.getValue();
            Target.YearValue x = a.get(e.getKey());
            if (x == null) {
                out.add(new Change(Kind.ADDED, p, "value", null, y.value()));
                if (y.note() != null) {
                    out.add(new Change(Kind.ADDED, p, "note", null, y.note()));
                }
                continue;
            }
            if (!same(x.value(), y.value())) {
                out.add(new Change(Kind.CHANGED, p, "value", x.value(), y.value()));
            }
            value(out, p, "comparison", x.comparison(), y.comparison());
            value(out, p, "note", x.note(), y.note());
        }
    }

    private static boolean isStringList(Object value) {
        if (value == null) {
            return true;
        }
        if (!(value instanceof List<?> l)) {
            return false;
        }
        return l.stream().allMatch(e -> e == null || e instanceof String);
    }

    private static Object read(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object value) {
        return (List<T>) value;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0; // 80 and 80.0 are the same target value
        }
        if (a instanceof List<?> x && b == null) {
            return x.isEmpty();
        }
        if (b instanceof List<?> y && a == null) {
            return y.isEmpty();
        }
        return Objects.equals(a, b);
    }

    private static boolean empty(Object v) {
        return v == null || (v instanceof String s && s.isBlank()) || (v instanceof List<?> l && l.isEmpty());
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
