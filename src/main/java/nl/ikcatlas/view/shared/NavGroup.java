package nl.ikcatlas.view.shared;

import java.util.List;

/** A group of the main navigation for one audience ("Voor ouders", "Voor de raad", "Over"). */
public record NavGroup(String label, List<NavItem> items) {

    public NavGroup {
        items = List.copyOf(items);
    }
}
