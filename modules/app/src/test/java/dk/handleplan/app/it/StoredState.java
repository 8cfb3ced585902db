package dk.handleplan.app.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fingerprint of what the server has stored, read through the API as the administrator: every plan
 * tree with its archived elements, offers with departments, staff figures, targets, benchmarks,
 * coercion cases, people, users, comments, revisions, supervisors and each user's newest audited change.
 * Two equal fingerprints mean no request in between wrote anything.
 */
final class StoredState {

    /** Audit actions that reading causes (sign-ins, views of coercion details): they are not writes. */
    private static final Set<String> READ_ACTIONS = Set.of("SIGN_IN", "SIGN_IN_FAILED", "VIEW", "LOCKED");
    private static final List<String> USERS = List.of("admin", "afdelingsleder", "aftaleholder", "medarbejder", "tilsyn");

    private StoredState() {
    }

    static Map<String, String> of(Api admin) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String list : List.of("offers?archived=false", "offers?archived=true", "people?archived=false",
                "people?archived=true", "users", "benchmarks?archived=false", "benchmarks?archived=true",
                "coercion-measure-kinds", "plans?archived=false", "plans?archived=true")) {
            read(admin, list, state);
        }
        for (long plan : ids(admin, "plans?archived=false", "plans?archived=true")) {
            for (String part : List.of("?archived=true", "/comments?archived=true", "/comments", "/revisions")) {
                read(admin, "plans/" + plan + part, state);
            }
        }
        for (long offer : ids(admin, "offers?archived=false", "offers?archived=true")) {
            for (String part : List.of("", "/targets?archived=true", "/targets", "/supervisors",
                    "/coercion-cases?archived=true", "/coercion-cases")) {
                read(admin, "offers/" + offer + part, state);
            }
            Api.Reply offerReply = admin.get("offers/" + offer);
            if (offerReply.status() == 200) {
                for (JsonValue department : offerReply.json().getJsonArray("departments")) {
                    read(admin, "departments/" + ((JsonObject) department).getJsonNumber("id").longValue()
                            + "/staff-figures", state);
                }
            }
        }
        for (String user : USERS) {
            // The trail answers the newest 1,000 entries, reads included: a count within it shrinks when
            // reads push old changes out, so the newest change stands for "nothing was written since".
            Api.Reply trail = admin.get("audit?username=" + user);
            String newest = trail.status() != 200 ? "unreadable" : trail.array().getValuesAs(JsonObject.class)
                    .stream().filter(e -> !READ_ACTIONS.contains(e.getString("action"))).findFirst()
                    .map(JsonObject::toString).orElse("none");
            state.put("newest audited change by " + user, newest);
        }
        return state;
    }

    /** The keys whose values differ, for a readable failure. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> differences = new ArrayList<>();
        for (String key : before.keySet()) {
            if (!before.get(key).equals(after.get(key))) {
                differences.add(key + ": " + cut(before.get(key)) + " -> " + cut(after.get(key)));
            }
        }
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> differences.add("new " + k));
        return differences;
    }

    private static String cut(String text) {
        return text == null || text.length() < 400 ? text : text.substring(0, 400) + "...";
    }

    private static void read(Api admin, String path, Map<String, String> state) {
        Api.Reply reply = admin.get(path);
        state.put(path, reply.status() + " " + reply.body());
    }

    private static List<Long> ids(Api admin, String... lists) {
        List<Long> ids = new ArrayList<>();
        for (String list : lists) {
            admin.get(list).array().getValuesAs(JsonObject.class)
                    .forEach(o -> ids.add(o.getJsonNumber("id").longValue()));
        }
        return ids;
    }
}
