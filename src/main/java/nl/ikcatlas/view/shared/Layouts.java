package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.map.Tiles;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.Contact;
import nl.ikcatlas.model.Logo;
import nl.ikcatlas.site.Page;

/** Builds the shared {@link Layout} of a page: the parts that are the same on every page are made once. */
public final class Layouts {
    /** The main menu per audience, with labels short enough for one row on a laptop. */
    private static final List<MenuGroup> MENU = List.of(
            new MenuGroup("Voor ouders", List.of(new MenuEntry(Section.SEARCH, "Zoeken"),
                    new MenuEntry(Section.KINDCENTRA, "Kindcentra"), new MenuEntry(Section.SCHOOLS, "Scholen"),
                    new MenuEntry(Section.CHILDCARE, "Opvang"))),
            new MenuGroup("Voor de raad", List.of(new MenuEntry(Section.MONITOR, "Monitor"),
                    new MenuEntry(Section.AREAS, "Gebieden"), new MenuEntry(Section.INSTRUMENT, "Instrument"),
                    new MenuEntry(Section.BOARDS, "Schoolbesturen"), new MenuEntry(Section.HOLDERS, "Opvangorganisaties"))),
            new MenuGroup("Over", List.of(new MenuEntry(Section.ABOUT, "Deze atlas"))));

    private record MenuEntry(Section section, String label) {
    }

    private record MenuGroup(String label, List<MenuEntry> entries) {
    }

    private final String municipality;
    private final String siteName;
    private final String edition;
    private final ContactView contact;
    private final boolean hasAbout;
    private final Explanations explanations;
    private final String contentSecurityPolicy;
    private final SiteAddress address;
    private final Logo logo;

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
        logo = settings.logo();
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
        List<NavGroup> navigation = new ArrayList<>(MENU.size());
        for (MenuGroup group : MENU) {
            List<NavItem> items = new ArrayList<>();
            for (MenuEntry e : group.entries()) {
                if (e.section() != Section.ABOUT || hasAbout) {
                    items.add(new NavItem(root + e.section().indexPath(), e.label(), e.section() == section));
                }
            }
            if (!items.isEmpty()) {
                navigation.add(new NavGroup(group.label(), items));
            }
        }
        Layout.Site site = new Layout.Site(municipality, siteName, root + SitePaths.HOME, root + SitePaths.THEME,
                root + SitePaths.STYLESHEET, root + SitePaths.MENU_SCRIPT, root + SitePaths.ICON, contentSecurityPolicy,
                address.url(path), address.published() && path.equals(SitePaths.CHANGES) ? root + SitePaths.CHANGES_FEED : null,
                logo == null ? null : new LogoView(root + logo.assetPath(), logo.alt()));
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
                dial == null || dial.isEmpty() ? null : "tel:" + dial, blankToNull(c.website()), blankToNull(c.form()));
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
