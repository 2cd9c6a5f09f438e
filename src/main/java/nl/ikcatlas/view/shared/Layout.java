package nl.ikcatlas.view.shared;

import java.util.List;

/**
 * What every page shares, in four parts: the site's header and assets, the navigation, the notes under
 * the content and the footer. {@code root} is the relative prefix to the site root ("" or "../"); every
 * href in the parts is relative already.
 */
public record Layout(String title, String root, Site site, Navigation navigation, Notes notes, Footer footer) {

    /**
     * The site's name and the hrefs of its home page, stylesheet, icon and menu script (which folds the menu
     * away on a phone); {@code contentSecurityPolicy} is the page's policy, for its meta tag;
     * {@code canonicalUrl} is the page's absolute address and {@code feedHref} the changes feed of the
     * changes page, both null when the atlas has no {@code base_url}. {@code themeHref} is the theme's
     * stylesheet (design tokens), loaded before the site's; {@code logo} is null without a logo in atlas.yaml.
     */
    public record Site(String municipality, String siteName, String homeHref, String themeHref, String stylesheetHref,
            String menuScriptHref, String iconHref, String contentSecurityPolicy, String canonicalUrl,
            String feedHref, LogoView logo) {
    }

    /** The main menu in groups per audience, and the breadcrumbs (empty on the home page). */
    public record Navigation(List<NavGroup> groups, List<Link> breadcrumbs) {

        public Navigation {
            groups = List.copyOf(groups);
            breadcrumbs = List.copyOf(breadcrumbs);
        }
    }

    /**
     * The source notes; {@code illustrativeNotice} is null when the page shows no example data;
     * {@code help} are the explanations of the topics on this page.
     */
    public record Notes(List<SourceNote> sources, String illustrativeNotice, List<Link> help) {

        public Notes {
            sources = List.copyOf(sources);
            help = List.copyOf(help);
        }
    }

    /**
     * The edition, the links at the bottom and the contact. {@code aboutHref} and {@code glossaryHref} are
     * null when the site has no such page; {@code links} are the glossary, accessibility statement and
     * privacy page.
     */
    public record Footer(String edition, String aboutHref, String downloadsHref, String glossaryHref,
            List<Link> links, ContactView contact) {

        public Footer {
            links = List.copyOf(links);
        }
    }
}
