package org.storyline.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads JSON-LD scripts leniently (comments, trailing commas, raw control characters and HTML comment wrappers
 * are accepted; a script that still does not parse is ignored) and picks the page's article object. Thread-safe.
 */
final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "report", "scholarlyarticle",
            "socialmediaposting", "techarticle", "satiricalarticle", "advertisercontentarticle", "claimreview");
    private static final int MAX_DEPTH = 12;

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    JsonLdArticle article(List<String> scripts) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String script : scripts) {
            JsonNode root = parse(script);
            if (root == null) {
                continue;
            }
            List<JsonNode> found = new ArrayList<>();
            collect(root, found, 0);
            for (JsonNode node : found) {
                int rank = rank(node);
                if (rank < bestRank) {
                    best = node;
                    bestRank = rank;
                }
            }
        }
        if (best == null) {
            return JsonLdArticle.NONE;
        }
        return new JsonLdArticle(
                string(best.get("headline")) != null ? string(best.get("headline")) : string(best.get("name")),
                string(best.get("datePublished")),
                string(best.get("dateCreated")),
                names(best.get("author")),
                onlyOrganizations(best.get("author")),
                name(best.get("publisher")),
                language(best.get("inLanguage")),
                url(best),
                string(best.get("articleBody")));
    }

    private JsonNode parse(String script) {
        String s = script.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("<![CDATA[", "").replace("]]>", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        try (JsonParser parser = mapper.createParser(s)) {
            return mapper.readTree(parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Article objects first: a news article with a headline and a body ranks before a bare Article or a review. */
    private static int rank(JsonNode node) {
        int rank = types(node).contains("claimreview") ? 8 : 0;
        if (!types(node).stream().anyMatch(t -> t.endsWith("newsarticle"))) {
            rank += 1;
        }
        if (string(node.get("headline")) == null) {
            rank += 2;
        }
        if (string(node.get("datePublished")) == null) {
            rank += 4;
        }
        return rank;
    }

    private static void collect(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, found, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) {
                found.add(node);
                break;
            }
        }
        collect(node.get("@graph"), found, depth + 1);
        collect(node.get("mainEntity"), found, depth + 1);
        collect(node.get("mainEntityOfPage"), found, depth + 1);
        collect(node.get("hasPart"), found, depth + 1);
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>(2);
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual()) {
                    types.add(shortType(t.textValue()));
                }
            }
        } else if (type.isTextual()) {
            types.add(shortType(type.textValue()));
        }
        return types;
    }

    private static String shortType(String type) {
        int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(slash + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static String string(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                String s = string(child);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (node.isTextual() || node.isNumber()) {
            String s = Entities.decode(node.asText()).strip();
            return s.isEmpty() ? null : s;
        }
        if (node.isObject()) {
            return string(node.get("@value"));
        }
        return null;
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        if (node.isObject()) {
            return string(node.get("name"));
        }
        return string(node);
    }

    private static List<String> names(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode child : node) {
                String n = name(child);
                if (n != null) {
                    names.add(n);
                }
            }
        } else {
            String n = name(node);
            if (n != null) {
                names.add(n);
            }
        }
        return names;
    }

    /** True when every author given is typed as an organisation (a newsroom, not a person). */
    private static boolean onlyOrganizations(JsonNode node) {
        if (node == null || node.isNull() || node.isArray() && node.isEmpty()) {
            return false;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                if (!onlyOrganizations(child)) {
                    return false;
                }
            }
            return true;
        }
        return node.isObject() && types(node).stream().anyMatch(t -> t.equals("organization")
                || t.equals("newsmediaorganization") || t.equals("corporation"));
    }

    private static String language(JsonNode node) {
        if (node != null && node.isObject()) {
            String code = string(node.get("alternateName"));
            return code != null ? code : string(node.get("name"));
        }
        return string(node);
    }

    private static String url(JsonNode article) {
        String url = string(article.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode main = article.get("mainEntityOfPage");
        if (main != null && main.isObject()) {
            return string(main.get("@id")) != null ? string(main.get("@id")) : string(main.get("url"));
        }
        return string(main);
    }
}
