package org.storyline.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.storyline.ingest.meta.DateStrings;
import org.storyline.ingest.meta.Outlets;
import org.storyline.model.Origin;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome into {@link FeedItem}s. The XML is parsed once (JDOM, no
 * DTDs, no external entities); Rome maps it, and the raw date strings are read from the same tree so that a date
 * keeps the day its publisher printed. A feed that is not well-formed XML is reported with its line and column,
 * then read again with jsoup's lenient XML parser, which recovers the items before and around the damage.
 */
final class FeedFileReader {
    private static final Namespace XML = Namespace.XML_NAMESPACE;
    private static final java.util.regex.Pattern EMAIL_WITH_NAME = java.util.regex.Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    private final int maxBytes;

    FeedFileReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The items of the feed, in feed order; problems go to {@code session}. */
    List<FeedItem> read(Origin origin, InputStream in, boolean gzip, ReadSession session) {
        BoundedBytes.Read read;
        try {
            read = BoundedBytes.read(in, maxBytes);
        } catch (IOException e) {
            session.error(origin, IoMessages.readFailure(e, gzip, 0).replace(" after line 0", "")
                    + "; the feed is incomplete and is skipped");
            return List.of();
        }
        if (read.tooLarge()) {
            session.error(origin, "feed larger than " + BoundedBytes.size(maxBytes) + "; skipped");
            return List.of();
        }
        Document xml;
        try {
            xml = builder().build(new ByteArrayInputStream(read.bytes(), 0, read.length()));
        } catch (JDOMParseException e) {
            session.error(origin, "invalid XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + " (" + detail(e) + "); reading the items that can be recovered");
            return lenient(origin, read, session);
        } catch (JDOMException | IOException e) {
            session.error(origin, "invalid XML (" + detail(e) + "); reading the items that can be recovered");
            return lenient(origin, read, session);
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(xml);
        } catch (FeedException | RuntimeException e) {
            session.error(origin, "not an RSS or Atom feed (" + detail(e) + "); skipped");
            return List.of();
        }
        List<Element> raw = itemElements(xml.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        String feedLang = language(feed.getLanguage(), xml.getRootElement().getAttributeValue("lang", XML));
        List<FeedItem> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Element element = raw.size() == entries.size() ? raw.get(i) : null;
            items.add(item(new Origin(origin.file(), i + 1), entries.get(i), element, feed, feedLang));
        }
        if (items.isEmpty()) {
            session.warning(origin, "feed without items");
        }
        return items;
    }

    private static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setExpandEntities(false);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return builder;
    }

    private static FeedItem item(Origin origin, SyndEntry entry, Element element, SyndFeed feed, String feedLang) {
        String url = firstNonBlank(entry.getLink(), permalink(entry.getUri()));
        LocalDate published = null;
        String evidence = null;
        if (element != null) {
            for (String name : new String[] {"pubDate", "published", "date", "issued", "updated", "modified"}) {
                String value = childText(element, name);
                LocalDate date = DateStrings.parse(value);
                if (date != null) {
                    published = date;
                    evidence = "feed " + name + " \"" + value.strip() + "\"";
                    break;
                }
            }
        }
        if (published == null && entry.getPublishedDate() != null) {
            published = LocalDate.ofInstant(entry.getPublishedDate().toInstant(), java.time.ZoneOffset.UTC);
            evidence = "feed date " + entry.getPublishedDate().toInstant();
        }
        List<String> authors = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            addName(authors, person.getName());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            dc.getCreators().forEach(c -> addName(authors, c));
        }
        if (authors.isEmpty()) {
            addName(authors, entry.getAuthor());
        }
        String source = entry.getSource() != null ? blankToNull(entry.getSource().getTitle()) : null;
        if (source == null && element != null) {
            source = blankToNull(childText(element, "source"));
        }
        if (source == null) {
            source = Outlets.fromUrl(url);
        }
        String lang = element == null ? null : language(element.getAttributeValue("lang", XML), null);
        return new FeedItem(origin, url, blankToNull(entry.getTitle()), text(entry), published, evidence, authors,
                source, lang != null ? lang : feedLang);
    }

    /** The item's content, else its summary, as plain text. */
    private static String text(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String text = FeedText.plain(content.getValue(), content.getType());
            if (!text.isBlank()) {
                return text;
            }
        }
        SyndContent description = entry.getDescription();
        return description == null ? "" : FeedText.plain(description.getValue(), description.getType());
    }

    /** The {@code item} or {@code entry} elements, at any depth (RSS 1.0 puts them beside the channel). */
    private static List<Element> itemElements(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element e : root.getDescendants(new org.jdom2.filter.ElementFilter())) {
            String name = e.getName();
            if (name.equals("item") || name.equals("entry")) {
                items.add(e);
            }
        }
        return items;
    }

    private static String childText(Element element, String name) {
        for (Element child : element.getChildren()) {
            if (child.getName().equals(name)) {
                return child.getTextNormalize();
            }
        }
        return null;
    }

    /** The items that a lenient parse of a damaged feed still finds; each must have a title or a link. */
    private static List<FeedItem> lenient(Origin origin, BoundedBytes.Read read, ReadSession session) {
        String xml = new String(read.bytes(), 0, read.length(), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<FeedItem> items = new ArrayList<>();
        int n = 0;
        for (org.jsoup.nodes.Element e : doc.select("item, entry")) {
            n++;
            String title = blankToNull(tagText(e, "title"));
            org.jsoup.nodes.Element link = e.selectFirst("> link");
            String url = link == null ? null : blankToNull(link.hasAttr("href") ? link.attr("href") : link.text());
            if (url == null) {
                url = permalink(tagText(e, "guid"));
            }
            if (title == null && url == null) {
                continue;
            }
            LocalDate published = null;
            String evidence = null;
            for (String name : new String[] {"pubDate", "published", "dc|date", "updated"}) {
                String value = tagText(e, name);
                LocalDate date = DateStrings.parse(value);
                if (date != null) {
                    published = date;
                    evidence = "feed " + name.replace('|', ':') + " \"" + value.strip() + "\"";
                    break;
                }
            }
            List<String> authors = new ArrayList<>();
            for (org.jsoup.nodes.Element a : e.select("> dc|creator, > author > name, > author")) {
                if (!a.normalName().equals("author") || a.selectFirst("name") == null) {
                    addName(authors, a.text());
                }
            }
            String body = firstNonBlank(tagText(e, "content"), tagText(e, "content|encoded"), tagText(e, "description"),
                    tagText(e, "summary"));
            items.add(new FeedItem(new Origin(origin.file(), n), url, title, FeedText.plain(body, "html"), published,
                    evidence, authors, Outlets.fromUrl(url), language(e.attr("xml:lang"), null)));
        }
        session.warning(origin, "recovered " + items.size() + " item(s) from the damaged feed");
        return items;
    }

    private static String tagText(org.jsoup.nodes.Element e, String tag) {
        org.jsoup.nodes.Element child = e.selectFirst("> " + tag);
        return child == null ? null : child.wholeText().strip();
    }

    /** Adds {@code name}; RSS's "desk@x.example (Li Wei)" gives "Li Wei", a bare e-mail address nothing. */
    private static void addName(List<String> names, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String n = name.strip();
        java.util.regex.Matcher m = EMAIL_WITH_NAME.matcher(n);
        if (m.matches()) {
            n = m.group(1).strip();
        } else if (n.indexOf('@') > 0 && n.indexOf(' ') < 0) {
            return;
        }
        if (!n.isEmpty() && !names.contains(n)) {
            names.add(n);
        }
    }

    private static String permalink(String guid) {
        return guid != null && (guid.startsWith("http://") || guid.startsWith("https://")) ? guid : null;
    }

    /** A lower-case primary language subtag, or null for none or "mul"tiple. */
    private static String language(String value, String fallback) {
        String v = value == null || value.isBlank() ? fallback : value;
        if (v == null) {
            return null;
        }
        String primary = v.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") && !primary.equals("mul") && !primary.equals("und") ? primary : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String detail(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() <= 160 ? m : m.substring(0, 160) + "...";
    }
}
