package dev.ladder.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.ladder.security.AuditTrail;

/**
 * One page of the audit trail.
 *
 * @param person   the employee id the trail is filtered by, or null
 * @param showing  "Showing 51 to 100 of 230 entries about MK0005", or that there are none
 * @param entries  the page's entries, latest first
 * @param previous the previous page's address, or null on the first
 * @param next     the next page's address, or null on the last
 * @param pages    the numbered links of govuk-pagination (an ellipsis where pages are left out)
 */
record AdminAuditView(String person, String showing, List<Row> entries, String previous, String next,
                      List<PageLink> pages) {

    static final int PAGE_SIZE = 50;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

    /**
     * One entry.
     *
     * @param at         ISO-8601, for {@code <time datetime>}
     * @param when       the same in words
     * @param personHref the audit trail filtered by the entry's person, or null for an entry about many ("*")
     */
    record Row(String at, String when, String actor, String action, String person, String personHref,
               String what) {
    }

    /**
     * A numbered page link; {@code ellipsis} for the "⋯" between numbers left out.
     *
     * @param classes the list item's govuk-pagination classes
     */
    record PageLink(int number, String href, boolean current, boolean ellipsis, String classes) {

        PageLink(int number, String href, boolean current, boolean ellipsis) {
            this(number, href, current, ellipsis, "govuk-pagination__item"
                    + (current ? " govuk-pagination__item--current" : "")
                    + (ellipsis ? " govuk-pagination__item--ellipses" : ""));
        }
    }

    static AdminAuditView of(String person, int page, long total, List<AuditTrail.Entry> entries) {
        List<Row> rows = entries.stream().map(e -> new Row(e.at().toString(), WHEN.format(e.at()), e.actor(),
                e.action(), "*".equals(e.subject()) ? "many (an import)" : e.subject(),
                "*".equals(e.subject()) ? null : href(e.subject(), 1), e.what())).toList();
        String about = person == null ? "" : " about " + person;
        String showing = total == 0 ? "No entries" + about + "."
                : "Showing " + ((long) (page - 1) * PAGE_SIZE + 1) + " to " + ((long) (page - 1) * PAGE_SIZE + rows.size())
                + " of " + total + (total == 1 ? " entry" : " entries") + about + ", latest first.";
        int last = pages(total);
        List<PageLink> links = new ArrayList<>();
        if (last > 1) {
            int shown = 0;
            for (int n = 1; n <= last; n++) {
                if (n == 1 || n == last || Math.abs(n - page) <= 1) {
                    if (shown != 0 && n - shown > 1) {
                        links.add(new PageLink(0, null, false, true));
                    }
                    links.add(new PageLink(n, href(person, n), n == page, false));
                    shown = n;
                }
            }
        }
        return new AdminAuditView(person, showing, rows, page > 1 ? href(person, page - 1) : null,
                page < last ? href(person, page + 1) : null, List.copyOf(links));
    }

    /** How many pages {@code total} entries fill (at least one, so an empty trail has a page). */
    static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page number asked for, from 1; anything that is not one is 1. */
    static int pageNumber(String page) {
        if (page == null || !page.matches("[0-9]{1,9}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page));
    }

    /** The address of a page of the trail, filtered by {@code person} unless it is null. */
    static String href(String person, int page) {
        StringBuilder href = new StringBuilder("/admin/audit");
        String separator = "?";
        if (person != null) {
            href.append(separator).append("person=").append(URLEncoder.encode(person, StandardCharsets.UTF_8));
            separator = "&";
        }
        if (page > 1) {
            href.append(separator).append("page=").append(page);
        }
        return href.toString();
    }
}
