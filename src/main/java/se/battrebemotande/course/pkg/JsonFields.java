package se.battrebemotande.course.pkg;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import se.battrebemotande.platform.LocalizedText;

/**
 * Typed access to one JSON object of a package file that reports what is missing or wrong as a
 * problem naming the file and the place in it, instead of failing on the first one.
 */
final class JsonFields {
    private final String file;
    private final String where;
    private final JsonObject object;
    private final List<String> problems;

    JsonFields(String file, String where, JsonObject object, List<String> problems) {
        this.file = file;
        this.where = where;
        this.object = object;
        this.problems = problems;
    }

    JsonFields child(String childWhere, JsonObject child) {
        String nested = where.isEmpty() ? childWhere : where + ", " + childWhere;
        return new JsonFields(file, nested, child, problems);
    }

    void problem(String message) {
        problems.add(file + ": " + (where.isEmpty() ? "" : where + ": ") + message);
    }

    String string(String name) {
        return optionalString(name).orElseGet(() -> {
            problem("\"" + name + "\" is missing or not a text");
            return null;
        });
    }

    Optional<String> optionalString(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return Optional.of(s.getString().strip());
        }
        problem("\"" + name + "\" must be a non-empty text");
        return Optional.empty();
    }

    String slug(String name) {
        String slug = string(name);
        if (slug != null && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problem("\"" + name + "\" \"" + slug + "\" may hold only a-z, 0-9 and single hyphens");
        }
        return slug;
    }

    LocalizedText text(String name) {
        LocalizedText text = optionalText(name);
        if (text == null && !object.containsKey(name)) {
            problem("\"" + name + "\" is missing");
        }
        return text;
    }

    LocalizedText optionalText(String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject texts)) {
            problem("\"" + name + "\" must be an object like {\"sv\": \"…\", \"en\": \"…\"}");
            return null;
        }
        JsonFields inner = child("\"" + name + "\"", texts);
        String sv = inner.string("sv");
        String en = inner.optionalString("en").orElse(null);
        return sv == null ? null : new LocalizedText(sv, en);
    }

    boolean bool(String name, boolean defaultValue) {
        JsonValue value = object.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        problem("\"" + name + "\" must be true or false");
        return defaultValue;
    }

    double fraction(String name, double defaultValue) {
        JsonValue value = object.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof JsonNumber n && n.doubleValue() > 0 && n.doubleValue() <= 1) {
            return n.doubleValue();
        }
        problem("\"" + name + "\" must be a number above 0 and at most 1, such as 0.8");
        return defaultValue;
    }

    int count(String name, int defaultValue) {
        JsonValue value = object.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.intValue() >= 1 && n.intValue() <= 100) {
            return n.intValue();
        }
        problem("\"" + name + "\" must be a whole number from 1 to 100");
        return defaultValue;
    }

    double positiveNumber(String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber n && n.doubleValue() > 0) {
            return n.doubleValue();
        }
        problem("\"" + name + "\" must be a number above 0");
        return 0;
    }

    JsonArray array(String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonArray a) {
            return a;
        }
        problem("\"" + name + "\" is missing or not a list");
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    JsonObject object(String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonObject o) {
            return o;
        }
        problem("\"" + name + "\" is missing or not an object");
        return null;
    }

    boolean has(String name) {
        return object.containsKey(name);
    }

    String file() {
        return file;
    }
}
