package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.map.Tiles;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.Contact;
import nl.ikcatlas.site.Page;

/** Builds the shared {@link Layout} of a page: the parts that are the same on every page are made once. */
public final class Layouts {
    private static final List<Section> NAVIGATION = List.of(Section.AREAS, Section.KINDCENTRA, Section.SCHOOLS,
            Section.CHILDCARE, Section.BOARDS, Section.HOLDERS, Section.INSTRUMENT, Section.MONITOR, Section.SEARCH, Section.ABOUT);

    private final String municipality;
    private final String siteName;
    private final String edition;
    private final ContactView contact;
    private final boolean hasAbout;
    private final Explanations explanations;
    private final String contentSecurityPolicy;
    private final SiteAddress address;

    /** {@code hasAbout}: whether there is an about page to link to ({@code content/over.md}). */
    public Layouts(AtlasSettings settings, boolean hasAbout, Explanations explanations) {
        this.hasAbout = hasAbout;
        this.explanations = explanations;
        municipality = settings.municipality();
        siteName = "IKC-atlas " + settings.municipality();
        edition = Dutch.date(settings.edition());
        contact = contact(settings.contact());
        contentSecurityPolicy = ContentSecurityPolicy.of(Tiles.of(settings.map().tiles()));
        address = SiteAddress.of(settings.baseUrl());
    }

    /** Where the site is published; {@link SiteAddress#NONE} without {@code base_url}. */
    public SiteAddress address() {
        return address;
    }

    public boolean hasAbout() {
        return hasAbout;
    }

    public String siteName() {
        return siteName;
    }

    public ContactView contact() {
        return contact;
    }

    /**
     * The layout of the page at {@code path}. {@code parents} are the breadcrumbs between home and
     * this page, with hrefs relative to the site root; this method makes them relative to the page.
     */
    public Layout layout(String path, Section section, String title, List<Link> parents, SourceNotes notes) {
        return layout(path, section, title, parents, notes, null);
    }

    /** As above, for the content page {@code self}, which does not link to itself. */
    public Layout layout(String path, Section section, String title, List<Link> parents, SourceNotes notes, String self) {
        String root = Page.rootFrom(path);
        List<Link> crumbs = new ArrayList<>();
        if (section != Section.HOME) {
            crumbs.add(new Link(root + SitePaths.HOME, "Home"));
            for (Link parent : parents) {
                crumbs.add(new Link(root + parent.href(), parent.label()));
            }
            crumbs.add(new Link(null, title));
        }
        List<NavItem> navigation = new ArrayList<>(NAVIGATION.size());
        for (Section s : NAVIGATION) {
            if (s == Section.ABOUT && !hasAbout) {
                continue;
            }
            navigation.add(new NavItem(root + s.indexPath(), s.label(), s == section));
        }
        Layout.Site site = new Layout.Site(municipality, siteName, root + SitePaths.HOME, root + SitePaths.STYLESHEET,
                root + SitePaths.MENU_SCRIPT, root + SitePaths.ICON, contentSecurityPolicy, address.url(path),
                address.published() && path.equals(SitePaths.CHANGES) ? root + SitePaths.CHANGES_FEED : null);
        Layout.Notes pageNotes = new Layout.Notes(notes.notes(), notes.illustrativeNotice(),
                explanations.forSection(section, root, self));
        Layout.Footer footer = new Layout.Footer(edition, hasAbout ? root + SitePaths.ABOUT : null, root + SitePaths.DOWNLOADS,
                explanations.glossaryHref(root), explanations.footer(root), contact);
        return new Layout(title, root, site, new Layout.Navigation(navigation, crumbs), pageNotes, footer);
    }

    /** The page that explains the levels, relative to the page; the instrument's page when there is none. */
    public String levelsHref(String root) {
        return root + (explanations.has(Explanations.LEVELS) ? SitePaths.content(Explanations.LEVELS) : SitePaths.INSTRUMENT);
    }

    /** The crumb of a section's overview page, relative to the root. */
    public static Link sectionCrumb(Section section) {
        return new Link(section.indexPath(), section.label());
    }

    private static ContactView contact(Contact c) {
        String email = blankToNull(c.email());
        String phone = blankToNull(c.phone());
        String dial = phone == null ? null : phone.replaceAll("[^0-9+]", "");
        return new ContactView(c.organisation(), email, email == null ? null : "mailto:" + email, phone,
                dial == null || dial.isEmpty() ? null : "tel:" + dial, blankToNull(c.website()));
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
