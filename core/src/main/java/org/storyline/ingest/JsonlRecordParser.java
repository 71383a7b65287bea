package org.storyline.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

/**
 * Turns one JSONL line into a {@link RawArticle}:
 * {@code {"id","title","text" or "html","published","authors","source","url","lang"}}, other fields ignored. With
 * {@code html} and no {@code text}, the article is extracted from the page ({@link PageArticles}) and the record's
 * own fields override what the page says. A record without a usable {@code id}, or with neither {@code text} nor
 * {@code html}, is rejected; a bad optional field is dropped with a warning and the record kept. Thread-safe: the
 * mapper is configured once and never changed.
 */
final class JsonlRecordParser {
    private static final int MAX_DETAIL = 200;
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\s*\\(?(start marker at )?\\[Source: [^\\]]*\\]\\)?");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final PageArticles pages;

    JsonlRecordParser(PageArticles pages) {
        this.pages = pages;
    }

    /** The article on {@code line}, or null when the record was rejected (the reason reported to {@code session}). */
    RawArticle parse(String line, Origin origin, ReadSession session) {
        JsonNode node;
        try (JsonParser parser = mapper.createParser(line)) {
            node = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                session.reject(origin, "malformed JSON (more content after the JSON value at column "
                        + parser.currentTokenLocation().getColumnNr() + "); record skipped");
                return null;
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            session.reject(origin, "malformed JSON (" + detail(e) + where + "); record skipped");
            return null;
        } catch (IOException e) {
            session.reject(origin, "malformed JSON (" + IoMessages.describe(e) + "); record skipped");
            return null;
        }
        if (!node.isObject()) {
            session.reject(origin, "not a JSON object but " + kind(node) + "; record skipped");
            return null;
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            session.reject(origin, "missing \"id\"; record skipped");
            return null;
        }
        if (!id.isTextual()) {
            session.reject(origin, "\"id\" is not a string but " + kind(id) + "; record skipped");
            return null;
        }
        if (id.textValue().isBlank()) {
            session.reject(origin, "\"id\" is blank; record skipped");
            return null;
        }
        JsonNode text = node.get("text");
        JsonNode html = node.get("html");
        if ((text == null || text.isNull()) && html != null && html.isTextual()) {
            return fromHtml(node, id.textValue(), html.textValue(), origin, session);
        }
        if (text == null || text.isNull()) {
            session.reject(origin, "missing \"text\"", "missing \"text\" or \"html\" (id " + id.textValue()
                    + "); record skipped");
            return null;
        }
        if (!text.isTextual()) {
            session.reject(origin, "\"text\" is not a string but " + kind(text) + " (id " + id.textValue()
                    + "); record skipped");
            return null;
        }
        String title = optionalString(node, "title", origin, session);
        if (text.textValue().isBlank() && title == null) {
            session.warning(origin, "no title and blank \"text\" (id " + id.textValue() + "); kept");
        }
        return new RawArticle(
                id.textValue(),
                title,
                text.textValue(),
                published(node, origin, session),
                optionalString(node, "source", origin, session),
                optionalString(node, "url", origin, session),
                optionalString(node, "lang", origin, session),
                origin,
                authors(node, origin, session),
                null,
                null);
    }

    /** The article of the page in {@code html}, with the record's own fields over the page's. */
    private RawArticle fromHtml(JsonNode node, String id, String html, Origin origin, ReadSession session) {
        String url = optionalString(node, "url", origin, session);
        PageArticles.Result result = pages.article(id, html, url, origin, null);
        if (result.article() == null) {
            session.reject(origin, result.problem(), result.problem() + " in \"html\" (id " + id + "); record skipped");
            return null;
        }
        RawArticle page = result.article();
        String title = optionalString(node, "title", origin, session);
        LocalDate published = published(node, origin, session);
        String source = optionalString(node, "source", origin, session);
        String lang = optionalString(node, "lang", origin, session);
        List<String> authors = authors(node, origin, session);
        return new RawArticle(id,
                title != null ? title : page.title(),
                page.text(),
                published != null ? published : page.published(),
                source != null ? source : page.source(),
                url != null ? url : page.url(),
                lang != null ? lang : page.lang(),
                origin,
                authors.isEmpty() ? page.authors() : authors,
                published != null ? null : page.dateEvidence(),
                null);
    }

    /** {@code "authors"}: an array of names or one string; anything else is dropped with a warning. */
    private static List<String> authors(JsonNode record, Origin origin, ReadSession session) {
        JsonNode value = record.get("authors");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return value.textValue().isBlank() ? List.of() : List.of(value.textValue().strip());
        }
        if (!value.isArray()) {
            session.warning(origin, "\"authors\" is not an array of strings but " + kind(value) + "; ignored");
            return List.of();
        }
        List<String> authors = new ArrayList<>();
        for (JsonNode a : value) {
            if (a.isTextual() && !a.textValue().isBlank()) {
                authors.add(a.textValue().strip());
            } else {
                session.warning(origin, "\"authors\" holds " + kind(a) + " where a name should be; it is ignored");
            }
        }
        return authors;
    }

    private static String optionalString(JsonNode record, String field, Origin origin, ReadSession session) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            session.warning(origin, "\"" + field + "\" is not a string but " + kind(value) + "; ignored");
            return null;
        }
        return value.textValue().isBlank() ? null : value.textValue();
    }

    private static LocalDate published(JsonNode record, Origin origin, ReadSession session) {
        JsonNode value = record.get("published");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            session.warning(origin, "\"published\" is not a string but " + kind(value) + "; kept without a date");
            return null;
        }
        if (value.textValue().isBlank()) {
            return null;
        }
        LocalDate date = PublishedDate.parse(value.textValue());
        if (date == null) {
            session.warning(origin, "\"published\" " + quoted(value.textValue())
                    + " is not a date (expected YYYY-MM-DD or an ISO date-time); kept without a date");
        }
        return date;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Jackson's reason without its source excerpt, on one line and of bounded length. */
    private static String detail(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = SOURCE_REFERENCE.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip();
        return message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "...";
    }

    private static String quoted(String value) {
        String shown = value.length() <= 40 ? value : value.substring(0, 40) + "...";
        return "\"" + shown + "\"";
    }
}
