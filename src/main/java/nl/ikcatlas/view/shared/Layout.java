package nl.ikcatlas.view.shared;

import java.util.List;

/**
 * What every page shares: header, navigation, breadcrumbs, source notes and footer.
 * {@code root} is the relative prefix to the site root ("" or "../"); every href here is
 * relative already; {@code menuScriptHref} folds the menu away on a phone. {@code illustrativeNotice} is null when the page shows no example data;
 * {@code aboutHref} and {@code glossaryHref} are null when the site has no such page. {@code help}
 * are the explanations of the topics on this page; {@code footerLinks} the glossary, accessibility
 * statement and privacy page. {@code contentSecurityPolicy} is the page's policy, for its meta tag.
 * {@code canonicalUrl} is the page's absolute address and {@code feedHref} the changes feed of the
 * changes page; both null when the atlas has no {@code base_url}.
 */
public record Layout(
        String municipality,
        String siteName,
        String title,
        String root,
        String homeHref,
        String stylesheetHref,
        String menuScriptHref,
        String iconHref,
        String aboutHref,
        String downloadsHref,
        List<Link> breadcrumbs,
        List<NavItem> navigation,
        String edition,
        List<SourceNote> sources,
        String illustrativeNotice,
        ContactView contact,
        String glossaryHref,
        List<Link> help,
        List<Link> footerLinks,
        String contentSecurityPolicy,
        String canonicalUrl,
        String feedHref) {

    public Layout {
        help = List.copyOf(help);
        footerLinks = List.copyOf(footerLinks);
        breadcrumbs = List.copyOf(breadcrumbs);
        navigation = List.copyOf(navigation);
        sources = List.copyOf(sources);
    }
}
